import Foundation
import Synchronization

/// Where a command writes what a person or a script reads: stdout or stderr.
///
/// Commands never touch the process's file handles themselves, so the whole
/// command line runs in-process in tests, with each stream captured apart
/// (JSON on stdout must stay one clean document while diagnostics go to stderr).
public protocol TerminalOutput: Sendable {
    /// Writes `text` as it is; callers add their own newlines.
    func write(_ text: String)
}

extension TerminalOutput {
    /// Writes `text` followed by a newline.
    public func line(_ text: String = "") {
        write(text + "\n")
    }
}

/// A process stream (standard output or standard error) of the real binary.
public struct StandardStream: TerminalOutput {
    private let handle: FileHandle

    /// The process's standard output.
    public static let output = StandardStream(handle: .standardOutput)
    /// The process's standard error.
    public static let error = StandardStream(handle: .standardError)

    private init(handle: FileHandle) {
        self.handle = handle
    }

    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// An in-memory stream that keeps everything written to it, for tests and for
/// callers that post-process a command's output.
public final class OutputBuffer: TerminalOutput {
    private let storage = Mutex("")

    /// Creates an empty buffer.
    public init() {}

    /// Everything written so far.
    public var text: String {
        storage.withLock { $0 }
    }

    public func write(_ text: String) {
        storage.withLock { $0 += text }
    }
}
