/// Fresh idempotency tokens (`OperationId`, `ClientRequestToken`) for inputs that leave them unset.
///
/// The AWS SDKs fill these members themselves (botocore's `idempotencyToken`
/// trait); without one, CloudFormation treats every retry as a new operation
/// and moto answers `UpdateStackSet` with no `OperationId` at all. The token is
/// made once per call, before the client's retries, from the client's injected
/// random source so tests stay reproducible.
enum IdempotencyToken {
    /// A version-4 UUID in canonical upper-case form.
    static func make(random: () -> Double) -> String {
        var bytes = (0..<16).map { _ in UInt8(min(255, max(0, Int(random() * 256)))) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let text = String(byte, radix: 16, uppercase: true)
            return byte < 16 ? "0" + text : text
        }
        let groups = [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }
        return groups.joined(separator: "-")
    }
}
