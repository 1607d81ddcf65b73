import AWSServices
import OrgModel
import Testing

@Suite struct AssignmentReadCostTests {
    @Test func smallEstatesReadPerPermissionSetWithoutListingPrincipals() {
        let cost = AssignmentReadCost(provisionedPairs: 3, declaredPrincipals: 2)
        #expect(!cost.worthListingPrincipals)
        #expect(cost.strategy(principals: nil) == .perPermissionSet)
        #expect(cost.strategy(principals: 1) == .perPermissionSet)
    }

    @Test func manyProvisionedAccountsAndFewPrincipalsReadPerPrincipal() {
        let cost = AssignmentReadCost(provisionedPairs: 5_000, declaredPrincipals: 50)
        #expect(cost.worthListingPrincipals)
        #expect(cost.perPrincipal(principals: 60) == 110)
        #expect(cost.strategy(principals: 60) == .perPrincipal)
    }

    @Test func aLargeDirectoryKeepsThePerPermissionSetRead() {
        let cost = AssignmentReadCost(provisionedPairs: 40, declaredPrincipals: 5)
        #expect(cost.worthListingPrincipals)
        #expect(cost.strategy(principals: 2_000) == .perPermissionSet)
    }
}
