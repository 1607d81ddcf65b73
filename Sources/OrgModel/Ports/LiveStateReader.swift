/// How much of an organization a read covers.
///
/// A full read includes the per-resource calls (tags); a cheap read lists the
/// tree, accounts and policies with their targets only, so a no-op pass stays
/// well below one call per account. The loop alternates them (a full read on a
/// longer schedule), like Crossplane's poll and sync intervals.
public struct ReadOptions: Sendable, Hashable {
    /// Read tags of OUs, accounts and policies.
    public var includeTags: Bool

    /// Creates options.
    public init(includeTags: Bool) {
        self.includeTags = includeTags
    }

    /// Everything.
    public static let full = ReadOptions(includeTags: true)
    /// Lists only.
    public static let cheap = ReadOptions(includeTags: false)
}

/// The port through which the core reads an organization's live state.
///
/// Implemented over AWS in `AWSServices` and by in-memory fakes in tests; the
/// reconciler never sees AWS except through this and `ChangeApplier`.
public protocol LiveStateReader: Sendable {
    /// Reads the Organizations part of one organization's live state.
    /// - Parameters:
    ///   - organization: the desired organization (for its management account, access and region).
    ///   - options: what to include.
    func readOrganization(_ organization: DesiredOrganization, options: ReadOptions) async throws -> LiveOrganization
}
