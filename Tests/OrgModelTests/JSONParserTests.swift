import Testing
@testable import OrgModel
import OperatorSupport

@Suite struct JSONParserTests {
    @Test func parsesAndCanonicalises() throws {
        let value = try JSONParser.parse(#" { "b": [1, -2.5e3, true, null], "a": "x\u00e9\ud83d\ude00\n" } "#)
        #expect(value.canonicalText == "{\"a\":\"xé😀\\n\",\"b\":[1,-2.5e3,true,null]}")
    }

    @Test func reportsLineAndColumn() {
        #expect(throws: JSONParseError(message: "expected ',' or '}' in object, found '\"'", line: 2, column: 10)) {
            try JSONParser.parse("{\"a\": 1\n         \"b\": 2}")
        }
        #expect(throws: JSONParseError(message: "duplicate key 'a'", line: 1, column: 10)) {
            try JSONParser.parse(#"{"a": 1, "a": 2}"#)
        }
    }

    @Test func rejectsWhatRFC8259Rejects() {
        for text in ["", "{", "[1,]", "{\"a\":1,}", "01", "1.", "'x'", "{a: 1}", "\"\t\"", "[1] [2]", "tru", "\"\\x\""] {
            #expect(throws: JSONParseError.self, "accepted \(text)") { try JSONParser.parse(text) }
        }
    }

    @Test func measuresLengthWithoutWhitespaceOutsideStrings() {
        #expect(JSONValue.minifiedLength(of: "{ \"a b\" : [ 1 ,\n 2 ] }") == 13)
        #expect(JSONValue.minifiedLength(of: #"{"q":"\" x"}"#) == 12)
    }

    @Test func hashesWithSHA256() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array(repeating: 0x61, count: 1_000)).count == 64)
    }
}
