import Foundation

/// Reads a file by path: its text, or nil when it does not exist.
///
/// The seam for every file the AWS client reads (shared config, token files),
/// so tests pass a dictionary and token files can be re-read on each refresh.
public typealias FileReader = @Sendable (String) throws -> String?

/// The real file reader.
public enum SystemFileReader {
    /// Reads UTF-8 text from disk; nil when nothing exists at `path`.
    public static let read: FileReader = { path in
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SharedConfigError.unreadableFile(file: path, reason: error.localizedDescription)
        }
    }
}

extension SharedConfig {
    /// The config file's path: `AWS_CONFIG_FILE`, else `~/.aws/config`; nil without either `HOME`.
    public static func configFilePath(environment: [String: String]) -> String? {
        path(environment["AWS_CONFIG_FILE"], default: ".aws/config", environment: environment)
    }

    /// The credentials file's path: `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`.
    public static func credentialsFilePath(environment: [String: String]) -> String? {
        path(environment["AWS_SHARED_CREDENTIALS_FILE"], default: ".aws/credentials", environment: environment)
    }

    /// Reads and parses both files through `readFile`; a missing file is no error.
    public static func load(environment: [String: String], readFile: FileReader) throws -> SharedConfig {
        let configPath = configFilePath(environment: environment)
        let credentialsPath = credentialsFilePath(environment: environment)
        let configText = try configPath.flatMap { try readFile($0) }
        let credentialsText = try credentialsPath.flatMap { try readFile($0) }
        return try SharedConfig(configText: configText, configFile: configPath ?? "config",
                                credentialsText: credentialsText, credentialsFile: credentialsPath ?? "credentials")
    }

    /// Expands a leading `~` with `HOME`, or builds the default under `HOME`.
    static func path(_ configured: String?, default relative: String, environment: [String: String]) -> String? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let configured, !configured.isEmpty {
            if configured == "~" || configured.hasPrefix("~/"), let home {
                return home + configured.dropFirst()
            }
            return configured
        }
        guard let home else { return nil }
        return home.hasSuffix("/") ? home + relative : home + "/" + relative
    }
}
