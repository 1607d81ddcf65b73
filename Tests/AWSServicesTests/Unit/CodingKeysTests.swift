import Foundation
import Testing
@testable import AWSServices

/// The generated shapes speak AWS's member names on the wire, whatever their Swift casing.
@Suite struct CodingKeysTests {
    @Test func requestsEncodeWithAWSMemberNamesAndOmitUnsetMembers() throws {
        let request = OrganizationsAPI.CreateAccountRequest(
            email: "app@example.com", accountName: "app", iamUserAccessToBilling: "DENY",
            tags: [.init(key: "env", value: "prod")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(request), as: UTF8.self)
        #expect(text == #"{"AccountName":"app","Email":"app@example.com","IamUserAccessToBilling":"DENY","Tags":[{"Key":"env","Value":"prod"}]}"#)
    }

    @Test func responsesDecodeExplicitNullsAsAbsent() throws {
        let body = #"{"Accounts":[{"Id":"123456789012","Name":null,"Status":"ACTIVE"}],"NextToken":null}"#
        let output = try JSONDecoder().decode(OrganizationsAPI.ListAccountsResponse.self, from: Data(body.utf8))
        #expect(output.nextToken == nil)
        #expect(output.accounts?.first?.id == "123456789012")
        #expect(output.accounts?.first?.name == nil)
        #expect(output.accounts?.first?.status == "ACTIVE")
    }

    @Test func documentMembersRoundTripAsJSON() throws {
        let identifier = IdentityStoreAPI.AlternateIdentifier(
            uniqueAttribute: .init(attributePath: "displayName", attributeValue: .string("admins")))
        let data = try JSONEncoder().encode(identifier)
        #expect(try JSONDecoder().decode(IdentityStoreAPI.AlternateIdentifier.self, from: data) == identifier)
        #expect(String(decoding: data, as: UTF8.self).contains(#""AttributeValue":"admins""#))
    }
}
