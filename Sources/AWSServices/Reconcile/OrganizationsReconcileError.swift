import AWSClient

/// A failed read or change of one organization, naming the organization, the resource and the AWS call.
///
/// `AWSError` already says which service and operation failed with which
/// code; the reconciler also needs to tell a person *what* was being done
/// (`ou /Workloads/Prod`, `account shop-prod`) and in which organization, so
/// a summary of a failed apply can be acted on without reading logs. `code`
/// is AWS's code when AWS answered, else one of the codes below.
public struct OrganizationsReconcileError: Error, Sendable, CustomStringConvertible {
    /// AWS's error code (`DuplicateOrganizationalUnitException`) or one of this type's codes.
    public var code: String
    /// The organization's manifest name.
    public var organization: String
    /// What was being read or changed, as a person names it (`ou /Sandbox`, `policy deny-s3`).
    public var resource: String
    /// The AWS operation (`CreateOrganizationalUnit`), or what the step was when no call failed.
    public var operation: String
    /// A lower-case explanation quoting the bad value.
    public var message: String
    /// The AWS error underneath, when AWS (or the transport) failed.
    public var underlying: AWSError?

    /// Creates an error.
    public init(code: String, organization: String, resource: String, operation: String, message: String,
                underlying: AWSError? = nil) {
        self.code = code
        self.organization = organization
        self.resource = resource
        self.operation = operation
        self.message = message
        self.underlying = underlying
    }

    /// `organization 'workloads': CreateOrganizationalUnit for ou /Sandbox failed: DuplicateOrganizationalUnitException: …`.
    public var description: String {
        "organization '\(organization)': \(operation) for \(resource) failed: \(code): \(message)"
    }

    /// The codes this layer assigns itself.
    public enum Code {
        /// A symbolic reference (OU path, account or policy name) that nothing resolved.
        public static let unresolved = "UnresolvedReference"
        /// The organization does not exist yet, or has no root.
        public static let noOrganization = "OrganizationNotFound"
        /// AWS answered without a member the next step needs.
        public static let incompleteAnswer = "IncompleteAnswer"
        /// An OU to delete did not become empty in time.
        public static let notEmpty = "OrganizationalUnitNotEmpty"
        /// CreateAccount ended FAILED or did not finish in time.
        public static let accountCreation = "AccountCreationFailed"
        /// The action does not fit this organization (an account with no ID to act on, a mismatched kind).
        public static let invalidAction = "InvalidAction"
    }

    /// Wraps whatever a call threw, keeping AWS's code and message.
    static func wrap(_ error: any Error, organization: String, resource: String,
                     operation: String) -> OrganizationsReconcileError {
        if let already = error as? OrganizationsReconcileError { return already }
        if let aws = error as? AWSError {
            return OrganizationsReconcileError(code: aws.code, organization: organization, resource: resource,
                                               operation: aws.operation, message: aws.message, underlying: aws)
        }
        if let services = error as? AWSServicesError {
            return OrganizationsReconcileError(code: services.code, organization: organization, resource: resource,
                                               operation: operation, message: services.message)
        }
        if let async = error as? AsyncOperationError {
            return OrganizationsReconcileError(code: Code.accountCreation, organization: organization,
                                               resource: resource, operation: operation, message: "\(async)")
        }
        return OrganizationsReconcileError(code: "Unexpected", organization: organization, resource: resource,
                                           operation: operation, message: "\(error)")
    }
}
