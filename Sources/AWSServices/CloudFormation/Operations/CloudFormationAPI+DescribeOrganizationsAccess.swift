// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `DescribeOrganizationsAccess`.
    public struct DescribeOrganizationsAccessRequest: Codable, Sendable, Equatable {
        /// [Service-managed permissions] Specifies whether you are acting as an account administrator in the organization's management account or as a delegated administrator in a…
        public var callAs: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(callAs: String? = nil) {
            self.callAs = callAs
        }

        enum CodingKeys: String, CodingKey {
            case callAs = "CallAs"
        }
    }

    /// The output of `DescribeOrganizationsAccess`.
    public struct DescribeOrganizationsAccessResponse: Codable, Sendable, Equatable {
        /// Presents the status of the OrganizationAccess .
        public var status: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(status: String? = nil) {
            self.status = status
        }

        enum CodingKeys: String, CodingKey {
            case status = "Status"
        }
    }
}

extension CloudFormationAPI.DescribeOrganizationsAccessRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "CallAs", callAs)
    }
}

extension CloudFormationAPI.DescribeOrganizationsAccessResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            status: xml.value("Status"))
    }
}
