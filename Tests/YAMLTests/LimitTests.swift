import Testing
import YAML

@Suite struct LimitTests {
    /// The classic billion-laughs document: nine levels of nine aliases each.
    static let billionLaughs: String = {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        for level in 1..<names.count {
            let previous = "*" + names[level - 1]
            lines.append("\(names[level]): &\(names[level]) [" + Array(repeating: previous, count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsFailsFastWithAliasLimit() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let error = try #require(Parse.error(LimitTests.billionLaughs))
        let elapsed = clock.now - started
        #expect(error.code == "alias-limit")
        #expect(error.message.hasPrefix("aliases expand to more than 100000 nodes (at '*"))
        #expect(elapsed < .milliseconds(200), "took \(elapsed)")
    }

    @Test func aliasExpansionLimitIsConfigurable() {
        let yaml = "base: &b {x: 1, y: 2}\nuse1: *b\nuse2: *b\n"
        #expect(Parse.root(yaml, limits: YAMLLimits(maxAliasExpansion: 10)) != nil)
        #expect(Parse.error(yaml, limits: YAMLLimits(maxAliasExpansion: 9))?.code == "alias-limit")
    }

    @Test func nestingDepthIsCapped() throws {
        let deepFlow = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let error = try #require(Parse.error(deepFlow))
        #expect(error.code == "depth-limit")
        #expect(error.message == "collections nest deeper than 256 levels")
        #expect(error.mark.description == "1:257")
        let deepBlock = (0..<20).map { String(repeating: " ", count: $0 * 2) + "k:" }.joined(separator: "\n") + " v\n"
        #expect(Parse.error(deepBlock, limits: YAMLLimits(maxDepth: 10))?.code == "depth-limit")
        #expect(Parse.root(deepBlock, limits: YAMLLimits(maxDepth: 20)) != nil)
    }

    @Test func hugeFlowNestingDoesNotOverflowTheStack() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(Parse.error(deep)?.code == "depth-limit")
    }
}
