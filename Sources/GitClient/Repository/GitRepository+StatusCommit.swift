import Foundation
import OperatorSupport

extension GitRepository {
    /// One path's new state in a tree: a blob with its mode, or removed.
    struct PathChange: Sendable, Hashable {
        var path: String
        /// `100644`, `100755`, `120000`; `nil` deletes the path.
        var mode: String?
        var object: String?
    }

    /// Who made a commit and when, as the `GIT_AUTHOR_*` and `GIT_COMMITTER_*` variables take it.
    struct Authorship: Sendable, Hashable {
        var name: String
        var email: String
        /// `@<seconds> +0000`, git's raw date form.
        var date: String

        var environment: [String: String] {
            ["GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date,
             "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": date]
        }
    }

    var localStatusRef: String { "refs/heads/" + configuration.statusBranch }
    var remoteStatusRef: String { "refs/remotes/origin/" + configuration.statusBranch }

    /// Creates the local status commit for `commit` on the right base and moves the outbox ref to it.
    func commitLocally(_ commit: StatusCommit) async throws(GitError) -> Revision {
        let message = try commit.message()
        var changes: [PathChange] = []
        for (path, content) in commit.files.sorted(by: { $0.key < $1.key }) {
            let clean = try Self.normalizedDirectory(path)
            guard !clean.isEmpty else {
                throw GitError(code: .invalidArgument, message: "status file path '\(path)' is empty")
            }
            if let content {
                let object = try await shell.output(["hash-object", "-w", "--stdin"], doing: "storing '\(clean)'",
                                                    input: content)
                changes.append(PathChange(path: clean, mode: "100644", object: object))
            } else {
                changes.append(PathChange(path: clean, mode: nil, object: nil))
            }
        }
        let local = try await shell.commit(localStatusRef)
        let base = try await statusBase(local: local)
        let seconds = Int(clock.now().timeIntervalSince1970.rounded(.down))
        let author = Authorship(name: configuration.author.name, email: configuration.author.email,
                                date: "@\(seconds) +0000")
        let created = try await makeCommit(changes: changes, onto: base, message: message, author: author)
        try await moveOutbox(to: created, from: local)
        return created
    }

    /// The commit a new status commit goes on: the outbox if it holds unpushed work, else the remote tip.
    func statusBase(local: Revision?) async throws(GitError) -> Revision? {
        let remote = try await shell.commit(remoteStatusRef)
        switch (local, remote) {
        case let (local?, remote?):
            return try await shell.isAncestor(local, of: remote) ? remote : local
        case let (local?, nil): return local
        case let (nil, remote?): return remote
        case (nil, nil): return nil
        }
    }

    /// Builds a tree from `base`'s tree plus `changes` in a private index, and commits it (signed when configured).
    func makeCommit(changes: [PathChange], onto base: Revision?, message: String,
                    author: Authorship) async throws(GitError) -> Revision {
        let index = configuration.statusIndexFile
        try? FileManager.default.removeItem(atPath: index)
        defer { try? FileManager.default.removeItem(atPath: index) }
        let indexEnvironment = ["GIT_INDEX_FILE": index]
        try await shell.run(["read-tree"] + (base.map { [$0.id] } ?? ["--empty"]),
                            doing: "reading the status tree", extraEnvironment: indexEnvironment)
        if !changes.isEmpty {
            let zero = String(repeating: "0", count: base?.id.count ?? 40)
            var records: [UInt8] = []
            for change in changes {
                let line = "\(change.mode ?? "0") \(change.object ?? zero)\t\(change.path)"
                records += Array(line.utf8) + [0]
            }
            try await shell.run(["update-index", "-z", "--index-info"], doing: "staging the status files",
                                input: records, extraEnvironment: indexEnvironment)
        }
        let tree = try await shell.output(["write-tree"], doing: "writing the status tree", extraEnvironment: indexEnvironment)
        var arguments: [String] = []
        if let key = configuration.signingKeyFile {
            arguments += ["-c", "gpg.format=ssh", "-c", "user.signingkey=" + key]
        }
        arguments += ["commit-tree", tree] + (base.map { ["-p", $0.id] } ?? [])
        if configuration.signingKeyFile != nil { arguments.append("-S") }
        arguments += ["-F", "-"]
        let text = try await shell.output(arguments, doing: "committing on '\(configuration.statusBranch)'",
                                          input: Array(message.utf8), extraEnvironment: author.environment)
        guard let created = Revision(id: text) else {
            throw GitError(code: .malformedOutput, message: "git commit-tree printed '\(text)', not an object id")
        }
        return created
    }

    /// Moves the outbox ref from `old` (or from nothing) to `new`, refusing if something else moved it meanwhile.
    func moveOutbox(to new: Revision, from old: Revision?) async throws(GitError) {
        let zero = String(repeating: "0", count: new.id.count)
        try await shell.run(["update-ref", "-m", "orgops status", localStatusRef, new.id, old?.id ?? zero],
                            doing: "moving '\(configuration.statusBranch)' to \(new.short)")
    }

    /// The file changes a commit made relative to its first parent (all its files for a root commit).
    func changes(of commit: Revision) async throws(GitError) -> [PathChange] {
        let result = try await shell.run(["diff-tree", "-r", "-z", "--root", "--no-commit-id", "--no-renames", commit.id],
                                         doing: "reading the changes of \(commit.short)")
        let fields = result.standardOutput.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        var changes: [PathChange] = []
        var index = 0
        while index + 1 < fields.count, fields[index].hasPrefix(":") {
            let header = fields[index].dropFirst().split(separator: " ")
            guard header.count == 5 else {
                throw GitError(code: .malformedOutput, message: "git diff-tree printed '\(fields[index])'")
            }
            let path = fields[index + 1]
            if header[4].hasPrefix("D") {
                changes.append(PathChange(path: path, mode: nil, object: nil))
            } else {
                changes.append(PathChange(path: path, mode: String(header[1]), object: String(header[3])))
            }
            index += 2
        }
        return changes
    }

    /// The message and authorship of an existing commit, to re-create it on another parent.
    func messageAndAuthor(of commit: Revision) async throws(GitError) -> (String, Authorship) {
        let result = try await shell.run(["log", "-1", "--format=%an%x00%ae%x00%at%x00%B", commit.id, "--"],
                                         doing: "reading the message of \(commit.short)")
        let parts = result.outputText.split(separator: "\0", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4 else {
            throw GitError(code: .malformedOutput, message: "git log printed \(parts.count) fields for \(commit.short), expected 4")
        }
        var message = String(parts[3])
        while message.hasSuffix("\n\n") { message.removeLast() }
        if !message.hasSuffix("\n") { message += "\n" }
        return (message, Authorship(name: String(parts[0]), email: String(parts[1]), date: "@\(parts[2]) +0000"))
    }
}
