import Synchronization

/// Tries credential sources in order and keeps the first that yields credentials.
///
/// A step that does not apply throws `CredentialProviderError.notConfigured`
/// (from building its provider or from its first fetch) and the chain moves
/// on; any other error means the step applies but is broken, and it is thrown
/// as is — falling through to the instance role after a typo in a profile would
/// hide the typo. Once a step has answered, later calls go straight to it, as
/// botocore resolves its chain once per session.
public final class CredentialProviderChain: CredentialProvider {
    /// One source of the chain.
    public struct Step: Sendable {
        /// Its name in the "tried" list.
        public let name: String
        /// Builds its provider; throws `notConfigured` when it does not apply.
        public let makeProvider: @Sendable () throws -> any CredentialProvider

        /// Creates a step.
        public init(name: String, makeProvider: @escaping @Sendable () throws -> any CredentialProvider) {
            self.name = name
            self.makeProvider = makeProvider
        }
    }

    /// The steps, in order.
    public let steps: [Step]
    private let chosen = Mutex<(name: String, provider: any CredentialProvider)?>(nil)
    private let lastFailedStep = Mutex<String?>(nil)

    /// Creates a chain of `steps`.
    public init(steps: [Step]) {
        self.steps = steps
    }

    /// The chosen step's provider (`assume role arn:…, chain step 'assume role'`); before one is
    /// chosen, the step that last failed, else the chain as a whole.
    public var providerName: String {
        if let chosen = chosen.withLock({ $0 }) {
            return Self.label(step: chosen.name, provider: chosen.provider)
        }
        if let failed = lastFailedStep.withLock({ $0 }) { return failed }
        return "credential chain (" + steps.map(\.name).joined(separator: ", ") + ")"
    }

    private static func label(step: String, provider: (any CredentialProvider)?) -> String {
        guard let provider else { return "chain step '\(step)'" }
        return "\(provider.providerName), chain step '\(step)'"
    }

    /// Credentials from the chosen step, choosing it first when no step has answered yet.
    public func credentials() async throws -> AWSCredentials {
        if let chosen = chosen.withLock({ $0 }) {
            return try await chosen.provider.credentials()
        }
        var tried: [String] = []
        for step in steps {
            var built: (any CredentialProvider)?
            do {
                let provider = try step.makeProvider()
                built = provider
                let credentials = try await provider.credentials()
                chosen.withLock { $0 = (step.name, provider) }
                return credentials
            } catch let error as CredentialProviderError {
                guard case let .notConfigured(_, reason) = error else {
                    lastFailedStep.withLock { $0 = Self.label(step: step.name, provider: built) }
                    throw error
                }
                tried.append("\(step.name) (\(reason))")
            } catch {
                lastFailedStep.withLock { $0 = Self.label(step: step.name, provider: built) }
                throw error
            }
        }
        lastFailedStep.withLock { $0 = nil }
        throw CredentialProviderError.noCredentials(tried: tried)
    }
}
