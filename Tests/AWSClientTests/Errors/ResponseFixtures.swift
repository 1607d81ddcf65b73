import AWSClient
import Foundation

/// Loads the captured HTTP responses in `Fixtures/aws-responses` (status line, headers, blank line, body).
enum ResponseFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/aws-responses")

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }

    static func load(_ name: String) throws -> HTTPResponse {
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
        guard let split = find([10, 10], in: bytes) else { throw FixtureError(description: "\(name): no blank line") }
        let head = String(decoding: bytes[0..<split], as: UTF8.self).split(separator: "\n").map(String.init)
        guard let statusText = head.first?.split(separator: " ").dropFirst().first, let status = Int(statusText) else {
            throw FixtureError(description: "\(name): no status line")
        }
        let headers = head.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return HTTPResponse(status: status, headers: headers, body: Array(bytes[(split + 2)...]))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
