/// HMAC-SHA256 (RFC 2104) over bytes.
///
/// SigV4 derives its signing key through a chain of four HMACs and then signs
/// with a fifth, so this stays a small, allocation-light value type built on
/// `SHA256`.
public struct HMACSHA256: Sendable {
    private var inner: SHA256
    private var outer: SHA256

    /// Prepares an HMAC for `key`; keys longer than a block are hashed first, as RFC 2104 says.
    public init(key: [UInt8]) {
        var block = key.count > SHA256.blockSize ? SHA256.hash(key) : key
        block.append(contentsOf: repeatElement(0, count: SHA256.blockSize - block.count))
        var innerPad = block
        var outerPad = block
        for index in 0..<SHA256.blockSize {
            innerPad[index] ^= 0x36
            outerPad[index] ^= 0x5c
        }
        inner = SHA256()
        inner.update(innerPad)
        outer = SHA256()
        outer.update(outerPad)
    }

    /// Feeds message bytes.
    public mutating func update(_ bytes: [UInt8]) {
        inner.update(bytes)
    }

    /// Returns the 32-byte tag.
    public mutating func finalize() -> [UInt8] {
        let innerDigest = inner.finalize()
        var result = outer
        result.update(innerDigest)
        return result.finalize()
    }

    /// One-shot HMAC of `message` under `key`.
    public static func authenticate(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        var mac = HMACSHA256(key: key)
        mac.update(message)
        return mac.finalize()
    }

    /// One-shot HMAC of the UTF-8 bytes of `message` under `key`.
    public static func authenticate(_ message: String, key: [UInt8]) -> [UInt8] {
        authenticate(Array(message.utf8), key: key)
    }
}
