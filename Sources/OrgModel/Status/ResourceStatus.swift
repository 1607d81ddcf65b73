/// One resource line of `status/<organization>.yaml`.
///
/// The kind is kept as text (`account`, `policy`, `permission-set`, …) so the
/// status format does not change when Identity Center or StackSets add kinds.
public struct ResourceStatus: Sendable, Hashable, Codable, Comparable {
    /// The resource kind, as `ResourceKind` spells it for Organizations resources.
    public var kind: String
    /// The logical name: manifest name, OU path, `policy → target`.
    public var name: String
    /// The AWS ID or ARN, when the resource exists.
    public var awsId: String?
    /// Where it stands after the pass.
    public var state: ResourceState
    /// The reason the last action on it failed, when it failed.
    public var lastError: String?

    /// Creates a resource status.
    public init(kind: String, name: String, awsId: String? = nil, state: ResourceState, lastError: String? = nil) {
        self.kind = kind
        self.name = name
        self.awsId = awsId
        self.state = state
        self.lastError = lastError
    }

    public static func < (a: ResourceStatus, b: ResourceStatus) -> Bool {
        (a.kind, a.name, a.awsId ?? "") < (b.kind, b.name, b.awsId ?? "")
    }
}
