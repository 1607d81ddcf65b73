// Generated from the botocore model of sts 2011-06-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

/// Typed calls to AWS Security Token Service, one method per operation the reconcilers use.
///
/// A small value over a shared `AWSClient`, so signing, retries and rate limits stay in one
/// place; every method names its `Operation`, which is how `AWSOperationTable` stays complete.
public struct STSAPI: Sendable {
    /// The client every call goes through.
    public let client: AWSClient
    /// The region to call; nil uses the client's region (global services ignore it).
    public let region: String?

    /// Wraps a client; pass `region` to address a regional service elsewhere than the client's default.
    public init(client: AWSClient, region: String? = nil) {
        self.client = client
        self.region = region
    }

    /// Returns details about the IAM user or role whose credentials are used to call the operation.
    public func getCallerIdentity(_ input: GetCallerIdentityRequest = .init()) async throws -> GetCallerIdentityResponse {
        try await client.invokeQuery(Operation.getCallerIdentity, input: input, region: region)
    }

    /// Returns a set of temporary security credentials that you can use to access Amazon Web Services resources.
    public func assumeRole(_ input: AssumeRoleRequest) async throws -> AssumeRoleResponse {
        try await client.invokeQuery(Operation.assumeRole, input: input, region: region)
    }
}
