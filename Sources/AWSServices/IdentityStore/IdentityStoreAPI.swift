// Generated from the botocore model of identitystore 2020-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

/// Typed calls to AWS SSO Identity Store, one method per operation the reconcilers use.
///
/// A small value over a shared `AWSClient`, so signing, retries and rate limits stay in one
/// place; every method names its `Operation`, which is how `AWSOperationTable` stays complete.
public struct IdentityStoreAPI: Sendable {
    /// The client every call goes through.
    public let client: AWSClient
    /// The region to call; nil uses the client's region (global services ignore it).
    public let region: String?

    /// Wraps a client; pass `region` to address a regional service elsewhere than the client's default.
    public init(client: AWSClient, region: String? = nil) {
        self.client = client
        self.region = region
    }

    /// Lists all users in the identity store.
    public func listUsers(_ input: ListUsersRequest) async throws -> ListUsersResponse {
        try await client.invokeJSON(Operation.listUsers, input: input, region: region)
    }

    /// Lists all groups in the identity store.
    public func listGroups(_ input: ListGroupsRequest) async throws -> ListGroupsResponse {
        try await client.invokeJSON(Operation.listGroups, input: input, region: region)
    }

    /// Retrieves GroupId in an identity store.
    public func getGroupId(_ input: GetGroupIdRequest) async throws -> GetGroupIdResponse {
        try await client.invokeJSON(Operation.getGroupId, input: input, region: region)
    }

    /// Retrieves the UserId in an identity store.
    public func getUserId(_ input: GetUserIdRequest) async throws -> GetUserIdResponse {
        try await client.invokeJSON(Operation.getUserId, input: input, region: region)
    }

    /// Retrieves the user metadata and attributes from the UserId in an identity store.
    public func describeUser(_ input: DescribeUserRequest) async throws -> DescribeUserResponse {
        try await client.invokeJSON(Operation.describeUser, input: input, region: region)
    }

    /// Retrieves the group metadata and attributes from GroupId in an identity store.
    public func describeGroup(_ input: DescribeGroupRequest) async throws -> DescribeGroupResponse {
        try await client.invokeJSON(Operation.describeGroup, input: input, region: region)
    }
}
