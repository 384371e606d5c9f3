import Logging

/// How `gaitpipe run` was asked to run.
public struct RunOptions: Sendable {
    public var input: String
    public var output: String
    /// Exit 3 when anything was skipped or an athlete file had a problem.
    public var strict: Bool
    /// Live progress line (a TTY) or periodic log lines.
    public var liveProgress: Bool
    /// Where progress text goes (the CLI: stderr); the library writes nowhere by itself.
    public var progressOutput: @Sendable (String) -> Void = { _ in }
    /// Write the first `captureLimit` task payloads of each stage here as test-stage fixtures.
    public var captureDirectory: String?
    public var captureLimit: Int
    /// Chrome trace-event JSON of every task attempt, when set.
    public var traceFile: String?
    /// A task running longer is presumed stuck: its replica is killed and the task retried.
    public var taskDeadline: Duration = .seconds(300)
    /// The runner's CURVE certificate (NAME_secret from `gaitpipe keygen`), for remote stages.
    public var serverCertificate: String?
    /// `label key` lines: the workers admitted to remote stages.
    public var authorizedWorkers: String?
    /// The result cache folder; nil with --no-cache.
    public var cacheDirectory: String?
    /// `gaitpipe plan`: look everything up in the cache, start nothing, write nothing.
    public var dryRun = false
    /// The cache's size bound: least recently used entries are removed at the end of a run.
    public var cacheMaxBytes = CacheDirectory.defaultMaxBytes
    /// Hash every input file again instead of trusting the digests remembered by inode, size and
    /// modification time (`--deep-hash`).
    public var deepHash = false

    public init(input: String, output: String, strict: Bool = false, liveProgress: Bool = false,
                captureDirectory: String? = nil, captureLimit: Int = 3) {
        self.input = input
        self.output = output
        self.strict = strict
        self.liveProgress = liveProgress
        self.captureDirectory = captureDirectory
        self.captureLimit = captureLimit
    }
}

/// Exit codes of `gaitpipe run` (DESIGN.md "Fixed interfaces").
public enum RunExitCode {
    public static let success: Int32 = 0
    public static let stageFailed: Int32 = 1
    public static let usage: Int32 = 2
    public static let skippedWithStrict: Int32 = 3
    /// Interrupted by SIGINT/SIGTERM (128 + SIGINT, the shell's convention).
    public static let interrupted: Int32 = 130
}
