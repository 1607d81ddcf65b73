// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The value used for mapping a specified attribute to an identity source.
    public struct AccessControlAttributeValue: Codable, Sendable, Equatable {
        /// The identity source to use when mapping a specified attribute to IAM Identity Center.
        public var source: [String]?

        /// Creates a value; members AWS marks as required have no default.
        public init(source: [String]? = nil) {
            self.source = source
        }

        enum CodingKeys: String, CodingKey {
            case source = "Source"
        }
    }
}
