// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Information about a resource property whose actual value differs from its expected value, as defined in the stack template and any values specified as template…
    public struct PropertyDifference: Codable, Sendable, Equatable {
        /// The fully-qualified path to the resource property.
        public var propertyPath: String?
        /// The expected property value of the resource property, as defined in the stack template and any values specified as template parameters.
        public var expectedValue: String?
        /// The actual property value of the resource property.
        public var actualValue: String?
        /// The type of property difference.
        public var differenceType: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(propertyPath: String? = nil, expectedValue: String? = nil, actualValue: String? = nil, differenceType: String? = nil) {
            self.propertyPath = propertyPath
            self.expectedValue = expectedValue
            self.actualValue = actualValue
            self.differenceType = differenceType
        }

        enum CodingKeys: String, CodingKey {
            case propertyPath = "PropertyPath"
            case expectedValue = "ExpectedValue"
            case actualValue = "ActualValue"
            case differenceType = "DifferenceType"
        }
    }
}

extension CloudFormationAPI.PropertyDifference: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            propertyPath: xml.value("PropertyPath"),
            expectedValue: xml.value("ExpectedValue"),
            actualValue: xml.value("ActualValue"),
            differenceType: xml.value("DifferenceType"))
    }
}
