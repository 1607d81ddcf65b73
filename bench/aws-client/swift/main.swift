// aws-client-bench: the cost of signing one request and the calls/s the Swift client sustains
// against the local AWS test server. Driven by bench/aws-client/run.py, which starts the server,
// bootstraps credentials and prints these figures next to boto3's.
import AWSClient
import AWSServices
import Foundation
import Glibc

/// What the driver passes in the environment.
struct BenchSettings {
    var endpoint: URL
    var accessKeyId: String
    var secretAccessKey: String
    var calls: Int
    var concurrencies: [Int]
    var signIterations: Int

    static func fromEnvironment(_ environment: [String: String]) throws -> BenchSettings {
        func required(_ name: String) throws -> String {
            guard let value = environment[name], !value.isEmpty else {
                throw BenchError(message: "set \(name) (run.py does)")
            }
            return value
        }
        let endpointText = try required("ORGOPS_BENCH_ENDPOINT")
        guard let endpoint = URL(string: endpointText) else {
            throw BenchError(message: "ORGOPS_BENCH_ENDPOINT is not a url: '\(endpointText)'")
        }
        let concurrencies = (environment["ORGOPS_BENCH_CONCURRENCY"] ?? "1,8").split(separator: ",")
            .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        return BenchSettings(
            endpoint: endpoint, accessKeyId: try required("ORGOPS_BENCH_ACCESS_KEY_ID"),
            secretAccessKey: try required("ORGOPS_BENCH_SECRET_ACCESS_KEY"),
            calls: Int(environment["ORGOPS_BENCH_CALLS"] ?? "") ?? 2000,
            concurrencies: concurrencies.isEmpty ? [1, 8] : concurrencies,
            signIterations: Int(environment["ORGOPS_BENCH_SIGN_ITERATIONS"] ?? "") ?? 20000)
    }
}

/// A bad setting; the message names the variable.
struct BenchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The long-lived keys run.py bootstrapped.
struct BenchCredentials: CredentialProvider {
    let value: AWSCredentials
    func credentials() async throws -> AWSCredentials { value }
}

/// User and system CPU seconds this process has used.
func processCPUSeconds() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return (Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `calls` ListRoots calls with `concurrency` workers; returns wall, user and system CPU seconds, failures.
func runListRoots(_ api: OrganizationsAPI, calls: Int, concurrency: Int) async -> (Double, Double, Double, Int) {
    let cpuBefore = processCPUSeconds()
    let clock = ContinuousClock()
    let start = clock.now
    let failures = await withTaskGroup(of: Int.self) { group in
        for worker in 0..<concurrency {
            let share = calls / concurrency + (worker < calls % concurrency ? 1 : 0)
            group.addTask {
                var failed = 0
                for _ in 0..<share {
                    do {
                        _ = try await api.listRoots()
                    } catch {
                        failed += 1
                    }
                }
                return failed
            }
        }
        return await group.reduce(0, +)
    }
    let cpuAfter = processCPUSeconds()
    return (seconds(clock.now - start), cpuAfter.user - cpuBefore.user, cpuAfter.system - cpuBefore.system, failures)
}

let settings: BenchSettings
do {
    settings = try BenchSettings.fromEnvironment(ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data("aws-client-bench: \(error)\n".utf8))
    exit(2)
}

_ = SigV4Benchmark.run(iterations: 500)
let signMicros = SigV4Benchmark.run(iterations: settings.signIterations)
print(#"{"metric":"sign_us","value":\#(signMicros)}"#)

let configuration = AWSClient.Configuration(
    credentials: BenchCredentials(value: AWSCredentials(accessKeyId: settings.accessKeyId,
                                                        secretAccessKey: settings.secretAccessKey)),
    region: "us-east-1", endpoints: EndpointResolver(environment: ["AWS_ENDPOINT_URL": settings.endpoint.absoluteString],
                                                          sharedConfig: SharedConfig(), profile: nil), limits: .unlimited,
    scope: "bench")
let api = OrganizationsAPI(client: AWSClient(configuration: configuration))
_ = await runListRoots(api, calls: 50, concurrency: 1)
for concurrency in settings.concurrencies {
    let (wall, user, system, failures) = await runListRoots(api, calls: settings.calls, concurrency: concurrency)
    print(#"{"metric":"list_roots","client":"swift","concurrency":\#(concurrency),"calls":\#(settings.calls),"#
        + #""wall_s":\#(wall),"cpu_s":\#(user + system),"user_s":\#(user),"sys_s":\#(system),"#
        + #""failures":\#(failures)}"#)
}
