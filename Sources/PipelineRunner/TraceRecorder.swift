import Foundation

/// `--trace FILE`: Chrome trace-event JSON (opens in Perfetto or chrome://tracing) with one span per
/// item attempt, on a track per stage ("process") and replica ("thread", by pid).
final class TraceRecorder {
    private struct Span {
        var name: String
        var stage: String
        var replica: Int32
        var start: Duration
        var duration: Duration
        var args: [String: String]
    }

    private let origin = ContinuousClock.now
    private var spans: [Span] = []
    private var stageOrder: [String] = []

    func span(name: String, stage: String, replica: Int32, start: ContinuousClock.Instant,
              end: ContinuousClock.Instant, args: [String: String]) {
        if !stageOrder.contains(stage) { stageOrder.append(stage) }
        spans.append(Span(name: name, stage: stage, replica: replica, start: start - origin,
                          duration: end - start, args: args))
    }

    private static func micros(_ d: Duration) -> Int64 {
        d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000
    }

    func write(to path: String) throws {
        var events: [[String: Any]] = []
        for (i, stage) in stageOrder.enumerated() {
            events.append(["name": "process_name", "ph": "M", "pid": i + 1, "args": ["name": stage]])
        }
        for s in spans {
            let pid = (stageOrder.firstIndex(of: s.stage) ?? 0) + 1
            events.append(["name": s.name, "cat": s.stage, "ph": "X", "pid": pid, "tid": Int(s.replica),
                           "ts": Self.micros(s.start), "dur": max(1, Self.micros(s.duration)), "args": s.args])
        }
        let data = try JSONSerialization.data(withJSONObject: ["traceEvents": events, "displayTimeUnit": "ms"],
                                              options: [.sortedKeys])
        // 0600 like every output (the trace names input files and hosts), written atomically.
        try OutputFolder.replace(path, with: [UInt8](data))
    }
}
