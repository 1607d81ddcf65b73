import AWSClient
import OrgModel

/// Reads an organization's whole Identity Center instance for `orgops import`, with read calls only.
///
/// It reuses `IdentityCenterLiveReader`, which reads in depth only the permission sets a request
/// names: a first read learns every name, a second names them all, so every permission set's
/// policies, inline policy, boundary and assignments are read exactly as `orgops plan` will read them
/// after import. Then ListGroups and ListUsers turn the assignments' principal IDs into names.
/// An organization without an instance in its region yields nil rather than an error: import then
/// writes no Identity Center manifests.
public struct IdentityCenterImportReader: Sendable {
    /// Where the organization's Identity Center clients come from.
    public let sessions: IdentityCenterSessions

    /// Creates a reader.
    public init(sessions: IdentityCenterSessions) {
        self.sessions = sessions
    }

    /// The instance of `organization`, nil when it has none.
    /// - Throws: `IdentityCenterReconcileError` of a failed read.
    public func read(_ organization: DesiredOrganization, ownerTagKey: String) async throws -> IdentityCenterImport? {
        let reader = IdentityCenterLiveReader(sessions: sessions)
        let names: LiveIdentityCenter
        do {
            names = try await reader.readIdentityCenter(organization, request: .init(
                ownerTagKey: ownerTagKey, permissionSetNames: [], groups: [], users: []))
        } catch let error as IdentityCenterReconcileError where error.code == IdentityCenterReconcileError.Code.noInstance {
            return nil
        }
        let all = Set(names.permissionSets.map(\.name))
        let live = all.isEmpty ? names : try await reader.readIdentityCenter(organization, request: .init(
            ownerTagKey: ownerTagKey, permissionSetNames: all, groups: [], users: []))
        guard !live.assignments.isEmpty else { return IdentityCenterImport(live: live) }
        let store = sessions.identityStore(for: organization)
        do {
            async let groups = store.listAllGroups(.init(identityStoreId: live.identityStoreId))
            async let users = store.listAllUsers(.init(identityStoreId: live.identityStoreId))
            var out = IdentityCenterImport(live: live)
            for group in try await groups {
                if let id = group.groupId, let name = group.displayName { out.groupNames[id] = name }
            }
            for user in try await users {
                if let id = user.userId, let name = user.userName { out.userNames[id] = name }
            }
            return out
        } catch {
            throw IdentityCenterReconcileError.wrap(error, organization: organization.name, resource: "identity-store",
                                                    operation: "import")
        }
    }
}
