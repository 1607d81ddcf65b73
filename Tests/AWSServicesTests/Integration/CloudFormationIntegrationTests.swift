import AWSClient
import AWSServices
import Foundation
import Testing

extension AWSServicesIntegrationTests {
    /// StackSets over the query protocol, signatures checked.
    @Suite struct CloudFormationIntegration {
        static let template = """
            {"AWSTemplateFormatVersion":"2010-09-09","Parameters":{"Env":{"Type":"String"}},\
            "Resources":{"Topic":{"Type":"AWS::SNS::Topic","Properties":{"TopicName":{"Ref":"Env"}}}}}
            """

        @Test func stackSetWithInstancesAndWaitedOperations() async throws {
            try await IntegrationHarness.exclusive { harness in
                let (client, _) = try await harness.organization(IntegrationHarness.managementA)
                let organizations = OrganizationsAPI(client: client)
                var members: [String] = []
                for name in ["one", "two"] {
                    let status = try await organizations.createAccountAndWait(
                        .init(email: "\(name)@example.com", accountName: name), clock: harness.clock)
                    members.append(try #require(status.accountId))
                }
                let cloudFormation = CloudFormationAPI(client: client, region: "eu-west-1")
                let created = try await cloudFormation.createStackSet(.init(
                    stackSetName: "baseline", description: "baseline-topic", templateBody: Self.template,
                    parameters: [.init(parameterKey: "Env", parameterValue: "prod")],
                    tags: [.init(key: "owner", value: "platform")], permissionModel: "SELF_MANAGED"))
                #expect(created.stackSetId?.hasPrefix("baseline:") == true)

                let started = try await cloudFormation.createStackInstances(.init(
                    stackSetName: "baseline", accounts: members, regions: ["eu-west-1", "us-east-1"],
                    operationPreferences: .init(failureToleranceCount: 0, maxConcurrentCount: 2)))
                let operationId = try #require(started.operationId)
                let finished = try await cloudFormation.waitForStackSetOperation(
                    stackSetName: "baseline", operationId: operationId, clock: harness.clock)
                #expect(finished.status == "SUCCEEDED")
                #expect(finished.action == "CREATE")

                let instances = try await cloudFormation.listAllStackInstances(.init(stackSetName: "baseline"))
                #expect(instances.count == 4)
                #expect(Set(instances.compactMap(\.account)) == Set(members))
                let one = try await cloudFormation.describeStackInstance(.init(
                    stackSetName: "baseline", stackInstanceAccount: members[0], stackInstanceRegion: "us-east-1"))
                #expect(one.stackInstance?.region == "us-east-1")
                let described = try await cloudFormation.describeStackSet(.init(stackSetName: "baseline"))
                #expect(described.stackSet?.parameters?.first?.parameterValue == "prod")
                #expect(described.stackSet?.tags == [.init(key: "owner", value: "platform")])
                let sets = try await cloudFormation.listAllStackSets()
                #expect(sets.contains { $0.stackSetName == "baseline" })

                let setUpdate = try await cloudFormation.updateStackSet(.init(
                    stackSetName: "baseline", description: "baseline-topic-v2", usePreviousTemplate: true,
                    parameters: [.init(parameterKey: "Env", usePreviousValue: true)]))
                let setUpdated = try await cloudFormation.waitForStackSetOperation(
                    stackSetName: "baseline", operationId: try #require(setUpdate.operationId), clock: harness.clock)
                #expect(setUpdated.action == "UPDATE")
                let redescribed = try await cloudFormation.describeStackSet(.init(stackSetName: "baseline"))
                #expect(redescribed.stackSet?.description == "baseline-topic-v2")

                let update = try await cloudFormation.updateStackInstances(.init(
                    stackSetName: "baseline", accounts: [members[1]], regions: ["eu-west-1"],
                    parameterOverrides: [.init(parameterKey: "Env", parameterValue: "staging")]))
                let updated = try await cloudFormation.waitForStackSetOperation(
                    stackSetName: "baseline", operationId: try #require(update.operationId), clock: harness.clock)
                #expect(updated.status == "SUCCEEDED")
                let operations = try await cloudFormation.listAllStackSetOperations(.init(stackSetName: "baseline"))
                #expect(Set(operations.compactMap(\.operationId)).isSuperset(of: [operationId]))
                let results = try await cloudFormation.listAllStackSetOperationResults(
                    .init(stackSetName: "baseline", operationId: operationId))
                #expect(results.count == 4)

                let removal = try await cloudFormation.deleteStackInstances(.init(
                    stackSetName: "baseline", accounts: members, regions: ["eu-west-1", "us-east-1"],
                    retainStacks: false))
                _ = try await cloudFormation.waitForStackSetOperation(
                    stackSetName: "baseline", operationId: try #require(removal.operationId), clock: harness.clock)
                #expect(try await cloudFormation.listAllStackInstances(.init(stackSetName: "baseline")).isEmpty)
                _ = try await cloudFormation.deleteStackSet(.init(stackSetName: "baseline"))
            }
        }

        /// A YAML template as people write it: spaces, newlines, `#`, `:`, `&`, `+`, `=`, quotes and non-ASCII.
        static let spacedTemplate = """
            AWSTemplateFormatVersion: "2010-09-09"
            Description: Baseline topic & queue + alarms = 100% "quoted", café
            Parameters:
              Env:
                Type: String  # the environment name
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !Ref Env

            """

        @Test func querySignatureHoldsForSpacesAndNewlinesInBodies() async throws {
            try await IntegrationHarness.exclusive { harness in
                let client = try await harness.management(IntegrationHarness.managementA)
                let cloudFormation = CloudFormationAPI(client: client, region: "eu-west-1")
                let description = "Baseline for every account\nsecond line\ttabbed: a+b=c & 50% ~*'"
                _ = try await cloudFormation.createStackSet(.init(
                    stackSetName: "spaced", description: description, templateBody: Self.spacedTemplate,
                    parameters: [.init(parameterKey: "Env", parameterValue: "prod and staging")],
                    tags: [.init(key: "owner team", value: "platform / core")], permissionModel: "SELF_MANAGED"))
                let described = try await cloudFormation.describeStackSet(.init(stackSetName: "spaced"))
                #expect(described.stackSet?.description == description)
                #expect(described.stackSet?.templateBody == Self.spacedTemplate)
                #expect(described.stackSet?.parameters?.first?.parameterValue == "prod and staging")
                #expect(described.stackSet?.tags == [.init(key: "owner team", value: "platform / core")])
                #expect(IntegrationHarness.attempts(client, "cloudformation", "CreateStackSet") == 1)
            }
        }

        @Test func unknownStackSetFailsAtOnceWithItsCode() async throws {
            try await IntegrationHarness.exclusive { harness in
                let client = try await harness.management(IntegrationHarness.managementA)
                let cloudFormation = CloudFormationAPI(client: client, region: "eu-west-1")
                let error = await #expect(throws: AWSError.self) {
                    _ = try await cloudFormation.describeStackSet(.init(stackSetName: "missing"))
                }
                #expect(error?.code == "StackSetNotFoundException")
                #expect(error?.service == "cloudformation")
                #expect(error?.operation == "DescribeStackSet")
                #expect(IntegrationHarness.attempts(client, "cloudformation", "DescribeStackSet") == 1)
            }
        }
    }
}
