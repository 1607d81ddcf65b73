import AWSClient
import Foundation
import Testing

@Suite("XMLTree")
struct XMLTreeTests {
    @Test("parses moto's AssumeRole response: path lookups, dates with microseconds")
    func assumeRole() throws {
        let tree = try XMLTree.parse(try ResponseFixtures.load("sts-assume-role.http").body)
        #expect(tree.name == "AssumeRoleResponse")
        #expect(tree.attributes["xmlns"] == "https://sts.amazonaws.com/doc/2011-06-15/")
        #expect(tree.string("AssumeRoleResult", "Credentials", "AccessKeyId") == "ASIARZPUZDIKEGYAIFDB")
        let expiration = try #require(tree.date("AssumeRoleResult", "Credentials", "Expiration"))
        #expect(abs(expiration.timeIntervalSince1970 - 1_796_136_718.055978) < 0.000_001)
        #expect(tree.string("AssumeRoleResult", "Nope") == nil)
        #expect(tree.string("ResponseMetadata", "RequestId") == "a4vIsgAn5Otn4R38H6oKdHhZrNcT5993aaCH1bhAQ8ZjzHVhvR5F")
    }

    @Test("lists of members, typed helpers, indentation trimmed, CDATA and entities kept")
    func helpers() throws {
        let xml = """
        <?xml version="1.0"?>
        <DescribeResponse xmlns="urn:x">
          <DescribeResult>
            <Summaries>
              <member><Name>a</Name><Count>3</Count><On>true</On></member>
              <member><Name>b &amp; c</Name><Count>x</Count><On>FALSE</On></member>
            </Summaries>
            <Body><![CDATA[{"Version":"2012-10-17"}]]></Body>
          </DescribeResult>
        </DescribeResponse>
        """
        let tree = try XMLTree.parse(Array(xml.utf8))
        let members = tree.members("DescribeResult", "Summaries")
        #expect(members.count == 2)
        #expect(members[1].string("Name") == "b & c")
        #expect(members[0].int("Count") == 3)
        #expect(members[1].int("Count") == nil)
        #expect(members[0].bool("On") == true)
        #expect(members[1].bool("On") == false)
        #expect(tree.string("DescribeResult", "Body") == #"{"Version":"2012-10-17"}"#)
        #expect(tree.element("DescribeResult")?.children("Summaries").count == 1)
        #expect(tree.members("DescribeResult", "Missing").isEmpty)
    }

    @Test("malformed XML throws with a line")
    func malformed() {
        let error = #expect(throws: XMLParseError.self) {
            _ = try XMLTree.parse(Array("<a><b></a>".utf8))
        }
        #expect(error?.code == "XMLParseError")
    }

    @Test("XML sniffing ignores leading whitespace and BOM")
    func sniff() {
        #expect(XMLTree.looksLikeXML(Array("\n  <x/>".utf8)))
        #expect(XMLTree.looksLikeXML([0xEF, 0xBB, 0xBF] + Array("<x/>".utf8)))
        #expect(!XMLTree.looksLikeXML(Array("{\"a\":1}".utf8)))
    }
}
