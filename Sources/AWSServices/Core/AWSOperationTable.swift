/// Every AWS operation this module can call, as IAM actions.
///
/// The operator's IAM policy is derived from this list, so it must never miss a
/// call the code makes. It cannot drift: a typed method can only reach the wire
/// through `AWSClient.invokeJSON`/`invokeQuery`, which take a case of a service's
/// `Operation` enum, and this table is the union of those enums' cases.
public enum AWSOperationTable {
    /// Every operation, sorted by IAM action.
    public static var all: [AWSOperation] {
        (OrganizationsAPI.Operation.allCases.map(\.entry)
            + CloudFormationAPI.Operation.allCases.map(\.entry)
            + SSOAdminAPI.Operation.allCases.map(\.entry)
            + IdentityStoreAPI.Operation.allCases.map(\.entry)
            + STSAPI.Operation.allCases.map(\.entry)).sorted()
    }

    /// The IAM actions of `all`, for writing a policy document.
    public static var iamActions: [String] { all.map(\.iamAction) }

    /// Whether the table lists an operation of a service (by botocore name), as the client counts calls.
    public static func contains(service: String, operation: String) -> Bool {
        all.contains { $0.service == service && $0.name == operation }
    }
}
