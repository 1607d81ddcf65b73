/// Where in the repository a finding points: a file and a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path relative to the repository root, with `/` separators.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// One finding of validation, compiler-style.
///
/// Validation collects every finding of a revision rather than throwing the
/// first, so a pull request shows all of its mistakes at once.
public struct Diagnostic: Sendable, Hashable {
    /// How bad the finding is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        public static func < (a: Severity, b: Severity) -> Bool {
            a.rank < b.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// A stable machine code such as `unknown-field`; documented, never reworded.
    public var code: String
    /// The message a person acts on, lower-case, quoting the offending value.
    public var message: String
    /// Where it points, when it points somewhere.
    public var location: SourceLocation?
    /// Further locations (such as the first of two duplicate keys), each with a note.
    public var related: [(location: SourceLocation, message: String)]

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, location: SourceLocation?,
                related: [(location: SourceLocation, message: String)] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.related = related
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.code == b.code && a.message == b.message && a.location == b.location
            && a.related.map { "\($0.location)\($0.message)" } == b.related.map { "\($0.location)\($0.message)" }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(location)
    }
}
