import Testing
import YAML

@Suite struct ErrorTests {
    @Test func duplicateKeysNameTheKeyAndBothPlaces() throws {
        let error = try #require(Parse.error("metadata:\n  name: a\n  org: x\n  name: b\n"))
        #expect(error.code == "duplicate-key")
        #expect(error.message == "duplicate key \"name\": first defined at 2:3")
        #expect(error.mark.description == "4:3")
        #expect(error.related?.description == "2:3")
        #expect(error.description == "4:3: duplicate key \"name\": first defined at 2:3")
    }

    @Test func duplicateKeysAreFoundInFlowAndLargeMappingsAndAcrossStyles() throws {
        #expect(Parse.error("{a: 1, b: 2, a: 3}")?.code == "duplicate-key")
        #expect(Parse.error("name: a\n\"name\": b\n")?.related?.description == "1:1")
        let large = (0..<40).map { "k\($0): v\n" }.joined() + "k7: again\n"
        let error = try #require(Parse.error(large))
        #expect(error.message == "duplicate key \"k7\": first defined at 8:1")
        #expect(Parse.root("a: 1\n!x a: 2\n") != nil)
    }

    @Test func tabsAsIndentationAreRejected() throws {
        let error = try #require(Parse.error("spec:\n\tname: x\n"))
        #expect(error.code == "tab-indentation")
        #expect(error.message == "tab character used as indentation; indent with spaces")
        #expect(error.mark.description == "2:2")
        #expect(Parse.error("a:\n  - x\n  -\t- y\n")?.code == "tab-indentation")
        #expect(Parse.root("a:\tb\nc: [x,\t y]\t# ok\n")?["a"]?.scalar?.text == "b")
    }

    @Test func syntaxMessagesSayWhatWasExpected() {
        let cases: [(String, String, String)] = [
            ("a: b: c\n", "1:5", "a mapping value (': ') is not allowed here; a nested mapping must start on a new line"),
            ("a:\n  - x\n  y: 1\n", "3:3", "expected '- ' for the next sequence entry or less indentation, found a mapping key"),
            ("[a, b\n", "2:1", "expected ',' or ']' in the flow sequence started at 1:1, found end of input"),
            ("{a: 1\n", "2:1", "expected ',' or '}' in the flow mapping started at 1:1, found end of input"),
            ("key: \"v\"# c\n", "1:9", "a comment must be separated from the value before it by a space"),
            ("a: *nope\n", "1:4", "alias '*nope' refers to no anchor '&nope' defined before it in this document"),
            ("a: !e!x 1\n", "1:4", "tag handle '!e!' is not declared; add '%TAG !e! <prefix>' before '---'"),
            ("--- a\n... b\n", "2:5", "expected a comment or a line break after '...', found 'b'"),
            ("%YAML 1.2\na: 1\n", "2:1", "expected '---' after the directives"),
            ("multi\nline: x\n", "2:5", "a mapping key must fit on one line, but the scalar started at 1:1 continues onto this line; check the indentation"),
            ("a: 1\n b: 2\n", "2:3", "a mapping key must fit on one line, but the scalar started at 1:4 continues onto this line; check the indentation"),
            ("\"multi\n line\": x\n", "2:7", "a mapping key must fit on one line, but the scalar started at 1:1 continues onto this line; check the indentation"),
            ("a: 1\n\"multi\n line\": x\n", "2:1", "expected ':' after the mapping key; an implicit key must be on one line"),
            ("a: `x`\n", "1:4", "unexpected character '`'; it cannot start a plain scalar, so quote the value"),
        ]
        for (yaml, mark, message) in cases {
            let error = Parse.error(yaml)
            #expect(error?.message == message, "for \(yaml.debugDescription)")
            #expect(error?.mark.description == mark, "for \(yaml.debugDescription)")
        }
    }

    @Test func codesOfLessCommonErrors() {
        #expect(Parse.error("a: *x\n")?.code == "undefined-alias")
        #expect(Parse.error("%YAML 1.2\n%YAML 1.2\n---\n")?.code == "invalid-directive")
        #expect(Parse.error("%YAML 2.0\n---\n")?.code == "invalid-directive")
        #expect(Parse.error("a: !e!x 1\n")?.code == "undefined-tag-handle")
        #expect(Parse.error("a: \"x\n---\ny\"\n")?.code == "syntax")
        #expect(Parse.error("a: 1\u{7}\n")?.message == "control character U+0007 is not allowed in YAML; escape it in a double-quoted scalar")
    }
}
