import AWSClient
import OperatorSupport
import OrgModel
import Synchronization

/// Turns the operator's own credentials into each organization's session, once per organization.
///
/// With `spec.access` the session assumes `roleArn` (session name
/// `orgops-<organization>`, the manifest's external ID) from the base
/// client's credentials, behind a cache, so the role is assumed once per
/// credential lifetime rather than once per call; without it the base
/// credentials are used. Sessions are kept by organization name and rebuilt
/// only when the access settings of the manifest change, so the reader and
/// the applier of one pass share one cached set of credentials.
public final class OrganizationSessions: Sendable {
    /// The operator's own client (its credentials sign every AssumeRole).
    public let base: AWSClient
    private let clock: any OperatorClock
    private let sessions: Mutex<[String: Entry]>

    private struct Entry: Sendable {
        var access: OrganizationAccess?
        var region: String
        var session: OrganizationSession
    }

    /// Creates the factory; `clock` times the credential cache's refreshes.
    public init(base: AWSClient, clock: any OperatorClock) {
        self.base = base
        self.clock = clock
        self.sessions = Mutex([:])
    }

    /// The session of `organization`, built on first use and reused while its access is unchanged.
    public func session(for organization: DesiredOrganization) -> OrganizationSession {
        sessions.withLock { cache in
            if let entry = cache[organization.name], entry.access == organization.access,
               entry.region == organization.region {
                return entry.session
            }
            let session = makeSession(organization)
            cache[organization.name] = Entry(access: organization.access, region: organization.region,
                                             session: session)
            return session
        }
    }

    private func makeSession(_ organization: DesiredOrganization) -> OrganizationSession {
        guard let access = organization.access else {
            return OrganizationSession(organizationName: organization.name, region: organization.region,
                                       client: base.with(credentials: base.configuration.credentials,
                                                         scope: organization.name))
        }
        let provider = AssumeRoleCredentialProvider(
            roleArn: access.roleArn, sessionName: Self.sessionName(for: organization.name),
            externalId: access.externalId, source: base.configuration.credentials, sts: base.sts)
        return OrganizationSession(organizationName: organization.name, region: organization.region,
                                   client: base.with(credentials: provider.cached(clock: clock),
                                                     scope: organization.name))
    }

    /// `orgops-<organization>` within STS's rules: 2–64 characters of `[\w+=,.@-]`, others become `-`.
    public static func sessionName(for organization: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-")
        let cleaned = String(organization.map { allowed.contains($0) ? $0 : "-" })
        return String("orgops-\(cleaned)".prefix(64))
    }
}
