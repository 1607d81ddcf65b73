import OrgModel

/// `orgops schema`: prints the JSON Schema of the manifest format, so editors
/// (through the YAML language server) complete and check manifests as they
/// are typed.
///
/// The schema is generated from the same description the loader checks
/// with, so what the editor accepts and what `orgops validate` accepts only
/// differ in the rules a schema cannot say (cross-references, limits).
public struct SchemaCommand: Command {
    /// Creates the command.
    public init() {}

    public var spec: CommandSpec {
        CommandSpec(
            name: "schema",
            abstract: "Print the JSON Schema of the manifest format.",
            discussion: """
                Point an editor at it: `orgops schema > orgops.schema.json`, then add
                `# yaml-language-server: $schema=./orgops.schema.json` to a manifest or map
                the file in VS Code's `yaml.schemas` setting.
                """,
            exitCodes: [.init(0, "The schema was printed.")])
    }

    public func run(_ arguments: ParsedArguments, context: CommandContext) async throws -> Int32 {
        let schema = ManifestSchema.jsonSchema()
        context.stdout.write(schema.hasSuffix("\n") ? schema : schema + "\n")
        return 0
    }
}
