import Foundation
import OperatorSupport

extension LiveOrganization {
    /// SHA-256 (hex) of the snapshot's canonical JSON (sorted keys): equal snapshots, equal fingerprints.
    ///
    /// A saved plan records it; `apply` re-reads the organization and refuses the
    /// plan when the fingerprint moved on, because the actions were computed for
    /// a world that no longer exists.
    public var fingerprint: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(self)).map { [UInt8]($0) } ?? []
        return SHA256.hex(bytes)
    }
}
