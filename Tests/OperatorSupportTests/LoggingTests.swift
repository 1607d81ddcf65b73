import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OperatorSupport
import Testing
import TestSupport

/// A clock frozen at a known instant, so rendered timestamps are exact.
private struct FixedClock: OperatorClock {
    var date = Date(timeIntervalSince1970: 1_767_225_600.25)
    func now() -> Date { date }
    func sleep(for duration: Duration) async throws {}
}

@Suite("Logging: levels, metadata, formats, redaction")
struct LoggingTests {
    @Test func jsonLinesHaveAStableKeyOrder() {
        let handler = InMemoryLogHandler()
        let logger = handler.logger(level: .info, clock: FixedClock()).with("org", "workloads").with("revision", "3f2a1b9")
        logger.info("applied changes", ["step": "apply", "applied": "4"])
        #expect(handler.lines(.json) == [
            #"{"ts":1767225600.250,"level":"info","msg":"applied changes","applied":"4","org":"workloads","revision":"3f2a1b9","step":"apply"}"#,
        ])
        let parsed = try? JSONSerialization.jsonObject(with: Data(handler.lines(.json)[0].utf8)) as? [String: Any]
        #expect(parsed?["org"] as? String == "workloads")
    }

    @Test func textLinesAreReadableAndQuoteWhenNeeded() {
        let handler = InMemoryLogHandler()
        let logger = handler.logger(clock: FixedClock())
        logger.warning("push rejected\nretrying", ["org": "workloads", "reason": "fetch first", "empty": ""])
        #expect(handler.lines(.text) == [
            #"2026-01-01T00:00:00.250Z warning push rejected\nretrying empty="" org=workloads reason="fetch first""#,
        ])
    }

    @Test func levelsFilterBeforeTheMessageIsBuilt() {
        let handler = InMemoryLogHandler()
        let logger = handler.logger(level: .warning)
        var built = 0
        func expensive() -> String {
            built += 1
            return "expensive"
        }
        logger.debug(expensive())
        logger.info(expensive())
        logger.error(expensive())
        #expect(built == 1)
        #expect(handler.records.map(\.level) == [.error])
        #expect(LogLevel(parsing: "WARN") == .warning)
        #expect(LogLevel(parsing: "debug") == .debug)
        #expect(LogLevel(parsing: "loud") == nil)
        #expect(LogLevel.trace < LogLevel.critical)
    }

    @Test func knownSecretsNeverReachTheOutput() {
        let handler = InMemoryLogHandler()
        let redactor = LogRedactor(secrets: ["AKIAEXAMPLESECRET"])
        let logger = handler.logger(redactor: redactor, clock: FixedClock())
        redactor.register("ghp_token_learnt_later")
        redactor.register("ab")  // too short to redact safely
        logger.error("auth failed for AKIAEXAMPLESECRET", ["header": "Bearer ghp_token_learnt_later", "x": "ab"])
        let json = handler.lines(.json)[0]
        let text = handler.lines(.text)[0]
        for line in [json, text] {
            #expect(!line.contains("AKIAEXAMPLESECRET"))
            #expect(!line.contains("ghp_token_learnt_later"))
            #expect(line.contains("***"))
        }
        #expect(handler.records[0].metadata["x"] == "ab")
    }

    @Test func jsonEscapesControlCharactersAndReservedKeys() {
        let record = LogRecord(timestamp: Date(timeIntervalSince1970: 0), level: .info, message: "quote \" slash \\ bell \u{7}",
                               metadata: ["msg": "shadow", "tab": "a\tb"])
        #expect(LogFormat.json.render(record)
            == #"{"ts":0.000,"level":"info","msg":"quote \" slash \\ bell \u0007","meta.msg":"shadow","tab":"a\tb"}"#)
    }

    @Test func theStandardErrorHandlerWritesWholeLines() throws {
        var pipe: [Int32] = [0, 0]
        #expect(Glibc.pipe(&pipe) == 0)
        defer { close(pipe[0]) }
        let handler = StandardErrorLogHandler(format: .json, descriptor: pipe[1])
        let logger = Logger(handler: handler, clock: FixedClock())
        logger.info("one")
        logger.info("two", ["org": "a"])
        close(pipe[1])
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        #expect(String(decoding: bytes, as: UTF8.self) == """
            {"ts":1767225600.250,"level":"info","msg":"one"}
            {"ts":1767225600.250,"level":"info","msg":"two","org":"a"}

            """)
    }
}
