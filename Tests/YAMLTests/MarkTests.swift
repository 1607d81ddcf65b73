import Testing
import YAML

@Suite struct MarkTests {
    @Test func nodesCarryLineColumnAndOffset() throws {
        let root = try #require(Parse.root("name: x\nspec:\n  items:\n    - a\n    - {k: v}\n"))
        #expect(root.start == Mark(line: 1, column: 1, offset: 0))
        let key = try #require(root.mapping?[1].key)
        #expect(key.start.description == "2:1")
        #expect(key.end.description == "2:5")
        let items = try #require(root["spec"]?["items"])
        #expect(items.start.description == "4:5")
        let flow = try #require(items.sequence?[1])
        #expect(flow.start.description == "5:7")
        #expect(flow.end.description == "5:13")
        #expect(flow["k"]?.start.description == "5:11")
        #expect(flow["k"]?.start.offset == 41)
    }

    @Test func crlfLineEndsCountAsOneBreak() throws {
        let root = try #require(Parse.root("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: \"p\r\n  q\"\r\n"))
        #expect(root["b"]?.scalar?.text == "x\ny\n")
        #expect(root["c"]?.scalar?.text == "p q")
        #expect(root.mapping?[1].key.start.description == "2:1")
        #expect(root.mapping?[2].key.start == Mark(line: 5, column: 1, offset: 22))
    }

    @Test func aLeadingByteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)
        let documents = try YAMLParser.parse(bytes)
        let key = try #require(documents.first?.root?.mapping?.first?.key)
        #expect(key.scalar?.text == "a")
        #expect(key.start == Mark(line: 1, column: 1, offset: 3))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let root = try #require(Parse.root("émoji😀: [ü, x]\n"))
        let pair = try #require(root.mapping?.first)
        #expect(pair.key.scalar?.text == "émoji😀")
        #expect(pair.value.start.description == "1:9")
        #expect(pair.value.sequence?[1].start == Mark(line: 1, column: 13, offset: 17))
        let error = try #require(Parse.error("ü: \"x\" y\n"))
        #expect(error.mark.description == "1:8")
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        let error = try #require(Parse.error(bytes: Array("a: ok\nb: é".utf8) + [0xFF]))
        #expect(error.code == "invalid-utf8")
        #expect(error.mark.description == "2:5")
        #expect(error.message == "invalid UTF-8 byte 0xFF; the file must be UTF-8 encoded")
    }
}
