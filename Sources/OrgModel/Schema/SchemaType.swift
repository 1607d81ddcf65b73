/// What a string field accepts beyond being a string: lengths (in Unicode scalars, as AWS
/// counts them), a pattern for the JSON Schema, and the check the loader runs.
///
/// The check is a Swift predicate rather than a regular expression evaluated at load
/// time: 10,000 accounts must validate in milliseconds. `pattern` is the same rule
/// written for editors (ECMA-262, anchored), kept next to the predicate so they are
/// reviewed together.
public struct StringRule: Sendable {
    /// Minimum length in Unicode scalars.
    public var minLength: Int?
    /// Maximum length in Unicode scalars.
    public var maxLength: Int?
    /// The rule for editors, an anchored ECMA-262 pattern; nil when no portable pattern exists.
    public var pattern: String?
    /// What a valid value looks like, for messages: "12 digits".
    public var expectation: String?
    /// The check; nil accepts any text within the lengths.
    public var check: (@Sendable (String) -> Bool)?
    /// Whether a plain (unquoted) 12-digit value earns the "quote the account id" warning: set on
    /// fields that hold account IDs, where other YAML tools would turn the ID into a number.
    public var warnsUnquotedAccountId: Bool

    /// Creates a rule.
    public init(minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil, expectation: String? = nil,
                warnsUnquotedAccountId: Bool = false, check: (@Sendable (String) -> Bool)? = nil) {
        self.warnsUnquotedAccountId = warnsUnquotedAccountId
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.expectation = expectation
        self.check = check
    }

    /// Any text.
    public static let any = StringRule()
}

/// The type of a field in the declarative manifest schema, from which both the loader's
/// checks and the published JSON Schema are derived.
public indirect enum SchemaType: Sendable {
    /// A string; any scalar is taken as its text (never implicitly typed).
    case string(StringRule)
    /// Exactly `true` or `false` (plain or quoted `yes`/`no`/`on` are errors, not booleans).
    case boolean
    /// A plain integer within bounds.
    case integer(min: Int?, max: Int?)
    /// One of the listed strings.
    case enumeration([String])
    /// A sequence of one element type.
    case list(SchemaType, maxItems: Int?)
    /// A mapping with free keys (tags, parameters).
    case map(key: StringRule, value: SchemaType, maxItems: Int?)
    /// A named object (see `ManifestSchema.objects`); named so that it can be recursive.
    case object(String)
    /// A policy document: a YAML mapping (converted to JSON) or a string of JSON.
    case policyDocument
    /// One of several types, chosen by node shape (a scalar alternative, a mapping alternative).
    case choice([SchemaType])

    /// A short name for messages: "a string", "a list".
    var noun: String {
        switch self {
        case .string, .enumeration: "a string"
        case .boolean: "a boolean (true or false)"
        case .integer: "an integer"
        case .list: "a list"
        case .map, .object: "a mapping"
        case .policyDocument: "a mapping or a JSON string"
        case .choice(let options): options.map(\.noun).joined(separator: " or ")
        }
    }
}

/// One field of an object.
public struct FieldSchema: Sendable {
    /// The key as written in YAML.
    public var name: String
    /// Its type.
    public var type: SchemaType
    /// Whether the field must be present (and not null).
    public var required: Bool
    /// What the field means, for the JSON Schema's `description` (shown by editors on hover).
    public var doc: String

    /// Creates a field.
    public init(_ name: String, _ type: SchemaType, required: Bool = false, doc: String) {
        self.name = name
        self.type = type
        self.required = required
        self.doc = doc
    }
}

/// A named object type: its fields, and the title messages use ("unknown field 'x' in Account spec").
public struct ObjectSchema: Sendable {
    /// The definition name (`AccountSpec`), also used in the JSON Schema's `definitions`.
    public var name: String
    /// The phrase messages use for it: "Account spec", "organizational unit".
    public var title: String
    /// What it is.
    public var doc: String
    /// Its fields, in documentation order.
    public var fields: [FieldSchema]
    /// Field name → index, for lookups while checking.
    let index: [String: Int]
    /// The fields' names, in order, for lookups in small objects.
    let names: [String]

    /// Creates an object schema.
    public init(name: String, title: String, doc: String, fields: [FieldSchema]) {
        self.name = name
        self.title = title
        self.doc = doc
        self.fields = fields
        var index: [String: Int] = [:]
        for (i, field) in fields.enumerated() { index[field.name] = i }
        self.index = index
        self.names = fields.map(\.name)
    }

    /// The field called `name`, if declared.
    public func field(_ name: String) -> FieldSchema? {
        fieldIndex(name).map { fields[$0] }
    }

    /// The position of the field called `name` in `fields`, if declared. Objects have a handful of
    /// fields and keys are short, so comparing names beats hashing them; large objects use the index.
    func fieldIndex(_ name: String) -> Int? {
        if fields.count > 16 { return index[name] }
        return names.withUnsafeBufferPointer { names -> Int? in
            for position in names.indices where names[position] == name { return position }
            return nil
        }
    }
}
