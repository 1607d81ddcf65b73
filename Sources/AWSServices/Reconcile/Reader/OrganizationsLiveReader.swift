import AWSClient
import OrgModel

/// Reads one organization's live state over AWS Organizations with list calls, concurrently.
///
/// The passes and what they cost, for an organization of A accounts, O OUs,
/// P customer-managed policies (Pd of them declared in manifests, by type and
/// name), T policy types listed, D delegated administrators and M AWS-managed
/// policies a manifest takes over (`awsManaged`); every list is one call per
/// page, and the counts below assume one page (Organizations pages hold 20):
///
/// | call | cheap | full |
/// |---|---|---|
/// | DescribeOrganization, ListRoots, ListAWSServiceAccessForOrganization, ListDelegatedAdministrators | 4 | 4 |
/// | ListDelegatedServicesForAccount (per admin) | D | D |
/// | ListOrganizationalUnitsForParent (root + each OU) | O + 1 | O + 1 |
/// | ListAccountsForParent (root + each OU; +1 per further 20 accounts of a parent) | O + 1 | O + 1 |
/// | ListPolicies (per type enabled or declared) | T | T |
/// | ListTargetsForPolicy (each customer-managed and each taken-over policy) | P + M | P + M |
/// | DescribePolicy (declared customer-managed policies only) | Pd | Pd |
/// | ListCreateAccountStatus (IN_PROGRESS) | 1 | 1 |
/// | ListTagsForResource (each OU, account and customer-managed policy) | 0 | O + A + P |
///
/// So a cheap pass costs `6 + D + 2(O+1) + T + P + M + Pd` calls — nothing per
/// account — and a full pass adds `O + A + P`. For the benchmark estate
/// (1,000 accounts, 100 OUs, 60 policies, all declared) that is about 390
/// calls cheap and about 1,550 full.
///
/// Why accounts come from `ListAccountsForParent` alone: the tree walk must
/// visit every parent anyway (for its child OUs), and each visit's
/// `ListAccountsForParent` returns full account records, so the union over
/// all parents *is* the account list, parents included, at O + 1 calls plus
/// overflow pages. `ListAccounts` plus `ListChildren` per parent (or plus
/// `ListParents` per account) would cost ⌈A/20⌉ more calls (or A more)
/// for the same facts. Visits run concurrently per level of the tree.
///
/// Policy content has no version signal in AWS (no ETag, no revision), so it
/// cannot be cached safely across passes; it is read — concurrently — only for
/// the policies a manifest declares, the only ones whose content the differ
/// compares. Other policies carry `canonicalContent: nil` ("not read").
/// AWS-managed policies no manifest takes over get no target read: they are
/// never touched, and FullAWSAccess alone is attached to every account.
public struct OrganizationsLiveReader: LiveStateReader {
    /// Where each organization's client comes from.
    public let sessions: OrganizationSessions
    /// How many per-resource reads (tags, contents, targets) are queued on the client at once.
    public var width: Int

    /// Creates a reader over the organizations' sessions.
    public init(sessions: OrganizationSessions, width: Int = 8) {
        self.sessions = sessions
        self.width = width
    }

    /// Reads `organization` through its session (assumed role or the operator's own credentials).
    public func readOrganization(_ organization: DesiredOrganization, options: ReadOptions) async throws
        -> LiveOrganization {
        let session = sessions.session(for: organization)
        return try await read(through: session.organizations, organization: organization, options: options)
    }

    /// Reads through an explicit API value; `organization` says which policies are declared.
    public func read(through api: OrganizationsAPI, organization: DesiredOrganization,
                     options: ReadOptions) async throws -> LiveOrganization {
        let pass = ReadPass(api: api, organization: organization.name,
                            declared: DeclaredPolicies(organization), width: width)
        return try await pass.run(options: options)
    }
}

/// The policies a manifest declares, which decide whose content and targets are read.
struct DeclaredPolicies: Sendable {
    /// `type` + `name` of declared customer-managed policies.
    var customer: Set<String>
    /// Names of AWS-managed policies taken over through `awsManaged`.
    var awsManaged: Set<String>
    /// Every policy type a manifest names (enabled or not).
    var types: Set<String>

    init(_ organization: DesiredOrganization) {
        var customer = Set<String>()
        var awsManaged = Set<String>()
        for policy in organization.policies {
            if let managed = policy.awsManaged {
                awsManaged.insert(managed)
            } else {
                customer.insert(Self.key(type: policy.type, name: policy.policyName))
            }
        }
        self.customer = customer
        self.awsManaged = awsManaged
        self.types = Set(organization.policyTypes).union(organization.policies.map(\.type))
    }

    static func key(type: String, name: String) -> String { "\(type)\u{0}\(name)" }
}
