import Foundation
import AWSClient

/// A value that flattens itself into query-protocol parameters.
///
/// Query services (CloudFormation, STS) take form fields such as
/// `Regions.member.1=eu-west-1` or `DeploymentTargets.OrganizationalUnitIds.member.2=ou-…`;
/// each generated input shape writes its members under the prefix it is given.
protocol QueryEncodable {
    /// Writes the value's fields under `prefix` (empty for a top-level request).
    func encode(to writer: inout QueryWriter, prefix: String)
}

/// Collects the flattened `name=value` pairs of one query request, in order.
struct QueryWriter {
    /// The pairs written so far.
    private(set) var pairs: [(name: String, value: String)] = []

    /// Writes one scalar field.
    mutating func set(_ name: String, _ value: String) {
        pairs.append((name, value))
    }

    /// Writes a member (scalar or structure) when present.
    mutating func value(_ prefix: String, _ name: String, _ value: (some QueryEncodable)?) {
        guard let value else { return }
        value.encode(to: &self, prefix: Self.join(prefix, name))
    }

    /// Writes a list as `Name.member.1`, `Name.member.2`, …; an empty list as `Name=` (AWS reads it as "clear").
    mutating func list(_ prefix: String, _ name: String, _ values: [some QueryEncodable]?) {
        guard let values else { return }
        let base = Self.join(prefix, name)
        if values.isEmpty {
            set(base, "")
            return
        }
        for (index, element) in values.enumerated() {
            element.encode(to: &self, prefix: "\(base).member.\(index + 1)")
        }
    }

    /// Writes a map as `Name.entry.N.key` / `Name.entry.N.value`, keys sorted so requests are reproducible.
    mutating func map(_ prefix: String, _ name: String, _ values: [String: some QueryEncodable]?) {
        guard let values else { return }
        let base = Self.join(prefix, name)
        for (index, key) in values.keys.sorted().enumerated() {
            set("\(base).entry.\(index + 1).key", key)
            values[key]?.encode(to: &self, prefix: "\(base).entry.\(index + 1).value")
        }
    }

    /// `prefix.name`, or `name` at the top level.
    static func join(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : "\(prefix).\(name)"
    }
}

extension String: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) { writer.set(prefix, self) }
}

extension Int: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) { writer.set(prefix, String(self)) }
}

extension Double: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) { writer.set(prefix, String(self)) }
}

extension Bool: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) { writer.set(prefix, self ? "true" : "false") }
}

extension Date: QueryEncodable {
    func encode(to writer: inout QueryWriter, prefix: String) { writer.set(prefix, AWSTimestamp.format(self)) }
}
