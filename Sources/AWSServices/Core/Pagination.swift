import AWSClient

/// Follows a paginated operation to its last page via the client's `Paginator`.
///
/// The generated `listAll…` helpers pass the request, where its token lives and
/// one page call; a null, absent or empty token (moto sends all three) ends it.
func collectPages<Input: Sendable, Item: Sendable>(
    _ input: Input, token: WritableKeyPath<Input, String?> & Sendable,
    page: @escaping @Sendable (Input) async throws -> ([Item], String?)
) async throws -> [Item] {
    try await Paginator.collect { (next: String?) in
        var request = input
        request[keyPath: token] = next
        let (items, following) = try await page(request)
        return (items, following.flatMap { $0.isEmpty ? nil : $0 })
    }
}
