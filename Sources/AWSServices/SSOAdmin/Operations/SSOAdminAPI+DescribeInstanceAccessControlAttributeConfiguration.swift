// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// The input of `DescribeInstanceAccessControlAttributeConfiguration`.
    public struct DescribeInstanceAccessControlAttributeConfigurationRequest: Codable, Sendable, Equatable {
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

    /// The output of `DescribeInstanceAccessControlAttributeConfiguration`.
    public struct DescribeInstanceAccessControlAttributeConfigurationResponse: Codable, Sendable, Equatable {
        /// The status of the attribute configuration process.
        public var status: String?
        /// Provides more details about the current status of the specified attribute.
        public var statusReason: String?
        /// Gets the list of IAM Identity Center identity store attributes that have been added to your ABAC configuration.
        public var instanceAccessControlAttributeConfiguration: InstanceAccessControlAttributeConfiguration?

        /// Creates a value; members AWS marks as required have no default.
        public init(status: String? = nil, statusReason: String? = nil, instanceAccessControlAttributeConfiguration: InstanceAccessControlAttributeConfiguration? = nil) {
            self.status = status
            self.statusReason = statusReason
            self.instanceAccessControlAttributeConfiguration = instanceAccessControlAttributeConfiguration
        }

        enum CodingKeys: String, CodingKey {
            case status = "Status"
            case statusReason = "StatusReason"
            case instanceAccessControlAttributeConfiguration = "InstanceAccessControlAttributeConfiguration"
        }
    }
}
