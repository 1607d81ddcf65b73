import Synchronization

/// Counts every AWS call by service, operation and outcome, for `--stats` and the metrics endpoint.
///
/// One counter is shared by a client and every client derived from it, so
/// a reconcile pass can report how many calls it made and how many were
/// throttled. Each attempt's outcome is counted: `ok`, `throttled`, or
/// `error:<Code>`; retries are counted on their own.
public final class APICallCounter: Sendable {
    /// The counts of one service operation.
    public struct Entry: Sendable, Equatable {
        /// The botocore service name.
        public var service: String
        /// The operation.
        public var operation: String
        /// Attempts by outcome (`ok`, `throttled`, `error:<Code>`).
        public var outcomes: [String: Int]
        /// Attempts that were retries of an earlier failed attempt.
        public var retries: Int

        /// All attempts, whatever their outcome.
        public var attempts: Int { outcomes.values.reduce(0, +) }

        /// Creates an entry.
        public init(service: String, operation: String, outcomes: [String: Int] = [:], retries: Int = 0) {
            self.service = service
            self.operation = operation
            self.outcomes = outcomes
            self.retries = retries
        }
    }

    /// A call's outcome as counted.
    public enum Outcome: Sendable, Equatable {
        /// The attempt succeeded.
        case ok
        /// AWS throttled the attempt.
        case throttled
        /// The attempt failed with this code.
        case error(String)

        /// The outcome's key in `Entry.outcomes`.
        public var key: String {
            switch self {
            case .ok: "ok"
            case .throttled: "throttled"
            case .error(let code): "error:\(code)"
            }
        }
    }

    private struct Key: Hashable {
        var service: String
        var operation: String
    }

    private let entries = Mutex<[Key: Entry]>([:])

    /// Creates an empty counter.
    public init() {}

    /// Counts one attempt's outcome.
    public func record(service: String, operation: String, outcome: Outcome) {
        entries.withLock { entries in
            let key = Key(service: service, operation: operation)
            entries[key, default: Entry(service: service, operation: operation)].outcomes[outcome.key, default: 0] += 1
        }
    }

    /// Counts one retry (an attempt after a failed one).
    public func recordRetry(service: String, operation: String) {
        entries.withLock { entries in
            let key = Key(service: service, operation: operation)
            entries[key, default: Entry(service: service, operation: operation)].retries += 1
        }
    }

    /// Every entry, sorted by service then operation.
    public func snapshot() -> [Entry] {
        entries.withLock { Array($0.values) }.sorted {
            ($0.service, $0.operation) < ($1.service, $1.operation)
        }
    }

    /// All attempts counted across services.
    public var totalAttempts: Int {
        snapshot().reduce(0) { $0 + $1.attempts }
    }

    /// The count of one outcome of one operation.
    public func count(service: String, operation: String, outcome: Outcome) -> Int {
        entries.withLock { $0[Key(service: service, operation: operation)]?.outcomes[outcome.key] ?? 0 }
    }

    /// Forgets every count.
    public func reset() {
        entries.withLock { $0.removeAll() }
    }
}
