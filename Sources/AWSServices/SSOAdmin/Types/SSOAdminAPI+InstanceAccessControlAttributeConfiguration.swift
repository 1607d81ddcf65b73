// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// Specifies the attributes to add to your attribute-based access control (ABAC) configuration.
    public struct InstanceAccessControlAttributeConfiguration: Codable, Sendable, Equatable {
        /// Lists the attributes that are configured for ABAC in the specified IAM Identity Center instance.
        public var accessControlAttributes: [AccessControlAttribute]?

        /// Creates a value; members AWS marks as required have no default.
        public init(accessControlAttributes: [AccessControlAttribute]? = nil) {
            self.accessControlAttributes = accessControlAttributes
        }

        enum CodingKeys: String, CodingKey {
            case accessControlAttributes = "AccessControlAttributes"
        }
    }
}
