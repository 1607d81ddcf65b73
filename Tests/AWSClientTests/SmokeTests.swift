import Testing

@Suite struct AWSClientSmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
