import OperatorSupport

extension LoadSession {
    /// Places an Account into its organization and checks the global uniqueness of email and ID.
    ///
    /// Emails are compared case-insensitively (AWS treats them so); an ID may be
    /// declared once across all organizations, and never as another organization's
    /// management account. Decision: `organizationalUnit` is required (no implied root), so a
    /// missing line can never move an existing account.
    mutating func placeAccount(_ document: ManifestDocument, into context: inout OrganizationContext,
                               emails: inout [String: SourceLocation], accountIds: inout [String: SourceLocation]) {
        let spec = document.spec
        guard let email = spec["email"]?.string, let ou = spec["organizationalUnit"] else { return }
        let path = ou.string ?? "/"
        _ = Self.checkOUPath(path, at: ou.location, in: context, diagnostics: &diagnostics)
        let emailLocation = spec["email"]?.location ?? spec.location
        let emailKey = email.lowercased()
        if let first = emails[emailKey] {
            diagnostics.append(.error("duplicate-email", "email '\(email)' is already used by another account; account emails are unique across AWS",
                                      at: emailLocation, related: [(first, "first used here")]))
        } else {
            emails[emailKey] = emailLocation
        }
        let accountId = spec["accountId"]?.string
        if let accountId, let idNode = spec["accountId"] {
            if let first = accountIds[accountId] {
                if accountId == context.organization.managementAccountId, first == context.managementAccountIdLocation {
                    accountIds[accountId] = idNode.location
                } else {
                    diagnostics.append(.error("duplicate-account-id", "account id '\(accountId)' is declared more than once",
                                              at: idNode.location, related: [(first, "first declared here")]))
                }
            } else {
                accountIds[accountId] = idNode.location
            }
        }
        let ref = AccountRef(name: document.name, accountId: accountId)
        context.accountsByName[document.name] = ref
        if let accountId { context.accountsById[accountId] = ref }
        context.organization.accounts.append(DesiredAccount(
            name: document.name, accountId: accountId, email: email, accountName: spec["accountName"]?.string ?? document.name,
            organizationalUnit: path, tags: spec.stringMap("tags"), onRemoval: spec["onRemoval"]?.string ?? "release",
            roleName: spec["roleName"]?.string, iamUserAccessToBilling: spec["iamUserAccessToBilling"]?.string,
            source: document.location))
        if spec["accountName"] == nil, !StringRule.accountName.isValid(document.name) {
            diagnostics.append(.error("invalid-format",
                                      "account name '\(document.name)' (from metadata.name) is longer than 50 characters; set spec.accountName",
                                      at: document.metadata["name"]?.location))
        }
    }
}

extension StringRule {
    /// Whether a value passes the rule's lengths and check (for values that did not come from their own field).
    func isValid(_ value: String) -> Bool {
        let length = value.unicodeScalars.count
        if let minLength, length < minLength { return false }
        if let maxLength, length > maxLength { return false }
        return check?(value) ?? true
    }
}
