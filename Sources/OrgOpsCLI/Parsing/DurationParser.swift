/// Reads the durations flags take (`30s`, `1m`, `6h`, `1h30m`, `500ms`): the
/// one helper every duration option goes through, so they all accept the same
/// spellings.
public enum DurationParser {
    /// Why a duration could not be read.
    public struct FormatError: Error, Sendable, Hashable, CustomStringConvertible {
        /// Always `invalid-duration`.
        public let code = "invalid-duration"
        /// The lower-case message, quoting the text.
        public var message: String

        public var description: String { message }
    }

    /// The units accepted, longest spelling first so `ms` is not read as `m` then `s`.
    private static let units: [(suffix: String, milliseconds: Int64)] = [
        ("ms", 1), ("h", 3_600_000), ("m", 60_000), ("s", 1_000),
    ]

    /// What a duration looks like, for messages.
    public static let expected = "a duration such as 30s, 1m, 6h or 1h30m"

    /// Parses a sequence of `<integer><unit>` parts (units `h`, `m`, `s`, `ms`, each at most once,
    /// largest first) into a duration. A bare number is refused: `30` could mean seconds or minutes.
    public static func parse(_ text: String) throws(FormatError) -> Duration {
        let failure = FormatError(message: "invalid duration '\(text)'; expected \(expected)")
        var rest = Substring(text)
        var total: Int64 = 0
        var lastRank = -1
        guard !rest.isEmpty else { throw failure }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let amount = Int64(digits) else { throw failure }
            rest = rest.dropFirst(digits.count)
            guard let index = units.firstIndex(where: { rest.hasPrefix($0.suffix) }) else { throw failure }
            let rank = rankOf(units[index].suffix)
            guard rank > lastRank else { throw failure }
            lastRank = rank
            let (product, overflow) = amount.multipliedReportingOverflow(by: units[index].milliseconds)
            guard !overflow else { throw failure }
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            guard !sumOverflow else { throw failure }
            total = sum
            rest = rest.dropFirst(units[index].suffix.count)
        }
        return .milliseconds(total)
    }

    /// Order of units from largest to smallest, so `30s1m` is refused.
    private static func rankOf(_ suffix: String) -> Int {
        switch suffix {
        case "h": 0
        case "m": 1
        case "s": 2
        default: 3
        }
    }
}
