import OperatorSupport

extension LoadSession {
    /// CloudFormation's TemplateBody limit in bytes.
    static var maxTemplateBytes: Int { 51_200 }

    /// Places a StackSet: its template, targets by permission model, parameters (secret values never
    /// read here) and operation preferences.
    ///
    /// Decisions: `permissionModel` is required (AWS's default SELF_MANAGED would silently
    /// ignore OU targets); a SERVICE_MANAGED stack set without `autoDeployment` gets
    /// `{enabled: true, retainStacksOnAccountRemoval: false}`; SERVICE_MANAGED may filter its
    /// OUs with `accounts` or `excludeAccounts` but not both (AWS has one filter type).
    mutating func placeStackSet(_ document: ManifestDocument, into context: inout OrganizationContext) {
        let spec = document.spec
        let stackSetName = spec["stackSetName"]?.string ?? document.name
        if spec["stackSetName"] == nil, !StringRule.stackSetName.isValid(stackSetName) {
            diagnostics.append(.error("invalid-format",
                                      "stack set name '\(stackSetName)' (from metadata.name) must be a letter followed by letters, digits and '-'; set spec.stackSetName",
                                      at: document.metadata["name"]?.location))
        }
        if let first = context.register(stackSetName, kind: "StackSet AWS name", at: document.location) {
            diagnostics.append(.error("duplicate-name", "stack set name '\(stackSetName)' is used twice in organization '\(context.name)'",
                                      at: spec["stackSetName"]?.location ?? document.metadata["name"]?.location, related: [(first, "first used here")]))
        }
        var template: (path: String, bytes: [UInt8])?
        if let field = spec["templateFile"] {
            template = readReference(field, from: document)
            if let template {
                templateFiles.insert(template.path)
                if template.bytes.count > Self.maxTemplateBytes {
                    diagnostics.append(.error("template-too-large",
                                              "template '\(template.path)' is \(template.bytes.count) bytes; CloudFormation accepts at most \(Self.maxTemplateBytes) in a request",
                                              at: field.location))
                }
            }
        }
        guard let model = spec["permissionModel"]?.string, let targets = spec["deploymentTargets"] else { return }
        let callAs = spec["callAs"]?.string ?? "SELF"
        let ous = targets.strings("organizationalUnits")
        let accounts = targets.strings("accounts")
        let excluded = targets.strings("excludeAccounts")
        let targetsLocation = targets.location
        if model == "SERVICE_MANAGED" {
            if ous.isEmpty {
                diagnostics.append(.error("stackset-targets", "a SERVICE_MANAGED stack set deploys to OUs; give deploymentTargets.organizationalUnits",
                                          at: targetsLocation))
            }
            if !accounts.isEmpty, !excluded.isEmpty {
                diagnostics.append(.error("stackset-targets", "a SERVICE_MANAGED stack set filters its OUs with 'accounts' or 'excludeAccounts', not both",
                                          at: targets["excludeAccounts"]?.location))
            }
            for key in ["administrationRoleArn", "executionRoleName"] where spec[key] != nil {
                diagnostics.append(.error("stackset-permission-model", "'\(key)' applies to SELF_MANAGED stack sets only", at: spec[key]?.location))
            }
        } else {
            if accounts.isEmpty {
                diagnostics.append(.error("stackset-targets", "a SELF_MANAGED stack set deploys to accounts; give deploymentTargets.accounts",
                                          at: targetsLocation))
            }
            for key in ["organizationalUnits", "excludeAccounts"] where targets[key] != nil {
                diagnostics.append(.error("stackset-targets", "'\(key)' needs permissionModel SERVICE_MANAGED", at: targets[key]?.location))
            }
            if let auto = spec["autoDeployment"] {
                diagnostics.append(.error("stackset-permission-model", "autoDeployment needs permissionModel SERVICE_MANAGED", at: auto.location))
            }
            if callAs == "DELEGATED_ADMIN" {
                diagnostics.append(.error("stackset-permission-model", "callAs DELEGATED_ADMIN needs permissionModel SERVICE_MANAGED",
                                          at: spec["callAs"]?.location))
            }
        }
        for (path, location) in ous { _ = Self.checkOUPath(path, at: location, in: context, diagnostics: &diagnostics) }
        let accountRefs = Self.resolveAccounts(accounts, in: context, diagnostics: &diagnostics)
        let excludedRefs = Self.resolveAccounts(excluded, in: context, diagnostics: &diagnostics)
        let regions = spec.strings("regions")
        if regions.isEmpty, spec["regions"]?.isList == true {
            diagnostics.append(.error("too-short", "field 'regions' in StackSet spec is empty; give at least one region", at: spec["regions"]?.location))
        }
        let regionSet = Set(regions.map(\.0))
        let parameters = spec.stringMap("parameters")
        var secrets: [String: SecretSource] = [:]
        for entry in spec["secretParameters"]?.entries ?? [] {
            let (key, source) = (entry.key, entry.value)
            if parameters[key] != nil {
                diagnostics.append(.error("conflicting-fields", "parameter '\(key)' is in both parameters and secretParameters", at: source.location))
            }
            switch (source["env"]?.string, source["file"]?.string) {
            case (let env?, nil): secrets[key] = .environment(env)
            case (nil, let file?):
                if !file.hasPrefix("/") {
                    diagnostics.append(.error("invalid-format", "secret file '\(file)' must be an absolute path in the operator's container",
                                              at: source["file"]?.location))
                }
                secrets[key] = .file(file)
            default:
                diagnostics.append(.error("invalid-secret", "secret parameter '\(key)' needs exactly one of 'env' and 'file'", at: source.location))
            }
        }
        var overrides: [ParameterOverride] = []
        for item in spec["parameterOverrides"]?.list ?? [] {
            let overrideAccounts = Self.resolveAccounts(item.strings("accounts"), in: context, diagnostics: &diagnostics)
            let overrideRegions = item.strings("regions")
            for (region, location) in overrideRegions where !regionSet.contains(region) {
                diagnostics.append(.error("unknown-region", "override region '\(region)' is not among the stack set's regions", at: location))
            }
            if item["accounts"] == nil, item["regions"] == nil {
                diagnostics.append(.error("missing-field", "a parameter override needs 'accounts' and/or 'regions'", at: item.location))
            }
            overrides.append(ParameterOverride(accounts: overrideAccounts.sorted(), regions: overrideRegions.map(\.0),
                                               parameters: item.stringMap("parameters")))
        }
        let preferences = operationPreferences(spec["operationPreferences"], regions: regionSet)
        let autoDeployment: AutoDeployment? = model == "SERVICE_MANAGED"
            ? AutoDeployment(enabled: spec["autoDeployment"]?["enabled"]?.bool ?? true,
                             retainStacksOnAccountRemoval: spec["autoDeployment"]?["retainStacksOnAccountRemoval"]?.bool ?? false)
            : nil
        guard let template else { return }
        context.organization.stackSets.append(DesiredStackSet(
            name: document.name, stackSetName: stackSetName, templateFile: template.path, templateBody: template.bytes,
            templateSHA256: SHA256.hex(template.bytes), description: spec["description"]?.string, permissionModel: model,
            callAs: callAs, administrationRoleArn: spec["administrationRoleArn"]?.string,
            executionRoleName: spec["executionRoleName"]?.string,
            capabilities: Set(spec.strings("capabilities").map(\.0)).sorted(), parameters: parameters, secretParameters: secrets,
            parameterOverrides: overrides, managedExecution: spec["managedExecution"]?["active"]?.bool ?? false,
            driftRemediation: spec["driftRemediation"]?.string ?? "report", tags: spec.stringMap("tags"),
            autoDeployment: autoDeployment, organizationalUnits: Set(ous.map(\.0)).sorted(),
            accounts: Set(accountRefs).sorted(), excludeAccounts: Set(excludedRefs).sorted(), regions: regions.map(\.0),
            operationPreferences: preferences, adopt: spec["adopt"]?.bool ?? false, source: document.location))
    }

