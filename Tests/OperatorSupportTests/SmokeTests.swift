import Testing

@Suite struct OperatorSupportSmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
