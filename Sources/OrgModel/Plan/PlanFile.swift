import Foundation

/// Saves a plan for a later `apply`, and decides whether a saved plan is still the plan to apply.
///
/// The file is the plan's JSON with sorted keys; its `formatVersion` is checked
/// before anything else so a file from another orgops version is refused with a
/// message instead of being half-understood.
public enum PlanFile {
    /// The bytes of a plan file.
    public static func encode(_ plan: Plan) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(plan)).map { [UInt8]($0) } ?? []
    }

    /// The plan as JSON text (the `--format json` output is the same document).
    public static func json(_ plan: Plan) -> String {
        String(decoding: encode(plan), as: UTF8.self) + "\n"
    }

    /// Reads a plan file.
    /// - Throws: `PlanFileError` when it is not a plan file or another format version.
    public static func decode(_ bytes: [UInt8]) throws(PlanFileError) -> Plan {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let data = Data(bytes)
        guard let probe = try? decoder.decode(FormatProbe.self, from: data) else {
            throw PlanFileError(code: "not-a-plan-file", message: "the file is not an orgops plan (no formatVersion); save one with 'orgops plan --out FILE'")
        }
        guard probe.formatVersion == Plan.currentFormatVersion else {
            throw PlanFileError(code: "unsupported-format-version",
                                message: "the plan file has format version \(probe.formatVersion), this orgops reads "
                                    + "\(Plan.currentFormatVersion); plan again with this version")
        }
        do {
            return try decoder.decode(Plan.self, from: data)
        } catch {
            throw PlanFileError(code: "malformed-plan-file", message: "the plan file cannot be read (\(error)); plan again")
        }
    }

    /// Checks that a saved plan still describes the world: the same revision, and per organization a live
    /// snapshot with the same fingerprint.
    /// - Parameters:
    ///   - plan: the saved plan.
    ///   - revision: the revision the manifests are at now.
    ///   - live: fresh snapshots by organization name (read the same way the plan's were: full or cheap).
    /// - Throws: `PlanFileError` naming the first thing that moved on.
    public static func checkCurrent(_ plan: Plan, revision: String, live: [String: LiveOrganization]) throws(PlanFileError) {
        guard plan.sourceRevision == revision else {
            throw PlanFileError(code: "revision-moved",
                                message: "the plan was made at revision \(plan.sourceRevision), the manifests are now at "
                                    + "\(revision); plan again")
        }
        for organization in plan.organizations {
            guard let snapshot = live[organization.organization] else {
                throw PlanFileError(code: "organization-missing",
                                    message: "organization '\(organization.organization)' of the plan was not read; plan again")
            }
            guard snapshot.fingerprint == organization.liveFingerprint else {
                throw PlanFileError(code: "live-state-moved",
                                    message: "the live state of organization '\(organization.organization)' changed since "
                                        + "the plan was made; plan again")
            }
        }
    }

    private struct FormatProbe: Decodable {
        var formatVersion: Int
    }
}

/// Why a plan file cannot be used.
public struct PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable code (`revision-moved`, `live-state-moved`, `unsupported-format-version`, `not-a-plan-file`, …).
    public var code: String
    /// Lower-case, actionable message.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(message) [\(code)]" }
}
