/// Problems found in `athlete.yaml` or `symptoms.csv`, each with its file, line and the fix:
/// `athlete.yaml:4: hr_max 'fast' is not a number of bpm from 100 to 240`.
public struct AthleteFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        /// 1-based; nil when the problem concerns the whole file.
        public var line: Int?
        public var message: String

        public init(file: String, line: Int?, _ message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        public var description: String { "\(file):\(line.map(String.init) ?? "1"): \(message)" }
    }

    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
