import OrgModel

/// The live-state and change ports of one organization.
public struct OrganizationPorts: Sendable {
    /// Reads the organization.
    public var reader: any LiveStateReader
    /// Changes it.
    public var applier: any ChangeApplier

    /// Creates ports.
    public init(reader: any LiveStateReader, applier: any ChangeApplier) {
        self.reader = reader
        self.applier = applier
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
