import AWSServices
import OrgModel
@testable import OrgOpsCLI

/// A small imported estate, built by hand, for the writer tests and the snapshot: two OUs (one with a
/// child), four accounts, permission sets and assignments of every shape, and one stack set of each
/// permission model.
enum ImportFixture {
    static let management = "111111111111"
    static let psArn = "arn:aws:sso:::permissionSet/ssoins-1/ps-"

    static var organization: ImportedOrganization {
        var live = ImportedOrganization(
            managementAccountId: management, featureSet: "ALL", policyTypes: [],
            trustedServices: ["member.org.stacksets.cloudformation.amazonaws.com", "sso.amazonaws.com"],
            delegatedAdministrators: [],
            units: [.init(name: "Security", tags: [:], children: []),
                    .init(name: "Workloads", tags: [:], children: [.init(name: "Prod", tags: [:], children: [])])],
            accounts: [
                .init(id: management, name: "Management", email: "m@example.com", path: "/", tags: [:]),
                .init(id: "000000000101", name: "Log Archive", email: "a@example.com", path: "/Security", tags: [:]),
                .init(id: "000000000102", name: "Shop Prod", email: "b@example.com", path: "/Workloads/Prod", tags: [:]),
                .init(id: "000000000103", name: "Shop Dev", email: "c@example.com", path: "/Workloads", tags: [:]),
            ],
            policies: [],
            unitPaths: ["r-root": "/", "ou-sec": "/Security", "ou-work": "/Workloads", "ou-prod": "/Workloads/Prod"])
        live.identityCenter = identityCenter
        live.stackSets = stackSets
        return live
    }

    static var identityCenter: IdentityCenterImport {
        let admin = LivePermissionSet(arn: psArn + "admin", name: "Administrator", description: "Full access",
                                      sessionDuration: "PT2H", relayState: "https://console.aws.amazon.com/",
                                      tags: ["owner": "platform"], detailsRead: true,
                                      managedPolicies: ["arn:aws:iam::aws:policy/AdministratorAccess"])
        let developer = LivePermissionSet(
            arn: psArn + "dev", name: "Dev+Ops", sessionDuration: "PT8H", tags: ["orgops:managed-by": "acme"], detailsRead: true,
            customerManagedPolicies: [LiveCustomerManagedPolicy(name: "team-scope", path: "/teams/")],
            inlinePolicy: #"{"Statement":[{"Action":"iam:*","Effect":"Deny","Resource":"*"}],"Version":"2012-10-17"}"#,
            permissionsBoundary: .customerManaged(LiveCustomerManagedPolicy(name: "boundary")))
        let foreign = LivePermissionSet(arn: psArn + "foreign", name: "Billing", tags: ["orgops:managed-by": "globex"],
                                        detailsRead: true)
        let assignments = [
            LiveAssignment(permissionSetArn: psArn + "admin", accountId: "000000000102", principalType: "GROUP", principalId: "g-1"),
            LiveAssignment(permissionSetArn: psArn + "admin", accountId: "000000000103", principalType: "GROUP", principalId: "g-1"),
            LiveAssignment(permissionSetArn: psArn + "admin", accountId: "000000000101", principalType: "GROUP", principalId: "g-1"),
            LiveAssignment(permissionSetArn: psArn + "dev", accountId: "000000000102", principalType: "USER", principalId: "u-1"),
            LiveAssignment(permissionSetArn: psArn + "dev", accountId: "000000000102", principalType: "GROUP", principalId: "g-gone"),
            LiveAssignment(permissionSetArn: psArn + "dev", accountId: "999999999999", principalType: "USER", principalId: "u-1"),
        ]
        return IdentityCenterImport(
            live: LiveIdentityCenter(instanceArn: "arn:aws:sso:::instance/ssoins-1", identityStoreId: "d-1",
                                     permissionSets: [admin, developer, foreign], assignments: assignments,
                                     accessControlAttributes: ["team": "${path:enterprise.department}"]),
            groupNames: ["g-1": "PlatformAdmins"], userNames: ["u-1": "alice@example.com"])
    }

    static var stackSets: [StackSetImport] {
        let body = """
            Parameters:
              Env: { Type: String }
              Token: { Type: String, NoEcho: true }
            Resources: {}
            """
        let regions = ["us-east-1", "eu-west-1"]
        var instances: [StackSetImport.Instance] = []
        for account in ["000000000102", "000000000103"] {
            for region in regions {
                instances.append(.init(account: account, region: region, organizationalUnitId: "ou-work",
                                       parameterOverrides: account == "000000000102" && region == "eu-west-1"
                                           ? ["Env": "prod-eu", "Token": "****"] : [:]))
            }
        }
        return [
            StackSetImport(name: "alerts", description: "Alert topic", permissionModel: "SERVICE_MANAGED", templateBody: body,
                           parameters: ["Env": "shared", "Token": "****"], sensitiveKeys: ["Token"],
                           tags: ["orgops:managed-by": "acme", "owner": "secops"],
                           autoDeployment: .init(enabled: true, retainStacksOnAccountRemoval: false),
                           managedExecution: true, organizationalUnitIds: ["ou-work", "ou-prod"], regions: regions,
                           instances: instances),
            StackSetImport(name: "audit", permissionModel: "SELF_MANAGED", templateBody: #"{"Resources": {}}"#,
                           capabilities: ["CAPABILITY_NAMED_IAM"],
                           administrationRoleArn: "arn:aws:iam::111111111111:role/Admin", executionRoleName: "Exec",
                           instances: [.init(account: "000000000101", region: "us-east-1"),
                                       .init(account: management, region: "us-east-1")]),
            StackSetImport(name: "empty", permissionModel: "SELF_MANAGED", templateBody: "Resources: {}"),
        ]
    }

    static func render(fold: Bool = false) -> ImportOutput {
        ImportManifestWriter(organization: "acme", roleArn: nil, region: "us-east-1", ownerTagKey: "orgops:managed-by",
                             foldAssignments: fold).render(organization)
    }
}
