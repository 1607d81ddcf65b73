// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Describes whether StackSets performs non-conflicting operations concurrently and queues conflicting operations.
    public struct ManagedExecution: Codable, Sendable, Equatable {
        /// When true , CloudFormation performs non-conflicting operations concurrently and queues conflicting operations.
        public var active: Bool?

        /// Creates a value; members AWS marks as required have no default.
        public init(active: Bool? = nil) {
            self.active = active
        }

        enum CodingKeys: String, CodingKey {
            case active = "Active"
        }
    }
}

extension CloudFormationAPI.ManagedExecution: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "Active", active)
    }
}

extension CloudFormationAPI.ManagedExecution: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            active: xml.value("Active"))
    }
}
