import Foundation
import Testing
@testable import AWSServices

/// Query-protocol flattening of typed CloudFormation and STS inputs.
@Suite struct QueryWriterTests {
    @Test func flattensListsStructuresAndNestedLists() {
        let input = CloudFormationAPI.CreateStackInstancesRequest(
            stackSetName: "baseline",
            deploymentTargets: .init(organizationalUnitIds: ["ou-ab12-11111111", "ou-ab12-22222222"]),
            regions: ["eu-west-1", "us-east-1"],
            parameterOverrides: [.init(parameterKey: "Env", parameterValue: "prod")],
            operationPreferences: .init(failureToleranceCount: 1, maxConcurrentCount: 5),
            callAs: "SELF")
        var writer = QueryWriter()
        input.encode(to: &writer, prefix: "")
        let pairs = writer.pairs.map { "\($0.name)=\($0.value)" }
        #expect(pairs == [
            "StackSetName=baseline",
            "DeploymentTargets.OrganizationalUnitIds.member.1=ou-ab12-11111111",
            "DeploymentTargets.OrganizationalUnitIds.member.2=ou-ab12-22222222",
            "Regions.member.1=eu-west-1",
            "Regions.member.2=us-east-1",
            "ParameterOverrides.member.1.ParameterKey=Env",
            "ParameterOverrides.member.1.ParameterValue=prod",
            "OperationPreferences.FailureToleranceCount=1",
            "OperationPreferences.MaxConcurrentCount=5",
            "CallAs=SELF",
        ])
    }

    @Test func writesBooleansAndEmptyListsAsAWSReadsThem() {
        let input = CloudFormationAPI.DeleteStackInstancesRequest(
            stackSetName: "baseline", accounts: [], regions: ["eu-west-1"], retainStacks: false)
        var writer = QueryWriter()
        input.encode(to: &writer, prefix: "")
        let pairs = writer.pairs.map { "\($0.name)=\($0.value)" }
        #expect(pairs.contains("Accounts="))
        #expect(pairs.contains("RetainStacks=false"))
    }
}

/// Idempotency tokens the typed layer fills in.
@Suite struct IdempotencyTokenTests {
    @Test func isAVersionFourUUIDFromTheInjectedRandomSource() {
        let token = IdempotencyToken.make(random: { 0.5 })
        #expect(token == "80808080-8080-4080-8080-808080808080")
        #expect(UUID(uuidString: token) != nil)
        var values = [0.0, 0.999]
        let other = IdempotencyToken.make(random: { values.append(values.removeFirst()); return values[0] })
        #expect(other != token)
    }
}
