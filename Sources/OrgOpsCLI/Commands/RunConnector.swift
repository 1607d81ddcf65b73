import AWSServices
import OrgModel
import Reconciler

/// The loop's organization ports over AWS: one reader and one applier whose sessions assume each
/// organization's `spec.access.roleArn` (or use the operator's own credentials).
struct RunConnector: OrganizationConnector {
    /// Reads every organization through its session.
    let reader: OrganizationsLiveReader
    /// Applies every organization's actions through its session.
    let applier: OrganizationsChangeApplier

    func ports(for organization: DesiredOrganization) async throws -> OrganizationPorts {
        OrganizationPorts(reader: reader, applier: applier)
    }
}
