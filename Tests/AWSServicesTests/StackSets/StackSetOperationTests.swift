import AWSClient
import AWSServices
import Foundation
import OrgModel
import Reconciler
import Testing
import TestSupport

extension StackSetIntegrationTests {
    /// Operations that fail for one account, that are still running, drift, and secrecy, over the test server.
    @Suite struct Operations {
        typealias S = StackSetScenario

        @Test func anOperationFailingForOneAccountReportsAWSsReasonAndTheOthersSucceed() async throws {
            let harness = try await StackSetHarness.make(accounts: [S.management])
            let bare = try S.organization(S.texts([]))
            try await harness.converge(bare)
            let ids = try await harness.accountIds(bare)
            let app = try #require(ids["app"]), data = try #require(ids["data"])
            let reason = "Account \(data) should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship"
            try await harness.backend.setFaults([AWSBackendFault(
                .asynchronous(polls: 1, seconds: 0, failure: reason, accounts: [data]),
                service: "cloudformation", operation: "CreateStackInstances", count: 1)])

            let organization = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]")]))
            let (plan, _, live) = try await harness.plan(organization)
            let report = await harness.apply(plan, organization, live: live)
            let failed = try #require(report.failed.first)
            #expect(report.failed.count == 1)
            #expect(failed.actionId == "deploy stack-set baseline #1")
            guard case .failed(let message) = failed.status else {
                Issue.record("not failed")
                return
            }
            #expect(message.contains("\(data)/us-east-1 failed: \(reason)"))
            #expect(message.contains("failed for 1 of 2 instances (1 succeeded)"))
            #expect(report.applied.map { $0.actionId }.contains("create stack-set baseline"))

            let instances = try await harness.cloudFormation(organization).listAllStackInstances(.init(stackSetName: "baseline"))
            #expect(instances.first { $0.account == app }?.status == "CURRENT")
            #expect(instances.first { $0.account == data }?.stackInstanceStatus?.detailedStatus == "FAILED")

            let (retry, _, live2) = try await harness.plan(organization)
            let redeploy = try #require(retry.actions.first)
            #expect(retry.actions.count == 1)
            guard case .stackSet(.updateInstances(let batch)) = redeploy.kind else {
                Issue.record("the failed instance is not redeployed: \(redeploy.id)")
                return
            }
            #expect(batch.accounts.compactMap { $0.id } == [data])
            #expect(await harness.apply(retry, organization, live: live2).succeeded)
            #expect(try await harness.plan(organization).plan.actions.isEmpty)
        }

        @Test func anOperationStillRunningWhenTheNextPassStartsIsWaitedFor() async throws {
            let harness = try await StackSetHarness.make(accounts: [S.management])
            let organization = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]")]))
            try await harness.converge(organization)
            try await harness.backend.setFaults([AWSBackendFault(
                .asynchronous(polls: 3, seconds: 0, failure: nil, accounts: []),
                service: "cloudformation", operation: "UpdateStackSet", count: 1)])
            let api = harness.cloudFormation(organization)
            let running = try await api.updateStackSet(.init(
                stackSetName: "baseline", description: "changed by hand", usePreviousTemplate: true,
                parameters: ["Env", "Token", "Webhook"].map { .init(parameterKey: $0, usePreviousValue: true) }))
            let runningId = try #require(running.operationId)

