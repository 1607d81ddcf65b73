/// The port through which the core reads an organization's stack sets.
///
/// Implemented over AWS in `AWSServices` (`CloudFormationStackSetReader`) and
/// by fakes in tests. It returns the sets orgops owns (ownership tag) or that
/// a manifest names, so an unmanaged set of the same name is reported rather
/// than silently taken over.
public protocol StackSetReader: Sendable {
    /// Reads the stack sets of one organization, with their instances and last operation.
    /// - Parameters:
    ///   - organization: the desired organization (management account, region, declared stack sets).
    ///   - ownerTagKey: the ownership tag key.
    func readStackSets(_ organization: DesiredOrganization, ownerTagKey: String) async throws -> [LiveStackSet]
}
