import Foundation
import OrgModel

/// Where secret parameter values come from at apply time; injected so tests and the CLI choose the source.
///
/// Values are returned only to the applier, which puts them straight into the
/// AWS request; they never enter plans, logs, status or errors (an error names
/// the variable or file, not what it held).
public protocol StackSetSecretResolver: Sendable {
    /// The value of one secret parameter.
    func value(of source: SecretSource, parameter: String) throws -> String
}

/// Reads secrets from the operator's environment (passed in) or from files (through an injected reader).
public struct EnvironmentSecretResolver: StackSetSecretResolver {
    /// The environment, as the composition root read it.
    public let environment: [String: String]
    /// Reads a whole file as text (FileManager in production, a dictionary in tests).
    public let readFile: @Sendable (String) throws -> String

    /// Creates a resolver; `readFile` defaults to reading from disk.
    public init(environment: [String: String],
                readFile: @escaping @Sendable (String) throws -> String = { path in
                    try String(contentsOfFile: path, encoding: .utf8)
                }) {
        self.environment = environment
        self.readFile = readFile
    }

    /// The variable's value, or the file's content without a trailing newline.
    public func value(of source: SecretSource, parameter: String) throws -> String {
        switch source {
        case .environment(let name):
            guard let value = environment[name] else {
                throw SecretResolutionError(message: "secret parameter '\(parameter)': environment variable '\(name)' is not set")
            }
            return value
        case .file(let path):
            do {
                var text = try readFile(path)
                while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
                return text
            } catch {
                throw SecretResolutionError(message: "secret parameter '\(parameter)': file '\(path)' cannot be read")
            }
        }
    }
}

/// A secret that could not be read; names the source, never a value.
public struct SecretResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable code.
    public var code: String { StackSetReconcileError.Code.secretUnavailable }
    /// Lower-case message naming the variable or file.
    public var message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    public var description: String { "\(message) [\(code)]" }
}
