import OperatorSupport

/// The content hash by which a template change is recognised.
///
/// The loader hashes the repository file; the AWS reader hashes the body AWS
/// returns. orgops sends the file exactly as read, so equal bytes mean an
/// unchanged template and any edit (even whitespace) is an update.
public enum TemplateDigest {
    /// SHA-256 of the bytes, lower-case hex.
    public static func sha256Hex(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }

    /// SHA-256 of the text's UTF-8 bytes, lower-case hex.
    public static func sha256Hex(_ text: String) -> String { SHA256.hex(Array(text.utf8)) }
}
