import OrgModel
import Testing

/// The StackSet differ: the set's own fields and its instances.
@Suite struct StackSetDifferTests {
    typealias F = StackSetFixture
    let wanted = [(F.shop, "us-east-1"), (F.shop, "eu-west-1"), (F.data, "us-east-1"), (F.data, "eu-west-1")]

    @Test func aNewServiceManagedSetIsCreatedThenDeployedToItsOUsInOneOperation() throws {
        let desired = try F.desired(F.texts([F.serviceManaged()]))
        let plan = F.plan(desired, live: [])
        #expect(plan.actions.map(\.id) == ["create stack-set baseline", "deploy stack-set baseline #1"])
        #expect(plan.actions[1].dependsOn == ["create stack-set baseline"])
        guard case .stackSet(.create(let definition)) = plan.actions[0].kind else {
            Issue.record("first action is not a create")
            return
        }
        #expect(definition.tags["orgops:managed-by"] == "acme")
        #expect(definition.parameters["TrustedAccountId"] == .value(F.management))
        #expect(definition.parameters["DbPassword"] == .sensitive)
        #expect(definition.parameters["WebhookToken"] == .sensitive)
        #expect(definition.autoDeployment == AutoDeploymentSetting(enabled: true, retainStacksOnAccountRemoval: false))
        let batch = try #require(F.batches(plan, "deploy").first)
        #expect(batch.organizationalUnits.map(\.path) == ["/Workloads"])
        #expect(batch.organizationalUnits.first?.id == "ou-work")
        #expect(batch.accountFilter == nil && batch.accounts.isEmpty)
        #expect(batch.regions == ["us-east-1", "eu-west-1"])
        #expect(batch.operationPreferences.maxConcurrentPercentage == 25)
    }

    @Test func aConvergedSetPlansNothing() throws {
        let desired = try F.desired(F.texts([F.serviceManaged()]))
        let live = try F.converged(desired, "baseline", instances: wanted)
        let plan = F.plan(desired, live: [live])
        #expect(plan.actions.isEmpty)
        #expect(plan.notes.isEmpty)
    }

    @Test func aChangedTemplateIsOneUpdateThatReachesEveryInstance() throws {
        let before = try F.desired(F.texts([F.serviceManaged()]))
        let live = try F.converged(before, "baseline", instances: wanted)
        let after = try F.desired(F.texts([F.serviceManaged()], template: F.template + "\n# v2\n"))
        let plan = F.plan(after, live: [live])
        #expect(plan.actions.map(\.id) == ["update stack-set baseline"])
        #expect(plan.actions[0].changes.map(\.field) == ["template"])
        #expect(plan.actions[0].reason == .differsFromManifests)
    }

