import OrgModel
import TestSupport

/// A small organization with stack sets, and live snapshots to diff it against.
enum StackSetFixture {
    static let management = "111111111111"
    static let shop = "200000000001"
    static let data = "200000000002"
    static let sandbox = "200000000003"
    static let secretValue = "s3cr3t-webhook-token"
    static let noEchoValue = "hunter2-db-password"

    static let template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          TrustedAccountId: { Type: String }
          DbPassword: { Type: String, NoEcho: true }
          WebhookToken: { Type: String, NoEcho: false }
          LogLevel: { Type: String, Default: info }
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              RoleName: !Ref TrustedAccountId
        """

    static func organization(prune: Bool = true) -> String {
        """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: acme }
        spec:
          managementAccountId: "\(management)"
          region: us-east-1
          trustedServices: [member.org.stacksets.cloudformation.amazonaws.com]
          organizationalUnits:
            - name: Workloads
              children:
                - { name: Prod }
            - name: Sandbox
          reconcile: { prune: \(prune) }

        """
    }

    static func account(_ name: String, ou: String, id: String?) -> String {
        """
        apiVersion: orgops/v1
        kind: Account
        metadata: { name: \(name), organization: acme }
        spec:
        \(id.map { "  accountId: \"\($0)\"\n" } ?? "")  email: \(name)@example.com
          organizationalUnit: \(ou)

        """
    }

    static func serviceManaged(regions: String = "[us-east-1, eu-west-1]", units: String = "[/Workloads]",
                               extra: String = "", drift: String = "report", retain: Bool = false,
                               exclude: String = "[]") -> String {
        """
        apiVersion: orgops/v1
        kind: StackSet
        metadata: { name: baseline, organizations: [acme] }
        spec:
          templateFile: templates/baseline.yaml
          description: Baseline role
          permissionModel: SERVICE_MANAGED
          callAs: SELF
          capabilities: [CAPABILITY_NAMED_IAM]
          parameters: { TrustedAccountId: "\(management)", DbPassword: "\(noEchoValue)" }
          secretParameters:
            WebhookToken: { env: WEBHOOK_TOKEN }
          managedExecution: { active: true }
          driftRemediation: \(drift)
          tags: { owner: platform }
          autoDeployment: { enabled: true, retainStacksOnAccountRemoval: \(retain) }
          deploymentTargets:
            organizationalUnits: \(units)
            excludeAccounts: \(exclude)
          regions: \(regions)
          operationPreferences: { maxConcurrentPercentage: 25, failureTolerancePercentage: 0, regionConcurrencyType: PARALLEL }
        \(extra)
        """
    }

    static func selfManaged(accounts: String, overrides: String = "") -> String {
        """
        apiVersion: orgops/v1
        kind: StackSet
        metadata: { name: budgets, organizations: [acme] }
        spec:
          templateFile: templates/baseline.yaml
          permissionModel: SELF_MANAGED
          administrationRoleArn: arn:aws:iam::\(management):role/AWSCloudFormationStackSetAdministrationRole
          executionRoleName: AWSCloudFormationStackSetExecutionRole
          parameters: { TrustedAccountId: "\(management)", DbPassword: "\(noEchoValue)", WebhookToken: plain }
        \(overrides)
          deploymentTargets:
            accounts: \(accounts)
          regions: [us-east-1, eu-west-1]

        """
    }

    /// Organization, three accounts (shop in /Workloads/Prod, data in /Workloads, sandbox in /Sandbox) and `sets`.
    static func texts(_ sets: [String], prune: Bool = true, template: String = StackSetFixture.template,
                      extraAccounts: [String] = []) -> [String: String] {
        var texts = ["org.yaml": organization(prune: prune),
                     "accounts/shop.yaml": account("shop", ou: "/Workloads/Prod", id: shop),
                     "accounts/data.yaml": account("data", ou: "/Workloads", id: data),
                     "accounts/sandbox.yaml": account("sandbox", ou: "/Sandbox", id: sandbox),
                     "stacksets/templates/baseline.yaml": template]
        for (index, text) in sets.enumerated() { texts["stacksets/\(index).yaml"] = text }
        for (index, text) in extraAccounts.enumerated() { texts["accounts/extra\(index).yaml"] = text }
        return texts
    }

    static func desired(_ texts: [String: String]) throws -> DesiredOrganization {
        try InMemoryOrganization.desired(texts, organization: "acme")
    }

    /// The live organization matching `texts()` (before any stack set).
    static func liveOrganization() -> LiveOrganization {
        LiveOrganization(
            organizationId: "o-acme", managementAccountId: management, featureSet: "ALL", rootId: "r-root",
            organizationalUnits: [
                LiveOrganizationalUnit(id: "ou-work", name: "Workloads", parentId: "r-root", path: "/Workloads", tags: [:]),
                LiveOrganizationalUnit(id: "ou-prod", name: "Prod", parentId: "ou-work", path: "/Workloads/Prod", tags: [:]),
                LiveOrganizationalUnit(id: "ou-sand", name: "Sandbox", parentId: "r-root", path: "/Sandbox", tags: [:]),
            ],
            accounts: [
                LiveAccount(id: management, name: "management", email: "management@example.com", status: "ACTIVE",
                            parentId: "r-root", tags: [:]),
                LiveAccount(id: shop, name: "shop", email: "shop@example.com", status: "ACTIVE", parentId: "ou-prod", tags: [:]),
                LiveAccount(id: data, name: "data", email: "data@example.com", status: "ACTIVE", parentId: "ou-work", tags: [:]),
                LiveAccount(id: sandbox, name: "sandbox", email: "sandbox@example.com", status: "ACTIVE",
                            parentId: "ou-sand", tags: [:]),
            ],
            tagsRead: true)
    }

    /// The live set a converged apply of `desired`'s stack set `name` leaves, with instances in `instances`.
    static func converged(_ desired: DesiredOrganization, _ name: String,
                          instances: [(String, String)]) throws -> LiveStackSet {
        guard let set = desired.stackSets.first(where: { $0.name == name }) else {
            throw InMemoryOrganizationError(code: "NoStackSet", message: "no stack set \(name)")
        }
        let sensitive = TemplateParameters.sensitiveKeys(of: set)
        var parameters: [String: LiveParameterValue] = [:]
        for (key, value) in set.parameters { parameters[key] = sensitive.contains(key) ? .sensitive : .plain(value) }
        for key in set.secretParameters.keys { parameters[key] = .sensitive }
        var tags = set.tags
        tags[PlanOptions.defaultOwnerTagKey] = "acme"
        return LiveStackSet(
            name: set.stackSetName, id: "\(set.stackSetName):0001", description: set.description,
            permissionModel: set.permissionModel, callAs: set.callAs, capabilities: set.capabilities,
            parameters: parameters, templateSHA256: set.templateSHA256, tags: tags,
            autoDeployment: set.autoDeployment.map(AutoDeploymentSetting.init),
            managedExecution: set.managedExecution,
            administrationRoleArn: set.administrationRoleArn, executionRoleName: set.executionRoleName,
            instances: instances.map { LiveStackInstance(account: $0.0, region: $0.1) })
    }

    static func plan(_ desired: DesiredOrganization, live: [LiveStackSet],
                     organization: LiveOrganization = liveOrganization()) -> StackSetPlan {
        StackSetDiffer.plan(desired: desired, live: live,
                            universe: .projected(desired: desired, live: organization), options: PlanOptions())
    }

    /// The batches of a plan's actions of one kind.
    static func batches(_ plan: StackSetPlan, _ verb: String) -> [StackInstanceBatch] {
        plan.actions.compactMap { action in
            guard case .stackSet(let kind) = action.kind, kind.verb == verb else { return nil }
            switch kind {
            case .createInstances(let batch), .updateInstances(let batch), .deleteInstances(let batch): return batch
            default: return nil
            }
        }
    }

    static func ids(_ batch: StackInstanceBatch) -> [String] { batch.accounts.compactMap(\.id) }
}
