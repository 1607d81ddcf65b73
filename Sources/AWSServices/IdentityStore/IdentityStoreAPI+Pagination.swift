// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension IdentityStoreAPI {
    /// Every `Users` of `ListUsers`, following `NextToken` until the last page.
    public func listAllUsers(_ input: ListUsersRequest) async throws -> [User] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listUsers(page)
            return (output.users ?? [], output.nextToken)
        }
    }

    /// Every `Groups` of `ListGroups`, following `NextToken` until the last page.
    public func listAllGroups(_ input: ListGroupsRequest) async throws -> [Group] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listGroups(page)
            return (output.groups ?? [], output.nextToken)
        }
    }
}
