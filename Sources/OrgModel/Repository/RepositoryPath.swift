/// Root-relative path arithmetic without touching a file system.
///
/// File references in manifests (`documentFile`, `templateFile`,
/// `inlinePolicyFile`) and symbolic-link targets are resolved here, and a
/// result that would leave the repository is refused rather than clamped.
public enum RepositoryPath {
    /// The directory part of a root-relative path (`""` for a file at the root).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Resolves `reference` against `directory` (both root-relative), normalising `.` and `..`.
    /// - Returns: the normalised root-relative path, or nil when the reference is absolute or
    ///   climbs above the root.
    public static func resolve(_ reference: String, from directory: String) -> String? {
        if reference.hasPrefix("/") { return nil }
        var parts = directory.split(separator: "/").map(String.init)
        for part in reference.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// True when any directory component of the path starts with `.` (`.git/x.yaml`, `a/.github/y.yml`).
    public static func isInDotDirectory(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { $0.hasPrefix(".") }
    }
}
