import Testing

/// Every test against the shared AWS test server, one at a time (each resets the server).
@Suite(.serialized) struct AWSServicesIntegrationTests {}
