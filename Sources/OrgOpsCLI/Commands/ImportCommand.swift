import AWSClient
import AWSServices
import Foundation
import OperatorSupport
import OrgModel

/// `orgops import`: manifests from a live organization, so an existing estate can be adopted.
///
/// Import only reads (List/Describe calls through the organization's role) and writes files under
/// `--out`; it never writes to AWS. Ownership is taken at the first `orgops apply` afterwards, which
/// adds the ownership tag and nothing else — the plan in between shows only those adoptions.
public struct ImportCommand: Command {
    /// The clock of signing dates and retry waits.
    let clock: any OperatorClock
    /// The HTTP seam of every AWS call.
    let transport: any HTTPTransport

    /// Creates the command; tests pass a virtual clock so retry waits take no real time.
    public init(clock: any OperatorClock = SystemClock(), transport: any HTTPTransport = URLSessionTransport()) {
        self.clock = clock
        self.transport = transport
    }

    public var spec: CommandSpec {
        CommandSpec(
            name: "import",
            abstract: "Write manifests describing a live organization, to adopt an existing estate.",
            discussion: """
                Reads the OU tree, accounts, customer-managed policies of every enabled type with
                their documents and targets, delegated administrators, trusted services, Identity
                Center permission sets and assignments (principals by name) and StackSets with
                their templates and targets, and writes organizations/, accounts/, policies/,
                identity-center/ and stacksets/ under --out, with OU and account names as logical
                names. Only read calls are made; NoEcho parameter values are never written (they
                become secretParameters, named on stderr). The next 'orgops plan' on the written
                repository shows only the adoption of ownership; after one 'orgops apply' it shows
                no change.
                """,
            options: [
                .option("org", value: "name", help: "The organization's name in the manifests"),
                .option("role-arn", value: "arn", help: "The role to assume in the management account (default: the operator's own credentials)"),
                .option("region", value: "region", help: "The organization's home region", defaultValue: OperatorClientFactory.fallbackRegion),
                .option("out", value: "dir", help: "The directory the manifests are written to (must be empty or absent)"),
                .option("owner-tag-key", value: "key", help: "The ownership tag, left out of the written tags",
                        defaultValue: PlanOptions.defaultOwnerTagKey),
                .flag("fold-assignments", help: "Target an OU when an assignment covers every account beneath it (default: list the accounts)"),
            ] + AWSSettings.options,
            exitCodes: [
                .init(0, "The manifests were written."),
                .init(1, "The organization could not be read, --out is not empty, or the command line is wrong."),
            ])
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        guard let name = arguments.string("org"), !name.isEmpty else {
            throw UsageError(code: "missing-option", message: "import needs --org NAME, the organization's name in the manifests")
        }
        guard LogicalNames.slug(name) == name else {
            throw UsageError(code: "invalid-value", message: "invalid value '\(name)' for --org; expected lower-case letters, digits, '.', '_' and '-'")
        }
        guard let out = arguments.string("out"), !out.isEmpty else {
            throw UsageError(code: "missing-option", message: "import needs --out DIR, where the manifests are written")
        }
        let region = arguments.string("region") ?? OperatorClientFactory.fallbackRegion
        let roleArn = arguments.string("role-arn")
        let ownerTagKey = arguments.string("owner-tag-key") ?? PlanOptions.defaultOwnerTagKey
        let writer = ImportManifestWriter(organization: name, roleArn: roleArn, region: region, ownerTagKey: ownerTagKey,
                                          foldAssignments: arguments.flag("fold-assignments"))
        let files = ImportFiles(root: out)
        try files.checkEmpty()
        let client = try OperatorClientFactory(environment: context.environment, transport: transport, clock: clock)
            .makeClient(settings: AWSSettings(arguments: arguments))
        let sessions = OrganizationSessions(base: client, clock: clock)
        let placeholder = Self.placeholder(name: name, roleArn: roleArn, region: region)
        let session = sessions.session(for: placeholder)
        var live: ImportedOrganization
        do {
            live = try await ImportReader(api: session.organizations).read()
            let organization = Self.placeholder(name: name, roleArn: roleArn, region: region,
                                                managementAccountId: live.managementAccountId)
            live.identityCenter = try await IdentityCenterImportReader(
                sessions: IdentityCenterSessions(organizations: sessions, clock: clock))
                .read(organization, ownerTagKey: ownerTagKey)
            live.stackSets = try await StackSetImportReader(sessions: sessions).read(organization)
        } catch {
            context.stderr.line("Error: organization '\(name)': reading live state: \(error)")
            return 1
        }
        let output = writer.render(live)
        try files.write(output.files)
        if live.identityCenter == nil {
            context.stderr.line("Notice: no identity center instance in region \(region); no identity center manifests written")
        }
        for notice in output.notices { context.stderr.line("Notice: \(notice)") }
        context.stdout.line("Wrote \(output.files.count) files to \(out): \(live.units.count) top-level OUs, "
            + "\(live.accounts.count) accounts, \(live.policies.count) policies, "
            + "\(live.identityCenter?.live.permissionSets.count ?? 0) permission sets, \(live.stackSets.count) stack sets.")
        context.stdout.line("Next: orgops validate --repo \(out); orgops plan --repo \(out) shows only ownership adoption.")
        return 0
    }

    /// The organization as far as a session needs it (name, access, region), before any manifest exists.
    static func placeholder(name: String, roleArn: String?, region: String,
                            managementAccountId: String = "") -> DesiredOrganization {
        DesiredOrganization(
            name: name, source: SourceLocation(file: "<import>", line: 1, column: 1), managementAccountId: managementAccountId,
            access: roleArn.map { OrganizationAccess(roleArn: $0, externalId: nil) }, region: region,
            featureSet: "ALL", policyTypes: [], trustedServices: [], delegatedAdministrators: [],
            organizationalUnits: [], identityCenter: nil, reconcile: ReconcileSettings(prune: false, suspend: false),
            accounts: [], policies: [], stackSets: [], permissionSets: [], assignments: [])
    }
}
