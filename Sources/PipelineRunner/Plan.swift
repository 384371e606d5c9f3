import Foundation

/// What `gaitpipe plan` reports: per stage and item, whether the cache answers it or why it will
/// run. The run records the decisions it takes anyway; the CLI prints them (the run prints nothing).
public struct Plan: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var stage: String
        public var item: String
        /// "cached", or "will run: why".
        public var status: String
    }

    public private(set) var lines: [Line] = []
    /// The pipeline's stages in order, for the per-stage counts.
    public var stages: [String] = []

    public init(stages: [String] = []) { self.stages = stages }

    mutating func append(_ stage: String, _ item: String, _ status: String) {
        lines.append(Line(stage: stage, item: item, status: status))
    }

    /// Per stage: items the cache answers, items that will run.
    public func counts(_ stage: String) -> (cached: Int, run: Int) {
        let mine = lines.filter { $0.stage == stage }
        let cached = mine.filter { $0.status == "cached" }.count
        return (cached, mine.count - cached)
    }

    /// One line per item, then one per stage: "gait-metrics: 12 cached, 3 will run".
    public var text: String {
        let width = lines.map(\.item.count).max() ?? 0
        var out = lines.map {
            "\($0.stage.padding(toLength: 16, withPad: " ", startingAt: 0)) \($0.item.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.status)"
        }
        out.append("")
        for stage in stages {
            let c = counts(stage)
            out.append("\(stage): \(c.cached) cached, \(c.run) will run")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
