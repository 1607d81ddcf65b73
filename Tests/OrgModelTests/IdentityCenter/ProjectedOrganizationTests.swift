import OrgModel
import Testing

@Suite struct ProjectedOrganizationTests {
    typealias F = IdentityCenterFixture

    @Test func declaredAccountsSitAtTheirDesiredOUAndCreatedOnesAreIncludedByName() {
        var desired = F.desired()
        desired.accounts[0].organizationalUnit = "/Sandbox"
        desired.accounts.append(F.account("new", id: nil, ou: "/Workloads/Prod"))
        let projection = ProjectedOrganization(desired: desired, live: F.live())
        let prod = projection.account(AccountRef(name: "prod", accountId: nil))
        #expect(prod?.path == "/Sandbox")
        #expect(prod?.livePath == "/Workloads/Prod")
        #expect(prod?.changesPlace == true)
        let created = projection.account(AccountRef(name: "new", accountId: nil))
        #expect(created?.id == nil)
        #expect(created?.origin == .created)
        #expect(projection.accounts(under: "/Workloads").map(\.key) == ["tools", "new"])
        #expect(projection.accounts(under: "/Sandbox").map(\.key).sorted() == ["dev", "prod"])
    }

    @Test func undeclaredAccountsStayAtTheirLiveParentAndOUTargetsAreRecursive() {
        let stray = LiveAccount(id: "300000000009", name: "stray", email: "stray@example.com", status: "ACTIVE",
                                parentId: F.prod, tags: [:])
        let projection = ProjectedOrganization(desired: F.desired(), live: F.live(extra: [stray]))
        #expect(projection.account(id: "300000000009")?.origin == .undeclared)
        #expect(projection.accounts(under: "/Workloads").map(\.key) == ["tools", "300000000009", "prod"])
        #expect(projection.accounts(under: "/").count == 4)
        #expect(projection.accounts(under: "/Work").isEmpty)
    }

    @Test func ignoredSubtreesAndInactiveAccountsStayAsTheyAre() {
        var desired = F.desired()
        desired.organizationalUnits[0].ignore = true
        var live = F.live(extra: [LiveAccount(id: "300000000008", name: "hidden", email: "h@example.com", status: "ACTIVE",
                                              parentId: F.sandbox, tags: nil)])
        live.accounts[0].status = "SUSPENDED"
        desired.accounts[0].organizationalUnit = "/Sandbox"
        let projection = ProjectedOrganization(desired: desired, live: live)
        #expect(projection.account(id: "300000000008")?.origin == .ignored)
        let suspended = projection.account(AccountRef(name: "prod", accountId: nil))
        #expect(suspended?.active == false)
        #expect(suspended?.path == "/Workloads/Prod")
    }

    @Test func accountsMatchByEmailWhenNoIdIsPinned() {
        let desired = F.desired(accounts: [F.account("prod", id: nil, ou: "/Sandbox")])
        let projection = ProjectedOrganization(desired: desired, live: F.live())
        #expect(projection.account(AccountRef(name: "prod", accountId: nil))?.id == "200000000001")
        #expect(projection.account(AccountRef(name: nil, accountId: "200000000002"))?.origin == .undeclared)
        #expect(projection.knows(path: "/Workloads/Prod"))
        #expect(!projection.knows(path: "/Nowhere"))
    }
}
