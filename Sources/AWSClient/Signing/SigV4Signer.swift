import Foundation
import OperatorSupport

/// Signs HTTP requests with AWS Signature Version 4.
///
/// A pure function of its inputs — credentials, region, service, request and
/// the date passed in — so the client re-signs on every retry simply by calling
/// `sign` again with the new time, and tests pin the date to match the AWS
/// signing test suite byte for byte.
public struct SigV4Signer: Sendable {
    /// The algorithm name in the `Authorization` header and string to sign.
    public static let algorithm = "AWS4-HMAC-SHA256"
    /// Headers botocore never signs: hop-by-hop headers and ones proxies rewrite
    /// (`SIGNED_HEADERS_BLACKLIST` in botocore's `auth.py`).
    public static let unsignedHeaders: Set<String> = [
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id", "authorization",
    ]
    /// Headers the signer owns: removed before signing so re-signing replaces them.
    static let signerHeaders: Set<String> = [
        "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256",
    ]
    /// Query parameters the presigner owns: removed before presigning.
    static let presignParameters: Set<String> = [
        "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires",
        "X-Amz-Security-Token", "X-Amz-Signature",
    ]

    /// The credentials to sign with.
    public let credentials: AWSCredentials
    /// The signing region (`us-east-1` for Organizations, wherever the endpoint says).
    public let region: String
    /// The signing name (`sso` for SSO Admin), not the endpoint prefix.
    public let service: String
    /// Removes `.`/`..`/empty path segments before signing; every service but S3 wants it.
    public let normalizePath: Bool
    /// URI-encodes the already-encoded path once more; every service but S3 wants it.
    public let doubleEncodePath: Bool
    /// Adds and signs `x-amz-content-sha256` (S3 and the test suite's `sign_body`).
    public let addContentSHA256Header: Bool

