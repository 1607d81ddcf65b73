// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `UpdateStackInstances`.
    public struct UpdateStackInstancesRequest: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet associated with the stack instances.
        public var stackSetName: String
        /// [Self-managed permissions] The account IDs of one or more Amazon Web Services accounts in which you want to update parameter values for stack instances.
        public var accounts: [String]?
        /// [Service-managed permissions] The Organizations accounts in which you want to update parameter values for stack instances.
        public var deploymentTargets: DeploymentTargets?
        /// The names of one or more Amazon Web Services Regions in which you want to update parameter values for stack instances.
        public var regions: [String]
        /// A list of input parameters whose values you want to update for the specified stack instances.
        public var parameterOverrides: [Parameter]?
        /// Preferences for how CloudFormation performs this StackSet operation.
        public var operationPreferences: StackSetOperationPreferences?
        /// The unique identifier for this StackSet operation.
        public var operationId: String?
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetName: String, accounts: [String]? = nil, deploymentTargets: DeploymentTargets? = nil, regions: [String], parameterOverrides: [Parameter]? = nil, operationPreferences: StackSetOperationPreferences? = nil, operationId: String? = nil, callAs: String? = nil) {
            self.stackSetName = stackSetName
            self.accounts = accounts
            self.deploymentTargets = deploymentTargets
            self.regions = regions
            self.parameterOverrides = parameterOverrides
            self.operationPreferences = operationPreferences
            self.operationId = operationId
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case stackSetName = "StackSetName"
            case accounts = "Accounts"
            case deploymentTargets = "DeploymentTargets"
            case regions = "Regions"
            case parameterOverrides = "ParameterOverrides"
            case operationPreferences = "OperationPreferences"
            case operationId = "OperationId"
            case callAs = "CallAs"
        }
    }

    /// The output of `UpdateStackInstances`.
    public struct UpdateStackInstancesResponse: Codable, Sendable, Equatable {
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

extension CloudFormationAPI.UpdateStackInstancesRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "StackSetName", stackSetName)
        writer.list(prefix, "Accounts", accounts)
        writer.value(prefix, "DeploymentTargets", deploymentTargets)
        writer.list(prefix, "Regions", regions)
        writer.list(prefix, "ParameterOverrides", parameterOverrides)
        writer.value(prefix, "OperationPreferences", operationPreferences)
        writer.value(prefix, "OperationId", operationId)
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.UpdateStackInstancesResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            operationId: xml.value("OperationId"))
    }
}
