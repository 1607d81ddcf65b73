import AWSClient
import OrgModel

/// The read of an organization that declares nothing of Identity Center: only what it owns.
extension IdentityCenterReadPass {
    /// ListPermissionSets, ListTagsForResource per set; for the owned ones DescribePermissionSet, their
    /// details and their assignments per permission set. No ABAC, no principals: nothing is declared.
    ///
    /// The differ then plans the owned sets as removed from the manifests (deleted with their
    /// assignments under prune, kept and reported without it). Unowned sets are not described, so they
    /// are not in the snapshot at all and cannot be touched or listed as unmanaged.
    func runOwnedOnly() async throws -> LiveIdentityCenter {
        let arns = try await api.listAllPermissionSets(.init(instanceArn: instance.instanceArn))
        let tagged = try await concurrentMap(arns, width: width) { arn in (arn, try await tags(of: arn)) }
        let owned = tagged.filter { $0.1[request.ownerTagKey] == organization }
        let described = try await concurrentMap(owned, width: width) { arn, tags in
            var set = try await describe(arn)
            set.tags = tags
            return set
        }
        let detailed = try await concurrentMap(described, width: width) { set in try await details(set) }
        let assignments = try await assignmentsPerPermissionSet(detailed)
        return LiveIdentityCenter(instanceArn: instance.instanceArn, identityStoreId: instance.identityStoreId,
                                  permissionSets: detailed, assignments: assignments, accessControlAttributes: nil,
                                  assignmentReadStrategy: .perPermissionSet)
    }
}
