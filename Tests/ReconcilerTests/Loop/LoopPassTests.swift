import Foundation
import GitClient
import OrgModel
import Reconciler
import TestSupport
import Testing

@Suite struct LoopPassTests {
    @Test func mergedChangeIsConvergedAndRecordedAsAChange() async throws {
        let fixture = LoopFixture()
        #expect(await fixture.loop.runOnce() == 0)
        let first = try #require(await fixture.commits("acme").last)
        #expect(first.message.hasPrefix("orgops(acme): converged "))
        #expect(first.message.contains("+ create account shop-prod"))
        #expect(LoopFixture.trailer("Orgops-Drift-Found", in: first.message) == "0")
        #expect(LoopFixture.trailer("Orgops-Drift-Left", in: first.message) == "0")

        let revision = await fixture.repository.push(["acme/accounts.yaml": LoopFixture.account("shop-prod", organization: "acme")
            + "---\n" + LoopFixture.account("shop-dev", organization: "acme")])
        await fixture.pass()
        let second = try #require(await fixture.commits("acme").last)
        #expect(second.message.hasPrefix("orgops(acme): converged \(revision.short) — 1 applied, 0 failed, 0 drift left"))
        #expect(second.message.contains("+ create account shop-dev"))
        #expect(LoopFixture.trailer("Orgops-Drift-Found", in: second.message) == "0", "a new revision's change is not drift")
        let status = try #require(try await fixture.status("acme"))
        #expect(status.lastAppliedRevision == revision.id)
        #expect(status.inventory.entry(kind: .account, name: "shop-dev") != nil)
        // A new source revision is a new outcome for every organization (STATUS.md "When"), with nothing applied.
        let beta = await fixture.commits("beta")
        #expect(beta.count == 2)
        #expect(beta.last?.message.hasPrefix("orgops(beta): converged \(revision.short) — 0 applied, 0 failed, 0 drift left") == true)
    }

