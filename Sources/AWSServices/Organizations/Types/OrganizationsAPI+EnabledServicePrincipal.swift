// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// A structure that contains details of a service principal that represents an Amazon Web Services service that is enabled to integrate with Organizations.
    public struct EnabledServicePrincipal: Codable, Sendable, Equatable {
        /// The name of the service principal.
        public var servicePrincipal: String?
        /// The date that the service principal was enabled for integration with Organizations.
        public var dateEnabled: Date?

        /// Creates a value; members AWS marks as required have no default.
        public init(servicePrincipal: String? = nil, dateEnabled: Date? = nil) {
            self.servicePrincipal = servicePrincipal
            self.dateEnabled = dateEnabled
        }

        enum CodingKeys: String, CodingKey {
            case servicePrincipal = "ServicePrincipal"
            case dateEnabled = "DateEnabled"
        }
    }
}
