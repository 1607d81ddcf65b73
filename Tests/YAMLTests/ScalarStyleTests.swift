import Testing
import YAML

@Suite struct ScalarStyleTests {
    @Test func plainScalarsKeepTheirTextWithoutTyping() throws {
        let root = try #require(Parse.root("id: 012345678901\nflag: yes\nn: 1e3\nempty:\n"))
        #expect(root["id"]?.scalar == Scalar(text: "012345678901", style: .plain))
        #expect(root["flag"]?.scalar?.text == "yes")
        #expect(root["n"]?.scalar?.text == "1e3")
        #expect(root["empty"]?.isNull == true)
    }

    @Test func plainScalarsFoldLinesAndAllowInnerIndicators() {
        #expect(Parse.text("a: one\n  two\n\n  three\n", "a") == "one two\nthree")
        #expect(Parse.text("a: b:c d#e -f\n", "a") == "b:c d#e -f")
        #expect(Parse.text("a: value # comment\n", "a") == "value")
        #expect(Parse.text("url: http://example.com:80/x\n", "url") == "http://example.com:80/x")
    }

    @Test func singleQuotedScalarsDoubleTheirQuoteAndFold() throws {
        let root = try #require(Parse.root("a: 'it''s'\nb: 'one\n  two\n\n  three'\nc: ''\n"))
        #expect(root["a"]?.scalar == Scalar(text: "it's", style: .singleQuoted))
        #expect(root["b"]?.scalar?.text == "one two\nthree")
        #expect(root["c"]?.scalar == Scalar(text: "", style: .singleQuoted))
        #expect(root["c"]?.isNull == false)
    }

    @Test func doubleQuotedScalarsResolveEveryEscape() throws {
        let yaml = #"a: "\0\a\b\t\"# + "\t" + #"\n\v\f\r\e\ \"\/\\\N\_\L\P""# + "\n"
        let text = try #require(Parse.text(yaml, "a"))
        #expect(Array(text.unicodeScalars).map(\.value) == [
            0, 7, 8, 9, 9, 10, 11, 12, 13, 0x1B, 0x20, 0x22, 0x2F, 0x5C, 0x85, 0xA0, 0x2028, 0x2029,
        ])
        #expect(Parse.text(#"a: "\x41\u00e9\U0001F600""#, "a") == "Aé😀")
    }

    @Test func doubleQuotedScalarsFoldAndJoinEscapedLineBreaks() {
        #expect(Parse.text("a: \"one\n  two\n\n  three\"\n", "a") == "one two\nthree")
        #expect(Parse.text("a: \"one \\\n  two\"\n", "a") == "one two")
        #expect(Parse.text("a: \"one\\\n  two\"\n", "a") == "onetwo")
        #expect(Parse.text("a: \"trailing   \n  x\"\n", "a") == "trailing x")
    }

    @Test func invalidEscapesAreRejectedWithTheirOwnCode() throws {
        let unknown = try #require(Parse.error(#"a: "\q""#))
        #expect(unknown.code == "invalid-escape")
        #expect(unknown.message == "invalid escape '\\q' in a double-quoted scalar")
        #expect(unknown.mark.description == "1:5")
        let short = try #require(Parse.error(#"a: "\x4""#))
        #expect(short.code == "invalid-escape")
        #expect(short.message == "escape '\\x' needs 2 hexadecimal digits, found '\"'")
        let surrogate = try #require(Parse.error(#"a: "\uD800""#))
        #expect(surrogate.code == "invalid-escape")
        #expect(surrogate.message == "escape names U+D800, which is not a valid Unicode code point")
    }

    @Test func unterminatedQuotedScalarsNameWhereTheyStarted() throws {
        let error = try #require(Parse.error("a: 1\nb:\n  c: 2\n  d: \"open\n"))
        #expect(error.code == "unterminated-scalar")
        #expect(error.message == "unterminated quoted scalar started at 4:6")
    }
}
