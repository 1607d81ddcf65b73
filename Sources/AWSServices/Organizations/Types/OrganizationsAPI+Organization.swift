// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// Contains details about an organization.
    public struct Organization: Codable, Sendable, Equatable {
        /// The unique identifier (ID) of an organization.
        public var id: String?
        /// The Amazon Resource Name (ARN) of an organization.
        public var arn: String?
        /// Specifies the functionality that currently is available to the organization.
        public var featureSet: String?
        /// The Amazon Resource Name (ARN) of the account that is designated as the management account for the organization.
        public var masterAccountArn: String?
        /// The unique identifier (ID) of the management account of an organization.
        public var masterAccountId: String?
        /// The email address that is associated with the Amazon Web Services account that is designated as the management account for the organization. Sensitive: never printed.
        public var masterAccountEmail: String?
        /// Do not use.
        public var availablePolicyTypes: [PolicyTypeSummary]?

        /// Creates a value; members AWS marks as required have no default.
        public init(id: String? = nil, arn: String? = nil, featureSet: String? = nil, masterAccountArn: String? = nil, masterAccountId: String? = nil, masterAccountEmail: String? = nil, availablePolicyTypes: [PolicyTypeSummary]? = nil) {
            self.id = id
            self.arn = arn
            self.featureSet = featureSet
            self.masterAccountArn = masterAccountArn
            self.masterAccountId = masterAccountId
            self.masterAccountEmail = masterAccountEmail
            self.availablePolicyTypes = availablePolicyTypes
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case arn = "Arn"
            case featureSet = "FeatureSet"
            case masterAccountArn = "MasterAccountArn"
            case masterAccountId = "MasterAccountId"
            case masterAccountEmail = "MasterAccountEmail"
            case availablePolicyTypes = "AvailablePolicyTypes"
        }
    }
}

extension OrganizationsAPI.Organization: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "Organization(id: \(String(describing: self.id)), arn: \(String(describing: self.arn)), featureSet: \(String(describing: self.featureSet)), masterAccountArn: \(String(describing: self.masterAccountArn)), masterAccountId: \(String(describing: self.masterAccountId)), masterAccountEmail: <redacted>, availablePolicyTypes: \(String(describing: self.availablePolicyTypes)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["id": self.id as Any, "arn": self.arn as Any, "featureSet": self.featureSet as Any, "masterAccountArn": self.masterAccountArn as Any, "masterAccountId": self.masterAccountId as Any, "masterAccountEmail": "<redacted>" as Any, "availablePolicyTypes": self.availablePolicyTypes as Any], displayStyle: .struct)
    }
}
