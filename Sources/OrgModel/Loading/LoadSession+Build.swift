import OperatorSupport

extension LoadSession {
    /// Places every document into its organizations, in dependency order: organizations, accounts,
    /// permission sets, then what references them; then organization-wide limits.
    mutating func build() {
        var contexts: [String: OrganizationContext] = [:]
        let ordered = documents.sorted { $0.location < $1.location }
        var firstOrganization: [String: SourceLocation] = [:]
        for document in ordered where document.kind == "Organization" {
            if let first = firstOrganization[document.name] {
                diagnostics.append(.error("duplicate-name", "duplicate Organization '\(document.name)'",
                                          at: document.metadata["name"]?.location ?? document.location,
                                          related: [(first, "first defined here")]))
                continue
            }
            firstOrganization[document.name] = document.metadata["name"]?.location ?? document.location
            if let context = buildOrganization(document) { contexts[document.name] = context }
        }
        // Contexts live in an array in name order and are mutated in place (`&list[slot]`), so a
        // document's placement never copies or rehashes its organization's context.
        let known = contexts.keys.sorted()
        var list: [OrganizationContext] = []
        var slots: [String: Int] = [:]
        for name in known {
            guard let context = contexts.removeValue(forKey: name) else { continue }
            slots[name] = list.count
            list.append(context)
        }
        var emails: [String: SourceLocation] = [:]
        var accountIds: [String: SourceLocation] = [:]
        emails.reserveCapacity(documents.count)
        accountIds.reserveCapacity(documents.count)
        for slot in list.indices.sorted(by: { list[$0].organization.source < list[$1].organization.source }) {
            let context = list[slot]
            let id = context.organization.managementAccountId
            if let first = accountIds[id] {
                diagnostics.append(.error("duplicate-account-id",
                                          "management account '\(id)' of organization '\(context.name)' already manages another organization",
                                          at: context.managementAccountIdLocation, related: [(first, "first declared here")]))
            } else {
                accountIds[id] = context.managementAccountIdLocation
            }
        }
        let phases: [[String]] = [["Account"], ["PermissionSet"], ["Policy", "StackSet", "AccountAssignment"]]
        for (index, kinds) in phases.enumerated() {
            for document in ordered where kinds.contains(document.kind) {
                for organization in placements(document, known: known) {
                    guard let slot = slots[organization] else { continue }
                    let located = substituted(document, list[slot].substitution)
                    if let first = list[slot].register(document.name, kind: document.kind, at: located.metadata["name"]?.location ?? located.location) {
                        diagnostics.append(.error("duplicate-name",
                                                  "duplicate \(document.kind) '\(document.name)' in organization '\(organization)'",
                                                  at: located.metadata["name"]?.location ?? located.location,
                                                  related: [(first, "first defined here")]))
                        continue
                    }
                    switch document.kind {
                    case "Account": placeAccount(located, into: &list[slot], emails: &emails, accountIds: &accountIds)
                    case "PermissionSet": placePermissionSet(located, into: &list[slot])
                    case "Policy": placePolicy(located, into: &list[slot])
                    case "StackSet": placeStackSet(located, into: &list[slot])
                    default: placeAssignment(located, into: &list[slot])
                    }
                }
            }
            if index == 0 {
                for slot in list.indices { resolveOrganizationReferences(&list[slot]) }
            }
        }
        for slot in list.indices {
            checkAttachmentLimits(list[slot])
            list[slot].organization.accounts.sort { $0.name < $1.name }
            list[slot].organization.policies.sort { $0.name < $1.name }
            list[slot].organization.stackSets.sort { $0.name < $1.name }
            list[slot].organization.permissionSets.sort { $0.name < $1.name }
            list[slot].organization.assignments.sort { $0.name < $1.name }
            organizations[list[slot].name] = list[slot].organization
        }
    }

    /// The organizations a document goes into: `metadata.organization`, or each of `metadata.organizations` (`*` = all).
    ///
    /// Decisions: one of the two is required even when the repository has a single
    /// organization (adding a second must not silently change where documents go); only
    /// Policy, StackSet, PermissionSet and AccountAssignment may replicate; `*` stands alone.
    /// `known` is every organization's name, sorted.
    mutating func placements(_ document: ManifestDocument, known: [String]) -> [String] {
        let single = document.metadata["organization"]
        let multiple = document.metadata["organizations"]
        switch (single, multiple) {
        case (.some, .some):
            diagnostics.append(.error("conflicting-fields", "metadata of \(document.kind) '\(document.name)' has both 'organization' and 'organizations'; use one",
                                      at: multiple?.location))
            return []
        case (nil, nil):
            diagnostics.append(.error("missing-field", "missing 'organization' in metadata of \(document.kind) '\(document.name)'",
                                      at: document.metadata.location))
            return []
        case (let one?, nil):
            guard let name = one.string else { return [] }
            return organizationExists(name, at: one.location, known: known) ? [name] : []
        case (nil, let many?):
            guard ManifestSchema.replicableKinds.contains(document.kind) else {
                diagnostics.append(.error("replication-not-allowed",
                                          "\(document.kind) manifests belong to exactly one organization; use 'organization' instead of 'organizations'",
                                          at: many.location))
                return []
            }
            let names = many.list.compactMap { item in item.string.map { ($0, item.location) } }
            if names.isEmpty {
                diagnostics.append(.error("too-short", "'organizations' in metadata of \(document.kind) '\(document.name)' is empty", at: many.location))
                return []
            }
            if names.contains(where: { $0.0 == "*" }) {
                if names.count > 1 {
                    diagnostics.append(.error("conflicting-fields", "'*' already means every organization; list it alone", at: many.location))
                }
                return known
            }
            var out: [String] = []
            for (name, location) in names where organizationExists(name, at: location, known: known) && !out.contains(name) {
                out.append(name)
            }
            return out.sorted()
        }
    }

    private mutating func organizationExists(_ name: String, at location: SourceLocation, known: [String]) -> Bool {
        if known.contains(name) { return true }
        let hint = NameSuggestion.nearest(to: name, in: known).map { "; did you mean '\($0)'?" }
            ?? (known.isEmpty ? "; no Organization manifest was found" : "; known organizations are " + known.joined(separator: ", "))
        diagnostics.append(.error("unknown-organization", "unknown organization '\(name)'\(hint)", at: location))
        return false
    }

    private func substituted(_ document: ManifestDocument, _ substitution: Substitution) -> ManifestDocument {
        guard document.usesVariables else { return document }
        return document.with(spec: substitution.apply(document.spec))
    }
}
