import Foundation

/// What an `orgops plan` found and what `apply` will carry out: a value, never re-computed mid-apply.
///
/// A plan is the single thing the three consumers share: the renderers print it,
/// `PlanFile` saves it for a later `apply`, and the executor runs exactly its
/// actions. Keeping it `Codable` and `Equatable` is what lets a saved plan be
/// checked against the world it was made for (revision and live fingerprints).
public struct Plan: Sendable, Equatable, Codable {
    /// The plan-file format this code writes; a file of another version is refused.
    public static let currentFormatVersion = 1

    /// Format of the encoded plan.
    public var formatVersion: Int
    /// The manifest revision the desired state was loaded from (a commit ID, or a label for a working tree).
    public var sourceRevision: String
    /// When the plan was made: passed in, so plans are reproducible in tests.
    public var createdAt: Date
    /// The options that shaped it (they change what is deleted or refused).
    public var options: PlanOptions
    /// One plan per organization, sorted by organization name.
    public var organizations: [OrganizationPlan]

    /// Creates a plan; organizations are sorted by name.
    public init(formatVersion: Int = Plan.currentFormatVersion, sourceRevision: String, createdAt: Date,
                options: PlanOptions, organizations: [OrganizationPlan]) {
        self.formatVersion = formatVersion
        self.sourceRevision = sourceRevision
        self.createdAt = createdAt
        self.options = options
        self.organizations = organizations.sorted { $0.organization < $1.organization }
    }

    /// True when some organization has an action: `plan` exits 2.
    public var hasChanges: Bool { organizations.contains { !$0.actions.isEmpty } }

    /// The plan of one organization, by manifest name.
    public func organization(_ name: String) -> OrganizationPlan? {
        organizations.first { $0.organization == name }
    }
}

/// The options a plan was made with.
public struct PlanOptions: Sendable, Equatable, Codable {
    /// The default ownership tag key.
    public static let defaultOwnerTagKey = "orgops:managed-by"
    /// The default `--max-deletions`.
    public static let defaultMaxDeletions = 5

    /// The tag whose value (the organization's manifest name) marks what orgops manages.
    public var ownerTagKey: String
    /// A plan deleting more than this many resources is refused.
    public var maxDeletions: Int

    /// Creates options.
    public init(ownerTagKey: String = PlanOptions.defaultOwnerTagKey, maxDeletions: Int = PlanOptions.defaultMaxDeletions) {
        self.ownerTagKey = ownerTagKey
        self.maxDeletions = maxDeletions
    }
}
