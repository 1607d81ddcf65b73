import AWSServices

/// What `orgops import` read from one live organization, in the shape the manifests are written from.
///
/// Kept separate from the writer so the read (AWS calls, read-only) and the rendering (pure) can be
/// tested and reasoned about apart: the writer never needs a network, the reader never touches disk.
public struct ImportedOrganization: Sendable, Equatable {
    /// One OU with its tags and children, in name order.
    public struct Unit: Sendable, Equatable {
        /// The OU's name, which is also its path segment.
        public var name: String
        /// The live tags (the ownership tag included when present).
        public var tags: [String: String]
        /// The OUs beneath.
        public var children: [Unit]
    }

    /// One member or management account.
    public struct Account: Sendable, Equatable {
        /// The 12-digit ID.
        public var id: String
        /// The account's name in AWS.
        public var name: String
        /// The root e-mail address.
        public var email: String
        /// The OU path (`/` for the root).
        public var path: String
        /// The live tags.
        public var tags: [String: String]
    }

    /// Where a policy is attached.
    public enum Target: Sendable, Equatable {
        /// The organization's root.
        case root
        /// An OU by path.
        case unit(String)
        /// An account by ID (the writer turns it into the account's logical name).
        case account(String)
    }

    /// One customer-managed policy.
    public struct Policy: Sendable, Equatable {
        /// The policy's name in AWS.
        public var name: String
        /// `SERVICE_CONTROL_POLICY`, `TAG_POLICY`, …
        public var type: String
        /// The description, empty when none.
        public var description: String
        /// The JSON document as AWS returns it.
        public var content: String
        /// Where it is attached.
        public var targets: [Target]
        /// The live tags.
        public var tags: [String: String]
    }

    /// One delegated administrator registration.
    public struct Delegation: Sendable, Equatable {
        /// The delegated account's ID.
        public var accountId: String
        /// The service it administers.
        public var servicePrincipal: String
    }

    /// The management account's ID.
    public var managementAccountId: String
    /// `ALL` or `CONSOLIDATED_BILLING`.
    public var featureSet: String
    /// The policy types enabled on the root.
    public var policyTypes: [String]
    /// The service principals with trusted access.
    public var trustedServices: [String]
    /// (account ID, service principal) of each delegated administrator.
    public var delegatedAdministrators: [Delegation]
    /// The top-level OUs.
    public var units: [Unit]
    /// Every account, management account included.
    public var accounts: [Account]
    /// Every customer-managed policy, AWS-managed ones left out (orgops leaves them alone).
    public var policies: [Policy]
    /// OU path by ID, the root's (`/`) included: stack sets name their OUs by ID.
    public var unitPaths: [String: String] = [:]
    /// The Identity Center instance, nil when the organization has none (or it was not read).
    public var identityCenter: IdentityCenterImport? = nil
    /// Every active stack set of the management account (and of a delegated administrator, when listed).
    public var stackSets: [StackSetImport] = []
}
