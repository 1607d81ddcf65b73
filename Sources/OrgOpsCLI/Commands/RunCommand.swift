import AWSClient
import AWSServices
import Foundation
import GitClient
import OperatorSupport
import Reconciler

/// `orgops run`: the operator. Follows a branch, converges every organization, commits its status to git.
///
/// The composition root of the loop: the git clone, the AWS sessions of each
/// organization, the metrics registry and the HTTP server meet here, and
/// nothing below knows which of them is real.
public struct RunCommand: Command {
    let clock: any OperatorClock
    let processClock: any OperatorClock
    let transport: any HTTPTransport

    /// Creates the command.
    /// - Parameters:
    ///   - clock: the loop's interval, backoff and AWS waits; tests pass a virtual clock.
    ///   - processClock: the timeouts of `git` children and the status push backoff, which must be real time
    ///     even under a virtual loop clock (a virtual timeout would kill every git at once).
    ///   - transport: the HTTP seam of every AWS call.
    public init(clock: any OperatorClock = SystemClock(), processClock: any OperatorClock = SystemClock(),
                transport: any HTTPTransport = URLSessionTransport()) {
        self.clock = clock
        self.processClock = processClock
        self.transport = transport
    }

    public var spec: CommandSpec {
        CommandSpec(
            name: "run",
            abstract: "Follow a branch, converge every organization, commit the status to git.",
            discussion: """
                Fetches --repo-url every --interval (jittered) and on a verified POST /hooks/git, and
                runs the reconcile pass for every organization concurrently, new revision or not, so
                drift is corrected without waiting for a commit. A revision that fails validation or
                signature verification applies nothing; the last valid one stays in force. Each
                outcome that differs from the last is committed as status/<organization>.yaml on
                --status-branch. SIGTERM stops taking work, waits --shutdown-grace for passes in
                flight, pushes kept status commits and exits 0.
                """,
            options: RunCommandOptions.specs,
            exitCodes: [
                .init(0, "Clean shutdown; with --once, every organization converged."),
                .init(1, "An error; with --once, an organization failed or its revision was invalid or refused."),
                .init(2, "With --once: changes left pending (observe mode, suspend, a refused plan) or drift left."),
            ])
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        let options = try RunCommandOptions(arguments: arguments)
        let logger = options.logging.logger(to: context.stderr, clock: clock)
        let repository = try GitRepository(configuration: options.git, runner: SubprocessRunner(clock: processClock),
                                           clock: processClock, logger: logger)
        let client = try OperatorClientFactory(environment: context.environment, transport: transport, clock: clock)
            .makeClient(settings: options.aws)
        let sessions = OrganizationSessions(base: client, clock: clock)
        let connector = RunConnector(sessions: sessions, clock: clock, environment: context.environment,
                                     drift: options.stackDrift, runs: StackDriftRunStore(directory: options.stateDirectory,
                                                             remedy: "make --work-dir writable or pass another"))
        let registry = MetricsRegistry()
        let loop = OperatorLoop(repository: repository, connector: connector, configuration: options.reconcile,
                                settings: options.loop, clock: clock, logger: logger,
                                metrics: try ReconcilerMetrics(registry: registry))
        if options.once { return await loop.runOnce() }

        let server = HTTPServer(address: options.listen, clock: clock)
        RunServer(loop: loop, branch: options.git.branch, metrics: registry, calls: client.calls,
                  secret: try options.webhookSecretFile.map(RunServer.readSecret), logger: logger).install(on: server)
        let port = try server.start()
        logger.notice("orgops run listening", ["address": "\(options.listen.host):\(port)", "branch": options.git.branch])
        let signals = Task {
            for await request in ShutdownSignals.stream() {
                switch request {
                case .graceful(let signal):
                    logger.notice("shutting down", ["signal": String(signal)])
                    await loop.stop()
                case .immediate(let signal):
                    logger.error("second signal; exiting now", ["signal": String(signal)])
                    exit(1)
                }
            }
        }
        await loop.run()
        signals.cancel()
        await server.stop(grace: .seconds(2))
        return 0
    }
}
