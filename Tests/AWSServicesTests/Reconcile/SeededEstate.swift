import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel

/// A fixed estate seeded straight through the API, for the reader to find exactly.
///
/// Three OU levels (`/Workloads/Prod/Payments`), an OU beside them
/// (`/Sandbox`), three member accounts in OUs and the root, a delegated
/// administrator, trusted access, and policies of two types: a declared SCP
/// (written with odd whitespace and key order), an undeclared SCP, a declared
/// tag policy, and FullAWSAccess taken over by a manifest.
struct SeededEstate {
    static let name = "estate"
    static let denyS3Written = """
        { "Version": "2012-10-17",
          "Statement": [ { "Resource": "*", "Effect": "Deny", "Action": "s3:*" } ] }
        """
    static let denyS3Canonical = #"{"Statement":[{"Action":"s3:*","Effect":"Deny","Resource":"*"}],"Version":"2012-10-17"}"#
    static let requireEnv = #"{"tags":{"env":{"tag_key":{"@@assign":"env"}}}}"#

    var rootId = ""
    var units: [String: String] = [:]
    var accounts: [String: String] = [:]
    var policies: [String: String] = [:]

    /// The manifests of the estate: the organization and the policies it declares.
    static var manifests: [String: String] {
        [
            "org.yaml": ReconcileHarness.organizationManifest(
                name, account: ReconcileHarness.managementA, policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"],
                extra: "  organizationalUnits:\n    - { name: Sandbox }\n    - name: Workloads\n"
                    + "      children: [{ name: Prod, children: [{ name: Payments }] }]\n"),
            "policies.yaml": """
                apiVersion: orgops/v1
                kind: Policy
                metadata: { name: deny-s3, organization: estate }
                spec:
                  type: SERVICE_CONTROL_POLICY
                  description: no s3
                  document: '\(denyS3Canonical)'
                  targets: [{ ou: /Sandbox }]
                ---
                apiVersion: orgops/v1
                kind: Policy
                metadata: { name: require-env, organization: estate }
                spec:
                  type: TAG_POLICY
                  description: env tag
                  document: '\(requireEnv)'
                  targets: [root]
                ---
                apiVersion: orgops/v1
                kind: Policy
                metadata: { name: full-access, organization: estate }
                spec:
                  awsManaged: FullAWSAccess
                  targets: [root]
                """,
        ]
    }

    /// Seeds the estate in the organization's management account (which must have no organization yet).
    static func seed(_ api: OrganizationsAPI, clock: any OperatorClock) async throws -> SeededEstate {
        var estate = SeededEstate()
        _ = try await api.createOrganization(.init(featureSet: "ALL"))
        estate.rootId = try await api.listAllRoots().first?.id ?? ""
        for type in ["SERVICE_CONTROL_POLICY", "TAG_POLICY"] {
            _ = try await api.enablePolicyType(.init(rootId: estate.rootId, policyType: type))
        }
        try await api.enableAWSServiceAccess(.init(servicePrincipal: "sso.amazonaws.com"))
        func unit(_ path: String, parent: String, tags: [OrganizationsAPI.Tag]? = nil) async throws {
            let name = String(path.split(separator: "/").last ?? "")
            let created = try await api.createOrganizationalUnit(.init(parentId: parent, name: name, tags: tags))
            estate.units[path] = created.organizationalUnit?.id ?? ""
        }
        try await unit("/Workloads", parent: estate.rootId, tags: [.init(key: "owner", value: "platform")])
        try await unit("/Sandbox", parent: estate.rootId)
        try await unit("/Workloads/Prod", parent: estate.units["/Workloads"] ?? "")
        try await unit("/Workloads/Prod/Payments", parent: estate.units["/Workloads/Prod"] ?? "",
                       tags: [.init(key: "team", value: "pay")])
        for (name, path, tags) in [("app-prod", "/Workloads/Prod/Payments", [OrganizationsAPI.Tag(key: "env", value: "prod")]),
                                   ("app-dev", "/Sandbox", []), ("security", "/", [])] {
            let status = try await api.createAccountAndWait(
                .init(email: "\(name)@example.com", accountName: name, tags: tags.isEmpty ? nil : tags),
                clock: clock)
            let id = status.accountId ?? ""
            estate.accounts[name] = id
            if let parent = estate.units[path] {
                try await api.moveAccount(.init(accountId: id, sourceParentId: estate.rootId, destinationParentId: parent))
            }
        }
        try await api.registerDelegatedAdministrator(.init(accountId: estate.accounts["security"] ?? "",
                                                           servicePrincipal: "sso.amazonaws.com"))
        func policy(_ name: String, _ type: String, _ content: String, tags: [OrganizationsAPI.Tag]?,
                    targets: [String]) async throws {
            let created = try await api.createPolicy(.init(content: content, description: "\(name) policy", name: name,
                                                           type: type, tags: tags))
            let id = created.policy?.policySummary?.id ?? ""
            estate.policies[name] = id
            for target in targets { try await api.attachPolicy(.init(policyId: id, targetId: target)) }
        }
        try await policy("deny-s3", "SERVICE_CONTROL_POLICY", denyS3Written,
                         tags: [.init(key: "orgops:managed-by", value: name)],
                         targets: [estate.units["/Sandbox"] ?? "", estate.accounts["app-prod"] ?? ""])
        try await policy("legacy", "SERVICE_CONTROL_POLICY", denyS3Canonical, tags: nil, targets: [])
        try await policy("require-env", "TAG_POLICY", requireEnv, tags: nil, targets: [estate.rootId])
        return estate
    }
}
