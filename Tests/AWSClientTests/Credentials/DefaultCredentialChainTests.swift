import Foundation
import Testing
@testable import AWSClient

@Suite struct DefaultCredentialChainTests {
    let clock = TestClock()
    let files = FakeFiles()
    let transport = FakeMetadataTransport()

    init() {
        // Off EC2 by default: IMDS does not answer.
        transport.configure { $0.imdsAvailable = false }
    }

    func chain(_ environment: [String: String], profile: String? = nil, sts: FakeSTS? = nil) -> any CredentialProvider {
        var environment = environment
        environment["HOME"] = environment["HOME"] ?? "/home/op"
        return DefaultCredentialChain.make(environment: environment, profile: profile, readFile: files.reader,
                                           transport: transport, sts: sts ?? FakeSTS(clock: clock), clock: clock)
    }

    func error(of provider: any CredentialProvider) async -> (any Error)? {
        do {
            _ = try await provider.credentials()
            return nil
        } catch {
            return error
        }
    }

    @Test func environmentKeysComeFirst() async throws {
        files.set("/home/op/.aws/credentials", "[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = f\n")
        let credentials = try await chain(["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "e",
                                           "AWS_SESSION_TOKEN": "tok"]).credentials()
        #expect(credentials == AWSCredentials(accessKeyId: "AKIAENV", secretAccessKey: "e", sessionToken: "tok"))
    }

    @Test func legacySecurityTokenIsRead() async throws {
        let credentials = try await chain(["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "e",
                                           "AWS_SECURITY_TOKEN": "legacy"]).credentials()
        #expect(credentials.sessionToken == "legacy")
    }

    @Test func partialEnvironmentKeysAreAnError() async {
        let failure = await error(of: chain(["AWS_ACCESS_KEY_ID": "AKIAENV"]))
        #expect((failure as? CredentialProviderError)?.code == "credentials.incomplete")
    }

