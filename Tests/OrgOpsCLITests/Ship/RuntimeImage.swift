import Foundation
import OperatorSupport

/// What the container image's runtime stage provides, read from `Manifests/container/Dockerfile`,
/// and the host tools (`ldd`, `dpkg`) that compare a binary against it.
///
/// The image cannot be built here (no Docker engine), so the checks run the binary built the
/// same way on this Debian host and map its shared libraries to Debian packages.
struct RuntimeImage {
    /// The apt packages the runtime stage installs by name.
    let packages: Set<String>
    let runner = SubprocessRunner()

    /// Parses the `apt-get install` list of the Dockerfile's last stage.
    init(dockerfile relative: String = "Manifests/container/Dockerfile") throws {
        let text = try String(contentsOfFile: SourceTree.path(relative), encoding: .utf8)
        let stages = text.components(separatedBy: "\nFROM ")
        let runtime = stages.last ?? ""
        guard let install = runtime.range(of: "apt-get install") else {
            throw CloudFormationTemplate.Failure(code: "no-apt-install",
                                                 description: "\(relative): the runtime stage installs no apt packages")
        }
        let rest = runtime[install.upperBound...]
        let command = rest.components(separatedBy: "&&").first ?? ""
        packages = Set(command.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" })
            .map(String.init).filter { !$0.hasPrefix("-") && !$0.isEmpty })
    }

    /// The absolute library paths `ldd` resolves for `binary` (the vDSO has none and is left out).
    func sharedLibraries(of binary: String) async throws -> [String] {
        let result = try await runner.run(ProcessCommand(executable: "/usr/bin/ldd", arguments: [binary],
                                                         environment: ["PATH": "/usr/bin:/bin"])).checked()
        return result.outputText.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ").map(String.init)
            if let arrow = words.firstIndex(of: "=>"), arrow + 1 < words.count, words[arrow + 1].hasPrefix("/") {
                return words[arrow + 1]
            }
            return words.first.flatMap { $0.hasPrefix("/") ? $0 : nil }
        }
    }

    /// The Debian package owning `path` (trying the `/usr`-merged spelling too), or nil.
    func owningPackage(of path: String) async throws -> String? {
        let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { target in
            target.hasPrefix("/") ? target : (path as NSString).deletingLastPathComponent + "/" + target
        }
        var candidates = [path] + (real.map { [$0] } ?? [])
        for candidate in candidates where !candidate.hasPrefix("/usr/") {
            candidates.append("/usr" + candidate)
        }
        for candidate in candidates {
            let result = try await runner.run(ProcessCommand(executable: "/usr/bin/dpkg", arguments: ["-S", candidate],
                                                             environment: ["PATH": "/usr/bin:/bin"]))
            guard result.termination.isSuccess, let line = result.outputText.split(separator: "\n").first,
                  let colon = line.firstIndex(of: ":") else { continue }
            return String(line[..<colon])
        }
        return nil
    }

    /// The listed packages and everything apt installs with them (the local `Depends` closure).
    func installedClosure() async throws -> Set<String> {
        var seen = Set<String>()
        var queue = Array(packages)
        while let package = queue.popLast() {
            guard seen.insert(package).inserted else { continue }
            let result = try await runner.run(ProcessCommand(
                executable: "/usr/bin/dpkg-query", arguments: ["-W", "-f=${Depends}, ${Pre-Depends}", package],
                environment: ["PATH": "/usr/bin:/bin"]))
            guard result.termination.isSuccess else { continue }
            for clause in result.outputText.split(separator: ",") {
                for alternative in clause.split(separator: "|") {
                    let name = alternative.trimmingCharacters(in: .whitespaces).split(separator: " ").first
                        .map { String($0.split(separator: ":").first ?? $0) }
                    if let name, !name.isEmpty, !seen.contains(name) { queue.append(name) }
                }
            }
        }
        return seen
    }
}
