import OperatorSupport

/// What the loader knows about one organization while placing documents into it.
struct OrganizationContext {
    var organization: DesiredOrganization
    var substitution: Substitution
    /// `/` and every declared OU path.
    var ouPaths: Set<String> = ["/"]
    /// Account references by manifest name and by ID.
    var accountsByName: [String: AccountRef] = [:]
    var accountsById: [String: AccountRef] = [:]
    /// Names already used, per kind ("Policy", "Policy AWS name", ...), with their first place.
    var names: [String: [String: SourceLocation]] = [:]
    /// Permission set names declared.
    var permissionSets = Set<String>()
    /// Attachments per policy type, per target key: where each was declared, in document order.
    var attachments: [String: [String: [(policy: String, location: SourceLocation)]]] = [:]
    /// AWS-managed policies taken over (`FullAWSAccess`), by name.
    var takenOver = Set<String>()
    /// The Organization manifest, for references resolved after accounts are known.
    var organizationDocument: ManifestDocument?

    var name: String { organization.name }

    /// Where the management account's ID is written (for duplicate-ID notes).
    var managementAccountIdLocation: SourceLocation {
        organizationDocument?.spec["managementAccountId"]?.location ?? organization.source
    }

    /// Registers a name; returns the first place when it is a duplicate.
    mutating func register(_ name: String, kind: String, at location: SourceLocation) -> SourceLocation? {
        if let first = names[kind]?[name] { return first }
        names[kind, default: [:]][name] = location
        return nil
    }
}

extension LoadSession {
    /// Resolves an account reference (name or 12-digit ID) in an organization; reports unknown names.
    ///
    /// Decision: a name must be an Account manifest of the organization (error otherwise); a
    /// 12-digit ID may also be the management account or an account no manifest declares
    /// (a warning: orgops uses it as is, since unmanaged accounts can still be policy or
    /// assignment targets).
    static func resolveAccount(_ reference: String, at location: SourceLocation, in context: OrganizationContext,
                        diagnostics: inout [Diagnostic]) -> AccountRef? {
        if let ref = context.accountsByName[reference] { return ref }
        if StringRule.isAccountId(reference) {
            if let ref = context.accountsById[reference] { return ref }
            if reference == context.organization.managementAccountId { return AccountRef(name: nil, accountId: reference) }
            diagnostics.append(.warning("undeclared-account-id",
                                        "account id '\(reference)' is not declared by an Account manifest of organization '\(context.name)'; it is used as is",
                                        at: location))
            return AccountRef(name: nil, accountId: reference)
        }
        let hint = NameSuggestion.clause(for: reference, in: context.accountsByName.keys.sorted())
        diagnostics.append(.error("unknown-account", "unknown account '\(reference)' in organization '\(context.name)'\(hint)", at: location))
        return nil
    }

    /// Resolves each reference with `resolveAccount`, in order, dropping those that do not resolve.
    /// A loop rather than `compactMap`: a closure would capture (and so copy) the whole context.
    static func resolveAccounts(_ references: [(String, SourceLocation)], in context: OrganizationContext,
                                diagnostics: inout [Diagnostic]) -> [AccountRef] {
        var refs: [AccountRef] = []
        refs.reserveCapacity(references.count)
        for (reference, location) in references {
            if let ref = resolveAccount(reference, at: location, in: context, diagnostics: &diagnostics) { refs.append(ref) }
        }
        return refs
    }

    /// Checks that an OU path exists in an organization; reports it otherwise.
    static func checkOUPath(_ path: String, at location: SourceLocation, in context: OrganizationContext,
                     diagnostics: inout [Diagnostic]) -> Bool {
        if context.ouPaths.contains(path) { return true }
        let hint = NameSuggestion.clause(for: path, in: context.ouPaths.sorted())
        diagnostics.append(.error("unknown-ou", "unknown OU path '\(path)' in organization '\(context.name)'\(hint)", at: location))
        return false
    }

    /// The key under which attachments to a node are counted.
    func targetKey(_ target: PolicyTarget) -> String {
        switch target {
        case .root: "root"
        case .organizationalUnit(let path): "ou '\(path)'"
        case .account(let ref): "account '\(ref.name ?? ref.accountId ?? "")'"
        }
    }
}
