import Foundation
import Testing
import YAML

/// The parser must never crash or hang, whatever it is given, and whatever it accepts the emitter
/// must write back faithfully.
@Suite struct RobustnessTests {
    static let cases: [YAMLConformance.Case] = YAMLConformance.discoverCases(
        root: ConformanceSuiteTests.suiteDirectory,
        listDirectory: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            return try? FileManager.default.contentsOfDirectory(atPath: path)
        },
        readFile: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } })

    @Test func everyValidSuiteCaseSurvivesEmitAndReparse() throws {
        var checked = 0
        for testCase in Self.cases where !testCase.expectsError {
            guard let documents = try? YAMLParser.parse(testCase.yaml) else { continue }
            let emitted = YAMLEmitter().emit(documents: documents)
            let reparsed: [Document]
            do {
                reparsed = try YAMLParser.parse(emitted)
            } catch {
                Issue.record("\(testCase.id): emitted text does not parse (\(error)):\n\(emitted)")
                continue
            }
            #expect(reparsed.count == documents.count, "\(testCase.id)")
            for (a, b) in zip(documents, reparsed) {
                #expect(a.root.map(Shape.init) == b.root.map(Shape.init), "\(testCase.id):\n\(emitted)")
            }
            checked += 1
        }
        #expect(checked > 200)
    }

    @Test func mutatedInputNeverCrashesOrHangs() {
        var rng = EmitterRoundTripTests.SplitMix64(state: 7)
        let alphabet = Array(" \t\n\r-?:,[]{}#&*!|>'\"%@`\\abc0\u{E9}".utf8)
        let clock = ContinuousClock()
        var parsed = 0
        var rejected = 0
        for testCase in Self.cases {
            for _ in 0..<30 {
                var bytes = testCase.yaml
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
                    let byte = alphabet.randomElement(using: &rng) ?? 0x20
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0 where !bytes.isEmpty: bytes.remove(at: at)
                    case 1 where !bytes.isEmpty: bytes[at] = byte
                    default: bytes.insert(byte, at: at)
                    }
                }
                let started = clock.now
                if (try? YAMLParser.parse(bytes)) != nil { parsed += 1 } else { rejected += 1 }
                #expect(clock.now - started < .seconds(1), "\(testCase.id): slow on \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
        #expect(parsed > 0 && rejected > 0)
    }
}
