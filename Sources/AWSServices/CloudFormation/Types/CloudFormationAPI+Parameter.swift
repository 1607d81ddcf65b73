// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// The Parameter data type.
    public struct Parameter: Codable, Sendable, Equatable {
        /// The key associated with the parameter.
        public var parameterKey: String?
        /// The input value associated with the parameter. Sensitive: never printed.
        public var parameterValue: String?
        /// During a stack update, use the existing parameter value that the stack is using for a given parameter key.
        public var usePreviousValue: Bool?
        /// Read-only.
        public var resolvedValue: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(parameterKey: String? = nil, parameterValue: String? = nil, usePreviousValue: Bool? = nil, resolvedValue: String? = nil) {
            self.parameterKey = parameterKey
            self.parameterValue = parameterValue
            self.usePreviousValue = usePreviousValue
            self.resolvedValue = resolvedValue
        }

        enum CodingKeys: String, CodingKey {
            case parameterKey = "ParameterKey"
            case parameterValue = "ParameterValue"
            case usePreviousValue = "UsePreviousValue"
            case resolvedValue = "ResolvedValue"
        }
    }
}

extension CloudFormationAPI.Parameter: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Parameter(parameterKey: \(String(describing: self.parameterKey)), parameterValue: <redacted>, usePreviousValue: \(String(describing: self.usePreviousValue)), resolvedValue: \(String(describing: self.resolvedValue)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["parameterKey": self.parameterKey as Any, "parameterValue": "<redacted>" as Any, "usePreviousValue": self.usePreviousValue as Any, "resolvedValue": self.resolvedValue as Any], displayStyle: .struct)
    }
}

extension CloudFormationAPI.Parameter: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "ParameterKey", parameterKey)
        writer.value(prefix, "ParameterValue", parameterValue)
        writer.value(prefix, "UsePreviousValue", usePreviousValue)
        writer.value(prefix, "ResolvedValue", resolvedValue)
    }
}

extension CloudFormationAPI.Parameter: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            parameterKey: xml.value("ParameterKey"),
            parameterValue: xml.value("ParameterValue"),
            usePreviousValue: xml.value("UsePreviousValue"),
            resolvedValue: xml.value("ResolvedValue"))
    }
}
