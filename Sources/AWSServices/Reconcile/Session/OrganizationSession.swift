import AWSClient

/// One organization's way into AWS: a client signed as its management account, scoped to its name.
///
/// Every call made for the organization goes through `client`, so the
/// client's per-scope limits (Organizations at 2 in flight, `create-account`
/// at 5) and `--stats` counting apply per organization while transport,
/// counter and retry quota stay shared with the operator's base client.
public struct OrganizationSession: Sendable {
    /// The organization's manifest name; also the client's scope.
    public let organizationName: String
    /// The organization's home region (Identity Center and StackSets are called there).
    public let region: String
    /// The client acting in the management account.
    public let client: AWSClient

    /// Creates a session over a client that already acts in the management account.
    public init(organizationName: String, region: String, client: AWSClient) {
        self.organizationName = organizationName
        self.region = region
        self.client = client
    }

    /// Organizations through this session; its descriptor signs for us-east-1 whatever the region.
    public var organizations: OrganizationsAPI { OrganizationsAPI(client: client, region: region) }
}
