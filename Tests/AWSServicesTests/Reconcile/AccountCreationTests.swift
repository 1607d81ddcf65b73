import AWSClient
import AWSServices
import Foundation
import Synchronization
import OrgModel
import Testing
import TestSupport

extension ReconcileIntegrationTests {
    /// CreateAccount: resumed rather than sent twice, at most five in flight, failures named.
    @Suite struct AccountCreation {
        static let owner = "orgops:managed-by"

        /// An organization with one OU `/Apps`, its context, and the applier.
        struct Setup {
            let harness: ReconcileHarness
            let organization: DesiredOrganization
            let applier: OrganizationsChangeApplier
            let context: ApplyContext
            let api: OrganizationsAPI

            static func make(clock: ManualClock = ManualClock(),
                             transport: any HTTPTransport = URLSessionTransport()) async throws -> Setup {
                let harness = try await ReconcileHarness.make(clock: clock, transport: transport)
                let organization = try ReconcileHarness.organization("accounts", [
                    "org.yaml": ReconcileHarness.organizationManifest("accounts", account: ReconcileHarness.managementB),
                ])
                let applier = OrganizationsChangeApplier(sessions: harness.sessions, clock: clock)
                let context = ApplyContext()
                try await ActionScript(applier: applier, organization: organization, context: context).run([
                    .createOrganization(featureSet: "ALL"),
                    .createOrganizationalUnit(path: "/Apps", name: "Apps", parent: .root(id: nil), tags: [:]),
                ])
                return Setup(harness: harness, organization: organization, applier: applier, context: context,
                             api: harness.sessions.session(for: organization).organizations)
            }

            func create(_ name: String, requestId: String? = nil) -> ActionKind {
                .createAccount(NewAccount(name: name, accountName: name, email: "\(name)@example.com",
                                          parent: ActionScript.ou("/Apps"), tags: [owner: "accounts"],
                                          existingRequestId: requestId))
            }

            func run(_ kinds: [ActionKind]) async throws -> [ActionOutcome] {
                try await ActionScript(applier: applier, organization: organization, context: context).run(kinds)
            }

            /// Members with `email`, read back by the reader.
            func members(_ email: String) async throws -> [LiveAccount] {
                try await OrganizationsLiveReader(sessions: harness.sessions)
                    .readOrganization(organization, options: .full).accounts.filter { $0.email == email }
            }
        }

        @Test func anInProgressRequestOfAKilledApplyIsWaitedForNotSentAgain() async throws {
            let setup = try await Setup.make()
            try await setup.harness.backend.setFaults([AWSBackendFault(
                .asynchronous(polls: 3, seconds: 0, failure: nil, accounts: []), service: "organizations",
                operation: "CreateAccount")])
            // The killed apply got as far as sending CreateAccount.
            let sent = try await setup.api.createAccount(.init(email: "app@example.com", accountName: "app"))
            #expect(sent.createAccountStatus?.state == "IN_PROGRESS")
            let before = setup.harness.attempts("CreateAccount")

            let outcome = try #require(try await setup.run([setup.create("app")]).first)

            #expect(setup.harness.attempts("CreateAccount") == before, "no second CreateAccount")
            #expect(outcome.detail?.hasPrefix("resumed from request car-") == true)
            let members = try await setup.members("app@example.com")
            #expect(members.count == 1)
            #expect(members.first?.id == outcome.resourceId)
            #expect(members.first?.parentId == (try setup.context.resolve(ActionScript.ou("/Apps"))))
            #expect(members.first?.tags == [Self.owner: "accounts"], "tagged on resume")
        }

        @Test func aFinishedRequestOfAKilledApplyIsFoundByEmailThenMovedAndTagged() async throws {
            let setup = try await Setup.make()
            let done = try await setup.api.createAccountAndWait(.init(email: "app@example.com", accountName: "app"),
                                                                clock: setup.harness.clock)
            let before = setup.harness.attempts("CreateAccount")
            let outcome = try #require(try await setup.run([setup.create("app")]).first)
            #expect(setup.harness.attempts("CreateAccount") == before)
            #expect(outcome.resourceId == done.accountId)
            let members = try await setup.members("app@example.com")
            #expect(members.map(\.id) == [done.accountId ?? ""])
            #expect(members.first?.parentId == (try setup.context.resolve(ActionScript.ou("/Apps"))))
            #expect(members.first?.tags == [Self.owner: "accounts"])
        }