    /// Creates a signer; the defaults are the rules for every non-S3 service.
    public init(credentials: AWSCredentials, region: String, service: String,
                normalizePath: Bool = true, doubleEncodePath: Bool = true, addContentSHA256Header: Bool = false) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.normalizePath = normalizePath
        self.doubleEncodePath = doubleEncodePath
        self.addContentSHA256Header = addContentSHA256Header
    }

    /// Returns `request` signed in its headers: adds `X-Amz-Date`,
    /// `X-Amz-Security-Token` (for temporary credentials) and `Authorization`.
    ///
    /// Any signing headers already present (from an earlier attempt) are
    /// replaced, so signing a signed request again gives the same result as
    /// signing the original. With `omitSessionToken` the token is added after
    /// signing and not signed (what a few services require).
    public func sign(_ request: HTTPRequest, date: Date, omitSessionToken: Bool = false) -> HTTPRequest {
        headerSigningSteps(request, path: request.url.path(percentEncoded: true), date: date,
                           omitSessionToken: omitSessionToken).request
    }

    /// Returns `request` signed in its query string (a presigned URL valid for `expires` seconds).
    ///
    /// The headers are signed as they are; the signing parameters are appended
    /// after the request's own query in the order the AWS SDKs write them.
    public func presign(_ request: HTTPRequest, date: Date, expires: Int, omitSessionToken: Bool = false) -> HTTPRequest {
        querySigningSteps(request, path: request.url.path(percentEncoded: true), date: date, expires: expires,
                          omitSessionToken: omitSessionToken).request
    }

    /// Header signing with every intermediate step, for diagnosing a
    /// `SignatureDoesNotMatch` and for the test suite.
    ///
    /// - Parameter path: the wire path to sign (normally `request.url`'s percent-encoded path).
    public func headerSigningSteps(_ request: HTTPRequest, path: String, date: Date,
                                   omitSessionToken: Bool = false) -> SigV4SigningSteps {
        let stamp = SigV4Signer.timestamps(date)
        let payloadHash = HexEncoding.encode(SHA256.hash(request.body))
        var signed = request
        signed.headers.removeAll { SigV4Signer.signerHeaders.contains($0.name.lowercased()) }
        if let token = credentials.sessionToken {
            signed.headers.append(("X-Amz-Security-Token", token))
        }
        signed.headers.append(("X-Amz-Date", stamp.dateTime))
        if addContentSHA256Header {
            signed.headers.append(("x-amz-content-sha256", payloadHash))
        }
        var toSign = headersToSign(signed)
        if omitSessionToken {
            toSign.removeAll { $0.name.lowercased() == "x-amz-security-token" }
        }
        let canonical = canonicalRequest(method: request.method, path: path,
                                         query: request.url.query(percentEncoded: true) ?? "",
                                         headers: toSign, payloadHash: payloadHash)
        let toSignText = stringToSign(canonicalRequest: canonical.text, date: date)
        let signatureHex = signature(stringToSign: toSignText, date: date)
        let authorization = "\(SigV4Signer.algorithm) Credential=\(credentials.accessKeyId)/\(scope(date: date)), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signatureHex)"
        signed.headers.append(("Authorization", authorization))
        return SigV4SigningSteps(canonicalRequest: canonical.text, stringToSign: toSignText,
                                 signature: signatureHex, request: signed)
    }

    /// Query signing (presigning) with every intermediate step.
    ///
    /// - Parameter path: the wire path to sign (normally `request.url`'s percent-encoded path).
    public func querySigningSteps(_ request: HTTPRequest, path: String, date: Date, expires: Int,
                                  omitSessionToken: Bool = false) -> SigV4SigningSteps {
        let stamp = SigV4Signer.timestamps(date)
        let payloadHash = HexEncoding.encode(SHA256.hash(request.body))
        var headers = request.headers
        headers.removeAll { SigV4Signer.signerHeaders.contains($0.name.lowercased()) }
        let toSign = headersToSign(HTTPRequest(method: request.method, url: request.url, headers: headers))
        let originalQuery = (request.url.query(percentEncoded: true) ?? "")
            .split(separator: "&", omittingEmptySubsequences: true)
            .filter { !SigV4Signer.presignParameters.contains(String($0.prefix { $0 != "=" })) }
            .map(String.init)
        var parameters: [(String, String)] = [
            ("X-Amz-Algorithm", SigV4Signer.algorithm),
            ("X-Amz-Credential", "\(credentials.accessKeyId)/\(scope(date: date))"),
            ("X-Amz-Date", stamp.dateTime),
            ("X-Amz-SignedHeaders", SigV4Signer.signedHeaderList(toSign)),
            ("X-Amz-Expires", String(expires)),
        ]
        if let token = credentials.sessionToken, !omitSessionToken {
            parameters.append(("X-Amz-Security-Token", token))
        }
        func encoded(_ list: [(String, String)]) -> [String] {
            list.map { SigV4Encoding.uriEncode($0.0) + "=" + SigV4Encoding.uriEncode($0.1) }
        }
        let canonical = canonicalRequest(method: request.method, path: path,
                                         query: (originalQuery + encoded(parameters)).joined(separator: "&"),
                                         headers: toSign, payloadHash: payloadHash)
        let toSignText = stringToSign(canonicalRequest: canonical.text, date: date)
        let signatureHex = signature(stringToSign: toSignText, date: date)
        if let token = credentials.sessionToken, omitSessionToken {
            parameters.append(("X-Amz-Security-Token", token))
        }
        parameters.append(("X-Amz-Signature", signatureHex))
        var presigned = request
        presigned.headers = headers
        presigned.url = SigV4Signer.replacingQuery(
            of: request.url, with: (originalQuery + encoded(parameters)).joined(separator: "&"))
        return SigV4SigningSteps(canonicalRequest: canonical.text, stringToSign: toSignText,
                                 signature: signatureHex, request: presigned)
    }

    /// The headers that go into the signature: all but the unsigned ones, plus
    /// `host` taken from the URL when the request carries no `Host` header.
    func headersToSign(_ request: HTTPRequest) -> [(name: String, value: String)] {
        var result = request.headers.filter { !SigV4Signer.unsignedHeaders.contains($0.name.lowercased()) }
        if request.header("host") == nil, let host = SigV4Signer.hostHeader(for: request.url) {
            result.append(("host", host))
        }
        return result
    }

    /// The `Host` value for a URL: host, bracketed when IPv6, plus a non-default port.
    public static func hostHeader(for url: URL) -> String? {
        guard var host = url.host(percentEncoded: true), !host.isEmpty else { return nil }
        if host.contains(":") { host = "[" + host + "]" }
        if let port = url.port {
            let scheme = url.scheme?.lowercased()
            let isDefault = (scheme == "https" && port == 443) || (scheme == "http" && port == 80)
            if !isDefault { host += ":\(port)" }
        }
        return host
    }

    static func timestamps(_ date: Date) -> (dateTime: String, date: String) {
        SigV4Encoding.timestamps(secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    static func replacingQuery(of url: URL, with query: String) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        components.percentEncodedQuery = query.isEmpty ? nil : query
        return components.url ?? url
    }
}
