/// The version of orgops: the one place it is written down.
///
/// `orgops --version` prints it, and the status documents the operator
/// commits carry it, so an audit record says which build produced it.
public enum OrgOpsVersion {
    /// The release, in semantic-versioning form.
    public static let current = "0.1.0"
}
