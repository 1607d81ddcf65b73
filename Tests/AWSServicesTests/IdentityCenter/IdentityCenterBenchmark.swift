import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel
import Testing
import TestSupport

/// Issue 5's benchmark estate: 1,000 accounts in 10 OUs, 50 permission sets, 50 groups, 5,000 assignments.
///
/// Off unless `ORGOPS_BENCH_IDENTITY_CENTER` is set (it takes minutes: the Identity Center part runs on a real
/// clock, so the client paces it at AWS's 20 calls/s). Prints wall time, calls and the peak Identity Center calls/s of a
/// full converge from empty and of a no-op plan, and what a per-resource refresh would cost. Speed is reported,
/// never asserted; what is asserted is that the estate converged.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["ORGOPS_BENCH_IDENTITY_CENTER"] != nil))
struct IdentityCenterBenchmark {
    static let management = "123456789012"
    static let units = 10
    static let accountsPerUnit = 100
    static let permissionSets = 50

    static func manifests() -> [String: String] {
        var texts: [String: String] = [:]
        let unitList = (0..<units).map { "    - { name: U\($0) }" }.joined(separator: "\n")
        texts["org.yaml"] = """
            apiVersion: orgops/v1
            kind: Organization
            metadata: { name: bench }
            spec:
              managementAccountId: "\(management)"
              access: { roleArn: "arn:aws:iam::\(management):role/orgops" }
              region: us-east-1
              organizationalUnits:
            \(unitList)
              reconcile: { prune: true, suspend: false }

            """
        var accounts: [String] = []
        for unit in 0..<units {
            for index in 0..<accountsPerUnit {
                accounts.append("""
                    apiVersion: orgops/v1
                    kind: Account
                    metadata: { name: a\(unit)-\(index), organization: bench }
                    spec: { email: a\(unit)-\(index)@bench.example.com, organizationalUnit: /U\(unit) }

                    """)
            }
        }
        texts["accounts.yaml"] = accounts.joined(separator: "---\n")
        var identity: [String] = []
        for set in 0..<permissionSets {
            identity.append("""
                apiVersion: orgops/v1
                kind: PermissionSet
                metadata: { name: PS\(set), organization: bench }
                spec:
                  description: benchmark set \(set)
                  managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess]

                ---
                apiVersion: orgops/v1
                kind: AccountAssignment
                metadata: { name: as\(set), organization: bench }
                spec:
                  permissionSet: PS\(set)
                  principal: { group: G\(set) }
                  targets: { organizationalUnits: [/U\(set % units)] }

                """)
        }
        texts["identity.yaml"] = identity.joined(separator: "---\n")
        return texts
    }

    @Test func fullConvergeAndNoOpPlan() async throws {
        try await IdentityCenterHarness.exclusive(managementAccounts: [Self.management]) { setup in
            let organization = try IdentityCenterHarness.organization("bench", Self.manifests())
            let reader = OrganizationsLiveReader(sessions: setup.sessions)
            let before = try await reader.readOrganization(organization, options: .full)
            let organizationsPlan = OrganizationDiffer.plan(desired: organization, live: before,
                                                            options: PlanOptions(maxDeletions: 10_000))
            let failures = await IdentityCenterHarness.execute(
                organizationsPlan, organization: organization,
                applier: OrganizationsChangeApplier(sessions: setup.sessions, clock: setup.clock),
                context: ApplyContext(live: before))
            #expect(failures.isEmpty, "\(failures.prefix(3))")
            for set in 0..<Self.permissionSets { _ = try await setup.createGroup("G\(set)", in: organization) }

            let timed = setup.with(clock: SystemClock())
            let converge = try await Self.measure(timed) { try await timed.converge(organization).failures }
            #expect(converge.result.isEmpty, "\(converge.result.prefix(3))")
            let noOp = try await Self.measure(timed) { try await timed.plan(organization) }
            let center = noOp.result.center
            #expect(noOp.result.plan.actions.isEmpty)
            #expect(center.assignments.count == Self.permissionSets * Self.accountsPerUnit)
            let perResource = center.assignments.count + Self.permissionSets * 6
            print("""
                identity-center bench: converge from empty \(converge.seconds)s, \(converge.calls) identity center calls, \
                peak \(converge.peak)/s; no-op plan \(noOp.seconds)s, \(noOp.calls) identity center calls \
                (\(center.assignmentReadStrategy.rawValue)), peak \(noOp.peak)/s; per-resource refresh would need \
                \(perResource) calls (\(Double(perResource) / Double(max(noOp.calls, 1)))x)
                """)
        }
    }

    /// Runs `body`, returning its result, wall seconds, the client's Identity Center calls and their peak per second
    /// (calls completed per second over windows of at least one second of wall time: a benchmark measures real
    /// time, so it waits for real).
    static func measure<T>(_ harness: IdentityCenterHarness,
                           _ body: () async throws -> T) async throws -> (result: T, seconds: Int, calls: Int, peak: Double) {
        let total: @Sendable () -> Int = { harness.identityCenterCalls().values.reduce(0, +) }
        let before = total()
        let sampler = Task {
            var peak = 0.0
            var last = (calls: total(), at: Date())
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                let now = (calls: total(), at: Date())
                peak = max(peak, Double(now.calls - last.calls) / max(now.at.timeIntervalSince(last.at), 1))
                last = now
            }
            return peak
        }
        let start = Date()
        let result = try await body()
        let seconds = Int(Date().timeIntervalSince(start).rounded())
        sampler.cancel()
        let calls = total() - before
        return (result, seconds, calls, await sampler.value)
    }
}
