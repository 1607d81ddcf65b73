import AWSServices
import OrgModel

/// The small estate most StackSets tests converge: one organization, three accounts, one or two stack sets.
enum StackSetScenario {
    static let management = "111111111111"
    static let noEcho = "n0echo-db-password"

    static let template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Env: { Type: String }
          Token: { Type: String, NoEcho: true }
          Webhook: { Type: String }
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: { "Ref": "Env" }
        """

    static let organization = """
        apiVersion: orgops/v1
        kind: Organization
        metadata: { name: acme }
        spec:
          managementAccountId: "\(management)"
          access:
            roleArn: arn:aws:iam::\(management):role/orgops
            externalId: orgops-acme
          region: us-east-1
          trustedServices: [member.org.stacksets.cloudformation.amazonaws.com]
          organizationalUnits:
            - name: Workloads
              children:
                - { name: Prod }
            - name: Sandbox
          reconcile: { prune: true }

        """

    static func account(_ name: String, ou: String) -> String {
        """
        apiVersion: orgops/v1
        kind: Account
        metadata: { name: \(name), organization: acme }
        spec:
          email: \(name)@example.com
          organizationalUnit: \(ou)
          onRemoval: release

        """
    }

    static func serviceManaged(regions: String = "[us-east-1, eu-west-1]", drift: String = "report") -> String {
        """
        apiVersion: orgops/v1
        kind: StackSet
        metadata: { name: baseline, organizations: [acme] }
        spec:
          templateFile: templates/baseline.yaml
          description: Baseline topic
          permissionModel: SERVICE_MANAGED
          callAs: SELF
          parameters: { Env: prod, Token: "\(noEcho)" }
          secretParameters:
            Webhook: { env: WEBHOOK_TOKEN }
          managedExecution: { active: true }
          driftRemediation: \(drift)
          tags: { owner: platform }
          autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false }
          deploymentTargets:
            organizationalUnits: [/Workloads]
          regions: \(regions)
          operationPreferences: { maxConcurrentPercentage: 50, failureTolerancePercentage: 100, regionConcurrencyType: PARALLEL }

        """
    }

    static let selfManaged = """
        apiVersion: orgops/v1
        kind: StackSet
        metadata: { name: budgets, organizations: [acme] }
        spec:
          templateFile: templates/baseline.yaml
          permissionModel: SELF_MANAGED
          administrationRoleArn: arn:aws:iam::\(management):role/AWSCloudFormationStackSetAdministrationRole
          executionRoleName: AWSCloudFormationStackSetExecutionRole
          parameters: { Env: budget, Token: "\(noEcho)", Webhook: plain }
          parameterOverrides:
            - { accounts: [play], regions: [eu-west-1], parameters: { Env: sandbox } }
          deploymentTargets:
            accounts: [app, play]
          regions: [us-east-1, eu-west-1]

        """

    /// Manifests: the organization, app in /Workloads/Prod, data in `dataOU`, play in /Sandbox, and `sets`.
    static func texts(_ sets: [String], dataOU: String = "/Workloads", template: String = StackSetScenario.template)
        -> [String: String] {
        var texts = ["org.yaml": organization,
                     "accounts/app.yaml": account("app", ou: "/Workloads/Prod"),
                     "accounts/data.yaml": account("data", ou: dataOU),
                     "accounts/play.yaml": account("play", ou: "/Sandbox"),
                     "stacksets/templates/baseline.yaml": template]
        for (index, text) in sets.enumerated() { texts["stacksets/\(index).yaml"] = text }
        return texts
    }

    static func organization(_ texts: [String: String]) throws -> DesiredOrganization {
        try StackSetHarness.organization("acme", texts)
    }
}
