import AWSServices
import Foundation

/// What a test reads back from, or changes behind the operator's back in, an organization.
extension OrganizationsAPI {
    /// The root's ID.
    func rootId() async throws -> String {
        guard let id = try await listAllRoots().first?.id else {
            throw AWSServicesError(code: "NoRoot", message: "the organization has no root")
        }
        return id
    }

    /// The ID of the OU at `path` (`/Workloads/Prod`), walking down from the root.
    func ouId(_ path: String) async throws -> String {
        var parent = try await rootId()
        for name in path.split(separator: "/") {
            let children = try await listAllOrganizationalUnitsForParent(.init(parentId: parent))
            guard let id = children.first(where: { $0.name == String(name) })?.id else {
                throw AWSServicesError(code: "NoOU", message: "no ou '\(path)' (stopped at '\(name)')")
            }
            parent = id
        }
        return parent
    }

    /// Every account of the organization, management account included.
    func accounts() async throws -> [Account] {
        try await listAllAccounts()
    }

    /// The account whose name is `name`.
    func account(named name: String) async throws -> Account {
        guard let account = try await accounts().first(where: { $0.name == name }) else {
            throw AWSServicesError(code: "NoAccount", message: "no account named '\(name)'")
        }
        return account
    }

    /// The IDs of the accounts directly in `parentId`.
    func accountIds(in parentId: String) async throws -> Set<String> {
        Set(try await listAllAccountsForParent(.init(parentId: parentId)).compactMap(\.id))
    }

    /// The ID of the customer-managed policy `name` of `type`.
    func policyId(_ name: String, type: String) async throws -> String {
        let policies = try await listAllPolicies(.init(filter: type))
        guard let id = policies.first(where: { $0.name == name })?.id else {
            throw AWSServicesError(code: "NoPolicy", message: "no \(type) named '\(name)'")
        }
        return id
    }

    /// The target IDs of a policy.
    func targetIds(_ policyId: String) async throws -> Set<String> {
        Set(try await listAllTargetsForPolicy(.init(policyId: policyId)).compactMap(\.targetId))
    }

    /// The tags of a resource, as a dictionary.
    func tags(_ resourceId: String) async throws -> [String: String] {
        var out: [String: String] = [:]
        for tag in try await listAllTagsForResource(.init(resourceId: resourceId)) {
            if let key = tag.key { out[key] = tag.value ?? "" }
        }
        return out
    }
}
