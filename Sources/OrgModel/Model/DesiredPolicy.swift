import OperatorSupport

/// An Organizations policy with its attachments.
public struct DesiredPolicy: Sendable, Hashable {
    /// `metadata.name`.
    public var name: String
    /// AWS name (defaults to `name`).
    public var policyName: String
    /// Policy type.
    public var type: String
    /// Description ("" when not given: CreatePolicy requires one).
    public var description: String
    /// The document; nil for a taken-over AWS-managed policy.
    public var document: PolicyDocument?
    /// `FullAWSAccess` and the like when this manifest takes an AWS-managed policy over.
    public var awsManaged: String?
    /// Attachments, sorted, duplicates removed.
    public var targets: [PolicyTarget]
    /// Tags.
    public var tags: [String: String]
    /// The manifest.
    public var source: SourceLocation

    /// Creates a value; the loader builds these from manifests, tests and fakes build them directly.
    public init(
        name: String,
        policyName: String,
        type: String,
        description: String,
        document: PolicyDocument?,
        awsManaged: String?,
        targets: [PolicyTarget],
        tags: [String: String],
        source: SourceLocation
    ) {
        self.name = name
        self.policyName = policyName
        self.type = type
        self.description = description
        self.document = document
        self.awsManaged = awsManaged
        self.targets = targets
        self.tags = tags
        self.source = source
    }
}
