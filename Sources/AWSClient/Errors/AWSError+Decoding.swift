import Foundation

extension AWSError {
    /// Reads an error response of either protocol into an `AWSError`.
    ///
    /// Content-Type is not trusted (moto sends JSON successes as text/html
    /// and auth errors of JSON services as XML), so the body is sniffed: XML
    /// bodies are read as `<ErrorResponse><Error>` or, for auth failures,
    /// `<ErrorResponse><Errors><Error>`; JSON bodies by `__type`/`code` and
    /// `message`/`Message`, with the `x-amzn-ErrorType` header taking
    /// precedence. Anything else (an HTML 500 page) becomes
    /// `UnrecognizedResponse` quoting the status and the start of the body, or
    /// `OperationNotImplemented` when the page says the server lacks the operation
    /// (moto's answer to one it does not have), so a person is not sent hunting a server fault.
    public static func decode(_ response: HTTPResponse, service: String, operation: String,
                              scope: String) -> AWSError {
        let headerRequestId = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        let retryAfterHeader = response.header("Retry-After").flatMap(Double.init).map(seconds)
        var error: AWSError?
        if XMLTree.looksLikeXML(response.body), let tree = try? XMLTree.parse(response.body) {
            error = fromXML(tree, status: response.status)
        } else if let json = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] {
            error = fromJSON(json, headerCode: response.header("x-amzn-ErrorType"), status: response.status)
        }
        if error == nil, let headerCode = response.header("x-amzn-ErrorType") {
            error = AWSError(code: normalizeCode(headerCode), message: "", httpStatus: response.status,
                             service: "", operation: "", scope: "")
        }
        var result = error ?? unrecognized(response, operation: operation)
        result.service = service
        result.operation = operation
        result.scope = scope
        if result.requestId == nil { result.requestId = headerRequestId }
        if result.retryAfter == nil { result.retryAfter = retryAfterHeader }
        return result
    }

    /// Strips a namespace (`aws.protocoltests#`) and a URI suffix (`:http://internal…`) from a code.
    public static func normalizeCode(_ raw: String) -> String {
        var code = Substring(raw.trimmingCharacters(in: .whitespaces))
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return String(code)
    }

    private static func fromXML(_ tree: XMLTree, status: Int) -> AWSError? {
        let errorElement: XMLTree?
        switch tree.name {
        case "ErrorResponse": errorElement = tree.child("Error") ?? tree.element("Errors", "Error")
        case "Response": errorElement = tree.element("Errors", "Error")
        case "Error": errorElement = tree
        default: errorElement = nil
        }
        guard let element = errorElement, let code = element.string("Code"), !code.isEmpty else { return nil }
        let message = element.string("Message") ?? element.string("message") ?? ""
        let requestId = tree.string("RequestId") ?? tree.string("RequestID") ?? element.string("RequestId")
        return AWSError(code: normalizeCode(code), message: message, httpStatus: status, requestId: requestId,
                        service: "", operation: "", scope: "")
    }

    private static func fromJSON(_ json: [String: Any], headerCode: String?, status: Int) -> AWSError? {
        let bodyCode = (json["__type"] as? String) ?? (json["code"] as? String) ?? (json["Code"] as? String)
        guard let raw = headerCode ?? bodyCode, !raw.isEmpty else { return nil }
        let message = (json["message"] as? String) ?? (json["Message"] as? String)
            ?? (json["errorMessage"] as? String) ?? ""
        let retryAfter = (json["RetryAfterSeconds"] as? NSNumber).map { seconds($0.doubleValue) }
        return AWSError(code: normalizeCode(raw), message: message, httpStatus: status,
                        requestId: json["RequestId"] as? String, service: "", operation: "",
                        retryAfter: retryAfter, scope: "")
    }

    private static func unrecognized(_ response: HTTPResponse, operation: String) -> AWSError {
        let contentType = response.header("Content-Type") ?? "no content type"
        let snippet = snippetOf(response.body)
        if isNotImplementedPage(snippet) {
            return AWSError(
                code: ClientCode.notImplemented,
                message: "the server does not implement \(operation) (it answered HTTP \(response.status) with a "
                    + "\(contentType) page: '\(snippet)'); a test server such as moto lacks this operation",
                httpStatus: response.status, service: "", operation: "", scope: "", origin: .unrecognizedResponse)
        }
        let message = snippet.isEmpty
            ? "the server answered with an empty \(contentType) body, not an aws error"
            : "the server answered with a \(contentType) body that is not an aws error: '\(snippet)'"
        return AWSError(code: ClientCode.unrecognized, message: message, httpStatus: response.status,
                        service: "", operation: "", scope: "", origin: .unrecognizedResponse)
    }

    /// Whether an error page says the operation is missing: moto's "The x action has not been implemented",
    /// or a server's own "501 Not Implemented".
    static func isNotImplementedPage(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.contains("has not been implemented") || lowered.contains("not implemented")
    }

    /// The first 160 characters of a body with markup and runs of whitespace collapsed, for messages.
    static func snippetOf(_ body: [UInt8]) -> String {
        var text = ""
        var inTag = false
        var lastWasSpace = false
        for character in String(decoding: body.prefix(4096), as: UTF8.self) {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; continue }
            if inTag { continue }
            if character.isWhitespace {
                if !lastWasSpace, !text.isEmpty { text.append(" ") }
                lastWasSpace = true
            } else {
                text.append(character)
                lastWasSpace = false
            }
            if text.count >= 160 { break }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func seconds(_ value: Double) -> Duration {
        .milliseconds(Int64((max(0, value) * 1000).rounded()))
    }
}
