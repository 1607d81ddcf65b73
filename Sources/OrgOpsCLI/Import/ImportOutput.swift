/// What `orgops import` produces: the manifest files, and what a person has to know about them.
///
/// Notices name what the manifests cannot say exactly as AWS has it (a principal the identity store
/// no longer has, a stack-set instance outside its targets) and the secrets to provide before an
/// apply; they go to stderr, never into the files, so no secret value is ever written.
public struct ImportOutput: Sendable, Equatable {
    /// File text by path relative to the repository root.
    public var files: [String: String] = [:]
    /// One line each, in the order they were found.
    public var notices: [String] = []

    /// Creates an empty output.
    public init() {}
}
