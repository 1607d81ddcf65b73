// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// Specifies the configuration of the Amazon Web Services managed or customer managed policy that you want to set as a permissions boundary.
    public struct PermissionsBoundary: Codable, Sendable, Equatable {
        /// Specifies the name and path of a customer managed policy.
        public var customerManagedPolicyReference: CustomerManagedPolicyReference?
        /// The Amazon Web Services managed policy ARN that you want to attach to a permission set as a permissions boundary.
        public var managedPolicyArn: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(customerManagedPolicyReference: CustomerManagedPolicyReference? = nil, managedPolicyArn: String? = nil) {
            self.customerManagedPolicyReference = customerManagedPolicyReference
            self.managedPolicyArn = managedPolicyArn
        }

        enum CodingKeys: String, CodingKey {
            case customerManagedPolicyReference = "CustomerManagedPolicyReference"
            case managedPolicyArn = "ManagedPolicyArn"
        }
    }
}
