/// The StackSets part of the imported estate: a SERVICE_MANAGED set on an OU in two regions with a
/// NoEcho secret parameter and a per-account override, and a SELF_MANAGED set on two accounts with
/// its roles and a capability.
extension ImportRoundTripTests {
    /// The secret the service-managed set's NoEcho parameter is applied with (never in any output).
    static let secret = "s3cr3t-alert-token-value"
    /// The variable import names for it (`<set>_<parameter>` in upper snake case).
    static let secretVariable = "BASELINE_ALERT_TOKEN"

    static var stackSetFiles: [String: String] {
        [
            "stacksets/templates/baseline.yaml": """
                AWSTemplateFormatVersion: "2010-09-09"
                Description: Alert topic in every workload account
                Parameters:
                  Env: { Type: String }
                  AlertToken: { Type: String, NoEcho: true }
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: { "Ref": "Env" }

                """,
            "stacksets/baseline.yaml": """
                apiVersion: orgops/v1
                kind: StackSet
                metadata: { name: baseline, organization: acme }
                spec:
                  templateFile: templates/baseline.yaml
                  description: Alert topic in every workload account
                  permissionModel: SERVICE_MANAGED
                  parameters: { Env: shared }
                  secretParameters:
                    AlertToken: { env: \(secretVariable) }
                  parameterOverrides:
                    - { accounts: [shop-prod], regions: [eu-west-1], parameters: { Env: prod-eu } }
                  tags: { owner: secops }
                  autoDeployment: { enabled: true, retainStacksOnAccountRemoval: false }
                  deploymentTargets: { organizationalUnits: [/Workloads] }
                  regions: [us-east-1, eu-west-1]

                """,
            "stacksets/templates/audit-topic.yaml": """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  TrustedAccountId: { Type: String }
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: { "Fn::Sub": "audit-${TrustedAccountId}" }

                """,
            "stacksets/audit-topic.yaml": """
                apiVersion: orgops/v1
                kind: StackSet
                metadata: { name: audit-topic, organization: acme }
                spec:
                  templateFile: templates/audit-topic.yaml
                  permissionModel: SELF_MANAGED
                  administrationRoleArn: arn:aws:iam::${organization.managementAccountId}:role/AWSCloudFormationStackSetAdministrationRole
                  executionRoleName: AWSCloudFormationStackSetExecutionRole
                  capabilities: [CAPABILITY_NAMED_IAM]
                  parameters: { TrustedAccountId: "${organization.managementAccountId}" }
                  deploymentTargets: { accounts: [log-archive, shop-prod] }
                  regions: [us-east-1]

                """,
        ]
    }
}
