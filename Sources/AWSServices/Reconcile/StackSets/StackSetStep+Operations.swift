import AWSClient
import OrgModel

/// The CloudFormation calls behind each stack-set action.
extension StackSetStep {
    func create(_ definition: StackSetDefinition) async throws -> ActionOutcome {
        let stackSet = try desired()
        let body = try template(stackSet, definition)
        do {
            let created = try await api.createStackSet(.init(
                stackSetName: name, description: definition.description, templateBody: body,
                parameters: try parameters(stackSet), capabilities: nilIfEmpty(definition.capabilities),
                tags: Self.tags(definition.tags), administrationRoleARN: definition.administrationRoleArn,
                executionRoleName: definition.executionRoleName, permissionModel: identity.permissionModel,
                autoDeployment: definition.autoDeployment.map(Self.autoDeployment), callAs: callAs,
                managedExecution: .init(active: definition.managedExecution)))
            return ActionOutcome(resourceId: created.stackSetId)
        } catch let error as AWSError where error.code == "NameAlreadyExistsException" {
            return ActionOutcome(detail: "stack set \(name) already existed; the next pass compares it")
        }
    }

    func update(_ definition: StackSetDefinition) async throws -> ActionOutcome {
        let stackSet = try desired()
        let body = try template(stackSet, definition)
        let values = try parameters(stackSet)
        let operationId = try await start {
            try await api.updateStackSet(.init(
                stackSetName: name, description: definition.description, templateBody: body, parameters: values,
                capabilities: definition.capabilities, tags: Self.tags(definition.tags),
                operationPreferences: Self.preferences(definition.operationPreferences),
                administrationRoleARN: definition.administrationRoleArn,
                executionRoleName: definition.executionRoleName,
                autoDeployment: definition.autoDeployment.map(Self.autoDeployment), callAs: callAs,
                managedExecution: .init(active: definition.managedExecution))).operationId
        }
        return try await finish(operationId, verb: "UpdateStackSet")
    }

    func createInstances(_ batch: StackInstanceBatch) async throws -> ActionOutcome {
        let (accounts, targets) = try addressing(batch)
        let overrides = try overrideValues(batch)
        let operationId = try await start {
            try await api.createStackInstances(.init(
                stackSetName: name, accounts: accounts, deploymentTargets: targets, regions: batch.regions,
                parameterOverrides: overrides, operationPreferences: Self.preferences(batch.operationPreferences),
                callAs: callAs)).operationId
        }
        return try await finish(operationId, verb: "CreateStackInstances")
    }

    func updateInstances(_ batch: StackInstanceBatch) async throws -> ActionOutcome {
        let (accounts, targets) = try addressing(batch)
        let overrides = try overrideValues(batch)
        let operationId = try await start {
            try await api.updateStackInstances(.init(
                stackSetName: name, accounts: accounts, deploymentTargets: targets, regions: batch.regions,
                parameterOverrides: overrides, operationPreferences: Self.preferences(batch.operationPreferences),
                callAs: callAs)).operationId
        }
        return try await finish(operationId, verb: "UpdateStackInstances")
    }

    func deleteInstances(_ batch: StackInstanceBatch) async throws -> ActionOutcome {
        let (accounts, targets) = try addressing(batch)
        let operationId = try await start {
            try await api.deleteStackInstances(.init(
                stackSetName: name, accounts: accounts, deploymentTargets: targets, regions: batch.regions,
                operationPreferences: Self.preferences(batch.operationPreferences), retainStacks: batch.retainStacks,
                callAs: callAs)).operationId
        }
        return try await finish(operationId, verb: "DeleteStackInstances")
    }

    func deleteStackSet() async throws -> ActionOutcome {
        do {
            try await api.deleteStackSet(.init(stackSetName: name, callAs: callAs))
        } catch let error as AWSError where error.code == "StackSetNotFoundException" {
            return ActionOutcome(detail: "stack set \(name) was already gone")
        }
        return .done
    }

