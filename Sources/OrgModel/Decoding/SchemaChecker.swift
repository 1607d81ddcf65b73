import OperatorSupport
import YAML

/// Checks YAML nodes against the declarative schema and produces the typed `Checked` tree.
///
/// Every problem becomes a diagnostic and checking goes on, so one run
/// reports all mistakes of a document. Typing follows the schema only: a
/// string field takes the scalar's text as written (`012345678901`, `no`,
/// `1e3` stay strings); a boolean field accepts only `true`/`false`; an integer field only
/// a plain decimal. Decision: an explicit null (`key:` or `key: ~`) on an optional field means
/// the field is absent; on a required one it is an error (`missing-value`), never "unset".
struct SchemaChecker {
    let file: String
    /// Whether `${organization.*}` variables may appear (not in Organization manifests).
    let allowVariables: Bool
    var diagnostics: [Diagnostic] = []
    /// Whether any string used `${organization.*}`; documents without variables skip substitution.
    var usesVariables = false

    init(file: String, allowVariables: Bool) {
        self.file = file
        self.allowVariables = allowVariables
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.start.line, column: node.start.column)
    }

    /// Checks a mapping against a named object; nil when the node is not a mapping.
    mutating func check(_ node: Node, object name: String, field: FieldLabel) -> Checked? {
        guard let schema = ManifestSchema.objects[name] else { return nil }
        guard let pairs = node.mapping else {
            wrongType(node, expected: "a mapping", field: field)
            return nil
        }
        var fields: [Checked.Field] = []
        fields.reserveCapacity(pairs.count)
        // A misspelt required field is reported once, as the misspelling, not again as missing.
        var suggested = Set<String>()
        // Declared fields present as keys (null or not), by index: decides "missing-field" without rescanning.
        var present = FieldSet(count: schema.fields.count)
        for pair in pairs {
            guard case .scalar(let keyScalar) = pair.key.value else {
                diagnostics.append(.error("invalid-key", "keys in \(schema.title) must be strings, not a \(pair.key.kindName)",
                                          at: location(pair.key)))
                continue
            }
            let key = keyScalar.text
            guard let fieldIndex = schema.fieldIndex(key) else {
                let names = schema.fields.map(\.name)
                let suggestion = NameSuggestion.nearest(to: key, in: names)
                if let suggestion { suggested.insert(suggestion) }
                let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; valid fields are " + names.joined(separator: ", ")
                diagnostics.append(.error("unknown-field", "unknown field '\(key)' in \(schema.title)\(hint)", at: location(pair.key)))
                continue
            }
            present.insert(fieldIndex)
            let fieldSchema = schema.fields[fieldIndex]
            if Self.isNull(pair.value) {
                if fieldSchema.required {
                    diagnostics.append(.error("missing-value", "field '\(key)' in \(schema.title) has no value",
                                              at: location(pair.value.scalar?.text.isEmpty == true ? pair.key : pair.value)))
                }
                continue
            }
            fields.append(Checked.Field(key: key, value: check(pair.value, type: fieldSchema.type, field: .field(key, in: schema.title))
                ?? Checked(content: .invalid, location: location(pair.value))))
        }
        for (index, fieldSchema) in schema.fields.enumerated() where fieldSchema.required && !present.contains(index)
            && !suggested.contains(fieldSchema.name) {
            diagnostics.append(.error("missing-field", "missing required field '\(fieldSchema.name)' in \(schema.title)", at: location(node)))
        }
        return Checked(content: .object(fields), location: location(node))
    }

    /// Checks a node against a type. `field` names it in messages: "'email' in Account spec".
    mutating func check(_ node: Node, type: SchemaType, field: FieldLabel) -> Checked? {
        switch type {
        case .string(let rule):
            guard let scalar = node.scalar else { return wrongType(node, expected: "a string", field: field) }
            checkString(scalar, rule: rule, node: node, field: field)
            return Checked(content: .string(scalar.text), location: location(node))
        case .boolean:
            guard let scalar = node.scalar else { return wrongType(node, expected: "true or false", field: field) }
            if scalar.style == .plain, scalar.text == "true" || scalar.text == "false" {
                return Checked(content: .bool(scalar.text == "true"), location: location(node))
            }
            let written = scalar.style == .plain ? "'\(scalar.text)'" : "the quoted string '\(scalar.text)'"
            diagnostics.append(.error("invalid-boolean", "field \(field) must be true or false, not \(written)", at: location(node)))
            return nil
        case .integer(let min, let max):
            guard let scalar = node.scalar else { return wrongType(node, expected: "an integer", field: field) }
            guard scalar.style == .plain, let value = Int(scalar.text) else {
                diagnostics.append(.error("invalid-integer", "field \(field) must be an integer, not '\(scalar.text)'", at: location(node)))
                return nil
            }
            if let min, value < min { return outOfRange(node, value, min, max, field) }
            if let max, value > max { return outOfRange(node, value, min, max, field) }
            return Checked(content: .int(value), location: location(node))
        case .enumeration(let values):
            guard let scalar = node.scalar else { return wrongType(node, expected: "a string", field: field) }
            guard values.contains(scalar.text) else {
                let hint = NameSuggestion.nearest(to: scalar.text, in: values).map { "; did you mean '\($0)'?" }
                    ?? "; valid values are " + values.joined(separator: ", ")
                diagnostics.append(.error("invalid-value", "invalid value '\(scalar.text)' for field \(field)\(hint)", at: location(node)))
                return nil
            }
            return Checked(content: .string(scalar.text), location: location(node))
        case .list(let element, let maxItems):
            guard let items = node.sequence else { return wrongType(node, expected: "a list", field: field) }
            if let maxItems, items.count > maxItems {
                diagnostics.append(.error("too-many-items", "field \(field) has \(items.count) items; at most \(maxItems) are allowed",
                                          at: location(node)))
            }
            var checked: [Checked] = []
            for item in items {
                if Self.isNull(item) {
                    diagnostics.append(.error("missing-value", "an item of field \(field) has no value", at: location(item)))
                } else if let value = check(item, type: element, field: field) {
                    checked.append(value)
                }
            }
            return Checked(content: .list(checked), location: location(node))
        case .map(let keyRule, let valueType, let maxItems):
            return checkMap(node, keyRule: keyRule, valueType: valueType, maxItems: maxItems, field: field)
        case .object(let name):
            return check(node, object: name, field: field)
        case .policyDocument:
            return checkPolicyDocument(node, field: field)
        case .choice(let options):
            let wanted: SchemaType? = options.first { option in
                switch option {
                case .object, .map: node.mapping != nil
                case .list: node.sequence != nil
                default: node.scalar != nil
                }
            }
            guard let wanted else { return wrongType(node, expected: type.noun, field: field) }
            return check(node, type: wanted, field: field)
        }
    }

    private mutating func checkMap(_ node: Node, keyRule: StringRule, valueType: SchemaType, maxItems: Int?, field: FieldLabel) -> Checked? {
        guard let pairs = node.mapping else { return wrongType(node, expected: "a mapping", field: field) }
        if let maxItems, pairs.count > maxItems {
            diagnostics.append(.error("too-many-items", "field \(field) has \(pairs.count) entries; at most \(maxItems) are allowed",
                                      at: location(node)))
        }
        // Entry labels share the map's own, kept in parts: rendered only for a message.
        let base = field.asParent
        var fields: [Checked.Field] = []
        fields.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = pair.key.scalar else {
                diagnostics.append(.error("invalid-key", "keys of field \(field) must be strings", at: location(pair.key)))
                continue
            }
            checkString(key, rule: keyRule, node: pair.key, field: .key(of: base))
            if Self.isNull(pair.value), case .string(let rule) = valueType, (rule.minLength ?? 0) == 0 {
                fields.append(Checked.Field(key: key.text, value: Checked(content: .string(""), location: location(pair.value))))
                continue
            }
            if let value = check(pair.value, type: valueType, field: .entry(key.text, of: base)) {
                fields.append(Checked.Field(key: key.text, value: value))
            }
        }
        return Checked(content: .object(fields), location: location(node))
    }

    private mutating func checkPolicyDocument(_ node: Node, field: FieldLabel) -> Checked? {
        if let scalar = node.scalar {
            do throws(JSONParseError) {
                _ = try JSONParser.parse(scalar.text)
            } catch {
                diagnostics.append(.error("invalid-json", "field \(field) is not valid JSON: \(error.message) (line \(error.line), column \(error.column) of the document)",
                                          at: location(node)))
                return nil
            }
            checkVariables(scalar.text, node: node)
            return Checked(content: .string(scalar.text), location: location(node))
        }
        guard node.mapping != nil else { return wrongType(node, expected: "a mapping or a JSON string", field: field) }
        return Checked(content: .json(json(from: node)), location: location(node))
    }

    /// YAML → JSON for inline documents: the YAML 1.2 core schema decides scalar types here,
    /// because the document is JSON (plain `true`, `false`, `null` and numbers keep their JSON
    /// types; everything else, and anything quoted, is a string).
    private mutating func json(from node: Node) -> JSONValue {
        switch node.value {
        case .scalar(let scalar):
            checkVariables(scalar.text, node: node)
            guard scalar.style == .plain else { return .string(scalar.text) }
            if Self.isNull(node) { return .null }
            if scalar.text == "true" || scalar.text == "false" { return .bool(scalar.text == "true") }
            if case .number = (try? JSONParser.parse(scalar.text)) ?? .null { return .number(scalar.text) }
            return .string(scalar.text)
        case .sequence(let items):
            return .array(items.map { json(from: $0) })
        case .mapping(let pairs):
            return .sortedObject(pairs.map { (key: $0.key.scalar?.text ?? "", value: json(from: $0.value)) })
        }
    }

    private mutating func checkString(_ scalar: Scalar, rule: StringRule, node: Node, field: FieldLabel) {
        let text = scalar.text
        let length = StringRule.scalarCount(text)
        if let min = rule.minLength, length < min {
            let what = length == 0 ? "is empty" : "is \(length) characters long"
            diagnostics.append(.error("too-short", "field \(field) \(what); at least \(min) \(min == 1 ? "is" : "are") required",
                                      at: location(node)))
        } else if let max = rule.maxLength, length > max {
            diagnostics.append(.error("too-long", "field \(field) is \(length) characters long; at most \(max) are allowed",
                                      at: location(node)))
        } else if let check = rule.check, !check(text) {
            let expectation = rule.expectation.map { ": \($0)" } ?? ""
            diagnostics.append(.error("invalid-format", "invalid value '\(Self.clip(text))' for field \(field)\(expectation)",
                                      at: location(node)))
        }
        if rule.warnsUnquotedAccountId, scalar.style == .plain, StringRule.isAccountId(text) {
            diagnostics.append(.warning("unquoted-account-id",
                                        "quote the account id \(text) as \"\(text)\": YAML tools that guess types read it as a number and may drop or change digits",
                                        at: location(node)))
        }
        checkVariables(text, node: node)
    }

    private mutating func checkVariables(_ text: String, node: Node) {
        guard Substitution.mayContainVariable(text), text.contains(Substitution.prefix) else { return }
        usesVariables = true
        if !allowVariables {
            diagnostics.append(.error("variable-not-allowed",
                                      "variables such as '${organization.name}' are not substituted in Organization manifests",
                                      at: location(node)))
            return
        }
        for name in Substitution.unknownVariables(in: text) {
            let hint = NameSuggestion.nearest(to: name, in: Substitution.variables).map { "; did you mean '${organization.\($0)}'?" }
                ?? "; valid are ${organization.name}, ${organization.managementAccountId} and ${organization.region}"
            diagnostics.append(.error("unknown-variable", "unknown variable '${organization.\(name)}'\(hint)", at: location(node)))
        }
    }

    @discardableResult
    private mutating func wrongType(_ node: Node, expected: String, field: FieldLabel) -> Checked? {
        diagnostics.append(.error("wrong-type", "field \(field) must be \(expected), not a \(node.kindName)", at: location(node)))
        return nil
    }

    private mutating func outOfRange(_ node: Node, _ value: Int, _ min: Int?, _ max: Int?, _ field: FieldLabel) -> Checked? {
        let range = switch (min, max) {
        case (let lo?, let hi?): "between \(lo) and \(hi)"
        case (let lo?, nil): "at least \(lo)"
        case (nil, let hi?): "at most \(hi)"
        default: "in range"
        }
        diagnostics.append(.error("out-of-range", "field \(field) must be \(range), not \(value)", at: location(node)))
        return nil
    }

    /// `Node.isNull` without its per-call allocation: this runs for every node of every manifest.
    static func isNull(_ node: Node) -> Bool {
        if node.tag == "tag:yaml.org,2002:null" { return true }
        guard node.tag == nil, case .scalar(let s) = node.value, s.style == .plain else { return false }
        switch s.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Long values are shortened in messages so a line stays readable.
    static func clip(_ text: String) -> String {
        text.unicodeScalars.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
