/// Renders diagnostics for people (compiler-style text) and for machines (JSON).
///
/// The text form is what a pull-request comment or a terminal shows:
///
///     accounts/shop.yaml:7:3: error: unknown field 'organisationalUnit' in Account spec; did you mean 'organizationalUnit'? [unknown-field]
///       organisationalUnit: /Workloads
///       ^
///
/// followed by `note:` lines for related places and a summary line. Both
/// forms sort the findings (`Diagnostic.reportOrder`) so output is stable.
public enum DiagnosticRenderer {
    /// Renders compiler-style text with source snippets and carets, plus a summary line.
    /// - Parameters:
    ///   - diagnostics: the findings, in any order.
    ///   - sources: file path → text, used for snippets; a file missing here is rendered without one.
    public static func text(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        var lines = SourceLines(sources: sources)
        var out = ""
        for diagnostic in diagnostics.sortedForReport() {
            out += header(diagnostic.location, diagnostic.severity.rawValue, diagnostic.message + " [\(diagnostic.code)]")
            out += lines.snippet(at: diagnostic.location)
            for note in diagnostic.related {
                out += header(note.location, "note", note.message)
                out += lines.snippet(at: note.location)
            }
        }
        out += summary(diagnostics) + "\n"
        return out
    }

    /// The summary line, such as `2 errors, 1 warning`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// Renders JSON for `--format json`: an object with `diagnostics` (each with `severity`, `code`,
    /// `message`, `file`, `line`, `column` and `related`), `errors` and `warnings`. Field names are stable.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForReport()
        let items = sorted.map { d -> String in
            var fields = ["\"severity\":\(quote(d.severity.rawValue))", "\"code\":\(quote(d.code))",
                          "\"message\":\(quote(d.message))"]
            fields += locationFields(d.location)
            let related = d.related.map { note in
                "{" + (locationFields(note.location) + ["\"message\":\(quote(note.message))"]).joined(separator: ",") + "}"
            }
            fields.append("\"related\":[" + related.joined(separator: ",") + "]")
            return "{" + fields.joined(separator: ",") + "}"
        }
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.filter { $0.severity == .warning }.count
        return "{\"diagnostics\":[" + items.joined(separator: ",") + "],\"errors\":\(errors),\"warnings\":\(warnings)}"
    }

    private static func header(_ location: SourceLocation?, _ label: String, _ message: String) -> String {
        if let location { return "\(location): \(label): \(message)\n" }
        return "\(label): \(message)\n"
    }

    private static func locationFields(_ location: SourceLocation?) -> [String] {
        guard let location else { return ["\"file\":null", "\"line\":null", "\"column\":null"] }
        return ["\"file\":\(quote(location.file))", "\"line\":\(location.line)", "\"column\":\(location.column)"]
    }

    /// JSON string literal with the escapes RFC 8259 requires.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Source texts split into lines on demand, for snippets.
private struct SourceLines {
    let sources: [String: String]
    var cache: [String: [Substring]] = [:]

    init(sources: [String: String]) { self.sources = sources }

    /// The source line and a caret under the column; empty when the line is unknown.
    mutating func snippet(at location: SourceLocation?) -> String {
        guard let location, let text = sources[location.file] else { return "" }
        let fileLines: [Substring]
        if let cached = cache[location.file] {
            fileLines = cached
        } else {
            fileLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            cache[location.file] = fileLines
        }
        guard location.line >= 1, location.line <= fileLines.count else { return "" }
        var line = String(fileLines[location.line - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        // Keep tabs in the caret line's indent so the caret lines up in any tab width.
        var caretIndent = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < location.column - 1 {
            caretIndent.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        let missing = max(0, location.column - 1 - line.unicodeScalars.count)
        caretIndent += String(repeating: " ", count: missing)
        return line + "\n" + caretIndent + "^\n"
    }
}
