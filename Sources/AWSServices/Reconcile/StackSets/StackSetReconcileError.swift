import AWSClient

/// A stack-set read or change that failed, naming organization, stack set and operation, with AWS's reasons.
///
/// An operation that fails for some accounts and succeeds for others carries
/// one `StackInstanceFailure` per failed instance, each with the reason
/// ListStackSetOperationResults gave, so the summary says which account failed
/// and why while the others are known to be done. Messages quote AWS, which
/// never echoes parameter values; orgops adds none.
public struct StackSetReconcileError: Error, Sendable, CustomStringConvertible {
    /// Stable code: AWS's error code, or one of `Code`.
    public var code: String
    /// The organization's manifest name.
    public var organization: String
    /// The stack set.
    public var stackSet: String
    /// The AWS call or orgops step.
    public var operation: String
    /// Lower-case message.
    public var message: String
    /// Instances that failed in the operation.
    public var failures: [StackInstanceFailure]

    /// Creates an error.
    public init(code: String, organization: String, stackSet: String, operation: String, message: String,
                failures: [StackInstanceFailure] = []) {
        self.code = code
        self.organization = organization
        self.stackSet = stackSet
        self.operation = operation
        self.message = message
        self.failures = failures
    }

    public var description: String {
        "organization '\(organization)', stack set '\(stackSet)', \(operation): \(message) [\(code)]"
    }

    /// Codes orgops itself gives.
    public enum Code {
        /// Some instances of an operation failed.
        public static let instancesFailed = "StackInstancesFailed"
        /// The template file changed after the plan was made.
        public static let templateChanged = "TemplateChangedSincePlan"
        /// The manifest of the set is not in the desired organization.
        public static let noManifest = "StackSetManifestMissing"
        /// A secret parameter could not be read.
        public static let secretUnavailable = "SecretUnavailable"
        /// An operation did not finish well.
        public static let operationFailed = "StackSetOperationFailed"
    }

    /// Wraps whatever a call threw, keeping AWS's code and message.
    static func wrap(_ error: any Error, organization: String, stackSet: String, operation: String) -> StackSetReconcileError {
        if let already = error as? StackSetReconcileError { return already }
        if let aws = error as? AWSError {
            return StackSetReconcileError(code: aws.code, organization: organization, stackSet: stackSet,
                                          operation: aws.operation, message: aws.message)
        }
        if let services = error as? AWSServicesError {
            return StackSetReconcileError(code: services.code, organization: organization, stackSet: stackSet,
                                          operation: operation, message: services.message)
        }
        if let async = error as? AsyncOperationError {
            return StackSetReconcileError(code: Code.operationFailed, organization: organization, stackSet: stackSet,
                                          operation: operation, message: async.message)
        }
        return StackSetReconcileError(code: "Unexpected", organization: organization, stackSet: stackSet,
                                      operation: operation, message: "\(error)")
    }
}

/// One instance that failed in an operation, with AWS's reason.
public struct StackInstanceFailure: Sendable, Equatable, CustomStringConvertible {
    /// The account.
    public var account: String
    /// The region.
    public var region: String
    /// `FAILED` or `CANCELLED`.
    public var status: String
    /// AWS's reason.
    public var reason: String

    /// Creates a failure.
    public init(account: String, region: String, status: String, reason: String) {
        self.account = account
        self.region = region
        self.status = status
        self.reason = reason
    }

    public var description: String { "\(account)/\(region) \(status.lowercased()): \(reason)" }
}
