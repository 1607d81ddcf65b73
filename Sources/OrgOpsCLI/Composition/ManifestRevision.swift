import AWSClient
import OperatorSupport

/// The revision a plan was made from: a SHA-256 over every file the loader read.
///
/// orgops plans from a directory on disk, which may be a git checkout with uncommitted edits
/// or no checkout at all, so the revision is a content hash rather than git's HEAD: the
/// same commit checked out cleanly always gives the same value, and an edit that is not yet
/// committed gives another one, which is what `apply` must notice before it runs a saved plan.
public enum ManifestRevision {
    /// `sha256:<hex>` over the files in path order, each as its path, a NUL, its length, a NUL
    /// and its text, so no two different repositories hash alike by concatenation.
    public static func of(sources: [String: String]) -> String {
        var hasher = SHA256()
        for path in sources.keys.sorted() {
            let text = sources[path] ?? ""
            hasher.update(Array(path.utf8))
            hasher.update([0])
            hasher.update(Array(String(text.utf8.count).utf8))
            hasher.update([0])
            hasher.update(Array(text.utf8))
        }
        let digest = hasher.finalize()
        return "sha256:" + digest.map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
