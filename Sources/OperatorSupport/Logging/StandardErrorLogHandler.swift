import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one rendered line per record to standard error, where Kubernetes expects component logs.
///
/// Each line goes out in a single `write(2)` under a lock, so lines from
/// concurrent tasks never interleave.
public final class StandardErrorLogHandler: LogHandler, @unchecked Sendable {
    /// The format of every line.
    public let format: LogFormat
    private let descriptor: Int32
    private let lock = NSLock()

    /// Creates a handler writing `format` lines to `descriptor` (standard error unless a test passes a pipe).
    public init(format: LogFormat, descriptor: Int32 = 2) {
        self.format = format
        self.descriptor = descriptor
    }

    public func write(_ record: LogRecord) {
        let bytes = Array((format.render(record) + "\n").utf8)
        lock.withLock {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
