import AWSClient
import AWSServices
import Foundation
import TestSupport

/// Raw Identity Store `CreateGroup` body: test setup only (the operator never creates principals).
private struct CreateGroupBody: Encodable, Sendable {
    let IdentityStoreId: String
    let DisplayName: String
}

private struct CreateGroupOutput: Decodable, Sendable {
    let GroupId: String
}

/// What an Identity Center end-to-end test does "in the console" of a management account.
extension PlanHarness {
    /// A client acting as `account`'s `orgops` role, scoped to that account.
    func session(_ account: String) async throws -> AWSClient {
        let output = try await STSAPI(client: operatorClient).assumeRole(
            .init(roleArn: "arn:aws:iam::\(account):role/orgops", roleSessionName: "orgops-tests"))
        guard let credentials = output.credentials, let key = credentials.accessKeyId,
              let secret = credentials.secretAccessKey else {
            throw AWSServicesError(code: "NoCredentials", message: "assume role into \(account) gave no credentials")
        }
        let provider = StaticCredentialProvider(AWSCredentials(accessKeyId: key, secretAccessKey: secret,
                                                               sessionToken: credentials.sessionToken))
        return operatorClient.with(credentials: provider, scope: account)
    }

    /// The SSO Admin API of `account` with its instance ARN and identity store ID.
    func console(_ account: String) async throws -> (api: SSOAdminAPI, instanceArn: String, storeId: String) {
        let api = SSOAdminAPI(client: try await session(account), region: "us-east-1")
        guard let instance = try await api.listAllInstances().first, let arn = instance.instanceArn,
              let store = instance.identityStoreId else {
            throw AWSServicesError(code: "NoInstance", message: "account \(account) has no identity center instance")
        }
        return (api, arn, store)
    }

    /// Creates the groups `names` in `account`'s identity store; returns their IDs by name.
    @discardableResult
    func createGroups(_ names: [String], in account: String) async throws -> [String: String] {
        let (api, _, store) = try await console(account)
        var ids: [String: String] = [:]
        for name in names {
            let output: CreateGroupOutput = try await api.client.json(
                .identityStore, "CreateGroup", input: CreateGroupBody(IdentityStoreId: store, DisplayName: name))
            ids[name] = output.GroupId
        }
        return ids
    }

    /// The ARN of the permission set `name` in `account`'s instance.
    func permissionSetArn(_ name: String, in account: String) async throws -> String {
        let (api, instance, _) = try await console(account)
        for arn in try await api.listAllPermissionSets(.init(instanceArn: instance)) {
            let described = try await api.describePermissionSet(.init(instanceArn: instance, permissionSetArn: arn))
            if described.permissionSet?.name == name { return arn }
        }
        throw AWSServicesError(code: "NoPermissionSet", message: "no permission set named '\(name)' in \(account)")
    }

    /// The accounts among `accounts` that `permissionSet` is assigned to (to any principal).
    func assignedAccounts(_ permissionSet: String, accounts: [String], in account: String) async throws -> Set<String> {
        let (api, instance, _) = try await console(account)
        let arn = try await permissionSetArn(permissionSet, in: account)
        var out = Set<String>()
        for target in accounts {
            let found = try await api.listAllAccountAssignments(.init(instanceArn: instance, accountId: target,
                                                                      permissionSetArn: arn))
            if !found.isEmpty { out.insert(target) }
        }
        return out
    }
}
