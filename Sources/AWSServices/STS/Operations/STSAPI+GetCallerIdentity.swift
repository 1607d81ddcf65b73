// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension STSAPI {
    /// The input of `GetCallerIdentity`.
    public struct GetCallerIdentityRequest: Codable, Sendable, Equatable {

        /// Creates a value; members AWS marks as required have no default.
        public init() {
        }
    }

    /// The output of `GetCallerIdentity`.
    public struct GetCallerIdentityResponse: Codable, Sendable, Equatable {
        /// The unique identifier of the calling entity.
        public var userId: String?
        /// The Amazon Web Services account ID number of the account that owns or contains the calling entity.
        public var account: String?
        /// The Amazon Web Services ARN associated with the calling entity.
        public var arn: String?

        /// Creates a value; members AWS marks as required have no default.
        public init(userId: String? = nil, account: String? = nil, arn: String? = nil) {
            self.userId = userId
            self.account = account
            self.arn = arn
        }

        enum CodingKeys: String, CodingKey {
            case userId = "UserId"
            case account = "Account"
            case arn = "Arn"
        }
    }
}

extension STSAPI.GetCallerIdentityRequest: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) {}
}

extension STSAPI.GetCallerIdentityResponse: XMLDecodable {
    init(xml: XMLNode) {
        self.init(
            userId: xml.value("UserId"),
            account: xml.value("Account"),
            arn: xml.value("Arn"))
    }
}
