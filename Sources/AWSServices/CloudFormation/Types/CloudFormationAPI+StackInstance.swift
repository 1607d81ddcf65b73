// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// A CloudFormation stack, in a specific account and Region, that's part of a StackSet operation.
    public struct StackInstance: Codable, Sendable, Equatable {
        /// The name or unique ID of the StackSet that the stack instance is associated with.
        public var stackSetId: String?
        /// The name of the Amazon Web Services Region that the stack instance is associated with.
        public var region: String?
        /// [Self-managed permissions] The name of the Amazon Web Services account that the stack instance is associated with.
        public var account: String?
        /// The ID of the stack instance.
        public var stackId: String?
        /// A list of parameters from the StackSet template whose values have been overridden in this stack instance.
        public var parameterOverrides: [Parameter]?
        /// The status of the stack instance, in terms of its synchronization with its associated stack set.
        public var status: String?
        /// The detailed status of the stack instance.
        public var stackInstanceStatus: StackInstanceComprehensiveStatus?
        /// The explanation for the specific status code that's assigned to this stack instance.
        public var statusReason: String?
        /// [Service-managed permissions] The organization root ID or organizational unit (OU) IDs that you specified for DeploymentTargets .
        public var organizationalUnitId: String?
        /// Status of the stack instance's actual configuration compared to the expected template and parameter configuration of the StackSet it belongs to.
        public var driftStatus: String?
        /// Most recent time when CloudFormation performed a drift detection operation on the stack instance.
        public var lastDriftCheckTimestamp: Date?
        /// The last unique ID of a StackSet operation performed on a stack instance.
        public var lastOperationId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackSetId: String? = nil, region: String? = nil, account: String? = nil, stackId: String? = nil, parameterOverrides: [Parameter]? = nil, status: String? = nil, stackInstanceStatus: StackInstanceComprehensiveStatus? = nil, statusReason: String? = nil, organizationalUnitId: String? = nil, driftStatus: String? = nil, lastDriftCheckTimestamp: Date? = nil, lastOperationId: String? = nil) {
            self.stackSetId = stackSetId
            self.region = region
            self.account = account
            self.stackId = stackId
            self.parameterOverrides = parameterOverrides
            self.status = status
            self.stackInstanceStatus = stackInstanceStatus
            self.statusReason = statusReason
            self.organizationalUnitId = organizationalUnitId
            self.driftStatus = driftStatus
            self.lastDriftCheckTimestamp = lastDriftCheckTimestamp
            self.lastOperationId = lastOperationId
        }

        enum CodingKeys: String, CodingKey {
            case stackSetId = "StackSetId"
            case region = "Region"
            case account = "Account"
            case stackId = "StackId"
            case parameterOverrides = "ParameterOverrides"
            case status = "Status"
            case stackInstanceStatus = "StackInstanceStatus"
            case statusReason = "StatusReason"
            case organizationalUnitId = "OrganizationalUnitId"
            case driftStatus = "DriftStatus"
            case lastDriftCheckTimestamp = "LastDriftCheckTimestamp"
            case lastOperationId = "LastOperationId"
        }
    }
}

extension CloudFormationAPI.StackInstance: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackSetId: xml.value("StackSetId"),
            region: xml.value("Region"),
            account: xml.value("Account"),
            stackId: xml.value("StackId"),
            parameterOverrides: xml.list("ParameterOverrides"),
            status: xml.value("Status"),
            stackInstanceStatus: xml.value("StackInstanceStatus"),
            statusReason: xml.value("StatusReason"),
            organizationalUnitId: xml.value("OrganizationalUnitId"),
            driftStatus: xml.value("DriftStatus"),
            lastDriftCheckTimestamp: xml.value("LastDriftCheckTimestamp"),
            lastOperationId: xml.value("LastOperationId"))
    }
}
