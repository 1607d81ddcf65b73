/// An input with no members, for operations like `DescribeOrganization`.
public struct EmptyInput: Encodable, Sendable, Equatable {
    /// Creates the empty input.
    public init() {}
    /// Encodes as `{}`: JSON 1.1 operations without input still send an object.
    public func encode(to encoder: any Encoder) throws {
        _ = encoder.container(keyedBy: EmptyCodingKey.self)
    }
}

/// An output whose members the caller does not need.
public struct EmptyOutput: Decodable, Sendable, Equatable {
    /// Creates the empty output.
    public init() {}
    /// Accepts any body; the members are not needed.
    public init(from decoder: any Decoder) throws {}
}

private struct EmptyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
