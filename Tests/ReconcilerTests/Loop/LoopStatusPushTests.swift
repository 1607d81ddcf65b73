import Foundation
import OrgModel
import Reconciler
import TestSupport
import Testing

@Suite struct LoopStatusPushTests {
    @Test func rejectedPushesAreKeptAndLandOnTheNextTickNoneLost() async throws {
        let fixture = LoopFixture()
        await fixture.repository.rejectPushes(100)
        await fixture.pass()
        #expect(await fixture.repository.remoteStatusCommits().isEmpty)
        #expect(await fixture.repository.pendingStatusCommits().count == 2, "one kept commit per organization")
        #expect(try await fixture.status("acme")?.result == .converged, "the operator reads its own kept status")

        await fixture.repository.rejectPushes(0)
        fixture.clock.advance(by: .seconds(60))
        await fixture.pass()
        #expect(await fixture.repository.pendingStatusCommits().isEmpty)
        #expect(await fixture.commits("acme").count == 1)
        #expect(await fixture.commits("beta").count == 1)
    }

    @Test func aHumanCommitOnTheStatusBranchAndTheOperatorsBothLand() async throws {
        let fixture = LoopFixture()
        await fixture.pass()
        await fixture.repository.push(["NOTES.md": "read me"], message: "human note", onBranch: "orgops/status")
        let revision = await fixture.repository.push(["acme/accounts.yaml": LoopFixture.account("shop-prod", organization: "acme")
            + "---\n" + LoopFixture.account("shop-dev", organization: "acme")])
        await fixture.pass()
        let tip = try #require(await fixture.repository.remoteStatusCommits().last)
        #expect(tip.files["NOTES.md"] != nil, "the human's file is kept")
        let status = try StatusDocument(yaml: String(decoding: try #require(tip.files["status/acme.yaml"]), as: UTF8.self))
        #expect(status.sourceRevision == revision.id)
    }
}
