import OperatorSupport

/// An account.
public struct DesiredAccount: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// The existing account's ID, or nil to create it.
    public var accountId: String?
    /// Root email.
    public var email: String
    /// AWS account name (defaults to `name`).
    public var accountName: String
    /// OU path (`/` = root).
    public var organizationalUnit: String
    /// Tags.
    public var tags: [String: String]
    /// `release`, `remove` or `close`.
    public var onRemoval: String
    /// Role for a new account (nil = AWS default).
    public var roleName: String?
    /// `ALLOW`/`DENY` for a new account (nil = AWS default).
    public var iamUserAccessToBilling: String?
    /// The manifest.
    public var source: SourceLocation

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        name: String,
        accountId: String?,
        email: String,
        accountName: String,
        organizationalUnit: String,
        tags: [String: String],
        onRemoval: String,
        roleName: String?,
        iamUserAccessToBilling: String?,
        source: SourceLocation
    ) {
        self.name = name
        self.accountId = accountId
        self.email = email
        self.accountName = accountName
        self.organizationalUnit = organizationalUnit
        self.tags = tags
        self.onRemoval = onRemoval
        self.roleName = roleName
        self.iamUserAccessToBilling = iamUserAccessToBilling
        self.source = source
    }
}
