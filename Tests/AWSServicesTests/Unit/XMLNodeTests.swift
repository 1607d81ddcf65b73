import AWSClient
import Foundation
import Testing
@testable import AWSServices

/// Reading query-protocol results into the generated shapes.
@Suite struct XMLNodeTests {
    private func element(_ name: String, _ text: String = "", _ children: [XMLNode] = []) -> XMLNode {
        XMLNode(name: name, text: text, children: children)
    }

    @Test func readsMembersListsAndTimestamps() throws {
        let result = element("DescribeStackSetOperationResult", "", [
            element("StackSetOperation", "", [
                element("OperationId", "op-1"),
                element("Status", "FAILED"),
                element("StatusReason", "account 123456789012 is suspended"),
                element("CreationTimestamp", "2026-11-22T13:31:06.995004Z"),
                element("StatusDetails", "", [element("FailedStackInstancesCount", "2")]),
                element("RegionOrder", "", [element("member", "eu-west-1"), element("member", "us-east-1")]),
            ]),
        ])
        let output = CloudFormationAPI.DescribeStackSetOperationResponse(xml: result)
        let operation = try #require(output.stackSetOperation)
        #expect(operation.operationId == "op-1")
        #expect(operation.status == "FAILED")
        #expect(operation.statusDetails?.failedStackInstancesCount == 2)
        #expect(operation.operationPreferences == nil)
        let created = try #require(operation.creationTimestamp)
        #expect(abs(created.timeIntervalSince1970 - 1_795_354_266.995004) < 0.000_01)
    }

    @Test func unparsableScalarsBecomeNilNotZero() {
        let node = element("StackSetOperationStatusDetails", "", [element("FailedStackInstancesCount", "many")])
        #expect(CloudFormationAPI.StackSetOperationStatusDetails(xml: node).failedStackInstancesCount == nil)
    }
}

/// A template body or description comes back byte for byte, surrounding whitespace included.
@Suite struct XMLNodeWhitespaceTests {
    @Test func leafTextKeepsItsWhitespaceWhileIndentationIsDropped() throws {
        let xml = """
            <DescribeStackSetResult>
              <StackSet>
                <StackSetName>spaced</StackSetName>
                <Description>  two spaces either side  </Description>
                <TemplateBody>Resources:
              Topic:
                Type: AWS::SNS::Topic
            </TemplateBody>
              </StackSet>
            </DescribeStackSetResult>
            """
        let node = XMLNode(try XMLTree.parse(Array(xml.utf8)))
        let output = CloudFormationAPI.DescribeStackSetResponse(xml: node)
        let stackSet = try #require(output.stackSet)
        #expect(stackSet.stackSetName == "spaced")
        #expect(stackSet.description == "  two spaces either side  ")
        #expect(stackSet.templateBody == "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n")
    }
}
