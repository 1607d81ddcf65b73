// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// The input of `AssumeRoleWithWebIdentity`.
    public struct AssumeRoleWithWebIdentityRequest: Codable, Sendable, Equatable {
        /// The Amazon Resource Name (ARN) of the role that the caller is assuming.
        public var roleArn: String
        /// An identifier for the assumed role session.
        public var roleSessionName: String
        /// The OAuth 2.0 access token or OpenID Connect ID token that is provided by the identity provider. Sensitive: never printed.
        public var webIdentityToken: String
        /// The fully qualified host component of the domain name of the OAuth 2.0 identity provider.
        public var providerId: String?
        /// The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies.
        public var policyArns: [PolicyDescriptorType]?
        /// An IAM policy in JSON format that you want to use as an inline session policy.
        public var policy: String?
        /// The duration, in seconds, of the role session.
        public var durationSeconds: Int?

        /// Creates a value; members AWS marks as required have no default.
        public init(roleArn: String, roleSessionName: String, webIdentityToken: String, providerId: String? = nil, policyArns: [PolicyDescriptorType]? = nil, policy: String? = nil, durationSeconds: Int? = nil) {
            self.roleArn = roleArn
            self.roleSessionName = roleSessionName
            self.webIdentityToken = webIdentityToken
            self.providerId = providerId
            self.policyArns = policyArns
            self.policy = policy
            self.durationSeconds = durationSeconds
        }

        enum CodingKeys: String, CodingKey {
            case roleArn = "RoleArn"
            case roleSessionName = "RoleSessionName"
            case webIdentityToken = "WebIdentityToken"
            case providerId = "ProviderId"
            case policyArns = "PolicyArns"
            case policy = "Policy"
            case durationSeconds = "DurationSeconds"
        }
    }

    /// The output of `AssumeRoleWithWebIdentity`.
    public struct AssumeRoleWithWebIdentityResponse: Codable, Sendable, Equatable {
        /// The temporary security credentials, which include an access key ID, a secret access key, and a security token.
        public var credentials: Credentials?
        /// The unique user identifier that is returned by the identity provider.
        public var subjectFromWebIdentityToken: String?
        /// The Amazon Resource Name (ARN) and the assumed role ID, which are identifiers that you can use to refer to the resulting temporary security credentials.
        public var assumedRoleUser: AssumedRoleUser?
        /// A percentage value that indicates the packed size of the session policies and session tags combined passed in the request.
        public var packedPolicySize: Int?
        /// The issuing authority of the web identity token presented.
        public var provider: String?
        /// The intended audience (also known as client ID) of the web identity token.
        public var audience: String?
        /// The value of the source identity that is returned in the JSON web token (JWT) from the identity provider.
        public var sourceIdentity: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(credentials: Credentials? = nil, subjectFromWebIdentityToken: String? = nil, assumedRoleUser: AssumedRoleUser? = nil, packedPolicySize: Int? = nil, provider: String? = nil, audience: String? = nil, sourceIdentity: String? = nil) {
            self.credentials = credentials
            self.subjectFromWebIdentityToken = subjectFromWebIdentityToken
            self.assumedRoleUser = assumedRoleUser
            self.packedPolicySize = packedPolicySize
            self.provider = provider
            self.audience = audience
            self.sourceIdentity = sourceIdentity
        }

        enum CodingKeys: String, CodingKey {
            case credentials = "Credentials"
            case subjectFromWebIdentityToken = "SubjectFromWebIdentityToken"
            case assumedRoleUser = "AssumedRoleUser"
            case packedPolicySize = "PackedPolicySize"
            case provider = "Provider"
            case audience = "Audience"
            case sourceIdentity = "SourceIdentity"
        }
    }
}

extension STSAPI.AssumeRoleWithWebIdentityRequest: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "AssumeRoleWithWebIdentityRequest(roleArn: \(String(describing: self.roleArn)), roleSessionName: \(String(describing: self.roleSessionName)), webIdentityToken: <redacted>, providerId: \(String(describing: self.providerId)), policyArns: \(String(describing: self.policyArns)), policy: \(String(describing: self.policy)), durationSeconds: \(String(describing: self.durationSeconds)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["roleArn": self.roleArn as Any, "roleSessionName": self.roleSessionName as Any, "webIdentityToken": "<redacted>" as Any, "providerId": self.providerId as Any, "policyArns": self.policyArns as Any, "policy": self.policy as Any, "durationSeconds": self.durationSeconds as Any], displayStyle: .struct)
    }
}

extension STSAPI.AssumeRoleWithWebIdentityRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "RoleArn", roleArn)
        writer.value(prefix, "RoleSessionName", roleSessionName)
        writer.value(prefix, "WebIdentityToken", webIdentityToken)
        writer.value(prefix, "ProviderId", providerId)
        writer.list(prefix, "PolicyArns", policyArns)
        writer.value(prefix, "Policy", policy)
        writer.value(prefix, "DurationSeconds", durationSeconds)
    }
}

extension STSAPI.AssumeRoleWithWebIdentityResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            credentials: xml.value("Credentials"),
            subjectFromWebIdentityToken: xml.value("SubjectFromWebIdentityToken"),
            assumedRoleUser: xml.value("AssumedRoleUser"),
            packedPolicySize: xml.value("PackedPolicySize"),
            provider: xml.value("Provider"),
            audience: xml.value("Audience"),
            sourceIdentity: xml.value("SourceIdentity"))
    }
}
