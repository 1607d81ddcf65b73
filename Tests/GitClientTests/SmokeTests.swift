import Testing

@Suite struct GitClientSmokeTests {
    @Test func moduleLinks() {
        #expect(Bool(true))
    }
}
