import Foundation
import OperatorSupport
import Testing
import TestSupport

/// `--verify-signatures`: a head not signed by a trusted key is refused, and the status says so.
extension RunE2ETests {
    /// An ed25519 key pair made with the real `ssh-keygen` and an allowed-signers file trusting it.
    struct SigningKey {
        /// The private key (the public key is `path.pub`).
        let path: String
        /// The allowed-signers file naming `alice@example.com`.
        let allowedSigners: String

        /// git options that sign the next commit with this key.
        var gitOptions: [String] {
            ["-c", "gpg.format=ssh", "-c", "user.signingkey=" + path, "-c", "commit.gpgsign=true"]
        }

        static func make(in directory: String) async throws -> SigningKey {
            let path = directory + "/alice"
            try await SubprocessRunner().run(ProcessCommand(
                executable: "/usr/bin/ssh-keygen", arguments: ["-q", "-t", "ed25519", "-N", "", "-C", "alice", "-f", path],
                environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(30))).checked()
            let allowed = directory + "/allowed_signers"
            let line = "alice@example.com " + (try String(contentsOfFile: path + ".pub", encoding: .utf8))
            try Data(line.utf8).write(to: URL(fileURLWithPath: allowed))
            return SigningKey(path: path, allowedSigners: allowed)
        }
    }

    @Test func anUnsignedPushIsRefusedUnderVerification() async throws {
        try Self.requireBinary()
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen"), "ssh-keygen is needed")
        try await AWSBackend.exclusive { backend in
            let e2e = try await RunE2EHarness.make(backend: backend)
            defer { e2e.remove() }
            let key = try await SigningKey.make(in: e2e.remote.root)
            let signed = try await e2e.remote.commit([:], message: "estate, signed", extraOptions: key.gitOptions)
            let process = try e2e.start(["--verify-signatures", "--trusted-keys", key.allowedSigners])
            defer { process.kill() }
            let first = try await Self.firstConverge(e2e, process)
            #expect(first.revision == signed, "the signed head is trusted and applied")

            let unsigned = try await e2e.remote.commit(e2e.addingOU("Experiments"), message: "unsigned change")
            let refused = try await e2e.waitForStatus("the unsigned revision's status", of: process) { records in
                records.first { $0.revision == unsigned }
            }
            #expect(refused.result == "refused", "\(refused.body)")
            #expect(refused.subject.hasPrefix("orgops(acme): refused \(unsigned.prefix(7)) — "), "\(refused.subject)")
            #expect((refused.subject + refused.body).contains("not signed"), "says why: \(refused.subject)\n\(refused.body)")
            #expect((refused.count("Orgops-Applied") ?? 0) == 0)
            let api = try await e2e.organizations()
            #expect(await (try? api.ouId("/Experiments")) == nil, "nothing of the refused revision applied")
            #expect(await process.stop() == .exited(0), "\(process.tail())")
        }
    }
}
