import Foundation
import Testing
@testable import AWSClient

@Suite struct EndpointResolverTests {
    static let config = (try? SharedConfig(
        configText: """
            [default]
            region = eu-central-1
            [profile local]
            services = localstack
            endpoint_url = http://localhost:9999
            [profile ignoring]
            endpoint_url = http://localhost:9999
            ignore_configured_endpoint_urls = true
            [services localstack]
            sso_admin =
              endpoint_url = http://localhost:4566/sso
            """,
        configFile: "/c", credentialsText: nil, credentialsFile: "/k")) ?? SharedConfig()

    func resolve(_ service: ServiceDescriptor, _ region: String, _ environment: [String: String] = [:],
                 profile: String? = nil) -> ResolvedEndpoint {
        EndpointResolver(environment: environment, sharedConfig: Self.config, profile: profile).resolve(service, region: region)
    }

    @Test func regionalDefault() throws {
        let endpoint = resolve(.cloudFormation, "eu-west-1")
        let url = try #require(URL(string: "https://cloudformation.eu-west-1.amazonaws.com"))
        #expect(endpoint == ResolvedEndpoint(url: url,
                                             signingRegion: "eu-west-1", signingName: "cloudformation"))
    }

    @Test func chinaPartitionSuffix() {
        #expect(resolve(.sts, "cn-north-1").url.absoluteString == "https://sts.cn-north-1.amazonaws.com.cn")
        #expect(resolve(.organizations, "cn-north-1").url.absoluteString
                == "https://organizations.cn-northwest-1.amazonaws.com.cn")
    }

    @Test func organizationsIsGlobal() {
        let endpoint = resolve(.organizations, "ap-southeast-2")
        #expect(endpoint.url.absoluteString == "https://organizations.us-east-1.amazonaws.com")
        #expect(endpoint.signingRegion == "us-east-1")
        #expect(resolve(.organizations, "us-gov-east-1").signingRegion == "us-gov-west-1")
    }

    @Test func organizationsIsSignedForUsEast1EvenWithAnOverride() {
        let endpoint = resolve(.organizations, "eu-west-1", ["AWS_ENDPOINT_URL": "http://localhost:4566"])
        #expect(endpoint.url.absoluteString == "http://localhost:4566")
        #expect(endpoint.signingRegion == "us-east-1")
    }

    @Test func ssoAdminIsSignedAsSso() {
        let endpoint = resolve(.ssoAdmin, "eu-west-1")
        #expect(endpoint.url.absoluteString == "https://sso.eu-west-1.amazonaws.com")
        #expect(endpoint.signingName == "sso")
        #expect(endpoint.signingRegion == "eu-west-1")
    }

    @Test func serviceSpecificVariableBeatsGlobalVariable() {
        let environment = ["AWS_ENDPOINT_URL_SSO_ADMIN": "http://localhost:1111",
                           "AWS_ENDPOINT_URL": "http://localhost:2222"]
        #expect(resolve(.ssoAdmin, "eu-west-1", environment, profile: "local").url.absoluteString == "http://localhost:1111")
        #expect(resolve(.identityStore, "eu-west-1", environment, profile: "local").url.absoluteString == "http://localhost:2222")
    }

    @Test func globalVariableBeatsTheServicesSection() {
        #expect(resolve(.ssoAdmin, "eu-west-1", ["AWS_ENDPOINT_URL": "http://localhost:2222"], profile: "local")
                .url.absoluteString == "http://localhost:2222")
    }

    @Test func overridesMayCarryAPath() {
        #expect(resolve(.sts, "eu-west-1", ["AWS_ENDPOINT_URL_STS": "https://vpce-1.sts.eu-west-1.vpce.amazonaws.com/base"])
                .url.absoluteString == "https://vpce-1.sts.eu-west-1.vpce.amazonaws.com/base")
    }

    @Test func servicesSectionBeatsProfileEndpointURL() {
        #expect(resolve(.ssoAdmin, "eu-west-1", profile: "local").url.absoluteString == "http://localhost:4566/sso")
        #expect(resolve(.sts, "eu-west-1", profile: "local").url.absoluteString == "http://localhost:9999")
        #expect(resolve(.sts, "eu-west-1", ["AWS_PROFILE": "local"]).url.absoluteString == "http://localhost:9999")
    }

    @Test func configuredURLsCanBeIgnored() {
        #expect(resolve(.sts, "eu-west-1", profile: "ignoring").url.absoluteString == "https://sts.eu-west-1.amazonaws.com")
        let environment = ["AWS_ENDPOINT_URL": "http://localhost:2222", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]
        #expect(resolve(.sts, "eu-west-1", environment, profile: "local").url.absoluteString
                == "https://sts.eu-west-1.amazonaws.com")
        // The variable set to false overrides the profile's true.
        #expect(resolve(.sts, "eu-west-1", ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "false"], profile: "ignoring")
                .url.absoluteString == "http://localhost:9999")
    }

    @Test func invalidOverridesAreReportedByValidate() {
        let resolver = EndpointResolver(environment: ["AWS_ENDPOINT_URL_STS": "localhost:4566"],
                                        sharedConfig: Self.config, profile: nil)
        #expect(throws: EndpointConfigurationError(source: "AWS_ENDPOINT_URL_STS", value: "localhost:4566")) {
            try resolver.validate(.sts)
        }
        #expect(resolver.resolve(.sts, region: "eu-west-1").url.absoluteString == "https://sts.eu-west-1.amazonaws.com")
        #expect(throws: Never.self) { try resolver.validate(.organizations) }
    }
}