        @Test func aPlannedRequestIdIsWaitedFor() async throws {
            let setup = try await Setup.make()
            try await setup.harness.backend.setFaults([AWSBackendFault(
                .asynchronous(polls: 2, seconds: 0, failure: nil, accounts: []), service: "organizations",
                operation: "CreateAccount")])
            let sent = try await setup.api.createAccount(.init(email: "db@example.com", accountName: "db"))
            let requestId = try #require(sent.createAccountStatus?.id)
            let before = setup.harness.attempts("CreateAccount")
            let outcome = try #require(try await setup.run([setup.create("db", requestId: requestId)]).first)
            #expect(setup.harness.attempts("CreateAccount") == before)
            #expect(outcome.detail == "resumed from request \(requestId)")
            #expect(try setup.context.resolve(ActionScript.account("db")) == outcome.resourceId)
        }

        @Test func aFailedRequestIsReportedWithOrganizationResourceAndReason() async throws {
            let setup = try await Setup.make()
            try await setup.harness.backend.setFaults([AWSBackendFault(
                .asynchronous(polls: 1, seconds: 0, failure: "EMAIL_ALREADY_EXISTS", accounts: []),
                service: "organizations", operation: "CreateAccount")])
            let error = await #expect(throws: OrganizationsReconcileError.self) {
                try await setup.run([setup.create("dup")])
            }
            #expect(error?.code == OrganizationsReconcileError.Code.accountCreation)
            #expect(error?.organization == "accounts")
            #expect(error?.description.contains("EMAIL_ALREADY_EXISTS") == true)
            #expect(error?.description.contains("dup@example.com") == false, "emails never reach errors")
        }

        @Test func sevenConcurrentCreatesKeepAtMostFiveRequestsOpen() async throws {
            let clock = ManualClock(autoAdvance: false)
            let transport = RecordingTransport()
            let setup = try await Setup.make(clock: clock, transport: transport)
            try await setup.harness.backend.setFaults([AWSBackendFault(
                .asynchronous(polls: 2, seconds: 0, failure: nil, accounts: []), service: "organizations",
                operation: "CreateAccount")])
            let names = (1...7).map { "app-\($0)" }
            let finished = Mutex(false)
            let creates = Task {
                defer { finished.withLock { $0 = true } }
                return try await withThrowingTaskGroup(of: ActionOutcome.self) { group in
                    for name in names {
                        group.addTask {
                            try await setup.applier.apply(ActionScript.action(setup.create(name)),
                                                          in: setup.organization, context: setup.context)
                        }
                    }
                    return try await group.reduce(into: [ActionOutcome]()) { $0.append($1) }
                }
            }
            // Five requests go out and wait on their poll interval; the other two wait for a permit.
            for _ in 0..<2_000 where clock.pendingSleepers < 5 { try await Task.sleep(for: .milliseconds(2)) }
            #expect(clock.pendingSleepers == 5)
            #expect(transport.count("CreateAccount") == 5)
            // Then virtual time runs until every request has ended (bounded, in case one never does).
            for _ in 0..<2_000 where !finished.withLock({ $0 }) {
                clock.advance(by: .seconds(10))
                try await Task.sleep(for: .milliseconds(2))
            }
            #expect(finished.withLock { $0 }, "stuck after \(transport.recorded.map(\.operation))")
            guard finished.withLock({ $0 }) else {
                creates.cancel()
                return
            }
            let outcomes = try await creates.value
            #expect(transport.peakOpenRequests == 5)
            #expect(transport.count("CreateAccount") == 7)
            #expect(Set(outcomes.compactMap(\.resourceId)).count == 7)
            #expect(setup.harness.attempts("ListAccounts") <= 2, "one ledger read per lifetime (60 s of clock), not one per create")
        }
    }
}
