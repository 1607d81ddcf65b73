/// The working state of one Identity Center diff: indexes over both sides and the actions planned so far.
///
/// The `plan…` steps live in `IdentityCenterDiffSession+*.swift`; each records
/// the action IDs later steps depend on (a permission set's create and content
/// changes, which its new assignments wait for).
struct IdentityCenterDiffSession {
    let desired: DesiredOrganization
    let projection: ProjectedOrganization
    let live: LiveIdentityCenter
    let organizationActions: [PlannedAction]
    let options: PlanOptions

    var actions: [PlannedAction] = []
    var unmanaged: [ResourceRef] = []
    var kept: [ResourceRef] = []
    var notes: [String] = []
    var errors: [IdentityCenterPlanError] = []

    /// Manifest name → the permission set it converges (only managed, adopted or created ones).
    var managed: [String: ManagedPermissionSet] = [:]

    /// A permission set whose assignments this pass owns.
    struct ManagedPermissionSet {
        /// How actions name it.
        var reference: PermissionSetReference
        /// Its create or adopt action plus every content change: what new assignments wait for.
        var prerequisites: [String]
    }

    init(desired: DesiredOrganization, projection: ProjectedOrganization, live: LiveIdentityCenter,
         organizationActions: [PlannedAction], options: PlanOptions) {
        self.desired = desired
        self.projection = projection
        self.live = live
        self.organizationActions = organizationActions
        self.options = options
    }

    /// The owner tag as desired on every permission set orgops manages.
    var ownerTag: [String: String] { [options.ownerTagKey: desired.name] }

    /// Adds an action; its ID is `verb kind name[ detail]`, unique within the plan.
    @discardableResult
    mutating func add(_ action: IdentityCenterAction, _ resource: ResourceRef, detail: String? = nil,
                      changes: [FieldChange] = [], reason: ActionReason, dependsOn: [String] = []) -> String {
        var id = "\(action.verb) \(resource.kind.rawValue) \(resource.name)"
        if let detail { id += " \(detail)" }
        actions.append(PlannedAction(id: id, kind: .identityCenter(action), resource: resource, changes: changes,
                                     reason: reason, dependsOn: Set(dependsOn).subtracting([id]).sorted()))
        return id
    }

    /// ABAC: converged when the manifest declares attributes; an empty (or absent) declaration leaves AWS alone.
    mutating func planAccessControlAttributes() {
        guard let settings = desired.identityCenter, !settings.accessControlAttributes.isEmpty else {
            if let existing = live.accessControlAttributes, !existing.isEmpty {
                notes.append("identity center has \(existing.count) access-control attributes the manifests do not "
                    + "declare; orgops leaves them as they are")
            }
            return
        }
        let wanted = settings.accessControlAttributes
        guard live.accessControlAttributes != wanted else { return }
        let before = live.accessControlAttributes ?? [:]
        let keys = Set(before.keys).union(wanted.keys).sorted()
        let changes = keys.compactMap { key -> FieldChange? in
            before[key] == wanted[key] ? nil : FieldChange(field: "attributes.\(key)", before: before[key], after: wanted[key])
        }
        add(.putAccessControlAttributes(attributes: wanted, exists: live.accessControlAttributes != nil),
            ResourceRef(kind: .organization, name: "identity-center access-control-attributes", awsId: live.instanceArn),
            changes: changes, reason: live.accessControlAttributes == nil ? .newInManifests : .changedInManifests)
    }

    /// The Organizations actions an assignment to `account` must wait for: its create, adopt or move.
    func accountPrerequisites(_ account: ProjectedAccount) -> [String] {
        organizationActions.compactMap { action in
            switch action.kind {
            case .createAccount(let new) where new.name == account.name: action.id
            case .adoptAccount(let reference, _) where reference.id != nil && reference.id == account.id: action.id
            case .moveAccount(let reference, _, _) where reference.id != nil && reference.id == account.id: action.id
            default: nil
            }
        }
    }

    /// The finished part, unordered.
    func result() -> IdentityCenterPlan {
        IdentityCenterPlan(actions: actions, unmanaged: unmanaged.sorted(), kept: kept.sorted(), notes: notes,
                           errors: errors.sorted { ($0.code, $0.subject) < ($1.code, $1.subject) })
    }
}
