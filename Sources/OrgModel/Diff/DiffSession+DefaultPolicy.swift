/// FullAWSAccess, which AWS attaches by itself: to every entity when SCPs are enabled, and to every OU and
/// account created while they are.
///
/// When a manifest takes FullAWSAccess over (`awsManaged`), its targets are the whole truth, so the plan
/// must account for what AWS will attach during the apply: no attach where AWS does it anyway (it would
/// fail as a duplicate), and a detach after each automatic attachment the manifest does not want, so
/// one apply converges.
extension DiffSession {
    /// An attachment AWS will make during this apply, and the actions after which it exists.
    struct AutomaticTarget {
        var reference: TargetReference
        var dependencies: [String]
    }

    /// The AWS-managed policy AWS attaches by itself.
    static let defaultPolicy = (name: "FullAWSAccess", type: "SERVICE_CONTROL_POLICY")

    /// The targets AWS will attach this policy to during the apply (none unless it is FullAWSAccess).
    func automaticTargets(policy: DesiredPolicy, live policyLive: LivePolicy?) -> [AutomaticTarget] {
        guard policy.awsManaged == Self.defaultPolicy.name, policy.type == Self.defaultPolicy.type else { return [] }
        var out: [AutomaticTarget] = []
        for path in ouCreates.keys.sorted() {
            guard let create = ouCreates[path] else { continue }
            out.append(AutomaticTarget(reference: .organizationalUnit(OUReference(path: path, id: nil)), dependencies: [create]))
        }
        for account in desired.accounts where accountMatches[account.name] == nil && account.accountId == nil {
            guard let create = accountCreates[account.name] else { continue }
            out.append(AutomaticTarget(reference: .account(AccountReference(name: account.name, id: nil)),
                                       dependencies: [create]))
        }
        guard policyLive == nil, let enable = policyTypeEnables[policy.type] else { return out }
        out.append(AutomaticTarget(reference: .root(id: live.rootId), dependencies: [enable]))
        for unit in live.organizationalUnits where !isIgnored(path: unit.path) {
            out.append(AutomaticTarget(reference: .organizationalUnit(OUReference(path: unit.path, id: unit.id)),
                                       dependencies: [enable]))
        }
        for account in live.accounts where account.status == "ACTIVE" {
            if let path = livePath(ofParent: account.parentId), isIgnored(path: path) { continue }
            out.append(AutomaticTarget(reference: .account(AccountReference(name: accountName(id: account.id), id: account.id)),
                                       dependencies: [enable]))
        }
        if !live.exists {
            let name = desired.accounts.first { $0.accountId == desired.managementAccountId }?.name
            out.append(AutomaticTarget(reference: .account(AccountReference(name: name, id: desired.managementAccountId)),
                                       dependencies: [enable]))
        }
        return out
    }
}
