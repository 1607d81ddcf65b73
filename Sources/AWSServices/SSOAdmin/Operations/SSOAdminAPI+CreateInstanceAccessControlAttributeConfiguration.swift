// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `CreateInstanceAccessControlAttributeConfiguration`.
    public struct CreateInstanceAccessControlAttributeConfigurationRequest: Codable, Sendable, Equatable {
        /// The ARN of the IAM Identity Center instance under which the operation will be executed.
        public var instanceArn: String
        /// Specifies the IAM Identity Center identity store attributes to add to your ABAC configuration.
        public var instanceAccessControlAttributeConfiguration: InstanceAccessControlAttributeConfiguration

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String, instanceAccessControlAttributeConfiguration: InstanceAccessControlAttributeConfiguration) {
            self.instanceArn = instanceArn
            self.instanceAccessControlAttributeConfiguration = instanceAccessControlAttributeConfiguration
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case instanceAccessControlAttributeConfiguration = "InstanceAccessControlAttributeConfiguration"
        }
    }
}
