import OrgModel
import TestSupport
import Testing

/// The OU tree: pinned renames, path changes, ignored subtrees; and the organization-wide settings.
@Suite struct OrganizationDifferTreeTests {
    @Test func pinnedOUWhoseNameChangedIsRenamedInPlace() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        let sandbox = try #require(fake.organizationalUnitId(path: "/Sandbox"))
        var texts = DiffFixture.estate()
        texts["org.yaml"] = DiffFixture.organization(units: """
                - name: Workloads
                  tags: { team: platform }
                  children:
                    - { name: Prod }
                - name: Playground
                  id: \(sandbox)
            """)
        texts["sandbox.yaml"] = DiffFixture.account("sandbox-1", ou: "/Playground", tags: "{ env: dev }")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        #expect(plan.ids == ["rename organizational-unit /Playground"])
        #expect(plan.actions.first?.kind == .renameOrganizationalUnit(ou: OUReference(path: "/Playground", id: sandbox),
                                                                       name: "Playground"))
        #expect(plan.actions.first?.changes == [FieldChange(field: "name", before: "Sandbox", after: "Playground")])
    }

    @Test func changedPathIsANewOUAndTheOldOneIsDeletedAfterTheMovesOutOfIt() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate(prune: true))
        var texts = DiffFixture.estate(prune: true)
        texts["org.yaml"] = DiffFixture.organization(prune: true, units: """
                - name: Workloads
                  tags: { team: platform }
                  children:
                    - { name: Prod }
                - name: Playground
            """)
        texts["sandbox.yaml"] = DiffFixture.account("sandbox-1", ou: "/Playground", tags: "{ env: dev }")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        #expect(plan.ids == ["create organizational-unit /Playground", "move account sandbox-1",
                             "delete organizational-unit /Sandbox"])
        #expect(plan.action("move account sandbox-1")?.dependsOn == ["create organizational-unit /Playground"])
        #expect(plan.action("delete organizational-unit /Sandbox")?.dependsOn == ["move account sandbox-1"])
        guard case .moveAccount(_, _, let to) = plan.action("move account sandbox-1")?.kind else {
            Issue.record("no move")
            return
        }
        #expect(to == OUReference(path: "/Playground", id: nil), "the new OU's id is resolved at apply time")
    }

    @Test func nestedManagedOUsAreDeletedDeepestFirst() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate(prune: true))
        var texts = DiffFixture.estate(prune: true)
        texts["org.yaml"] = DiffFixture.organization(prune: true, units: "    - name: Sandbox\n")
        texts["shop.yaml"] = DiffFixture.account("shop-prod", ou: "/Sandbox")
        texts["policy.yaml"] = DiffFixture.policy("deny-delete", targets: "[{ account: shop-prod }]")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        let prod = try #require(plan.position("delete organizational-unit /Workloads/Prod"))
        let workloads = try #require(plan.position("delete organizational-unit /Workloads"))
        let move = try #require(plan.position("move account shop-prod"))
        let detach = try #require(plan.position("detach attachment deny-delete → ou /Workloads"))
        #expect(move < prod && prod < workloads && detach < workloads)
    }

    @Test func ignoredSubtreeIsNeitherChangedNorReported() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        fake.outOfBand { editor in
            editor.createOrganization(policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"])
            editor.addOrganizationalUnit("Suspended", tags: ["anything": "goes"])
            editor.addOrganizationalUnit("Deep", under: "/Suspended")
            editor.addAccount("parked", email: "parked@example.com", under: "/Suspended/Deep")
            editor.addPolicy("legacy", content: "{}", tags: ["orgops:managed-by": "acme"])
        }
        var texts = DiffFixture.estate(prune: true)
        texts["org.yaml"] = DiffFixture.organization(prune: true, units: """
                - name: Workloads
                  tags: { team: platform }
                  children:
                    - { name: Prod }
                - name: Sandbox
                - name: Suspended
                  ignore: true
            """)
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts))
        #expect(!plan.actions.contains { $0.resource.name.hasPrefix("/Suspended") || $0.resource.name == "parked" })
        #expect(plan.unmanaged.isEmpty)
        #expect(plan.action("delete policy legacy") != nil, "outside the ignored subtree prune still applies")
    }

    @Test func absentOrganizationIsCreatedFirstAndEverythingWaitsForIt() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()))
        #expect(plan.ids.first == "create organization acme")
        #expect(plan.actions.dropFirst().allSatisfy { $0.dependsOn.contains("create organization acme") })
        #expect(plan.ids.prefix(5) == ["create organization acme", "enable policy-type SERVICE_CONTROL_POLICY",
                                       "enable policy-type TAG_POLICY", "enable service-access sso.amazonaws.com",
                                       "create organizational-unit /Sandbox"])
        let policy = try #require(plan.action("create policy deny-delete"))
        #expect(policy.dependsOn.contains("enable policy-type SERVICE_CONTROL_POLICY"))
        let attach = try #require(plan.action("attach attachment deny-delete → account shop-prod"))
        #expect(Set(attach.dependsOn).isSuperset(of: ["create policy deny-delete", "create account shop-prod"]))
        for (position, action) in plan.actions.enumerated() {
            for dependency in action.dependsOn {
                #expect((plan.position(dependency) ?? Int.max) < position, "\(action.id) before \(dependency)")
            }
        }
    }

    @Test func inFlightCreateAccountIsResumedNotRequestedAgain() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        var request = ""
        fake.outOfBand { editor in
            editor.createOrganization(policyTypes: ["SERVICE_CONTROL_POLICY", "TAG_POLICY"])
            request = editor.startCreateAccount(accountName: "shop-prod")
        }
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(DiffFixture.estate()))
        let create = try #require(plan.action("create account shop-prod"))
        #expect(create.reason == .resumeCreate)
        guard case .createAccount(let account) = create.kind else {
            Issue.record("no create")
            return
        }
        #expect(account.existingRequestId == request)
    }

    @Test func policyTypesServicesAndDelegatedAdministratorsConverge() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        var texts = DiffFixture.estate()
        texts["org.yaml"] = DiffFixture.organization()
            .replacingOccurrences(of: "policyTypes: [SERVICE_CONTROL_POLICY, TAG_POLICY]",
                                  with: "policyTypes: [SERVICE_CONTROL_POLICY, BACKUP_POLICY]")
            .replacingOccurrences(of: "trustedServices: [sso.amazonaws.com]",
                                  with: "trustedServices: [securityhub.amazonaws.com]\n  delegatedAdministrators:\n"
                                      + "    - { account: sandbox-1, servicePrincipal: securityhub.amazonaws.com }")
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        #expect(plan.ids == ["enable policy-type BACKUP_POLICY", "enable service-access securityhub.amazonaws.com",
                             "register delegated-administrator securityhub.amazonaws.com sandbox-1",
                             "disable service-access sso.amazonaws.com", "disable policy-type TAG_POLICY"])
        #expect(plan.action("register delegated-administrator securityhub.amazonaws.com sandbox-1")?.dependsOn
            == ["enable service-access securityhub.amazonaws.com"])
    }

    @Test func awsManagedPolicyTargetsAreTheWholeTruthAndAttachComesBeforeDetach() async throws {
        let (fake, inventory) = try await DiffFixture.converged(DiffFixture.estate())
        var texts = DiffFixture.estate()
        texts["full.yaml"] = """
            apiVersion: orgops/v1
            kind: Policy
            metadata: { name: full-access, organization: acme }
            spec:
              type: SERVICE_CONTROL_POLICY
              awsManaged: FullAWSAccess
              targets: [root, { ou: /Workloads }, { ou: /Workloads/Prod }, { account: shop-prod }]

            """
        texts["allow.yaml"] = DiffFixture.policy("allow-list", targets: "[{ ou: /Sandbox }, { account: sandbox-1 }]",
                                                 document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}"#)
        let plan = try await DiffFixture.plan(fake, DiffFixture.desired(texts), inventory: inventory)
        let detach = try #require(plan.action("detach attachment full-access → ou /Sandbox"))
        #expect(detach.dependsOn == ["attach attachment allow-list → ou /Sandbox"])
        #expect(plan.action("detach attachment full-access → account sandbox-1") != nil)
        #expect(!plan.actions.contains { $0.id.hasPrefix("update policy full-access") || $0.id.hasPrefix("tag policy full-access") })
        #expect(plan.action("detach attachment full-access → account 111111111111") != nil,
                "accounts no manifest lists, the management account included, lose it too")
    }

    @Test func planIsDeterministic() async throws {
        let fake = InMemoryOrganization(managementAccountId: "111111111111")
        let desired = try DiffFixture.desired(DiffFixture.estate())
        let first = try await DiffFixture.plan(fake, desired)
        let second = try await DiffFixture.plan(fake, desired)
        #expect(first == second)
    }
}
