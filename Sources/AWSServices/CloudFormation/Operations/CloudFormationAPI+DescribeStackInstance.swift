// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `DescribeStackInstance`.
    public struct DescribeStackInstanceRequest: Codable, Sendable, Equatable {
        /// The name or the unique stack ID of the StackSet that you want to get stack instance information for.
        public var stackSetName: String
        /// The ID of an Amazon Web Services account that's associated with this stack instance.
        public var stackInstanceAccount: String
        /// The name of a Region that's associated with this stack instance.
        public var stackInstanceRegion: String
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, stackInstanceAccount: String, stackInstanceRegion: String, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.stackInstanceAccount = stackInstanceAccount
            self.stackInstanceRegion = stackInstanceRegion
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case stackInstanceAccount = "StackInstanceAccount"
            case stackInstanceRegion = "StackInstanceRegion"
            case callAs = "CallAs"
        }
    }

    /// The output of `DescribeStackInstance`.
    public struct DescribeStackInstanceResponse: Codable, Sendable, Equatable {
        /// The stack instance that matches the specified request parameters.
        public var stackInstance: StackInstance?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackInstance: StackInstance? = nil) {
            self.stackInstance = stackInstance
        }

        enum CodingKeys: String, CodingKey {
            case stackInstance = "StackInstance"
        }
    }
}

extension CloudFormationAPI.DescribeStackInstanceRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "StackInstanceAccount", stackInstanceAccount)
        writer.value(prefix, "StackInstanceRegion", stackInstanceRegion)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.DescribeStackInstanceResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackInstance: xml.value("StackInstance"))
    }
}
