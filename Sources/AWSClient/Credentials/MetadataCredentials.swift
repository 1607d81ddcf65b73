import Foundation

/// The JSON credential document that the container endpoint and IMDS return:
/// `AccessKeyId`, `SecretAccessKey`, `Token`, `Expiration` (and IMDS's `Code`).
enum MetadataCredentials {
    /// Parses a credentials document; errors name the endpoint but never echo the body (it holds secrets).
    static func parse(_ body: [UInt8], provider: String, url: String) throws -> AWSCredentials {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(body))
        } catch {
            throw CredentialProviderError.malformedResponse(provider: provider, url: url, detail: "the body is not JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw CredentialProviderError.malformedResponse(provider: provider, url: url, detail: "the body is not a JSON object")
        }
        if let code = fields["Code"] as? String, code != "Success" {
            throw CredentialProviderError.malformedResponse(provider: provider, url: url, detail: "Code is '\(code)', not 'Success'")
        }
        guard let keyId = fields["AccessKeyId"] as? String, !keyId.isEmpty,
              let secret = fields["SecretAccessKey"] as? String, !secret.isEmpty else {
            throw CredentialProviderError.malformedResponse(
                provider: provider, url: url, detail: "AccessKeyId or SecretAccessKey is missing")
        }
        var expiration: Date?
        if let text = fields["Expiration"] as? String {
            guard let date = parseDate(text) else {
                throw CredentialProviderError.malformedResponse(
                    provider: provider, url: url, detail: "Expiration '\(text)' is not an ISO 8601 time")
            }
            expiration = date
        }
        let token = (fields["Token"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration)
    }

    /// ISO 8601 with or without fractional seconds (`2026-12-01T20:00:00Z`, `…00.000Z`).
    static func parseDate(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}
