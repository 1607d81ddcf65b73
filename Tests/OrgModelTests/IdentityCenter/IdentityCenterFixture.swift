import OperatorSupport
import OrgModel

/// A small estate built directly as values: OUs /Workloads, /Workloads/Prod and /Sandbox, three accounts.
enum IdentityCenterFixture {
    static let root = "r-root"
    static let workloads = "ou-workloads"
    static let prod = "ou-prod"
    static let sandbox = "ou-sandbox"
    static let instance = "arn:aws:sso:::instance/ssoins-1"
    static let adminArn = "arn:aws:sso:::permissionSet/ssoins-1/ps-admin"
    static let readArn = "arn:aws:sso:::permissionSet/ssoins-1/ps-read"
    static let owner = [PlanOptions.defaultOwnerTagKey: "acme"]
    static let source = SourceLocation(file: "fixture.yaml", line: 1, column: 1)
    static let inline = #"{"Statement":[{"Action":"s3:*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}"#

    static func unit(_ name: String, _ path: String, _ children: [OrganizationalUnit] = []) -> OrganizationalUnit {
        OrganizationalUnit(name: name, path: path, id: nil, tags: [:], ignore: false, children: children, source: source)
    }

    static func account(_ name: String, id: String?, ou: String) -> DesiredAccount {
        DesiredAccount(name: name, accountId: id, email: "\(name)@example.com", accountName: name, organizationalUnit: ou,
                       tags: [:], onRemoval: "release", roleName: nil, iamUserAccessToBilling: nil, source: source)
    }

    static func permissionSet(_ name: String, managed: [String] = ["arn:aws:iam::aws:policy/AdministratorAccess"],
                              inline: String? = nil, adopt: Bool = false, tags: [String: String] = [:]) -> DesiredPermissionSet {
        DesiredPermissionSet(name: name, permissionSetName: name, description: "\(name) access", sessionDuration: "PT4H",
                             relayState: nil, managedPolicies: managed, customerManagedPolicies: [],
                             inlinePolicy: inline.map { PolicyDocument(canonicalJSON: $0, sourceFile: nil) },
                             permissionsBoundary: nil, tags: tags, adopt: adopt, source: source)
    }

    static func assignment(_ name: String, permissionSet: String, group: String, ous: [String] = [],
                           accounts: [String] = [], exclude: [String] = []) -> DesiredAssignment {
        DesiredAssignment(name: name, permissionSet: permissionSet, principal: .group(group), organizationalUnits: ous,
                          accounts: accounts.map { AccountRef(name: $0, accountId: nil) },
                          excludeAccounts: exclude.map { AccountRef(name: $0, accountId: nil) }, source: source)
    }

    /// The desired organization; `accounts` default to prod in /Workloads/Prod, dev in /Sandbox, tools in /Workloads.
    static func desired(accounts: [DesiredAccount]? = nil, permissionSets: [DesiredPermissionSet] = [],
                        assignments: [DesiredAssignment] = [], prune: Bool = true,
                        attributes: [String: String] = [:]) -> DesiredOrganization {
        DesiredOrganization(
            name: "acme", source: source, managementAccountId: "111111111111", access: nil, region: "us-east-1",
            featureSet: "ALL", policyTypes: [], trustedServices: [], delegatedAdministrators: [],
            organizationalUnits: [unit("Sandbox", "/Sandbox"), unit("Workloads", "/Workloads", [unit("Prod", "/Workloads/Prod")])],
            identityCenter: IdentityCenterSettings(instanceArn: nil, identityStoreId: nil, delegatedAdministrator: nil,
                                                   accessControlAttributes: attributes),
            reconcile: ReconcileSettings(prune: prune, suspend: false),
            accounts: accounts ?? [account("prod", id: "200000000001", ou: "/Workloads/Prod"),
                                   account("dev", id: "200000000002", ou: "/Sandbox"),
                                   account("tools", id: "200000000003", ou: "/Workloads")],
            policies: [], stackSets: [], permissionSets: permissionSets, assignments: assignments)
    }

    /// The live organization: the same tree, accounts where `parents` says (default: where the manifests want them).
    static func live(parents: [String: String] = ["200000000001": prod, "200000000002": sandbox, "200000000003": workloads],
                     extra: [LiveAccount] = []) -> LiveOrganization {
        let names = ["200000000001": "prod", "200000000002": "dev", "200000000003": "tools"]
        let accounts = parents.keys.sorted().map { id in
            LiveAccount(id: id, name: names[id] ?? id, email: "\(names[id] ?? id)@example.com", status: "ACTIVE",
                        parentId: parents[id] ?? root, tags: [PlanOptions.defaultOwnerTagKey: "acme"])
        }
        return LiveOrganization(
            organizationId: "o-acme", managementAccountId: "111111111111", featureSet: "ALL", rootId: root,
            organizationalUnits: [
                LiveOrganizationalUnit(id: sandbox, name: "Sandbox", parentId: root, path: "/Sandbox", tags: [:]),
                LiveOrganizationalUnit(id: workloads, name: "Workloads", parentId: root, path: "/Workloads", tags: [:]),
                LiveOrganizationalUnit(id: prod, name: "Prod", parentId: workloads, path: "/Workloads/Prod", tags: [:]),
            ],
            accounts: accounts + extra, tagsRead: true)
    }

    /// A managed Admin permission set matching `permissionSet("Admin")`.
    static func liveAdmin(inline: String? = nil, provisioned: [String] = [], tags: [String: String] = owner) -> LivePermissionSet {
        LivePermissionSet(arn: adminArn, name: "Admin", description: "Admin access", sessionDuration: "PT4H", tags: tags,
                          managedPolicies: ["arn:aws:iam::aws:policy/AdministratorAccess"], inlinePolicy: inline,
                          provisionedAccountIds: provisioned)
    }

    static func grant(_ account: String, arn: String = adminArn, group: String = "g-ops") -> LiveAssignment {
        LiveAssignment(permissionSetArn: arn, accountId: account, principalType: "GROUP", principalId: group)
    }

    static func identityCenter(_ sets: [LivePermissionSet] = [], assignments: [LiveAssignment] = [],
                               attributes: [String: String]? = nil) -> LiveIdentityCenter {
        LiveIdentityCenter(instanceArn: instance, identityStoreId: "d-1", permissionSets: sets, assignments: assignments,
                           accessControlAttributes: attributes, groups: ["Ops": "g-ops", "Auditors": "g-audit"])
    }

    static func plan(_ desired: DesiredOrganization, _ live: LiveOrganization, _ center: LiveIdentityCenter,
                     organizationPlan: OrganizationPlan? = nil) -> IdentityCenterPlan {
        IdentityCenterDiffer.plan(desired: desired, live: live, identityCenter: center, organizationPlan: organizationPlan,
                                  options: PlanOptions())
    }

    /// The Identity Center actions of a plan, unwrapped.
    static func kinds(_ plan: IdentityCenterPlan) -> [IdentityCenterAction] {
        plan.actions.compactMap { if case .identityCenter(let kind) = $0.kind { kind } else { nil } }
    }

    /// The accounts of the assignment creations of a plan, sorted.
    static func created(_ plan: IdentityCenterPlan) -> [String] {
        kinds(plan).compactMap { if case .createAssignment(let target) = $0 { target.account.description } else { nil } }.sorted()
    }

    /// The accounts of the assignment deletions of a plan, sorted.
    static func deleted(_ plan: IdentityCenterPlan) -> [String] {
        kinds(plan).compactMap { if case .deleteAssignment(let target) = $0 { target.account.description } else { nil } }.sorted()
    }
}
