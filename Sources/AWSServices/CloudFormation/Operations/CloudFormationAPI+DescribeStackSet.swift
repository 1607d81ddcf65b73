// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `DescribeStackSet`.
    public struct DescribeStackSetRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet whose description you want.
        public var stackSetName: String
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case callAs = "CallAs"
        }
    }

    /// The output of `DescribeStackSet`.
    public struct DescribeStackSetResponse: Codable, Sendable, Equatable {
        /// The specified StackSet.
        public var stackSet: StackSet?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSet: StackSet? = nil) {
            self.stackSet = stackSet
        }

        enum CodingKeys: String, CodingKey {
            case stackSet = "StackSet"
        }
    }
}

extension CloudFormationAPI.DescribeStackSetRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.DescribeStackSetResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackSet: xml.value("StackSet"))
    }
}
