import Testing
import YAML

@Suite struct EmitterTests {
    func scalar(_ text: String, _ style: ScalarStyle = .plain, tag: String? = nil) -> Node {
        Node(.scalar(Scalar(text: text, style: style)), tag: tag, start: Mark(line: 1, column: 1, offset: 0), end: Mark(line: 1, column: 1, offset: 0))
    }

    func mapping(_ pairs: [(String, Node)]) -> Node {
        Node(.mapping(pairs.map { Pair(key: scalar($0.0), value: $0.1) }), start: Mark(line: 1, column: 1, offset: 0), end: Mark(line: 1, column: 1, offset: 0))
    }

    func sequence(_ items: [Node]) -> Node {
        Node(.sequence(items), start: Mark(line: 1, column: 1, offset: 0), end: Mark(line: 1, column: 1, offset: 0))
    }

    @Test func statusFileLayout() {
        let status = mapping([
            ("apiVersion", scalar("orgops/v1")),
            ("kind", scalar("AccountStatus")),
            ("conditions", sequence([
                mapping([("type", scalar("Ready")), ("status", scalar("True", .doubleQuoted)), ("count", scalar("3"))]),
                mapping([("type", scalar("Synced")), ("message", scalar("line one\nline two\n", .doubleQuoted))]),
            ])),
            ("tags", sequence([scalar("a"), sequence([scalar("b"), scalar("c")])])),
            ("empty", mapping([])),
            ("none", sequence([])),
            ("nothing", scalar("")),
        ])
        let expected = """
            apiVersion: orgops/v1
            kind: AccountStatus
            conditions:
              - type: Ready
                status: "True"
                count: 3
              - type: Synced
                message: |
                  line one
                  line two
            tags:
              - a
              - - b
                - c
            empty: {}
            none: []
            nothing:

            """
        #expect(YAMLEmitter().emit(status) == expected)
    }

    @Test func ambiguousStringsAreQuoted() {
        let strings = ["", " lead", "trail ", "a: b", "a #b", "- x", "-", "#x", "&a", "*a", "!t", "|", ">", "%x", "@x", "`x",
            "true", "false", "null", "~", "yes", "No", "on", "OFF", "012", "1e3", "0x1F", "3", "1.5", ".inf", "12:30", "1_000",
            "---", "...", "[x", "{x", "x:", "tab\there", "bell\u{7}", "nbsp\u{A0}", "line\u{2028}sep", "\u{FEFF}bom"]
        for text in strings {
            let emitted = YAMLEmitter().emit(mapping([("k", scalar(text, .doubleQuoted))]))
            #expect(emitted.hasPrefix("k: \""), "\(text.debugDescription) → \(emitted.debugDescription)")
            #expect(Parse.text(emitted, "k") == text, "\(text.debugDescription) → \(emitted.debugDescription)")
        }
        let plain = ["abc", "a:b", "a#b", "-x", "x-y z", "http://x.org:80/p?q=1#f", "ümlaut", "s3://bucket/key"]
        for text in plain {
            #expect(YAMLEmitter().emit(mapping([("k", scalar(text, .singleQuoted))])) == "k: \(text)\n")
        }
    }

    @Test func plainValuesKeepCoreSchemaTypesButNotYAML11Ones() {
        let emitted = YAMLEmitter().emit(sequence(["3", "-2", "1.5", "true", "null", "~", "yes", "012", "0x1F", "1e3"].map { scalar($0) }))
        #expect(emitted == "- 3\n- -2\n- 1.5\n- true\n- null\n- ~\n- \"yes\"\n- \"012\"\n- \"0x1F\"\n- \"1e3\"\n")
    }

    @Test func controlCharactersUseEscapes() {
        let emitted = YAMLEmitter().emit(mapping([("k", scalar("a\u{0}b\u{1B}c\r\u{85}\"\\", .doubleQuoted))]))
        #expect(emitted == #"k: "a\0b\ec\r\N\"\\""# + "\n")
    }

    @Test func literalBlocksChompExactly() {
        #expect(YAMLEmitter().emit(mapping([("k", scalar("a\nb"))])) == "k: |-\n  a\n  b\n")
        #expect(YAMLEmitter().emit(mapping([("k", scalar("a\n\nb\n\n\n"))])) == "k: |+\n  a\n\n  b\n\n\n")
        #expect(YAMLEmitter().emit(mapping([("k", scalar(" lead\nx"))])) == "k: \" lead\\nx\"\n")
        #expect(YAMLEmitter().emit(sequence([scalar("x\ny\n")])) == "- |\n  x\n  y\n")
    }

    @Test func tagsAndComplexKeys() {
        let node = mapping([
            ("ref", scalar("Bucket", tag: "!Ref")),
            ("str", scalar("1", tag: "tag:yaml.org,2002:str")),
            ("odd", scalar("x", tag: "tag:example.com,2000:a b")),
        ])
        #expect(Parse.root(YAMLEmitter().emit(node))?["odd"]?.tag == "tag:example.com,2000:a b")
        #expect(YAMLEmitter().emit(node) == "ref: !Ref Bucket\nstr: !!str \"1\"\nodd: !<tag:example.com,2000:a%20b> x\n")
        let complex = Node(.mapping([Pair(key: sequence([scalar("a"), scalar("b")]), value: scalar("v")),
            Pair(key: scalar("multi\nline"), value: scalar("w"))]), start: Mark(line: 1, column: 1, offset: 0), end: Mark(line: 1, column: 1, offset: 0))
        let text = YAMLEmitter().emit(complex)
        #expect(text == "? - a\n  - b\n: v\n\"multi\\nline\": w\n")
    }

    @Test func documentsAreSeparated() throws {
        let documents = try YAMLParser.parse("a: 1\n---\n- x\n--- |\n  text\n")
        #expect(YAMLEmitter().emit(documents: documents) == "a: 1\n---\n- x\n---\n|\n  text\n")
    }
}
