import Foundation
import GitClient
import OrgModel
import Reconciler
import TestSupport
import Testing

/// The pass with a `PlanExtension` in its ports: the kind's actions are planned after the differ, applied
/// through the ports' router, verified by the re-plan, and reported in the status like Organizations ones.
@Suite struct PassExtensionTests {
    static let files: [String: String] = [
        "acme/org.yaml": LoopFixture.organization("acme", management: "111111111111"),
        "acme/accounts.yaml": LoopFixture.account("shop-prod", organization: "acme"),
        "acme/policy.yaml": LoopFixture.policy("deny-delete", organization: "acme"),
    ]

    /// One organization, its fake kind, and a fresh loop per pass (as successive `run --once` processes).
    struct Harness {
        let repository = GitInMemoryRepository(files: PassExtensionTests.files)
        let organization = InMemoryOrganization(managementAccountId: "111111111111")
        let kind: FakeKind
        let clock = ManualClock()
        var configuration = ReconcileConfiguration()

        init(_ setup: (inout FakeKind.State) -> Void = { _ in }) {
            kind = FakeKind(organization: organization)
            kind.change(setup)
        }

        /// One pass of `acme`; the `--once` exit code.
        func once() async -> Int32 {
            clock.advance(by: .seconds(60))
            let loop = OperatorLoop(repository: repository, connector: kind, configuration: configuration,
                                    clock: clock, random: { 0.5 })
            return await loop.runOnce()
        }

        /// The status commits, oldest first.
        func commits() async -> [String] { await repository.remoteStatusCommits().map(\.message) }

        func status() async throws -> StatusDocument {
            let bytes = try #require(try await repository.readStatusFile(StatusDocument.path(organization: "acme")))
            return try StatusDocument(yaml: String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func anExtensionsActionsArePlannedAppliedAndVerifiedInThePassThatCreatesTheOrganization() async throws {
        let harness = Harness { $0.wanted = ["Admin"] }
        #expect(await harness.once() == 0)
        let state = harness.kind.snapshot
        #expect(state.applied == ["create permission-set Admin"], "applied through the router, in the same pass")
        #expect(state.stages == [.plan, .verify, .verify], "planned, then a second round once the organization exists")
        #expect(!harness.organization.appliedActions.contains("create permission-set Admin"))
        let message = try #require(await harness.commits().last)
        #expect(message.hasPrefix("orgops(acme): converged "), "\(message)")
        #expect(message.contains("+ create account shop-prod"))
        #expect(message.contains("+ create permission-set Admin"))
        #expect(LoopFixture.trailer("Orgops-Drift-Left", in: message) == "0")
        let status = try await harness.status()
        #expect(status.inventory.entry(kind: .account, name: "shop-prod") != nil, "the Organizations inventory is recorded")

        // Deleted by hand: found by the next pass as drift of the kind, and put back.
        harness.kind.change { $0.live = [] }
        #expect(await harness.once() == 0)
        let drift = try #require(await harness.commits().last)
        #expect(drift.contains("! drift permission-set Admin: new in manifests"), "\(drift)")
        #expect(LoopFixture.trailer("Orgops-Drift-Found", in: drift) == "1")
        #expect(LoopFixture.trailer("Orgops-Applied", in: drift) == "1")
        #expect(harness.kind.snapshot.live == ["Admin"])
    }

    @Test func anExtensionThatThrowsFailsThePassNamingTheKindAndAppliesNothing() async throws {
        let harness = Harness { $0.wanted = ["Admin"] }
        #expect(await harness.once() == 0)
        let converged = try await harness.status()
        let policyId = try #require(harness.organization.policyId(name: "deny-delete"))
        harness.organization.outOfBand { $0.setPolicyContent(policyId, #"{"Version":"2012-10-17","Statement":[]}"#) }
        harness.kind.change { $0.fails = true }

        #expect(await harness.once() == 1)
        let status = try await harness.status()
        #expect(status.result == .failed)
        let message = try #require(status.message)
        #expect(message.contains("planning identity-center of organization 'acme' failed: ThrottlingException"), "\(message)")
        #expect(status.conditions.first { $0.type == .ready }?.reason == "PlanFailed")
        #expect(status.lastAppliedRevision == converged.lastAppliedRevision)
        #expect(status.inventory == converged.inventory, "the recorded inventory is kept")
        let commit = try #require(await harness.commits().last)
        #expect(commit.contains("x failed: planning identity-center of organization 'acme'"), "\(commit)")
        let desired = try InMemoryOrganization.desired(PassExtensionTests.files, organization: "acme")
        let live = try await harness.organization.readOrganization(desired, options: .full)
        #expect(live.policies.first { $0.id == policyId }?.canonicalContent?.contains("s3:DeleteBucket") == false,
                "the Organizations part of the failed pass is not applied")

        harness.kind.change { $0.fails = false }
        #expect(await harness.once() == 0)
        #expect(try await harness.status().result == .converged)
    }

    @Test func observeModeHoldsTheExtensionsActions() async throws {
        var harness = Harness()
        #expect(await harness.once() == 0)
        harness.kind.change { $0.wanted = ["Admin"] }
        harness.configuration.mode = .observe
        #expect(await harness.once() == 2)
        #expect(harness.kind.snapshot.applied.isEmpty)
        let status = try await harness.status()
        #expect(status.result == .pending)
        #expect(status.counts.driftLeft == 1)
        #expect(status.resources.contains { $0.kind == "permission-set" && $0.name == "Admin" && $0.state == .creating })
    }

    @Test func detectedDriftIsCountedOnceReappliedAndCommittedEvenWhenOnlyReported() async throws {
        let harness = Harness { $0.wanted = ["Admin"] }
        #expect(await harness.once() == 0)
        harness.kind.change { $0.drifted = ["222222222222", "333333333333"] }
        #expect(await harness.once() == 0)
        let reapplied = try #require(await harness.commits().last)
        #expect(reapplied.contains("! drift stack-set break-glass: 222222222222/us-east-1 drifted (Role (AWS::IAM::Role): MODIFIED), re-applied"),
                "\(reapplied)")
        #expect(reapplied.contains("~ reapply stack-set break-glass #1"))
        #expect(LoopFixture.trailer("Orgops-Drift-Found", in: reapplied) == "2", "one per drifted instance, not per action")
        #expect(LoopFixture.trailer("Orgops-Applied", in: reapplied) == "1")
        #expect(harness.kind.snapshot.stages.suffix(2) == [.plan, .verify])

        // Reported only: nothing applied and the outcome unchanged, yet the detection is committed.
        let before = await harness.commits().count
        harness.kind.change {
            $0.drifted = ["222222222222"]
            $0.reapply = false
        }
        #expect(await harness.once() == 0)
        let commits = await harness.commits()
        #expect(commits.count == before + 1)
        let reported = try #require(commits.last)
        #expect(reported.contains("! drift stack-set break-glass: 222222222222/us-east-1 drifted (Role (AWS::IAM::Role): MODIFIED), reported only"))
        #expect(LoopFixture.trailer("Orgops-Drift-Found", in: reported) == "1")
        #expect(LoopFixture.trailer("Orgops-Result", in: reported) == "converged")

        // Nothing detected and nothing changed: no commit.
        harness.kind.change { $0.drifted = [] }
        #expect(await harness.once() == 0)
        #expect(await harness.commits().count == before + 1)
    }
}
