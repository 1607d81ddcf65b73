import AWSClient
import OperatorSupport
import OrgModel

/// Reads an organization's Identity Center instance over AWS, costing as few calls as the estate allows.
///
/// Calls of one pass, in order (P permission sets, D of them read in depth):
/// 1. ListInstances, unless `identityCenter.instanceArn` and `identityStoreId` are both declared;
/// 2. ListPermissionSets, then DescribePermissionSet and ListTagsForResource for each (2P);
/// 3. for each managed or declared permission set: its managed and customer-managed policies,
///    inline policy, boundary and provisioned accounts (5D);
/// 4. DescribeInstanceAccessControlAttributeConfiguration (1);
/// 5. live assignments of the managed permission sets, per permission set or per principal
///    (`AssignmentReadCost` decides);
/// 6. GetGroupId / GetUserId per name the manifests use, once per pass (none when the principals were
///    listed in step 5).
/// Calls run concurrently within the client's Identity Center rate (20 per 1.25 s per organization).
///
/// An owned-only request (an organization declaring nothing of Identity Center) reads less:
/// ListInstances (no instance: nothing to read; access denied: nothing read, and the plan notes
/// it), ListPermissionSets, ListTagsForResource per
/// permission set, and steps 2–3 and 5 (per permission set) only for the ones it owns.
public struct IdentityCenterLiveReader: IdentityCenterReader {
    /// Where each organization's Identity Center client comes from.
    public let sessions: IdentityCenterSessions
    /// Tasks started at once per fan-out (the client limits the rate itself).
    public var width: Int

    /// Creates a reader.
    public init(sessions: IdentityCenterSessions, width: Int = 8) {
        self.sessions = sessions
        self.width = width
    }

    /// Reads `organization`'s instance as `request` asks.
    public func readIdentityCenter(_ organization: DesiredOrganization,
                                   request: IdentityCenterReadRequest) async throws -> LiveIdentityCenter {
        sessions.recordDelegatedAdministrator(request.delegatedAdministratorAccountId, for: organization.name)
        if organization.identityCenter?.delegatedAdministrator != nil, request.delegatedAdministratorAccountId == nil {
            throw IdentityCenterReconcileError(
                code: IdentityCenterReconcileError.Code.noDelegatedAdministrator, organization: organization.name,
                resource: "identity-center", operation: "read",
                message: "identityCenter.delegatedAdministrator '\(organization.identityCenter?.delegatedAdministrator?.description ?? "")' "
                    + "is not an account of the organization yet")
        }
        sessions.forgetInstance(of: organization.name)
        do {
            let instance: IdentityCenterInstance
            do {
                instance = try await sessions.instance(for: organization)
            } catch let missing as IdentityCenterReconcileError
                        where request.ownedOnly && missing.code == IdentityCenterReconcileError.Code.noInstance {
                return LiveIdentityCenter(instanceArn: "", identityStoreId: "")
            } catch let denied as AWSError where request.ownedOnly && denied.code == "AccessDeniedException" {
                // An organization that declares nothing of Identity Center kept working without its permissions.
                var empty = LiveIdentityCenter(instanceArn: "", identityStoreId: "")
                empty.unreadable = "\(denied.operation): \(denied.code)"
                return empty
            }
            let pass = IdentityCenterReadPass(organization: organization.name, request: request, instance: instance,
                                              api: sessions.ssoAdmin(for: organization),
                                              store: sessions.identityStore(for: organization), width: width)
            return try await pass.run()
        } catch {
            throw IdentityCenterReconcileError.wrap(error, organization: organization.name, resource: "identity-center",
                                                    operation: "read")
        }
    }
}
