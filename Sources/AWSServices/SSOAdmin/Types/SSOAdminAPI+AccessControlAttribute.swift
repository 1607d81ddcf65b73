// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// These are IAM Identity Center identity store attributes that you can configure for use in attributes-based access control (ABAC).
    public struct AccessControlAttribute: Codable, Sendable, Equatable {
        /// The name of the attribute associated with your identities in your identity source.
        public var key: String?
        /// The value used for mapping a specified attribute to an identity source.
        public var value: AccessControlAttributeValue?

        /// Creates a value; members AWS marks as required have no default.
        public init(key: String? = nil, value: AccessControlAttributeValue? = nil) {
            self.key = key
            self.value = value
        }

        enum CodingKeys: String, CodingKey {
            case key = "Key"
            case value = "Value"
        }
    }
}
