import Foundation

/// Where the CLI records, per organization and stack set, when `DetectStackSetDrift` last ran,
/// so `--stack-drift-interval` can tell whether the next plan is due to run it again.
///
/// The file sits beside the inventory in the state directory
/// (`<state-dir>/stack-drift/<organization>.json`, a JSON object of stack-set name to ISO-8601
/// time). A missing or unreadable file means "never ran": detection is then due, which costs one
/// detection per stack set and nothing else, so a lost record is never a correctness problem.
public struct StackDriftRunStore: Sendable {
    /// The state directory (`--state-dir`, by default `<repo>/.orgops`; `<work-dir>/state` for `orgops run`).
    public let directory: String
    /// What the write error tells a person to do: the flag that moves the directory.
    public let remedy: String

    /// Creates a store over `directory`.
    /// - Parameter remedy: the end of the error when the directory cannot be written (`pass --state-dir DIR`).
    public init(directory: String, remedy: String = "pass --state-dir DIR") {
        self.directory = directory
        self.remedy = remedy
    }

    /// The file of one organization's detection times.
    public func path(for organization: String) -> String {
        (directory as NSString).appendingPathComponent("stack-drift/\(organization).json")
    }

    /// The last detection time per stack set of `organization`; empty when none was recorded.
    public func load(_ organization: String) -> [String: Date] {
        guard let data = FileManager.default.contents(atPath: path(for: organization)) else { return [:] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (try? decoder.decode([String: Date].self, from: data)) ?? [:]
    }

    /// Records that detection ran at `time` for `stackSets`, keeping the other sets' times.
    /// - Throws: `CommandError` when the state directory cannot be written.
    public func record(_ stackSets: [String], at time: Date, organization: String) throws(CommandError) {
        guard !stackSets.isEmpty else { return }
        var runs = load(organization)
        for name in stackSets { runs[name] = time }
        let file = path(for: organization)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        do {
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try encoder.encode(runs).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw CommandError(code: "stack-drift-record-unwritable",
                               message: "cannot record the stack drift detection time in '\(file)': \(error.localizedDescription); \(remedy)")
        }
    }
}
