import AWSClient
import Synchronization
import Testing

@Suite("Paginator")
struct PaginatorTests {
    /// A list of `pages` pages of two items; the last page's token is `last`.
    private func pager(pages: Int, last: String?) -> @Sendable (String?) async throws -> (items: [Int], nextToken: String?) {
        { token in
            let page = token.flatMap { Int($0.dropFirst(1)) } ?? 0
            let next = page + 1 < pages ? "t\(page + 1)" : last
            return ([page * 2, page * 2 + 1], next)
        }
    }

    @Test("ends on a nil, empty or repeated token", arguments: [nil, "", "t1"] as [String?])
    func endings(last: String?) async throws {
        let items = try await Paginator.collect(pager(pages: 3, last: last))
        #expect(items == [0, 1, 2, 3, 4, 5])
    }

    @Test("a single page")
    func single() async throws {
        #expect(try await Paginator.collect(pager(pages: 1, last: nil)) == [0, 1])
    }

    @Test("past the page cap it throws a clear error")
    func cap() async throws {
        let calls = Mutex(0)
        let error = await #expect(throws: PaginationError.self) {
            _ = try await Paginator.collect(maxPages: 5, what: "organizations ListCreateAccountStatus") { token in
                calls.withLock { $0 += 1 }
                return ([1], "t\(calls.withLock { $0 })")
            }
        }
        #expect(calls.withLock { $0 } == 5)
        #expect(error?.code == "PaginationLimitExceeded")
        #expect(error?.description.hasPrefix("organizations ListCreateAccountStatus returned more than 5 pages") == true)
    }

    @Test("the first call gets a nil token and later calls the previous next token")
    func tokens() async throws {
        let seen = Mutex<[String?]>([])
        _ = try await Paginator.collect { token -> (items: [Int], nextToken: String?) in
            seen.withLock { $0.append(token) }
            return ([], token == nil ? "a" : (token == "a" ? "b" : nil))
        }
        #expect(seen.withLock { $0 } == [nil, "a", "b"])
    }

    @Test("the async sequence yields page by page with the same end rules and cap")
    func sequence() async throws {
        var pages: [[Int]] = []
        for try await page in Paginator.pages(pager(pages: 3, last: "")) { pages.append(page) }
        #expect(pages == [[0, 1], [2, 3], [4, 5]])
        var count = 0
        await #expect(throws: PaginationError.self) {
            for try await _ in Paginator.pages(maxPages: 4, pager(pages: 100, last: nil)) { count += 1 }
        }
        #expect(count == 4)
    }
}
