import AWSClient
import OrgModel

/// Reads every active stack set of an organization for `orgops import`, with read calls only.
///
/// `CloudFormationStackSetReader` reads what the differ compares (template hashes, instances of
/// owned sets); import has nothing declared yet and needs more: the template body, to write it as a
/// file, and each instance's parameter overrides, to declare them. Calls, per `callAs` mode:
/// ListStackSets (ACTIVE), then per set DescribeStackSet, ListStackInstances and one
/// DescribeStackInstance per instance. SELF lists the management account's own sets;
/// DELEGATED_ADMIN is tried too and AWS refuses it unless the caller is a delegated administrator,
/// which is the normal answer for a management account and is not an error of the import.
public struct StackSetImportReader: Sendable {
    /// Where the organization's client comes from.
    public let sessions: OrganizationSessions

    /// Creates a reader.
    public init(sessions: OrganizationSessions) {
        self.sessions = sessions
    }

    /// The stack sets of `organization`, sorted by name; a name listed by both modes is kept once (SELF).
    /// - Throws: `StackSetReconcileError` of a failed read (other than DELEGATED_ADMIN being refused).
    public func read(_ organization: DesiredOrganization) async throws -> [StackSetImport] {
        let session = sessions.session(for: organization)
        let api = CloudFormationAPI(client: session.client, region: session.region)
        var out: [StackSetImport] = []
        var seen: Set<String> = []
        do {
            for mode in ["SELF", "DELEGATED_ADMIN"] {
                let callAs = mode == "SELF" ? nil : mode
                let summaries: [CloudFormationAPI.StackSetSummary]
                do {
                    summaries = try await api.listAllStackSets(.init(status: "ACTIVE", callAs: callAs))
                } catch let error as AWSError where mode == "DELEGATED_ADMIN" && error.origin == .service {
                    continue
                }
                for summary in summaries.sorted(by: { ($0.stackSetName ?? "") < ($1.stackSetName ?? "") }) {
                    guard let name = summary.stackSetName, seen.insert(name).inserted else { continue }
                    guard let set = try await api.describeStackSet(.init(stackSetName: name, callAs: callAs)).stackSet
                    else { continue }
                    out.append(try await read(set, name: name, mode: mode, api: api))
                }
            }
        } catch {
            throw StackSetReconcileError.wrap(error, organization: organization.name, stackSet: "*", operation: "import")
        }
        return out.sorted { $0.name < $1.name }
    }

    private func read(_ set: CloudFormationAPI.StackSet, name: String, mode: String,
                      api: CloudFormationAPI) async throws -> StackSetImport {
        let callAs = mode == "SELF" ? nil : mode
        let body = set.templateBody ?? ""
        var parameters: [String: String] = [:]
        for parameter in set.parameters ?? [] {
            if let key = parameter.parameterKey { parameters[key] = parameter.parameterValue ?? "" }
        }
        let sensitive = TemplateParameters(template: Array(body.utf8)).noEcho
            .union(parameters.filter { $0.value == Self.mask }.keys)
        var instances: [StackSetImport.Instance] = []
        for summary in try await api.listAllStackInstances(.init(stackSetName: name, callAs: callAs)) {
            guard let account = summary.account, let region = summary.region else { continue }
            let detail = try await api.describeStackInstance(.init(
                stackSetName: name, stackInstanceAccount: account, stackInstanceRegion: region, callAs: callAs))
            var overrides: [String: String] = [:]
            for parameter in detail.stackInstance?.parameterOverrides ?? [] {
                if let key = parameter.parameterKey { overrides[key] = parameter.parameterValue ?? "" }
            }
            instances.append(.init(account: account, region: region, organizationalUnitId: summary.organizationalUnitId,
                                   parameterOverrides: overrides))
        }
        var tags: [String: String] = [:]
        for tag in set.tags ?? [] {
            if let key = tag.key { tags[key] = tag.value ?? "" }
        }
        return StackSetImport(
            name: name, callAs: mode, description: set.description, permissionModel: set.permissionModel ?? "SELF_MANAGED",
            templateBody: body, capabilities: set.capabilities ?? [], parameters: parameters, sensitiveKeys: sensitive,
            tags: tags,
            autoDeployment: set.autoDeployment.map {
                AutoDeploymentSetting(enabled: $0.enabled ?? false,
                                      retainStacksOnAccountRemoval: $0.retainStacksOnAccountRemoval ?? false)
            },
            managedExecution: set.managedExecution?.active ?? false, administrationRoleArn: set.administrationRoleARN,
            executionRoleName: set.executionRoleName, organizationalUnitIds: set.organizationalUnitIds ?? [],
            regions: set.regions ?? [], instances: instances)
    }

    /// What AWS answers in place of a NoEcho value.
    static let mask = "****"
}
