import AWSClient
import Foundation
import OperatorSupport
#if canImport(Glibc)
import Glibc
#endif

/// The AWS API server every AWS test talks to: moto 5.2.1 with orgops' gap fills, run by
/// `Tests/AWSBackend/orgops_aws_server.py` on a free loopback port.
///
/// Starting it costs about half a second, so tests share one per test process
/// (`AWSBackend.shared()`), run serialized (`@Suite(.serialized)`) and call
/// `reset(seed:)` before each test. The server is stopped by PID on `stop()`,
/// on `deinit`, at process exit, and exits on its own when its parent dies.
public final class AWSBackend: Sendable {
    /// Base URL of the server, such as `http://127.0.0.1:40123`; every service is served at `/`.
    public let endpoint: URL
    /// The server's process id.
    public let pid: Int32

    let child: RunningProcess
    let transport: URLSessionTransport
    let turns = BackendTurns()

    private init(endpoint: URL, pid: Int32, child: RunningProcess) {
        self.endpoint = endpoint
        self.pid = pid
        self.child = child
        self.transport = URLSessionTransport()
    }

    deinit {
        child.killNow()
        LiveServers.shared.remove(child)
    }

    /// The package root, found from this source file.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The launcher script, `Tests/AWSBackend/orgops_aws_server.py`.
    public static var serverScript: String {
        packageRoot.appendingPathComponent("Tests/AWSBackend/orgops_aws_server.py").path
    }

    /// Starts a new server and waits (at most `readyTimeout`) for its ready line.
    ///
    /// `environment` is the server's environment; `MOTO_ACCOUNT_ID` is removed from it so each
    /// request chooses its own account. The Python is `ORGOPS_PYTHON` from it when set, else the
    /// package's `.venv/bin/python3` when `make deps` made one, else `python3` on its PATH.
    public static func start(
        environment: [String: String] = ProcessCommand.inheritedEnvironment(),
        runner: any ProcessRunner = SubprocessRunner(), clock: any OperatorClock = SystemClock(),
        readyTimeout: Duration = .seconds(60)
    ) async throws -> AWSBackend {
        var environment = environment
        environment.removeValue(forKey: "MOTO_ACCOUNT_ID")
        guard let python = findPython(environment) else {
            throw AWSBackendError.startFailed("no python3 on PATH '\(environment["PATH"] ?? "")'; run 'make deps'")
        }
        let command = ProcessCommand(
            executable: python,
            arguments: [serverScript, "--port", "0", "--quiet", "--parent-pid", String(getpid())],
            environment: environment)
        let ready = ReadyLine()
        let child: RunningProcess
        do {
            child = try runner.start(command) { stream, bytes in ready.feed(stream, bytes) }
        } catch {
            throw AWSBackendError.startFailed("\(error)")
        }
        LiveServers.shared.add(child)
        let watcher = Task {
            let ended = await child.wait()
            ready.exited(ended)
        }
        let timer = Task {
            do { try await clock.sleep(for: readyTimeout) } catch { return }
            ready.timedOut(readyTimeout)
        }
        defer {
            timer.cancel()
            watcher.cancel()
        }
        do {
            let port = try await ready.port()
            guard let endpoint = URL(string: "http://127.0.0.1:\(port)") else {
                throw AWSBackendError.startFailed("the server announced an unusable port \(port)")
            }
            return AWSBackend(endpoint: endpoint, pid: child.pid, child: child)
        } catch {
            await child.stop(grace: .seconds(2))
            LiveServers.shared.remove(child)
            throw error
        }
    }

    /// Stops the server: SIGTERM, then SIGKILL after two seconds; safe to call twice.
    public func stop() async {
        await child.stop(grace: .seconds(2))
        LiveServers.shared.remove(child)
    }

    /// Whether the server process is still running.
    public var isRunning: Bool { !child.hasExited }

    /// The one server of this test process, started on first use and stopped at exit.
    public static func shared() async throws -> AWSBackend {
        try await SharedBackend.instance.get()
    }

    private static func findPython(_ environment: [String: String]) -> String? {
        if let chosen = environment["ORGOPS_PYTHON"], !chosen.isEmpty {
            return chosen.hasPrefix("/") ? chosen : findExecutable(chosen, path: environment["PATH"] ?? "")
        }
        let venv = packageRoot.appendingPathComponent(".venv/bin/python3").path
        if access(venv, X_OK) == 0 { return venv }
        return findExecutable("python3", path: environment["PATH"] ?? "")
    }

    private static func findExecutable(_ name: String, path: String) -> String? {
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// Holds the process-wide shared server.
private actor SharedBackend {
    static let instance = SharedBackend()
    private var backend: AWSBackend?

    func get() async throws -> AWSBackend {
        if let backend, backend.isRunning { return backend }
        let started = try await AWSBackend.start()
        backend = started
        return started
    }
}
