import Foundation
import Testing
@testable import AWSClient

@Suite struct AssumeRoleCredentialProviderTests {
    @Test func assumesTheRoleWithTheSourceIdentity() async throws {
        let clock = TestClock()
        let sts = FakeSTS(clock: clock)
        let operatorIdentity = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIAOPERATOR", secretAccessKey: "s"))
        let management = AssumeRoleCredentialProvider(
            roleArn: "arn:aws:iam::111111111111:role/OrgOpsManagement", sessionName: "orgops-prod",
            externalId: "ext-1", durationSeconds: 1800, source: operatorIdentity, sts: sts).cached(clock: clock)
        let first = try await management.credentials()
        let second = try await management.credentials()
        #expect(first == second)
        #expect(sts.calls == [FakeSTS.Call(action: "AssumeRole", roleArn: "arn:aws:iam::111111111111:role/OrgOpsManagement",
                                           sessionName: "orgops-prod", externalId: "ext-1", durationSeconds: 1800,
                                           sourceKeyId: "AKIAOPERATOR")])
        clock.advance(by: 3600 - 60)
        #expect(try await management.credentials() != first)
        #expect(sts.calls.count == 2)
    }
}
