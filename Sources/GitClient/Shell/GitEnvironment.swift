import Foundation

/// The locked-down environment every `git` child runs with.
///
/// Nothing is inherited from the operator's own environment: a private
/// HOME, no system config, no terminal prompt, batch-mode SSH with only the
/// given key, and the askpass helper only when a token file is configured.
/// The token itself is never in the environment or the arguments: the
/// helper script `cat`s the file when git asks, so a rotated token is picked
/// up without a restart and `ps`/`/proc/<pid>/environ` never show it. (An
/// `http.extraHeader` through `GIT_CONFIG_VALUE_n` would put the token in
/// every child's environment and send it to whatever host a redirect names.)
struct GitEnvironment: Sendable {
    let configuration: GitRepositoryConfiguration

    /// The environment variables of a git child.
    func variables() -> [String: String] {
        let home = configuration.homeDirectory
        var environment: [String: String] = [
            "PATH": configuration.searchPath,
            "HOME": home,
            "XDG_CONFIG_HOME": home + "/.config",
            "LC_ALL": "C",
            "LANG": "C",
            "TZ": "UTC",
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": home + "/.gitconfig",
            "GIT_SSH_COMMAND": sshCommand(),
            "GIT_SSH_VARIANT": "ssh",
            "GNUPGHOME": configuration.gnupgDirectory,
            "TMPDIR": configuration.workDirectory,
        ]
        if configuration.tokenFile != nil {
            environment["GIT_ASKPASS"] = configuration.askpassScript
        }
        return environment
    }

    /// `GIT_SSH_COMMAND`: git runs it through `sh`, so every path is single-quoted.
    func sshCommand() -> String {
        var words = ["ssh", "-oBatchMode=yes", "-oIdentitiesOnly=yes", "-oConnectTimeout=30"]
        if let knownHosts = configuration.sshKnownHostsFile {
            words += ["-oStrictHostKeyChecking=yes", "-oUserKnownHostsFile=" + Self.shellQuoted(knownHosts)]
        } else {
            words += ["-oStrictHostKeyChecking=accept-new",
                      "-oUserKnownHostsFile=" + Self.shellQuoted(configuration.homeDirectory + "/known_hosts")]
        }
        if let key = configuration.sshKeyFile {
            words += ["-i", Self.shellQuoted(key)]
        }
        return words.joined(separator: " ")
    }

    /// The askpass helper: the user name for `Username…` prompts, the token file's first line for the password.
    func askpassScript(tokenFile: String) -> String {
        """
        #!/bin/sh
        # Written by orgops: answers git's credential prompts without the token ever being an argument.
        case "$1" in
          Username*) printf '%s\\n' \(Self.shellQuoted(configuration.tokenUsername)) ;;
          *) head -n 1 \(Self.shellQuoted(tokenFile)) ;;
        esac

        """
    }

    /// Secrets that must never appear in a described command or its output: the token and any password in the URL.
    func redactions() -> [String] {
        var secrets: [String] = []
        if let tokenFile = configuration.tokenFile,
           let data = FileManager.default.contents(atPath: tokenFile) {
            let token = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            if !token.isEmpty { secrets.append(token) }
        }
        if let components = URLComponents(string: configuration.repositoryURL), let password = components.password,
           !password.isEmpty {
            secrets.append(password)
            if let encoded = components.percentEncodedPassword, encoded != password { secrets.append(encoded) }
        }
        return secrets
    }

    /// Writes the private directories and, with a token file, the askpass helper (mode 0700).
    func install() throws(GitError) {
        let manager = FileManager.default
        do {
            for directory in [configuration.workDirectory, configuration.homeDirectory, configuration.gnupgDirectory] {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
                try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
            }
            if let tokenFile = configuration.tokenFile {
                guard manager.isReadableFile(atPath: tokenFile) else {
                    throw GitError(code: .fileSystem, message: "git token file '\(tokenFile)' cannot be read")
                }
                let script = Data(askpassScript(tokenFile: tokenFile).utf8)
                guard manager.createFile(atPath: configuration.askpassScript, contents: script,
                                         attributes: [.posixPermissions: 0o700]) else {
                    throw GitError(code: .fileSystem, message: "cannot write the askpass helper '\(configuration.askpassScript)'")
                }
            }
        } catch let error as GitError {
            throw error
        } catch {
            throw GitError(code: .fileSystem, message: "cannot prepare git work directory '\(configuration.workDirectory)': \(error.localizedDescription)")
        }
    }

    /// Quotes a word for `sh`: single quotes, with embedded ones closed and escaped.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension GitEnvironment {
    /// The remote address for messages: any user name and password removed.
    var displayURL: String {
        guard var components = URLComponents(string: configuration.repositoryURL), components.host != nil,
              components.user != nil || components.password != nil else {
            return configuration.repositoryURL
        }
        components.user = nil
        components.password = nil
        return components.string ?? configuration.repositoryURL
    }
}