    /// SELF_MANAGED: account IDs. SERVICE_MANAGED: deployment targets (OU IDs, account filter).
    func addressing(_ batch: StackInstanceBatch) throws -> (accounts: [String]?, targets: CloudFormationAPI.DeploymentTargets?) {
        let accounts = try batch.accounts.map { try context.resolve($0) }
        guard identity.serviceManaged else { return (accounts, nil) }
        let units = try batch.organizationalUnits.map { try context.resolve($0) }
        return (nil, CloudFormationAPI.DeploymentTargets(
            accounts: nilIfEmpty(accounts), organizationalUnitIds: units,
            accountFilterType: accounts.isEmpty ? nil : batch.accountFilter))
    }

    /// The template as read from the repository, refused when it changed since the plan.
    func template(_ stackSet: DesiredStackSet, _ definition: StackSetDefinition) throws -> String {
        guard stackSet.templateSHA256 == definition.templateSHA256 else {
            throw StackSetReconcileError(
                code: StackSetReconcileError.Code.templateChanged, organization: organization.name, stackSet: name,
                operation: "apply",
                message: "template '\(stackSet.templateFile)' changed since the plan was made; plan again")
        }
        return String(decoding: stackSet.templateBody, as: UTF8.self)
    }

    /// Every parameter with its real value: manifest values, then secrets from the resolver.
    func parameters(_ stackSet: DesiredStackSet) throws -> [CloudFormationAPI.Parameter] {
        var values = stackSet.parameters
        for (key, source) in stackSet.secretParameters {
            do {
                values[key] = try secrets.value(of: source, parameter: key)
            } catch let error as SecretResolutionError {
                throw StackSetReconcileError(code: error.code, organization: organization.name, stackSet: name,
                                             operation: "resolve secret", message: error.message)
            }
        }
        return values.sorted { $0.key < $1.key }.map { .init(parameterKey: $0.key, parameterValue: $0.value) }
    }

    /// The override values of a batch, taken from the manifest's entries for its first instance.
    func overrideValues(_ batch: StackInstanceBatch) throws -> [CloudFormationAPI.Parameter]? {
        guard !batch.parameterOverrides.isEmpty, let region = batch.regions.first else { return nil }
        let stackSet = try desired()
        let first = batch.accounts.first
        var values: [String: String] = [:]
        for entry in stackSet.parameterOverrides {
            let accountMatch = entry.accounts.isEmpty || entry.accounts.contains { ref in
                (ref.name != nil && ref.name == first?.name) || (ref.accountId != nil && ref.accountId == first?.id)
            }
            if accountMatch && (entry.regions.isEmpty || entry.regions.contains(region)) {
                values.merge(entry.parameters) { _, new in new }
            }
        }
        return batch.parameterOverrides.keys.sorted().compactMap { key in
            values[key].map { .init(parameterKey: key, parameterValue: $0) }
        }
    }

    static func preferences(_ value: StackSetPreferences) -> CloudFormationAPI.StackSetOperationPreferences? {
        let out = CloudFormationAPI.StackSetOperationPreferences(
            regionConcurrencyType: value.regionConcurrencyType, regionOrder: value.regionOrder.isEmpty ? nil : value.regionOrder,
            failureToleranceCount: value.failureToleranceCount, failureTolerancePercentage: value.failureTolerancePercentage,
            maxConcurrentCount: value.maxConcurrentCount, maxConcurrentPercentage: value.maxConcurrentPercentage,
            concurrencyMode: value.concurrencyMode)
        return out == CloudFormationAPI.StackSetOperationPreferences() ? nil : out
    }

    static func autoDeployment(_ value: AutoDeploymentSetting) -> CloudFormationAPI.AutoDeployment {
        .init(enabled: value.enabled, retainStacksOnAccountRemoval: value.retainStacksOnAccountRemoval)
    }

    static func tags(_ tags: [String: String]) -> [CloudFormationAPI.Tag] {
        tags.sorted { $0.key < $1.key }.map { .init(key: $0.key, value: $0.value) }
    }

    func nilIfEmpty<T>(_ values: [T]) -> [T]? { values.isEmpty ? nil : values }
}
