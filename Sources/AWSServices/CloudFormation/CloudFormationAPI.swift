// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

/// Typed calls to AWS CloudFormation, one method per operation the reconcilers use.
///
/// A small value over a shared `AWSClient`, so signing, retries and rate limits stay in one
/// place; every method names its `Operation`, which is how `AWSOperationTable` stays complete.
public struct CloudFormationAPI: Sendable {
    /// The client every call goes through.
    public let client: AWSClient
    /// The region to call; nil uses the client's region (global services ignore it).
    public let region: String?

    /// Wraps a client; pass `region` to address a regional service elsewhere than the client's default.
    public init(client: AWSClient, region: String? = nil) {
        self.client = client
        self.region = region
    }

    /// Creates a StackSet. An unset `ClientRequestToken` gets a fresh idempotency token, as the AWS SDKs do.
    public func createStackSet(_ input: CreateStackSetRequest) async throws -> CreateStackSetResponse {
        var input = input
        if input.clientRequestToken == nil {
            input.clientRequestToken = IdempotencyToken.make(random: client.configuration.random)
        }
        return try await client.invokeQuery(Operation.createStackSet, input: input, region: region)
    }

    /// Updates the StackSet and associated stack instances in the specified accounts and Amazon Web Services Regions. An unset `OperationId` gets a fresh idempotency token, as the AWS SDKs do.
    public func updateStackSet(_ input: UpdateStackSetRequest) async throws -> UpdateStackSetResponse {
        var input = input
        if input.operationId == nil {
            input.operationId = IdempotencyToken.make(random: client.configuration.random)
        }
        return try await client.invokeQuery(Operation.updateStackSet, input: input, region: region)
    }

    /// Deletes a StackSet.
    public func deleteStackSet(_ input: DeleteStackSetRequest) async throws {
        try await client.invokeQueryIgnoringOutput(Operation.deleteStackSet, input: input, region: region)
    }

    /// Returns the description of the specified StackSet.
    public func describeStackSet(_ input: DescribeStackSetRequest) async throws -> DescribeStackSetResponse {
        try await client.invokeQuery(Operation.describeStackSet, input: input, region: region)
    }

    /// Returns summary information about StackSets that are associated with the user.
    public func listStackSets(_ input: ListStackSetsRequest = .init()) async throws -> ListStackSetsResponse {
        try await client.invokeQuery(Operation.listStackSets, input: input, region: region)
    }

    /// Creates stack instances for the specified accounts, within the specified Amazon Web Services Regions. An unset `OperationId` gets a fresh idempotency token, as the AWS SDKs do.
    public func createStackInstances(_ input: CreateStackInstancesRequest) async throws -> CreateStackInstancesResponse {
        var input = input
        if input.operationId == nil {
            input.operationId = IdempotencyToken.make(random: client.configuration.random)
        }
        return try await client.invokeQuery(Operation.createStackInstances, input: input, region: region)
    }

    /// Updates the parameter values for stack instances for the specified accounts, within the specified Amazon Web Services Regions. An unset `OperationId` gets a fresh idempotency token, as the AWS SDKs do.
    public func updateStackInstances(_ input: UpdateStackInstancesRequest) async throws -> UpdateStackInstancesResponse {
        var input = input
        if input.operationId == nil {
            input.operationId = IdempotencyToken.make(random: client.configuration.random)
        }
        return try await client.invokeQuery(Operation.updateStackInstances, input: input, region: region)
    }

    /// Deletes stack instances for the specified accounts, in the specified Amazon Web Services Regions. An unset `OperationId` gets a fresh idempotency token, as the AWS SDKs do.
    public func deleteStackInstances(_ input: DeleteStackInstancesRequest) async throws -> DeleteStackInstancesResponse {
        var input = input
        if input.operationId == nil {
            input.operationId = IdempotencyToken.make(random: client.configuration.random)
        }
        return try await client.invokeQuery(Operation.deleteStackInstances, input: input, region: region)
    }

    /// Returns summary information about stack instances that are associated with the specified StackSet.
    public func listStackInstances(_ input: ListStackInstancesRequest) async throws -> ListStackInstancesResponse {
        try await client.invokeQuery(Operation.listStackInstances, input: input, region: region)
    }

    /// Returns the stack instance that's associated with the specified StackSet, Amazon Web Services account, and Amazon Web Services Region.
    public func describeStackInstance(_ input: DescribeStackInstanceRequest) async throws -> DescribeStackInstanceResponse {
        try await client.invokeQuery(Operation.describeStackInstance, input: input, region: region)
    }

    /// Returns the description of the specified StackSet operation.
    public func describeStackSetOperation(_ input: DescribeStackSetOperationRequest) async throws -> DescribeStackSetOperationResponse {
        try await client.invokeQuery(Operation.describeStackSetOperation, input: input, region: region)
    }

    /// Returns summary information about operations performed on a StackSet.
    public func listStackSetOperations(_ input: ListStackSetOperationsRequest) async throws -> ListStackSetOperationsResponse {
        try await client.invokeQuery(Operation.listStackSetOperations, input: input, region: region)
    }

    /// Returns summary information about the results of a StackSet operation.
    public func listStackSetOperationResults(_ input: ListStackSetOperationResultsRequest) async throws -> ListStackSetOperationResultsResponse {
        try await client.invokeQuery(Operation.listStackSetOperationResults, input: input, region: region)
    }

    /// Detect drift on a StackSet. An unset `OperationId` gets a fresh idempotency token, as the AWS SDKs do.
    public func detectStackSetDrift(_ input: DetectStackSetDriftRequest) async throws -> DetectStackSetDriftResponse {
        var input = input
        if input.operationId == nil {
            input.operationId = IdempotencyToken.make(random: client.configuration.random)
        }
        return try await client.invokeQuery(Operation.detectStackSetDrift, input: input, region: region)
    }

    /// Returns drift information for resources in a stack instance.
    public func listStackInstanceResourceDrifts(_ input: ListStackInstanceResourceDriftsRequest) async throws -> ListStackInstanceResourceDriftsResponse {
        try await client.invokeQuery(Operation.listStackInstanceResourceDrifts, input: input, region: region)
    }

    /// Activate trusted access with Organizations.
    public func activateOrganizationsAccess(_ input: ActivateOrganizationsAccessRequest = .init()) async throws {
        try await client.invokeQueryIgnoringOutput(Operation.activateOrganizationsAccess, input: input, region: region)
    }

    /// Retrieves information about the account's OrganizationAccess status.
    public func describeOrganizationsAccess(_ input: DescribeOrganizationsAccessRequest = .init()) async throws -> DescribeOrganizationsAccessResponse {
        try await client.invokeQuery(Operation.describeOrganizationsAccess, input: input, region: region)
    }
}
