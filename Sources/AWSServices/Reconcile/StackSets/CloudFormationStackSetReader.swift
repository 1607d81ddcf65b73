import AWSClient
import Foundation
import OrgModel

/// Reads an organization's stack sets over CloudFormation in its management account (home region).
///
/// ListStackSets (ACTIVE) per `callAs` in use, then DescribeStackSet for each
/// (tags decide ownership, so every listed set is described), ListStackInstances
/// and the most recent operation for the sets orgops owns or may adopt (untagged,
/// declared with `adopt: true`);
/// DescribeStackInstance only for sets declaring `parameterOverrides`. Values of
/// NoEcho and secret parameters are dropped on read: AWS answers `****` for the
/// former but returns the latter in clear, so the declared sensitive keys are
/// masked whatever AWS answers.
///
/// The template hash is of the body AWS returns. The client's XML reader trims
/// whitespace around element text, so a body that equals the repository file
/// but for leading or trailing whitespace is taken as the file (its hash is the
/// file's); a change confined to that whitespace is therefore not seen.
public struct CloudFormationStackSetReader: StackSetReader {
    /// Where each organization's client comes from.
    public let sessions: OrganizationSessions

    /// Creates a reader.
    public init(sessions: OrganizationSessions) {
        self.sessions = sessions
    }

    /// Reads the owned or declared stack sets of `organization`.
    public func readStackSets(_ organization: DesiredOrganization, ownerTagKey: String) async throws -> [LiveStackSet] {
        let session = sessions.session(for: organization)
        let api = CloudFormationAPI(client: session.client, region: session.region)
        let declared = Dictionary(organization.stackSets.map { ($0.stackSetName, $0) }, uniquingKeysWith: { a, _ in a })
        let modes = Set(["SELF"] + organization.stackSets.map(\.callAs)).sorted()
        var out: [LiveStackSet] = []
        var seen: Set<String> = []
        do {
            for mode in modes {
                let callAs = mode == "SELF" ? nil : mode
                let summaries = try await api.listAllStackSets(.init(status: "ACTIVE", callAs: callAs))
                for summary in summaries {
                    guard let name = summary.stackSetName, seen.insert(name).inserted else { continue }
                    let wanted = declared[name]
                    let described = try await api.describeStackSet(.init(stackSetName: name, callAs: callAs))
                    guard let set = described.stackSet else { continue }
                    let tags = Self.tags(set.tags)
                    let owned = tags[ownerTagKey] == organization.name
                    guard owned || wanted != nil else { continue }
                    let adoptable = tags[ownerTagKey] == nil && wanted?.adopt == true
                    let live = try await read(set, summary: summary, tags: tags, callAs: mode, desired: wanted,
                                              api: api, deep: owned || adoptable)
                    out.append(live)
                }
            }
        } catch {
            throw StackSetReconcileError.wrap(error, organization: organization.name, stackSet: "*",
                                              operation: "read")
        }
        return out.sorted { $0.name < $1.name }
    }

    private func read(_ set: CloudFormationAPI.StackSet, summary: CloudFormationAPI.StackSetSummary,
                      tags: [String: String], callAs: String, desired: DesiredStackSet?, api: CloudFormationAPI,
                      deep: Bool) async throws -> LiveStackSet {
        let name = set.stackSetName ?? summary.stackSetName ?? ""
        let sensitive = desired.map(TemplateParameters.sensitiveKeys(of:)) ?? []
        let mode = callAs == "SELF" ? nil : callAs
        var parameters: [String: LiveParameterValue] = [:]
        for parameter in set.parameters ?? [] {
            guard let key = parameter.parameterKey else { continue }
            parameters[key] = Self.value(parameter.parameterValue, sensitive: sensitive.contains(key))
        }
        var instances: [LiveStackInstance] = []
        var lastOperation: LiveStackSetOperation?
        if deep {
            let summaries = try await api.listAllStackInstances(.init(stackSetName: name, callAs: mode))
            let describe = !(desired?.parameterOverrides.isEmpty ?? true)
            for instance in summaries {
                guard let account = instance.account, let region = instance.region else { continue }
                var overrides: [String: LiveParameterValue]?
                if describe {
                    let detail = try await api.describeStackInstance(.init(
                        stackSetName: name, stackInstanceAccount: account, stackInstanceRegion: region, callAs: mode))
                    overrides = [:]
                    for parameter in detail.stackInstance?.parameterOverrides ?? [] {
                        guard let key = parameter.parameterKey else { continue }
                        overrides?[key] = Self.value(parameter.parameterValue, sensitive: sensitive.contains(key))
                    }
                }
                instances.append(LiveStackInstance(
                    account: account, region: region, status: instance.status ?? "CURRENT",
                    detailedStatus: instance.stackInstanceStatus?.detailedStatus, statusReason: instance.statusReason,
                    driftStatus: instance.driftStatus, organizationalUnitId: instance.organizationalUnitId,
                    parameterOverrides: overrides))
            }
            let operations = try await api.listStackSetOperations(.init(stackSetName: name, maxResults: 5, callAs: mode))
            if let latest = (operations.summaries ?? []).max(by: {
                ($0.creationTimestamp ?? .distantPast) < ($1.creationTimestamp ?? .distantPast)
            }), let id = latest.operationId {
                lastOperation = LiveStackSetOperation(id: id, action: latest.action ?? "", status: latest.status ?? "")
            }
        }
        return LiveStackSet(
            name: name, id: set.stackSetId ?? summary.stackSetId ?? name, status: set.status ?? "ACTIVE",
            description: set.description, permissionModel: set.permissionModel ?? "SELF_MANAGED", callAs: callAs,
            capabilities: (set.capabilities ?? []).sorted(), parameters: parameters,
            templateSHA256: Self.templateHash(set.templateBody ?? "", desired: desired), tags: tags,
            autoDeployment: set.autoDeployment.map {
                AutoDeploymentSetting(enabled: $0.enabled ?? false,
                                      retainStacksOnAccountRemoval: $0.retainStacksOnAccountRemoval ?? false)
            },
            managedExecution: set.managedExecution?.active ?? false,
            administrationRoleArn: set.administrationRoleARN, executionRoleName: set.executionRoleName,
            organizationalUnitIds: (set.organizationalUnitIds ?? []).sorted(), instances: instances,
            lastOperation: lastOperation)
    }

    /// The hash of the body AWS returned, or the file's when they differ only by surrounding whitespace.
    static func templateHash(_ body: String, desired: DesiredStackSet?) -> String {
        let hash = TemplateDigest.sha256Hex(body)
        guard let desired, hash != desired.templateSHA256 else { return hash }
        let file = String(decoding: desired.templateBody, as: UTF8.self)
        return file.trimmingCharacters(in: .whitespacesAndNewlines) == body ? desired.templateSHA256 : hash
    }

    /// A read value: sensitive keys and AWS's NoEcho mask are kept only as a marker.
    static func value(_ text: String?, sensitive: Bool) -> LiveParameterValue {
        guard let text, !sensitive, text != "****" else { return .sensitive }
        return .plain(text)
    }

    static func tags(_ tags: [CloudFormationAPI.Tag]?) -> [String: String] {
        var out: [String: String] = [:]
        for tag in tags ?? [] {
            if let key = tag.key { out[key] = tag.value ?? "" }
        }
        return out
    }
}
