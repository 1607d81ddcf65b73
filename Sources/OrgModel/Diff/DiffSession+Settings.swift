/// The organization itself, its policy types, trusted services and delegated administrators.
extension DiffSession {
    /// Creates the organization (all features) when the management account has none.
    mutating func planOrganization() {
        guard !live.exists else {
            if let featureSet = live.featureSet, featureSet != desired.featureSet {
                notes.append("organization feature set is \(featureSet), manifests say \(desired.featureSet): "
                    + "enabling all features needs a handshake every member accepts, which orgops does not start")
            }
            return
        }
        organizationCreate = add(.createOrganization(featureSet: desired.featureSet),
                                 ResourceRef(kind: .organization, name: desired.name),
                                 changes: [FieldChange(field: "featureSet", before: nil, after: desired.featureSet)],
                                 reason: .newInManifests)
    }

    /// Enables the declared policy types; a type enabled but not declared is disabled after its policies are gone.
    mutating func planPolicyTypes() {
        let enabled = Set(live.enabledPolicyTypes)
        for type in desired.policyTypes where !enabled.contains(type) {
            policyTypeEnables[type] = add(.enablePolicyType(type: type), ResourceRef(kind: .policyType, name: type),
                                          reason: .newInManifests)
        }
    }

    /// Enables trusted access for declared services.
    mutating func planServiceAccess() {
        let enabled = Set(live.trustedServices)
        for principal in desired.trustedServices where !enabled.contains(principal) {
            serviceEnables[principal] = add(.enableServiceAccess(servicePrincipal: principal),
                                            ResourceRef(kind: .serviceAccess, name: principal), reason: .newInManifests)
        }
    }

    /// Registers declared delegated administrators and deregisters the rest.
    mutating func planDelegatedAdministrators() {
        var wanted: Set<LiveDelegatedAdministrator> = []
        for admin in desired.delegatedAdministrators {
            let reference = accountReference(admin.account)
            let name = "\(admin.servicePrincipal) \(reference)"
            if let id = reference.id {
                let key = LiveDelegatedAdministrator(accountId: id, servicePrincipal: admin.servicePrincipal)
                wanted.insert(key)
                if live.delegatedAdministrators.contains(key) { continue }
            }
            var dependencies = accountDependency(admin.account)
            if let enable = serviceEnables[admin.servicePrincipal] { dependencies.append(enable) }
            add(.registerDelegatedAdministrator(account: reference, servicePrincipal: admin.servicePrincipal),
                ResourceRef(kind: .delegatedAdministrator, name: name, awsId: reference.id),
                reason: .newInManifests, dependsOn: dependencies)
        }
        for admin in live.delegatedAdministrators where !wanted.contains(admin) {
            let reference = AccountReference(name: accountName(id: admin.accountId), id: admin.accountId)
            let id = add(.deregisterDelegatedAdministrator(account: reference, servicePrincipal: admin.servicePrincipal),
                         ResourceRef(kind: .delegatedAdministrator, name: "\(admin.servicePrincipal) \(reference)",
                                     awsId: admin.accountId),
                         reason: .removedFromManifests)
            serviceCleanup[admin.servicePrincipal, default: []].append(id)
        }
    }

    /// Disables policy types and service access no manifest declares, after what depends on them is gone.
    mutating func disableAfterCleanup() {
        let declaredTypes = Set(desired.policyTypes)
        for type in live.enabledPolicyTypes where !declaredTypes.contains(type) {
            add(.disablePolicyType(type: type), ResourceRef(kind: .policyType, name: type),
                reason: .removedFromManifests, dependsOn: policyTypeCleanup[type] ?? [])
        }
        let declaredServices = Set(desired.trustedServices)
        for principal in live.trustedServices where !declaredServices.contains(principal) {
            add(.disableServiceAccess(servicePrincipal: principal), ResourceRef(kind: .serviceAccess, name: principal),
                reason: .removedFromManifests, dependsOn: serviceCleanup[principal] ?? [])
        }
    }

    /// The manifest name of a live account ID, when a manifest declares it.
    func accountName(id: String) -> String? {
        accountNamesById[id]
    }
}