            let (plan, stackSets, live) = try await harness.plan(organization)
            #expect(plan.actions.map { $0.id } == ["update stack-set baseline"])
            #expect(stackSets.notes.contains { $0.contains(runningId) && $0.contains("still running") })
            let before = harness.attempts("DescribeStackSetOperation")
            let report = await harness.apply(plan, organization, live: live)
            #expect(report.succeeded, "\(report.failed)")
            #expect(harness.attempts("DescribeStackSetOperation") - before >= 3)
            #expect(!harness.clock.sleeps.isEmpty)
            let operations = try await api.listAllStackSetOperations(.init(stackSetName: "baseline"))
            #expect(operations.filter { $0.action == "UPDATE" }.allSatisfy { $0.status == "SUCCEEDED" })
            #expect(try await api.describeStackSet(.init(stackSetName: "baseline")).stackSet?.description == "Baseline topic")
        }

        @Test func driftIsDetectedReportedAndReapplied() async throws {
            let harness = try await StackSetHarness.make(accounts: [S.management])
            let organization = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]", drift: "reapply")]))
            try await harness.converge(organization)
            let app = try #require(try await harness.accountIds(organization)["app"])
            try await harness.backend.markStackSetDrift(managementAccount: S.management, stackSetName: "baseline",
                                                        account: app, region: "us-east-1")

            let scheduled = StackSetPlanner.DriftRequest(lastRuns: ["baseline": harness.clock.now()])
            let notDue = try await harness.plan(organization, drift: scheduled, detectDrift: true)
            #expect(notDue.plan.actions.isEmpty)
            #expect(harness.attempts("DetectStackSetDrift") == 0)

            let onDemand = StackSetPlanner.DriftRequest(lastRuns: ["baseline": harness.clock.now()], onDemand: true)
            let (plan, stackSets, live) = try await harness.plan(organization, drift: onDemand, detectDrift: true)
            #expect(harness.attempts("DetectStackSetDrift") == 1)
            let drift = try #require(stackSets.drift.first)
            #expect(drift.instances.map { "\($0.account)/\($0.region)" } == ["\(app)/us-east-1"])
            #expect(drift.instances.first?.resources == ["Topic (AWS::SNS::Topic): MODIFIED"])
            #expect(drift.reapplied)
            #expect(plan.notes.contains { $0.contains("\(app)/us-east-1 drifted") })
            #expect(plan.actions.map { $0.id } == ["reapply stack-set baseline #1"])
            #expect(plan.actions.first?.reason == .changedOutOfBand)

            let report = await harness.apply(plan, organization, live: live)
            #expect(report.succeeded, "\(report.failed)")
            #expect(harness.attempts("UpdateStackInstances") == 1)
            try await harness.backend.markStackSetDrift(managementAccount: S.management, stackSetName: "baseline",
                                                        account: app, region: "us-east-1", drifted: false)
            let after = try await harness.plan(organization, drift: onDemand, detectDrift: true)
            #expect(after.stackSets.drift.isEmpty)
            #expect(after.plan.actions.isEmpty)
        }

        @Test func noEchoAndSecretValuesAreSentButAbsentFromEveryPlan() async throws {
            let harness = try await StackSetHarness.make(accounts: [S.management])
            let organization = try S.organization(S.texts([S.serviceManaged(), S.selfManaged]))
            var renderings: [String] = []
            for _ in 0..<3 {
                let (plan, _, live) = try await harness.plan(organization)
                renderings += StackSetHarness.renderings(plan)
                if plan.actions.isEmpty { break }
                let report = await harness.apply(plan, organization, live: live)
                #expect(report.succeeded, "\(report.failed)")
                renderings.append("\(report)")
            }
            let changed = S.template.replacingOccurrences(of: "Webhook: { Type: String }", with: "Webhook: { Type: String, MinLength: 2 }")
            let updated = try S.organization(S.texts([S.serviceManaged(), S.selfManaged], template: changed))
            let (update, _, _) = try await harness.plan(updated)
            #expect(!update.actions.isEmpty)
            renderings += StackSetHarness.renderings(update)
            for text in renderings {
                #expect(!text.contains(S.noEcho))
                #expect(!text.contains(StackSetHarness.secret))
            }
            #expect(renderings.contains { $0.contains("parameters.Webhook: (none) → (sensitive)") })

            let sent = try await harness.cloudFormation(organization).describeStackSet(.init(stackSetName: "baseline"))
            let webhook = sent.stackSet?.parameters?.first { $0.parameterKey == "Webhook" }
            #expect(webhook?.parameterValue == StackSetHarness.secret)
            let read = try await CloudFormationStackSetReader(sessions: harness.sessions)
                .readStackSets(organization, ownerTagKey: PlanOptions.defaultOwnerTagKey)
            let baseline = try #require(read.first { $0.name == "baseline" })
            #expect(baseline.parameters["Webhook"] == .sensitive)
            #expect(baseline.parameters["Token"] == .sensitive)
            #expect(baseline.parameters["Env"] == .plain("prod"))
            #expect(!"\(read)".contains(StackSetHarness.secret) && !"\(read)".contains(S.noEcho))
        }
    }
}

extension StackSetIntegrationTests.Operations {
    @Test func aTemplateFileChangedSinceThePlanIsRefusedAndAMissingSecretNamedNotShown() async throws {
        let harness = try await StackSetHarness.make(accounts: [S.management], environment: [:])
        let planned = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]")]))
        let (plan, _, live) = try await harness.plan(planned)
        let edited = try S.organization(S.texts([S.serviceManaged(regions: "[us-east-1]")], template: S.template + "\n"))
        let refused = await harness.apply(plan, edited, live: live)
        let create = try #require(refused.results.first { $0.actionId == "create stack-set baseline" })
        guard case .failed(let message) = create.status else {
            Issue.record("the create was not refused")
            return
        }
        #expect(message.contains("changed since the plan was made") && message.contains("TemplateChangedSincePlan"))
        #expect(harness.attempts("CreateStackSet") == 0)

        let unresolved = await harness.apply(plan, planned, live: live)
        let failure = try #require(unresolved.results.first { $0.actionId == "create stack-set baseline" })
        guard case .failed(let reason) = failure.status else {
            Issue.record("the create did not fail without its secret")
            return
        }
        #expect(reason.contains("environment variable 'WEBHOOK_TOKEN' is not set"))
        #expect(harness.attempts("CreateStackSet") == 0)
    }
}
