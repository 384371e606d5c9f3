import Glibc

/// An error a user sees: one line saying what went wrong, where (`file:line` or a path) and how to
/// fix it, and the exit code it ends the command with. Every command reports failures through
/// this type, so no Foundation or NSError text reaches a user (issue 16); shaped like
/// swift-subprocess's `SubprocessError` (a nested `Code`, the underlying errno when a system call
/// failed).
public struct GaitpipeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of failure, and so the exit status (README "Exit codes").
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let exitStatus: Int32

        public init(_ exitStatus: Int32) { self.exitStatus = exitStatus }

        /// A stage failed as a whole, or a command could not do its work (a broken input file).
        public static let failed = Code(RunExitCode.stageFailed)
        /// Bad arguments, a pipeline file that does not validate, no run files, an output folder
        /// that cannot be written, unusable keys: found before anything starts.
        public static let usage = Code(RunExitCode.usage)
        /// `--strict`: an input was skipped or an athlete file had a problem.
        public static let skippedWithStrict = Code(RunExitCode.skippedWithStrict)
        public static let interrupted = Code(RunExitCode.interrupted)

        public var description: String { "exit \(exitStatus)" }
    }

    public let code: Code
    /// The whole line the user reads, e.g. `--out out/x: 'out' is a file, not a folder; choose another --out`.
    public let message: String
    /// The errno of the failed system call, when one did.
    public let underlyingErrno: Int32?

    public init(_ code: Code, _ message: String, errno: Int32? = nil) {
        self.code = code
        self.message = message
        underlyingErrno = errno
    }

    public var description: String { message }

    /// `strerror(3)` in words, for messages: "No such file or directory".
    public static func reason(_ errno: Int32) -> String { String(cString: strerror(errno)) }
}
