/// The string formats of the manifest schema, from AWS's models (aws-model-constraints.md)
/// and the orgops naming rules (MANIFESTS.md).
extension StringRule {
    /// `metadata.name`: 1–128 of `[A-Za-z0-9._-]`.
    public static let resourceName = StringRule(
        minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9._-]+$",
        expectation: "use letters, digits, '.', '_' and '-'",
        check: { allASCII($0) { isAlnumByte($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") } })

    /// An entry of `metadata.organizations`: an Organization's name, or `*` for all of them.
    public static let organizationReference = StringRule(
        minLength: 1, maxLength: 128, pattern: "^([A-Za-z0-9._-]+|\\*)$",
        expectation: "name an Organization manifest, or use '*' for every organization",
        check: { $0 == "*" || (resourceName.check?($0) ?? true) })

    /// A 12-digit AWS account ID.
    public static let accountId = StringRule(
        pattern: "^[0-9]{12}$", expectation: "an account id is exactly 12 digits", warnsUnquotedAccountId: true,
        check: isAccountId)

    /// A reference to an account: its `metadata.name` or its 12-digit ID.
    public static let accountReference = StringRule(
        minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9._-]+$",
        expectation: "reference an account by its metadata.name or its 12-digit id", warnsUnquotedAccountId: true,
        check: resourceName.check)

    /// An OU path: `/` (the root) or `/A/B`.
    public static let ouPath = StringRule(
        minLength: 1, pattern: "^/([^/]+(/[^/]+)*)?$",
        expectation: "an OU path starts with '/' and names each OU, such as '/Workloads/Prod'",
        check: isOUPath)

    /// An account email (CreateAccount.Email and its documented rules).
    public static let email = StringRule(
        minLength: 6, maxLength: 64, pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
        expectation: "one '@', an ASCII local part without spaces or \"'()<>[]:;,\\|%&, and a dotted domain",
        check: isAccountEmail)

    /// CreateAccount.AccountName: 1–50 printable ASCII.
    public static let accountName = StringRule(
        minLength: 1, maxLength: 50, pattern: "^[\\x20-\\x7E]+$", expectation: "printable ASCII",
        check: { allASCII($0) { $0 >= 0x20 && $0 <= 0x7E } })

    /// Tag keys of Organizations and Identity Center: 1–128 of letters, spaces, digits and `_.:/=+-@`.
    public static let tagKey = StringRule(
        minLength: 1, maxLength: 128, expectation: "letters, digits, spaces and _.:/=+-@", check: isTagText)

    /// Tag values: 0–256 of the same characters.
    public static let tagValue = StringRule(
        minLength: 0, maxLength: 256, expectation: "letters, digits, spaces and _.:/=+-@", check: isTagText)

    /// An AWS region code such as `eu-west-1`.
    public static let region = StringRule(
        minLength: 1, maxLength: 128, pattern: "^[a-zA-Z0-9-]+$", expectation: "a region code such as 'eu-west-1'",
        check: { allASCII($0) { isAlnumByte($0) || $0 == UInt8(ascii: "-") } })

    /// A service principal such as `sso.amazonaws.com`: 1–128 of `[\w+=,.@-]`.
    public static let servicePrincipal = StringRule(
        minLength: 1, maxLength: 128, pattern: "^[\\w+=,.@-]+$", expectation: "a service principal such as 'sso.amazonaws.com'",
        check: isIAMNameText)

    /// An IAM role ARN (AssumeRole.RoleArn, 20–2048).
    public static let roleArn = StringRule(
        minLength: 20, maxLength: 2048, pattern: RegexPatterns.roleArn,
        expectation: "an IAM role ARN such as 'arn:aws:iam::111111111111:role/orgops'",
        check: PatternMatchers.isRoleArn)

    /// An AssumeRole external ID: 2–1224 of `[\w+=,.@:/-]`.
    public static let externalId = StringRule(
        minLength: 2, maxLength: 1224, pattern: "^[\\w+=,.@:/-]+$", expectation: "letters, digits and +=,.@:/-",
        check: { allScalars($0) { isWordScalar($0) || "+=,.@:/-".unicodeScalars.contains($0) } })

    /// An OU ID, for pinning an OU.
    public static let ouId = StringRule(
        maxLength: 68, pattern: RegexPatterns.ouId, expectation: "an OU id such as 'ou-ab12-34cd56ef'",
        check: PatternMatchers.isOUId)

    /// An OU name: 1–128, without `/` (paths use it as the separator).
    public static let ouName = StringRule(
        minLength: 1, maxLength: 128, pattern: "^[^/]+$", expectation: "an OU name may not contain '/'",
        check: { !$0.contains("/") })

    /// An Identity Center instance ARN.
    public static let instanceArn = StringRule(
        minLength: 10, maxLength: 1224, pattern: RegexPatterns.instanceArn,
        expectation: "an instance ARN such as 'arn:aws:sso:::instance/ssoins-0123456789abcdef'",
        check: PatternMatchers.isInstanceArn)

    /// A permission set name: 1–32 of `[\w+=,.@-]`.
    public static let permissionSetName = StringRule(
        minLength: 1, maxLength: 32, pattern: "^[\\w+=,.@-]+$", expectation: "letters, digits and +=,.@_-",
        check: isIAMNameText)

    /// A permission set description: 1–700 of Latin-1 text.
    public static let permissionSetDescription = StringRule(
        minLength: 1, maxLength: 700, expectation: "Latin-1 text (no emoji or CJK)",
        check: { allScalars($0) { $0 == "\t" || $0 == "\n" || $0 == "\r" || ($0.value >= 0x20 && $0.value <= 0x7E) || ($0.value >= 0xA1 && $0.value <= 0xFF) } })

    /// A relay state URL: 1–240.
    public static let relayState = StringRule(
        minLength: 1, maxLength: 240, pattern: "^[a-zA-Z0-9&$@#\\\\/%?=~\\-_'\"|!:,.;*+\\[\\] (){}]+$",
        expectation: "a URL", check: { allScalars($0) { isASCIIAlnum($0) || "&$@#\\/%?=~-_'\"|!:,.;*+[] (){}".unicodeScalars.contains($0) } })

    /// An AWS managed policy ARN.
    public static let managedPolicyArn = StringRule(
        minLength: 20, maxLength: 2048, pattern: RegexPatterns.managedPolicyArn,
        expectation: "an AWS managed policy ARN such as 'arn:aws:iam::aws:policy/ReadOnlyAccess'",
        check: PatternMatchers.isManagedPolicyArn)

    /// A customer-managed policy name: 1–128 of `[\w+=,.@-]`.
    public static let managedPolicyName = StringRule(
        minLength: 1, maxLength: 128, pattern: "^[\\w+=,.@-]+$", expectation: "letters, digits and +=,.@_-", check: isIAMNameText)

    /// An IAM path: `/` or `/a/b/`.
    public static let iamPath = StringRule(
        minLength: 1, maxLength: 512, pattern: RegexPatterns.iamPath, expectation: "an IAM path such as '/' or '/teams/'",
        check: PatternMatchers.isIAMPath)

    /// An ISO-8601 duration (the rule PT1H..PT12H is checked separately).
    public static let duration = StringRule(
        minLength: 1, maxLength: 100, pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+[DW])?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$",
        expectation: "an ISO-8601 duration such as 'PT8H'")

    /// A StackSet name: a letter, then letters, digits and `-`; at most 128.
    public static let stackSetName = StringRule(
        minLength: 1, maxLength: 128, pattern: "^[a-zA-Z][-a-zA-Z0-9]*$",
        expectation: "a letter followed by letters, digits and '-'",
        check: { name in
            guard let first = name.unicodeScalars.first, isASCIILetter(first) else { return false }
            return allScalars(name) { isASCIIAlnum($0) || $0 == "-" }
        })

    /// A StackSet execution role name.
    public static let executionRoleName = StringRule(
        minLength: 1, maxLength: 64, pattern: "^[a-zA-Z_0-9+=,.@-]+$", expectation: "letters, digits and _+=,.@-", check: isIAMNameText)

    /// A repository-relative file reference.
    public static let filePath = StringRule(minLength: 1, expectation: "a path relative to this manifest's directory")

    /// A StackSet tag value: 1–256.
    public static let stackTagValue = StringRule(minLength: 1, maxLength: 256)

    /// A StackSet tag key: 1–128, not starting with `aws:`.
    public static let stackTagKey = StringRule(
        minLength: 1, maxLength: 128, pattern: "^(?!aws:).+$", expectation: "a key that does not start with 'aws:'",
        check: { !$0.hasPrefix("aws:") })

    /// A CloudFormation parameter key: alphanumeric.
    public static let parameterKey = StringRule(
        minLength: 1, maxLength: 255, pattern: "^[A-Za-z0-9]+$", expectation: "letters and digits",
        check: { allScalars($0) { isASCIIAlnum($0) } })

    /// Whether the text is exactly 12 ASCII digits.
    @Sendable public static func isAccountId(_ s: String) -> Bool {
        s.utf8.count == 12 && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    @Sendable static func isAccountEmail(_ s: String) -> Bool {
        withUTF8(s) { bytes in
            var at = -1
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 { return false }
                if byte == UInt8(ascii: "@") {
                    if at >= 0 { return false }
                    at = index
                }
            }
            // A non-empty local part that does not start with '.', and none of the forbidden characters.
            guard at > 0, bytes[0] != UInt8(ascii: ".") else { return false }
            for index in 0..<at where emailForbidden[Int(bytes[index])] { return false }
            // A dotted domain of letters, digits, '.' and '-', not starting or ending with either, without "..".
            let start = at + 1
            let end = bytes.count
            guard start < end else { return false }
            let first = bytes[start]
            let last = bytes[end - 1]
            if first == UInt8(ascii: ".") || first == UInt8(ascii: "-") || last == UInt8(ascii: ".") || last == UInt8(ascii: "-") {
                return false
            }
            var sawDot = false
            var previousDot = false
            for index in start..<end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") {
                    if previousDot { return false }
                    sawDot = true
                    previousDot = true
                } else {
                    guard isAlnumByte(byte) || byte == UInt8(ascii: "-") else { return false }
                    previousDot = false
                }
            }
            return sawDot
        }
    }

    /// Characters an account email's local part may not contain (CreateAccount.Email documentation),
    /// as a table indexed by byte.
    private static let emailForbidden: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in " \t\n\"'()<>[]:;,\\|%&".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// `/` (the root) or `/A/B`: no empty segment, no trailing `/`. Byte by byte for ASCII paths;
    /// other paths compare by `Character`, as `hasPrefix`/`contains` do, so a combining mark
    /// after a `/` keeps its meaning.
    @Sendable static func isOUPath(_ path: String) -> Bool {
        let ascii: Bool? = withUTF8(path) { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let first = bytes.first, first == UInt8(ascii: "/") else { return false }
            if bytes.count == 1 { return true }
            if bytes[bytes.count - 1] == UInt8(ascii: "/") { return false }
            for index in 1..<bytes.count where bytes[index] == UInt8(ascii: "/") && bytes[index - 1] == UInt8(ascii: "/") {
                return false
            }
            return true
        }
        if let ascii { return ascii }
        guard path.hasPrefix("/") else { return false }
        if path == "/" { return true }
        return !path.hasSuffix("/") && !path.contains("//")
    }

    @Sendable static func isTagText(_ s: String) -> Bool {
        // ASCII text needs no Unicode tables: its letters, digits and space are the only ASCII
        // scalars of the accepted categories.
        let ascii: Bool? = withUTF8(s) { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.allSatisfy { isAlnumByte($0) || tagPunctuation[Int($0)] }
        }
        if let ascii { return ascii }
        return allScalars(s) { scalar in
            let p = scalar.properties.generalCategory
            switch p {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .spaceSeparator, .lineSeparator, .paragraphSeparator, .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return "_.:/=+-@".unicodeScalars.contains(scalar)
            }
        }
    }

    /// Space and `_.:/=+-@`, the ASCII non-alphanumerics tag text allows, as a table indexed by byte.
    private static let tagPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in " _.:/=+-@".utf8 { table[Int(byte)] = true }
        return table
    }()

    @Sendable static func isIAMNameText(_ s: String) -> Bool {
        allASCII(s) { isAlnumByte($0) || iamPunctuation[Int($0)] }
    }

    /// `_+=,.@-`, the non-alphanumerics of IAM names (`[\\w+=,.@-]`), as a table indexed by byte.
    private static let iamPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "_+=,.@-".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The string's UTF-8 bytes, contiguous (native strings need no copy).
    static func withUTF8<Result>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = s.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether every byte is ASCII and passes `predicate`: the same as testing every scalar, for
    /// predicates that accept only ASCII scalars, without decoding any.
    static func allASCII(_ s: String, _ predicate: (UInt8) -> Bool) -> Bool {
        withUTF8(s) { bytes in bytes.allSatisfy { $0 < 0x80 && predicate($0) } }
    }

    /// `s.unicodeScalars.count` without decoding: every scalar has exactly one byte that is not
    /// a UTF-8 continuation byte (`10xxxxxx`).
    static func scalarCount(_ s: String) -> Int {
        withUTF8(s) { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    static func isAlnumByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    static func allScalars(_ s: String, _ predicate: (Unicode.Scalar) -> Bool) -> Bool {
        s.unicodeScalars.allSatisfy(predicate)
    }

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool {
        isASCIILetter(c) || (c.value >= 0x30 && c.value <= 0x39)
    }

    /// `\w` as ECMA-262 defines it without the `u` flag: ASCII letters, digits and `_`.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        isASCIIAlnum(c) || c == "_"
    }
}

/// The patterns of the rules that `PatternMatchers` checks by hand (ARNs, OU IDs, IAM paths), as
/// the JSON Schema publishes them; each matcher's documentation quotes its pattern.
enum RegexPatterns {
    static let roleArn = "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"
    static let ouId = "^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$"
    static let instanceArn = "^arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"
    static let managedPolicyArn = "^arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9.,+@=_-]+)*)/([A-Za-z0-9.,+=@_-]+)$"
    static let iamPath = "^((/[A-Za-z0-9.,+@=_-]+)*)/$"
}
