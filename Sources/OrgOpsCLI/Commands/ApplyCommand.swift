import AWSClient
import Foundation
import OperatorSupport
import OrgModel

/// `orgops apply [PLANFILE]`: plans (or takes a saved plan, refused when its revision or the
/// live state moved on), prints the plan, and carries out exactly that plan.
///
/// Organizations are applied in parallel, each in dependency order; a failed action stops
/// only the actions that depend on it. The run ends with a summary of applied, failed and
/// skipped actions. Exit 0 when everything was applied (or there was nothing to do), 1 when
/// anything failed, the plan was refused, or an organization could not be read.
public struct ApplyCommand: Command {
    /// The clock of signing dates, retry waits, CreateAccount polling and the plan's timestamp.
    let clock: any OperatorClock
    /// The HTTP seam of every AWS call.
    let transport: any HTTPTransport

    /// Creates the command; tests pass a virtual clock so waits take no real time.
    public init(clock: any OperatorClock = SystemClock(), transport: any HTTPTransport = URLSessionTransport()) {
        self.clock = clock
        self.transport = transport
    }

    public var spec: CommandSpec {
        CommandSpec(
            name: "apply",
            abstract: "Plan and apply, or apply a saved plan if it is still current.",
            discussion: """
                Without PLANFILE: loads the manifests, reads every organization with its tags (a full
                read: ownership tags decide what may be pruned), plans, prints the plan and applies it.
                With PLANFILE (from 'orgops plan --out'): loads the manifests and re-reads each
                organization the way the plan was read, and refuses the plan when the manifests'
                revision or an organization's live state is no longer what it was planned against.

                A plan deleting more than --max-deletions resources is refused, naming them; an
                organization with reconcile.suspend is printed and not applied. A CreateAccount left
                running by an interrupted apply is found through its status and waited for, never
                requested again.

                Identity Center changes run after the Organizations actions they depend on; every
                changed permission set is provisioned to its accounts and waited for, and assignment
                creations and deletions stay within 10 in flight. StackSet operations run one at a
                time per stack set and in parallel across stack sets; secretParameters are read from
                the environment or the file they name only when the operation is sent, and never
                printed.
                """,
            arguments: [ArgumentSpec(name: "planfile", help: "A plan saved by 'orgops plan --out FILE'.")],
            options: PlanCommandOptions.specs(formats: PlanOutputFormat.allCases),
            exitCodes: [
                .init(0, "Every action was applied, or there was nothing to do."),
                .init(1, "An action failed, the plan was refused, an organization could not be read, or the command line is wrong."),
            ])
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        let options = try PlanCommandOptions(arguments: arguments)
        guard let manifests = try LoadedManifests.load(repository: options.repository, only: options.organizations,
                                                      stderr: context.stderr) else { return 1 }
        let workflow = try PlanWorkflow(environment: context.environment, options: options, clock: clock,
                                        transport: transport, stderr: context.stderr)
        let runner = ApplyRunner(workflow: workflow, stdout: context.stdout, stderr: context.stderr,
                                 format: options.format)
        let succeeded: Bool
        if let path = arguments.argument("planfile") {
            succeeded = await runner.applySaved(path: path, manifests: manifests)
        } else {
            succeeded = await runner.planAndApply(manifests)
        }
        if options.stats { context.stderr.write(workflow.client.calls.renderTable()) }
        return succeeded ? 0 : 1
    }
}
