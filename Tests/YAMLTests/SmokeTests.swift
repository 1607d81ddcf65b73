import Testing

@Suite struct YAMLSmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
