/// One account of a `ProjectedOrganization`: where it will be once the pass is done, and where it is now.
public struct ProjectedAccount: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How the projection came to place the account where it is.
    public enum Origin: String, Sendable, Hashable {
        /// Declared by an Account manifest and found in AWS: placed at its desired OU.
        case declared
        /// Declared and not in AWS yet: this pass creates it (no ID until then).
        case created
        /// In AWS and declared by no manifest: left at its live parent.
        case undeclared
        /// In AWS inside an ignored subtree: left exactly as it is.
        case ignored
    }

    /// The Account manifest's name; nil for an account no manifest declares.
    public let name: String?
    /// The 12-digit ID; nil for an account this pass creates.
    public let id: String?
    /// Its OU path after this pass (`/` is the root).
    public let path: String
    /// Its OU path now; nil when it does not exist yet (or its parent is unknown).
    public let livePath: String?
    /// Why it is where it is.
    public let origin: Origin
    /// False for a suspended or closing account, which can be given nothing new.
    public let active: Bool

    /// Creates a projected account.
    public init(name: String?, id: String?, path: String, livePath: String?, origin: Origin, active: Bool) {
        self.name = name
        self.id = id
        self.path = path
        self.livePath = livePath
        self.origin = origin
        self.active = active
    }

    /// True when this pass puts the account somewhere else than it is (moved or created).
    public var changesPlace: Bool { livePath != path }

    /// A stable key: the manifest name when declared, else the ID.
    public var key: String { name ?? id ?? "?" }

    /// The manifest name when declared, else the ID.
    public var description: String { key }

    public static func < (a: ProjectedAccount, b: ProjectedAccount) -> Bool {
        (a.path, a.name ?? "", a.id ?? "") < (b.path, b.name ?? "", b.id ?? "")
    }
}
