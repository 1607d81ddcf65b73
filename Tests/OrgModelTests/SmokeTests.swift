import Testing

@Suite struct OrgModelSmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
