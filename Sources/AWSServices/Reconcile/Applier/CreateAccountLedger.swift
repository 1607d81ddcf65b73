import AWSClient
import Foundation
import OperatorSupport
import Synchronization

/// What an organization already has that a CreateAccount must not duplicate: member emails and open requests.
///
/// Read once per `lifetime` (ListAccounts and ListCreateAccountStatus of
/// IN_PROGRESS and SUCCEEDED requests, every page) and shared by the
/// concurrent creates of an apply, so five creates cost one read, not five;
/// every request this process sends and every account it sees finished is
/// added at once, so a read never has to be repeated to see our own work.
/// Emails are compared case-insensitively, as AWS does, and never leave
/// this type.
actor CreateAccountLedger {
    /// What a lookup found.
    enum Existing: Sendable, Equatable {
        /// A member account with the email.
        case account(id: String)
        /// An open request for the account name, to wait for.
        case request(id: String)
        /// A finished request for the account name whose account is not (yet) listed; check before trusting.
        case finished(requestId: String, accountId: String)
    }

    private struct Snapshot: Sendable {
        var accountsByEmail: [String: String] = [:]
        var members: Set<String> = []
        var openRequests: [String: String] = [:]
        var finishedRequests: [String: [(requestId: String, accountId: String)]] = [:]
        var readAt: Date
    }

    private let clock: any OperatorClock
    private let lifetime: TimeInterval
    private var snapshot: Snapshot?
    private var reading: Task<Snapshot, any Error>?

    init(clock: any OperatorClock, lifetime: Duration) {
        self.clock = clock
        self.lifetime = Double(lifetime.components.seconds)
    }

    /// An existing account (by email) or request (by account name), reading AWS first when the last read is stale.
    func find(accountName: String, email: String, api: OrganizationsAPI) async throws -> Existing? {
        let current = try await fresh(api)
        if let id = current.accountsByEmail[email.lowercased()] { return .account(id: id) }
        if let id = current.openRequests[accountName] { return .request(id: id) }
        if let done = current.finishedRequests[accountName]?.first(where: { !current.members.contains($0.accountId) }) {
            return .finished(requestId: done.requestId, accountId: done.accountId)
        }
        return nil
    }

    /// Notes a request this process just sent.
    func recordRequest(accountName: String, requestId: String) {
        snapshot?.openRequests[accountName] = requestId
    }

    /// Notes an account that now exists with this email.
    func recordAccount(accountName: String, email: String, accountId: String) {
        snapshot?.openRequests[accountName] = nil
        snapshot?.accountsByEmail[email.lowercased()] = accountId
        snapshot?.members.insert(accountId)
    }

    private func fresh(_ api: OrganizationsAPI) async throws -> Snapshot {
        if let snapshot, clock.now().timeIntervalSince(snapshot.readAt) < lifetime { return snapshot }
        if let reading { return try await reading.value }
        let clock = self.clock
        let task = Task { try await Self.read(api, at: clock.now()) }
        reading = task
        defer { reading = nil }
        let read = try await task.value
        snapshot = read
        return read
    }

    private static func read(_ api: OrganizationsAPI, at time: Date) async throws -> Snapshot {
        async let accountsRead = api.listAllAccounts()
        async let requestsRead = api.listAllCreateAccountStatus(.init(states: ["IN_PROGRESS", "SUCCEEDED"]))
        var snapshot = Snapshot(readAt: time)
        for account in try await accountsRead {
            guard let id = account.id else { continue }
            snapshot.members.insert(id)
            if let email = account.email { snapshot.accountsByEmail[email.lowercased()] = id }
        }
        for request in try await requestsRead {
            guard let id = request.id, let name = request.accountName else { continue }
            if request.state == "IN_PROGRESS" {
                snapshot.openRequests[name] = id
            } else if let accountId = request.accountId {
                snapshot.finishedRequests[name, default: []].append((id, accountId))
            }
        }
        return snapshot
    }
}

/// One ledger per organization, kept for the applier's lifetime.
final class CreateAccountLedgers: Sendable {
    private let clock: any OperatorClock
    private let lifetime: Duration
    private let ledgers = Mutex<[String: CreateAccountLedger]>([:])

    init(clock: any OperatorClock, lifetime: Duration) {
        self.clock = clock
        self.lifetime = lifetime
    }

    /// The organization's ledger, made on first use.
    func ledger(for organization: String) -> CreateAccountLedger {
        ledgers.withLock { all in
            if let ledger = all[organization] { return ledger }
            let ledger = CreateAccountLedger(clock: clock, lifetime: lifetime)
            all[organization] = ledger
            return ledger
        }
    }
}
