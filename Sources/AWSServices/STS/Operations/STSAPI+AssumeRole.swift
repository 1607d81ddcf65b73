// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// The input of `AssumeRole`.
    public struct AssumeRoleRequest: Codable, Sendable, Equatable {
        /// The Amazon Resource Name (ARN) of the role to assume.
        public var roleArn: String
        /// An identifier for the assumed role session.
        public var roleSessionName: String
        /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies.
        public var policyArns: [PolicyDescriptorType]?
        /// An IAM policy in JSON format that you want to use as an inline session policy.
        public var policy: String?
        /// The duration, in seconds, of the role session.
        public var durationSeconds: Int?
        /// A list of session tags that you want to pass.
        public var tags: [Tag]?
        /// A list of keys for session tags that you want to set as transitive.
        public var transitiveTagKeys: [String]?
        /// A unique identifier that might be required when you assume a role in another account.
        public var externalId: String?
        /// The identification number of the MFA device that is associated with the user who is making the AssumeRole call.
        public var serialNumber: String?
        /// The value provided by the MFA device, if the trust policy of the role being assumed requires MFA. Sensitive: never printed.
        public var tokenCode: String?
        /// The source identity specified by the principal that is calling the AssumeRole operation.
        public var sourceIdentity: String?
        /// A list of previously acquired trusted context assertions in the format of a JSON array.
        public var providedContexts: [ProvidedContext]?

        /// Creates a value; members AWS marks as required have no default.
        public init(roleArn: String, roleSessionName: String, policyArns: [PolicyDescriptorType]? = nil, policy: String? = nil, durationSeconds: Int? = nil, tags: [Tag]? = nil, transitiveTagKeys: [String]? = nil, externalId: String? = nil, serialNumber: String? = nil, tokenCode: String? = nil, sourceIdentity: String? = nil, providedContexts: [ProvidedContext]? = nil) {
            self.roleArn = roleArn
            self.roleSessionName = roleSessionName
            self.policyArns = policyArns
            self.policy = policy
            self.durationSeconds = durationSeconds
            self.tags = tags
            self.transitiveTagKeys = transitiveTagKeys
            self.externalId = externalId
            self.serialNumber = serialNumber
            self.tokenCode = tokenCode
            self.sourceIdentity = sourceIdentity
            self.providedContexts = providedContexts
        }

        enum CodingKeys: String, CodingKey {
            case roleArn = "RoleArn"
            case roleSessionName = "RoleSessionName"
            case policyArns = "PolicyArns"
            case policy = "Policy"
            case durationSeconds = "DurationSeconds"
            case tags = "Tags"
            case transitiveTagKeys = "TransitiveTagKeys"
            case externalId = "ExternalId"
            case serialNumber = "SerialNumber"
            case tokenCode = "TokenCode"
            case sourceIdentity = "SourceIdentity"
            case providedContexts = "ProvidedContexts"
        }
    }

    /// The output of `AssumeRole`.
    public struct AssumeRoleResponse: Codable, Sendable, Equatable {
        /// The temporary security credentials, which include an access key ID, a secret access key, and a security (or session) token.
        public var credentials: Credentials?
        /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can use to refer to the resulting temporary security credentials.
        public var assumedRoleUser: AssumedRoleUser?
        /// A percentage value that indicates the packed size of the session policies and session tags combined passed in the request.
        public var packedPolicySize: Int?
        /// The source identity specified by the principal that is calling the AssumeRole operation.
        public var sourceIdentity: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(credentials: Credentials? = nil, assumedRoleUser: AssumedRoleUser? = nil, packedPolicySize: Int? = nil, sourceIdentity: String? = nil) {
            self.credentials = credentials
            self.assumedRoleUser = assumedRoleUser
            self.packedPolicySize = packedPolicySize
            self.sourceIdentity = sourceIdentity
        }

        enum CodingKeys: String, CodingKey {
            case credentials = "Credentials"
            case assumedRoleUser = "AssumedRoleUser"
            case packedPolicySize = "PackedPolicySize"
            case sourceIdentity = "SourceIdentity"
        }
    }
}

extension STSAPI.AssumeRoleRequest: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "AssumeRoleRequest(roleArn: \(String(describing: self.roleArn)), roleSessionName: \(String(describing: self.roleSessionName)), policyArns: \(String(describing: self.policyArns)), policy: \(String(describing: self.policy)), durationSeconds: \(String(describing: self.durationSeconds)), tags: \(String(describing: self.tags)), transitiveTagKeys: \(String(describing: self.transitiveTagKeys)), externalId: \(String(describing: self.externalId)), serialNumber: \(String(describing: self.serialNumber)), tokenCode: <redacted>, sourceIdentity: \(String(describing: self.sourceIdentity)), providedContexts: \(String(describing: self.providedContexts)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["roleArn": self.roleArn as Any, "roleSessionName": self.roleSessionName as Any, "policyArns": self.policyArns as Any, "policy": self.policy as Any, "durationSeconds": self.durationSeconds as Any, "tags": self.tags as Any, "transitiveTagKeys": self.transitiveTagKeys as Any, "externalId": self.externalId as Any, "serialNumber": self.serialNumber as Any, "tokenCode": "<redacted>" as Any, "sourceIdentity": self.sourceIdentity as Any, "providedContexts": self.providedContexts as Any], displayStyle: .struct)
    }
}

extension STSAPI.AssumeRoleRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "RoleArn", roleArn)
        writer.value(prefix, "RoleSessionName", roleSessionName)
        writer.list(prefix, "PolicyArns", policyArns)
        writer.value(prefix, "Policy", policy)
        writer.value(prefix, "DurationSeconds", durationSeconds)
        writer.list(prefix, "Tags", tags)
        writer.list(prefix, "TransitiveTagKeys", transitiveTagKeys)
        writer.value(prefix, "ExternalId", externalId)
        writer.value(prefix, "SerialNumber", serialNumber)
        writer.value(prefix, "TokenCode", tokenCode)
        writer.value(prefix, "SourceIdentity", sourceIdentity)
        writer.list(prefix, "ProvidedContexts", providedContexts)
    }
}

extension STSAPI.AssumeRoleResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            credentials: xml.value("Credentials"),
            assumedRoleUser: xml.value("AssumedRoleUser"),
            packedPolicySize: xml.value("PackedPolicySize"),
            sourceIdentity: xml.value("SourceIdentity"))
    }
}
