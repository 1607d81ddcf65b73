import AWSClient
import AWSServices

/// An organization whose step failed, with the error underneath (which names the AWS
/// operation, resource and code when AWS answered).
public struct OrganizationFailure: Error, Sendable, CustomStringConvertible {
    /// The organization's manifest name.
    public var organization: String
    /// What was being done (`reading live state`).
    public var step: String
    /// The error as thrown.
    public var error: any Error

    /// Creates a failure.
    public init(organization: String, step: String, error: any Error) {
        self.organization = organization
        self.step = step
        self.error = error
    }

    /// A stable code: the AWS error code when there is one.
    public var code: String {
        if let error = error as? OrganizationsReconcileError { return error.code }
        if let error = error as? AWSError { return error.code }
        return "organization-failed"
    }

    /// `organization 'acme': reading live state failed: …`, without repeating the organization.
    public var description: String {
        if let error = error as? OrganizationsReconcileError { return "\(error.description) (while \(step))" }
        return "organization '\(organization)': \(step) failed: \(error)"
    }
}
