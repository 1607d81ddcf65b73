// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// A reference to the IAM managed policy that is passed as a session policy for a role session or a federated user session.
    public struct PolicyDescriptorType: Codable, Sendable, Equatable {
        /// The Amazon Resource Name (ARN) of the IAM managed policy to use as a session policy for the role.
        public var arn: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(arn: String? = nil) {
            self.arn = arn
        }

        enum CodingKeys: String, CodingKey {
            case arn = "arn"
        }
    }
}

extension STSAPI.PolicyDescriptorType: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "arn", arn)
    }
}
