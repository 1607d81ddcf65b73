// Generated from the botocore model of sso-admin 2020-07-20; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension SSOAdminAPI {
    /// A structure that stores a list of managed policy ARNs that describe the associated Amazon Web Services managed policy.
    public struct AttachedManagedPolicy: Codable, Sendable, Equatable {
        /// The name of the Amazon Web Services managed policy.
        public var name: String?
        /// The ARN of the Amazon Web Services managed policy.
        public var arn: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(name: String? = nil, arn: String? = nil) {
            self.name = name
            self.arn = arn
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case arn = "Arn"
        }
    }
}
