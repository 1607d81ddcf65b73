import OrgModel

/// The live-state and change ports of one organization.
public struct OrganizationPorts: Sendable {
    /// Reads the organization.
    public var reader: any LiveStateReader
    /// Changes it: every action of the merged plan, so with extensions a router over each kind's applier.
    public var applier: any ChangeApplier
    /// The kinds planned after the Organizations differ (Identity Center, StackSets), in order; empty for an
    /// Organizations-only pass.
    public var extensions: [any PlanExtension]

    /// Creates ports.
    public init(reader: any LiveStateReader, applier: any ChangeApplier, extensions: [any PlanExtension] = []) {
        self.reader = reader
        self.applier = applier
        self.extensions = extensions
    }
}

/// Gives the pass each organization's ports: the AWS clients of its management account, or in-memory fakes.
///
/// A port per organization because every organization has its own
/// credentials (`spec.access.roleArn`); the composition root implements it
/// over AWS, tests over `InMemoryOrganization`.
public protocol OrganizationConnector: Sendable {
    /// The ports for `organization`; throws when its credentials cannot be had (a transient failure of the pass).
    func ports(for organization: DesiredOrganization) async throws -> OrganizationPorts
}
