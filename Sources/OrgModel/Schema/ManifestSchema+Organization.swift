extension ManifestSchema {
    /// The policy types AWS Organizations knows (CreatePolicy.Type).
    public static let policyTypes = [
        "SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "TAG_POLICY", "BACKUP_POLICY", "AISERVICES_OPT_OUT_POLICY",
        "CHATBOT_POLICY", "DECLARATIVE_POLICY_EC2", "SECURITYHUB_POLICY", "INSPECTOR_POLICY", "UPGRADE_ROLLOUT_POLICY",
        "BEDROCK_POLICY", "S3_POLICY", "NETWORK_SECURITY_DIRECTOR_POLICY",
    ]

    static var organizationObjects: [ObjectSchema] {
        [
            ObjectSchema(
                name: "OrganizationSpec", title: "Organization spec",
                doc: "One AWS Organization: how orgops reaches it and what its shape is.",
                fields: [
                    FieldSchema("managementAccountId", .string(.accountId), required: true,
                                doc: "The 12-digit ID of the management account; quote it so other YAML tools keep it a string."),
                    FieldSchema("access", .object("OrganizationAccess"),
                                doc: "How the operator gets in (AssumeRole from its own identity); without it the operator's own credentials are used."),
                    FieldSchema("region", .string(.region), required: true,
                                doc: "Home region for Organizations, Identity Center and StackSets calls."),
                    FieldSchema("featureSet", .enumeration(["ALL", "CONSOLIDATED_BILLING"]),
                                doc: "ALL (default) or CONSOLIDATED_BILLING; policies need ALL."),
                    FieldSchema("policyTypes", .list(.enumeration(policyTypes), maxItems: nil),
                                doc: "Policy types enabled on the root. Enabling one changes the whole organization, so it is never implied by a Policy."),
                    FieldSchema("trustedServices", .list(.string(.servicePrincipal), maxItems: nil),
                                doc: "Service principals with trusted access (EnableAWSServiceAccess)."),
                    FieldSchema("delegatedAdministrators", .list(.object("DelegatedAdministrator"), maxItems: nil),
                                doc: "Member accounts registered as delegated administrators, per service principal."),
                    FieldSchema("organizationalUnits", .list(.object("OrganizationalUnit"), maxItems: nil),
                                doc: "The OU tree beneath the root, nested up to 5 levels."),
                    FieldSchema("identityCenter", .object("IdentityCenter"),
                                doc: "IAM Identity Center settings; the instance is discovered when omitted."),
                    FieldSchema("reconcile", .object("ReconcileSettings"), doc: "How orgops reconciles this organization."),
                ]),
            ObjectSchema(
                name: "OrganizationAccess", title: "access", doc: "The role orgops assumes in the management account.",
                fields: [
                    FieldSchema("roleArn", .string(.roleArn), required: true, doc: "ARN of the role to assume."),
                    FieldSchema("externalId", .string(.externalId), doc: "External ID the role's trust policy requires."),
                ]),
            ObjectSchema(
                name: "DelegatedAdministrator", title: "delegated administrator",
                doc: "A member account that administers a service for the organization.",
                fields: [
                    FieldSchema("account", .string(.accountReference), required: true,
                                doc: "The account, by metadata.name or 12-digit ID; not the management account."),
                    FieldSchema("servicePrincipal", .string(.servicePrincipal), required: true,
                                doc: "The service, such as securityhub.amazonaws.com; it must be among trustedServices."),
                ]),
            ObjectSchema(
                name: "OrganizationalUnit", title: "organizational unit", doc: "An OU and its children.",
                fields: [
                    FieldSchema("name", .string(.ouName), required: true, doc: "OU name, unique among its siblings; paths join names with '/'."),
                    FieldSchema("id", .string(.ouId), doc: "Pins the OU to an existing ID, so a changed name is a rename in place."),
                    FieldSchema("tags", tags, doc: "Tags on the OU (at most 50)."),
                    FieldSchema("ignore", .boolean, doc: "When true, orgops neither changes nor prunes anything beneath this OU."),
                    FieldSchema("children", .list(.object("OrganizationalUnit"), maxItems: nil), doc: "Child OUs."),
                ]),
            ObjectSchema(
                name: "IdentityCenter", title: "identityCenter", doc: "IAM Identity Center settings.",
                fields: [
                    FieldSchema("instanceArn", .string(.instanceArn), doc: "The instance; discovered when omitted."),
                    FieldSchema("identityStoreId", .string(StringRule(minLength: 1, maxLength: 36)), doc: "The identity store; discovered when omitted."),
                    FieldSchema("delegatedAdministrator", .string(.accountReference),
                                doc: "Manage Identity Center from this member account (by name or ID)."),
                    FieldSchema("accessControlAttributes", .list(.object("AccessControlAttribute"), maxItems: 50),
                                doc: "Attributes for access control (ABAC)."),
                ]),
            ObjectSchema(
                name: "AccessControlAttribute", title: "access control attribute", doc: "One ABAC attribute.",
                fields: [
                    FieldSchema("key", .string(StringRule(minLength: 1, maxLength: 128)), required: true, doc: "Attribute key."),
                    FieldSchema("source", .string(StringRule(minLength: 1, maxLength: 256)), required: true,
                                doc: "Where the value comes from, such as ${path:enterprise.department}."),
                ]),
            ObjectSchema(
                name: "ReconcileSettings", title: "reconcile", doc: "How orgops reconciles this organization.",
                fields: [
                    FieldSchema("prune", .boolean, doc: "Delete managed resources whose manifest was removed (default false: report them)."),
                    FieldSchema("suspend", .boolean, doc: "Observe only, change nothing (default false)."),
                ]),
        ]
    }
}
