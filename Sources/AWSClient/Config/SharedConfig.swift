/// The AWS shared `config` and `credentials` files, parsed and merged by profile.
///
/// Both files feed the credential chain, the region and the endpoint
/// overrides, so they are read once into this value and passed around; it
/// does no I/O itself (see `SharedConfig.load` for the reading).
public struct SharedConfig: Sendable, Equatable {
    /// Profiles by name; a profile in both files has the credentials file's values win, as botocore merges them.
    public var profiles: [String: ConfigProfile]
    /// `[services <name>]` sections of the config file: section name → service key → settings.
    public var servicesSections: [String: [String: [String: String]]]

    /// An empty configuration (no files).
    public init() {
        profiles = [:]
        servicesSections = [:]
    }

    /// Builds the configuration from the two files' text (nil for a missing file).
    public init(configText: String?, configFile: String, credentialsText: String?, credentialsFile: String)
        throws(SharedConfigError) {
        self.init()
        if let configText {
            for section in try INIParser.parse(configText, file: configFile) {
                let words = section.name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if words.count == 2, words[0] == "services" {
                    var services: [String: [String: String]] = [:]
                    for (key, value) in section.values {
                        if case .nested(let settings) = value { services[key] = settings }
                    }
                    servicesSections[String(words[1])] = services
                } else if words.count == 2, words[0] == "profile" {
                    merge(section, as: String(words[1]), file: configFile)
                } else if section.name == "default" {
                    merge(section, as: "default", file: configFile)
                }
            }
        }
        if let credentialsText {
            for section in try INIParser.parse(credentialsText, file: credentialsFile) {
                merge(section, as: section.name, file: credentialsFile)
            }
        }
    }

    /// The profile of that name, if either file defines it.
    public func profile(_ name: String) -> ConfigProfile? {
        profiles[name]
    }

    private mutating func merge(_ section: INISection, as name: String, file: String) {
        var profile = profiles[name] ?? ConfigProfile(name: name)
        for (key, value) in section.values {
            switch value {
            case .string(let text): profile.values[key] = text
            case .nested(let settings): profile.nested[key] = settings
            }
        }
        if !profile.files.contains(file) { profile.files.append(file) }
        profiles[name] = profile
    }
}

/// One named profile: its plain settings and nested blocks.
public struct ConfigProfile: Sendable, Equatable {
    /// The profile name (`default`, `prod`, …).
    public var name: String
    /// Plain settings, keys lower-cased (`region`, `role_arn`, `aws_access_key_id`, …).
    public var values: [String: String] = [:]
    /// Nested blocks (`s3 =` followed by indented settings).
    public var nested: [String: [String: String]] = [:]
    /// The files that define it, to name them in errors.
    public var files: [String] = []

    /// Creates an empty profile.
    public init(name: String, values: [String: String] = [:]) {
        self.name = name
        self.values = values
    }

    /// A plain setting; empty values count as absent, as the SDKs treat them.
    public subscript(_ key: String) -> String? {
        guard let value = values[key], !value.isEmpty else { return nil }
        return value
    }

    /// Where the profile was read from, for messages.
    public var origin: String {
        files.isEmpty ? "no file" : files.joined(separator: " and ")
    }
}
