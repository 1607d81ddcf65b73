/// Turns AWS names into manifest names (`Log Archive` → `log-archive`), unique per kind.
///
/// AWS allows spaces and most punctuation in account and policy names; `metadata.name` allows only
/// letters, digits, `.`, `_` and `-`, and must be unique per kind within an organization. A clash
/// (`Prod` and `prod`) gets a numeric suffix in reading order, so import is deterministic.
struct LogicalNames {
    private var taken: Set<String> = []

    /// A unique logical name of `kind` for the AWS name `name`.
    mutating func claim(_ name: String, kind: String) -> String {
        unique(Self.slug(name), kind: kind)
    }

    /// Like `claim`, but keeps `name` as it is (case included) when it is already a valid manifest
    /// name: permission sets and stack sets are referred to by their AWS names, `Developer` stays `Developer`.
    mutating func claimVerbatim(_ name: String, kind: String) -> String {
        let valid = !name.isEmpty && name.count <= 128 && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_".unicodeScalars.contains(scalar))
        }
        return unique(valid ? name : Self.slug(name), kind: kind)
    }

    private mutating func unique(_ base: String, kind: String) -> String {
        var candidate = base
        var n = 2
        while taken.contains("\(kind)/\(candidate)") {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert("\(kind)/\(candidate)")
        return candidate
    }

    /// Lower-case ASCII letters and digits, runs of anything else as one `-`, at most 128 characters.
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { out = "unnamed" }
        return String(out.prefix(128))
    }
}
