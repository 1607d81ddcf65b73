// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The input of `ActivateOrganizationsAccess`.
    public struct ActivateOrganizationsAccessRequest: Codable, Sendable, Equatable {

        /// Creates a value; members AWS marks as required have no default.
        public init() {
        }
    }
}

extension CloudFormationAPI.ActivateOrganizationsAccessRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {}
}
