import Foundation
import GitClient
import OperatorSupport
import Testing
import TestSupport

@Suite("GitRepository: head commit signature verification")
struct GitRepositorySignatureTests {
    /// A remote whose human signs with `alice` (trusted) or `mallory` (not in the allowed-signers file).
    struct Keys {
        var alice: String
        var mallory: String
        var allowedSigners: String
    }

    static func keys(in remote: GitTestRemote) async throws -> Keys {
        let alice = try await makeSSHKey(in: remote.root, name: "alice", comment: "alice")
        let mallory = try await makeSSHKey(in: remote.root, name: "mallory", comment: "mallory")
        let line = "alice@example.com " + (try String(contentsOfFile: alice + ".pub", encoding: .utf8))
        let allowed = remote.root + "/allowed_signers"
        try Data(line.utf8).write(to: URL(fileURLWithPath: allowed))
        return Keys(alice: alice, mallory: mallory, allowedSigners: allowed)
    }

    static func signing(with key: String) -> [String] {
        ["-c", "gpg.format=ssh", "-c", "user.signingkey=" + key, "-c", "commit.gpgsign=true"]
    }

    @Test func aHeadSignedByATrustedKeyIsAccepted() async throws {
        guard hasSSHKeygen else { return }
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let keys = try await Self.keys(in: remote)
        try await remote.commit(["a.yaml": "a\n"], message: "signed", extraOptions: Self.signing(with: keys.alice))
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let head = try await repository.fetch()
        let verdict = try await repository.verifySignature(of: head, trust: .sshAllowedSigners(path: keys.allowedSigners))
        #expect(verdict.isTrusted)
        #expect(verdict.signer == "alice@example.com")
        #expect(verdict.fingerprint?.hasPrefix("SHA256:") == true)
        #expect(verdict.description.hasPrefix("commit \(head.short) is signed by 'alice@example.com' with key SHA256:"))
    }

    @Test func anUnsignedHeadIsRefused() async throws {
        guard hasSSHKeygen else { return }
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let keys = try await Self.keys(in: remote)
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let head = try await repository.fetch()
        let verdict = try await repository.verifySignature(of: head, trust: .sshAllowedSigners(path: keys.allowedSigners))
        #expect(!verdict.isTrusted)
        #expect(verdict.status == .unsigned)
        #expect(verdict.signer == nil)
        #expect(verdict.description == "commit \(head.short) is not signed")
    }

    @Test func aHeadSignedByAnUntrustedKeyIsRefusedNamingTheKey() async throws {
        guard hasSSHKeygen else { return }
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let keys = try await Self.keys(in: remote)
        try await remote.commit(["a.yaml": "a\n"], message: "trusted", extraOptions: Self.signing(with: keys.alice))
        try await remote.commit(["a.yaml": "b\n"], message: "sneaky", extraOptions: Self.signing(with: keys.mallory))
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let head = try await repository.fetch()
        let verdict = try await repository.verifySignature(of: head, trust: .sshAllowedSigners(path: keys.allowedSigners))
        #expect(!verdict.isTrusted)
        #expect(verdict.status == .untrusted)
        let malloryFingerprint = try await fingerprint(of: keys.mallory + ".pub")
        #expect(verdict.fingerprint == malloryFingerprint)
        #expect(verdict.description.contains("which is not a trusted key"))
        #expect(verdict.description.contains(malloryFingerprint))
        // The parent, signed by alice, still verifies: the verdict is per revision.
        let parent = try await repository.resolve(head.id + "~1")
        #expect(try await repository.verifySignature(of: parent, trust: .sshAllowedSigners(path: keys.allowedSigners)).isTrusted)
    }

    @Test func anOpenPGPKeyringIsTrustedAndOthersAreNot() async throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/gpg") else { return }
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        // The human's GnuPG home is the default one under the test's private HOME.
        let humanHome = remote.root + "/home/.gnupg"
        try FileManager.default.createDirectory(atPath: humanHome, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        for identity in ["Alice <alice@example.com>", "Mallory <mallory@example.com>"] {
            try await Self.gpg(["--homedir", humanHome, "--batch", "--quiet", "--passphrase", "", "--quick-gen-key", identity,
                              "ed25519", "sign", "never"], remote: remote)
        }
        let keyring = remote.root + "/trusted.asc"
        let exported = try await Self.gpg(["--homedir", humanHome, "--export", "--armor", "alice@example.com"], remote: remote)
        try Data(exported.utf8).write(to: URL(fileURLWithPath: keyring))
        try await remote.commit(["a.yaml": "a\n"], message: "alice", extraOptions: ["-c", "user.signingkey=alice@example.com", "-c", "commit.gpgsign=true"])
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let alice = try await repository.verifySignature(of: try await repository.fetch(), trust: .openPGPKeyring(path: keyring))
        #expect(alice.isTrusted)
        #expect(alice.signer == "Alice <alice@example.com>")

        try await remote.commit(["a.yaml": "m\n"], message: "mallory", extraOptions: ["-c", "user.signingkey=mallory@example.com", "-c", "commit.gpgsign=true"])
        let mallory = try await repository.verifySignature(of: try await repository.fetch(), trust: .openPGPKeyring(path: keyring))
        #expect(!mallory.isTrusted)
        #expect(mallory.status == .cannotCheck)
        #expect(mallory.key != nil)
        // Stop the agent gpg started for the human's signing; the operator's home never starts one (no-autostart).
        try await Self.gpg(["--homedir", humanHome, "--kill", "gpg-agent"], remote: remote, program: "/usr/bin/gpgconf")
    }

    /// Runs `program` (gpg or gpgconf) with the test's environment and returns its standard output.
    @discardableResult
    static func gpg(_ arguments: [String], remote: GitTestRemote, program: String = "/usr/bin/gpg") async throws -> String {
        let command = ProcessCommand(executable: program, arguments: arguments, environment: remote.environment,
                                     timeout: .seconds(60))
        return try await SubprocessRunner().run(command).checked().outputText
    }

    @Test func aMissingTrustFileIsAnError() async throws {
        let remote = try await GitTestRemote.make()
        defer { remote.remove() }
        let repository = try GitRepository(configuration: remote.configuration(), runner: SubprocessRunner(),
                                           clock: RecordingClock())
        try await repository.prepare()
        let head = try await repository.fetch()
        let error = await #expect(throws: GitError.self) {
            try await repository.verifySignature(of: head, trust: .sshAllowedSigners(path: remote.root + "/none"))
        }
        #expect(error?.code == .fileSystem)
        #expect(error?.message.contains("--trusted-keys") == true)
    }

    @Test func signatureLettersMapToStatuses() throws {
        let revision = try #require(Revision(id: String(repeating: "a", count: 40)))
        #expect(SignatureVerification.Status(letter: "G") == .good)
        #expect(SignatureVerification.Status(letter: "B") == .bad)
        #expect(SignatureVerification.Status(letter: "R") == .revokedKey)
        #expect(SignatureVerification.Status(letter: "?") == .cannotCheck)
        let bad = SignatureVerification(revision: revision, status: .bad, signer: "bob", key: "ABCD")
        #expect(bad.description == "commit aaaaaaa has a bad signature by 'bob' with key ABCD")
    }

    private func fingerprint(of publicKey: String) async throws -> String {
        let command = ProcessCommand(executable: "/usr/bin/ssh-keygen", arguments: ["-l", "-f", publicKey],
                                     environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(30))
        let output = try await SubprocessRunner().run(command).checked().outputText
        return String(output.split(separator: " ")[1])
    }
}
