// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Specifies the Organizations accounts where you want to create, update, or delete stack instances.
    public struct DeploymentTargets: Codable, Sendable, Equatable {
        /// The Amazon Web Services account IDs where you want to perform stack operations.
        public var accounts: [String]?
        /// The Amazon S3 URL path to a file that contains a list of Amazon Web Services account IDs.
        public var accountsUrl: String?
        /// The organization root ID or organizational unit (OU) IDs where you want to perform stack operations.
        public var organizationalUnitIds: [String]?
        /// Refines which accounts will have stack operations performed on them by specifying how to use the Accounts and OrganizationalUnitIds properties together.
        public var accountFilterType: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(accounts: [String]? = nil, accountsUrl: String? = nil, organizationalUnitIds: [String]? = nil, accountFilterType: String? = nil) {
            self.accounts = accounts
            self.accountsUrl = accountsUrl
            self.organizationalUnitIds = organizationalUnitIds
            self.accountFilterType = accountFilterType
        }

        enum CodingKeys: String, CodingKey {
            case accounts = "Accounts"
            case accountsUrl = "AccountsUrl"
            case organizationalUnitIds = "OrganizationalUnitIds"
            case accountFilterType = "AccountFilterType"
        }
    }
}

extension CloudFormationAPI.DeploymentTargets: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.list(prefix, "Accounts", accounts)
        writer.value(prefix, "AccountsUrl", accountsUrl)
        writer.list(prefix, "OrganizationalUnitIds", organizationalUnitIds)
        writer.value(prefix, "AccountFilterType", accountFilterType)
    }
}

extension CloudFormationAPI.DeploymentTargets: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            accounts: xml.list("Accounts"),
            accountsUrl: xml.value("AccountsUrl"),
            organizationalUnitIds: xml.list("OrganizationalUnitIds"),
            accountFilterType: xml.value("AccountFilterType"))
    }
}
