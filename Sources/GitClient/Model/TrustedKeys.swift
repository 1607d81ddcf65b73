/// The keys whose signatures make a revision acceptable (`--trusted-keys FILE`).
///
/// Both kinds Flux accepts: SSH public keys in git's allowed-signers format,
/// and an OpenPGP keyring (armoured or binary) whose every key is trusted.
public enum TrustedKeys: Sendable, Hashable {
    /// An SSH allowed-signers file (`principal ssh-ed25519 AAAA…` per line), as `gpg.ssh.allowedSignersFile` reads it.
    case sshAllowedSigners(path: String)
    /// An OpenPGP keyring file, imported into a private GnuPG home with `trust-model always`.
    case openPGPKeyring(path: String)

    /// The file the keys are read from.
    public var path: String {
        switch self {
        case .sshAllowedSigners(let path), .openPGPKeyring(let path): path
        }
    }
}
