/// Operation preferences and auto-deployment in a form a plan file can hold.
///
/// The manifest model's `OperationPreferences` and `AutoDeployment` are not
/// `Codable`; these mirror them field for field so a saved plan applies with
/// exactly the preferences it was made with.
public struct StackSetPreferences: Sendable, Hashable, Codable {
    /// `SEQUENTIAL` or `PARALLEL`.
    public var regionConcurrencyType: String?
    /// Region order.
    public var regionOrder: [String]
    /// Failure tolerance count.
    public var failureToleranceCount: Int?
    /// Failure tolerance percentage.
    public var failureTolerancePercentage: Int?
    /// Max concurrent count.
    public var maxConcurrentCount: Int?
    /// Max concurrent percentage.
    public var maxConcurrentPercentage: Int?
    /// Concurrency mode.
    public var concurrencyMode: String?

    /// AWS defaults throughout.
    public static let awsDefaults = StackSetPreferences(OperationPreferences(
        regionConcurrencyType: nil, regionOrder: [], failureToleranceCount: nil, failureTolerancePercentage: nil,
        maxConcurrentCount: nil, maxConcurrentPercentage: nil, concurrencyMode: nil))

    /// Mirrors the manifest's preferences.
    public init(_ preferences: OperationPreferences) {
        regionConcurrencyType = preferences.regionConcurrencyType
        regionOrder = preferences.regionOrder
        failureToleranceCount = preferences.failureToleranceCount
        failureTolerancePercentage = preferences.failureTolerancePercentage
        maxConcurrentCount = preferences.maxConcurrentCount
        maxConcurrentPercentage = preferences.maxConcurrentPercentage
        concurrencyMode = preferences.concurrencyMode
    }

    /// Keeps only the regions of one operation in `regionOrder` (AWS refuses regions the operation lacks).
    public func restricted(to regions: [String]) -> StackSetPreferences {
        var copy = self
        copy.regionOrder = regionOrder.filter(regions.contains)
        return copy
    }
}

/// StackSet auto-deployment, codable.
public struct AutoDeploymentSetting: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Enabled.
    public var enabled: Bool
    /// Keep stacks when accounts leave the targeted OUs.
    public var retainStacksOnAccountRemoval: Bool

    /// Creates a setting.
    public init(enabled: Bool, retainStacksOnAccountRemoval: Bool) {
        self.enabled = enabled
        self.retainStacksOnAccountRemoval = retainStacksOnAccountRemoval
    }

    /// Mirrors the manifest's value.
    public init(_ value: AutoDeployment) {
        self.init(enabled: value.enabled, retainStacksOnAccountRemoval: value.retainStacksOnAccountRemoval)
    }

    public var description: String {
        "enabled=\(enabled), retainStacksOnAccountRemoval=\(retainStacksOnAccountRemoval)"
    }
}
