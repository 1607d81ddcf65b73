// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Describes whether StackSets automatically deploys to Organizations accounts that are added to a target organization or organizational unit (OU).
    public struct AutoDeployment: Codable, Sendable, Equatable {
        /// If set to true , StackSets automatically deploys additional stack instances to Organizations accounts that are added to a target organization or organizational unit (OU)…
        public var enabled: Bool?
        /// If set to true , stack resources are retained when an account is removed from a target organization or OU.
        public var retainStacksOnAccountRemoval: Bool?
        /// A list of StackSet ARNs that this StackSet depends on for auto-deployment operations.
        public var dependsOn: [String]?

        /// Creates a value; members AWS marks as required have no default.
        public init(enabled: Bool? = nil, retainStacksOnAccountRemoval: Bool? = nil, dependsOn: [String]? = nil) {
            self.enabled = enabled
            self.retainStacksOnAccountRemoval = retainStacksOnAccountRemoval
            self.dependsOn = dependsOn
        }

        enum CodingKeys: String, CodingKey {
            case enabled = "Enabled"
            case retainStacksOnAccountRemoval = "RetainStacksOnAccountRemoval"
            case dependsOn = "DependsOn"
        }
    }
}

extension CloudFormationAPI.AutoDeployment: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {
        writer.value(prefix, "Enabled", enabled)
        writer.value(prefix, "RetainStacksOnAccountRemoval", retainStacksOnAccountRemoval)
        writer.list(prefix, "DependsOn", dependsOn)
    }
}

extension CloudFormationAPI.AutoDeployment: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            enabled: xml.value("Enabled"),
            retainStacksOnAccountRemoval: xml.value("RetainStacksOnAccountRemoval"),
            dependsOn: xml.list("DependsOn"))
    }
}
