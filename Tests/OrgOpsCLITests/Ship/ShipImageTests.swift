import Foundation
import OperatorSupport
import Testing
import TestSupport

/// The static release binary (`make release-static`) as the container image would run it.
///
/// Skipped, with a message saying how to build it, when the binary is absent, so `make test`
/// does not need the static build; `make image-check` (and `make lint`) build it first.
@Suite(.serialized) struct ShipImageTests {
    /// The binary: `ORGOPS_STATIC_BINARY`, else `.build-static/release/orgops` in the package.
    static let binary: String = ProcessInfo.processInfo.environment["ORGOPS_STATIC_BINARY"]
        ?? SourceTree.path(".build-static/release/orgops")
    static let present = FileManager.default.isExecutableFile(atPath: binary)
    static let skipMessage: Comment = "no static release binary at \(binary): run `make release-static` or `make image-check`"

    /// The image's environment: no Swift toolchain on the path, no library path, nothing inherited.
    static func imageEnvironment(home: String, extra: [String: String] = [:]) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"].merging(extra) { $1 }
    }

    func run(_ arguments: [String], environment: [String: String]) async throws -> ProcessResult {
        try await SubprocessRunner().run(ProcessCommand(executable: Self.binary, arguments: arguments,
                                                        environment: environment, timeout: .seconds(120)))
    }

    @Test(.enabled(if: present, skipMessage)) func theBinaryLinksOnlyLibrariesTheRuntimeStageInstalls() async throws {
        let image = try RuntimeImage()
        let installed = try await image.installedClosure()
        let libraries = try await image.sharedLibraries(of: Self.binary)
        #expect(!libraries.isEmpty)
        for library in libraries {
            #expect(!library.contains("/opt/swift") && !library.contains("libswift") && !library.contains("libFoundation"),
                    "\(library) is a Swift runtime library the image does not have")
            let package = try await image.owningPackage(of: library)
            #expect(package.map(installed.contains) == true,
                    "\(library) (package \(package ?? "none")) is not installed by the runtime stage \(image.packages.sorted())")
        }
        for needed in ["git", "openssh-client", "ca-certificates", "tini"] {
            #expect(image.packages.contains(needed), "the runtime stage lacks \(needed)")
        }
    }

    @Test(.enabled(if: present, skipMessage)) func versionAndValidateRunWithTheImagesEnvironmentOnly() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("orgops-ship-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let version = try await run(["--version"], environment: Self.imageEnvironment(home: home))
        #expect(version.termination == .exited(0), "\(version.errorText)")
        #expect(version.outputText.contains("orgops"))
        let validate = try await run(["validate", SourceTree.path("Examples/starter")],
                                     environment: Self.imageEnvironment(home: home))
        #expect(validate.termination == .exited(0), "\(validate.outputText)\n\(validate.errorText)")
    }

    @Test(.enabled(if: present, skipMessage)) func planRunsAgainstTheAWSTestServerWithTheImagesEnvironmentOnly() async throws {
        try await AWSBackend.exclusive { backend in
            let harness = try await PlanHarness.make(backend: backend)
            try harness.write(PlanEstate(management: PlanHarness.managementA).files)
            let plan = try await run(["plan", "--repo", harness.repository],
                                     environment: Self.imageEnvironment(home: harness.repository, extra: harness.environment))
            #expect(plan.termination == .exited(2), "\(plan.outputText)\n\(plan.errorText)")
            #expect(plan.outputText.contains("shop-prod"))
        }
    }
}
