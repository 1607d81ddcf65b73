import Foundation
import Testing
@testable import OrgModel

@Suite struct ManifestSchemaTests {
    func schema() throws -> [String: Any] {
        let data = Data(ManifestSchema.jsonSchema().utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func isDraft07WithKindDispatch() throws {
        let root = try schema()
        #expect(root["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(root["required"] as? [String] == ["apiVersion", "kind", "metadata", "spec"])
        let properties = try #require(root["properties"] as? [String: Any])
        #expect((properties["kind"] as? [String: Any])?["enum"] as? [String] == ManifestSchema.kinds)
        let dispatch = try #require(root["allOf"] as? [[String: Any]])
        #expect(dispatch.count == 6)
        let first = try #require(dispatch.first)
        let condition = try #require((first["if"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((condition["kind"] as? [String: Any])?["const"] as? String == "Organization")
        #expect((first["then"] as? [String: Any])?["$ref"] as? String == "#/definitions/OrganizationManifest")
    }

    @Test func everyObjectIsClosedAndDescribed() throws {
        let definitions = try #require(try schema()["definitions"] as? [String: [String: Any]])
        #expect(Set(definitions.keys) == Set(ManifestSchema.objects.keys))
        for (name, definition) in definitions {
            #expect(definition["additionalProperties"] as? Bool == false, "\(name) is not closed")
            #expect((definition["description"] as? String)?.isEmpty == false, "\(name) has no description")
            let properties = try #require(definition["properties"] as? [String: [String: Any]])
            for (field, property) in properties {
                #expect(property["description"] is String, "\(name).\(field) has no description")
            }
        }
    }

    @Test func carriesEnumsPatternsLengthsAndRequiredFields() throws {
        let definitions = try #require(try schema()["definitions"] as? [String: [String: Any]])
        let account = try #require(definitions["AccountSpec"])
        #expect(Set(account["required"] as? [String] ?? []) == ["email", "organizationalUnit"])
        let fields = try #require(account["properties"] as? [String: [String: Any]])
        #expect(fields["accountId"]?["pattern"] as? String == "^[0-9]{12}$")
        #expect(fields["email"]?["maxLength"] as? Int == 64)
        #expect(fields["onRemoval"]?["enum"] as? [String] == ["release", "remove", "close"])
        let unit = try #require(definitions["OrganizationalUnit"]?["properties"] as? [String: [String: Any]])
        let children = try #require(unit["children"]?["items"] as? [String: Any])
        #expect(children["$ref"] as? String == "#/definitions/OrganizationalUnit")
        let policy = try #require(definitions["PolicySpec"]?["properties"] as? [String: [String: Any]])
        #expect(policy["document"]?["type"] as? [String] == ["object", "string"])
        let targets = try #require(policy["targets"]?["items"] as? [String: Any])
        #expect((targets["oneOf"] as? [Any])?.count == 2)
    }

    @Test func patternsCompileAsRegularExpressions() throws {
        func walk(_ value: Any, into patterns: inout [String]) {
            if let object = value as? [String: Any] {
                if let pattern = object["pattern"] as? String { patterns.append(pattern) }
                for child in object.values { walk(child, into: &patterns) }
            } else if let array = value as? [Any] {
                for child in array { walk(child, into: &patterns) }
            }
        }
        var patterns: [String] = []
        walk(try schema(), into: &patterns)
        #expect(patterns.count > 20)
        for pattern in patterns {
            #expect((try? NSRegularExpression(pattern: pattern)) != nil, "pattern \(pattern) does not compile")
        }
    }
}

extension ManifestSchemaTests {
    @Test func prettyTextIsIndentedAndEquivalentToCanonicalText() throws {
        let value = JSONValue.sortedObject([("b", .array([.string("x,y"), .number("1")])), ("a", .object([("k", .null)]))])
        #expect(value.prettyText == "{\n  \"a\": {\n    \"k\": null\n  },\n  \"b\": [\"x,y\", 1]\n}\n")
        #expect(try JSONParser.parse(value.prettyText) == value)
        #expect(ManifestSchema.jsonSchema().hasPrefix("{\n  \"$id\""))
    }
}
