import AWSClient

/// One operation of one AWS service, as the typed APIs call it.
///
/// Each service's `Operation` enum conforms, so the operation name sent on the
/// wire and the IAM action a policy must allow come from the same value and
/// can never disagree.
public protocol ServiceOperation: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// The service the operation belongs to.
    static var service: ServiceDescriptor { get }
    /// The IAM action prefix, which is the SigV4 signing name (`sso` for SSO Admin).
    static var iamPrefix: String { get }
}

extension ServiceOperation {
    /// The operation's AWS name, such as `CreateAccount`.
    public var name: String { rawValue }

    /// The IAM action, such as `organizations:CreateAccount`.
    public var iamAction: String { "\(Self.iamPrefix):\(rawValue)" }

    /// The operation as a table entry.
    public var entry: AWSOperation {
        AWSOperation(service: Self.service.name, iamPrefix: Self.iamPrefix, name: rawValue)
    }
}

/// A row of `AWSOperationTable`: one operation the operator may call.
public struct AWSOperation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The botocore service name (`organizations`, `sso-admin`, …), as `AWSClient` counts calls.
    public let service: String
    /// The IAM action prefix (`organizations`, `sso`, …).
    public let iamPrefix: String
    /// The operation name (`CreateAccount`).
    public let name: String

    /// Creates a row.
    public init(service: String, iamPrefix: String, name: String) {
        self.service = service
        self.iamPrefix = iamPrefix
        self.name = name
    }

    /// The IAM action an identity policy must allow for this call.
    public var iamAction: String { "\(iamPrefix):\(name)" }

    /// The IAM action, so a table prints as a policy's action list.
    public var description: String { iamAction }

    /// Orders by IAM action, which is how a generated policy lists them.
    public static func < (lhs: AWSOperation, rhs: AWSOperation) -> Bool { lhs.iamAction < rhs.iamAction }
}
