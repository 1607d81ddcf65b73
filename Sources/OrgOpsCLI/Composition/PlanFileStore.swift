import Foundation
import OrgModel

/// Saves and loads plan files on disk: the edge around the pure `PlanFile` codec.
enum PlanFileStore {
    /// Writes the plan of `outcome` to `path`, unless an organization could not be read (a
    /// partial plan must never be applied as if it were the whole estate).
    /// - Returns: whether the file was written; the reason is printed on `stderr` when not.
    static func save(_ outcome: PlanOutcome, to path: String, stderr: any TerminalOutput) -> Bool {
        guard outcome.failures.isEmpty else {
            let names = outcome.failures.map { "'\($0.organization)'" }.joined(separator: ", ")
            stderr.line("Error: the plan was not saved to '\(path)': organization \(names) could not be read")
            return false
        }
        do {
            let bytes = PlanFile.encode(outcome.plan)
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            stderr.line("Error: cannot write the plan file '\(path)': \(error)")
            return false
        }
    }

    /// Reads a saved plan.
    /// - Returns: nil when it cannot be read or decoded, after printing why on `stderr`.
    static func load(_ path: String, stderr: any TerminalOutput) -> Plan? {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            stderr.line("Error: cannot read the plan file '\(path)': \(error.localizedDescription)")
            return nil
        }
        do {
            return try PlanFile.decode(Array(data))
        } catch {
            stderr.line("Error: '\(path)' is not a plan orgops can apply: \(error)")
            return nil
        }
    }
}
