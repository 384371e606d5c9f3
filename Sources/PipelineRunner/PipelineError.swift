/// A problem in a pipeline file or its stages, located for the user: `file:line: message; hint`.
public struct PipelineError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var message: String
    public var hint: String

    public init(file: String, line: Int?, _ message: String, hint: String = "") {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        // One line: what, where and the fix (issue 16), so a list of errors stays one per line.
        return hint.isEmpty ? "\(location): \(message)" : "\(location): \(message); \(hint)"
    }
}

/// Several problems found in one pass, so the user fixes them all at once.
public struct PipelineErrors: Error, CustomStringConvertible, Sendable {
    public var errors: [PipelineError]

    public init(_ errors: [PipelineError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
