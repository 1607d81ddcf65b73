import OrgModel

/// The bookkeeping of one organization's run: which actions wait for which, which are ready, how each ended.
///
/// A value type the executor mutates between awaits; kept apart so the
/// dependency rules (start when every dependency succeeded, skip everything
/// downstream of a failure) are plain code, not interleaved with concurrency.
struct ExecutionSchedule {
    private let actions: [PlannedAction]
    private var waitingOn: [Int]
    private var dependents: [[Int]]
    private var ready: [Int]
    private var statuses: [ActionStatus?]
    private var resourceIds: [String?]

    init(_ actions: [PlannedAction]) {
        self.actions = actions
        let index = Dictionary(actions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var waitingOn = Array(repeating: 0, count: actions.count)
        var dependents = Array(repeating: [Int](), count: actions.count)
        for (position, action) in actions.enumerated() {
            for dependency in Set(action.dependsOn) {
                guard let source = index[dependency], source != position else { continue }
                waitingOn[position] += 1
                dependents[source].append(position)
            }
        }
        self.waitingOn = waitingOn
        self.dependents = dependents
        ready = waitingOn.indices.filter { waitingOn[$0] == 0 }
        statuses = Array(repeating: nil, count: actions.count)
        resourceIds = Array(repeating: nil, count: actions.count)
    }

    /// The next action to start, in plan order among those ready.
    mutating func nextReady() -> Int? {
        guard !ready.isEmpty else { return nil }
        return ready.removeFirst()
    }

    /// Marks success and releases dependents whose dependencies are now all done.
    mutating func succeeded(_ index: Int, outcome: ActionOutcome) {
        statuses[index] = .applied(detail: outcome.detail)
        resourceIds[index] = outcome.resourceId
        for dependent in dependents[index] where statuses[dependent] == nil {
            waitingOn[dependent] -= 1
            if waitingOn[dependent] == 0 {
                let position = ready.firstIndex { $0 > dependent } ?? ready.endIndex
                ready.insert(dependent, at: position)
            }
        }
    }

    /// Marks failure and skips everything downstream.
    mutating func failed(_ index: Int, reason: String) {
        statuses[index] = .failed(reason: reason)
        var queue = dependents[index].map { ($0, actions[index].id) }
        while !queue.isEmpty {
            let (dependent, cause) = queue.removeFirst()
            guard statuses[dependent] == nil else { continue }
            statuses[dependent] = .skipped(reason: "depends on '\(cause)', which did not succeed")
            queue += dependents[dependent].map { ($0, actions[dependent].id) }
        }
    }

    /// One result per action; anything never reached (a dependency cycle) is reported as skipped.
    func results() -> [ActionResult] {
        actions.enumerated().map { position, action in
            ActionResult(actionId: action.id, resource: action.resource,
                         status: statuses[position] ?? .skipped(reason: "its dependencies never completed"),
                         resourceId: resourceIds[position])
        }
    }
}
