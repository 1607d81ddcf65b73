extension ManifestSchema {
    /// The JSON Schema (draft-07) of manifests, for editors (the YAML language server) and CI linters.
    ///
    /// Generated from the same `objects` the loader checks with: the top level dispatches on
    /// `kind` with `if`/`then` per kind, every object has `additionalProperties: false`, and
    /// fields carry their descriptions, enums, patterns and lengths. Rules that need more than
    /// one field (cross-references, limits) are checked only by orgops itself. The text is
    /// indented with sorted keys, so it is stable and reviewable as a committed file.
    public static func jsonSchema() -> String {
        var definitions: [(key: String, value: JSONValue)] = []
        for name in objects.keys.sorted() {
            if let object = objects[name] { definitions.append((name, objectSchema(object))) }
        }
        let dispatch: [JSONValue] = kinds.map { kind in
            obj([
                ("if", obj([("properties", obj([("kind", obj([("const", .string(kind))]))])), ("required", strings(["kind"]))])),
                ("then", ref(manifestObjectName(kind: kind))),
            ])
        }
        let root = obj([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string("https://orgops.dev/schema/orgops-v1.json")),
            ("title", .string("orgops manifest (v1)")),
            ("description", .string("A desired-state manifest of orgops: Organization, Account, Policy, StackSet, PermissionSet or AccountAssignment.")),
            ("type", .string("object")),
            ("required", strings(["apiVersion", "kind", "metadata", "spec"])),
            ("properties", obj([
                ("apiVersion", obj([("const", .string(apiVersion)), ("description", .string("The manifest format version."))])),
                ("kind", obj([("enum", strings(kinds)), ("description", .string("The kind of resource."))])),
            ])),
            ("allOf", .array(dispatch)),
            ("definitions", .sortedObject(definitions)),
        ])
        return root.prettyText
    }

    private static func objectSchema(_ object: ObjectSchema) -> JSONValue {
        var properties: [(key: String, value: JSONValue)] = []
        for field in object.fields {
            properties.append((field.name, withDescription(typeSchema(field.type), field.doc)))
        }
        var members: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("title", .string(object.title)),
            ("description", .string(object.doc)),
            ("properties", .sortedObject(properties)),
            ("additionalProperties", .bool(false)),
        ]
        let required = object.fields.filter(\.required).map(\.name)
        if !required.isEmpty { members.append(("required", strings(required))) }
        return obj(members)
    }

    private static func typeSchema(_ type: SchemaType) -> JSONValue {
        switch type {
        case .string(let rule): return obj([("type", .string("string"))] + ruleMembers(rule))
        case .boolean: return obj([("type", .string("boolean"))])
        case .integer(let min, let max):
            var members: [(String, JSONValue)] = [("type", .string("integer"))]
            if let min { members.append(("minimum", .number(String(min)))) }
            if let max { members.append(("maximum", .number(String(max)))) }
            return obj(members)
        case .enumeration(let values): return obj([("type", .string("string")), ("enum", strings(values))])
        case .list(let element, let maxItems):
            var members: [(String, JSONValue)] = [("type", .string("array")), ("items", typeSchema(element))]
            if let maxItems { members.append(("maxItems", .number(String(maxItems)))) }
            return obj(members)
        case .map(let key, let value, let maxItems):
            var members: [(String, JSONValue)] = [("type", .string("object")), ("additionalProperties", typeSchema(value))]
            let keyMembers = ruleMembers(key)
            if !keyMembers.isEmpty { members.append(("propertyNames", obj(keyMembers))) }
            if let maxItems { members.append(("maxProperties", .number(String(maxItems)))) }
            return obj(members)
        case .object(let name): return ref(name)
        case .policyDocument: return obj([("type", strings(["object", "string"]))])
        case .choice(let options): return obj([("oneOf", .array(options.map(typeSchema)))])
        }
    }

    private static func ruleMembers(_ rule: StringRule) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let min = rule.minLength, min > 0 { members.append(("minLength", .number(String(min)))) }
        if let max = rule.maxLength { members.append(("maxLength", .number(String(max)))) }
        if let pattern = rule.pattern { members.append(("pattern", .string(pattern))) }
        return members
    }

    private static func withDescription(_ schema: JSONValue, _ doc: String) -> JSONValue {
        guard case .object(let members) = schema else { return schema }
        if members.contains(where: { $0.key == "$ref" }) {
            // draft-07 ignores siblings of $ref, so wrap it to keep the description visible.
            return obj([("description", .string(doc)), ("allOf", .array([schema]))])
        }
        return .sortedObject(members + [("description", .string(doc))])
    }

    private static func obj(_ members: [(String, JSONValue)]) -> JSONValue {
        .sortedObject(members.map { (key: $0.0, value: $0.1) })
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    private static func ref(_ name: String) -> JSONValue { obj([("$ref", .string("#/definitions/" + name))]) }
}
