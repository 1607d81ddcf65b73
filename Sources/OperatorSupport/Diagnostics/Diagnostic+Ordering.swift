extension Diagnostic {
    /// The deterministic order of a report: findings without a place first, then by file, line and
    /// column, then severity, code and message, so the same revision always prints the same text.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (.some(let x), .some(let y)) where x != y: return x < y
        default:
            if a.severity != b.severity { return a.severity < b.severity }
            if a.code != b.code { return a.code < b.code }
            return a.message < b.message
        }
    }

    /// Creates an error (the common case, shorter at call sites).
    public static func error(_ code: String, _ message: String, at location: SourceLocation?,
                             related: [(location: SourceLocation, message: String)] = []) -> Diagnostic {
        Diagnostic(severity: .error, code: code, message: message, location: location, related: related)
    }

    /// Creates a warning.
    public static func warning(_ code: String, _ message: String, at location: SourceLocation?,
                               related: [(location: SourceLocation, message: String)] = []) -> Diagnostic {
        Diagnostic(severity: .warning, code: code, message: message, location: location, related: related)
    }
}

extension Array where Element == Diagnostic {
    /// True when at least one finding is an error, which makes a revision invalid.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The findings in report order (see `Diagnostic.reportOrder`).
    public func sortedForReport() -> [Diagnostic] { sorted(by: Diagnostic.reportOrder) }
}
