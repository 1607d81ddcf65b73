extension ManifestSchema {
    static var accountAndPolicyObjects: [ObjectSchema] {
        [
            ObjectSchema(
                name: "AccountSpec", title: "Account spec", doc: "A member account: where it sits and how it is tagged.",
                fields: [
                    FieldSchema("accountId", .string(.accountId),
                                doc: "Set for an existing account (quoted); absent means orgops creates the account."),
                    FieldSchema("email", .string(.email), required: true, doc: "The account's root email, unique across AWS."),
                    FieldSchema("accountName", .string(.accountName), doc: "The AWS account name; defaults to metadata.name."),
                    FieldSchema("organizationalUnit", .string(.ouPath), required: true,
                                doc: "Path of the OU the account belongs in; '/' is the root."),
                    FieldSchema("tags", tags, doc: "Tags on the account (at most 50)."),
                    FieldSchema("onRemoval", .enumeration(["release", "remove", "close"]),
                                doc: "When the manifest is removed and prune is on: release (default: untag, leave it), remove (leave the organization) or close."),
                    FieldSchema("roleName", .string(StringRule(minLength: 1, maxLength: 64, pattern: "^[\\w+=,.@-]+$",
                                                               expectation: "letters, digits and +=,.@_-", check: StringRule.isIAMNameText)),
                                doc: "Role created in a new account for the management account (default OrganizationAccountAccessRole)."),
                    FieldSchema("iamUserAccessToBilling", .enumeration(["ALLOW", "DENY"]),
                                doc: "Whether IAM users of a new account may see billing (default ALLOW)."),
                ]),
            ObjectSchema(
                name: "PolicySpec", title: "Policy spec",
                doc: "An Organizations policy and the roots, OUs and accounts it is attached to (the one source of truth for its attachments).",
                fields: [
                    FieldSchema("type", .enumeration(policyTypes),
                                doc: "Policy type; it must be among the Organization's policyTypes. Implied by awsManaged."),
                    FieldSchema("policyName", .string(StringRule(minLength: 1, maxLength: 128)), doc: "AWS name; defaults to metadata.name."),
                    FieldSchema("description", .string(StringRule(maxLength: 512)), doc: "Policy description (at most 512)."),
                    FieldSchema("document", .policyDocument, doc: "The policy document inline: a YAML mapping or a JSON string."),
                    FieldSchema("documentFile", .string(.filePath),
                                doc: "The policy document as a JSON file, relative to this manifest's directory."),
                    FieldSchema("awsManaged", .enumeration(["FullAWSAccess", "RCPFullAWSAccess"]),
                                doc: "Take over an AWS-managed policy (no document): its targets become the whole truth, so FullAWSAccess can be detached."),
                    FieldSchema("targets", .list(.choice([.enumeration(["root"]), .object("PolicyTarget")]), maxItems: nil),
                                doc: "Where the policy is attached: 'root', {ou: /Path} or {account: name-or-id}."),
                    FieldSchema("tags", tags, doc: "Tags on the policy (at most 50)."),
                ]),
            ObjectSchema(
                name: "PolicyTarget", title: "policy target", doc: "An OU (by path) or an account (by name or ID).",
                fields: [
                    FieldSchema("ou", .string(.ouPath), doc: "Attach to this OU."),
                    FieldSchema("account", .string(.accountReference), doc: "Attach to this account."),
                ]),
        ]
    }
}
