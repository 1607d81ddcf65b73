// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains details about an organizational unit (OU).
    public struct OrganizationalUnit: Codable, Sendable, Equatable {
        /// The unique identifier (ID) associated with this OU.
        public var id: String?
        /// The Amazon Resource Name (ARN) of this OU.
        public var arn: String?
        /// The friendly name of this OU.
        public var name: String?
        /// The path in the organization where this OU exists.
        public var path: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, arn: String? = nil, name: String? = nil, path: String? = nil) {
            self.id = id
            self.arn = arn
            self.name = name
            self.path = path
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case arn = "Arn"
            case name = "Name"
            case path = "Path"
        }
    }
}
