/// Hand-written matchers for the anchored patterns of `RegexPatterns` (ARNs, OU IDs, IAM paths).
///
/// Each pattern is fixed and small, so a direct scan of its bytes replaces a regular-expression
/// engine (and Foundation) in the pure module. They keep the engine's reading of the patterns
/// exactly, including one detail of `$`: it also matches before a line break that ends the
/// input, so a value with one trailing line break matches as it did with the engine.
enum PatternMatchers {
    /// `^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$`
    static func isRoleArn(_ s: String) -> Bool { anchored(s, roleArn) }

    /// `^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$`
    static func isOUId(_ s: String) -> Bool { anchored(s, ouId) }

    /// `^arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$`
    static func isInstanceArn(_ s: String) -> Bool { anchored(s, instanceArn) }

    /// `^arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9.,+@=_-]+)*)/([A-Za-z0-9.,+=@_-]+)$`
    static func isManagedPolicyArn(_ s: String) -> Bool { anchored(s, managedPolicyArn) }

    /// `^((/[A-Za-z0-9.,+@=_-]+)*)/$`
    static func isIAMPath(_ s: String) -> Bool { anchored(s, iamPath) }

    // MARK: Anchoring

    /// Whether `body` accepts the whole of `s`, or `s` without one line break at its end (`$`).
    private static func anchored(_ s: String, _ body: ([Unicode.Scalar]) -> Bool) -> Bool {
        let scalars = Array(s.unicodeScalars)
        if body(scalars) { return true }
        guard let last = scalars.last else { return false }
        if last == "\n", scalars.count >= 2, scalars[scalars.count - 2] == "\r" {
            return body(Array(scalars.dropLast(2)))
        }
        return isLineTerminator(last) && body(Array(scalars.dropLast()))
    }

    /// What `.` does not match and `$` may precede: `\n`, `\r`, U+0085, U+2028, U+2029 (and the
    /// vertical tab and form feed, which the engine also counts as line ends).
    private static func isLineTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    // MARK: Pieces

    /// Matches `literal` at `i`, moving past it.
    private static func literal(_ s: [Unicode.Scalar], _ i: inout Int, _ literal: String) -> Bool {
        for c in literal.unicodeScalars {
            guard i < s.count, s[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// Moves past the longest run of scalars passing `accepts`; returns its length.
    private static func run(_ s: [Unicode.Scalar], _ i: inout Int, _ accepts: (Unicode.Scalar) -> Bool) -> Int {
        let start = i
        while i < s.count, accepts(s[i]) { i += 1 }
        return i - start
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    private static func isLower(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }
    private static func isUpper(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }

    /// `[A-Za-z0-9.,+@=_-]`, the characters of IAM path segments and policy names.
    private static func isIAMSegment(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || isLower(c) || isUpper(c) || ".,+@=_-".unicodeScalars.contains(c)
    }

    /// `arn:aws(-[a-z]{1,5}){0,3}`: the partition. A segment's letters can only be followed by `-`
    /// or `:`, so taking the longest run decides the match without backtracking.
    private static func partition(_ s: [Unicode.Scalar], _ i: inout Int) -> Bool {
        guard literal(s, &i, "arn:aws") else { return false }
        var segments = 0
        while i < s.count, s[i] == "-" {
            segments += 1
            i += 1
            let letters = run(s, &i, isLower)
            guard segments <= 3, letters >= 1, letters <= 5 else { return false }
        }
        return true
    }

    // MARK: Patterns

    private static func roleArn(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        guard literal(s, &i, "arn:aws") else { return false }
        _ = run(s, &i) { isLower($0) || $0 == "-" }
        guard literal(s, &i, ":iam::"), run(s, &i, isDigit) == 12, literal(s, &i, ":role/") else { return false }
        let rest = run(s, &i) { !isLineTerminator($0) }
        return rest >= 1 && i == s.count
    }

    private static func ouId(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        guard literal(s, &i, "ou-") else { return false }
        let first = run(s, &i) { isDigit($0) || isLower($0) }
        guard first >= 4, first <= 32, literal(s, &i, "-") else { return false }
        let second = run(s, &i) { isDigit($0) || isLower($0) }
        return second >= 8 && second <= 32 && i == s.count
    }

    private static func instanceArn(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        guard partition(s, &i), literal(s, &i, ":sso:::instance/") else { return false }
        var afterPrefix = i
        if !literal(s, &afterPrefix, "ssoins-") {
            afterPrefix = i
            guard literal(s, &afterPrefix, "ins-") else { return false }
        }
        i = afterPrefix
        let id = run(s, &i) { isDigit($0) || isLower($0) || isUpper($0) || $0 == "-" || $0 == "." }
        return id == 16 && i == s.count
    }

    private static func managedPolicyArn(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        guard partition(s, &i), literal(s, &i, ":iam::aws:policy") else { return false }
        // `((/seg+)*)/name+` is one or more `/seg+`, the last being the name.
        var segments = 0
        while i < s.count {
            guard s[i] == "/" else { return false }
            i += 1
            guard run(s, &i, isIAMSegment) >= 1 else { return false }
            segments += 1
        }
        return segments >= 1
    }

    private static func iamPath(_ s: [Unicode.Scalar]) -> Bool {
        // `(/seg+)*/`: a `/`, then any number of `seg+/`.
        var i = 0
        guard literal(s, &i, "/") else { return false }
        while i < s.count {
            guard run(s, &i, isIAMSegment) >= 1, literal(s, &i, "/") else { return false }
        }
        return true
    }
}
