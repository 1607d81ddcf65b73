// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// The identifiers for the temporary security credentials that the operation returns.
    public struct AssumedRoleUser: Codable, Sendable, Equatable {
        /// A unique identifier that contains the role ID and the role session name of the role that is being assumed.
        public var assumedRoleId: String?
        /// The ARN of the temporary security credentials that are returned from the AssumeRole action.
        public var arn: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(assumedRoleId: String? = nil, arn: String? = nil) {
            self.assumedRoleId = assumedRoleId
            self.arn = arn
        }

        enum CodingKeys: String, CodingKey {
            case assumedRoleId = "AssumedRoleId"
            case arn = "Arn"
        }
    }
}

extension STSAPI.AssumedRoleUser: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            assumedRoleId: xml.value("AssumedRoleId"),
            arn: xml.value("Arn"))
    }
}
