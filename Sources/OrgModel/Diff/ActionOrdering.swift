/// Orders actions so each comes after everything it depends on; ties go by kind rank, resource, then ID.
///
/// Deterministic (the same actions always give the same order), which is what
/// makes plan text stable enough to snapshot and to diff between two runs.
enum ActionOrdering {
    /// Returns the actions topologically sorted, dependencies on unknown IDs dropped.
    /// Actions caught in a cycle (a bug in the differ) come last, in key order, with their dependencies kept.
    static func sorted(_ actions: [PlannedAction]) -> [PlannedAction] {
        let known = Set(actions.map(\.id))
        var pending: [String: Int] = [:]
        var dependents: [String: [String]] = [:]
        var byId: [String: PlannedAction] = [:]
        for var action in actions {
            action.dependsOn = action.dependsOn.filter { known.contains($0) && $0 != action.id }
            byId[action.id] = action
            pending[action.id] = action.dependsOn.count
            for dependency in action.dependsOn { dependents[dependency, default: []].append(action.id) }
        }
        var ready = byId.values.filter { $0.dependsOn.isEmpty }.sorted(by: precedes)
        var out: [PlannedAction] = []
        out.reserveCapacity(actions.count)
        while !ready.isEmpty {
            let next = ready.removeFirst()
            out.append(next)
            for dependent in dependents[next.id] ?? [] {
                let left = (pending[dependent] ?? 1) - 1
                pending[dependent] = left
                if left == 0, let action = byId[dependent] {
                    let index = ready.firstIndex { precedes(action, $0) } ?? ready.endIndex
                    ready.insert(action, at: index)
                }
            }
        }
        if out.count < byId.count {
            let placed = Set(out.map(\.id))
            out += byId.values.filter { !placed.contains($0.id) }.sorted(by: precedes)
        }
        return out
    }

    private static func precedes(_ a: PlannedAction, _ b: PlannedAction) -> Bool {
        (a.kind.rank, a.resource.kind.order, a.resource.name, a.id) < (b.kind.rank, b.resource.kind.order, b.resource.name, b.id)
    }
}
