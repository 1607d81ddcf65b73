import Testing

@Suite struct AWSServicesSmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
