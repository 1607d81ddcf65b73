// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `DetectStackSetDrift`.
    public struct DetectStackSetDriftRequest: Codable, Sendable, Equatable {
        /// The name of the StackSet on which to perform the drift detection operation.
        public var stackSetName: String
        /// The user-specified preferences for how CloudFormation performs a StackSet operation.
        public var operationPreferences: StackSetOperationPreferences?
        /// The ID of the StackSet operation.
        public var operationId: String?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, operationPreferences: StackSetOperationPreferences? = nil, operationId: String? = nil, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.operationPreferences = operationPreferences
            self.operationId = operationId
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case operationPreferences = "OperationPreferences"
            case operationId = "OperationId"
            case callAs = "CallAs"
        }
    }

    /// The output of `DetectStackSetDrift`.
    public struct DetectStackSetDriftResponse: Codable, Sendable, Equatable {
        /// The ID of the drift detection StackSet operation.
        public var operationId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(operationId: String? = nil) {
            self.operationId = operationId
        }

        enum CodingKeys: String, CodingKey {
            case operationId = "OperationId"
        }
    }
}

extension CloudFormationAPI.DetectStackSetDriftRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.value(prefix, "OperationPreferences", operationPreferences)
        writer.value(prefix, "OperationId", operationId)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.DetectStackSetDriftResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            operationId: xml.value("OperationId"))
    }
}
