import AWSClient
import AWSServices
import Foundation
import Synchronization
import Testing
import TestSupport

extension AWSServicesIntegrationTests {
    /// The default chain's profile step on the wire: `role_arn` + `source_profile` from the shared
    /// files, the role assumed on the test server with signatures checked, then the calls signed with it.
    @Suite struct ProfileAssumeRoleIntegration {
        @Test func profileWithRoleArnAndSourceProfileAssumesTheRoleOnTheServer() async throws {
            try await IntegrationHarness.exclusive { harness in
                let files: [String: String] = [
                    "/home/op/.aws/config": """
                        [profile org-a]
                        role_arn = arn:aws:iam::\(IntegrationHarness.managementA):role/orgops
                        source_profile = operator
                        role_session_name = orgops-profile-test
                        external_id = org-a-external
                        region = us-east-1

                        """,
                    "/home/op/.aws/credentials": """
                        [operator]
                        aws_access_key_id = \(harness.operatorKeys.accessKeyId)
                        aws_secret_access_key = \(harness.operatorKeys.secretAccessKey)

                        """,
                ]
                let environment = ["HOME": "/home/op", "AWS_PROFILE": "org-a"]
                let base = harness.operatorClient.configuration
                var configuration = AWSClient.Configuration(
                    credentials: AWSClient.noCredentials, region: IntegrationHarness.region, endpoints: base.endpoints,
                    transport: base.transport, clock: harness.clock, random: base.random, scope: "org-a")
                configuration.retry = base.retry
                let clock = harness.clock
                let client = AWSClient.bootstrap(configuration: configuration) { sts in
                    DefaultCredentialChain.make(environment: environment, readFile: { files[$0] },
                                                transport: URLSessionTransport(), sts: sts, clock: clock)
                }

                let identity = try await STSAPI(client: client).getCallerIdentity()
                #expect(identity.account == IntegrationHarness.managementA)
                #expect(identity.arn?.hasSuffix(":assumed-role/orgops/orgops-profile-test") == true)
                let organizations = OrganizationsAPI(client: client)
                _ = try await organizations.createOrganization(.init(featureSet: "ALL"))
                let described = try await organizations.describeOrganization()
                #expect(described.organization?.masterAccountId == IntegrationHarness.managementA)
                #expect(client.calls.count(service: "sts", operation: "AssumeRole", outcome: .ok) == 1,
                        "the role is assumed once and its credentials cached for the later calls")
                #expect(client.calls.count(service: "organizations", operation: "DescribeOrganization", outcome: .ok) == 1)
            }
        }

        /// A source profile whose keys were revoked: STS refuses AssumeRole, and the call that needed the
        /// role says which role could not be assumed and why, without the secret.
        @Test func revokedSourceKeysSurfaceAsCredentialsUnavailableNamingTheRole() async throws {
            try await IntegrationHarness.exclusive { harness in
                let files: [String: String] = [
                    "/home/op/.aws/config": """
                        [profile nowhere]
                        role_arn = arn:aws:iam::\(IntegrationHarness.managementB):role/orgops
                        source_profile = operator

                        """,
                    "/home/op/.aws/credentials": """
                        [operator]
                        aws_access_key_id = AKIAREVOKED000000000
                        aws_secret_access_key = revoked-secret-never-shown

                        """,
                ]
                let base = harness.operatorClient.configuration
                let configuration = AWSClient.Configuration(
                    credentials: AWSClient.noCredentials, region: IntegrationHarness.region, endpoints: base.endpoints,
                    transport: base.transport, clock: harness.clock, random: base.random, scope: "nowhere")
                let clock = harness.clock
                let client = AWSClient.bootstrap(configuration: configuration) { sts in
                    DefaultCredentialChain.make(environment: ["HOME": "/home/op", "AWS_PROFILE": "nowhere"],
                                                readFile: { files[$0] }, transport: URLSessionTransport(), sts: sts,
                                                clock: clock)
                }
                let error = await #expect(throws: AWSError.self) {
                    _ = try await OrganizationsAPI(client: client).listRoots()
                }
                #expect(error?.code == AWSError.ClientCode.credentials, "\(String(describing: error))")
                #expect(error?.operation == "ListRoots")
                let message = try #require(error?.message)
                #expect(message.hasPrefix("no credentials to sign with (provider: assume role "
                    + "arn:aws:iam::\(IntegrationHarness.managementB):role/orgops, chain step 'assume role'): "))
                #expect(message.contains("sts AssumeRole failed"))
                #expect(message.contains("InvalidClientTokenId"), "STS's own code is kept")
                #expect(!message.contains("revoked-secret-never-shown"))
            }
        }
    }
}
