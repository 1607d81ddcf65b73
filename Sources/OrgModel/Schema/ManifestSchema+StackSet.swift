extension ManifestSchema {
    static var stackSetObjects: [ObjectSchema] {
        let percent = SchemaType.integer(min: 0, max: 100)
        return [
            ObjectSchema(
                name: "StackSetSpec", title: "StackSet spec",
                doc: "A CloudFormation StackSet and where its instances run.",
                fields: [
                    FieldSchema("stackSetName", .string(.stackSetName), doc: "AWS name; defaults to metadata.name."),
                    FieldSchema("templateFile", .string(.filePath), required: true,
                                doc: "The template, relative to this manifest's directory (at most 51,200 bytes)."),
                    FieldSchema("description", .string(StringRule(minLength: 1, maxLength: 1024)), doc: "Stack set description."),
                    FieldSchema("permissionModel", .enumeration(["SERVICE_MANAGED", "SELF_MANAGED"]), required: true,
                                doc: "SERVICE_MANAGED (deploys to OUs through Organizations) or SELF_MANAGED (to listed accounts with your roles)."),
                    FieldSchema("callAs", .enumeration(["SELF", "DELEGATED_ADMIN"]),
                                doc: "SELF (default) or DELEGATED_ADMIN (service-managed only)."),
                    FieldSchema("administrationRoleArn", .string(StringRule(minLength: 20, maxLength: 2048)),
                                doc: "SELF_MANAGED only: the administration role."),
                    FieldSchema("executionRoleName", .string(.executionRoleName), doc: "SELF_MANAGED only: the execution role name."),
                    FieldSchema("capabilities", .list(.enumeration(["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]), maxItems: nil),
                                doc: "Capabilities the template needs."),
                    FieldSchema("parameters", .map(key: .parameterKey, value: .string(StringRule(maxLength: 4096)), maxItems: 200),
                                doc: "Template parameters; strings may use ${organization.*} variables."),
                    FieldSchema("secretParameters", .map(key: .parameterKey, value: .object("SecretSource"), maxItems: 200),
                                doc: "Parameters read at run time from the environment or a file; values are never printed or committed."),
                    FieldSchema("parameterOverrides", .list(.object("ParameterOverride"), maxItems: nil),
                                doc: "Per-account and/or per-region parameter values."),
                    FieldSchema("managedExecution", .object("ManagedExecution"), doc: "Lets independent operations run concurrently."),
                    FieldSchema("driftRemediation", .enumeration(["report", "reapply"]),
                                doc: "report (default) or reapply drifted stack instances."),
                    FieldSchema("tags", .map(key: .stackTagKey, value: .string(.stackTagValue), maxItems: 50), doc: "Tags on the stack set (at most 50)."),
                    FieldSchema("autoDeployment", .object("AutoDeployment"),
                                doc: "SERVICE_MANAGED only; defaults to enabled, stacks not retained on account removal."),
                    FieldSchema("deploymentTargets", .object("DeploymentTargets"), required: true, doc: "Where instances run."),
                    FieldSchema("regions", .list(.string(.region), maxItems: nil), required: true, doc: "Regions instances run in."),
                    FieldSchema("operationPreferences", .object("OperationPreferences"), doc: "How fast and how tolerant operations are."),
                    FieldSchema("adopt", .boolean,
                                doc: "Take over an existing stack set of this name without the ownership tag (default false); one tagged for another organization is never taken."),
                ]),
            ObjectSchema(
                name: "SecretSource", title: "secret parameter", doc: "Where a secret parameter's value is read from at run time.",
                fields: [
                    FieldSchema("env", .string(StringRule(minLength: 1, maxLength: 256)), doc: "An environment variable of the operator."),
                    FieldSchema("file", .string(StringRule(minLength: 1, maxLength: 4096)), doc: "An absolute file path in the operator's container."),
                ]),
            ObjectSchema(
                name: "ParameterOverride", title: "parameter override", doc: "Parameter values for some accounts and/or regions.",
                fields: [
                    FieldSchema("accounts", .list(.string(.accountReference), maxItems: nil), doc: "Accounts (name or ID)."),
                    FieldSchema("regions", .list(.string(.region), maxItems: nil), doc: "Regions (among the stack set's regions)."),
                    FieldSchema("parameters", .map(key: .parameterKey, value: .string(StringRule(maxLength: 4096)), maxItems: 200),
                                required: true, doc: "The overriding values."),
                ]),
            ObjectSchema(
                name: "ManagedExecution", title: "managedExecution", doc: "StackSets managed execution.",
                fields: [FieldSchema("active", .boolean, required: true, doc: "Run independent operations concurrently.")]),
            ObjectSchema(
                name: "AutoDeployment", title: "autoDeployment", doc: "Deploy to accounts added to target OUs.",
                fields: [
                    FieldSchema("enabled", .boolean, required: true, doc: "Deploy automatically to new accounts in target OUs."),
                    FieldSchema("retainStacksOnAccountRemoval", .boolean, doc: "Keep stacks when an account leaves a target OU (default false)."),
                ]),
            ObjectSchema(
                name: "DeploymentTargets", title: "deploymentTargets", doc: "OUs and/or accounts instances run in.",
                fields: [
                    FieldSchema("organizationalUnits", .list(.string(.ouPath), maxItems: nil), doc: "OU paths (SERVICE_MANAGED)."),
                    FieldSchema("accounts", .list(.string(.accountReference), maxItems: nil),
                                doc: "Accounts: the targets for SELF_MANAGED, an intersection filter for SERVICE_MANAGED."),
                    FieldSchema("excludeAccounts", .list(.string(.accountReference), maxItems: nil),
                                doc: "SERVICE_MANAGED: accounts under the OUs to leave out."),
                ]),
            ObjectSchema(
                name: "OperationPreferences", title: "operationPreferences", doc: "StackSet operation preferences.",
                fields: [
                    FieldSchema("regionConcurrencyType", .enumeration(["SEQUENTIAL", "PARALLEL"]), doc: "SEQUENTIAL (default) or PARALLEL."),
                    FieldSchema("regionOrder", .list(.string(.region), maxItems: nil), doc: "Order of regions (each among regions)."),
                    FieldSchema("failureToleranceCount", .integer(min: 0, max: nil), doc: "Failures per region before stopping (xor percentage)."),
                    FieldSchema("failureTolerancePercentage", percent, doc: "Failure percentage per region before stopping (xor count)."),
                    FieldSchema("maxConcurrentCount", .integer(min: 1, max: nil), doc: "Accounts at a time per region (xor percentage)."),
                    FieldSchema("maxConcurrentPercentage", .integer(min: 1, max: 100), doc: "Percentage of accounts at a time (xor count)."),
                    FieldSchema("concurrencyMode", .enumeration(["STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"]),
                                doc: "STRICT_FAILURE_TOLERANCE (default) or SOFT_FAILURE_TOLERANCE."),
                ]),
        ]
    }
}
