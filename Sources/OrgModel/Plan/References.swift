/// An OU as an action names it: by path always, by ID when it exists already.
///
/// An OU created earlier in the same apply has no ID when the plan is made;
/// `ApplyContext.resolve(_:)` finds it by path once its create action recorded it.
public struct OUReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `/` for the root, else `/Workloads/Prod`.
    public var path: String
    /// The `ou-…`/`r-…` ID when known at plan time.
    public var id: String?

    /// Creates a reference.
    public init(path: String, id: String?) {
        self.path = path
        self.id = id
    }

    /// The root (its ID filled in from the context).
    public static func root(id: String?) -> OUReference { OUReference(path: "/", id: id) }

    /// True for the root.
    public var isRoot: Bool { path == "/" }

    public var description: String { path }
}

/// An account as an action names it: by manifest name and/or ID.
public struct AccountReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The Account manifest's name; nil for an account no manifest declares.
    public var name: String?
    /// The 12-digit ID when known at plan time.
    public var id: String?

    /// Creates a reference.
    public init(name: String?, id: String?) {
        self.name = name
        self.id = id
    }

    public var description: String { name ?? id ?? "?" }
}

/// A policy as an action names it: by manifest (or AWS) name and type, and ID when known.
public struct PolicyReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The Policy manifest's name, or the AWS name for a policy no manifest declares.
    public var name: String
    /// The policy type.
    public var type: String
    /// `p-…` when known at plan time.
    public var id: String?

    /// Creates a reference.
    public init(name: String, type: String, id: String?) {
        self.name = name
        self.type = type
        self.id = id
    }

    public var description: String { name }
}

/// What a policy is attached to.
public enum TargetReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The root.
    case root(id: String?)
    /// An OU.
    case organizationalUnit(OUReference)
    /// An account.
    case account(AccountReference)

    /// Names the unlabelled payload in JSON (`"ou"` rather than Swift's `"_0"`).
    enum OrganizationalUnitCodingKeys: String, CodingKey {
        case _0 = "ou"
    }

    /// Names the unlabelled payload in JSON (`"account"` rather than Swift's `"_0"`).
    enum AccountCodingKeys: String, CodingKey {
        case _0 = "account"
    }

    public var description: String {
        switch self {
        case .root: "root"
        case .organizationalUnit(let ou): "ou \(ou.path)"
        case .account(let account): "account \(account)"
        }
    }
}
