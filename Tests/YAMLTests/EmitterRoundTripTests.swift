import Testing
import YAML

/// Property test: for generated trees, parsing the emitted text gives back the same texts, tags and structure.
@Suite struct EmitterRoundTripTests {
    /// A deterministic generator (SplitMix64), so a failure reproduces from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that exercise quoting: indicators, YAML 1.1 words, numbers, whitespace, breaks, non-ASCII.
    static let fragments = [
        "a", "name", "x y", " ", "  ", "\n", "\n\n", "\t", ":", ": ", " #", "#", "-", "- ", "?", "[", "]", "{", "}", ",",
        "&", "*", "!", "|", ">", "'", "\"", "\\", "%", "@", "`", "true", "no", "null", "~", "012", "1e3", "0x1F", "3",
        "---", "...", "é", "😀", "\u{7}", "\u{0}", "\r", "\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}", "key:", "http://x", "=",
    ]

    static let styles: [ScalarStyle] = [.plain, .singleQuoted, .doubleQuoted, .literal, .folded]
    static let tags: [String?] = [nil, nil, nil, nil, "!Ref", "tag:yaml.org,2002:str", "!Sub", "tag:example.com,2000:x y"]
    static let origin = Mark(line: 1, column: 1, offset: 0)

    static func text(_ rng: inout SplitMix64) -> String {
        let count = Int.random(in: 0...4, using: &rng)
        return (0..<count).map { _ in fragments.randomElement(using: &rng) ?? "" }.joined()
    }

    static func scalar(_ rng: inout SplitMix64) -> Node {
        let tag = tags.randomElement(using: &rng) ?? nil
        let style = styles.randomElement(using: &rng) ?? .plain
        return Node(.scalar(Scalar(text: text(&rng), style: style)), tag: tag, start: origin, end: origin)
    }

    static func node(_ rng: inout SplitMix64, depth: Int) -> Node {
        let choice = depth >= 4 ? 0 : Int.random(in: 0...2, using: &rng)
        let tag = depth > 0 && Int.random(in: 0..<6, using: &rng) == 0 ? "!custom" : nil
        switch choice {
        case 1:
            let items = (0..<Int.random(in: 0...4, using: &rng)).map { _ in node(&rng, depth: depth + 1) }
            return Node(.sequence(items), tag: tag, start: origin, end: origin)
        case 2:
            var pairs: [Pair] = []
            var seen = Set<String>()
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                let key = Int.random(in: 0..<8, using: &rng) == 0 ? node(&rng, depth: depth + 1) : scalar(&rng)
                if let keyScalar = key.scalar {
                    // Keys must stay distinct; empty plain keys are nulls, which the parser does not compare.
                    guard seen.insert((key.tag ?? "") + "|" + keyScalar.text).inserted, !keyScalar.text.isEmpty else { continue }
                }
                pairs.append(Pair(key: key, value: node(&rng, depth: depth + 1)))
            }
            return Node(.mapping(pairs), tag: tag, start: origin, end: origin)
        default:
            return scalar(&rng)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func parseOfEmitGivesTheSameTree(seed: UInt64) throws {
        var rng = SplitMix64(state: seed)
        for iteration in 0..<250 {
            let tree = Self.node(&rng, depth: 0)
            let emitted = YAMLEmitter().emit(tree)
            let documents: [Document]
            do {
                documents = try YAMLParser.parse(emitted)
            } catch {
                Issue.record("seed \(seed) #\(iteration): emitted text does not parse (\(error)):\n\(emitted)")
                continue
            }
            let back = try #require(documents.first?.root, "seed \(seed) #\(iteration): no document in \(emitted.debugDescription)")
            #expect(documents.count == 1)
            #expect(Shape(back) == Shape(tree), "seed \(seed) #\(iteration):\n\(emitted)")
        }
    }

    @Test func emittingIsStable() throws {
        var rng = SplitMix64(state: 99)
        for _ in 0..<100 {
            let tree = Self.node(&rng, depth: 0)
            let once = YAMLEmitter().emit(tree)
            let root = try #require(try YAMLParser.parse(once).first?.root)
            #expect(YAMLEmitter().emit(root) == once)
        }
    }
}