    @Test func changedFieldsAreEachShown() throws {
        let desired = try F.desired(F.texts([F.serviceManaged()]))
        var live = try F.converged(desired, "baseline", instances: wanted)
        live.description = "old"
        live.capabilities = []
        live.parameters["TrustedAccountId"] = .plain("999999999999")
        live.tags["owner"] = "someone"
        live.autoDeployment = AutoDeploymentSetting(enabled: false, retainStacksOnAccountRemoval: false)
        live.managedExecution = false
        let plan = F.plan(desired, live: [live])
        let fields = plan.actions.first?.changes.map(\.field) ?? []
        #expect(fields == ["description", "capabilities", "parameters.TrustedAccountId", "tags.owner",
                           "autoDeployment", "managedExecution"])
    }

    @Test func anAddedRegionDeploysOnlyThereAndARemovedOneUndeploys() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(regions: "[us-east-1, eu-west-1, ap-south-1]")]))
        let live = try F.converged(desired, "baseline", instances: wanted)
        let added = F.plan(desired, live: [live])
        let batch = try #require(F.batches(added, "deploy").first)
        #expect(added.actions.count == 1)
        #expect(batch.regions == ["ap-south-1"])
        #expect(Set(F.ids(batch)) == [F.shop, F.data])
        #expect(batch.accountFilter == "INTERSECTION")

        let fewer = try F.desired(F.texts([F.serviceManaged(regions: "[us-east-1]")]))
        let removed = F.plan(fewer, live: [live])
        let undeploy = try #require(F.batches(removed, "undeploy").first)
        #expect(removed.actions.count == 1)
        #expect(undeploy.regions == ["eu-west-1"])
        #expect(Set(F.ids(undeploy)) == [F.shop, F.data])
        #expect(undeploy.retainStacks == false)
    }

    @Test func anAccountMovedOutOfTheTargetedOUIsUndeployedByAccount() throws {
        let texts = F.texts([F.serviceManaged(retain: true)]).merging(
            ["accounts/data.yaml": F.account("data", ou: "/Sandbox", id: F.data)]) { _, new in new }
        let desired = try F.desired(texts)
        let live = try F.converged(desired, "baseline", instances: wanted)
        let plan = F.plan(desired, live: [live])
        let batch = try #require(F.batches(plan, "undeploy").first)
        #expect(plan.actions.count == 1)
        #expect(F.ids(batch) == [F.data])
        #expect(batch.organizationalUnits.map(\.path) == ["/"])
        #expect(batch.accountFilter == "INTERSECTION")
        #expect(batch.regions == ["us-east-1", "eu-west-1"])
        #expect(batch.retainStacks)
    }

    @Test func excludedAccountsAreLeftOutOfAnOUDeployment() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(exclude: "[shop]")]))
        let batch = try #require(F.batches(F.plan(desired, live: []), "deploy").first)
        #expect(batch.accountFilter == "DIFFERENCE")
        #expect(F.ids(batch) == [F.shop])
        let live = try F.converged(desired, "baseline", instances: [(F.data, "us-east-1"), (F.data, "eu-west-1")])
        #expect(F.plan(desired, live: [live]).actions.isEmpty)
    }

    @Test func aSelfManagedSetTargetsItsAccounts() throws {
        let desired = try F.desired(F.texts([F.selfManaged(accounts: "[shop, data]")]))
        let plan = F.plan(desired, live: [])
        guard case .stackSet(.create(let definition)) = plan.actions.first?.kind else {
            Issue.record("no create")
            return
        }
        #expect(definition.administrationRoleArn?.hasSuffix("AWSCloudFormationStackSetAdministrationRole") == true)
        #expect(definition.executionRoleName == "AWSCloudFormationStackSetExecutionRole")
        #expect(definition.autoDeployment == nil)
        let batch = try #require(F.batches(plan, "deploy").first)
        #expect(F.ids(batch) == [F.shop, F.data].sorted())
        #expect(batch.organizationalUnits.isEmpty && batch.accountFilter == nil)
    }

    @Test func parameterOverridesGetTheirOwnBatch() throws {
        let overrides = """
              parameterOverrides:
                - { accounts: [shop], regions: [eu-west-1], parameters: { LogLevel: debug } }
            """
        let desired = try F.desired(F.texts([F.selfManaged(accounts: "[shop, data]", overrides: overrides)]))
        let plan = F.plan(desired, live: [])
        let batches = F.batches(plan, "deploy")
        #expect(batches.count == 3)
        let special = try #require(batches.first { !$0.parameterOverrides.isEmpty })
        #expect(F.ids(special) == [F.shop])
        #expect(special.regions == ["eu-west-1"])
        #expect(special.parameterOverrides == ["LogLevel": .value("debug")])

        var live = try F.converged(desired, "budgets", instances: wanted)
        for index in live.instances.indices { live.instances[index].parameterOverrides = [:] }
        let redeploy = F.batches(F.plan(desired, live: [live]), "redeploy")
        #expect(redeploy.count == 1)
        #expect(redeploy.first.map(F.ids) == [F.shop])
    }

    @Test func outdatedAndFailedInstancesAreRedeployed() throws {
        let desired = try F.desired(F.texts([F.serviceManaged()]))
        var live = try F.converged(desired, "baseline", instances: wanted)
        live.instances[0].status = "OUTDATED"
        live.instances[0].detailedStatus = "FAILED"
        live.instances[0].statusReason = "role already exists"
        let plan = F.plan(desired, live: [live])
        let batch = try #require(F.batches(plan, "redeploy").first)
        #expect(plan.actions.count == 1)
        #expect(F.ids(batch) == [live.instances[0].account])
        #expect(batch.regions == [live.instances[0].region])
        #expect(batch.organizationalUnits.map(\.path) == ["/Workloads"])
    }

    @Test func theManagementAccountIsNeverAServiceManagedTarget() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(units: "[/]")]))
        let universe = StackSetTargetUniverse.projected(desired: desired, live: F.liveOrganization())
        #expect(universe.members.contains { $0.reference.id == F.management })
        let live = try F.converged(desired, "baseline", instances: [
            (F.shop, "us-east-1"), (F.shop, "eu-west-1"), (F.data, "us-east-1"), (F.data, "eu-west-1"),
            (F.sandbox, "us-east-1"), (F.sandbox, "eu-west-1"),
        ])
        #expect(F.plan(desired, live: [live]).actions.isEmpty)
    }

    @Test func aRunningOperationIsNoted() throws {
        let desired = try F.desired(F.texts([F.serviceManaged()]))
        var live = try F.converged(desired, "baseline", instances: wanted)
        live.lastOperation = LiveStackSetOperation(id: "op-1", action: "UPDATE", status: "RUNNING")
        let plan = F.plan(desired, live: [live])
        #expect(plan.notes == ["stack set baseline: operation op-1 (UPDATE) is still running; the next operation waits for it"])
    }
}
