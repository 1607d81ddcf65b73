import Testing
@testable import AWSClient

@Suite struct RegionResolverTests {
    static let config = (try? SharedConfig(
        configText: "[default]\nregion = eu-central-1\n[profile syd]\nregion = ap-southeast-2\n",
        configFile: "/c", credentialsText: nil, credentialsFile: "/k")) ?? SharedConfig()

    @Test func awsRegionFirst() {
        #expect(RegionResolver.resolve(environment: ["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "us-west-2"],
                                       sharedConfig: Self.config, profile: nil) == "eu-west-1")
    }

    @Test func thenDefaultRegion() {
        #expect(RegionResolver.resolve(environment: ["AWS_DEFAULT_REGION": "us-west-2"],
                                       sharedConfig: Self.config, profile: nil) == "us-west-2")
    }

    @Test func thenTheSelectedProfile() {
        #expect(RegionResolver.resolve(environment: [:], sharedConfig: Self.config, profile: nil) == "eu-central-1")
        #expect(RegionResolver.resolve(environment: ["AWS_PROFILE": "syd"], sharedConfig: Self.config, profile: nil)
                == "ap-southeast-2")
        #expect(RegionResolver.resolve(environment: [:], sharedConfig: Self.config, profile: "syd") == "ap-southeast-2")
    }

    @Test func nilWhenNothingIsSet() {
        #expect(RegionResolver.resolve(environment: ["AWS_REGION": ""], sharedConfig: SharedConfig(), profile: nil) == nil)
    }

    @Test func validRegionNames() {
        #expect(RegionResolver.isValid("eu-west-1"))
        #expect(RegionResolver.isValid("cn-northwest-1"))
        #expect(!RegionResolver.isValid("EU-WEST-1"))
        #expect(!RegionResolver.isValid("eu west 1"))
        #expect(!RegionResolver.isValid(""))
        #expect(!RegionResolver.isValid("-eu"))
    }
}
