import Foundation
import OrgModel
import Testing

/// NoEcho detection in YAML and JSON templates, and the drift schedule.
@Suite struct StackSetTemplateAndScheduleTests {
    @Test func noEchoIsFoundInAYAMLTemplateWithShortFormTags() {
        let parameters = TemplateParameters(template: Array(StackSetFixture.template.utf8))
        #expect(parameters.keys == ["DbPassword", "LogLevel", "TrustedAccountId", "WebhookToken"])
        #expect(parameters.noEcho == ["DbPassword"])
    }

    @Test func noEchoIsFoundInAJSONTemplate() {
        let json = #"{"Parameters":{"Token":{"Type":"String","NoEcho":"true"},"Name":{"Type":"String"}},"Resources":{}}"#
        let parameters = TemplateParameters(template: Array(json.utf8))
        #expect(parameters.keys == ["Name", "Token"])
        #expect(parameters.noEcho == ["Token"])
    }

    @Test func anUnparsableTemplateMarksNothing() {
        let parameters = TemplateParameters(template: Array("{ not: [ closed".utf8))
        #expect(parameters.keys.isEmpty && parameters.noEcho.isEmpty)
    }

    @Test func theTemplateDigestIsTheLoadersHash() throws {
        let desired = try StackSetFixture.desired(StackSetFixture.texts([StackSetFixture.serviceManaged()]))
        let set = try #require(desired.stackSets.first)
        #expect(TemplateDigest.sha256Hex(StackSetFixture.template) == set.templateSHA256)
        #expect(TemplateDigest.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func driftDetectionIsDueEverySixHoursByDefaultAndOnDemand() {
        let schedule = StackDriftSchedule()
        let start = Date(timeIntervalSince1970: 1_000_000)
        #expect(schedule.isDue(lastRun: nil, now: start))
        #expect(!schedule.isDue(lastRun: start, now: start.addingTimeInterval(5 * 3600)))
        #expect(schedule.isDue(lastRun: start, now: start.addingTimeInterval(6 * 3600)))
        #expect(schedule.isDue(lastRun: start, now: start.addingTimeInterval(60), onDemand: true))
        let hourly = StackDriftSchedule(interval: .seconds(3600))
        #expect(hourly.isDue(lastRun: start, now: start.addingTimeInterval(3600)))
        #expect(!hourly.isDue(lastRun: start, now: start.addingTimeInterval(3599)))
    }
}
