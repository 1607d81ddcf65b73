import Foundation

/// Measures the cost of signing one typical request, for the lead's performance budget.
///
/// The request is what the operator sends most: an Organizations JSON 1.1
/// `POST /` with a ~300-byte body and temporary credentials. A monotonic
/// `ContinuousClock` measures elapsed time only; the signing date is fixed,
/// so results do not depend on the wall clock.
public enum SigV4Benchmark {
    /// Signs `iterations` times and returns the mean cost of one signing in microseconds.
    public static func run(iterations: Int) -> Double {
        let count = max(1, iterations)
        guard let endpoint = URL(string: "https://organizations.us-east-1.amazonaws.com/") else { return .nan }
        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyId: "ASIAEXAMPLEEXAMPLE12", secretAccessKey: String(repeating: "s", count: 40),
                                        sessionToken: String(repeating: "t", count: 600)),
            region: "us-east-1", service: "organizations")
        let body = Array(("{\"Filter\":\"SERVICE_CONTROL_POLICY\",\"MaxResults\":20,\"NextToken\":\""
                          + String(repeating: "n", count: 220) + "\"}").utf8)
        let request = HTTPRequest(
            method: "POST", url: endpoint,
            headers: [("Host", "organizations.us-east-1.amazonaws.com"),
                      ("Content-Type", "application/x-amz-json-1.1"),
                      ("X-Amz-Target", "AWSOrganizationsV20161128.ListPolicies"),
                      ("User-Agent", "orgops/1.0")],
            body: body)
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        var checksum = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<count {
                checksum &+= signer.sign(request, date: date).headers.count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return checksum > 0 ? seconds * 1e6 / Double(count) : 0
    }
}
