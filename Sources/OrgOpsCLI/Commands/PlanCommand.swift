import AWSClient
import Foundation
import OperatorSupport
import OrgModel

/// `orgops plan`: manifests against the live state of each organization, printed as a plan —
/// what `apply` would create, update (field: before → after) and delete, drift included.
///
/// The exit status follows `terraform plan -detailed-exitcode`, so CI can gate on it: 0 when
/// nothing would change, 2 when changes are pending, 1 on any error (invalid manifests, an
/// organization that cannot be read). With `--out` the plan is saved for `orgops apply FILE`.
public struct PlanCommand: Command {
    /// The clock of signing dates, retry waits and the plan's timestamp.
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
            name: "plan",
            abstract: "Read each organization's live state and print what apply would change.",
            discussion: """
                Loads the manifests (invalid ones are reported and nothing is read from AWS), reads
                every organization concurrently through its access role, and prints per organization
                what would be created (+), updated (~, with field: before -> after) and deleted (-),
                marking changes made out of band as drift. Resources orgops does not own are listed
                as unmanaged and never touched.

                What is read: the OU tree, accounts, and policies with their contents and targets,
                all by list calls. Tags cost one call per OU, account and policy, so they are read
                only when needed: when no inventory from an earlier 'orgops apply' is recorded in
                --state-dir (ownership then has to be learnt from the ownership tags), or with
                --full-read. A plan without tags says so: tag changes made out of band are not
                shown, and ownership comes from the recorded inventory. apply always reads tags.

                Identity Center: for an organization with PermissionSet or AccountAssignment
                manifests, the instance (ListInstances, or identityCenter.instanceArn), its permission
                sets and the assignments of the managed ones are read, per permission set or per
                principal, whichever costs fewer calls, within 20 calls/s. Principals are resolved by
                name through the Identity Store; an unknown one is an error naming it. OU targets mean
                every account beneath the OU as it will be after this pass.

                StackSets: for an organization with StackSet manifests, its stack sets and instances
                are read and the desired instances computed from the targets. DetectStackSetDrift runs
                when --stack-drift-interval has passed since its last run (recorded in
                --state-dir/stack-drift), or now with --detect-stack-drift; drifted instances are
                listed in the plan's notes. Secret parameters are never read by plan.
                """,
            options: PlanCommandOptions.specs(formats: PlanOutputFormat.allCases) + [
                .option("out", value: "file", help: "Also save the plan to this file, for 'orgops apply FILE'"),
                .flag("full-read", help: "Read tags even when an inventory is recorded (one call per OU, account and policy)"),
            ],
            exitCodes: [
                .init(0, "Nothing would change."),
                .init(2, "Changes are pending."),
                .init(1, "The manifests are invalid, an organization could not be read, the plan deletes more than --max-deletions, or the command line is wrong."),
            ])
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        let options = try PlanCommandOptions(arguments: arguments)
        let outFile = arguments.string("out")
        guard let manifests = try LoadedManifests.load(repository: options.repository, only: options.organizations,
                                                      stderr: context.stderr) else { return 1 }
        let workflow = try PlanWorkflow(environment: context.environment, options: options, clock: clock,
                                        transport: transport, stderr: context.stderr)
        let outcome = await workflow.plan(manifests, fullRead: options.fullRead)
        PlanPrinter(format: options.format, stdout: context.stdout).print(outcome.plan)
        var failed = outcome.report(to: context.stderr)
        if let outFile {
            failed = !PlanFileStore.save(outcome, to: outFile, stderr: context.stderr) || failed
        }
        for organization in outcome.plan.organizations {
            guard let refusal = organization.refusal else { continue }
            context.stderr.line("Error: organization '\(organization.organization)': apply would refuse this plan: \(refusal.message) [\(refusal.code)]")
            for resource in refusal.resources { context.stderr.line("  \(resource)") }
            failed = true
        }
        if options.stats { context.stderr.write(workflow.client.calls.renderTable()) }
        if failed { return 1 }
        return outcome.plan.hasChanges ? 2 : 0
    }
}
