/// Per-stage counters for the progress line, the final table and summary.json.
struct StageStats {
    var received = 0
    var completed = 0
    var failed = 0
    var skipped = 0
    var retried = 0
    var duplicatesDropped = 0
    var replicaDeaths = 0
    var firstDispatch: ContinuousClock.Instant?
    var lastCompletion: ContinuousClock.Instant?
    var pids: [Int32] = []

    var seconds: Double {
        guard let a = firstDispatch, let b = lastCompletion else { return 0 }
        let d = b - a
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
