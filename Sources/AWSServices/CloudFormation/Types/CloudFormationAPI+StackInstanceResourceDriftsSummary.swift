// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The structure containing summary information about resource drifts for a stack instance.
    public struct StackInstanceResourceDriftsSummary: Codable, Sendable, Equatable {
        /// The ID of the stack instance.
        public var stackId: String?
        /// The logical name of the resource specified in the template.
        public var logicalResourceId: String?
        /// The name or unique identifier that corresponds to a physical instance ID of a resource supported by CloudFormation.
        public var physicalResourceId: String?
        /// Context information that enables CloudFormation to uniquely identify a resource.
        public var physicalResourceIdContext: [PhysicalResourceIdContextKeyValuePair]?
        /// Type of resource.
        public var resourceType: String?
        /// Status of the actual configuration of the resource compared to its expected configuration.
        public var propertyDifferences: [PropertyDifference]?
        /// The drift status of the resource in a stack instance.
        public var stackResourceDriftStatus: String?
        /// Time at which the stack instance drift detection operation was initiated.
        public var timestamp: Date?

        /// Creates a value; members AWS marks as required have no default.
        public init(stackId: String? = nil, logicalResourceId: String? = nil, physicalResourceId: String? = nil, physicalResourceIdContext: [PhysicalResourceIdContextKeyValuePair]? = nil, resourceType: String? = nil, propertyDifferences: [PropertyDifference]? = nil, stackResourceDriftStatus: String? = nil, timestamp: Date? = nil) {
            self.stackId = stackId
            self.logicalResourceId = logicalResourceId
            self.physicalResourceId = physicalResourceId
            self.physicalResourceIdContext = physicalResourceIdContext
            self.resourceType = resourceType
            self.propertyDifferences = propertyDifferences
            self.stackResourceDriftStatus = stackResourceDriftStatus
            self.timestamp = timestamp
        }

        enum CodingKeys: String, CodingKey {
            case stackId = "StackId"
            case logicalResourceId = "LogicalResourceId"
            case physicalResourceId = "PhysicalResourceId"
            case physicalResourceIdContext = "PhysicalResourceIdContext"
            case resourceType = "ResourceType"
            case propertyDifferences = "PropertyDifferences"
            case stackResourceDriftStatus = "StackResourceDriftStatus"
            case timestamp = "Timestamp"
        }
    }
}

extension CloudFormationAPI.StackInstanceResourceDriftsSummary: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            stackId: xml.value("StackId"),
            logicalResourceId: xml.value("LogicalResourceId"),
            physicalResourceId: xml.value("PhysicalResourceId"),
            physicalResourceIdContext: xml.list("PhysicalResourceIdContext"),
            resourceType: xml.value("ResourceType"),
            propertyDifferences: xml.list("PropertyDifferences"),
            stackResourceDriftStatus: xml.value("StackResourceDriftStatus"),
            timestamp: xml.value("Timestamp"))
    }
}
