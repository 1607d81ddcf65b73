/// The stable error codes of the YAML module and the constructors that use them.
///
/// Codes are part of the API: callers (the manifest loader, the CLI's diagnostics) match on them, so they
/// never change once published. Messages may be improved; codes may not.
///
/// | code | meaning |
/// |---|---|
/// | `syntax` | the input is not YAML: an unexpected character or token, a missing `:`, `]` or `}` |
/// | `duplicate-key` | a mapping repeats a key; `related` marks the first occurrence |
/// | `tab-indentation` | a tab was used where YAML requires spaces for indentation |
/// | `alias-limit` | aliases would expand to more nodes than `YAMLLimits.maxAliasExpansion` |
/// | `depth-limit` | collections nest deeper than `YAMLLimits.maxDepth` |
/// | `undefined-alias` | `*name` refers to no earlier `&name` in the document |
/// | `invalid-escape` | a double-quoted scalar has an unknown escape or an invalid code point |
/// | `invalid-utf8` | the input bytes are not valid UTF-8 |
/// | `unterminated-scalar` | a quoted scalar has no closing quote |
/// | `invalid-indentation` | a line is indented where the structure does not allow it |
/// | `invalid-directive` | a `%YAML` / `%TAG` directive is malformed, repeated, or not followed by `---` |
/// | `undefined-tag-handle` | a tag uses a `!handle!` no `%TAG` directive declared |
extension YAMLError {
    /// The input is not YAML.
    public static let syntaxCode = "syntax"
    /// A mapping repeats a key.
    public static let duplicateKeyCode = "duplicate-key"
    /// A tab was used as indentation.
    public static let tabIndentationCode = "tab-indentation"
    /// Alias expansion exceeded `YAMLLimits.maxAliasExpansion`.
    public static let aliasLimitCode = "alias-limit"
    /// Nesting exceeded `YAMLLimits.maxDepth`.
    public static let depthLimitCode = "depth-limit"
    /// An alias names no anchor.
    public static let undefinedAliasCode = "undefined-alias"
    /// A bad escape sequence in a double-quoted scalar.
    public static let invalidEscapeCode = "invalid-escape"
    /// The bytes are not UTF-8.
    public static let invalidUTF8Code = "invalid-utf8"
    /// A quoted scalar was never closed.
    public static let unterminatedScalarCode = "unterminated-scalar"
    /// Indentation the structure does not allow.
    public static let invalidIndentationCode = "invalid-indentation"
    /// A malformed or misplaced directive.
    public static let invalidDirectiveCode = "invalid-directive"
    /// A tag handle without a `%TAG` directive.
    public static let undefinedTagHandleCode = "undefined-tag-handle"

    /// A `syntax` error.
    static func syntax(_ message: String, at mark: Mark) -> YAMLError {
        YAMLError(code: syntaxCode, message: message, mark: mark)
    }

    /// A `tab-indentation` error.
    static func tabIndentation(at mark: Mark) -> YAMLError {
        YAMLError(
            code: tabIndentationCode,
            message: "tab character used as indentation; indent with spaces",
            mark: mark)
    }

    /// An `invalid-indentation` error.
    static func indentation(_ message: String, at mark: Mark) -> YAMLError {
        YAMLError(code: invalidIndentationCode, message: message, mark: mark)
    }
}
