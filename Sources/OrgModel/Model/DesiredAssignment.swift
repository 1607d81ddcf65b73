import OperatorSupport

/// Who an assignment grants to.
public enum Principal: Sendable, Hashable {
    /// A group by display name.
    case group(String)
    /// A user by user name.
    case user(String)
}

/// An account assignment.
public struct DesiredAssignment: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// The permission set's `metadata.name`.
    public var permissionSet: String
    /// The principal.
    public var principal: Principal
    /// OU paths (recursive), sorted.
    public var organizationalUnits: [String]
    /// Accounts, sorted.
    public var accounts: [AccountRef]
    /// Excluded accounts, sorted.
    public var excludeAccounts: [AccountRef]
    /// The manifest.
    public var source: SourceLocation

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        name: String,
        permissionSet: String,
        principal: Principal,
        organizationalUnits: [String],
        accounts: [AccountRef],
        excludeAccounts: [AccountRef],
        source: SourceLocation
    ) {
        self.name = name
        self.permissionSet = permissionSet
        self.principal = principal
        self.organizationalUnits = organizationalUnits
        self.accounts = accounts
        self.excludeAccounts = excludeAccounts
        self.source = source
    }
}
