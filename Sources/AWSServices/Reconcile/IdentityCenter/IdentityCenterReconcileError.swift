import AWSClient

/// A failed Identity Center read or change, naming the organization, the resource and the AWS call.
///
/// Like `OrganizationsReconcileError`, but an asynchronous request that ended
/// `FAILED` keeps AWS's own reason (`FailureReason`) in the message, which is
/// what the apply summary quotes; the next pass plans the same change again.
public struct IdentityCenterReconcileError: Error, Sendable, CustomStringConvertible {
    /// AWS's error code, or one of `Code`.
    public var code: String
    /// The organization's manifest name.
    public var organization: String
    /// What was being read or changed (`permission-set Admin`, `account-assignment Admin → group:Ops → prod`).
    public var resource: String
    /// The AWS operation, or the step when no call failed.
    public var operation: String
    /// A lower-case explanation quoting AWS's reason or the bad value.
    public var message: String

    /// Creates an error.
    public init(code: String, organization: String, resource: String, operation: String, message: String) {
        self.code = code
        self.organization = organization
        self.resource = resource
        self.operation = operation
        self.message = message
    }

    /// `organization 'a': CreateAccountAssignment for … failed: AssignmentFailed: …`.
    public var description: String {
        "organization '\(organization)': \(operation) for \(resource) failed: \(code): \(message)"
    }

    /// The codes this layer assigns itself.
    public enum Code {
        /// No Identity Center instance was found (or the declared one is not there).
        public static let noInstance = "IdentityCenterInstanceNotFound"
        /// An asynchronous request (assignment, provisioning) ended FAILED or did not finish in time.
        public static let requestFailed = "IdentityCenterRequestFailed"
        /// A permission set named by an action is not in the instance.
        public static let unresolved = "UnresolvedPermissionSet"
        /// AWS answered without a member the next step needs.
        public static let incompleteAnswer = "IncompleteAnswer"
        /// The delegated administrator account could not be resolved to an ID.
        public static let noDelegatedAdministrator = "DelegatedAdministratorUnresolved"
    }

    /// Wraps whatever a call threw, keeping AWS's code, message and asynchronous failure reason.
    static func wrap(_ error: any Error, organization: String, resource: String,
                     operation: String) -> IdentityCenterReconcileError {
        if let already = error as? IdentityCenterReconcileError { return already }
        if let aws = error as? AWSError {
            return IdentityCenterReconcileError(code: aws.code, organization: organization, resource: resource,
                                                operation: aws.operation, message: aws.message)
        }
        if let failed = error as? AsyncOperationError {
            return IdentityCenterReconcileError(code: Code.requestFailed, organization: organization, resource: resource,
                                                operation: failed.operation, message: failed.message)
        }
        if let services = error as? AWSServicesError {
            return IdentityCenterReconcileError(code: services.code, organization: organization, resource: resource,
                                                operation: operation, message: services.message)
        }
        return IdentityCenterReconcileError(code: "Unexpected", organization: organization, resource: resource,
                                            operation: operation, message: "\(error)")
    }
}
