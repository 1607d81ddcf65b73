extension ManifestSchema {
    static var identityCenterObjects: [ObjectSchema] {
        [
            ObjectSchema(
                name: "PermissionSetSpec", title: "PermissionSet spec", doc: "An IAM Identity Center permission set.",
                fields: [
                    FieldSchema("permissionSetName", .string(.permissionSetName), doc: "AWS name (1-32 of [\\w+=,.@-]); defaults to metadata.name."),
                    FieldSchema("description", .string(.permissionSetDescription), doc: "Description (Latin-1, at most 700)."),
                    FieldSchema("sessionDuration", .string(.duration), doc: "ISO-8601 duration from PT1H to PT12H (default PT1H)."),
                    FieldSchema("relayState", .string(.relayState), doc: "URL users land on after sign-in."),
                    FieldSchema("managedPolicies", .list(.string(.managedPolicyArn), maxItems: nil), doc: "AWS managed policy ARNs."),
                    FieldSchema("customerManagedPolicies", .list(.object("CustomerManagedPolicy"), maxItems: nil),
                                doc: "Customer-managed policies by name and path (at most 20 together with managedPolicies)."),
                    FieldSchema("inlinePolicy", .policyDocument, doc: "Inline policy: a YAML mapping or a JSON string."),
                    FieldSchema("inlinePolicyFile", .string(.filePath), doc: "Inline policy as a JSON file, relative to this manifest's directory."),
                    FieldSchema("permissionsBoundary", .object("PermissionsBoundary"), doc: "One managed ARN or one customer-managed reference."),
                    FieldSchema("tags", .map(key: .tagKey, value: .string(.tagValue), maxItems: 50), doc: "Tags (at most 50)."),
                    FieldSchema("adopt", .boolean, doc: "Take over an existing, untagged permission set of this name (default false)."),
                ]),
            ObjectSchema(
                name: "CustomerManagedPolicy", title: "customer managed policy", doc: "A policy that must exist in each target account.",
                fields: [
                    FieldSchema("name", .string(.managedPolicyName), required: true, doc: "IAM policy name."),
                    FieldSchema("path", .string(.iamPath), doc: "IAM path (default '/')."),
                ]),
            ObjectSchema(
                name: "PermissionsBoundary", title: "permissionsBoundary", doc: "The permissions boundary of a permission set.",
                fields: [
                    FieldSchema("managedPolicyArn", .string(.managedPolicyArn), doc: "An AWS managed policy."),
                    FieldSchema("customerManagedPolicy", .object("CustomerManagedPolicy"), doc: "A customer-managed policy."),
                ]),
            ObjectSchema(
                name: "AccountAssignmentSpec", title: "AccountAssignment spec",
                doc: "Grants a permission set to a group or user in accounts.",
                fields: [
                    FieldSchema("permissionSet", .string(.resourceName), required: true, doc: "The PermissionSet manifest, by metadata.name."),
                    FieldSchema("principal", .object("Principal"), required: true, doc: "{group: name} or {user: user name}."),
                    FieldSchema("targets", .object("AssignmentTargets"), required: true, doc: "Where the grant applies."),
                ]),
            ObjectSchema(
                name: "Principal", title: "principal", doc: "An Identity Store group or user, resolved by display name / user name.",
                fields: [
                    FieldSchema("group", .string(StringRule(minLength: 1, maxLength: 1024)), doc: "Group display name."),
                    FieldSchema("user", .string(StringRule(minLength: 1, maxLength: 128)), doc: "User name."),
                ]),
            ObjectSchema(
                name: "AssignmentTargets", title: "targets", doc: "OUs (recursively, now and later) and accounts.",
                fields: [
                    FieldSchema("organizationalUnits", .list(.string(.ouPath), maxItems: nil), doc: "Every account beneath, recursively."),
                    FieldSchema("accounts", .list(.string(.accountReference), maxItems: nil), doc: "Accounts by name or ID."),
                    FieldSchema("excludeAccounts", .list(.string(.accountReference), maxItems: nil), doc: "Accounts to leave out."),
                ]),
        ]
    }
}
