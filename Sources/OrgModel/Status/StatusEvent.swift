/// One line of a status commit's body: a change made, drift found, or a failure.
///
/// The body is what a person reads in `git show`; each line starts with a
/// fixed sign (`+ ~ - ! x`) so it can be scanned and grepped.
public struct StatusEvent: Sendable, Hashable {
    /// What the line reports.
    public enum Kind: String, Sendable, Hashable {
        /// Something was created (`+`).
        case create
        /// Something was changed (`~`).
        case update
        /// Something was deleted (`-`).
        case delete
        /// A difference made out of band (`!`).
        case drift
        /// An action or a step failed (`x`).
        case failed
    }

    /// What the line reports.
    public var kind: Kind
    /// The text after the sign (`create account shop-prod`).
    public var text: String

    /// Creates an event.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// The event of an action that succeeded.
    public static func applied(_ action: PlannedAction) -> StatusEvent {
        switch action.effect {
        case .create: StatusEvent(kind: .create, text: action.id)
        case .update: StatusEvent(kind: .update, text: action.id)
        case .delete: StatusEvent(kind: .delete, text: action.id)
        }
    }

    /// The event of a difference found out of band, with what differs (`content`, `tags.env`).
    public static func drift(_ action: PlannedAction) -> StatusEvent {
        let fields = action.changes.map(\.field)
        let detail = fields.isEmpty ? action.reason.rawValue : fields.joined(separator: ", ")
        return StatusEvent(kind: .drift, text: "\(action.resource.display): \(detail)")
    }

    /// The event of a failed action, with AWS's reason.
    public static func failed(_ action: PlannedAction, reason: String) -> StatusEvent {
        StatusEvent(kind: .failed, text: "\(action.id): \(reason)")
    }

    /// The body line: `+ create …`, `~ …`, `- …`, `! drift …`, `x failed: …`.
    public var line: String {
        switch kind {
        case .create, .update: "\(kind == .create ? "+" : "~") \(text)"
        case .delete: "- \(text)"
        case .drift: "! drift \(text)"
        case .failed: "x failed: \(text)"
        }
    }
}
