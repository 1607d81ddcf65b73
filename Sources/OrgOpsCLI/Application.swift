#if canImport(Glibc)
import Glibc
#endif

/// The entry point of the `orgops` binary.
public enum Application {
    /// Runs the command line and exits with its code.
    public static func main() async {
        exit(0)
    }
}
