import AWSServices
import YAML

/// StackSet manifests: `stacksets/<name>.yaml`, the template in `stacksets/templates/<name>.yaml`
/// (`.json` for a JSON template) as AWS returned it.
///
/// A NoEcho parameter's value is never written (AWS only answers `****`): it becomes a
/// `secretParameters` entry read from an environment variable, and a notice names the variable the
/// operator needs before an apply updates the set. AWS does return a secret in clear when the
/// template does not mark it NoEcho, so a parameter whose name says it is one (`password`, `secret`,
/// `token`, …) is treated the same way: declaring too many keys secret never changes a plan (a secret
/// is not compared), writing one into git cannot be undone. Per-instance overrides become
/// `parameterOverrides`, one per (values, regions) with the accounts that share them. A stack set
/// that has no instance and no target cannot be declared (the loader requires targets) and is left
/// out with a notice.
extension ImportManifestWriter {
    /// Adds the manifest and template of `set` to `output`, or a notice when it cannot be declared.
    func writeStackSet(_ set: StackSetImport, live: ImportedOrganization, accountNames: [String: String],
                       into output: inout ImportOutput) {
        let targets = StackSetTargets(set, live: live)
        output.notices += targets.notices
        let serviceManaged = set.permissionModel == "SERVICE_MANAGED"
        if (serviceManaged ? targets.organizationalUnits.isEmpty : targets.accounts.isEmpty) || targets.regions.isEmpty {
            output.notices.append("stack set \(set.name) is not imported: it has no instances or targets to declare")
            return
        }
        let owner = set.tags[ownerTagKey]
        if owner != organization {
            let holder = owner.map { "is managed by organization '\($0)'" } ?? "has no '\(ownerTagKey)' tag"
            output.notices.append("stack set \(set.name) \(holder): orgops leaves it alone until it carries "
                + "\(ownerTagKey)=\(organization) (see docs/adopt.md)")
        }
        let template = set.templateBody.trimmingPrefixWhitespace.hasPrefix("{") ? "\(set.name).json" : "\(set.name).yaml"
        output.files["stacksets/templates/\(template)"] = set.templateBody.hasSuffix("\n") ? set.templateBody : set.templateBody + "\n"

        var spec: [(String, Node)] = [("templateFile", .plain("templates/\(template)"))]
        if let description = set.description, !description.isEmpty { spec.append(("description", .plain(description))) }
        spec.append(("permissionModel", .plain(set.permissionModel)))
        if set.callAs != "SELF" { spec.append(("callAs", .plain(set.callAs))) }
        if !serviceManaged {
            if let role = set.administrationRoleArn { spec.append(("administrationRoleArn", .plain(role))) }
            if let role = set.executionRoleName { spec.append(("executionRoleName", .plain(role))) }
        }
        if !set.capabilities.isEmpty { spec.append(("capabilities", .list(set.capabilities.map(Node.plain)))) }
        let sensitive = set.sensitiveKeys.union(set.parameters.keys.filter(Self.looksSecret))
        let plain = set.parameters.filter { !sensitive.contains($0.key) }
        if !plain.isEmpty { spec.append(("parameters", .map(plain.keys.sorted().map { ($0, Node.quoted(plain[$0] ?? "")) }))) }
        let secrets = set.parameters.keys.filter(sensitive.contains).sorted()
        if !secrets.isEmpty {
            spec.append(("secretParameters", .map(secrets.map { key in
                let variable = Self.environmentName(set.name, key)
                let why = set.sensitiveKeys.contains(key) ? "is NoEcho" : "looks like a secret by its name"
                output.notices.append("stack set \(set.name): parameter \(key) \(why) and its value is not written; "
                    + "set \(variable) in the operator's environment before an apply updates the set")
                return (key, .map([("env", .plain(variable))]))
            })))
        }
        let overrides = overrideNodes(set, sensitive: sensitive, accountNames: accountNames, regions: targets.regions,
                                      notices: &output.notices)
        if !overrides.isEmpty { spec.append(("parameterOverrides", .list(overrides))) }
        if set.managedExecution { spec.append(("managedExecution", .map([("active", .plain("true"))]))) }
        let tags = desiredTags(set.tags)
        if !tags.isEmpty { spec.append(("tags", tagsNode(tags))) }
        if serviceManaged {
            let auto = set.autoDeployment ?? .init(enabled: false, retainStacksOnAccountRemoval: false)
            spec.append(("autoDeployment", .map([("enabled", .plain("\(auto.enabled)")),
                                                 ("retainStacksOnAccountRemoval", .plain("\(auto.retainStacksOnAccountRemoval)"))])))
        }
        var deployment: [(String, Node)] = []
        if !targets.organizationalUnits.isEmpty {
            deployment.append(("organizationalUnits", .list(targets.organizationalUnits.map(Node.plain))))
        }
        let names = { (ids: [String]) -> Node in .list(ids.map { accountNames[$0] ?? $0 }.sorted().map(Node.plain)) }
        if !targets.accounts.isEmpty { deployment.append(("accounts", names(targets.accounts))) }
        if !targets.excludeAccounts.isEmpty { deployment.append(("excludeAccounts", names(targets.excludeAccounts))) }
        spec.append(("deploymentTargets", .map(deployment)))
        spec.append(("regions", .list(targets.regions.map(Node.plain))))
        output.files["stacksets/\(set.name).yaml"] = emit([header(kind: "StackSet", name: set.name, organizationScoped: true,
                                                                  spec: spec)])
    }

