import Foundation

/// Locates fixtures in the source tree (Package.swift excludes them from the build; there are no bundle resources).
enum FixturePaths {
    static func directory(_ relative: String, file: String = #filePath) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(relative).path
    }
}
