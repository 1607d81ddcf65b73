/// The scanner's copy of the input: contiguous, zero-padded, read through a raw pointer.
///
/// The scanner looks at every byte, so bounds checks on an `Array` cost a measurable share of parse
/// time. The padding (eight zero bytes past the end) is what makes unchecked reads safe: the scanner
/// never looks more than four bytes past a position that is at most `count`.
final class InputBuffer {
    /// First byte; valid for `count + padding` bytes.
    let base: UnsafeMutablePointer<UInt8>
    /// The input length, without padding.
    let count: Int
    /// Zero bytes after the input.
    static let padding = 8

    /// Copies `bytes` and appends the padding.
    init(_ bytes: [UInt8]) {
        count = bytes.count
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + InputBuffer.padding)
        bytes.withUnsafeBufferPointer { source in
            if let address = source.baseAddress { base.initialize(from: address, count: source.count) }
        }
        (base + bytes.count).initialize(repeating: 0, count: InputBuffer.padding)
    }

    deinit {
        base.deallocate()
    }
}
