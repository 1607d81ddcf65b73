import AWSClient
import OrgModel

extension OrganizationsChangeApplier {
    /// CreateOrganizationalUnit with its tags; an OU of that name already under the parent is adopted and tagged.
    func createOrganizationalUnit(path: String, name: String, parent: OUReference, tags: [String: String],
                                  step: ApplyStep) async throws -> ActionOutcome {
        let parentId = try step.context.resolve(parent)
        let id: String
        do {
            let created = try await step.api.createOrganizationalUnit(
                .init(parentId: parentId, name: name, tags: tags.isEmpty ? nil : Self.awsTags(tags)))
            guard let createdId = created.organizationalUnit?.id else {
                throw incomplete(step, "CreateOrganizationalUnit", "the OU's Id")
            }
            id = createdId
        } catch let error as AWSError where error.code == "DuplicateOrganizationalUnitException" {
            let siblings = try await step.api.listAllOrganizationalUnitsForParent(.init(parentId: parentId))
            guard let existing = siblings.first(where: { $0.name == name })?.id else { throw error }
            _ = try await tag(existing, tags, step: step)
            id = existing
        }
        step.context.recordOrganizationalUnit(path: path, id: id)
        return ActionOutcome(resourceId: id)
    }

    /// DeleteOrganizationalUnit once it is empty: while AWS says it is not, waits and tries again until `emptyWait` ends.
    ///
    /// The planner orders every move out of the OU before its delete, but
    /// moves of other organizations' passes or a person may still be under
    /// way; an OU that stays non-empty fails with `OrganizationalUnitNotEmpty`
    /// naming the OU, and nothing in it is touched.
    func deleteOrganizationalUnit(_ ou: OUReference, step: ApplyStep) async throws -> ActionOutcome {
        let id = try step.context.resolve(ou)
        let started = clock.now()
        let limit = Double(emptyWait.timeout.components.seconds)
        while true {
            do {
                try await step.api.deleteOrganizationalUnit(.init(organizationalUnitId: id))
                return ActionOutcome(resourceId: id)
            } catch let error as AWSError where error.code == "OrganizationalUnitNotFoundException" {
                return ActionOutcome(resourceId: id, detail: "already deleted")
            } catch let error as AWSError where error.code == "OrganizationalUnitNotEmptyException" {
                if clock.now().timeIntervalSince(started) >= limit {
                    throw OrganizationsReconcileError(
                        code: OrganizationsReconcileError.Code.notEmpty, organization: step.organization,
                        resource: step.resource, operation: "DeleteOrganizationalUnit",
                        message: "ou '\(ou.path)' (\(id)) still holds accounts or OUs after "
                            + "\(emptyWait.timeout.components.seconds) s; move them out and apply again",
                        underlying: error)
                }
                try await clock.sleep(for: emptyWait.interval)
            }
        }
    }
}
