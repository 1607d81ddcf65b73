/// Plan files carry definitions as JSON; `adoptionTagKey` is written only for an adoption, so a plan
/// without one encodes as it did before adoption existed, and an older plan file still decodes.
extension StackSetDefinition {
    enum CodingKeys: String, CodingKey {
        case identity, templateFile, templateSHA256, description, capabilities, parameters, tags, autoDeployment,
             managedExecution, administrationRoleArn, executionRoleName, operationPreferences, adoptionTagKey
    }

    /// Decodes a definition; a plan file written before adoption existed has no `adoptionTagKey`.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        identity = try values.decode(StackSetIdentity.self, forKey: .identity)
        templateFile = try values.decode(String.self, forKey: .templateFile)
        templateSHA256 = try values.decode(String.self, forKey: .templateSHA256)
        description = try values.decodeIfPresent(String.self, forKey: .description)
        capabilities = try values.decode([String].self, forKey: .capabilities)
        parameters = try values.decode([String: PlannedParameter].self, forKey: .parameters)
        tags = try values.decode([String: String].self, forKey: .tags)
        autoDeployment = try values.decodeIfPresent(AutoDeploymentSetting.self, forKey: .autoDeployment)
        managedExecution = try values.decode(Bool.self, forKey: .managedExecution)
        administrationRoleArn = try values.decodeIfPresent(String.self, forKey: .administrationRoleArn)
        executionRoleName = try values.decodeIfPresent(String.self, forKey: .executionRoleName)
        operationPreferences = try values.decode(StackSetPreferences.self, forKey: .operationPreferences)
        adoptionTagKey = try values.decodeIfPresent(String.self, forKey: .adoptionTagKey)
    }

    /// Encodes a definition; `adoptionTagKey` only when set, so plans without adoption encode as before.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(identity, forKey: .identity)
        try values.encode(templateFile, forKey: .templateFile)
        try values.encode(templateSHA256, forKey: .templateSHA256)
        try values.encodeIfPresent(description, forKey: .description)
        try values.encode(capabilities, forKey: .capabilities)
        try values.encode(parameters, forKey: .parameters)
        try values.encode(tags, forKey: .tags)
        try values.encodeIfPresent(autoDeployment, forKey: .autoDeployment)
        try values.encode(managedExecution, forKey: .managedExecution)
        try values.encodeIfPresent(administrationRoleArn, forKey: .administrationRoleArn)
        try values.encodeIfPresent(executionRoleName, forKey: .executionRoleName)
        try values.encode(operationPreferences, forKey: .operationPreferences)
        try values.encodeIfPresent(adoptionTagKey, forKey: .adoptionTagKey)
    }
}
