@testable import AWSServices
import AWSClient
import Testing

/// The pure helpers of the Reconcile folder.
@Suite struct ReconcileUnitTests {
    @Test func policyContentIsCanonicalisedLikeTheManifests() {
        #expect(PolicyJSON.canonical("{ \"b\": [1, 2.50],\n \"a\": {\"y\": true, \"x\": null} }")
            == #"{"a":{"x":null,"y":true},"b":[1,2.50]}"#)
        #expect(PolicyJSON.canonical("not json") == "not json", "kept verbatim so it differs from any manifest")
    }

    @Test func concurrentMapKeepsInputOrderWithinItsWidth() async throws {
        let results = try await concurrentMap(Array(0..<50), width: 4) { value in
            await Task.yield()
            return value * 2
        }
        #expect(results == (0..<50).map { $0 * 2 })
        #expect(try await concurrentMap([Int](), width: 4) { $0 }.isEmpty)
    }

    @Test func reconcileErrorsNameOrganizationResourceOperationAndCode() {
        let aws = AWSError(code: "DuplicateOrganizationalUnitException", message: "an ou named 'Sandbox' exists",
                           httpStatus: 400, service: "organizations", operation: "CreateOrganizationalUnit",
                           scope: "workloads")
        let error = OrganizationsReconcileError.wrap(aws, organization: "workloads", resource: "ou /Sandbox",
                                                     operation: "create")
        #expect(error.code == "DuplicateOrganizationalUnitException")
        #expect(error.operation == "CreateOrganizationalUnit")
        #expect(error.description == "organization 'workloads': CreateOrganizationalUnit for ou /Sandbox failed: "
            + "DuplicateOrganizationalUnitException: an ou named 'Sandbox' exists")
        #expect(OrganizationsReconcileError.wrap(error, organization: "x", resource: "y", operation: "z").organization
            == "workloads", "an already wrapped error is kept")
    }
}
