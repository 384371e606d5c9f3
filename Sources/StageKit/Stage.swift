import GaitModel
import GaitWire

/// What a stage executable implements. The worker loop (`StageWorker`) does the protocol; a stage
/// only turns one input payload into zero or more outputs.
public protocol Stage: Sendable {
    associatedtype Input: WirePayload
    associatedtype Output: WirePayload

    /// Kebab-case stage name, e.g. "gait-metrics".
    static var name: String { get }
    static var version: String { get }
    /// One line for `gaitpipe stages` and `--describe`.
    static var summary: String { get }
    /// `.athlete`: the runner sends one task per athlete holding the whole season.
    static var grouping: StageGrouping { get }
    static var params: [ParamSpec] { get }

    /// Builds the stage from validated params (CONFIG).
    init(params: ResolvedParams) throws(StageFailure)

    func process(_ input: Input, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<Output>
}

extension Stage {
    public static var grouping: StageGrouping { .none }
}

/// The outcome of one task.
public struct StageOutput<Output: WirePayload>: Sendable {
    public var outputs: [Output]
    public var warnings: [String]
    /// Non-nil: the input was skipped (e.g. not a FIT file); the runner lists it with this reason.
    public var skippedReason: String?
    /// Damage in the input itself that the outputs were salvaged from (a truncated file, a CRC
    /// mismatch): the runner counts each as a problem in the athlete's files (`--strict` exits 3).
    public var problems: [String]

    public init(outputs: [Output], warnings: [String] = [], skippedReason: String? = nil, problems: [String] = []) {
        self.outputs = outputs
        self.warnings = warnings
        self.skippedReason = skippedReason
        self.problems = problems
    }
}

/// A task that could not be processed. `retryable` asks the runner to try it again elsewhere.
public struct StageFailure: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var retryable: Bool

    public init(_ message: String, retryable: Bool = false) {
        self.message = message
        self.retryable = retryable
    }

    public var description: String { message }
}
