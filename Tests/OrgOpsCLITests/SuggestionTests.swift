import Testing
@testable import OrgOpsCLI

@Suite struct SuggestionTests {
    @Test func distanceCountsSwapsAsOneEdit() {
        #expect(Suggestion.distance("--frmat", "--format") == 1)
        #expect(Suggestion.distance("valdiate", "validate") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("same", "same") == 0)
    }

    @Test func closestStaysWithinTheLimit() {
        #expect(Suggestion.closest(to: "valdate", among: ["validate", "schema", "help"]) == "validate")
        #expect(Suggestion.closest(to: "deploy", among: ["validate", "schema", "help"]) == nil)
    }
}
