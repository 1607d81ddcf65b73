// yaml-conformance DIR: runs every case of a YAML-test-suite-style directory and reports
// one line per failing case, the per-category counts, then `N passed, M failed`.
// yaml-conformance --benchmark FILE [REPEAT]: parses FILE REPEAT times and prints the throughput.
import Foundation
import YAML

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
if arguments.count >= 3 && arguments[1] == "--benchmark" {
    guard let data = FileManager.default.contents(atPath: arguments[2]) else { fail("yaml-conformance: cannot read '\(arguments[2])'") }
    let bytes = [UInt8](data)
    let repeats = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 10) : 10
    // Wall time suffers on a busy machine; the thread's CPU time is the fairer figure there.
    func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    let clock = ContinuousClock()
    var bestWall = Duration.seconds(1_000_000)
    var bestCPU = Double.infinity
    var documents: [Document] = []
    for _ in 0..<repeats {
        documents = []  // freeing the previous result is not part of the parse
        let started = clock.now
        let startedCPU = cpuSeconds()
        do {
            documents = try YAMLParser.parse(bytes)
        } catch {
            fail("yaml-conformance: \(arguments[2]):\(error)")
        }
        bestCPU = min(bestCPU, cpuSeconds() - startedCPU)
        bestWall = min(bestWall, clock.now - started)
    }
    let wall = Double(bestWall.components.seconds) + Double(bestWall.components.attoseconds) / 1e18
    let megabytes = Double(bytes.count) / 1_000_000
    print(String(
        format: "%.2f MB, %d documents, best of %d: wall %.1f ms (%.1f MB/s), cpu %.1f ms (%.1f MB/s)",
        megabytes, documents.count, repeats, wall * 1000, megabytes / wall, bestCPU * 1000, megabytes / bestCPU))
    exit(0)
}
guard arguments.count == 2 else { fail("usage: yaml-conformance DIR | --benchmark FILE [REPEAT]") }
let root = arguments[1]
var isDirectory: ObjCBool = false
guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
    fail("yaml-conformance: '\(root)' is not a directory")
}
let cases = YAMLConformance.discoverCases(
    root: root,
    listDirectory: { path in
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return nil }
        return try? FileManager.default.contentsOfDirectory(atPath: path)
    },
    readFile: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } })
let summary = YAMLConformance.run(cases)
for line in summary.reportLines { print(line) }
exit(summary.failed == 0 ? 0 : 1)
