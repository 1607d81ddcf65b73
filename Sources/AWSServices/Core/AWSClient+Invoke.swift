import AWSClient

/// The one door from the typed APIs to the wire.
///
/// Every generated method calls one of these with a case of its service's
/// `Operation` enum, never a free-form string, which is what keeps
/// `AWSOperationTable.all` complete.
extension AWSClient {
    /// Calls a JSON-protocol operation and decodes its output.
    func invokeJSON<Operation: ServiceOperation, Output: Decodable & Sendable>(
        _ operation: Operation, input: some Encodable & Sendable, region: String?
    ) async throws -> Output {
        try await json(Operation.service, operation.rawValue, input: input, region: region)
    }

    /// Calls a JSON-protocol operation whose output AWS models as empty.
    func invokeJSONIgnoringOutput<Operation: ServiceOperation>(
        _ operation: Operation, input: some Encodable & Sendable, region: String?
    ) async throws {
        try await json(Operation.service, operation.rawValue, input: input, region: region)
    }

    /// Calls a query-protocol operation and reads its output from the `<ActionResult>` element.
    func invokeQuery<Operation: ServiceOperation, Output: XMLDecodable>(
        _ operation: Operation, input: some QueryEncodable, region: String?
    ) async throws -> Output {
        let result = try await query(Operation.service, operation.rawValue,
                                     parameters: Self.parameters(of: input), region: region)
        let node = XMLNode(result)
        guard let output = Output(xml: node) else {
            throw AWSServicesError.unreadableResponse(service: Operation.service.name, operation: operation.rawValue,
                                                      element: node.name)
        }
        return output
    }

    /// Calls a query-protocol operation whose output AWS models as empty.
    func invokeQueryIgnoringOutput<Operation: ServiceOperation>(
        _ operation: Operation, input: some QueryEncodable, region: String?
    ) async throws {
        _ = try await query(Operation.service, operation.rawValue,
                            parameters: Self.parameters(of: input), region: region)
    }

    /// Flattens a typed input into the client's query parameters.
    static func parameters(of input: some QueryEncodable) -> QueryParameters {
        var writer = QueryWriter()
        input.encode(to: &writer, prefix: "")
        var parameters = QueryParameters()
        for pair in writer.pairs {
            parameters.append(pair.name, pair.value)
        }
        return parameters
    }
}

extension XMLNode {
    /// Copies the client's parsed XML into the view the generated shapes read.
    init(_ tree: XMLTree) {
        self.init(name: tree.name, text: tree.children.isEmpty ? tree.rawText : tree.text,
                  children: tree.children.map(XMLNode.init))
    }
}
