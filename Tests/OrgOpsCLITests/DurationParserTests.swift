import Testing
@testable import OrgOpsCLI

@Suite struct DurationParserTests {
    @Test(arguments: [
        ("30s", Duration.seconds(30)), ("1m", .seconds(60)), ("6h", .seconds(21_600)),
        ("1h30m", .seconds(5_400)), ("500ms", .milliseconds(500)), ("1m30s250ms", .milliseconds(90_250)),
        ("0s", .zero),
    ])
    func readsEveryUnit(text: String, expected: Duration) throws {
        #expect(try DurationParser.parse(text) == expected)
    }

    @Test(arguments: ["", "30", "1x", "m", "1.5h", "30s1m", "1m1m", "-1s", "1 m", "99999999999999999999h"])
    func refusesWhatIsNotADuration(text: String) {
        #expect(throws: DurationParser.FormatError(message: "invalid duration '\(text)'; expected \(DurationParser.expected)")) {
            try DurationParser.parse(text)
        }
    }
}
