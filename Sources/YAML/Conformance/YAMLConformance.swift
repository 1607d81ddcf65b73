/// Runs cases laid out like the YAML test suite (`in.yaml`, with `in.json` or `error`) through the parser.
///
/// Shared by the `yaml-conformance` executable and the YAML test suite so both measure the same
/// thing. The module does no I/O, so listing directories and reading files are passed in.
public enum YAMLConformance {
    /// How a case is judged.
    public enum Category: String, Sendable {
        /// Valid, with the expected value in `in.json`: must parse and match it.
        case validWithJSON = "valid-with-json"
        /// Marked `error`: must be rejected.
        case error
        /// Valid but not JSON-representable: must parse.
        case other
    }

    /// One case's input.
    public struct Case: Sendable {
        /// The case id, e.g. `2SXE` or `DE56/03`.
        public var id: String
        /// The bytes of `in.yaml`.
        public var yaml: [UInt8]
        /// The bytes of `in.json`, when present.
        public var json: [UInt8]?
        /// Whether the case has an `error` file.
        public var expectsError: Bool

        /// Creates a case.
        public init(id: String, yaml: [UInt8], json: [UInt8]?, expectsError: Bool) {
            self.id = id
            self.yaml = yaml
            self.json = json
            self.expectsError = expectsError
        }

        /// The case's category.
        public var category: Category { expectsError ? .error : json != nil ? .validWithJSON : .other }
    }

    /// One case's verdict.
    public struct Outcome: Sendable {
        /// The case id.
        public var id: String
        /// The case's category.
        public var category: Category
        /// Whether the parser did what the case expects.
        public var passed: Bool
        /// Why it failed (nil when it passed).
        public var reason: String?
    }

    /// All verdicts, with per-category counts.
    public struct Summary: Sendable {
        /// Every case's outcome, in the order run.
        public var outcomes: [Outcome]

        /// Passed and total counts of one category.
        public func counts(_ category: Category) -> (passed: Int, total: Int) {
            let inCategory = outcomes.filter { $0.category == category }
            return (inCategory.filter(\.passed).count, inCategory.count)
        }

        /// Cases passed overall.
        public var passed: Int { outcomes.filter(\.passed).count }
        /// Cases failed overall.
        public var failed: Int { outcomes.count - passed }

        /// The report: one line per failing case, the per-category counts, then `N passed, M failed`.
        public var reportLines: [String] {
            var lines = outcomes.filter { !$0.passed }.map { "\($0.id): \($0.reason ?? "failed")" }
            for category in [Category.validWithJSON, .error, .other] {
                let (passed, total) = counts(category)
                lines.append("\(category.rawValue): \(passed)/\(total)")
            }
            lines.append("\(passed) passed, \(failed) failed")
            return lines
        }
    }

    /// Finds every case under `root`: each folder with an `in.yaml`, sub-case folders included.
    /// - Parameters:
    ///   - listDirectory: the entry names of a directory, nil if it is not one.
    ///   - readFile: a file's bytes, nil if it does not exist.
    public static func discoverCases(
        root: String, listDirectory: (String) -> [String]?, readFile: (String) -> [UInt8]?
    ) -> [Case] {
        var cases: [Case] = []
        var pending: [(path: String, id: String)] = [(root, "")]
        var visited = 0
        while let (path, id) = pending.popLast(), visited < 100_000 {
            visited += 1
            guard let entries = listDirectory(path) else { continue }
            if entries.contains("in.yaml"), let yaml = readFile(path + "/in.yaml") {
                cases.append(Case(
                    id: id, yaml: yaml, json: readFile(path + "/in.json"), expectsError: entries.contains("error")))
            }
            for entry in entries.sorted().reversed() where !entry.hasPrefix(".") && !entry.contains(".") && entry != "error" {
                pending.append((path + "/" + entry, id.isEmpty ? entry : id + "/" + entry))
            }
        }
        return cases.sorted { $0.id < $1.id }
    }

    /// Runs every case.
    public static func run(_ cases: [Case]) -> Summary {
        Summary(outcomes: cases.map(run))
    }

    /// Runs one case.
    public static func run(_ testCase: Case) -> Outcome {
        let category = testCase.category
        func outcome(_ passed: Bool, _ reason: String? = nil) -> Outcome {
            Outcome(id: testCase.id, category: category, passed: passed, reason: passed ? nil : reason)
        }
        let documents: [Document]
        do {
            documents = try YAMLParser.parse(testCase.yaml)
        } catch {
            return outcome(category == .error, "rejected valid input: \(error.code) at \(error.mark): \(error.message)")
        }
        switch category {
        case .error:
            return outcome(false, "accepted invalid input (\(documents.count) document(s))")
        case .other:
            return outcome(true)
        case .validWithJSON:
            guard let expected = JSONValue.parseStream(testCase.json ?? []) else {
                return outcome(false, "in.json is not valid JSON")
            }
            var actual: [JSONValue] = []
            for document in documents {
                guard let root = document.root else {
                    actual.append(.null)
                    continue
                }
                guard let value = CoreSchemaResolver.json(root) else {
                    return outcome(false, "parsed value has no JSON form")
                }
                actual.append(value)
            }
            if actual == expected { return outcome(true) }
            return outcome(false, "value differs: expected \(clip(expected)), got \(clip(actual))")
        }
    }

    private static func clip(_ values: [JSONValue]) -> String {
        let text = "\(values)".replacingNewlines()
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
