// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The filter to apply to stack instances
    public struct StackInstanceFilter: Codable, Sendable, Equatable {
        /// The type of filter to apply.
        public var name: String?
        /// The status to filter by.
        public var values: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(name: String? = nil, values: String? = nil) {
            self.name = name
            self.values = values
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case values = "Values"
        }
    }
}

extension CloudFormationAPI.StackInstanceFilter: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "Name", name)
        writer.value(prefix, "Values", values)
    }
}
