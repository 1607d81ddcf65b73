import Testing

@Suite struct OrgOpsCLISmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
