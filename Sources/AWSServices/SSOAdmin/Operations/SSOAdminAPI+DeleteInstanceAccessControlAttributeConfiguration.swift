// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `DeleteInstanceAccessControlAttributeConfiguration`.
    public struct DeleteInstanceAccessControlAttributeConfigurationRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String) {
            self.instanceArn = instanceArn
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
        }
    }
}
