import Testing
import YAML

/// Messages the manifest layer shows users and records in its snapshots; changing them is a breaking change.
@Suite struct ManifestFacingMessageTests {
    @Test func messagesOfCommonManifestMistakes() {
        let cases: [(String, String, String, String)] = [
            ("key: 'unterminated\n", "unterminated-scalar", "2:1", "unterminated quoted scalar started at 1:6"),
            ("spec:\n  email: a@example.com\n  ou: /W\n  email: b@example.com\n", "duplicate-key", "4:3",
                "duplicate key \"email\": first defined at 2:3"),
            ("metadata:\n\tname: shop\n", "tab-indentation", "2:2", "tab character used as indentation; indent with spaces"),
            ("spec:\n  tags: [a, b\n", "syntax", "3:1", "expected ',' or ']' in the flow sequence started at 2:9, found end of input"),
        ]
        for (yaml, code, mark, message) in cases {
            let error = Parse.error(yaml)
            #expect(error?.code == code, "for \(yaml.debugDescription)")
            #expect(error?.mark.description == mark, "for \(yaml.debugDescription)")
            #expect(error?.message == message, "for \(yaml.debugDescription)")
        }
    }
}
