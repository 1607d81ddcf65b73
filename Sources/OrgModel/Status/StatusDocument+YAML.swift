import Foundation
import YAML

extension StatusDocument {
    private typealias N = StatusYAMLNodes

    /// The file's text: stable block YAML from the project's `YAMLEmitter`, read back by `init(yaml:)`.
    public func yaml() -> String {
        let root = N.mapping([
            ("apiVersion", N.string(Self.apiVersion)),
            ("kind", N.string(Self.kind)),
            ("organization", N.string(organization)),
            ("sourceRevision", N.string(sourceRevision)),
            ("lastAppliedRevision", lastAppliedRevision.map(N.string)),
            ("time", N.time(time)),
            ("result", N.string(result.rawValue)),
            ("counts", N.mapping([
                ("driftFound", N.plain(String(counts.driftFound))),
                ("applied", N.plain(String(counts.applied))),
                ("failed", N.plain(String(counts.failed))),
                ("driftLeft", N.plain(String(counts.driftLeft))),
            ])),
            ("message", message.map(N.string)),
            ("diagnostics", diagnostics.isEmpty ? nil : N.sequence(diagnostics.map(N.string))),
            ("conditions", N.sequence(conditions.map { condition in
                N.mapping([
                    ("type", N.string(condition.type.rawValue)),
                    ("status", N.string(condition.status ? "True" : "False")),
                    ("reason", N.string(condition.reason)),
                    ("message", N.string(condition.message)),
                ])
            })),
            ("resources", N.sequence(resources.map { resource in
                N.mapping([
                    ("kind", N.string(resource.kind)),
                    ("name", N.string(resource.name)),
                    ("awsId", resource.awsId.map(N.string)),
                    ("state", N.string(resource.state.rawValue)),
                    ("lastError", resource.lastError.map(N.string)),
                ])
            })),
            ("inventory", N.sequence(inventory.entries.map { entry in
                N.mapping([
                    ("kind", N.string(entry.kind.rawValue)),
                    ("name", N.string(entry.name)),
                    ("awsId", N.string(entry.awsId)),
                    ("digest", entry.digest.map(N.string)),
                    ("onRemoval", entry.onRemoval.map(N.string)),
                ])
            })),
            ("history", history.isEmpty ? nil : N.sequence(history.map { entry in
                N.mapping([
                    ("revision", N.string(entry.revision)),
                    ("result", N.string(entry.result.rawValue)),
                    ("time", N.time(entry.time)),
                ])
            })),
        ])
        return YAMLEmitter().emit(root)
    }

    /// Reads a status file back (the operator's own, or one a person edited).
    /// - Throws: `StatusDocumentError` naming the field that is missing or wrong.
    public init(yaml text: String) throws(StatusDocumentError) {
        let documents: [Document]
        do {
            documents = try YAMLParser.parse(text)
        } catch {
            throw StatusDocumentError(code: "status-not-yaml", message: "status file is not valid yaml: \(error.message)")
        }
        guard documents.count == 1, let root = documents.first?.root, root.mapping != nil else {
            throw StatusDocumentError(code: "status-not-yaml", message: "status file must hold exactly one yaml mapping")
        }
        let version = try N.required(root["apiVersion"], "apiVersion")
        guard version == Self.apiVersion, try N.required(root["kind"], "kind") == Self.kind else {
            throw StatusDocumentError(code: "status-wrong-version",
                                      message: "status file is '\(version)', this orgops reads '\(Self.apiVersion)' \(Self.kind)")
        }
        let organization = try N.required(root["organization"], "organization")
        let counts = root["counts"]
        var conditions: [StatusCondition] = []
        for item in try N.items(root["conditions"], "conditions") {
            let status = try N.required(item["status"], "conditions.status")
            conditions.append(StatusCondition(
                type: try N.enumeration(item["type"], "conditions.type", as: StatusCondition.Kind.self),
                status: status == "True", reason: try N.required(item["reason"], "conditions.reason"),
                message: try N.text(item["message"], "conditions.message", required: false) ?? ""))
        }
        var resources: [ResourceStatus] = []
        for item in try N.items(root["resources"], "resources") {
            resources.append(ResourceStatus(
                kind: try N.required(item["kind"], "resources.kind"), name: try N.required(item["name"], "resources.name"),
                awsId: try N.text(item["awsId"], "resources.awsId", required: false),
                state: try N.enumeration(item["state"], "resources.state", as: ResourceState.self),
                lastError: try N.text(item["lastError"], "resources.lastError", required: false)))
        }
        var entries: [InventoryEntry] = []
        for item in try N.items(root["inventory"], "inventory") {
            entries.append(InventoryEntry(
                kind: try N.enumeration(item["kind"], "inventory.kind", as: ResourceKind.self),
                name: try N.required(item["name"], "inventory.name"), awsId: try N.required(item["awsId"], "inventory.awsId"),
                digest: try N.text(item["digest"], "inventory.digest", required: false),
                onRemoval: try N.text(item["onRemoval"], "inventory.onRemoval", required: false)))
        }
        var history: [StatusHistoryEntry] = []
        for item in try N.items(root["history"], "history") {
            history.append(StatusHistoryEntry(
                revision: try N.required(item["revision"], "history.revision"),
                result: try N.enumeration(item["result"], "history.result", as: ReconcileResult.self),
                time: try N.date(item["time"], "history.time")))
        }
        self.init(
            organization: organization,
            sourceRevision: try N.required(root["sourceRevision"], "sourceRevision"),
            lastAppliedRevision: try N.text(root["lastAppliedRevision"], "lastAppliedRevision", required: false),
            time: try N.date(root["time"], "time"),
            result: try N.enumeration(root["result"], "result", as: ReconcileResult.self),
            counts: StatusCounts(driftFound: try N.integer(counts?["driftFound"], "counts.driftFound"),
                                 applied: try N.integer(counts?["applied"], "counts.applied"),
                                 failed: try N.integer(counts?["failed"], "counts.failed"),
                                 driftLeft: try N.integer(counts?["driftLeft"], "counts.driftLeft")),
            message: try N.text(root["message"], "message", required: false),
            diagnostics: try N.items(root["diagnostics"], "diagnostics").enumerated().map { index, item throws(StatusDocumentError) in
                try N.required(item, "diagnostics[\(index)]")
            },
            conditions: conditions, resources: resources,
            inventory: Inventory(organization: organization, entries: entries), history: history)
    }
}
