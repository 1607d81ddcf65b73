/// The pages of a token-paginated list, each element one page of items; same end rules as `collect`.
public struct PageSequence<Item: Sendable>: AsyncSequence, Sendable {
    /// One page of items.
    public typealias Element = [Item]
    let maxPages: Int
    let what: String
    let fetch: @Sendable (String?) async throws -> (items: [Item], nextToken: String?)

    /// Starts iterating at the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Fetches the next page on demand.
    public struct Iterator: AsyncIteratorProtocol {
        let sequence: PageSequence
        var token: String?
        var seen: Set<String> = []
        var pages = 0
        var finished = false

        init(sequence: PageSequence) {
            self.sequence = sequence
        }

        /// The next page, or nil after the last one.
        public mutating func next() async throws -> [Item]? {
            if finished { return nil }
            guard pages < sequence.maxPages else {
                finished = true
                throw PaginationError(what: sequence.what, maxPages: sequence.maxPages)
            }
            let page = try await sequence.fetch(token)
            pages += 1
            if let next = page.nextToken, !next.isEmpty, seen.insert(next).inserted {
                token = next
            } else {
                finished = true
            }
            return page.items
        }
    }
}
