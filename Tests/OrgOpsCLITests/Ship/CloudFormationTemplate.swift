import Foundation

/// A JSON CloudFormation template of `Manifests/iam/`, read for the role policies it grants.
///
/// Only the shapes the templates use are understood (one `AWS::IAM::Role` with inline
/// `Policies`); anything else is a test failure naming the template, not a silent empty set.
struct CloudFormationTemplate {
    /// Why a template could not be read as expected.
    struct Failure: Error, CustomStringConvertible {
        let code: String
        let description: String
    }

    let path: String
    private let root: [String: Any]

    /// Reads `relative` from the package root.
    init(path relative: String) throws {
        path = relative
        let data = try Data(contentsOf: URL(fileURLWithPath: SourceTree.path(relative)))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(code: "not-an-object", description: "\(relative) is not a JSON object")
        }
        self.root = root
    }

    /// The properties of the template's single IAM role.
    private func role() throws -> [String: Any] {
        let resources = root["Resources"] as? [String: Any] ?? [:]
        let roles = resources.values.compactMap { $0 as? [String: Any] }.filter { ($0["Type"] as? String) == "AWS::IAM::Role" }
        guard roles.count == 1, let properties = roles[0]["Properties"] as? [String: Any] else {
            throw Failure(code: "no-single-role", description: "\(path) has \(roles.count) IAM roles, expected 1")
        }
        return properties
    }

    /// Every statement of every inline policy of the role.
    private func statements() throws -> [[String: Any]] {
        let policies = try role()["Policies"] as? [[String: Any]] ?? []
        return policies.flatMap { policy -> [[String: Any]] in
            let document = policy["PolicyDocument"] as? [String: Any] ?? [:]
            return document["Statement"] as? [[String: Any]] ?? []
        }
    }

    /// The actions of the statement with `sid`, in template order.
    func actions(ofStatement sid: String) throws -> [String] {
        guard let statement = try statements().first(where: { ($0["Sid"] as? String) == sid }) else {
            throw Failure(code: "no-statement", description: "\(path) has no statement '\(sid)'")
        }
        return Self.actionList(statement["Action"])
    }

    /// The actions of all Allow statements.
    func allActions() throws -> Set<String> {
        Set(try statements().filter { ($0["Effect"] as? String) == "Allow" }.flatMap { Self.actionList($0["Action"]) })
    }

    /// The trust policy as text (it may be an object or an `Fn::Sub` string).
    func trustStatement() throws -> String {
        guard let trust = try role()["AssumeRolePolicyDocument"] else {
            throw Failure(code: "no-trust", description: "\(path) has no AssumeRolePolicyDocument")
        }
        let data = try JSONSerialization.data(withJSONObject: trust, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether a parameter is declared `NoEcho: true`.
    func parameterIsNoEcho(_ name: String) -> Bool {
        let parameters = root["Parameters"] as? [String: Any] ?? [:]
        let parameter = parameters[name] as? [String: Any] ?? [:]
        return parameter["NoEcho"] as? Bool ?? false
    }

    private static func actionList(_ value: Any?) -> [String] {
        if let one = value as? String { return [one] }
        return value as? [String] ?? []
    }
}
