import Testing

@Suite struct ReconcilerSmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
