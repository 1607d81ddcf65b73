import AWSClient
import OrgModel

/// One read of one organization: the calls of `OrganizationsLiveReader`, in dependency order.
///
/// DescribeOrganization decides whether there is anything to read; then the
/// root, service access, delegated administrators and in-flight account
/// requests are read side by side; then the tree walk and the policy read,
/// also side by side; tags last, when asked for. Each step wraps its failure
/// with the organization and what was being read.
struct ReadPass: Sendable {
    let api: OrganizationsAPI
    let organization: String
    let declared: DeclaredPolicies
    let width: Int

    func run(options: ReadOptions) async throws -> LiveOrganization {
        guard let described = try await describeOrganization() else {
            return LiveOrganization(tagsRead: options.includeTags)
        }
        async let rootRead = root()
        async let servicesRead = trustedServices()
        async let adminsRead = delegatedAdministrators()
        async let requestsRead = createAccountRequests()
        let (rootId, enabledTypes) = try await rootRead
        async let treeRead = tree(rootId: rootId)
        async let policiesRead = policies(types: Set(enabledTypes).union(declared.types))
        var (units, accounts) = try await treeRead
        var policies = try await policiesRead
        if options.includeTags {
            units = try await tagged(units, id: \.id, resource: { "ou \($0.path)" }) { $0.tags = $1 }
            accounts = try await tagged(accounts, id: \.id, resource: { "account \($0.id)" }) { $0.tags = $1 }
            policies = try await tagged(policies.filter { !$0.awsManaged }, id: \.id,
                                        resource: { "policy \($0.name)" }) { $0.tags = $1 }
                + policies.filter(\.awsManaged)
        }
        return LiveOrganization(
            organizationId: described.id, managementAccountId: described.masterAccountId,
            featureSet: described.featureSet, rootId: rootId, enabledPolicyTypes: enabledTypes.sorted(),
            trustedServices: try await servicesRead.sorted(),
            delegatedAdministrators: try await adminsRead.sorted {
                ($0.servicePrincipal, $0.accountId) < ($1.servicePrincipal, $1.accountId)
            },
            organizationalUnits: units.sorted { $0.path < $1.path },
            accounts: accounts.sorted { $0.id < $1.id },
            policies: policies.sorted { ($0.type, $0.name, $0.id) < ($1.type, $1.name, $1.id) },
            createAccountRequests: try await requestsRead.sorted { $0.id < $1.id },
            tagsRead: options.includeTags)
    }

    /// Runs one step, wrapping whatever it throws with the organization and the resource.
    func step<T>(_ resource: String, _ operation: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw OrganizationsReconcileError.wrap(error, organization: organization, resource: resource,
                                                   operation: operation)
        }
    }

    /// The organization, or nil when the management account has none yet.
    private func describeOrganization() async throws -> OrganizationsAPI.Organization? {
        do {
            return try await api.describeOrganization().organization
        } catch let error as AWSError where error.code == "AWSOrganizationsNotInUseException" {
            return nil
        } catch {
            throw OrganizationsReconcileError.wrap(error, organization: organization, resource: "organization",
                                                   operation: "DescribeOrganization")
        }
    }

    /// The root's ID and the policy types enabled on it.
    private func root() async throws -> (String, [String]) {
        let roots = try await step("root", "ListRoots") { try await api.listAllRoots() }
        guard let root = roots.first, let id = root.id else {
            throw OrganizationsReconcileError(
                code: OrganizationsReconcileError.Code.noOrganization, organization: organization, resource: "root",
                operation: "ListRoots", message: "the organization answered with no root")
        }
        let enabled = (root.policyTypes ?? []).filter { $0.status == "ENABLED" }.compactMap(\.type)
        return (id, enabled)
    }

    private func trustedServices() async throws -> [String] {
        try await step("trusted services", "ListAWSServiceAccessForOrganization") {
            try await api.listAllAWSServiceAccessForOrganization().compactMap(\.servicePrincipal)
        }
    }

    private func delegatedAdministrators() async throws -> [LiveDelegatedAdministrator] {
        let api = self.api
        let admins = try await step("delegated administrators", "ListDelegatedAdministrators") {
            try await api.listAllDelegatedAdministrators().compactMap(\.id)
        }
        let perAccount = try await step("delegated administrators", "ListDelegatedServicesForAccount") {
            try await concurrentMap(admins, width: width) { accountId in
                try await api.listAllDelegatedServicesForAccount(.init(accountId: accountId))
                    .compactMap(\.servicePrincipal)
                    .map { LiveDelegatedAdministrator(accountId: accountId, servicePrincipal: $0) }
            }
        }
        return perAccount.flatMap { $0 }
    }

    /// Requests still in progress: finished ones show up as accounts, which the tree walk reads.
    private func createAccountRequests() async throws -> [LiveCreateAccountRequest] {
        let statuses = try await step("account requests", "ListCreateAccountStatus") {
            try await api.listAllCreateAccountStatus(.init(states: ["IN_PROGRESS"]))
        }
        return statuses.compactMap { status in
            guard let id = status.id else { return nil }
            return LiveCreateAccountRequest(id: id, accountName: status.accountName ?? "",
                                            state: status.state ?? "IN_PROGRESS", accountId: status.accountId,
                                            failureReason: status.failureReason)
        }
    }
}
