// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The structure that contains information about a specified operation's results for a given account in a given Region.
    public struct StackSetOperationResultSummary: Codable, Sendable, Equatable {
        /// [Self-managed permissions] The name of the Amazon Web Services account for this operation result.
        public var account: String?
        /// The name of the Amazon Web Services Region for this operation result.
        public var region: String?
        /// The result status of the StackSet operation for the given account in the given Region.
        public var status: String?
        /// The reason for the assigned result status.
        public var statusReason: String?
        /// The results of the account gate function CloudFormation invokes, if present, before proceeding with StackSet operations in an account.
        public var accountGateResult: AccountGateResult?
        /// [Service-managed permissions] The organization root ID or organizational unit (OU) IDs that you specified for DeploymentTargets .
        public var organizationalUnitId: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(account: String? = nil, region: String? = nil, status: String? = nil, statusReason: String? = nil, accountGateResult: AccountGateResult? = nil, organizationalUnitId: String? = nil) {
            self.account = account
            self.region = region
            self.status = status
            self.statusReason = statusReason
            self.accountGateResult = accountGateResult
            self.organizationalUnitId = organizationalUnitId
        }

        enum CodingKeys: String, CodingKey {
            case account = "Account"
            case region = "Region"
            case status = "Status"
            case statusReason = "StatusReason"
            case accountGateResult = "AccountGateResult"
            case organizationalUnitId = "OrganizationalUnitId"
        }
    }
}

extension CloudFormationAPI.StackSetOperationResultSummary: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            account: xml.value("Account"),
            region: xml.value("Region"),
            status: xml.value("Status"),
            statusReason: xml.value("StatusReason"),
            accountGateResult: xml.value("AccountGateResult"),
            organizationalUnitId: xml.value("OrganizationalUnitId"))
    }
}
