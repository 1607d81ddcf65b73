import Foundation

/// The JSON 1.1 codec setup every JSON service call uses.
///
/// AWS JSON puts timestamps on the wire as epoch seconds (floats with
/// microseconds), but moto and some real responses send ISO-8601 strings,
/// so decoding accepts both, with or without fractional seconds. Optional
/// fields decode from explicit `null` as well as from absent keys.
public enum AWSJSON {
    /// An encoder writing dates as epoch seconds and keys in a stable order.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.timeIntervalSince1970)
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder reading dates from epoch numbers or ISO-8601 strings.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            if let seconds = try? container.decode(Double.self) {
                return Date(timeIntervalSince1970: seconds)
            }
            let text = try container.decode(String.self)
            if let date = AWSTimestamp.parse(text) { return date }
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "timestamp '\(text)' is neither epoch seconds nor ISO-8601")
        }
        return decoder
    }

    /// Encodes a request body; an input that encodes to nothing still sends `{}`.
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let data = try encoder().encode(value)
        return data.isEmpty ? Array("{}".utf8) : [UInt8](data)
    }

    /// Decodes a response body; an empty body decodes as `{}` so output types with only optionals succeed.
    public static func decode<T: Decodable>(_ type: T.Type, from body: [UInt8]) throws -> T {
        let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return try decoder().decode(type, from: Data(isBlank ? Array("{}".utf8) : body))
    }
}
