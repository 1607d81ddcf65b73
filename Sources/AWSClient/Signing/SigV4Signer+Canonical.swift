import Foundation
import OperatorSupport

/// A canonical request (step 1 of SigV4) and the signed-header list it names.
public struct SigV4CanonicalRequest: Sendable, Equatable {
    /// The canonical request text, lines joined by `\n`.
    public let text: String
    /// The `;`-joined, sorted, lower-case names of the signed headers.
    public let signedHeaders: String
}

extension SigV4Signer {
    /// Builds the canonical request from parts, exposed so tests can check each step.
    ///
    /// - Parameters:
    ///   - path: the path as sent on the wire (already percent-encoded); it is
    ///     normalized and encoded again as this signer's options say.
    ///   - query: the query as sent (already percent-encoded), without `?`.
    ///   - headers: exactly the headers to sign; names are compared case-insensitively
    ///     and repeated names are joined with `,` in their order.
    ///   - payloadHash: the hex SHA-256 of the body.
    public func canonicalRequest(method: String, path: String, query: String,
                                 headers: [(name: String, value: String)], payloadHash: String) -> SigV4CanonicalRequest {
        let headerLines = SigV4Signer.canonicalHeaders(headers)
        let signedHeaders = headerLines.map(\.name).joined(separator: ";")
        let text = [
            method.uppercased(),
            canonicalURI(path),
            SigV4Signer.canonicalQuery(query),
            headerLines.map { "\($0.name):\($0.value)\n" }.joined(),
            signedHeaders,
            payloadHash,
        ].joined(separator: "\n")
        return SigV4CanonicalRequest(text: text, signedHeaders: signedHeaders)
    }

    /// The canonical URI: the wire path, normalized and re-encoded as configured.
    public func canonicalURI(_ path: String) -> String {
        let base = path.isEmpty ? "/" : path
        let normalized = normalizePath ? SigV4Encoding.normalizePath(base) : base
        return doubleEncodePath ? SigV4Encoding.uriEncode(normalized, keepSlash: true) : normalized
    }

    /// The canonical query: each name and value decoded then encoded with the
    /// unreserved set, sorted by encoded name then value.
    public static func canonicalQuery(_ query: String) -> String {
        var pairs: [(String, String)] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring
            let value: Substring
            if let equals = item.firstIndex(of: "=") {
                name = item[..<equals]
                value = item[item.index(after: equals)...]
            } else {
                name = item
                value = ""
            }
            pairs.append((SigV4Encoding.uriEncode(SigV4Encoding.percentDecode(name)),
                          SigV4Encoding.uriEncode(SigV4Encoding.percentDecode(value))))
        }
        pairs.sort { $0.0 == $1.0 ? Array($0.1.utf8).lexicographicallyPrecedes(Array($1.1.utf8))
                                  : Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        return pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// Lower-cased, sorted header lines with trimmed values; repeated names joined by `,`.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for header in headers {
            let name = header.name.lowercased()
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(SigV4Encoding.canonicalHeaderValue(header.value))
        }
        return order.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { ($0, values[$0, default: []].joined(separator: ",")) }
    }

    /// The `;`-joined signed-header names of a header list.
    static func signedHeaderList(_ headers: [(name: String, value: String)]) -> String {
        canonicalHeaders(headers).map(\.name).joined(separator: ";")
    }

    /// `<date>/<region>/<service>/aws4_request`.
    public func scope(date: Date) -> String {
        "\(SigV4Signer.timestamps(date).date)/\(region)/\(service)/aws4_request"
    }

    /// Step 2: the string to sign for a canonical request.
    public func stringToSign(canonicalRequest: String, date: Date) -> String {
        [
            SigV4Signer.algorithm,
            SigV4Signer.timestamps(date).dateTime,
            scope(date: date),
            HexEncoding.encode(SHA256.hash(canonicalRequest)),
        ].joined(separator: "\n")
    }

    /// Step 3: the signing key, `HMAC` chained over date, region, service and `aws4_request`.
    public func signingKey(date: Date) -> [UInt8] {
        let secret = Array(("AWS4" + credentials.secretAccessKey).utf8)
        let dateKey = HMACSHA256.authenticate(SigV4Signer.timestamps(date).date, key: secret)
        let regionKey = HMACSHA256.authenticate(region, key: dateKey)
        let serviceKey = HMACSHA256.authenticate(service, key: regionKey)
        return HMACSHA256.authenticate("aws4_request", key: serviceKey)
    }

    /// Step 4: the hex signature of a string to sign.
    public func signature(stringToSign: String, date: Date) -> String {
        HexEncoding.encode(HMACSHA256.authenticate(stringToSign, key: signingKey(date: date)))
    }
}

/// Every intermediate result of one signing, so a mismatch can be compared
/// step by step with what AWS reports in its `SignatureDoesNotMatch` message.
public struct SigV4SigningSteps: Sendable {
    /// Step 1: the canonical request.
    public let canonicalRequest: String
    /// Step 2: the string to sign.
    public let stringToSign: String
    /// Step 4: the hex signature.
    public let signature: String
    /// The signed (or presigned) request.
    public let request: HTTPRequest
}
