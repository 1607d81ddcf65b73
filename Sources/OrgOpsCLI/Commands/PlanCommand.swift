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

                By default plan does a cheap read: the OU tree, accounts, policies with their
                contents and targets, but no tags, which cost one call per resource; tag changes and
                resources to prune (found by their ownership tag) are then not shown, and the plan
                says so. --full-read adds the tags. apply always reads tags.
                """,
            options: PlanCommandOptions.specs(formats: PlanOutputFormat.allCases) + [
                .option("out", value: "file", help: "Also save the plan to this file, for 'orgops apply FILE'"),
                .flag("full-read", help: "Read tags too (one call per OU, account and policy); off by default"),
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
        let read: ReadOptions = options.fullRead ? .full : .cheap
        let outcome = await workflow.plan(manifests, read: read)
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
