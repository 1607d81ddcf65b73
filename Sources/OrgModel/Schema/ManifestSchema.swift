/// The one declarative description of the manifest format (v1).
///
/// The loader's checks (unknown fields, types, required fields, enums,
/// patterns, lengths) and the published JSON Schema (`jsonSchema()`) are both
/// derived from `objects`, so the two cannot disagree. Rules that span fields
/// or documents (cross-references, limits) live in the validator.
public enum ManifestSchema {
    /// The only supported `apiVersion`.
    public static let apiVersion = "orgops/v1"

    /// The kinds of v1, in documentation order.
    public static let kinds = ["Organization", "Account", "Policy", "StackSet", "PermissionSet", "AccountAssignment"]

    /// Kinds that may use `metadata.organizations` to replicate into several organizations.
    public static let replicableKinds: Set<String> = ["Policy", "StackSet", "PermissionSet", "AccountAssignment"]

    /// Every named object type, by definition name.
    public static let objects: [String: ObjectSchema] = {
        var all: [String: ObjectSchema] = [:]
        for object in envelopeObjects + organizationObjects + accountAndPolicyObjects + stackSetObjects + identityCenterObjects {
            all[object.name] = object
        }
        return all
    }()

    /// The definition name of a kind's whole document (`AccountManifest`).
    public static func manifestObjectName(kind: String) -> String { kind + "Manifest" }

    static let tags = SchemaType.map(key: .tagKey, value: .string(.tagValue), maxItems: 50)
    static let stringList = SchemaType.list(.string(.any), maxItems: nil)

    private static var envelopeObjects: [ObjectSchema] {
        var list: [ObjectSchema] = kinds.map { kind in
            ObjectSchema(
                name: manifestObjectName(kind: kind), title: "\(kind) manifest",
                doc: "An orgops \(kind) manifest: the Kubernetes-style envelope around a \(kind) spec.",
                fields: [
                    FieldSchema("apiVersion", .enumeration([apiVersion]), required: true,
                                doc: "The manifest format version; 'orgops/v1' is the only one."),
                    FieldSchema("kind", .enumeration([kind]), required: true, doc: "The kind of resource this manifest declares."),
                    FieldSchema("metadata", .object(kind == "Organization" ? "OrganizationMetadata" : "Metadata"), required: true,
                                doc: "Name and organization membership."),
                    FieldSchema("spec", .object(kind + "Spec"), required: true, doc: "The desired state of the \(kind)."),
                ])
        }
        list.append(ObjectSchema(
            name: "OrganizationMetadata", title: "metadata", doc: "Names the Organization.",
            fields: [
                FieldSchema("name", .string(.resourceName), required: true,
                            doc: "Logical name of the organization, referenced by other manifests' metadata.organization."),
                FieldSchema("labels", .map(key: .any, value: .string(.any), maxItems: nil), doc: "Free labels for tooling; orgops ignores them."),
                FieldSchema("annotations", .map(key: .any, value: .string(.any), maxItems: nil), doc: "Free annotations for tooling; orgops ignores them."),
            ]))
        list.append(ObjectSchema(
            name: "Metadata", title: "metadata", doc: "Names the resource and says which organization(s) it belongs to.",
            fields: [
                FieldSchema("name", .string(.resourceName), required: true,
                            doc: "Logical name, 1-128 of [A-Za-z0-9._-], unique per (organization, kind); the AWS name unless the spec gives one."),
                FieldSchema("organization", .string(.resourceName),
                            doc: "The Organization manifest (by name) this resource belongs to. Exactly one of organization/organizations."),
                FieldSchema("organizations", .list(.string(.organizationReference), maxItems: nil),
                            doc: "Replicates the resource into each listed organization ([\"*\"] = all); Policy, StackSet, PermissionSet and AccountAssignment only."),
                FieldSchema("labels", .map(key: .any, value: .string(.any), maxItems: nil), doc: "Free labels for tooling; orgops ignores them."),
                FieldSchema("annotations", .map(key: .any, value: .string(.any), maxItems: nil), doc: "Free annotations for tooling; orgops ignores them."),
            ]))
        return list
    }
}
