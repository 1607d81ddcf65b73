import Foundation

/// The Identity Center estate (eight OUs, four accounts, three permission sets, three assignments) with the
/// break-glass role StackSet of `Examples/multi-org` deployed beneath its root and `driftRemediation: reapply`:
/// every kind `orgops run` converges, in one organization.
struct RunEveryKindEstate {
    /// The manifest files, by path relative to the repository root.
    static func files() throws -> [String: String] {
        var files = IdentityCenterCLIEstate().files
        let organization = try require(files["organizations/acme.yaml"])
        files["organizations/acme.yaml"] = organization.replacingOccurrences(
            of: "trustedServices: [sso.amazonaws.com]",
            with: "trustedServices: [sso.amazonaws.com, member.org.stacksets.cloudformation.amazonaws.com]")
        let example = SourceTree.path("Examples/multi-org/stacksets")
        let manifest = try String(contentsOfFile: example + "/break-glass-role.yaml", encoding: .utf8)
        files["stacksets/break-glass-role.yaml"] = manifest.replacingOccurrences(
            of: "  regions: [us-east-1]", with: "  driftRemediation: reapply\n  regions: [us-east-1]")
        files["stacksets/templates/break-glass-role.yaml"] = try String(
            contentsOfFile: example + "/templates/break-glass-role.yaml", encoding: .utf8)
        return files
    }
}

/// `#require` outside a test: a missing fixture file is an error naming it.
private func require(_ value: String?, file: String = "organizations/acme.yaml") throws -> String {
    guard let value else { throw RunEveryKindEstateError(missing: file) }
    return value
}

/// A fixture that is not where the estate expects it.
struct RunEveryKindEstateError: Error, CustomStringConvertible {
    var missing: String
    var description: String { "the identity center estate has no '\(missing)'" }
}
