import Testing
import YAML

@Suite struct BlockScalarTests {
    @Test func literalKeepsLineBreaksAndClipsTheLast() throws {
        let node = try #require(Parse.root("a: |\n  one\n   two\n\n  three\n\n\nb: 1\n")?["a"])
        #expect(node.scalar == Scalar(text: "one\n two\n\nthree\n", style: .literal))
    }

    @Test func chompingIndicators() {
        let body = "  x\n\n\nb: 1\n"
        #expect(Parse.text("a: |\n" + body, "a") == "x\n")
        #expect(Parse.text("a: |-\n" + body, "a") == "x")
        #expect(Parse.text("a: |+\n" + body, "a") == "x\n\n\n")
        #expect(Parse.text("a: >-\n" + body, "a") == "x")
        #expect(Parse.text("a: >+\n" + body, "a") == "x\n\n\n")
    }

    @Test func foldedJoinsLinesButKeepsMoreIndentedOnes() throws {
        let node = try #require(Parse.root("a: >\n  one\n  two\n\n  three\n    code\n  four\n")?["a"])
        #expect(node.scalar == Scalar(text: "one two\nthree\n  code\nfour\n", style: .folded))
    }

    @Test func indentationIndicatorAllowsLeadingSpaces() {
        #expect(Parse.text("a: |2\n    indented\n  base\n", "a") == "  indented\nbase\n")
        #expect(Parse.text("a: >1-\n  x\n y\n", "a") == " x\ny")
        #expect(Parse.root("- |1\n  x\n")?.sequence?.first?.scalar?.text == " x\n")
    }

    @Test func headerCommentsAndEmptyBlocks() {
        #expect(Parse.text("a: | # note\n  x\n", "a") == "x\n")
        #expect(Parse.text("a: |\nb: 1\n", "a") == "")
        #expect(Parse.root("a: |\nb: 1\n")?["b"]?.scalar?.text == "1")
    }

    @Test func badHeadersAreRejected() throws {
        let zero = try #require(Parse.error("a: |0\n  x\n"))
        #expect(zero.message == "a block scalar indentation indicator must be 1 to 9, found '0'")
        let junk = try #require(Parse.error("a: |x\n  x\n"))
        #expect(junk.message == "expected a comment or a line break after the block scalar header, found 'x'")
        let leading = try #require(Parse.error("a: |\n     \n  x\n"))
        #expect(leading.code == "invalid-indentation")
    }
}
