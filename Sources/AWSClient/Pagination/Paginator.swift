/// Walks token-paginated list operations to the end, safely.
///
/// A page loop ends when the service returns no next token, an empty one,
/// or one it already returned (moto's `ListCreateAccountStatus` never ends
/// its pagination on its own). It never runs away: past `maxPages` it
/// throws `PaginationError` instead of looping forever.
public enum Paginator {
    /// The page cap used when a caller does not give one.
    public static let defaultMaxPages = 1000

    /// Fetches every page and returns all items in order.
    ///
    /// - Parameters:
    ///   - what: names the list in the error past the cap (`organizations ListAccounts`).
    ///   - fetch: gets the page for a token (nil for the first) and returns its items and the next token.
    nonisolated(nonsending) public static func collect<Item>(
        maxPages: Int = defaultMaxPages, what: String = "list",
        _ fetch: (_ token: String?) async throws -> (items: [Item], nextToken: String?)
    ) async throws -> [Item] {
        var items: [Item] = []
        var token: String?
        var seen: Set<String> = []
        var pages = 0
        while true {
            guard pages < maxPages else { throw PaginationError(what: what, maxPages: maxPages) }
            let page = try await fetch(token)
            pages += 1
            items.append(contentsOf: page.items)
            guard let next = page.nextToken, !next.isEmpty, seen.insert(next).inserted else { return items }
            token = next
        }
    }

    /// The pages as an async sequence, fetched one at a time as the caller iterates.
    public static func pages<Item: Sendable>(
        maxPages: Int = defaultMaxPages, what: String = "list",
        _ fetch: @escaping @Sendable (_ token: String?) async throws -> (items: [Item], nextToken: String?)
    ) -> PageSequence<Item> {
        PageSequence(maxPages: maxPages, what: what, fetch: fetch)
    }
}
