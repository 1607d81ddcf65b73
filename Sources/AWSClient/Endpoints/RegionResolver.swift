/// Finds the region to use when the manifest or command line does not say.
///
/// `AWS_REGION` first (the cross-SDK variable), then `AWS_DEFAULT_REGION` (what
/// the AWS CLI reads), then the selected profile's `region`.
public enum RegionResolver {
    /// The configured region, or nil when none of the three is set.
    public static func resolve(environment: [String: String], sharedConfig: SharedConfig, profile: String?) -> String? {
        for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let region = environment[variable]?.trimmingWhitespace(), !region.isEmpty { return region }
        }
        let name = DefaultCredentialChain.selectedProfile(environment: environment, profile: profile).name
        return sharedConfig.profile(name)?["region"]
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(self[...].trimmingWhitespace())
    }
}
