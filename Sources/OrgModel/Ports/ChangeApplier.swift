/// What applying one action produced.
public struct ActionOutcome: Sendable, Equatable, Codable {
    /// The ID of what the action created or adopted (OU, account, policy, organization), for the context and status.
    public var resourceId: String?
    /// A short note for the summary (`waited 42s for CreateAccount`), never a secret.
    public var detail: String?

    /// Creates an outcome.
    public init(resourceId: String? = nil, detail: String? = nil) {
        self.resourceId = resourceId
        self.detail = detail
    }

    /// Done, nothing to add.
    public static let done = ActionOutcome()
}

/// The port through which the executor changes an organization.
///
/// Implemented over AWS in `AWSServices` and by the in-memory fake organization
/// in tests. An implementation resolves symbolic references through `context`
/// and records the IDs it creates there (the executor also records
/// `ActionOutcome.resourceId` for create actions), and throws AWS's error
/// unchanged so the summary can quote its reason. It must be safe to call
/// concurrently; AWS's own limits (5 CreateAccount in flight) are its business.
public protocol ChangeApplier: Sendable {
    /// Carries out one action.
    func apply(_ action: PlannedAction, in organization: DesiredOrganization, context: ApplyContext) async throws -> ActionOutcome
}
