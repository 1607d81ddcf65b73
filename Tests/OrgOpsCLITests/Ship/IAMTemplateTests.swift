import AWSServices
import Foundation
import Testing

/// The IAM templates of `Manifests/iam/` against the operation table the code calls AWS through.
///
/// The table cannot miss a call (every typed method goes through an `Operation` case), so a
/// template that matches it grants exactly what orgops uses: a new operation without a template
/// change fails here rather than as AccessDenied in someone's estate.
@Suite struct IAMTemplateTests {
    /// The dependent actions AWS documents for the operations (not API calls of orgops itself).
    static let dependentActions: Set<String> = [
        "iam:PassRole", "iam:CreateServiceLinkedRole",
        "iam:AttachRolePolicy", "iam:CreateRole", "iam:DeleteRole", "iam:DeleteRolePolicy", "iam:DetachRolePolicy",
        "iam:GetRole", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:PutRolePolicy", "iam:UpdateRole",
        "iam:UpdateRoleDescription", "iam:PutRolePermissionsBoundary", "iam:DeleteRolePermissionsBoundary",
    ]

    @Test func theManagementRoleGrantsExactlyTheTableAndTheDocumentedDependentActions() throws {
        let template = try CloudFormationTemplate(path: "Manifests/iam/management-account-role.json")
        let operations = try template.actions(ofStatement: "OrgOpsOperations")
        let table = AWSOperationTable.iamActions
        let missing = Set(table).subtracting(operations).sorted()
        let extra = Set(operations).subtracting(table).sorted()
        #expect(operations == table, "differs from AWSOperationTable.iamActions: missing \(missing), extra \(extra)")
        let dependent = try template.allActions().subtracting(operations)
        #expect(dependent == Self.dependentActions)
        #expect(try template.actions(ofStatement: "PassStackSetAdministrationRole") == ["iam:PassRole"])
    }

    @Test func thePlanRoleGrantsOnlyTheTablesReadOperations() throws {
        let template = try CloudFormationTemplate(path: "Manifests/iam/management-account-plan-role.json")
        let reads = AWSOperationTable.all.filter { operation in
            ["List", "Describe", "Get"].contains { operation.name.hasPrefix($0) }
        }.map(\.iamAction)
        #expect(!reads.isEmpty)
        #expect(try template.actions(ofStatement: "OrgOpsOperations") == reads)
        #expect(try template.allActions() == Set(reads))
    }

    @Test func bothManagementRolesTrustTheOperatorOnlyWithTheExternalId() throws {
        for path in ["Manifests/iam/management-account-role.json", "Manifests/iam/management-account-plan-role.json"] {
            let template = try CloudFormationTemplate(path: path)
            let trust = try template.trustStatement()
            #expect(trust.contains("sts:ExternalId"), "\(path) trusts without an external ID")
            #expect(trust.contains("OperatorRoleArn"), "\(path) does not trust the operator role parameter")
            #expect(template.parameterIsNoEcho("ExternalId"), "\(path) echoes the external ID")
        }
    }

    @Test func theOperatorRoleMayOnlyAssumeAndTagSessions() throws {
        let template = try CloudFormationTemplate(path: "Manifests/iam/operator-role-eks.json")
        #expect(try template.allActions() == ["sts:AssumeRole", "sts:TagSession"])
        let trust = try template.trustStatement()
        #expect(trust.contains("sts:AssumeRoleWithWebIdentity"))
        #expect(trust.contains("system:serviceaccount:${Namespace}:${ServiceAccountName}"))
    }
}
