import Foundation
import OperatorSupport
import Testing

@Suite struct DiagnosticRendererTests {
    let diagnostics = [
        Diagnostic.warning("unquoted-account-id", "quote it", at: SourceLocation(file: "b.yaml", line: 1, column: 4)),
        Diagnostic.error("duplicate-name", "duplicate Account 'x'", at: SourceLocation(file: "a.yaml", line: 2, column: 3),
                         related: [(SourceLocation(file: "a.yaml", line: 1, column: 1), "first defined here")]),
        Diagnostic.error("repository-unreadable", "repository root '/x' does not exist", at: nil),
    ]
    let sources = ["a.yaml": "name: x\n\tname: \"tab\"\n", "b.yaml": "id: 012345678901"]

    @Test func rendersCompilerStyleTextWithSnippetsNotesAndSummary() {
        let expected = """
            error: repository root '/x' does not exist [repository-unreadable]
            a.yaml:2:3: error: duplicate Account 'x' [duplicate-name]
            \tname: "tab"
            \t ^
            a.yaml:1:1: note: first defined here
            name: x
            ^
            b.yaml:1:4: warning: quote it [unquoted-account-id]
            id: 012345678901
               ^
            2 errors, 1 warning

            """
        #expect(DiagnosticRenderer.text(diagnostics, sources: sources) == expected)
    }

    @Test func summaryUsesSingularAndPlural() {
        #expect(DiagnosticRenderer.summary([]) == "0 errors, 0 warnings")
        #expect(DiagnosticRenderer.summary(Array(diagnostics.prefix(2))) == "1 error, 1 warning")
    }

    @Test func rendersStableJSON() throws {
        let json = DiagnosticRenderer.json(diagnostics)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 2)
        #expect(object["warnings"] as? Int == 1)
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(items.map { $0["code"] as? String } == ["repository-unreadable", "duplicate-name", "unquoted-account-id"])
        #expect(items[1]["file"] as? String == "a.yaml")
        #expect(items[1]["line"] as? Int == 2)
        #expect(items[1]["column"] as? Int == 3)
        #expect(items[0]["file"] is NSNull)
        let related = try #require(items[1]["related"] as? [[String: Any]])
        #expect(related.first?["message"] as? String == "first defined here")
        #expect(json.hasPrefix("{\"diagnostics\":[{\"severity\":\"error\",\"code\":\"repository-unreadable\""))
    }

    @Test func escapesControlCharactersInJSON() {
        let odd = [Diagnostic.error("x", "a \"quoted\"\nline\u{01}", at: nil)]
        #expect(DiagnosticRenderer.json(odd).contains(#""message":"a \"quoted\"\nline\u0001""#))
    }
}
