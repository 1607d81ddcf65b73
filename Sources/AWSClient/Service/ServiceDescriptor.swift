/// The wire facts of one AWS service, taken from its botocore model's metadata.
///
/// Everything the client needs to address, sign and encode a call lives here,
/// so adding an operation never touches the client.
public struct ServiceDescriptor: Sendable, Hashable {
    /// How requests and responses are encoded.
    public enum WireProtocol: Sendable, Hashable {
        /// JSON 1.1: `POST /`, `X-Amz-Target: <targetPrefix>.<Operation>`.
        case json(targetPrefix: String)
        /// Query: form-encoded `Action=<Op>&Version=<apiVersion>`, XML responses.
        case query(apiVersion: String, xmlNamespace: String)
    }

    /// The botocore service name (`organizations`, `sso-admin`, …); used in errors and metrics.
    public let name: String
    /// The SigV4 signing name (`sso` for SSO Admin).
    public let signingName: String
    /// The endpoint prefix in `https://<prefix>.<region>.amazonaws.com`.
    public let endpointPrefix: String
    /// The wire protocol.
    public let wire: WireProtocol
    /// For global services (Organizations), the one region to sign for and address.
    public let globalRegion: String?
    /// The service ID upper-snake-cased, for `AWS_ENDPOINT_URL_<ID>`.
    public let endpointEnvironmentName: String
    /// The service ID snake-cased, for a profile's `[services]` section.
    public let configSectionName: String

    /// Creates a descriptor.
    public init(name: String, signingName: String, endpointPrefix: String, wire: WireProtocol,
                globalRegion: String?, endpointEnvironmentName: String, configSectionName: String) {
        self.name = name
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix
        self.wire = wire
        self.globalRegion = globalRegion
        self.endpointEnvironmentName = endpointEnvironmentName
        self.configSectionName = configSectionName
    }
}

extension ServiceDescriptor {
    /// AWS Organizations: global, signed for us-east-1.
    public static let organizations = ServiceDescriptor(
        name: "organizations", signingName: "organizations", endpointPrefix: "organizations",
        wire: .json(targetPrefix: "AWSOrganizationsV20161128"), globalRegion: "us-east-1",
        endpointEnvironmentName: "ORGANIZATIONS", configSectionName: "organizations")
    /// IAM Identity Center administration: regional, signing name `sso`.
    public static let ssoAdmin = ServiceDescriptor(
        name: "sso-admin", signingName: "sso", endpointPrefix: "sso",
        wire: .json(targetPrefix: "SWBExternalService"), globalRegion: nil,
        endpointEnvironmentName: "SSO_ADMIN", configSectionName: "sso_admin")
    /// IAM Identity Center's identity store: regional.
    public static let identityStore = ServiceDescriptor(
        name: "identitystore", signingName: "identitystore", endpointPrefix: "identitystore",
        wire: .json(targetPrefix: "AWSIdentityStore"), globalRegion: nil,
        endpointEnvironmentName: "IDENTITYSTORE", configSectionName: "identitystore")
    /// CloudFormation (StackSets): regional, query protocol.
    public static let cloudFormation = ServiceDescriptor(
        name: "cloudformation", signingName: "cloudformation", endpointPrefix: "cloudformation",
        wire: .query(apiVersion: "2010-05-15", xmlNamespace: "http://cloudformation.amazonaws.com/doc/2010-05-15/"),
        globalRegion: nil, endpointEnvironmentName: "CLOUDFORMATION", configSectionName: "cloudformation")
    /// STS: regional endpoints, query protocol.
    public static let sts = ServiceDescriptor(
        name: "sts", signingName: "sts", endpointPrefix: "sts",
        wire: .query(apiVersion: "2011-06-15", xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/"),
        globalRegion: nil, endpointEnvironmentName: "STS", configSectionName: "sts")
}
