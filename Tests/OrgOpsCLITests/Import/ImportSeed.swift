import Foundation

/// The estate the round trip imports: the plan tests' estate (OUs two deep, three accounts, an SCP
/// and a tag policy with targets) plus a delegated administrator, a second trusted service and a
/// second SCP attached to the root and to one account.
extension ImportRoundTripTests {
    static func seed(management: String) -> [String: String] {
        var files = PlanEstate(management: management).files
        files["organizations/acme.yaml"] = files["organizations/acme.yaml"]?
            .replacingOccurrences(of: "    - sso.amazonaws.com\n", with: """
                    - sso.amazonaws.com
                    - member.org.stacksets.cloudformation.amazonaws.com
                  delegatedAdministrators:
                    - { account: log-archive, servicePrincipal: member.org.stacksets.cloudformation.amazonaws.com }

                """)
        files["policies/deny-leaving.json"] = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}]}

            """
        files["policies/deny-leaving.yaml"] = """
            apiVersion: orgops/v1
            kind: Policy
            metadata:
              name: deny-leaving
              organization: acme
            spec:
              type: SERVICE_CONTROL_POLICY
              description: No account leaves on its own
              documentFile: deny-leaving.json
              tags: { owner: secops }
              targets:
                - root
                - account: shop-prod

            """
        return files
    }
}
