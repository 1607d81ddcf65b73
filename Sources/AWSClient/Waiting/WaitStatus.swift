/// What one poll of an asynchronous AWS operation found.
public enum WaitStatus<Value: Sendable>: Sendable {
    /// Still running; the optional text is AWS's status word (`IN_PROGRESS`), quoted on timeout.
    case pending(String?)
    /// Finished well, with the value the caller wants (an account id, a status record).
    case succeeded(Value)
    /// Finished badly; the text is AWS's reason (`EMAIL_ALREADY_EXISTS`).
    case failed(String)
}
