import OperatorSupport

extension LoadSession {
    /// AWS Organizations nests OUs at most this deep under the root.
    static var maxOUDepth: Int { 5 }

    /// Builds an organization's settings and OU tree; references to accounts are resolved later.
    mutating func buildOrganization(_ document: ManifestDocument) -> OrganizationContext? {
        let spec = document.spec
        guard let managementAccountId = spec["managementAccountId"]?.string, let region = spec["region"]?.string else { return nil }
        let access = spec["access"].flatMap { access in
            access["roleArn"]?.string.map { OrganizationAccess(roleArn: $0, externalId: access["externalId"]?.string) }
        }
        let featureSet = spec["featureSet"]?.string ?? "ALL"
        let policyTypes = Set(spec.strings("policyTypes").map(\.0)).sorted()
        if featureSet == "CONSOLIDATED_BILLING", !policyTypes.isEmpty {
            diagnostics.append(.error("policy-types-need-all-features",
                                      "policy types need featureSet ALL; organization '\(document.name)' uses CONSOLIDATED_BILLING",
                                      at: spec["policyTypes"]?.location))
        }
        let identityCenter = spec["identityCenter"].map { ic in
            IdentityCenterSettings(
                instanceArn: ic["instanceArn"]?.string, identityStoreId: ic["identityStoreId"]?.string, delegatedAdministrator: nil,
                accessControlAttributes: Dictionary(ic["accessControlAttributes"]?.list.compactMap { attribute in
                    attribute["key"]?.string.flatMap { key in attribute["source"]?.string.map { (key, $0) } }
                } ?? [], uniquingKeysWith: { first, _ in first }))
        }
        let reconcile = ReconcileSettings(prune: spec["reconcile"]?["prune"]?.bool ?? false,
                                          suspend: spec["reconcile"]?["suspend"]?.bool ?? false)
        var paths: Set<String> = ["/"]
        let units = buildUnits(spec["organizationalUnits"]?.list ?? [], parent: "", depth: 1, paths: &paths)
        let organization = DesiredOrganization(
            name: document.name, source: document.location, managementAccountId: managementAccountId, access: access,
            region: region, featureSet: featureSet, policyTypes: policyTypes,
            trustedServices: Set(spec.strings("trustedServices").map(\.0)).sorted(), delegatedAdministrators: [],
            organizationalUnits: units, identityCenter: identityCenter, reconcile: reconcile,
            accounts: [], policies: [], stackSets: [], permissionSets: [], assignments: [])
        var context = OrganizationContext(
            organization: organization,
            substitution: Substitution(name: document.name, managementAccountId: managementAccountId, region: region))
        context.ouPaths = paths
        context.organizationDocument = document
        return context
    }

    private mutating func buildUnits(_ items: [Checked], parent: String, depth: Int, paths: inout Set<String>) -> [OrganizationalUnit] {
        var units: [OrganizationalUnit] = []
        var siblings: [String: SourceLocation] = [:]
        for item in items {
            guard let name = item["name"]?.string else { continue }
            let nameLocation = item["name"]?.location ?? item.location
            let path = parent + "/" + name
            if let first = siblings[name] {
                diagnostics.append(.error("duplicate-ou", "duplicate OU '\(path)': OU names must be unique among siblings",
                                          at: nameLocation, related: [(first, "first defined here")]))
                continue
            }
            siblings[name] = nameLocation
            if depth == Self.maxOUDepth + 1 {
                diagnostics.append(.error("ou-depth", "OU '\(path)' is nested \(depth) levels deep; AWS Organizations allows at most \(Self.maxOUDepth)",
                                          at: nameLocation))
            }
            paths.insert(path)
            let children = buildUnits(item["children"]?.list ?? [], parent: path, depth: depth + 1, paths: &paths)
            units.append(OrganizationalUnit(name: name, path: path, id: item["id"]?.string, tags: item.stringMap("tags"),
                                            ignore: item["ignore"]?.bool ?? false, children: children, source: item.location))
        }
        return units.sorted { $0.name < $1.name }
    }

    /// Resolves the organization's own account references (delegated administrators), once accounts are placed.
    mutating func resolveOrganizationReferences(_ context: inout OrganizationContext) {
        guard let document = context.organizationDocument else { return }
        let spec = document.spec
        let trusted = Set(context.organization.trustedServices)
        var admins: [DelegatedAdministrator] = []
        for item in spec["delegatedAdministrators"]?.list ?? [] {
            guard let account = item["account"], let reference = account.string,
                  let principal = item["servicePrincipal"]?.string else { continue }
            guard let ref = Self.resolveAccount(reference, at: account.location, in: context, diagnostics: &diagnostics) else { continue }
            if ref.accountId == context.organization.managementAccountId {
                diagnostics.append(.error("delegated-admin-management",
                                          "the management account cannot be a delegated administrator (for '\(principal)')", at: account.location))
            }
            if !trusted.contains(principal) {
                diagnostics.append(.error("service-access-not-enabled",
                                          "delegated administrator for '\(principal)' needs '\(principal)' in trustedServices of organization '\(context.name)'",
                                          at: item["servicePrincipal"]?.location))
            }
            admins.append(DelegatedAdministrator(account: ref, servicePrincipal: principal, source: item.location))
        }
        context.organization.delegatedAdministrators = admins.sorted { ($0.servicePrincipal, $0.account) < ($1.servicePrincipal, $1.account) }
        if let node = spec["identityCenter"]?["delegatedAdministrator"], let reference = node.string,
           let ref = Self.resolveAccount(reference, at: node.location, in: context, diagnostics: &diagnostics) {
            if ref.accountId == context.organization.managementAccountId {
                diagnostics.append(.error("delegated-admin-management",
                                          "the management account cannot be Identity Center's delegated administrator", at: node.location))
            }
            context.organization.identityCenter?.delegatedAdministrator = ref
        }
    }
}
