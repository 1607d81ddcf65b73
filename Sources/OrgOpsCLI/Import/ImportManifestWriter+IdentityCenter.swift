import AWSServices
import OrgModel
import YAML

/// Identity Center manifests: `identity-center/permission-sets.yaml` (inline policies as files in
/// `identity-center/policies/`) and `identity-center/assignments.yaml`.
///
/// A permission set without the ownership tag gets `adopt: true`, so the first apply adopts it
/// (tags it) instead of reporting a conflict; one tagged for another organization is written as it is
/// and named in a notice, since the plan will leave it alone. Assignments are grouped by
/// (permission set, principal), principals by group display name or user name.
extension ImportManifestWriter {
    /// Adds the permission sets, their inline policies and the assignments of `center` to `output`.
    func writeIdentityCenter(_ center: IdentityCenterImport, live: ImportedOrganization, accountNames: [String: String],
                             names: inout LogicalNames, into output: inout ImportOutput) {
        var setNames: [String: String] = [:]
        let awsNames = Dictionary(center.live.permissionSets.map { ($0.arn, $0.name) }, uniquingKeysWith: { first, _ in first })
        var documents: [Node] = []
        for set in center.live.permissionSets {
            let name = names.claimVerbatim(set.name, kind: "permission-set")
            setNames[set.arn] = name
            let owner = set.tags[ownerTagKey]
            if let owner, owner != organization {
                output.notices.append("permission set '\(set.name)' is managed by organization '\(owner)'; "
                    + "the plan leaves it and its assignments alone")
            }
            var inlineFile: String?
            if let inline = set.inlinePolicy {
                let file = "policies/\(LogicalNames.slug(name))-inline.json"
                output.files["identity-center/" + file] = (try? JSONParser.parse(inline).prettyText) ?? inline + "\n"
                inlineFile = file
            }
            documents.append(permissionSetDocument(set, name: name, inlineFile: inlineFile, adopt: owner == nil))
        }
        if !documents.isEmpty { output.files["identity-center/permission-sets.yaml"] = emit(documents) }

        struct Key: Hashable, Comparable {
            var permissionSet: String
            var principalType: String
            var principal: String
            static func < (a: Key, b: Key) -> Bool {
                (a.permissionSet, a.principalType, a.principal) < (b.permissionSet, b.principalType, b.principal)
            }
        }
        let known = Set(live.accounts.map(\.id))
        var grouped: [Key: Set<String>] = [:]
        for assignment in center.live.assignments {
            guard let setName = setNames[assignment.permissionSetArn] else { continue }
            let awsName = awsNames[assignment.permissionSetArn] ?? setName
            guard let principal = center.principalName(assignment) else {
                output.notices.append("permission set '\(awsName)': assignment to \(assignment.principalType.lowercased()) "
                    + "\(assignment.principalId) on account \(assignment.accountId) is not imported: the identity store has no such principal")
                continue
            }
            guard known.contains(assignment.accountId) else {
                output.notices.append("permission set '\(awsName)': assignment to '\(principal)' on account "
                    + "\(assignment.accountId) is not imported: the account is not an active member of the organization")
                continue
            }
            grouped[Key(permissionSet: setName, principalType: assignment.principalType, principal: principal),
                    default: []].insert(assignment.accountId)
        }
        var assignments: [Node] = []
        for key in grouped.keys.sorted() {
            let targets = AssignmentTargets(assigned: grouped[key] ?? [], live: live, fold: foldAssignments)
            var targetPairs: [(String, Node)] = []
            if !targets.organizationalUnits.isEmpty {
                targetPairs.append(("organizationalUnits", .list(targets.organizationalUnits.map(Node.plain))))
            }
            if !targets.accounts.isEmpty {
                targetPairs.append(("accounts", .list(targets.accounts.map { accountNames[$0] ?? $0 }.sorted().map(Node.plain))))
            }
            let principalKey = key.principalType == "GROUP" ? "group" : "user"
            let name = names.claim("\(key.principal)-\(key.permissionSet)", kind: "assignment")
            assignments.append(header(kind: "AccountAssignment", name: name, organizationScoped: true, spec: [
                ("permissionSet", .plain(key.permissionSet)),
                ("principal", .map([(principalKey, .plain(key.principal))])),
                ("targets", .map(targetPairs)),
            ]))
        }
        if !assignments.isEmpty { output.files["identity-center/assignments.yaml"] = emit(assignments) }
    }

    private func permissionSetDocument(_ set: LivePermissionSet, name: String, inlineFile: String?, adopt: Bool) -> Node {
        var spec: [(String, Node)] = []
        if set.name != name { spec.append(("permissionSetName", .plain(set.name))) }
        if let description = set.description, !description.isEmpty { spec.append(("description", .plain(description))) }
        if let duration = set.sessionDuration, !duration.isEmpty { spec.append(("sessionDuration", .plain(duration))) }
        if let relay = set.relayState, !relay.isEmpty { spec.append(("relayState", .plain(relay))) }
        if !set.managedPolicies.isEmpty { spec.append(("managedPolicies", .list(set.managedPolicies.map(Node.plain)))) }
        if !set.customerManagedPolicies.isEmpty {
            spec.append(("customerManagedPolicies", .list(set.customerManagedPolicies.map(Self.reference))))
        }
        if let inlineFile { spec.append(("inlinePolicyFile", .plain(inlineFile))) }
        switch set.permissionsBoundary {
        case .managedPolicy(let arn)?: spec.append(("permissionsBoundary", .map([("managedPolicyArn", .plain(arn))])))
        case .customerManaged(let reference)?:
            spec.append(("permissionsBoundary", .map([("customerManagedPolicy", Self.reference(reference))])))
        case nil: break
        }
        let tags = desiredTags(set.tags)
        if !tags.isEmpty { spec.append(("tags", tagsNode(tags))) }
        if adopt { spec.append(("adopt", .plain("true"))) }
        return header(kind: "PermissionSet", name: name, organizationScoped: true, spec: spec)
    }

    private static func reference(_ policy: LiveCustomerManagedPolicy) -> Node {
        .map([("name", .plain(policy.name)), ("path", .plain(policy.path))])
    }
}
