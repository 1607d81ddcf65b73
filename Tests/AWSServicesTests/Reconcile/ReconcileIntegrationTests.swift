import Testing

/// Every Reconcile test against the suites' own AWS test server, one at a time (each resets it).
@Suite(.serialized) struct ReconcileIntegrationTests {}
