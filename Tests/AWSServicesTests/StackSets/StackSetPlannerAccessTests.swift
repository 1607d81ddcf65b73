import AWSServices
import OrgModel
import Testing
import TestSupport

/// An organization that declares no stack set is still read for the sets orgops owns; a role that may not
/// read CloudFormation then costs a plan note, not the organization's whole plan.
@Suite struct StackSetPlannerAccessTests {
    /// Answers every read with the error it was given.
    struct FailingReader: StackSetReader {
        let error: StackSetReconcileError
        func readStackSets(_ organization: DesiredOrganization, ownerTagKey: String) async throws -> [LiveStackSet] {
            throw error
        }
    }

    static let organizationOnly = [
        "org.yaml": """
            apiVersion: orgops/v1
            kind: Organization
            metadata: { name: acme }
            spec: { managementAccountId: "111111111111", region: us-east-1 }

            """,
    ]

    static func denied(_ code: String) -> StackSetReconcileError {
        StackSetReconcileError(code: code, organization: "acme", stackSet: "*", operation: "ListStackSets",
                               message: "not authorized to perform cloudformation:ListStackSets")
    }

    static func plan(_ texts: [String: String], reader: any StackSetReader) async throws -> StackSetPlanner.Result {
        let desired = try InMemoryOrganization.desired(texts, organization: "acme")
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { $0.createOrganization(policyTypes: []) }
        let live = try await fake.readOrganization(desired, options: .cheap)
        let base = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        return try await StackSetPlanner(reader: reader, detector: nil)
            .plan(organization: desired, live: live, organizationPlan: base, options: PlanOptions())
    }

    @Test func accessDeniedWithoutStackSetManifestsIsANote() async throws {
        for code in ["AccessDenied", "AccessDeniedException"] {
            let result = try await Self.plan(Self.organizationOnly, reader: FailingReader(error: Self.denied(code)))
            #expect(result.plan.actions.isEmpty)
            #expect(result.plan.notes.contains(
                "stack sets were not read (ListStackSets: \(code)); stack sets orgops owns there are neither pruned nor reported"),
                "\(result.plan.notes)")
        }
    }

    @Test func otherErrorsStillFailThePlan() async throws {
        await #expect(throws: StackSetReconcileError.self) {
            _ = try await Self.plan(Self.organizationOnly, reader: FailingReader(error: Self.denied("Throttling")))
        }
    }
}
