import Foundation
import OperatorSupport

extension GitRepository {
    func performVerifySignature(of revision: Revision, trust: TrustedKeys) async throws(GitError) -> SignatureVerification {
        guard FileManager.default.isReadableFile(atPath: trust.path) else {
            throw GitError(code: .fileSystem, message: "trusted keys file '\(trust.path)' cannot be read; check --trusted-keys")
        }
        var options: [String] = []
        switch trust {
        case .sshAllowedSigners(let path):
            options = ["-c", "gpg.ssh.allowedSignersFile=" + path]
        case .openPGPKeyring(let path):
            try await importKeyring(path)
            options = ["-c", "gpg.program=" + configuration.gpgExecutable]
        }
        let format = "--format=%G?%x00%GS%x00%GK%x00%GF"
        let text = try await shell.output(options + ["log", "-1", "--no-show-signature", format, revision.id, "--"],
                                          doing: "checking the signature of \(revision.short)")
        return try Self.parseSignature(text, revision: revision)
    }

    /// Parses the four NUL-separated fields of `%G?%x00%GS%x00%GK%x00%GF`.
    static func parseSignature(_ text: String, revision: Revision) throws(GitError) -> SignatureVerification {
        let fields = text.split(separator: "\0", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard fields.count == 4 else {
            throw GitError(code: .malformedOutput,
                           message: "checking the signature of \(revision.short): git printed \(fields.count) fields, expected 4")
        }
        let optional: (String) -> String? = { $0.isEmpty ? nil : $0 }
        return SignatureVerification(revision: revision, status: SignatureVerification.Status(letter: fields[0]),
                                     signer: optional(fields[1]), key: optional(fields[2]), fingerprint: optional(fields[3]))
    }

    /// Imports an OpenPGP keyring into a fresh private GnuPG home that trusts every key in it.
    func importKeyring(_ path: String) async throws(GitError) {
        let home = configuration.gnupgDirectory
        let manager = FileManager.default
        do {
            try? manager.removeItem(atPath: home)
            try manager.createDirectory(atPath: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let settings = Data("trust-model always\nno-autostart\n".utf8)
            guard manager.createFile(atPath: home + "/gpg.conf", contents: settings, attributes: [.posixPermissions: 0o600]) else {
                throw GitError(code: .fileSystem, message: "cannot write '\(home)/gpg.conf'")
            }
        } catch let error as GitError {
            throw error
        } catch {
            throw GitError(code: .fileSystem, message: "cannot prepare the gnupg home '\(home)': \(error.localizedDescription)")
        }
        let command = ProcessCommand(
            executable: configuration.gpgExecutable, arguments: ["--batch", "--quiet", "--homedir", home, "--import", path],
            environment: shell.environment.variables(), workingDirectory: configuration.workDirectory,
            timeout: configuration.localTimeout)
        do {
            try await shell.runner.run(command).checked()
        } catch {
            throw GitError(error, while: "importing the trusted keys '\(path)'")
        }
    }

    func performReadFile(_ path: String, onBranch branch: String) async throws(GitError) -> [UInt8]? {
        guard GitRepository.isValidBranchName(branch) else {
            throw GitError(code: .invalidArgument, message: "'\(branch)' is not a valid git branch name")
        }
        guard let tip = try await shell.commit("refs/remotes/origin/" + branch) else { return nil }
        return try await readBlob(path, at: tip)
    }

    /// The bytes of the file at `path` in `revision`, or `nil` when it has no such file.
    func readBlob(_ path: String, at revision: Revision) async throws(GitError) -> [UInt8]? {
        let clean = try Self.normalizedDirectory(path)
        guard !clean.isEmpty else {
            throw GitError(code: .invalidArgument, message: "file path '\(path)' is empty")
        }
        let listing = try await shell.run(["ls-tree", "-z", "--full-tree", revision.id, "--", clean],
                                          doing: "looking up '\(clean)' at \(revision.short)")
        guard let entry = try Self.parseTree(listing.standardOutput).first(where: { $0.path == clean }),
              entry.type == "blob" else { return nil }
        return try await readBlobs([entry.object], revision: revision)[entry.object]
    }
}
