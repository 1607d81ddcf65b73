// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// Specifies the name and path of a customer managed policy.
    public struct CustomerManagedPolicyReference: Codable, Sendable, Equatable {
        /// The name of the IAM policy that you have configured in each account where you want to deploy your permission set.
        public var name: String?
        /// The path to the IAM policy that you have configured in each account where you want to deploy your permission set.
        public var path: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(name: String? = nil, path: String? = nil) {
            self.name = name
            self.path = path
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case path = "Path"
        }
    }
}
