import Foundation
import OrgModel
import Testing

/// `adopt: true` on a StackSet: an existing set without the ownership tag is taken over by one update
/// that adds the tag, and diffed as owned in the same plan; without it, or when another organization's
/// tag is on the set, the set is reported and left alone.
@Suite struct StackSetAdoptionTests {
    typealias F = StackSetFixture
    let wanted = [(F.shop, "us-east-1"), (F.shop, "eu-west-1"), (F.data, "us-east-1"), (F.data, "eu-west-1")]
    static let adopt = "  adopt: true"

    /// The live set as a hand-made one would be: converged with the manifest, but without the ownership tag.
    func untagged(_ desired: DesiredOrganization, instances: [(String, String)]) throws -> LiveStackSet {
        var live = try F.converged(desired, "baseline", instances: instances)
        live.tags[PlanOptions.defaultOwnerTagKey] = nil
        return live
    }

    @Test func theLoaderReadsAdoptAndDefaultsItToFalse() throws {
        let on = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        let off = try F.desired(F.texts([F.serviceManaged()]))
        #expect(on.stackSets.map(\.adopt) == [true])
        #expect(off.stackSets.map(\.adopt) == [false])
    }

    @Test func withoutAdoptAnUntaggedSetIsReportedWithTheWayToTakeItOver() throws {
        let desired = try F.desired(F.texts([F.serviceManaged()]))
        let plan = F.plan(desired, live: [try untagged(desired, instances: wanted)])
        #expect(plan.actions.isEmpty)
        #expect(plan.unmanaged.map(\.name) == ["baseline"])
        let note = try #require(plan.notes.first)
        #expect(note.hasPrefix("stack set baseline exists without the ownership tag orgops:managed-by=acme; it is left alone; "
                               + "set adopt: true in "), "\(note)")
        #expect(note.contains("stacksets/0.yaml") && note.hasSuffix(" to take it over"), "\(note)")
    }

    @Test func withAdoptAnUntaggedConvergedSetIsOneUpdateAddingTheOwnershipTag() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        let plan = F.plan(desired, live: [try untagged(desired, instances: wanted)])
        #expect(plan.actions.map(\.id) == ["adopt stack-set baseline"])
        #expect(plan.unmanaged.isEmpty && plan.notes.isEmpty)
        let action = try #require(plan.actions.first)
        #expect(action.reason == .adoption)
        #expect(action.kind.verb == "adopt")
        #expect(action.effect == .update)
        #expect(action.changes == [FieldChange(field: "tags.orgops:managed-by", before: nil, after: "acme")])
        guard case .stackSet(.update(let definition)) = action.kind else {
            Issue.record("the adoption is not an UpdateStackSet: \(action.kind)")
            return
        }
        #expect(definition.adopting && definition.adoptionTagKey == "orgops:managed-by")
        #expect(definition.tags == ["owner": "platform", "orgops:managed-by": "acme"])
        #expect(definition.identity.stackSetName == "baseline")
    }

    @Test func adoptChangesNothingForAMissingSetOrOneAlreadyOwned() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        #expect(F.plan(desired, live: []).actions.map(\.id) == ["create stack-set baseline", "deploy stack-set baseline #1"])
        let owned = try F.converged(desired, "baseline", instances: wanted)
        #expect(F.plan(desired, live: [owned]).actions.isEmpty)
        var retagged = owned
        retagged.tags["owner"] = "someone"
        let plan = F.plan(desired, live: [retagged])
        #expect(plan.actions.map(\.id) == ["update stack-set baseline"])
        #expect(plan.actions.first?.kind.verb == "update" && plan.actions.first?.reason == .differsFromManifests)
    }

    @Test func aSetTaggedForAnotherOrganizationIsNeverAdopted() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        var live = try untagged(desired, instances: wanted)
        live.tags[PlanOptions.defaultOwnerTagKey] = "globex"
        let plan = F.plan(desired, live: [live])
        #expect(plan.actions.isEmpty)
        #expect(plan.unmanaged.map(\.name) == ["baseline"])
        #expect(plan.notes == ["stack set baseline is managed by organization 'globex' (orgops:managed-by=globex); "
                               + "it is left alone and never adopted"])
    }

    @Test func adoptionAndAChangedTemplateAndAMissingInstanceAreOnePlan() throws {
        let before = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        let live = try untagged(before, instances: Array(wanted.dropLast()))
        let after = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)], template: F.template + "\n# v2\n"))
        let plan = F.plan(after, live: [live])
        #expect(plan.actions.map(\.id) == ["adopt stack-set baseline", "deploy stack-set baseline #1"])
        #expect(plan.actions[0].changes.map(\.field) == ["template", "tags.orgops:managed-by"])
        #expect(plan.actions[1].dependsOn == ["adopt stack-set baseline"])
        let batch = try #require(F.batches(plan, "deploy").first)
        #expect(batch.regions == ["eu-west-1"])
        #expect(batch.accounts.compactMap(\.id) == [F.data])
    }

    @Test func anOutdatedInstanceNeedsNoRedeployBesideTheAdoption() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        var live = try untagged(desired, instances: wanted)
        live.instances[0].status = "OUTDATED"
        let plan = F.plan(desired, live: [live])
        // UpdateStackSet reaches every instance, so the adoption alone brings the outdated one back.
        #expect(plan.actions.map(\.id) == ["adopt stack-set baseline"])
    }

    @Test func theAdoptionReadsAsSuchInThePlanText() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        let stackSets = F.plan(desired, live: [try untagged(desired, instances: wanted)])
        let merged = StackSetPlanMerge.merge(stackSets, into: OrganizationPlan(organization: "acme", liveFingerprint: "f"),
                                             universe: .projected(desired: desired, live: F.liveOrganization()),
                                             live: F.liveOrganization(), options: PlanOptions())
        let plan = Plan(sourceRevision: "abc", createdAt: Date(timeIntervalSince1970: 0), options: PlanOptions(),
                        organizations: [merged])
        let text = PlanTextRenderer.render(plan)
        #expect(text.contains("~ adopt stack-set baseline [baseline:0001] (adopted into management)\n"), "\(text)")
        #expect(text.contains("tags.orgops:managed-by: (none) → acme"), "\(text)")
        #expect(text.contains("Plan: 0 to create, 1 to update, 0 to delete."), "\(text)")
    }

    @Test func aSavedPlanKeepsTheAdoptionAndAnOlderOneDecodesWithout() throws {
        let desired = try F.desired(F.texts([F.serviceManaged(extra: Self.adopt)]))
        let stackSets = F.plan(desired, live: [try untagged(desired, instances: wanted)])
        guard case .stackSet(.update(let adoption)) = try #require(stackSets.actions.first).kind else {
            Issue.record("no adoption planned")
            return
        }
        let encoded = try JSONEncoder().encode(adoption)
        #expect(try JSONDecoder().decode(StackSetDefinition.self, from: encoded) == adoption)

        var plain = adoption
        plain.adoptionTagKey = nil
        let older = try JSONEncoder().encode(plain)
        #expect(!String(decoding: older, as: UTF8.self).contains("adoption"))
        let decoded = try JSONDecoder().decode(StackSetDefinition.self, from: older)
        #expect(decoded == plain && !decoded.adopting)
        #expect(StackSetAction.update(decoded).verb == "update")
    }
}
