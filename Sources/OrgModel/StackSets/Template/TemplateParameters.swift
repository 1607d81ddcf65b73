import YAML

/// The `Parameters` section of a CloudFormation template, as far as orgops needs it: which keys exist,
/// and which the template marks `NoEcho`.
///
/// Read with the project's YAML parser, which also reads JSON templates and
/// keeps short-form tags (`!Ref`, `!Sub`) on nodes instead of rejecting them,
/// so any template CloudFormation accepts can be inspected without an I/O
/// dependency. A template that does not parse yields no keys: AWS, not the
/// planner, is the judge of template validity, and nothing is wrongly shown.
public struct TemplateParameters: Sendable, Equatable {
    /// Every declared parameter key, sorted.
    public var keys: [String]
    /// The keys marked `NoEcho: true`, sorted.
    public var noEcho: Set<String>

    /// Creates a value directly (tests, fakes).
    public init(keys: [String], noEcho: Set<String>) {
        self.keys = keys.sorted()
        self.noEcho = noEcho
    }

    /// Parses the template bytes; an unparsable template gives empty results.
    public init(template: [UInt8]) {
        guard let documents = try? YAMLParser.parse(template), let root = documents.first?.root,
              let parameters = root["Parameters"]?.mapping else {
            self.init(keys: [], noEcho: [])
            return
        }
        var keys: [String] = []
        var noEcho: Set<String> = []
        for pair in parameters {
            guard let key = pair.key.scalar?.text else { continue }
            keys.append(key)
            if let flag = pair.value["NoEcho"]?.scalar?.text, ["true", "True", "TRUE"].contains(flag) {
                noEcho.insert(key)
            }
        }
        self.init(keys: keys, noEcho: noEcho)
    }

    /// The keys whose values must never be shown for `stackSet`: NoEcho ones and its secret parameters.
    public static func sensitiveKeys(of stackSet: DesiredStackSet) -> Set<String> {
        TemplateParameters(template: stackSet.templateBody).noEcho.union(stackSet.secretParameters.keys)
    }
}
