import AWSServices
import OrgModel
import Synchronization
import Testing

/// The per-stack-set queue and the secret resolver, without a server.
@Suite struct StackSetApplierUnitTests {
    /// Records how many works run at once, per key and overall.
    final class Gauge: Sendable {
        private let state = Mutex<(running: [String: Int], peak: [String: Int], overall: Int, overallPeak: Int,
                                   finished: Int)>(([:], [:], 0, 0, 0))

        func enter(_ key: String) {
            state.withLock {
                $0.running[key, default: 0] += 1
                $0.peak[key] = max($0.peak[key] ?? 0, $0.running[key] ?? 0)
                $0.overall += 1
                $0.overallPeak = max($0.overallPeak, $0.overall)
            }
        }

        func leave(_ key: String) {
            state.withLock {
                $0.running[key, default: 0] -= 1
                $0.overall -= 1
                $0.finished += 1
            }
        }

        var peaks: [String: Int] { state.withLock { $0.peak } }
        var overallPeak: Int { state.withLock { $0.overallPeak } }
        var finished: Int { state.withLock { $0.finished } }
    }

    @Test func oneStackSetRunsOneOperationAtATimeWhileDifferentSetsOverlap() async throws {
        let queue = StackSetOperationQueue()
        let gauge = Gauge()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                let key = index % 2 == 0 ? "org/a" : "org/b"
                group.addTask {
                    try await queue.run(key) {
                        gauge.enter(key)
                        // give the other set's work a chance to start while this one runs (no real sleep)
                        for _ in 0..<200 where gauge.overallPeak < 2 { await Task.yield() }
                        gauge.leave(key)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(gauge.peaks == ["org/a": 1, "org/b": 1])
        #expect(gauge.overallPeak == 2)
        #expect(gauge.finished == 6)
    }

    @Test func aFailedOperationHandsTheSetToTheNextWaiter() async throws {
        struct Boom: Error {}
        let queue = StackSetOperationQueue()
        await #expect(throws: Boom.self) {
            try await queue.run("org/a") { throw Boom() }
        }
        let value = try await queue.run("org/a") { 42 }
        #expect(value == 42)
    }

    @Test func secretsComeFromTheEnvironmentOrAFileAndErrorsNameOnlyTheSource() throws {
        let resolver = EnvironmentSecretResolver(environment: ["TOKEN": "from-env"]) { path in
            guard path == "/run/secrets/token" else { throw SecretResolutionError(message: "absent") }
            return "from-file\n"
        }
        #expect(try resolver.value(of: .environment("TOKEN"), parameter: "Webhook") == "from-env")
        #expect(try resolver.value(of: .file("/run/secrets/token"), parameter: "Webhook") == "from-file")
        #expect(throws: SecretResolutionError(
            message: "secret parameter 'Webhook': environment variable 'MISSING' is not set")) {
            try resolver.value(of: .environment("MISSING"), parameter: "Webhook")
        }
        #expect(throws: SecretResolutionError(message: "secret parameter 'Webhook': file '/nope' cannot be read")) {
            try resolver.value(of: .file("/nope"), parameter: "Webhook")
        }
        #expect(SecretResolutionError(message: "x").code == "SecretUnavailable")
    }
}
