/// The tag changes that turn live tags into desired ones.
struct TagDiff: Equatable {
    /// Tags to set (new keys and changed values).
    var toSet: [String: String] = [:]
    /// Keys to remove.
    var remove: [String] = []
    /// Display lines, `tags.key: before → after`, sorted by key.
    var changes: [FieldChange] = []

    /// Compares live tags (nil = not read: no diff) with desired ones.
    init(live: [String: String]?, desired: [String: String]) {
        guard let live else { return }
        for key in desired.keys.sorted() where live[key] != desired[key] {
            toSet[key] = desired[key]
            changes.append(FieldChange(field: "tags.\(key)", before: live[key], after: desired[key]))
        }
        for key in live.keys.sorted() where desired[key] == nil {
            remove.append(key)
            changes.append(FieldChange(field: "tags.\(key)", before: live[key], after: nil))
        }
    }

    /// True when nothing changes.
    var isEmpty: Bool { toSet.isEmpty && remove.isEmpty }
}
