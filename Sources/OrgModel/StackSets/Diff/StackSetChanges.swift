/// The `field: before → after` lines a stack-set action shows; sensitive values only as `(sensitive)`.
enum StackSetChanges {
    static let sensitiveText = "(sensitive)"

    /// What a new set will have.
    static func creation(_ definition: StackSetDefinition) -> [FieldChange] {
        var out = [FieldChange(field: "template", before: nil, after: "\(definition.templateFile) sha256:\(short(definition.templateSHA256))")]
        if let description = definition.description { out.append(FieldChange(field: "description", before: nil, after: description)) }
        out.append(FieldChange(field: "permissionModel", before: nil, after: definition.identity.permissionModel))
        if !definition.capabilities.isEmpty {
            out.append(FieldChange(field: "capabilities", before: nil, after: definition.capabilities.joined(separator: ", ")))
        }
        for key in definition.parameters.keys.sorted() {
            out.append(FieldChange(field: "parameters.\(key)", before: nil, after: definition.parameters[key]?.description))
        }
        return out
    }

    /// The differences between the declared definition and the live set (empty: nothing to update).
    static func definition(_ definition: StackSetDefinition, against live: LiveStackSet) -> [FieldChange] {
        var out: [FieldChange] = []
        if definition.templateSHA256 != live.templateSHA256 {
            out.append(FieldChange(field: "template", before: "sha256:\(short(live.templateSHA256))",
                                   after: "\(definition.templateFile) sha256:\(short(definition.templateSHA256))"))
        }
        if (definition.description ?? "") != (live.description ?? "") {
            out.append(FieldChange(field: "description", before: live.description, after: definition.description))
        }
        if definition.capabilities != live.capabilities.sorted() {
            out.append(FieldChange(field: "capabilities", before: live.capabilities.sorted().joined(separator: ", "),
                                   after: definition.capabilities.joined(separator: ", ")))
        }
        out += parameters(definition.parameters, against: live.parameters)
        out += TagChanges.changes(from: live.tags, to: definition.tags)
        if let wanted = definition.autoDeployment, wanted != (live.autoDeployment ?? AutoDeploymentSetting(enabled: false, retainStacksOnAccountRemoval: false)) {
            out.append(FieldChange(field: "autoDeployment", before: live.autoDeployment?.description,
                                   after: wanted.description))
        }
        if definition.managedExecution != live.managedExecution {
            out.append(FieldChange(field: "managedExecution", before: "\(live.managedExecution)",
                                   after: "\(definition.managedExecution)"))
        }
        if let role = definition.administrationRoleArn, role != live.administrationRoleArn {
            out.append(FieldChange(field: "administrationRoleArn", before: live.administrationRoleArn, after: role))
        }
        if let role = definition.executionRoleName, role != live.executionRoleName {
            out.append(FieldChange(field: "executionRoleName", before: live.executionRoleName, after: role))
        }
        return out
    }

    /// Parameter differences; a sensitive value present on both sides cannot be compared and counts as equal.
    static func parameters(_ wanted: [String: PlannedParameter], against live: [String: LiveParameterValue]) -> [FieldChange] {
        var out: [FieldChange] = []
        for key in Set(wanted.keys).union(live.keys).sorted() {
            let before = live[key].map(show)
            switch (wanted[key], live[key]) {
            case (.value(let a)?, .plain(let b)?) where a == b: continue
            case (.sensitive?, _?): continue
            case (nil, nil): continue
            default:
                out.append(FieldChange(field: "parameters.\(key)", before: before, after: wanted[key]?.description))
            }
        }
        return out
    }

    /// What an instance operation covers.
    static func batch(_ batch: StackInstanceBatch) -> [FieldChange] {
        var out: [FieldChange] = []
        if !batch.organizationalUnits.isEmpty {
            out.append(FieldChange(field: "organizationalUnits", before: nil,
                                   after: batch.organizationalUnits.map(\.path).joined(separator: ", ")))
        }
        if !batch.accounts.isEmpty {
            let label = batch.accountFilter.map { "accounts (\($0.lowercased()))" } ?? "accounts"
            out.append(FieldChange(field: label, before: nil, after: batch.accounts.map(\.description).joined(separator: ", ")))
        }
        out.append(FieldChange(field: "regions", before: nil, after: batch.regions.joined(separator: ", ")))
        for key in batch.parameterOverrides.keys.sorted() {
            out.append(FieldChange(field: "parameterOverrides.\(key)", before: nil,
                                   after: batch.parameterOverrides[key]?.description))
        }
        if batch.retainStacks { out.append(FieldChange(field: "retainStacks", before: nil, after: "true")) }
        return out
    }

    static func show(_ value: LiveParameterValue) -> String {
        switch value {
        case .plain(let text): text
        case .sensitive: sensitiveText
        }
    }

    static func short(_ hash: String) -> String { String(hash.prefix(12)) }
}

/// Tag differences as field changes.
enum TagChanges {
    static func changes(from live: [String: String], to wanted: [String: String]) -> [FieldChange] {
        Set(live.keys).union(wanted.keys).sorted().compactMap { key in
            live[key] == wanted[key] ? nil : FieldChange(field: "tags.\(key)", before: live[key], after: wanted[key])
        }
    }
}
