import Foundation
import Synchronization

/// Replaces known secret values by `***` in every message and metadata value before a handler sees it.
///
/// Shared by reference so a secret learnt later (a token file read at
/// start-up, a NoEcho parameter) protects loggers created earlier. Values
/// shorter than four characters are ignored: redacting `a` would shred every
/// line without protecting anything.
public final class LogRedactor: Sendable {
    private let secrets = Mutex<Set<String>>([])

    /// Creates a redactor knowing `secrets`.
    public init(secrets: [String] = []) {
        for secret in secrets { register(secret) }
    }

    /// Adds a value that must never be printed.
    public func register(_ secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 4 else { return }
        secrets.withLock { _ = $0.insert(trimmed) }
    }

    /// `text` with every registered secret replaced by `***`, longest secrets first so overlaps are fully covered.
    public func redact(_ text: String) -> String {
        let known = secrets.withLock { $0 }
        guard !known.isEmpty else { return text }
        return known.sorted { $0.count > $1.count }.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
    }
}
