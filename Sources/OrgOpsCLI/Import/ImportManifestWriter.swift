import YAML

/// Renders an imported organization as manifest files in the layout of the Examples:
/// `organizations/<org>.yaml`, `accounts/<top-level OU>.yaml`, `policies/<name>.yaml` + `.json`,
/// `identity-center/{permission-sets,assignments}.yaml` (inline policies in `identity-center/policies/`)
/// and `stacksets/<name>.yaml` with `stacksets/templates/<name>.yaml`.
///
/// Pure (path → text), so the layout is testable without AWS or a disk. Logical names come from AWS
/// names (`Log Archive` → `log-archive`, with `accountName: Log Archive` keeping the real name) and
/// are deduplicated with a numeric suffix. Live tags are written as desired tags, so the first plan
/// after import shows only the adoption of ownership, never a tag removal.
public struct ImportManifestWriter: Sendable {
    /// The organization's name in the manifests.
    public var organization: String
    /// `spec.access.roleArn`, nil for the operator's own credentials.
    public var roleArn: String?
    /// `spec.region`.
    public var region: String
    /// The tag key orgops marks ownership with; never copied into manifests (the differ adds it).
    public var ownerTagKey: String
    /// True: an assignment covering every account beneath an OU targets the OU (and so every account
    /// moved there later); false (the default): it lists the accounts it has today, granting nothing new.
    public var foldAssignments: Bool

    /// Creates a writer.
    public init(organization: String, roleArn: String?, region: String, ownerTagKey: String,
                foldAssignments: Bool = false) {
        self.organization = organization
        self.roleArn = roleArn
        self.region = region
        self.ownerTagKey = ownerTagKey
        self.foldAssignments = foldAssignments
    }

    /// The files of the repository, by path relative to its root.
    public func files(for live: ImportedOrganization) -> [String: String] {
        render(live).files
    }

    /// The files and the notices a person must read (what could not be imported as it is, secrets to provide).
    public func render(_ live: ImportedOrganization) -> ImportOutput {
        var names = LogicalNames()
        var accountNames: [String: String] = [:]
        for account in live.accounts { accountNames[account.id] = names.claim(account.name, kind: "account") }
        var output = ImportOutput()
        var files: [String: String] = [:]
        files["organizations/\(LogicalNames.slug(organization)).yaml"] = emit([organizationDocument(live, accountNames: accountNames)])
        var byFile: [String: [Node]] = [:]
        for account in live.accounts {
            let top = account.path.split(separator: "/").first.map { LogicalNames.slug(String($0)) } ?? "root"
            byFile["accounts/\(top).yaml", default: []].append(accountDocument(account, name: accountNames[account.id] ?? account.id))
        }
        for (path, documents) in byFile { files[path] = emit(documents) }
        for policy in live.policies {
            let name = names.claim(policy.name, kind: "policy")
            files["policies/\(name).json"] = policy.content.hasSuffix("\n") ? policy.content : policy.content + "\n"
            files["policies/\(name).yaml"] = emit([policyDocument(policy, name: name, accountNames: accountNames)])
        }
        output.files = files
        if let identityCenter = live.identityCenter {
            writeIdentityCenter(identityCenter, live: live, accountNames: accountNames, names: &names, into: &output)
        }
        for stackSet in live.stackSets {
            writeStackSet(stackSet, live: live, accountNames: accountNames, into: &output)
        }
        return output
    }

