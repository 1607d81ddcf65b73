import OrgModel

/// An organization's Identity Center as `orgops import` needs it: every permission set read in depth,
/// every assignment of every permission set, and the names of the principals those assignments use.
///
/// The differ's `LiveIdentityCenter` resolves only the names manifests use (name → ID); import goes
/// the other way, so it carries the identity store's ID → name maps as well.
public struct IdentityCenterImport: Sendable, Equatable {
    /// Every permission set in depth (`detailsRead`) and all their assignments.
    public var live: LiveIdentityCenter
    /// Group ID → display name, for every group of the identity store.
    public var groupNames: [String: String]
    /// User ID → user name, for every user of the identity store.
    public var userNames: [String: String]

    /// Creates a value; the reader builds these, tests build them directly.
    public init(live: LiveIdentityCenter, groupNames: [String: String] = [:], userNames: [String: String] = [:]) {
        self.live = live
        self.groupNames = groupNames
        self.userNames = userNames
    }

    /// The name of an assignment's principal, nil when the identity store no longer has it.
    public func principalName(_ assignment: LiveAssignment) -> String? {
        assignment.principalType == "GROUP" ? groupNames[assignment.principalId] : userNames[assignment.principalId]
    }
}
