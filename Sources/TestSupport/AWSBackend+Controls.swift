import AWSClient
import Foundation

/// The server's test controls: `/moto-api/*` (moto's) and `/orgops-test/*` (ours).
extension AWSBackend {
    /// Gives every test the same fresh start: auth off, all state cleared, moto's random ids
    /// seeded (same org, account and SSO instance ids every time), no faults, call counts zero.
    public func reset(seed: Int = 42) async throws {
        try await setAuth(enforced: false)
        _ = try await control("POST", "/moto-api/reset")
        _ = try await control("POST", "/moto-api/seed?a=\(seed)")
        try await clearFaults()
        try await resetCalls()
    }

    /// Turns SigV4 and IAM policy checking on or off (moto's `reset-auth`, whose body must be plain text).
    ///
    /// Turn it on only after `bootstrap` made keys: a reset with auth on leaves no valid key.
    public func setAuth(enforced: Bool) async throws {
        _ = try await control("POST", "/moto-api/reset-auth", body: Array((enforced ? "0" : "inf").utf8),
                              contentType: "text/plain")
    }

    /// Prepares `accountId` as a management account for signature-checked tests: an IAM user
    /// with Allow-* and fresh keys, and a role `roleName` with Allow-* that AssumeRole can enter.
    public func bootstrap(accountId: String, roleName: String = "orgops") async throws
        -> (accessKeyId: String, secretAccessKey: String)
    {
        let reply = try await controlJSON("POST", "/orgops-test/bootstrap", ["accountId": accountId, "roleName": roleName])
        guard let key = reply["accessKeyId"] as? String, let secret = reply["secretAccessKey"] as? String else {
            throw AWSBackendError.controlFailed("bootstrap of \(accountId) returned no keys")
        }
        return (key, secret)
    }

    /// Puts Allow-* on `roleName` in the given member accounts (all members of every organization when `nil`),
    /// so that AssumeRole into `OrganizationAccountAccessRole` is useful with auth on.
    public func openMemberRoles(accountIds: [String]? = nil, roleName: String = "OrganizationAccountAccessRole")
        async throws
    {
        var body: [String: Any] = ["roleName": roleName]
        if let accountIds { body["accountIds"] = accountIds }
        _ = try await controlJSON("POST", "/orgops-test/member-roles", body)
    }

    /// Replaces the fault rules; `seed` makes share-based rules repeatable.
    public func setFaults(_ faults: [AWSBackendFault], seed: Int = 0) async throws {
        _ = try await controlJSON("POST", "/orgops-test/faults", ["seed": seed, "rules": faults.map(\.json)])
    }

    /// Removes every fault rule and every slowed asynchronous operation.
    public func clearFaults() async throws {
        _ = try await control("DELETE", "/orgops-test/faults")
    }

    /// Requests per `service:Operation` (such as `organizations:ListAccounts`, `sso:CreatePermissionSet`)
    /// since the last `resetCalls()`; faulted requests count too.
    public func calls() async throws -> [String: Int] {
        let reply = try await controlJSON("GET", "/orgops-test/calls", nil)
        guard let calls = reply["calls"] as? [String: Int] else {
            throw AWSBackendError.controlFailed("the call counts were not a map of numbers: \(reply)")
        }
        return calls
    }

    /// All requests since the last reset, and the most served within one wall-clock second.
    public func callTotals() async throws -> (total: Int, peakPerSecond: Int) {
        let reply = try await controlJSON("GET", "/orgops-test/calls", nil)
        guard let total = reply["total"] as? Int, let peak = reply["peakPerSecond"] as? Int else {
            throw AWSBackendError.controlFailed("the call totals were not numbers: \(reply)")
        }
        return (total, peak)
    }

    /// Sets every call count back to zero.
    public func resetCalls() async throws {
        _ = try await control("POST", "/orgops-test/calls/reset")
    }

    /// Marks a StackSet instance as drifted (or back in sync) for the next `DetectStackSetDrift`,
    /// standing in for a change made by hand in the target account.
    ///
    /// `managementAccount` and `stackSetRegion` locate the set; `account` and `region` the instance.
    public func markStackSetDrift(managementAccount: String, stackSetName: String, stackSetRegion: String = "us-east-1",
                                  account: String, region: String, drifted: Bool = true) async throws {
        _ = try await controlJSON("POST", "/orgops-test/stackset-drift", [
            "accountId": managementAccount, "stackSetName": stackSetName, "stackSetRegion": stackSetRegion,
            "account": account, "region": region, "drifted": drifted,
        ])
    }

    /// Sends one JSON-protocol AWS call with a placeholder signature, acting as `account`
    /// (moto's `x-moto-account-id`): for checking the server itself while auth is off,
    /// without the Swift AWS client. `target` is the full `X-Amz-Target`, such as
    /// `AWSOrganizationsV20161128.ListRoots`; `signingName` routes it (`organizations`, `sso`, ...).
    public func unsignedJSONCall(target: String, signingName: String, account: String, body: String = "{}",
                                 region: String = "us-east-1") async throws -> (status: Int, body: String) {
        let request = HTTPRequest(method: "POST", url: endpoint, headers: [
            ("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", target), ("x-moto-account-id", account),
            ("X-Amz-Date", "20260101T000000Z"),
            ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/\(region)/\(signingName)/"
                + "aws4_request, SignedHeaders=host;x-amz-date, Signature=0"),
        ], body: Array(body.utf8))
        let response = try await transport.send(request, timeout: .seconds(60))
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    func controlJSON(_ method: String, _ path: String, _ body: [String: Any]?) async throws -> [String: Any] {
        let bytes = try body.map { Array(try JSONSerialization.data(withJSONObject: $0)) } ?? []
        let reply = try await control(method, path, body: bytes, contentType: "application/json")
        guard let object = try? JSONSerialization.jsonObject(with: Data(reply)) as? [String: Any] else {
            throw AWSBackendError.controlFailed("\(method) \(path) answered with something other than a JSON object")
        }
        return object
    }

    func control(_ method: String, _ path: String, body: [UInt8] = [], contentType: String = "application/json")
        async throws -> [UInt8]
    {
        guard let url = URL(string: path, relativeTo: endpoint)?.absoluteURL else {
            throw AWSBackendError.controlFailed("bad control path '\(path)'")
        }
        let request = HTTPRequest(method: method, url: url, headers: [("Content-Type", contentType)], body: body)
        let response = try await transport.send(request, timeout: .seconds(60))
        guard (200..<300).contains(response.status) else {
            let text = String(decoding: response.body.prefix(500), as: UTF8.self)
            throw AWSBackendError.controlFailed("\(method) \(path) answered HTTP \(response.status): \(text)")
        }
        return response.body
    }
}
