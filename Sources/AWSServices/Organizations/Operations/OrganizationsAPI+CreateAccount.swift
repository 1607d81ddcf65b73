// Generated from the botocore model of organizations 2016-11-28; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension OrganizationsAPI {
    /// The input of `CreateAccount`.
    public struct CreateAccountRequest: Codable, Sendable, Equatable {
        /// The email address of the owner to assign to the new member account. Sensitive: never printed.
        public var email: String
        /// The friendly name of the member account. Sensitive: never printed.
        public var accountName: String
        /// The name of an IAM role that Organizations automatically preconfigures in the new member account.
        public var roleName: String?
        /// If set to ALLOW , the new account enables IAM users to access account billing information if they have the required permissions.
        public var iamUserAccessToBilling: String?
        /// A list of tags that you want to attach to the newly created account.
        public var tags: [Tag]?

        /// Creates a value; members AWS marks as required have no default.
        public init(email: String, accountName: String, roleName: String? = nil, iamUserAccessToBilling: String? = nil, tags: [Tag]? = nil) {
            self.email = email
            self.accountName = accountName
            self.roleName = roleName
            self.iamUserAccessToBilling = iamUserAccessToBilling
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case email = "Email"
            case accountName = "AccountName"
            case roleName = "RoleName"
            case iamUserAccessToBilling = "IamUserAccessToBilling"
            case tags = "Tags"
        }
    }

    /// The output of `CreateAccount`.
    public struct CreateAccountResponse: Codable, Sendable, Equatable {
        /// A structure that contains details about the request to create an account.
        public var createAccountStatus: CreateAccountStatus?

        /// Creates a value; members AWS marks as required have no default.
        public init(createAccountStatus: CreateAccountStatus? = nil) {
            self.createAccountStatus = createAccountStatus
        }

        enum CodingKeys: String, CodingKey {
            case createAccountStatus = "CreateAccountStatus"
        }
    }
}

extension OrganizationsAPI.CreateAccountRequest: CustomDebugStringConvertible, CustomReflectable {
    /// The shape with its sensitive members redacted, so a value can be logged safely.
    public var debugDescription: String { "CreateAccountRequest(email: <redacted>, accountName: <redacted>, roleName: \(String(describing: self.roleName)), iamUserAccessToBilling: \(String(describing: self.iamUserAccessToBilling)), tags: \(String(describing: self.tags)))" }

    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(self, children: ["email": "<redacted>" as Any, "accountName": "<redacted>" as Any, "roleName": self.roleName as Any, "iamUserAccessToBilling": self.iamUserAccessToBilling as Any, "tags": self.tags as Any], displayStyle: .struct)
    }
}