    /// Count xor percentage, regionOrder within regions, and STRICT_FAILURE_TOLERANCE's
    /// `maxConcurrentCount <= failureToleranceCount + 1`.
    private mutating func operationPreferences(_ node: Checked?, regions: Set<String>) -> OperationPreferences {
        var preferences = OperationPreferences(regionConcurrencyType: nil, regionOrder: [], failureToleranceCount: nil,
                                               failureTolerancePercentage: nil, maxConcurrentCount: nil,
                                               maxConcurrentPercentage: nil, concurrencyMode: nil)
        guard let node else { return preferences }
        for (count, percent) in [("maxConcurrentCount", "maxConcurrentPercentage"), ("failureToleranceCount", "failureTolerancePercentage")]
        where node[count] != nil && node[percent] != nil {
            diagnostics.append(.error("operation-preferences", "'\(count)' and '\(percent)' are mutually exclusive; give one",
                                      at: node[percent]?.location))
        }
        preferences.regionConcurrencyType = node["regionConcurrencyType"]?.string
        preferences.regionOrder = node.strings("regionOrder").map(\.0)
        for (region, location) in node.strings("regionOrder") where !regions.contains(region) {
            diagnostics.append(.error("unknown-region", "regionOrder names '\(region)', which is not among the stack set's regions", at: location))
        }
        preferences.failureToleranceCount = node["failureToleranceCount"]?.int
        preferences.failureTolerancePercentage = node["failureTolerancePercentage"]?.int
        preferences.maxConcurrentCount = node["maxConcurrentCount"]?.int
        preferences.maxConcurrentPercentage = node["maxConcurrentPercentage"]?.int
        preferences.concurrencyMode = node["concurrencyMode"]?.string
        if (preferences.concurrencyMode ?? "STRICT_FAILURE_TOLERANCE") == "STRICT_FAILURE_TOLERANCE",
           let maxCount = preferences.maxConcurrentCount, let tolerance = preferences.failureToleranceCount, maxCount > tolerance + 1 {
            diagnostics.append(.error("operation-preferences",
                                      "with STRICT_FAILURE_TOLERANCE, maxConcurrentCount (\(maxCount)) may be at most failureToleranceCount + 1 (\(tolerance + 1))",
                                      at: node["maxConcurrentCount"]?.location))
        }
        return preferences
    }
}