    @Test(arguments: [(nil, "AWS_PROFILE"), ("ops", nil)] as [(String?, String?)])
    func explicitProfileSkipsTheEnvironment(flag: String?, variable: String?) async throws {
        files.set("/home/op/.aws/credentials", "[ops]\naws_access_key_id = AKIAOPS\naws_secret_access_key = o\n")
        var environment = ["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "e"]
        if let variable { environment[variable] = "ops" }
        #expect(try await chain(environment, profile: flag).credentials().accessKeyId == "AKIAOPS")
    }

    @Test func explicitProfileThatDoesNotExistIsAnError() async {
        files.set("/home/op/.aws/config", "[default]\nregion = eu-west-1\n")
        let failure = await error(of: chain([:], profile: "missing"))
        #expect(failure as? CredentialProviderError == .profileNotFound(
            profile: "missing", files: "/home/op/.aws/config and /home/op/.aws/credentials"))
    }

    @Test func credentialsFileWinsOverConfigFile() async throws {
        files.set("/etc/aws/config", "[profile ops]\naws_access_key_id = AKIACONFIG\naws_secret_access_key = c\n")
        files.set("/etc/aws/credentials", "[ops]\naws_access_key_id = AKIACREDS\naws_secret_access_key = k\n")
        let environment = ["AWS_CONFIG_FILE": "/etc/aws/config", "AWS_SHARED_CREDENTIALS_FILE": "/etc/aws/credentials",
                           "AWS_PROFILE": "ops"]
        #expect(try await chain(environment).credentials().accessKeyId == "AKIACREDS")
    }

    @Test func roleChainsFollowSourceProfiles() async throws {
        files.set("/home/op/.aws/config", """
            [profile org]
            role_arn = arn:aws:iam::111111111111:role/Management
            source_profile = hub
            external_id = ext-9
            role_session_name = orgops-reconcile
            duration_seconds = 1800

            [profile hub]
            role_arn = arn:aws:iam::222222222222:role/Hub
            source_profile = base
            """)
        files.set("/home/op/.aws/credentials", "[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = b\n")
        let sts = FakeSTS(clock: clock)
        let credentials = try await chain(["AWS_PROFILE": "org"], sts: sts).credentials()
        #expect(sts.calls.map(\.roleArn) == ["arn:aws:iam::222222222222:role/Hub", "arn:aws:iam::111111111111:role/Management"])
        #expect(sts.calls[0].sourceKeyId == "AKIABASE")
        #expect(sts.calls[0].sessionName == "orgops-session-1800000000")
        #expect(sts.calls[1].sourceKeyId == "ASIAHub1")
        #expect(sts.calls[1].externalId == "ext-9")
        #expect(sts.calls[1].sessionName == "orgops-reconcile")
        #expect(sts.calls[1].durationSeconds == 1800)
        #expect(credentials.accessKeyId == "ASIAManagement2")
    }

    @Test func roleChainCyclesAreRejected() async {
        files.set("/home/op/.aws/config", """
            [profile a]
            role_arn = arn:aws:iam::111111111111:role/A
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::111111111111:role/B
            source_profile = a
            """)
        let failure = await error(of: chain(["AWS_PROFILE": "a"]))
        #expect(failure as? CredentialProviderError == .roleChainCycle(profiles: ["a", "b", "a"]))
    }

    @Test func aProfileMayBeItsOwnSourceWithStaticKeys() async throws {
        files.set("/home/op/.aws/credentials", """
            [self]
            aws_access_key_id = AKIASELF
            aws_secret_access_key = s
            role_arn = arn:aws:iam::111111111111:role/Self
            source_profile = self
            """)
        let sts = FakeSTS(clock: clock)
        _ = try await chain(["AWS_PROFILE": "self"], sts: sts).credentials()
        #expect(sts.calls.map(\.sourceKeyId) == ["AKIASELF"])
    }

    @Test func credentialSourceEnvironmentAndContainer() async throws {
        files.set("/home/op/.aws/config", """
            [profile fromenv]
            role_arn = arn:aws:iam::111111111111:role/Env
            credential_source = Environment
            [profile frompod]
            role_arn = arn:aws:iam::111111111111:role/Pod
            credential_source = EcsContainer
            [profile bad]
            role_arn = arn:aws:iam::111111111111:role/Bad
            credential_source = Laptop
            """)
        let sts = FakeSTS(clock: clock)
        _ = try await chain(["AWS_PROFILE": "fromenv", "AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "e"],
                            sts: sts).credentials()
        _ = try await chain(["AWS_PROFILE": "frompod", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/creds",
                             "AWS_CONTAINER_AUTHORIZATION_TOKEN": "pod-token"], sts: sts).credentials()
        #expect(sts.calls.map(\.sourceKeyId) == ["AKIAENV", "ASIAMETA"])
        let failure = await error(of: chain(["AWS_PROFILE": "bad"]))
        #expect((failure as? CredentialProviderError)?.description.contains("'Laptop'") == true)
    }

    @Test func webIdentityFromTheEnvironmentRereadsTheTokenOnRefresh() async throws {
        files.set("/var/run/secrets/eks.amazonaws.com/serviceaccount/token", "jwt-1\n")
        let sts = FakeSTS(clock: clock)
        let provider = chain(["AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/secrets/eks.amazonaws.com/serviceaccount/token",
                              "AWS_ROLE_ARN": "arn:aws:iam::111111111111:role/Irsa", "AWS_ROLE_SESSION_NAME": "pod-1"],
                             sts: sts)
        _ = try await provider.credentials()
        files.set("/var/run/secrets/eks.amazonaws.com/serviceaccount/token", "jwt-2")
        clock.advance(by: 3600 - 5 * 60)
        _ = try await provider.credentials()
        #expect(sts.calls.map(\.token) == ["jwt-1", "jwt-2"])
        #expect(sts.calls.map(\.sessionName) == ["pod-1", "pod-1"])
        #expect(sts.calls.map(\.action) == ["AssumeRoleWithWebIdentity", "AssumeRoleWithWebIdentity"])
    }

    @Test func webIdentityFromAProfile() async throws {
        files.set("/home/op/.aws/config", """
            [default]
            role_arn = arn:aws:iam::111111111111:role/Ci
            web_identity_token_file = /tmp/ci-token
            duration_seconds = 900
            """)
        files.set("/tmp/ci-token", "ci-jwt")
        let sts = FakeSTS(clock: clock)
        _ = try await chain([:], sts: sts).credentials()
        #expect(sts.calls == [FakeSTS.Call(action: "AssumeRoleWithWebIdentity", roleArn: "arn:aws:iam::111111111111:role/Ci",
                                           sessionName: "orgops-session-1800000000", durationSeconds: 900, token: "ci-jwt")])
    }

    @Test func missingWebIdentityTokenFileNamesTheFile() async {
        let failure = await error(of: chain(["AWS_WEB_IDENTITY_TOKEN_FILE": "/nope", "AWS_ROLE_ARN": "arn:aws:iam::1:role/X"]))
        #expect(failure as? CredentialProviderError == .tokenFileUnreadable(path: "/nope", reason: "the file does not exist"))
    }

    @Test func malformedCredentialsFileNamesFileAndLine() async {
        files.set("/home/op/.aws/credentials", "[default]\naws_access_key_id = AKIA\nthis line is wrong\n")
        let failure = await error(of: chain([:]))
        #expect(failure as? SharedConfigError == .malformedLine(
            file: "/home/op/.aws/credentials", line: 3, text: "this line is wrong"))
    }

    @Test func nothingAppliesListsWhatWasTried() async {
        let failure = await error(of: chain([:]))
        guard case let .noCredentials(tried)? = failure as? CredentialProviderError else {
            Issue.record("expected noCredentials, got \(String(describing: failure))")
            return
        }
        #expect(tried.count == 6)
        #expect(tried[0].hasPrefix("environment ("))
        #expect(tried[4].hasPrefix("container ("))
        #expect(tried[5].contains("nothing answered at http://169.254.169.254"))
    }

    @Test func instanceMetadataComesLast() async throws {
        transport.configure { $0.imdsAvailable = true }
        let credentials = try await chain([:]).credentials()
        #expect(credentials.accessKeyId == "ASIAMETA")
        #expect(credentials.expiration == ISO8601DateFormatter().date(from: "2027-01-15T12:00:00Z"))
    }
}
