import OperatorSupport

/// Digests of desired specs, recorded in the inventory after an apply.
///
/// When a resource differs from its manifest and the inventory holds the same
/// digest, the manifests did not change since the last apply: AWS did, so the
/// difference is drift (STATUS.md). Canonical text, so the digest is stable.
public enum DesiredDigest {
    /// Digest of an OU's spec.
    public static func organizationalUnit(_ unit: OrganizationalUnit) -> String {
        hash(["ou", unit.path, unit.id ?? "", tagText(unit.tags)])
    }

    /// Digest of an account's spec.
    public static func account(_ account: DesiredAccount) -> String {
        hash(["account", account.email.lowercased(), account.accountName, account.organizationalUnit, tagText(account.tags)])
    }

    /// Digest of a policy's spec.
    public static func policy(_ policy: DesiredPolicy) -> String {
        hash(["policy", policy.policyName, policy.type, policy.description, policy.document?.canonicalJSON ?? "",
              policy.awsManaged ?? "", policy.targets.map(\.description).joined(separator: ","), tagText(policy.tags)])
    }

    private static func tagText(_ tags: [String: String]) -> String {
        tags.keys.sorted().map { "\($0)=\(tags[$0] ?? "")" }.joined(separator: ",")
    }

    private static func hash(_ parts: [String]) -> String {
        SHA256.hex(Array(parts.joined(separator: "\u{1F}").utf8))
    }
}