    /// `parameterOverrides` entries: per account, its overrides in all regions (no `regions`) or per region.
    private func overrideNodes(_ set: StackSetImport, sensitive: Set<String>, accountNames: [String: String],
                               regions: [String], notices: inout [String]) -> [Node] {
        struct Key: Hashable {
            var parameters: [String: String]
            var regions: [String]
        }
        var byAccount: [String: [String: [String: String]]] = [:]
        for instance in set.instances where !instance.parameterOverrides.isEmpty {
            var values = instance.parameterOverrides
            for key in values.keys where sensitive.contains(key) || Self.looksSecret(key) || values[key] == "****" {
                notices.append("stack set \(set.name): the secret override of \(key) in \(instance.account)/\(instance.region) "
                    + "cannot be imported; declare it by hand or the first plan redeploys that instance")
                values[key] = nil
            }
            if !values.isEmpty { byAccount[instance.account, default: [:]][instance.region] = values }
        }
        var groups: [Key: [String]] = [:]
        for (account, perRegion) in byAccount {
            let distinct = Set(perRegion.values)
            if distinct.count == 1, let values = distinct.first, Set(perRegion.keys) == Set(regions) {
                groups[Key(parameters: values, regions: []), default: []].append(account)
            } else {
                for (region, values) in perRegion { groups[Key(parameters: values, regions: [region]), default: []].append(account) }
            }
        }
        let sorted = groups.keys.sorted {
            ($0.regions.joined(separator: ","), $0.parameters.sorted { $0.key < $1.key }.description)
                < ($1.regions.joined(separator: ","), $1.parameters.sorted { $0.key < $1.key }.description)
        }
        return sorted.map { key in
            let accounts = (groups[key] ?? []).map { accountNames[$0] ?? $0 }.sorted()
            var pairs: [(String, Node)] = [("accounts", .list(accounts.map(Node.plain)))]
            if !key.regions.isEmpty { pairs.append(("regions", .list(key.regions.map(Node.plain)))) }
            pairs.append(("parameters", .map(key.parameters.keys.sorted().map { ($0, Node.quoted(key.parameters[$0] ?? "")) })))
            return .map(pairs)
        }
    }

    /// Parameter-name fragments that mark a value as a secret, compared case-insensitively.
    static let secretNameParts = ["password", "passwd", "secret", "token", "apikey", "api_key", "privatekey",
                                  "private_key", "credential"]

    /// True when a parameter's name says its value is a secret (`DbPassword`, `WebhookToken`).
    static func looksSecret(_ key: String) -> Bool {
        let lower = key.lowercased()
        return secretNameParts.contains { lower.contains($0) }
    }

    /// `ALERTS_WEBHOOK_TOKEN` for stack set `alerts`, parameter `WebhookToken`.
    static func environmentName(_ stackSet: String, _ key: String) -> String {
        var out = ""
        var previous: Character?
        for character in stackSet + "_" + key {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { out += "_" }
            out += character.isLetter || character.isNumber ? character.uppercased() : "_"
            previous = character
        }
        return out
    }
}

extension String {
    /// The text without leading spaces and newlines.
    fileprivate var trimmingPrefixWhitespace: Substring { drop { $0.isWhitespace } }
}
