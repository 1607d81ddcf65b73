/// A permission set as an action names it: by its AWS name always, by ARN when it exists already.
///
/// A permission set created earlier in the same apply has no ARN when the plan
/// is made; the applier records the ARN its create returns under the name.
public struct PermissionSetReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The AWS permission set name (unique within an instance).
    public var name: String
    /// The ARN when known at plan time.
    public var arn: String?

    /// Creates a reference.
    public init(name: String, arn: String?) {
        self.name = name
        self.arn = arn
    }

    public var description: String { name }
}

/// What CreatePermissionSet needs.
public struct NewPermissionSet: Sendable, Equatable, Codable {
    /// The AWS name.
    public var name: String
    /// Description.
    public var description: String?
    /// ISO-8601 session duration.
    public var sessionDuration: String
    /// Relay state.
    public var relayState: String?
    /// Tags, ownership tag included.
    public var tags: [String: String]

    /// Creates a payload.
    public init(name: String, description: String?, sessionDuration: String, relayState: String?, tags: [String: String]) {
        self.name = name
        self.description = description
        self.sessionDuration = sessionDuration
        self.relayState = relayState
        self.tags = tags
    }
}

/// The (permission set, account, principal) triple an assignment is.
public struct AssignmentTarget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The permission set.
    public var permissionSet: PermissionSetReference
    /// The account (by manifest name and/or ID).
    public var account: AccountReference
    /// `GROUP` or `USER`.
    public var principalType: String
    /// The identity store ID of the principal.
    public var principalId: String
    /// The principal's display name or user name, for people; nil when the live assignment's principal is not named.
    public var principalName: String?

    /// Creates a target.
    public init(permissionSet: PermissionSetReference, account: AccountReference, principalType: String,
                principalId: String, principalName: String?) {
        self.permissionSet = permissionSet
        self.account = account
        self.principalType = principalType
        self.principalId = principalId
        self.principalName = principalName
    }

    /// `PermissionSet → group:Name → account`.
    public var description: String {
        "\(permissionSet.name) → \(principalType.lowercased()):\(principalName ?? principalId) → \(account)"
    }
}