    private func organizationDocument(_ live: ImportedOrganization, accountNames: [String: String]) -> Node {
        var spec: [(String, Node)] = [("managementAccountId", .quoted(live.managementAccountId))]
        if let roleArn { spec.append(("access", .map([("roleArn", .plain(roleArn))]))) }
        spec.append(("region", .plain(region)))
        spec.append(("featureSet", .plain(live.featureSet)))
        spec.append(("policyTypes", .list(live.policyTypes.map(Node.plain))))
        spec.append(("trustedServices", .list(live.trustedServices.map(Node.plain))))
        if !live.delegatedAdministrators.isEmpty {
            spec.append(("delegatedAdministrators", .list(live.delegatedAdministrators.map { admin in
                .map([("account", .plain(accountNames[admin.accountId] ?? admin.accountId)),
                      ("servicePrincipal", .plain(admin.servicePrincipal))])
            })))
        }
        if let attributes = live.identityCenter?.live.accessControlAttributes, !attributes.isEmpty {
            spec.append(("identityCenter", .map([("accessControlAttributes", .list(attributes.keys.sorted().map { key in
                .map([("key", .plain(key)), ("source", .quoted(attributes[key] ?? ""))])
            }))])))
        }
        spec.append(("organizationalUnits", .list(live.units.map(unitNode))))
        spec.append(("reconcile", .map([("prune", .plain("false")), ("suspend", .plain("false"))])))
        return header(kind: "Organization", name: organization, organizationScoped: false, spec: spec)
    }

    private func unitNode(_ unit: ImportedOrganization.Unit) -> Node {
        var pairs: [(String, Node)] = [("name", .plain(unit.name))]
        let tags = desiredTags(unit.tags)
        if !tags.isEmpty { pairs.append(("tags", tagsNode(tags))) }
        if !unit.children.isEmpty { pairs.append(("children", .list(unit.children.map(unitNode)))) }
        return .map(pairs)
    }

    private func accountDocument(_ account: ImportedOrganization.Account, name: String) -> Node {
        var spec: [(String, Node)] = [("accountId", .quoted(account.id)), ("email", .plain(account.email)),
                                      ("accountName", .plain(account.name)),
                                      ("organizationalUnit", .plain(account.path))]
        let tags = desiredTags(account.tags)
        if !tags.isEmpty { spec.append(("tags", tagsNode(tags))) }
        spec.append(("onRemoval", .plain("release")))
        return header(kind: "Account", name: name, organizationScoped: true, spec: spec)
    }

    private func policyDocument(_ policy: ImportedOrganization.Policy, name: String,
                                accountNames: [String: String]) -> Node {
        var spec: [(String, Node)] = [("type", .plain(policy.type))]
        if policy.name != name { spec.append(("policyName", .plain(policy.name))) }
        if !policy.description.isEmpty { spec.append(("description", .plain(policy.description))) }
        spec.append(("documentFile", .plain("\(name).json")))
        let tags = desiredTags(policy.tags)
        if !tags.isEmpty { spec.append(("tags", tagsNode(tags))) }
        spec.append(("targets", .list(policy.targets.map { target in
            switch target {
            case .root: return .plain("root")
            case .unit(let path): return .map([("ou", .plain(path))])
            case .account(let id): return .map([("account", .plain(accountNames[id] ?? id))])
            }
        })))
        return header(kind: "Policy", name: name, organizationScoped: true, spec: spec)
    }

    func header(kind: String, name: String, organizationScoped: Bool, spec: [(String, Node)]) -> Node {
        var metadata: [(String, Node)] = [("name", .plain(name))]
        if organizationScoped { metadata.append(("organization", .plain(organization))) }
        return .map([("apiVersion", .plain("orgops/v1")), ("kind", .plain(kind)), ("metadata", .map(metadata)),
                     ("spec", .map(spec))])
    }

    /// The live tags minus the ownership tag and AWS's reserved `aws:` keys.
    func desiredTags(_ tags: [String: String]) -> [String: String] {
        tags.filter { $0.key != ownerTagKey && !$0.key.lowercased().hasPrefix("aws:") }
    }

    func tagsNode(_ tags: [String: String]) -> Node {
        .map(tags.keys.sorted().map { ($0, Node.quoted(tags[$0] ?? "")) })
    }

    func emit(_ documents: [Node]) -> String {
        "# Imported by 'orgops import' from the live organization '\(organization)'.\n"
            + YAMLEmitter().emit(documents: documents.map { Document(root: $0, start: Mark(line: 1, column: 1, offset: 0), explicitStart: false) })
    }
}
