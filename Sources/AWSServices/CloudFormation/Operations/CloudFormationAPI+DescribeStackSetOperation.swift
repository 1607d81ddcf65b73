// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `DescribeStackSetOperation`.
    public struct DescribeStackSetOperationRequest: Codable, Sendable, Equatable {
        /// The name or the unique stack ID of the StackSet for the stack operation.
        public var stackSetName: String
        /// The unique ID of the StackSet operation.
        public var operationId: String
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, operationId: String, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.operationId = operationId
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case operationId = "OperationId"
            case callAs = "CallAs"
        }
    }

    /// The output of `DescribeStackSetOperation`.
    public struct DescribeStackSetOperationResponse: Codable, Sendable, Equatable {
        /// The specified StackSet operation.
        public var stackSetOperation: StackSetOperation?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetOperation: StackSetOperation? = nil) {
            self.stackSetOperation = stackSetOperation
        }

        enum CodingKeys: String, CodingKey {
            case stackSetOperation = "StackSetOperation"
        }
    }
}

extension CloudFormationAPI.DescribeStackSetOperationRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "OperationId", operationId)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.DescribeStackSetOperationResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackSetOperation: xml.value("StackSetOperation"))
    }
}
