import Testing
@testable import AWSClient

@Suite struct INIParserTests {
    @Test func sectionsKeysCommentsAndWhitespace() throws {
        let sections = try INIParser.parse("""
            # leading comment
            ; another comment
            [default]
            region=eu-west-1
              \t
            Output :  json\t
            [ profile  prod ]
            role_arn = arn:aws:iam::111111111111:role/X # not a comment
            empty =
            """, file: "config")
        #expect(sections.map(\.name) == ["default", "profile  prod"])
        #expect(sections[0].values == ["region": .string("eu-west-1"), "output": .string("json")])
        #expect(sections[1].values["role_arn"] == .string("arn:aws:iam::111111111111:role/X # not a comment"))
        #expect(sections[1].values["empty"] == .string(""))
        #expect(sections[1].line == 7)
    }

    @Test func continuationLinesMakeNestedBlocks() throws {
        let sections = try INIParser.parse("""
            [services local]
            organizations =
              endpoint_url = http://localhost:4566
            sso_admin =
                endpoint_url = http://localhost:4567
                # comments may sit inside a block
                other = x
            """, file: "config")
        #expect(sections[0].values["organizations"] == .nested(["endpoint_url": "http://localhost:4566"]))
        #expect(sections[0].values["sso_admin"] == .nested(["endpoint_url": "http://localhost:4567", "other": "x"]))
    }

    @Test func continuationOfAPlainValueAppends() throws {
        let sections = try INIParser.parse("[a]\nkey = one\n  two\n", file: "f")
        #expect(sections[0].values["key"] == .string("one\ntwo"))
    }

    @Test func carriageReturnsAreIgnored() throws {
        let sections = try INIParser.parse("[a]\r\nkey = v\r\n", file: "f")
        #expect(sections[0].values["key"] == .string("v"))
    }

    @Test func malformedLinesNameFileAndLine() {
        #expect(throws: SharedConfigError.malformedLine(file: "/x/credentials", line: 2, text: "garbage")) {
            try INIParser.parse("[a]\ngarbage\n", file: "/x/credentials")
        }
        #expect(throws: SharedConfigError.entryOutsideSection(file: "f", line: 1, text: "key = v")) {
            try INIParser.parse("key = v\n[a]\n", file: "f")
        }
        #expect(throws: SharedConfigError.malformedLine(file: "f", line: 1, text: "[unclosed")) {
            try INIParser.parse("[unclosed\n", file: "f")
        }
        #expect(throws: SharedConfigError.malformedLine(file: "f", line: 2, text: "= value")) {
            try INIParser.parse("[a]\n= value\n", file: "f")
        }
    }

    @Test func errorMessagesNeverEchoSecrets() {
        let pasted = SharedConfigError.malformedLine(file: "f", line: 4, text: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        #expect(!pasted.description.contains("wJalrXUtnFEMI"))
        #expect(pasted.description.contains("f line 4"))
        let named = SharedConfigError.malformedLine(file: "f", line: 1, text: "aws_secret_access_key abc")
        #expect(!named.description.contains("abc"))
        let plain = SharedConfigError.malformedLine(file: "f", line: 1, text: "garbage")
        #expect(plain.description.contains("'garbage'"))
        #expect(plain.code == "shared-config.malformed-line")
    }
}
