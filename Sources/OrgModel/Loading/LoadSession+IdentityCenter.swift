import OperatorSupport

extension LoadSession {
    /// Identity Center limits that the API model does not carry.
    static var maxInlinePolicyBytes: Int { 32_768 }
    static var maxAttachedPolicies: Int { 20 }

    /// Places a PermissionSet: name rules (also when defaulted from metadata.name), session duration
    /// PT1H..PT12H, inline policy (JSON, at most 32,768 bytes as submitted), at most 20 managed plus
    /// customer-managed policies, one permissions boundary.
    mutating func placePermissionSet(_ document: ManifestDocument, into context: inout OrganizationContext) {
        let spec = document.spec
        let name = spec["permissionSetName"]?.string ?? document.name
        if spec["permissionSetName"] == nil, !StringRule.permissionSetName.isValid(name) {
            diagnostics.append(.error("invalid-format",
                                      "permission set name '\(name)' (from metadata.name) must be 1-32 of [\\w+=,.@-]; it is \(name.unicodeScalars.count) characters long, so set spec.permissionSetName",
                                      at: document.metadata["name"]?.location))
        }
        if let first = context.register(name, kind: "PermissionSet AWS name", at: document.location) {
            diagnostics.append(.error("duplicate-name", "permission set name '\(name)' is used twice in organization '\(context.name)'",
                                      at: spec["permissionSetName"]?.location ?? document.metadata["name"]?.location, related: [(first, "first used here")]))
        }
        let duration = spec["sessionDuration"]?.string ?? "PT1H"
        if let field = spec["sessionDuration"] {
            if let seconds = Self.durationSeconds(duration) {
                if seconds < 3_600 || seconds > 43_200 {
                    diagnostics.append(.error("session-duration",
                                              "session duration '\(duration)' is outside what Identity Center allows: PT1H to PT12H", at: field.location))
                }
            } else {
                diagnostics.append(.error("invalid-format", "invalid session duration '\(duration)': use an ISO-8601 duration such as 'PT8H'",
                                          at: field.location))
            }
        }
        var inline: PolicyDocument?
        if let loaded = loadDocument(document, inlineKey: "inlinePolicy", fileKey: "inlinePolicyFile", required: false,
                                     what: "inline policy of PermissionSet '\(document.name)'") {
            if loaded.canonicalBytes > Self.maxInlinePolicyBytes {
                diagnostics.append(.error("inline-policy-too-large",
                                          "inline policy of '\(document.name)' is \(loaded.canonicalBytes) bytes; Identity Center allows at most \(Self.maxInlinePolicyBytes)",
                                          at: (spec["inlinePolicy"] ?? spec["inlinePolicyFile"])?.location))
            }
            inline = PolicyDocument(canonicalJSON: loaded.value.canonicalText, sourceFile: loaded.sourceFile)
        }
        let managed = spec.strings("managedPolicies")
        let customer = (spec["customerManagedPolicies"]?.list ?? []).compactMap { item in
            item["name"]?.string.map { CustomerManagedPolicyRef(name: $0, path: item["path"]?.string ?? "/") }
        }
        if managed.count + customer.count > Self.maxAttachedPolicies {
            diagnostics.append(.error("too-many-policies",
                                      "permission set '\(document.name)' has \(managed.count) managed and \(customer.count) customer-managed policies; at most \(Self.maxAttachedPolicies) together",
                                      at: (spec["managedPolicies"] ?? spec["customerManagedPolicies"])?.location))
        }
        var boundary: PermissionsBoundary?
        if let node = spec["permissionsBoundary"] {
            switch (node["managedPolicyArn"]?.string, node["customerManagedPolicy"]) {
            case (let arn?, nil): boundary = .managedPolicy(arn: arn)
            case (nil, let ref?):
                if let refName = ref["name"]?.string {
                    boundary = .customerManaged(CustomerManagedPolicyRef(name: refName, path: ref["path"]?.string ?? "/"))
                }
            default:
                diagnostics.append(.error("invalid-boundary", "permissionsBoundary needs exactly one of 'managedPolicyArn' and 'customerManagedPolicy'",
                                          at: node.location))
            }
        }
        context.permissionSets.insert(document.name)
        context.organization.permissionSets.append(DesiredPermissionSet(
            name: document.name, permissionSetName: name, description: spec["description"]?.string, sessionDuration: duration,
            relayState: spec["relayState"]?.string, managedPolicies: Set(managed.map(\.0)).sorted(),
            customerManagedPolicies: Set(customer).sorted(), inlinePolicy: inline, permissionsBoundary: boundary,
            tags: spec.stringMap("tags"), adopt: spec["adopt"]?.bool ?? false, source: document.location))
    }

    /// Places an AccountAssignment: its permission set, principal and targets must resolve.
    mutating func placeAssignment(_ document: ManifestDocument, into context: inout OrganizationContext) {
        let spec = document.spec
        guard let psNode = spec["permissionSet"], let permissionSet = psNode.string,
              let principalNode = spec["principal"], let targets = spec["targets"] else { return }
        if !context.permissionSets.contains(permissionSet) {
            let hint = NameSuggestion.clause(for: permissionSet, in: context.permissionSets.sorted())
            diagnostics.append(.error("unknown-permission-set",
                                      "unknown permission set '\(permissionSet)' in organization '\(context.name)'\(hint)", at: psNode.location))
        }
        var principal: Principal?
        switch (principalNode["group"]?.string, principalNode["user"]?.string) {
        case (let group?, nil): principal = .group(group)
        case (nil, let user?): principal = .user(user)
        default:
            diagnostics.append(.error("invalid-principal", "principal needs exactly one of 'group' and 'user'", at: principalNode.location))
        }
        let ous = targets.strings("organizationalUnits")
        let accounts = targets.strings("accounts")
        if ous.isEmpty, accounts.isEmpty {
            diagnostics.append(.error("missing-field", "targets need 'organizationalUnits' and/or 'accounts'", at: targets.location))
        }
        for (path, location) in ous { _ = Self.checkOUPath(path, at: location, in: context, diagnostics: &diagnostics) }
        let accountRefs = Self.resolveAccounts(accounts, in: context, diagnostics: &diagnostics)
        let excluded = Self.resolveAccounts(targets.strings("excludeAccounts"), in: context, diagnostics: &diagnostics)
        guard let principal else { return }
        context.organization.assignments.append(DesiredAssignment(
            name: document.name, permissionSet: permissionSet, principal: principal, organizationalUnits: ous.map(\.0).uniqueSorted(),
            accounts: accountRefs.uniqueSorted(), excludeAccounts: excluded.uniqueSorted(), source: document.location))
    }

    /// Seconds of an ISO-8601 duration with day and time parts (`P1D`, `PT8H`, `PT90M`); nil when it
    /// is not one or uses years, months or weeks (whose length in seconds is not fixed).
    static func durationSeconds(_ text: String) -> Double? {
        guard text.hasPrefix("P"), text.count > 1 else { return nil }
        var total = 0.0
        var number = ""
        var inTime = false
        var sawComponent = false
        for character in text.dropFirst() {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            guard let value = Double(number) else { return nil }
            number = ""
            sawComponent = true
            switch (character, inTime) {
            case ("D", false): total += value * 86_400
            case ("H", true): total += value * 3_600
            case ("M", true): total += value * 60
            case ("S", true): total += value
            default: return nil
            }
        }
        return number.isEmpty && sawComponent ? total : nil
    }
}
