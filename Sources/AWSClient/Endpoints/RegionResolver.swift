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

    /// Whether `region` can be a region name (`eu-west-1`): lower-case letters,
    /// digits and hyphens. Check a user-supplied region with it before building
    /// endpoints, so a typo is reported instead of becoming an unreachable host.
    public static func isValid(_ region: String) -> Bool {
        guard !region.isEmpty, region.utf8.count <= 50, region.first != "-", region.last != "-" else { return false }
        return region.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(self[...].trimmingWhitespace())
    }
}
