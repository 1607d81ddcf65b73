// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// Provides information about the IAM Identity Center instance.
    public struct InstanceMetadata: Codable, Sendable, Equatable {
        /// The ARN of the Identity Center instance under which the operation will be executed.
        public var instanceArn: String?
        /// The identifier of the identity store that is connected to the Identity Center instance.
        public var identityStoreId: String?
        /// The Amazon Web Services account ID number of the owner of the Identity Center instance.
        public var ownerAccountId: String?
        /// The name of the Identity Center instance.
        public var name: String?
        /// The date and time that the Identity Center instance was created.
        public var createdDate: Date?
        /// The current status of this Identity Center instance.
        public var status: String?
        /// Provides additional context about the current status of the IAM Identity Center instance.
        public var statusReason: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(instanceArn: String? = nil, identityStoreId: String? = nil, ownerAccountId: String? = nil, name: String? = nil, createdDate: Date? = nil, status: String? = nil, statusReason: String? = nil) {
            self.instanceArn = instanceArn
            self.identityStoreId = identityStoreId
            self.ownerAccountId = ownerAccountId
            self.name = name
            self.createdDate = createdDate
            self.status = status
            self.statusReason = statusReason
        }

        enum CodingKeys: String, CodingKey {
            case instanceArn = "InstanceArn"
            case identityStoreId = "IdentityStoreId"
            case ownerAccountId = "OwnerAccountId"
            case name = "Name"
            case createdDate = "CreatedDate"
            case status = "Status"
            case statusReason = "StatusReason"
        }
    }
}
