import OperatorSupport

/// What the manifests of one revision declare, resolved and validated: the input of the differ.
///
/// Every collection is sorted by name (or path) and every reference is
/// resolved, so two loads of the same revision are equal and a diff against
/// live state can walk both sides in order. Values keep their manifest's
/// `SourceLocation` so later errors (a failed apply) can point at the line.
public struct DesiredState: Sendable, Equatable {
    /// Organizations by `metadata.name`.
    public var organizations: [String: DesiredOrganization]

    /// Creates a desired state.
    public init(organizations: [String: DesiredOrganization]) {
        self.organizations = organizations
    }

    /// Organization names, sorted: the order in which reports list them.
    public var organizationNames: [String] { organizations.keys.sorted() }
}

/// A reference to an account, resolved: the manifest's name when an Account manifest declares it,
/// and its ID when known (absent for an account orgops is still to create).
public struct AccountRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The Account manifest's `metadata.name`; nil for an ID no manifest declares (such as the management account).
    public var name: String?
    /// The 12-digit ID, when known.
    public var accountId: String?

    /// Creates a reference.
    public init(name: String?, accountId: String?) {
        self.name = name
        self.accountId = accountId
    }

    public var description: String { name ?? accountId ?? "?" }

    public static func < (a: AccountRef, b: AccountRef) -> Bool {
        (a.name ?? "", a.accountId ?? "") < (b.name ?? "", b.accountId ?? "")
    }
}

/// Where a policy is attached.
public enum PolicyTarget: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The organization's root.
    case root
    /// An OU by path (`/Workloads/Prod`).
    case organizationalUnit(path: String)
    /// An account.
    case account(AccountRef)

    public var description: String {
        switch self {
        case .root: "root"
        case .organizationalUnit(let path): "ou \(path)"
        case .account(let ref): "account \(ref)"
        }
    }

    public static func < (a: PolicyTarget, b: PolicyTarget) -> Bool {
        switch (a, b) {
        case (.root, .root): false
        case (.root, _): true
        case (_, .root): false
        case (.organizationalUnit(let x), .organizationalUnit(let y)): x < y
        case (.organizationalUnit, .account): true
        case (.account, .organizationalUnit): false
        case (.account(let x), .account(let y)): x < y
        }
    }
}

/// A document's text in canonical form plus where it came from, for content hashing and diffing.
public struct PolicyDocument: Sendable, Hashable {
    /// Canonical JSON: keys sorted, no insignificant whitespace.
    public var canonicalJSON: String
    /// The referenced file (root-relative), or nil for an inline document.
    public var sourceFile: String?

    /// Creates a document.
    public init(canonicalJSON: String, sourceFile: String?) {
        self.canonicalJSON = canonicalJSON
        self.sourceFile = sourceFile
    }
}
