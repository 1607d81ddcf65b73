import AWSClient
import Foundation
import Testing

@Suite("AWSError decoding")
struct AWSErrorDecodingTests {
    private func decode(_ fixture: String, service: String = "organizations", operation: String = "ListAccounts",
                        scope: String = "workloads") throws -> AWSError {
        AWSError.decode(try ResponseFixtures.load(fixture), service: service, operation: operation, scope: scope)
    }

    @Test("JSON error from moto: header code, body Message, request id header")
    func jsonOrganizations() throws {
        let error = try decode("organizations-not-in-use.http", operation: "DescribeOrganization")
        #expect(error.code == "AWSOrganizationsNotInUseException")
        #expect(error.message == "Your account is not a member of an organization.")
        #expect(error.httpStatus == 400)
        #expect(error.requestId == "4lw4YTqqVPwfG0SBZKEZXCFYo4qAIxf1dQICGS84HtJHnNUKjPTo")
        #expect(error.origin == .service)
    }

    @Test("namespaced __type and Code:uri header are reduced to the bare code")
    func namespaced() throws {
        let error = try decode("organizations-concurrent-modification-namespaced.http", operation: "CreateAccount")
        #expect(error.code == "ConcurrentModificationException")
        #expect(error.requestId == "7c2e7a1e-1111-4a6b-9a51-0d0c4f1d9a01")
        #expect(error.description.hasPrefix(
            "organizations CreateAccount failed for 'workloads': ConcurrentModificationException (HTTP 400): AWS Organizations can't"))
        #expect(error.description.hasSuffix("[request 7c2e7a1e-1111-4a6b-9a51-0d0c4f1d9a01]"))
    }

    @Test("lower-case message key of sso-admin")
    func ssoAdmin() throws {
        let error = try decode("sso-admin-not-found.http", service: "sso-admin", operation: "DescribePermissionSet")
        #expect(error.code == "ResourceNotFoundException")
        #expect(error.message == "Could not find PermissionSet with id ps-1234567890abcdef")
    }

    @Test("identitystore body RequestId wins and explicit null Reason is tolerated")
    func identityStore() throws {
        let error = try decode("identitystore-not-found.http", service: "identitystore", operation: "DescribeUser")
        #expect(error.code == "ResourceNotFoundException")
        #expect(error.message == "USER not found.")
        #expect(error.requestId == "178936da-50ad-4d58-8871-22d9979e8658example")
    }

    @Test("RetryAfterSeconds becomes retryAfter")
    func retryAfter() throws {
        let error = try decode("identitystore-throttling-retry-after.http", service: "identitystore")
        #expect(error.code == "ThrottlingException")
        #expect(error.retryAfter == .seconds(7))
        #expect(error.requestId == "3333-body")
    }

    @Test("Retry-After header becomes retryAfter when the body has none")
    func retryAfterHeader() {
        let response = HTTPResponse(status: 429, headers: [("Retry-After", "3"), ("x-amzn-ErrorType", "ThrottlingException")],
                                    body: Array("{}".utf8))
        let error = AWSError.decode(response, service: "sso-admin", operation: "ListInstances", scope: "")
        #expect(error.code == "ThrottlingException")
        #expect(error.retryAfter == .seconds(3))
    }

    @Test("XML auth error from a JSON service (moto: 403 text/html, Errors/Error)", arguments: [
        "organizations-auth-403.http", "cloudformation-auth-403.http",
    ])
    func xmlAuth(fixture: String) throws {
        let error = try decode(fixture)
        #expect(error.code == "InvalidClientTokenId")
        #expect(error.message == "The security token included in the request is invalid.")
        #expect(error.httpStatus == 403)
        #expect(error.requestId != nil)
    }

    @Test("query error: ErrorResponse/Error with RequestId element")
    func queryError() throws {
        let error = try decode("cloudformation-stackset-not-found.http", service: "cloudformation",
                               operation: "DescribeStackSet", scope: "")
        #expect(error.code == "StackSetNotFoundException")
        #expect(error.message == "StackSet missing not found")
        #expect(error.httpStatus == 404)
        #expect(error.requestId == "wotzZoKgNwvcOspUh6xBw5EE5RGwr2FNb7dduNdtqu4CLKvJ99CM")
        #expect(error.description == "cloudformation DescribeStackSet failed: StackSetNotFoundException (HTTP 404): "
            + "StackSet missing not found [request wotzZoKgNwvcOspUh6xBw5EE5RGwr2FNb7dduNdtqu4CLKvJ99CM]")
    }

    @Test("indented query throttling error")
    func queryThrottling() throws {
        let error = try decode("cloudformation-throttling.http", service: "cloudformation")
        #expect(error.code == "Throttling")
        #expect(error.message == "Rate exceeded")
        #expect(error.requestId == "4444-cfn")
    }

    @Test("HTML 500 page becomes UnrecognizedResponse quoting the status and the text")
    func html500() throws {
        let error = try decode("organizations-unimplemented-500.http")
        #expect(error.code == AWSError.ClientCode.unrecognized)
        #expect(error.origin == .unrecognizedResponse)
        #expect(error.httpStatus == 500)
        #expect(error.message.contains("text/html"))
        #expect(error.message.contains("500 Internal Server Error"))
        #expect(!error.message.contains("<"))
    }

    @Test("an error page saying the operation is not implemented names the operation")
    func notImplemented() throws {
        let error = try decode("moto-not-implemented-500.http", operation: "DescribeEffectivePolicy")
        #expect(error.code == AWSError.ClientCode.notImplemented)
        #expect(error.origin == .unrecognizedResponse)
        #expect(error.httpStatus == 500)
        #expect(error.message.hasPrefix("the server does not implement DescribeEffectivePolicy (it answered HTTP 500"))
        #expect(error.message.contains("describe_effective_policy action has not been implemented"))
    }

    @Test("empty body becomes UnrecognizedResponse with its status")
    func empty() throws {
        let error = try decode("empty-503.http")
        #expect(error.code == AWSError.ClientCode.unrecognized)
        #expect(error.httpStatus == 503)
        #expect(error.message.contains("empty"))
    }

    @Test("code normalisation", arguments: [
        ("ThrottlingException", "ThrottlingException"),
        ("aws.protocoltests.restjson#FooError", "FooError"),
        ("FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
        ("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
    ])
    func normalize(raw: String, expected: String) {
        #expect(AWSError.normalizeCode(raw) == expected)
    }

    @Test("transport failures keep their kind and say there was no response")
    func transport() {
        let error = AWSError(transport: HTTPTransportError(kind: .timeout, detail: "no complete response in time",
                                                           url: "https://organizations.us-east-1.amazonaws.com/"),
                             service: "organizations", operation: "ListRoots", scope: "prod")
        #expect(error.code == AWSError.ClientCode.timeout)
        #expect(error.origin == .transport(.timeout))
        #expect(!error.hasResponse)
        #expect(error.description == "organizations ListRoots failed for 'prod': TransportTimeout: "
            + "no complete response in time (https://organizations.us-east-1.amazonaws.com/)")
    }
}
