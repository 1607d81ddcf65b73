import OperatorSupport

/// Per-type limits of Organizations policies (quotas page of AWS Organizations).
enum PolicyLimits {
    /// Document size in characters, after whitespace outside strings is removed.
    static let size: [String: Int] = [
        "SERVICE_CONTROL_POLICY": 5_120, "RESOURCE_CONTROL_POLICY": 5_120, "AISERVICES_OPT_OUT_POLICY": 2_500,
        "TAG_POLICY": 10_000, "BACKUP_POLICY": 10_000, "DECLARATIVE_POLICY_EC2": 10_000, "CHATBOT_POLICY": 10_000,
    ]
    /// Policies directly attached per root, OU or account.
    static let attachments: [String: Int] = [
        "SERVICE_CONTROL_POLICY": 5, "RESOURCE_CONTROL_POLICY": 5, "AISERVICES_OPT_OUT_POLICY": 5,
        "TAG_POLICY": 10, "BACKUP_POLICY": 10,
    ]
    /// The AWS-managed policy AWS attaches everywhere for a type, and the type it implies.
    static let awsManaged: [String: String] = [
        "FullAWSAccess": "SERVICE_CONTROL_POLICY", "RCPFullAWSAccess": "RESOURCE_CONTROL_POLICY",
    ]

    static func plural(_ type: String) -> String {
        switch type {
        case "SERVICE_CONTROL_POLICY": "service control policies"
        case "RESOURCE_CONTROL_POLICY": "resource control policies"
        case "TAG_POLICY": "tag policies"
        case "BACKUP_POLICY": "backup policies"
        case "AISERVICES_OPT_OUT_POLICY": "AI services opt-out policies"
        default: "\(type) policies"
        }
    }
}

extension LoadSession {
    /// Places a Policy: its type (enabled in the organization), its document (valid JSON within the
    /// type's size) and its resolved targets, which are counted for the attachment limits.
    mutating func placePolicy(_ document: ManifestDocument, into context: inout OrganizationContext) {
        let spec = document.spec
        let awsManaged = spec["awsManaged"]?.string
        var type = spec["type"]?.string
        if let awsManaged, let implied = PolicyLimits.awsManaged[awsManaged] {
            if let type, type != implied {
                diagnostics.append(.error("conflicting-fields", "awsManaged '\(awsManaged)' is a \(implied), not a \(type)", at: spec["type"]?.location))
            }
            type = implied
            for key in ["document", "documentFile"] where spec[key] != nil {
                diagnostics.append(.error("conflicting-fields", "a taken-over AWS-managed policy has no '\(key)'; AWS owns its content",
                                          at: spec[key]?.location))
            }
        }
        guard let type else {
            if spec["type"] != nil { return }
            diagnostics.append(.error("missing-field", "missing required field 'type' in Policy spec", at: spec.location))
            return
        }
        if !context.organization.policyTypes.contains(type) {
            diagnostics.append(.error("policy-type-not-enabled",
                                      "policy type '\(type)' is not enabled in organization '\(context.name)'; add it to the Organization's policyTypes",
                                      at: spec["type"]?.location ?? spec["awsManaged"]?.location ?? spec.location))
        }
        var policyDocument: PolicyDocument?
        if awsManaged == nil {
            guard let loaded = loadDocument(document, inlineKey: "document", fileKey: "documentFile", required: true,
                                            what: "Policy '\(document.name)'") else { return }
            if let limit = PolicyLimits.size[type], loaded.minifiedLength > limit {
                diagnostics.append(.error("policy-too-large",
                                          "policy document of '\(document.name)' is \(loaded.minifiedLength) characters after whitespace outside strings is removed; \(PolicyLimits.plural(type)) may have at most \(limit)",
                                          at: (spec["document"] ?? spec["documentFile"])?.location))
            }
            policyDocument = PolicyDocument(canonicalJSON: loaded.value.canonicalText, sourceFile: loaded.sourceFile)
        } else if let awsManaged {
            context.takenOver.insert(awsManaged)
        }
        let policyName = spec["policyName"]?.string ?? document.name
        if let first = context.register(policyName, kind: "Policy AWS name", at: document.location) {
            diagnostics.append(.error("duplicate-name", "policy name '\(policyName)' is used twice in organization '\(context.name)'",
                                      at: spec["policyName"]?.location ?? document.metadata["name"]?.location, related: [(first, "first used here")]))
        }
        var targets = Set<PolicyTarget>()
        for item in spec["targets"]?.list ?? [] {
            guard let target = resolveTarget(item, in: context) else { continue }
            if targets.insert(target).inserted {
                context.attachments[type, default: [:]][targetKey(target), default: []].append((document.name, item.location))
            }
        }
        context.organization.policies.append(DesiredPolicy(
            name: document.name, policyName: policyName, type: type, description: spec["description"]?.string ?? "",
            document: policyDocument, awsManaged: awsManaged, targets: targets.sorted(), tags: spec.stringMap("tags"),
            source: document.location))
    }

    private mutating func resolveTarget(_ item: Checked, in context: OrganizationContext) -> PolicyTarget? {
        if item.string == "root" { return .root }
        switch (item["ou"], item["account"]) {
        case (let ou?, nil):
            guard let path = ou.string, Self.checkOUPath(path, at: ou.location, in: context, diagnostics: &diagnostics) else { return nil }
            return path == "/" ? .root : .organizationalUnit(path: path)
        case (nil, let account?):
            guard let reference = account.string,
                  let ref = Self.resolveAccount(reference, at: account.location, in: context, diagnostics: &diagnostics) else { return nil }
            return .account(ref)
        default:
            diagnostics.append(.error("invalid-target", "a policy target is 'root', {ou: /Path} or {account: name}; give exactly one of 'ou' and 'account'",
                                      at: item.location))
            return nil
        }
    }

    /// At most N policies of a type per root, OU or account, counting the AWS-managed policy
    /// (FullAWSAccess) wherever it stays attached: everywhere, unless a Policy takes it over.
    mutating func checkAttachmentLimits(_ context: OrganizationContext) {
        for (type, nodes) in context.attachments.sorted(by: { $0.key < $1.key }) {
            guard let limit = PolicyLimits.attachments[type] else { continue }
            let managed = PolicyLimits.awsManaged.first { $0.value == type }?.key
            let managedStays = managed.map { !context.takenOver.contains($0) } ?? false
            for (node, list) in nodes.sorted(by: { $0.key < $1.key }) {
                let count = list.count + (managedStays ? 1 : 0)
                guard count > limit, let last = list.max(by: { $0.location < $1.location }) else { continue }
                let counting = managedStays ? ", counting \(managed ?? ""), which stays attached unless a Policy takes it over with awsManaged" : ""
                let others = list.filter { $0.location != last.location }.sorted { $0.location < $1.location }
                diagnostics.append(.error("too-many-policies",
                                          "\(count) \(PolicyLimits.plural(type)) would be attached to \(node) in organization '\(context.name)'\(counting); AWS allows at most \(limit)",
                                          at: last.location, related: others.map { ($0.location, "'\($0.policy)' is attached here") }))
            }
        }
    }
}
