import Testing
import YAML

@Suite struct StructureTests {
    @Test func cloudFormationShortFormTagsParse() throws {
        let template = """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${AWS::StackName}-logs"
                  Arn: !GetAtt [Role, Arn]
                  Owner: !Ref OwnerParam
                  Joined: !Join
                    - ""
                    - [a, !Ref B]
            """
        let props = try #require(Parse.root(template)?["Resources"]?["Bucket"]?["Properties"])
        #expect(props["BucketName"]?.tag == "!Sub")
        #expect(props["BucketName"]?.scalar == Scalar(text: "${AWS::StackName}-logs", style: .doubleQuoted))
        #expect(props["Arn"]?.tag == "!GetAtt")
        #expect(props["Arn"]?.sequence?.count == 2)
        #expect(props["Owner"]?.tag == "!Ref")
        #expect(props["Joined"]?.tag == "!Join")
        #expect(props["Joined"]?.sequence?[1].sequence?[1].tag == "!Ref")
    }

    @Test func tagsResolveAgainstHandles() throws {
        let yaml = "%TAG !e! tag:example.com,2000:app/\n---\na: !!str 1\nb: !e!thing x\nc: !<tag:x.org:y> z\nd: ! q\n"
        let root = try #require(Parse.root(yaml))
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == "tag:example.com,2000:app/thing")
        #expect(root["c"]?.tag == "tag:x.org:y")
        #expect(root["d"]?.tag == "!")
        #expect(root["a"]?.isNull == false)
        #expect(Parse.root("a: !!null\n")?["a"]?.isNull == true)
    }

    @Test func anchorsAndAliasesCopyTheNodeWithTheAliasMark() throws {
        let root = try #require(Parse.root("base: &b\n  x: 1\nother: *b\nlist: [&s one, *s]\n"))
        #expect(root["base"]?.anchor == "b")
        let copy = try #require(root["other"])
        #expect(copy["x"]?.scalar?.text == "1")
        #expect(copy.start.description == "3:8")
        #expect(root["list"]?.sequence?.map { $0.scalar?.text } == ["one", "one"])
        let keyAnchor = try #require(Parse.root("&k key: v\n"))
        #expect(keyAnchor.anchor == nil)
        #expect(keyAnchor.mapping?.first?.key.anchor == "k")
    }

    @Test func multiDocumentStreams() throws {
        let documents = try YAMLParser.parse("a: 1\n---\nb: 2\n...\n--- # empty\n...\n%YAML 1.2\n---\n- x\n")
        #expect(documents.count == 4)
        #expect(documents[0].explicitStart == false)
        #expect(documents[1].root?["b"]?.scalar?.text == "2")
        #expect(documents[1].start.description == "2:1")
        #expect(documents[2].root == nil)
        #expect(documents[3].root?.sequence?.count == 1)
        #expect(try YAMLParser.parse("").isEmpty)
        #expect(try YAMLParser.parse("# only a comment\n").isEmpty)
    }

    @Test func flowCollectionsAndCompactForms() throws {
        let root = try #require(Parse.root("a: {x: 1, y: [2, 3], z}\nb: [k: v, {\"j\":1}]\nc:\n- - n\n  - m\n- p: q\n  r: s\n"))
        #expect(root["a"]?["z"]?.isNull == true)
        #expect(root["a"]?["y"]?.sequence?.count == 2)
        #expect(root["b"]?.sequence?[0]["k"]?.scalar?.text == "v")
        #expect(root["b"]?.sequence?[1]["j"]?.scalar?.text == "1")
        #expect(root["c"]?.sequence?[0].sequence?.count == 2)
        #expect(root["c"]?.sequence?[1]["r"]?.scalar?.text == "s")
    }

    @Test func explicitAndComplexKeys() throws {
        let root = try #require(Parse.root("? |\n  block key\n: value\n? [a, b]\n: pair\n? plain\n"))
        let pairs = try #require(root.mapping)
        #expect(pairs.count == 3)
        #expect(pairs[0].key.scalar == Scalar(text: "block key\n", style: .literal))
        #expect(pairs[0].value.scalar?.text == "value")
        #expect(pairs[1].key.sequence?.count == 2)
        #expect(pairs[2].value.isNull)
    }

    @Test func nodeKindNames() throws {
        let root = try #require(Parse.root("a: [1]\nb: {}\nc: d\n"))
        #expect(root.kindName == "mapping")
        #expect(root["a"]?.kindName == "sequence")
        #expect(root["b"]?.mapping?.isEmpty == true)
        #expect(root["c"]?.kindName == "scalar")
    }
}
