// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The user-specified preferences for how CloudFormation performs a StackSet operation.
    public struct StackSetOperationPreferences: Codable, Sendable, Equatable {
        /// The concurrency type of deploying StackSets operations in Regions, could be in parallel or one Region at a time.
        public var regionConcurrencyType: String?
        /// The order of the Regions where you want to perform the stack operation.
        public var regionOrder: [String]?
        /// The number of accounts per Region this operation can fail in before CloudFormation stops the operation in that Region.
        public var failureToleranceCount: Int?
        /// The percentage of accounts per Region this stack operation can fail in before CloudFormation stops the operation in that Region.
        public var failureTolerancePercentage: Int?
        /// The maximum number of accounts in which to perform this operation at one time.
        public var maxConcurrentCount: Int?
        /// The maximum percentage of accounts in which to perform this operation at one time.
        public var maxConcurrentPercentage: Int?
        /// Specifies how the concurrency level behaves during the operation execution.
        public var concurrencyMode: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(regionConcurrencyType: String? = nil, regionOrder: [String]? = nil, failureToleranceCount: Int? = nil, failureTolerancePercentage: Int? = nil, maxConcurrentCount: Int? = nil, maxConcurrentPercentage: Int? = nil, concurrencyMode: String? = nil) {
            self.regionConcurrencyType = regionConcurrencyType
            self.regionOrder = regionOrder
            self.failureToleranceCount = failureToleranceCount
            self.failureTolerancePercentage = failureTolerancePercentage
            self.maxConcurrentCount = maxConcurrentCount
            self.maxConcurrentPercentage = maxConcurrentPercentage
            self.concurrencyMode = concurrencyMode
        }

        enum CodingKeys: String, CodingKey {
            case regionConcurrencyType = "RegionConcurrencyType"
            case regionOrder = "RegionOrder"
            case failureToleranceCount = "FailureToleranceCount"
            case failureTolerancePercentage = "FailureTolerancePercentage"
            case maxConcurrentCount = "MaxConcurrentCount"
            case maxConcurrentPercentage = "MaxConcurrentPercentage"
            case concurrencyMode = "ConcurrencyMode"
        }
    }
}

extension CloudFormationAPI.StackSetOperationPreferences: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "RegionConcurrencyType", regionConcurrencyType)
        writer.list(prefix, "RegionOrder", regionOrder)
        writer.value(prefix, "FailureToleranceCount", failureToleranceCount)
        writer.value(prefix, "FailureTolerancePercentage", failureTolerancePercentage)
        writer.value(prefix, "MaxConcurrentCount", maxConcurrentCount)
        writer.value(prefix, "MaxConcurrentPercentage", maxConcurrentPercentage)
        writer.value(prefix, "ConcurrencyMode", concurrencyMode)
    }
}

extension CloudFormationAPI.StackSetOperationPreferences: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            regionConcurrencyType: xml.value("RegionConcurrencyType"),
            regionOrder: xml.list("RegionOrder"),
            failureToleranceCount: xml.value("FailureToleranceCount"),
            failureTolerancePercentage: xml.value("FailureTolerancePercentage"),
            maxConcurrentCount: xml.value("MaxConcurrentCount"),
            maxConcurrentPercentage: xml.value("MaxConcurrentPercentage"),
            concurrencyMode: xml.value("ConcurrencyMode"))
    }
}
