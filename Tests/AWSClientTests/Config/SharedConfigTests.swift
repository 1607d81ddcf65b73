import Testing
@testable import AWSClient

@Suite struct SharedConfigTests {
    @Test func profilesFromBothFilesMerge() throws {
        let config = try SharedConfig(
            configText: """
                [default]
                region = us-east-1
                [profile prod]
                region = eu-west-1
                aws_access_key_id = AKIACONFIG
                services = local
                [prod]
                region = ignored-without-profile-prefix
                [profile default]
                output = json
                [services local]
                sts =
                  endpoint_url = http://localhost:4566
                [sso-session corp]
                sso_region = us-east-1
                """,
            configFile: "/c", credentialsText: """
                [prod]
                aws_access_key_id = AKIACREDS
                aws_secret_access_key = s
                [profile odd]
                aws_access_key_id = AKIAODD
                """, credentialsFile: "/k")
        #expect(config.profile("default")?["region"] == "us-east-1")
        #expect(config.profile("default")?["output"] == "json")
        #expect(config.profile("prod")?["region"] == "eu-west-1")
        #expect(config.profile("prod")?["aws_access_key_id"] == "AKIACREDS")
        #expect(config.profile("prod")?.origin == "/c and /k")
        #expect(config.profile("profile odd")?["aws_access_key_id"] == "AKIAODD")
        #expect(config.servicesSections["local"]?["sts"]?["endpoint_url"] == "http://localhost:4566")
        #expect(config.profile("corp") == nil)
    }

    @Test func filePathsFollowTheEnvironment() throws {
        #expect(SharedConfig.configFilePath(environment: ["HOME": "/home/op"]) == "/home/op/.aws/config")
        #expect(SharedConfig.credentialsFilePath(environment: ["HOME": "/home/op/"]) == "/home/op/.aws/credentials")
        #expect(SharedConfig.configFilePath(environment: ["HOME": "/h", "AWS_CONFIG_FILE": "~/cfg"]) == "/h/cfg")
        #expect(SharedConfig.credentialsFilePath(environment: ["AWS_SHARED_CREDENTIALS_FILE": "/etc/creds"]) == "/etc/creds")
        #expect(SharedConfig.configFilePath(environment: [:]) == nil)
    }

    @Test func loadReadsThroughTheReaderAndToleratesMissingFiles() throws {
        let files = FakeFiles(["/h/.aws/config": "[default]\nregion = ap-southeast-2\n"])
        let config = try SharedConfig.load(environment: ["HOME": "/h"], readFile: files.reader)
        #expect(config.profile("default")?["region"] == "ap-southeast-2")
        #expect(try SharedConfig.load(environment: [:], readFile: files.reader) == SharedConfig())
    }

    @Test func emptyValuesCountAsAbsent() {
        let profile = ConfigProfile(name: "p", values: ["region": ""])
        #expect(profile["region"] == nil)
    }
}
