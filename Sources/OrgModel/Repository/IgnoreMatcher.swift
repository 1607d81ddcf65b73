/// The `.orgopsignore` matcher: gitignore syntax, evaluated against root-relative paths.
///
/// Supported, as git documents it: blank lines and `#` comments, `\#`/`\!`
/// escapes, trailing-space trimming, `!` negation (the last matching rule
/// wins), a trailing `/` (directories only), a leading or inner `/` anchoring
/// the pattern to the root (otherwise it matches at any depth), `*`, `?`,
/// `[...]` classes (with `!`/`^` negation and ranges) and `**` (any number of
/// directories). As in git, a file beneath an ignored directory cannot be
/// re-included by a later `!` rule.
public struct IgnoreMatcher: Sendable {
    private struct Rule: Sendable {
        var segments: [String]
        var negated: Bool
        var directoryOnly: Bool
    }

    private let rules: [Rule]

    /// Parses the text of an ignore file.
    public init(_ text: String) {
        var rules: [Rule] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            line = Self.trimTrailingSpaces(line)
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") {
                negated = true
                line.removeFirst()
            } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
                line.removeFirst()
            }
            var directoryOnly = false
            while line.hasSuffix("/") {
                directoryOnly = true
                line.removeLast()
            }
            if line.isEmpty { continue }
            let anchored = line.contains("/")
            if line.hasPrefix("/") { line.removeFirst() }
            var segments = line.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            if !anchored { segments.insert("**", at: 0) }
            rules.append(Rule(segments: segments, negated: negated, directoryOnly: directoryOnly))
        }
        self.rules = rules
    }

    /// True when the root-relative file path is ignored, itself or through a parent directory.
    public func isIgnored(_ path: String) -> Bool {
        if rules.isEmpty { return false }
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.isEmpty else { return false }
        for depth in 1..<parts.count where decide(Array(parts[0..<depth]), isDirectory: true) {
            return true
        }
        return decide(parts, isDirectory: false)
    }

    private func decide(_ parts: [String], isDirectory: Bool) -> Bool {
        for rule in rules.reversed() where !rule.directoryOnly || isDirectory {
            if Self.match(rule.segments[...], parts[...]) { return !rule.negated }
        }
        return false
    }

    private static func trimTrailingSpaces(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        while let last = scalars.last, last == " " {
            if scalars.count >= 2, scalars[scalars.count - 2] == "\\" {
                scalars.remove(at: scalars.count - 2)
                break
            }
            scalars.removeLast()
        }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return !path.isEmpty }
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                if remaining.isEmpty { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let head = path.first, GlobSegment.matches(first, head) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}

/// Matches one path segment against one glob segment (`*`, `?`, `[...]`, `\` escapes).
enum GlobSegment {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.unicodeScalars)
        let t = Array(text.unicodeScalars)
        return match(p, 0, t, 0)
    }

    private static func match(_ p: [Unicode.Scalar], _ pi: Int, _ t: [Unicode.Scalar], _ ti: Int) -> Bool {
        var pi = pi
        var ti = ti
        while pi < p.count {
            switch p[pi] {
            case "*":
                while pi < p.count, p[pi] == "*" { pi += 1 }
                if pi == p.count { return true }
                for start in ti...t.count where match(p, pi, t, start) { return true }
                return false
            case "?":
                if ti >= t.count { return false }
                pi += 1
                ti += 1
            case "[":
                guard ti < t.count, let (matched, next) = matchClass(p, pi, t[ti]) else {
                    if ti < t.count, p[pi] == t[ti], classEnd(p, pi) == nil {
                        pi += 1
                        ti += 1
                        continue
                    }
                    return false
                }
                if !matched { return false }
                pi = next
                ti += 1
            case "\\" where pi + 1 < p.count:
                if ti >= t.count || p[pi + 1] != t[ti] { return false }
                pi += 2
                ti += 1
            default:
                if ti >= t.count || p[pi] != t[ti] { return false }
                pi += 1
                ti += 1
            }
        }
        return ti == t.count
    }

    /// Index just past the closing `]` of a class starting at `start`, or nil when unclosed.
    private static func classEnd(_ p: [Unicode.Scalar], _ start: Int) -> Int? {
        var i = start + 1
        if i < p.count, p[i] == "!" || p[i] == "^" { i += 1 }
        if i < p.count, p[i] == "]" { i += 1 }
        while i < p.count {
            if p[i] == "]" { return i + 1 }
            i += 1
        }
        return nil
    }

    /// Whether `c` is in the class at `start`, and where the pattern continues; nil when unclosed.
    private static func matchClass(_ p: [Unicode.Scalar], _ start: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
        guard let end = classEnd(p, start) else { return nil }
        var i = start + 1
        var negate = false
        if p[i] == "!" || p[i] == "^" {
            negate = true
            i += 1
        }
        var found = false
        var first = true
        while i < end - 1 {
            let low = p[i]
            if low == "]" && !first { break }
            first = false
            if i + 2 < end - 1, p[i + 1] == "-" {
                if low.value <= c.value && c.value <= p[i + 2].value { found = true }
                i += 3
            } else {
                if low == c { found = true }
                i += 1
            }
        }
        return (found != negate, end)
    }
}
