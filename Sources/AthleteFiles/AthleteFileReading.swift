public import GaitModel

/// What a tolerant read of `athlete.yaml` or `symptoms.csv` gives: everything that could be read,
/// and one problem per line or key that could not. A bad line or key costs only itself (issue 16);
/// the whole file is dropped (`unreadable`) only when nothing in it can be read — not YAML, a
/// wrong header — and is then a skipped input like a bad run file.
public struct AthleteFileReading<Value: Sendable>: Sendable {
    /// What was read; the defaults (no profile keys, no diary entries) when `unreadable`.
    public var value: Value
    public var problems: [AthleteFileError.Problem]
    /// True when nothing in the file could be used.
    public var unreadable: Bool
    /// What happens to an unreadable file, appended to its reason ("defaults used for every key").
    var consequence: String

    /// The problems as `SkippedInput`s for the lists a user reads (console, summary.json, index, report).
    /// `folder` prefixes the path (`cleo-hills/`). Line problems name `file:line`; an unreadable
    /// file is one entry naming the file.
    public func skippedInputs(stage: String, folder: String = "") -> [SkippedInput] {
        if unreadable {
            let reasons = problems.map { p in p.line.map { "line \($0): \(p.message)" } ?? p.message }
            guard let file = problems.first?.file else { return [] }
            return [SkippedInput(path: folder + file, stage: stage,
                                 reason: (reasons + [consequence]).joined(separator: "; "))]
        }
        return problems.map { SkippedInput(path: folder + $0.location, stage: stage, reason: $0.message) }
    }
}

extension AthleteFileError.Problem {
    /// `file:line`, line 1 when the problem concerns the whole file.
    public var location: String { "\(file):\(line.map(String.init) ?? "1")" }
}
