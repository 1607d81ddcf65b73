/// What git found when it checked a commit's signature, from the `%G?`, `%GS`, `%GK` and `%GF` formats.
///
/// Kept as a value rather than a yes/no so a refused revision's status
/// commit can say who signed it, if anyone.
public struct SignatureVerification: Sendable, Hashable, CustomStringConvertible {
    /// The one-letter verdict of `%G?`, named.
    public enum Status: String, Sendable, Hashable {
        /// `G`: a good signature by a trusted key.
        case good
        /// `U`: a good signature by a key that is not trusted (for SSH: no allowed-signers principal matched).
        case untrusted
        /// `B`: a bad signature (the commit was altered or the signature is forged).
        case bad
        /// `X`: a good signature that has expired.
        case expiredSignature
        /// `Y`: a good signature by a key that has expired.
        case expiredKey
        /// `R`: a good signature by a key that was revoked.
        case revokedKey
        /// `E`: the signature could not be checked (for example the key is missing).
        case cannotCheck
        /// `N`: the commit is not signed.
        case unsigned

        /// Maps a `%G?` letter; unknown letters count as `cannotCheck`.
        public init(letter: String) {
            switch letter {
            case "G": self = .good
            case "U": self = .untrusted
            case "B": self = .bad
            case "X": self = .expiredSignature
            case "Y": self = .expiredKey
            case "R": self = .revokedKey
            case "N", "": self = .unsigned
            default: self = .cannotCheck
            }
        }
    }

    /// The revision that was checked.
    public var revision: Revision
    /// The verdict.
    public var status: Status
    /// Who signed it: the allowed-signers principal for SSH, the user id for OpenPGP (`%GS`), when known.
    public var signer: String?
    /// The key that made the signature (`%GK`), when there is a signature.
    public var key: String?
    /// The fingerprint of that key (`%GF`), when known.
    public var fingerprint: String?

    /// Creates a verification result.
    public init(revision: Revision, status: Status, signer: String? = nil, key: String? = nil, fingerprint: String? = nil) {
        self.revision = revision
        self.status = status
        self.signer = signer
        self.key = key
        self.fingerprint = fingerprint
    }

    /// Whether the revision may be reconciled: only a good signature by a trusted key counts.
    public var isTrusted: Bool { status == .good }

    /// One lower-case sentence for logs and the `refused` status commit, naming the signer and key if any.
    public var description: String {
        let who = [signer.map { "'\($0)'" }, (fingerprint ?? key).map { "key \($0)" }]
            .compactMap { $0 }.joined(separator: " with ")
        let by = who.isEmpty ? "" : " by \(who)"
        switch status {
        case .good: return "commit \(revision.short) is signed\(by), a trusted key"
        case .untrusted: return "commit \(revision.short) is signed\(by), which is not a trusted key"
        case .bad: return "commit \(revision.short) has a bad signature\(by)"
        case .expiredSignature: return "commit \(revision.short) has an expired signature\(by)"
        case .expiredKey: return "commit \(revision.short) is signed\(by), an expired key"
        case .revokedKey: return "commit \(revision.short) is signed\(by), a revoked key"
        case .cannotCheck: return "the signature of commit \(revision.short) cannot be checked\(by)"
        case .unsigned: return "commit \(revision.short) is not signed"
        }
    }
}
