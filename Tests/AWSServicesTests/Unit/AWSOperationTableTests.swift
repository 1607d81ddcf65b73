import Testing
@testable import AWSServices

/// The operation table is what the operator's IAM policy is derived from.
@Suite struct AWSOperationTableTests {
    @Test func listsEveryActionTheReconcilersNeedWithIAMPrefixes() {
        let actions = Set(AWSOperationTable.iamActions)
        for action in [
            "organizations:CreateAccount", "organizations:DescribeCreateAccountStatus", "organizations:ListAccounts",
            "organizations:AttachPolicy", "organizations:RegisterDelegatedAdministrator",
            "organizations:ListAWSServiceAccessForOrganization",
            "sso:CreatePermissionSet", "sso:CreateAccountAssignment", "sso:ProvisionPermissionSet",
            "sso:DescribeInstanceAccessControlAttributeConfiguration",
            "identitystore:ListGroups", "identitystore:GetGroupId", "identitystore:GetUserId",
            "cloudformation:CreateStackSet", "cloudformation:DescribeStackSetOperation",
            "cloudformation:ListStackInstanceResourceDrifts",
            "sts:AssumeRole", "sts:GetCallerIdentity", "sts:AssumeRoleWithWebIdentity",
        ] {
            #expect(actions.contains(action), "missing \(action)")
        }
        #expect(!actions.contains { $0.hasPrefix("sso-admin:") }, "SSO Admin's IAM prefix is sso")
    }

    @Test func hasNoDuplicatesAndIsSorted() {
        let actions = AWSOperationTable.iamActions
        #expect(Set(actions).count == actions.count)
        #expect(actions == actions.sorted())
        #expect(actions.count == 40 + 17 + 36 + 6 + 3)
    }

    @Test func serviceNamesMatchTheClientsCounters() {
        #expect(AWSOperationTable.contains(service: "sso-admin", operation: "CreateAccountAssignment"))
        #expect(AWSOperationTable.contains(service: "organizations", operation: "ListRoots"))
        #expect(!AWSOperationTable.contains(service: "organizations", operation: "InviteAccountToOrganization"))
        #expect(SSOAdminAPI.Operation.createAccountAssignment.iamAction == "sso:CreateAccountAssignment")
    }
}
