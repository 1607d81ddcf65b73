/// The working state of one stack set's diff: the set's own fields, then its instances.
struct StackSetDiffSession {
    let desired: DesiredStackSet
    let live: LiveStackSet?
    let universe: StackSetTargetUniverse
    let ownerTag: (key: String, value: String)
    /// True when the live set has no ownership tag and the manifest says `adopt: true`.
    let adopting: Bool
    let identity: StackSetIdentity
    let sensitive: Set<String>
    let preferences: StackSetPreferences
    let ref: ResourceRef
    private(set) var actions: [PlannedAction] = []
    private(set) var notes: [String] = []
    private(set) var driftReport: StackSetDriftReport?
    /// True once an UpdateStackSet is planned: it reaches every instance, so no separate redeploy is needed.
    private var setUpdated = false

    init(desired: DesiredStackSet, live: LiveStackSet?, universe: StackSetTargetUniverse,
         ownerTag: (key: String, value: String), adopting: Bool = false) {
        self.desired = desired
        self.live = live
        self.universe = universe
        self.ownerTag = ownerTag
        self.adopting = adopting && live != nil
        identity = StackSetIdentity(manifestName: desired.name, stackSetName: desired.stackSetName,
                                    callAs: desired.callAs, permissionModel: desired.permissionModel)
        sensitive = TemplateParameters.sensitiveKeys(of: desired)
        preferences = StackSetPreferences(desired.operationPreferences)
        ref = ResourceRef(kind: .stackSet, name: desired.name, awsId: live?.id)
    }

    mutating func plan() {
        let definition = makeDefinition()
        if let live {
            if let running = live.lastOperation, running.isRunning {
                notes.append("stack set \(desired.name): operation \(running.id) (\(running.action)) is still running; "
                             + "the next operation waits for it")
            }
            let changes = StackSetChanges.definition(definition, against: live)
            if adopting {
                // The ownership tag is missing, so the changes are never empty: one UpdateStackSet adds it
                // and brings every other field to the manifest.
                var adoption = definition
                adoption.adoptionTagKey = ownerTag.key
                add(.update(adoption), id: "adopt stack-set \(desired.name)", changes: changes, reason: .adoption)
                setUpdated = true
            } else if !changes.isEmpty {
                add(.update(definition), id: "update stack-set \(desired.name)", changes: changes,
                    reason: .differsFromManifests)
                setUpdated = true
            }
        } else {
            add(.create(definition), id: "create stack-set \(desired.name)",
                changes: StackSetChanges.creation(definition), reason: .newInManifests)
        }
        planInstances()
    }

    /// The definition CreateStackSet/UpdateStackSet take, sensitive values as markers.
    func makeDefinition() -> StackSetDefinition {
        var parameters: [String: PlannedParameter] = [:]
        for (key, value) in desired.parameters { parameters[key] = sensitive.contains(key) ? .sensitive : .value(value) }
        for key in desired.secretParameters.keys { parameters[key] = .sensitive }
        var tags = desired.tags
        tags[ownerTag.key] = ownerTag.value
        let serviceManaged = identity.serviceManaged
        return StackSetDefinition(
            identity: identity, templateFile: desired.templateFile, templateSHA256: desired.templateSHA256,
            description: desired.description, capabilities: desired.capabilities.sorted(), parameters: parameters,
            tags: tags,
            autoDeployment: serviceManaged
                ? AutoDeploymentSetting(desired.autoDeployment ?? AutoDeployment(enabled: false,
                                                                                 retainStacksOnAccountRemoval: false))
                : nil,
            managedExecution: desired.managedExecution,
            administrationRoleArn: serviceManaged ? nil : desired.administrationRoleArn,
            executionRoleName: serviceManaged ? nil : desired.executionRoleName,
            operationPreferences: preferences.restricted(to: desired.regions))
    }

    /// Appends an action chained after the set's previous one.
    mutating func add(_ action: StackSetAction, id: String, changes: [FieldChange], reason: ActionReason,
                      extraDependencies: [String] = []) {
        var dependencies = extraDependencies
        if let previous = actions.last?.id { dependencies.insert(previous, at: 0) }
        actions.append(PlannedAction(id: id, kind: .stackSet(action), resource: ref, changes: changes, reason: reason,
                                     dependsOn: dependencies))
    }

    /// Records the drift report (and whether re-apply is planned).
    mutating func reportDrift(_ instances: [DriftedStackInstance], reapplied: Bool) {
        guard !instances.isEmpty else { return }
        let report = StackSetDriftReport(stackSet: desired.name, instances: instances, reapplied: reapplied)
        driftReport = report
        notes += report.lines
    }

    var updatesEveryInstance: Bool { setUpdated }
}
