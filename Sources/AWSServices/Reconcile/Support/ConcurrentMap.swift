/// Runs `body` over `items` in a task group, at most `width` at once, and returns the results in input order.
///
/// The client already caps calls in flight per service and scope; the width
/// here only keeps a thousand-account tag read from parking a thousand tasks
/// on the client's limiter at once. The first error cancels the rest.
func concurrentMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], width: Int = 8, _ body: @escaping @Sendable (Item) async throws -> Result
) async throws -> [Result] {
    guard !items.isEmpty else { return [] }
    return try await withThrowingTaskGroup(of: (Int, Result).self) { group in
        var results = [Result?](repeating: nil, count: items.count)
        var next = 0
        func launch() {
            let index = next
            let item = items[index]
            group.addTask { (index, try await body(item)) }
            next += 1
        }
        while next < min(max(width, 1), items.count) { launch() }
        while let (index, result) = try await group.next() {
            results[index] = result
            if next < items.count { launch() }
        }
        return results.compactMap { $0 }
    }
}
