// Generated from the botocore model of cloudformation 2010-05-15; shapes keep AWS's names in Swift casing.
import Foundation
import AWSClient

extension CloudFormationAPI {
    /// Every `Summaries` of `ListStackSets`, following `NextToken` until the last page.
    public func listAllStackSets(_ input: ListStackSetsRequest = .init()) async throws -> [StackSetSummary] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listStackSets(page)
            return (output.summaries ?? [], output.nextToken)
        }
    }

    /// Every `Summaries` of `ListStackInstances`, following `NextToken` until the last page.
    public func listAllStackInstances(_ input: ListStackInstancesRequest) async throws -> [StackInstanceSummary] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listStackInstances(page)
            return (output.summaries ?? [], output.nextToken)
        }
    }

    /// Every `Summaries` of `ListStackSetOperations`, following `NextToken` until the last page.
    public func listAllStackSetOperations(_ input: ListStackSetOperationsRequest) async throws -> [StackSetOperationSummary] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listStackSetOperations(page)
            return (output.summaries ?? [], output.nextToken)
        }
    }

    /// Every `Summaries` of `ListStackSetOperationResults`, following `NextToken` until the last page.
    public func listAllStackSetOperationResults(_ input: ListStackSetOperationResultsRequest) async throws -> [StackSetOperationResultSummary] {
        try await collectPages(input, token: \.nextToken) { page in
            let output = try await listStackSetOperationResults(page)
            return (output.summaries ?? [], output.nextToken)
        }
    }
}
