import OperatorSupport

/// A policy document read from a manifest or a file, before type-specific limits.
struct LoadedDocument {
    var value: JSONValue
    /// Characters once whitespace outside strings is removed (what AWS measures).
    var minifiedLength: Int
    /// Bytes of the canonical form (what orgops submits).
    var canonicalBytes: Int
    var sourceFile: String?
}

extension LoadSession {
    /// Resolves a file reference relative to the manifest's directory; refuses `..` and symbolic-link
    /// escapes and missing files with an error at the field.
    mutating func readReference(_ field: Checked, from document: ManifestDocument) -> (path: String, bytes: [UInt8])? {
        guard let reference = field.string else { return nil }
        guard let path = RepositoryPath.resolve(reference, from: RepositoryPath.directory(of: document.file)) else {
            diagnostics.append(.error("file-escape", "file reference '\(reference)' leaves the repository; references are relative to the manifest's directory and stay inside the repository",
                                      at: field.location))
            return nil
        }
        var real = path
        if symlinks[path] != nil {
            switch resolveSymlink(path) {
            case .success(let resolved): real = resolved
            case .failure(.escapes):
                diagnostics.append(.error("file-escape", "file reference '\(reference)' is a symbolic link that leaves the repository",
                                          at: field.location))
                return nil
            case .failure(.missing):
                diagnostics.append(.error("file-missing", "file reference '\(reference)' is a symbolic link to a file that does not exist",
                                          at: field.location))
                return nil
            }
        }
        guard regular.contains(real) else {
            diagnostics.append(.error("file-missing", "file '\(path)' (referenced as '\(reference)') does not exist", at: field.location))
            return nil
        }
        do throws(FileSystemError) {
            return (path, try files.readFile(real))
        } catch {
            diagnostics.append(.error("file-unreadable", error.message, at: field.location))
            return nil
        }
    }

    /// Loads a policy document given inline (`inlineKey`) or by file (`fileKey`): exactly one, valid JSON, an object.
    mutating func loadDocument(_ document: ManifestDocument, inlineKey: String, fileKey: String, required: Bool,
                               what: String) -> LoadedDocument? {
        let spec = document.spec
        switch (spec[inlineKey], spec[fileKey]) {
        case (.some, .some(let file)):
            diagnostics.append(.error("conflicting-fields", "\(what) has both '\(inlineKey)' and '\(fileKey)'; use one", at: file.location))
            return nil
        case (nil, nil):
            if required {
                diagnostics.append(.error("missing-field", "\(what) needs '\(inlineKey)' or '\(fileKey)'", at: spec.location))
            }
            return nil
        case (let inline?, nil):
            switch inline.content {
            case .json(let value):
                return objectDocument(value, at: inline.location, what: what,
                                      minified: value.canonicalText.unicodeScalars.count, sourceFile: nil)
            case .string(let text):
                do throws(JSONParseError) {
                    let value = try JSONParser.parse(text)
                    return objectDocument(value, at: inline.location, what: what, minified: JSONValue.minifiedLength(of: text), sourceFile: nil)
                } catch {
                    diagnostics.append(.error("invalid-json", "\(what) is not valid JSON: \(error.message)", at: inline.location))
                    return nil
                }
            default:
                return nil
            }
        case (nil, let file?):
            guard let (path, bytes) = readReference(file, from: document) else { return nil }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error("invalid-encoding", "file '\(path)' is not valid UTF-8", at: file.location))
                return nil
            }
            sources[path] = text
            do throws(JSONParseError) {
                let value = try JSONParser.parse(text)
                return objectDocument(value, at: file.location, what: what, minified: JSONValue.minifiedLength(of: text), sourceFile: path)
            } catch {
                diagnostics.append(.error("invalid-json", "'\(path)' is not valid JSON: \(error.message)",
                                          at: SourceLocation(file: path, line: error.line, column: error.column),
                                          related: [(file.location, "referenced here")]))
                return nil
            }
        }
    }

    private mutating func objectDocument(_ value: JSONValue, at location: SourceLocation, what: String, minified: Int,
                                         sourceFile: String?) -> LoadedDocument? {
        guard case .object = value else {
            diagnostics.append(.error("invalid-json", "\(what) must be one JSON object", at: location))
            return nil
        }
        return LoadedDocument(value: value, minifiedLength: minified, canonicalBytes: value.canonicalText.utf8.count, sourceFile: sourceFile)
    }
}