    @Test func outOfBandChangeIsFoundRevertedAndRecordedAsDrift() async throws {
        let fixture = LoopFixture()
        #expect(await fixture.loop.runOnce() == 0)
        let acme = try #require(fixture.organizations["acme"])
        let policyId = try #require(acme.policyId(name: "deny-delete"))
        acme.outOfBand { $0.setPolicyContent(policyId, #"{"Version":"2012-10-17","Statement":[]}"#) }
        fixture.clock.advance(by: .seconds(60))
        await fixture.pass()
        let commit = try #require(await fixture.commits("acme").last)
        #expect(commit.message.hasPrefix("orgops(acme): converged "))
        #expect(commit.message.contains("! drift policy deny-delete"))
        #expect(LoopFixture.trailer("Orgops-Drift-Found", in: commit.message) == "1")
        #expect(LoopFixture.trailer("Orgops-Applied", in: commit.message) == "1")
        let live = try await acme.readOrganization(try InMemoryOrganization.desired(LoopFixture.files, organization: "acme"),
                                                   options: .full)
        #expect(live.policies.first { $0.id == policyId }?.canonicalContent?.contains("s3:DeleteBucket") == true, "reverted")
    }

    @Test func unchangedOutcomeCommitsNothingUntilTheHeartbeat() async throws {
        let fixture = LoopFixture(configuration: ReconcileConfiguration(heartbeat: .seconds(3600)))
        await fixture.pass()
        for _ in 0..<3 {
            fixture.clock.advance(by: .seconds(60))
            await fixture.pass()
        }
        #expect(await fixture.commits("acme").count == 1)
        fixture.clock.advance(by: .seconds(3600))
        await fixture.pass()
        let commits = await fixture.commits("acme")
        #expect(commits.count == 2, "the heartbeat forces a commit")
        #expect(commits.last?.message.hasPrefix("orgops(acme): converged ") == true)
    }

    @Test func invalidRevisionAppliesNothingAndKeepsTheLastValidInForce() async throws {
        let fixture = LoopFixture()
        #expect(await fixture.loop.runOnce() == 0)
        let acme = try #require(fixture.organizations["acme"])
        let appliedBefore = acme.appliedActions.count
        let bad = await fixture.repository.push([
            "acme/accounts.yaml": LoopFixture.account("shop-prod", organization: "acme")
                .replacingOccurrences(of: "email:", with: "emial:")
                + "---\n" + LoopFixture.account("shop-dev", organization: "acme"),
        ])
        let exit = await fixture.loop.runOnce()
        #expect(exit == 1)
        #expect(acme.appliedActions.count == appliedBefore, "nothing of the invalid revision is applied")
        let commit = try #require(await fixture.commits("acme").last)
        #expect(commit.message.hasPrefix("orgops(acme): invalid \(bad.short) — "))
        #expect(commit.message.contains("errors in manifests") || commit.message.contains("1 error in manifests"))
        #expect(commit.message.contains("emial"), "the body carries the diagnostics")
        let status = try #require(try await fixture.status("acme"))
        #expect(status.result == .invalid)
        #expect(!status.diagnostics.isEmpty)
        #expect(status.lastAppliedRevision != bad.id)

        // The last valid revision still corrects drift.
        let policyId = try #require(acme.policyId(name: "deny-delete"))
        let workloads = try #require(acme.organizationalUnitId(path: "/Workloads"))
        acme.outOfBand { $0.detach(policyId, from: workloads) }
        await fixture.pass()
        let desired = try InMemoryOrganization.desired(LoopFixture.files, organization: "acme")
        let live = try await acme.readOrganization(desired, options: .full)
        #expect(live.policies.first { $0.id == policyId }?.targetIds.isEmpty == false, "drift reverted under the old revision")
        #expect(try await fixture.status("acme")?.result == .invalid)
    }

    @Test func deletingEveryManifestOfAnOrganizationIsInvalidNotPruneEverything() async throws {
        let fixture = LoopFixture()
        #expect(await fixture.loop.runOnce() == 0)
        let beta = try #require(fixture.organizations["beta"])
        let accountsBefore = beta.accountIds
        let revision = await fixture.repository.push(["beta/org.yaml": nil, "beta/accounts.yaml": nil])
        #expect(await fixture.loop.runOnce() == 1)
        let commit = try #require(await fixture.commits("beta").last)
        #expect(commit.message.hasPrefix("orgops(beta): invalid \(revision.short) — 1 error in manifests"))
        #expect(commit.message.contains("deleting every manifest of an organization is refused"))
        #expect(beta.accountIds == accountsBefore, "nothing pruned")
        #expect(try await fixture.status("acme")?.result == .converged, "other organizations go on")
    }

    @Test func unsignedHeadIsRefusedSayingWhoSignedIt() async throws {
        let trust = TrustedKeys.sshAllowedSigners(path: "/keys/allowed_signers")
        let fixture = LoopFixture(configuration: ReconcileConfiguration(trustedKeys: trust))
        let signed = await fixture.repository.push(["README.md": "signed"], signature: .good, signer: "alice@example.com")
        #expect(await fixture.loop.runOnce() == 0)
        #expect(try await fixture.status("acme")?.sourceRevision == signed.id)
        let acme = try #require(fixture.organizations["acme"])
        let appliedBefore = acme.appliedActions.count
        let untrusted = await fixture.repository.push(
            ["acme/accounts.yaml": LoopFixture.account("shop-dev", organization: "acme")],
            signature: .untrusted, signer: "mallory@example.com")
        #expect(await fixture.loop.runOnce() == 1)
        let commit = try #require(await fixture.commits("acme").last)
        #expect(commit.message.hasPrefix("orgops(acme): refused \(untrusted.short) — head commit not signed by a trusted key"))
        #expect(commit.message.contains("'mallory@example.com'"))
        #expect(acme.appliedActions.count == appliedBefore)
        let status = try #require(try await fixture.status("acme"))
        #expect(status.conditions.contains { $0.type == .stalled && $0.status && $0.reason == "SignatureVerificationFailed" })
        #expect(status.lastAppliedRevision == signed.id)
    }

    @Test func passesReadCheaplyBetweenFullReads() async throws {
        let fixture = LoopFixture(settings: LoopSettings(fullReadInterval: .seconds(3600)))
        await fixture.pass()
        #expect(fixture.connector.reads("acme") == ["full", "full"], "first pass: plan and verify read tags")
        fixture.clock.advance(by: .seconds(60))
        await fixture.pass()
        #expect(fixture.connector.reads("acme").last == "cheap", "ownership from the recorded inventory")
        #expect(try await fixture.status("acme")?.result == .converged)
        #expect(await fixture.commits("acme").count == 1, "a cheap pass over a converged estate commits nothing")
        fixture.clock.advance(by: .seconds(3600))
        await fixture.pass()
        #expect(fixture.connector.reads("acme").last == "full")
        #expect(fixture.connector.reads("acme").count == 4)
    }

    @Test func observeModeAndSuspendArePending() async throws {
        let fixture = LoopFixture(configuration: ReconcileConfiguration(mode: .observe))
        #expect(await fixture.loop.runOnce() == 2)
        #expect(fixture.organizations["acme"]?.appliedActions.isEmpty == true)
        let commit = try #require(await fixture.commits("acme").last)
        #expect(commit.message.contains("orgops(acme): pending "))
        #expect(commit.message.contains("not applied (observe mode)"))

        var files = LoopFixture.files
        files["beta/org.yaml"] = LoopFixture.organization("beta", management: "222222222222")
            .replacingOccurrences(of: "reconcile: { prune: true }", with: "reconcile: { prune: true, suspend: true }")
        let suspended = LoopFixture(files: files)
        #expect(await suspended.loop.runOnce() == 2)
        #expect(suspended.organizations["beta"]?.appliedActions.isEmpty == true)
        #expect(try await suspended.status("beta")?.result == .pending)
        #expect(try await suspended.status("acme")?.result == .converged)
    }
}
