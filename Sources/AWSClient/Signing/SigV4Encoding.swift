import OperatorSupport

/// The byte-level text rules of SigV4: URI encoding, path normalization,
/// header-value trimming and the timestamp formats.
///
/// Kept apart from the signer so each rule can be tested on its own and so the
/// signer reads as the four steps of the algorithm.
public enum SigV4Encoding {
    /// RFC 3986 percent-encoding leaving only `A-Za-z0-9-._~` (and `/` when `keepSlash`) as-is.
    ///
    /// SigV4 requires upper-case hex digits and encodes every other byte,
    /// including `%`, which is what makes "double encoding" of an already
    /// encoded path.
    public static func uriEncode(_ bytes: some Collection<UInt8>, keepSlash: Bool = false) -> String {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(upperHex[Int(byte >> 4)])
                output.append(upperHex[Int(byte & 0x0f)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Encodes the UTF-8 bytes of `text`.
    public static func uriEncode(_ text: String, keepSlash: Bool = false) -> String {
        uriEncode(Array(text.utf8), keepSlash: keepSlash)
    }

    /// Decodes `%XX` escapes; a `%` not followed by two hex digits stays literal (as servers read it).
    public static func percentDecode(_ text: Substring) -> [UInt8] {
        let bytes = Array(text.utf8)
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = HexEncoding.nibble(bytes[index + 1]), let low = HexEncoding.nibble(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// Removes `.` and `..` segments and empty segments (`//`), keeping a trailing slash.
    ///
    /// This is the normalization of the signing test suite's `normalize` flag
    /// (non-S3 services); S3 signs the path exactly as sent.
    public static func normalizePath(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        if segments.isEmpty { return "/" }
        var result = "/" + segments.joined(separator: "/")
        if path.hasSuffix("/") { result += "/" }
        return result
    }

    /// Trims a header value and collapses every run of whitespace (including
    /// folded continuation lines) to one space, as the canonical form requires.
    public static func canonicalHeaderValue(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// `YYYYMMDDTHHMMSSZ` and `YYYYMMDD` for a moment, in UTC.
    ///
    /// Computed arithmetically (no `DateFormatter`): it is pure, thread-safe and
    /// cheap enough to run on every signing.
    public static func timestamps(secondsSince1970: Int64) -> (dateTime: String, date: String) {
        let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
        let secondsOfDay = secondsSince1970 - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        let date = pad(year, 4) + pad(month, 2) + pad(day, 2)
        let time = pad(secondsOfDay / 3600, 2) + pad(secondsOfDay % 3600 / 60, 2) + pad(secondsOfDay % 60, 2)
        return (date + "T" + time + "Z", date)
    }

    /// Howard Hinnant's days-to-civil conversion (proleptic Gregorian calendar).
    static func civilDate(daysSince1970: Int64) -> (Int64, Int64, Int64) {
        let shifted = daysSince1970 + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    @inline(__always)
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
