import AWSClient
import OrgModel

/// What every action of one organization needs: its API, names for errors, and the ID map.
struct ApplyStep: Sendable {
    let api: OrganizationsAPI
    let organization: String
    let resource: String
    let context: ApplyContext

    /// Runs `body`, turning an AWS error whose code means "already so" into `value`.
    func tolerating<T>(_ codes: Set<String>, _ value: T, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as AWSError where codes.contains(error.code) {
            return value
        }
    }
}
