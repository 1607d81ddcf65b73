// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// Amazon Web Services credentials for API authentication.
    public struct Credentials: Codable, Sendable, Equatable {
        /// The access key ID that identifies the temporary security credentials.
        public var accessKeyId: String?
        /// The secret access key that can be used to sign requests. Sensitive: never printed.
        public var secretAccessKey: String?
        /// The token that users must pass to the service API to use the temporary credentials. Sensitive: never printed.
        public var sessionToken: String?
        /// The date on which the current credentials expire.
        public var expiration: Date?

        /// Creates a value; members AWS marks as required have no default.
        public init(accessKeyId: String? = nil, secretAccessKey: String? = nil, sessionToken: String? = nil, expiration: Date? = nil) {
            self.accessKeyId = accessKeyId
            self.secretAccessKey = secretAccessKey
            self.sessionToken = sessionToken
            self.expiration = expiration
        }

        enum CodingKeys: String, CodingKey {
            case accessKeyId = "AccessKeyId"
            case secretAccessKey = "SecretAccessKey"
            case sessionToken = "SessionToken"
            case expiration = "Expiration"
        }
    }
}

extension STSAPI.Credentials: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Credentials(accessKeyId: \(String(describing: self.accessKeyId)), secretAccessKey: <redacted>, sessionToken: <redacted>, expiration: \(String(describing: self.expiration)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["accessKeyId": self.accessKeyId as Any, "secretAccessKey": "<redacted>" as Any, "sessionToken": "<redacted>" as Any, "expiration": self.expiration as Any], displayStyle: .struct)
    }
}

extension STSAPI.Credentials: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            accessKeyId: xml.value("AccessKeyId"),
            secretAccessKey: xml.value("SecretAccessKey"),
            sessionToken: xml.value("SessionToken"),
            expiration: xml.value("Expiration"))
    }
}
