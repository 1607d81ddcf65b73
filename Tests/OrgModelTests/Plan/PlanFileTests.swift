import Foundation
import OrgModel
import TestSupport
import Testing

@Suite struct PlanFileTests {
    @Test func planSurvivesARoundTrip() async throws {
        let plan = try await PlanRenderingTests.samplePlan()
        let decoded = try PlanFile.decode(PlanFile.encode(plan))
        #expect(decoded == plan)
    }

    @Test func otherFormatVersionIsRefused() throws {
        let text = #"{"formatVersion": 99, "sourceRevision": "x"}"#
        #expect(throws: PlanFileError.self) { try PlanFile.decode(Array(text.utf8)) }
        do {
            _ = try PlanFile.decode(Array(text.utf8))
        } catch {
            #expect(error.code == "unsupported-format-version")
            #expect(error.message == "the plan file has format version 99, this orgops reads 1; plan again with this version")
        }
    }

    @Test func somethingElseIsNotAPlanFile() {
        do {
            _ = try PlanFile.decode(Array("kind: Organization".utf8))
            Issue.record("decoded a non-plan")
        } catch {
            #expect(error.code == "not-a-plan-file")
        }
    }

    @Test func savedPlanIsRefusedWhenRevisionOrLiveStateMovedOn() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { $0.createOrganization() }
        let desired = try DiffFixture.desired(DiffFixture.estate())
        let live = try await fake.readOrganization(desired, options: .full)
        let organization = OrganizationDiffer.plan(desired: desired, live: live, options: PlanOptions())
        #expect(organization.liveFingerprint == live.fingerprint)
        let plan = Plan(sourceRevision: "r1", createdAt: Date(timeIntervalSince1970: 0), options: PlanOptions(),
                        organizations: [organization])
        try PlanFile.checkCurrent(plan, revision: "r1", live: ["acme": live])
        do {
            try PlanFile.checkCurrent(plan, revision: "r2", live: ["acme": live])
            Issue.record("accepted a moved revision")
        } catch {
            #expect(error.code == "revision-moved")
        }
        fake.outOfBand { $0.addOrganizationalUnit("Console") }
        let moved = try await fake.readOrganization(desired, options: .full)
        do {
            try PlanFile.checkCurrent(plan, revision: "r1", live: ["acme": moved])
            Issue.record("accepted a moved live state")
        } catch {
            #expect(error.code == "live-state-moved")
            #expect(error.message == "the live state of organization 'acme' changed since the plan was made; plan again")
        }
    }
}
