// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `DeleteStackInstances`.
    public struct DeleteStackInstancesRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet that you want to delete stack instances for.
        public var stackSetName: String
        /// [Self-managed permissions] The account IDs of the Amazon Web Services accounts that you want to delete stack instances for.
        public var accounts: [String]?
        /// [Service-managed permissions] The Organizations accounts from which to delete stack instances.
        public var deploymentTargets: DeploymentTargets?
        /// The Amazon Web Services Regions where you want to delete StackSet instances.
        public var regions: [String]
        /// Preferences for how CloudFormation performs this StackSet operation.
        public var operationPreferences: StackSetOperationPreferences?
        /// Removes the stack instances from the specified StackSet, but doesn't delete the stacks.
        public var retainStacks: Bool
        /// The unique identifier for this StackSet operation.
        public var operationId: String?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, accounts: [String]? = nil, deploymentTargets: DeploymentTargets? = nil, regions: [String], operationPreferences: StackSetOperationPreferences? = nil, retainStacks: Bool, operationId: String? = nil, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.accounts = accounts
            self.deploymentTargets = deploymentTargets
            self.regions = regions
            self.operationPreferences = operationPreferences
            self.retainStacks = retainStacks
            self.operationId = operationId
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case accounts = "Accounts"
            case deploymentTargets = "DeploymentTargets"
            case regions = "Regions"
            case operationPreferences = "OperationPreferences"
            case retainStacks = "RetainStacks"
            case operationId = "OperationId"
            case callAs = "CallAs"
        }
    }

    /// The output of `DeleteStackInstances`.
    public struct DeleteStackInstancesResponse: Codable, Sendable, Equatable {
        /// The unique identifier for this StackSet operation.
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

extension CloudFormationAPI.DeleteStackInstancesRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.list(prefix, "Accounts", accounts)
        writer.value(prefix, "DeploymentTargets", deploymentTargets)
        writer.list(prefix, "Regions", regions)
        writer.value(prefix, "OperationPreferences", operationPreferences)
        writer.value(prefix, "RetainStacks", retainStacks)
        writer.value(prefix, "OperationId", operationId)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.DeleteStackInstancesResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            operationId: xml.value("OperationId"))
    }
}
