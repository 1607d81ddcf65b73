/// How the operator reaches and uses its git remote: the `orgops run` git flags as one value.
public struct GitRepositoryConfiguration: Sendable, Hashable {
    /// How many times a rejected status push is retried, and how long to wait between tries.
    public struct PushRetry: Sendable, Hashable {
        /// Push attempts per write, the first included.
        public var attempts: Int
        /// The backoff ceiling after the first failed attempt; it doubles per attempt up to `cap`.
        public var base: Duration
        /// The largest backoff ceiling.
        public var cap: Duration

        /// Creates a policy; the defaults follow Argo CD's note push (a few tries, 50 ms doubling to at most 1 s).
        public init(attempts: Int = 5, base: Duration = .milliseconds(50), cap: Duration = .seconds(1)) {
            self.attempts = max(1, attempts)
            self.base = base
            self.cap = cap
        }
    }

    /// `--repo-url`: where manifests come from and status goes to (`https://…`, `ssh://…`, `git@host:…`, or a path).
    public var repositoryURL: String
    /// `--branch`: the watched branch.
    public var branch: String
    /// `--status-branch`: where status commits go.
    public var statusBranch: String
    /// `--work-dir`: a directory the operator owns; the bare clone, a private HOME and helper files live in it.
    public var workDirectory: String
    /// `--git-ssh-key-file`: the private key for SSH remotes.
    public var sshKeyFile: String?
    /// A `known_hosts` file for SSH remotes; without one, host keys are learnt on first use into the private HOME.
    public var sshKnownHostsFile: String?
    /// `--git-token-file`: a file holding an HTTPS token, read by the askpass helper each time git asks.
    public var tokenFile: String?
    /// The user name sent with the token (GitHub accepts `x-access-token`, GitLab `oauth2`).
    public var tokenUsername: String
    /// `--git-author`: who status commits are by.
    public var author: GitIdentity
    /// `--sign-status-key`: an SSH private key status commits are signed with (`gpg.format=ssh`).
    public var signingKeyFile: String?
    /// The `git` program.
    public var gitExecutable: String
    /// The `gpg` program, for OpenPGP keyrings.
    public var gpgExecutable: String
    /// `PATH` of git's children (ssh, ssh-keygen, gpg, the askpass helper's `cat`).
    public var searchPath: String
    /// Timeout of commands that talk to the remote (fetch, push).
    public var networkTimeout: Duration
    /// Timeout of local commands.
    public var localTimeout: Duration
    /// The most bytes `files(at:under:)` reads from one revision.
    public var maxRevisionBytes: Int
    /// Retry policy for rejected status pushes.
    public var pushRetry: PushRetry

    /// Creates a configuration with the CLI's defaults for everything optional.
    public init(
        repositoryURL: String, branch: String = "main", statusBranch: String = "orgops/status",
        workDirectory: String, sshKeyFile: String? = nil, sshKnownHostsFile: String? = nil,
        tokenFile: String? = nil, tokenUsername: String = "x-access-token",
        author: GitIdentity = GitIdentity(name: "orgops", email: "orgops@localhost"),
        signingKeyFile: String? = nil, gitExecutable: String = "/usr/bin/git", gpgExecutable: String = "/usr/bin/gpg",
        searchPath: String = "/usr/local/bin:/usr/bin:/bin", networkTimeout: Duration = .seconds(120),
        localTimeout: Duration = .seconds(30), maxRevisionBytes: Int = 64 << 20, pushRetry: PushRetry = PushRetry()
    ) {
        self.repositoryURL = repositoryURL
        self.branch = branch
        self.statusBranch = statusBranch
        self.workDirectory = workDirectory
        self.sshKeyFile = sshKeyFile
        self.sshKnownHostsFile = sshKnownHostsFile
        self.tokenFile = tokenFile
        self.tokenUsername = tokenUsername
        self.author = author
        self.signingKeyFile = signingKeyFile
        self.gitExecutable = gitExecutable
        self.gpgExecutable = gpgExecutable
        self.searchPath = searchPath
        self.networkTimeout = networkTimeout
        self.localTimeout = localTimeout
        self.maxRevisionBytes = maxRevisionBytes
        self.pushRetry = pushRetry
    }

    /// The bare clone.
    var repositoryDirectory: String { workDirectory + "/repository.git" }
    /// The private HOME of every git child, so no user or system configuration leaks in.
    var homeDirectory: String { workDirectory + "/home" }
    /// The private GnuPG home for OpenPGP verification.
    var gnupgDirectory: String { workDirectory + "/gnupg" }
    /// The askpass helper that prints the token file.
    var askpassScript: String { workDirectory + "/askpass.sh" }
    /// The index file used to build status trees without a checkout.
    var statusIndexFile: String { workDirectory + "/status.index" }
}
