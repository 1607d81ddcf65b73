import AWSClient
import OperatorSupport

/// How long and how often to poll an asynchronous AWS operation.
public struct WaitPolicy: Sendable, Equatable {
    /// The pause between polls.
    public var interval: Duration
    /// The longest total wait before giving up with `AsyncOperationError` code `WaitTimedOut`.
    public var timeout: Duration

    /// Creates a policy.
    public init(interval: Duration, timeout: Duration) {
        self.interval = interval
        self.timeout = timeout
    }

    /// Account creation takes minutes on AWS: poll every 10 s for up to 30 min.
    public static let createAccount = WaitPolicy(interval: .seconds(10), timeout: .seconds(1800))
    /// StackSet operations run for minutes per region: poll every 15 s for up to 2 h.
    public static let stackSetOperation = WaitPolicy(interval: .seconds(15), timeout: .seconds(7200))
    /// Identity Center assignments and provisioning take seconds: poll every 2 s for up to 10 min.
    public static let identityCenter = WaitPolicy(interval: .seconds(2), timeout: .seconds(600))
}

/// Where one poll found an asynchronous operation.
enum AsyncState: Sendable, Equatable {
    /// Still running: poll again.
    case pending
    /// Finished well.
    case succeeded
    /// Finished badly, with AWS's reason.
    case failed(reason: String)
}

/// Polls an AWS operation's status until it is terminal, on the client's `Waiter` and injected clock.
///
/// It never polls when the status in hand is already terminal (moto finishes
/// everything at once, AWS rarely does), and a failure carries AWS's reason.
struct AsyncOperationWaiter<Status: Sendable>: Sendable {
    /// The botocore service name, for errors.
    let service: String
    /// The operation that started the work (`CreateAccount`), for errors.
    let operation: String
    /// The request or operation id being waited on, for errors.
    let requestId: String
    /// The clock to sleep on.
    let clock: any OperatorClock
    /// The poll cadence and limit.
    let policy: WaitPolicy
    /// Reads a status's state and its raw status text.
    let state: @Sendable (Status) -> (AsyncState, String)

    /// Returns the terminal status; `poll` reads it again and runs only while it is pending.
    func wait(from initial: Status?, poll: () async throws -> Status) async throws -> Status {
        let waiter = Waiter(clock: clock, interval: policy.interval, backoffFactor: 1,
                            maxInterval: policy.interval, timeout: policy.timeout)
        var inHand = initial
        var lastStatus = "UNKNOWN"
        do {
            return try await waiter.wait(for: "\(service) \(operation) \(requestId)") { () async throws -> WaitStatus<Status> in
                let current: Status
                if let status = inHand {
                    inHand = nil
                    current = status
                } else {
                    current = try await poll()
                }
                let (phase, raw) = state(current)
                lastStatus = raw
                switch phase {
                case .succeeded: return .succeeded(current)
                case .failed(let reason): return .failed(reason)
                case .pending: return .pending(raw)
                }
            }
        } catch let error as WaitError {
            switch error.kind {
            case .failed:
                throw AsyncOperationError.failed(service: service, operation: operation, requestId: requestId,
                                                 status: lastStatus, reason: error.detail)
            case .timedOut:
                throw AsyncOperationError.timedOut(service: service, operation: operation, requestId: requestId,
                                                   status: lastStatus, timeout: policy.timeout)
            }
        }
    }
}
