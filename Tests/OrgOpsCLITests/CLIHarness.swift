import OrgOpsCLI

/// Runs the command line in-process and keeps what it wrote to each stream.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Runs `orgops <arguments>` with exactly `environment` set.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async -> CLIRun {
        let out = OutputBuffer()
        let err = OutputBuffer()
        let status = await Application.run(arguments: arguments, environment: environment, stdout: out, stderr: err)
        return CLIRun(status: status, stdout: out.text, stderr: err.text)
    }
}

/// Paths in the source tree, found from this file's own location.
enum SourceTree {
    /// The package root (three levels above `Tests/OrgOpsCLITests/<file>.swift`).
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// A path below the package root.
    static func path(_ relative: String) -> String {
        root + "/" + relative
    }
}
