/// Per-stage counters for the progress line, the final table and summary.json.
struct StageStats {
    var received = 0
    var completed = 0
    /// Items answered from the result cache (never dispatched).
    var cached = 0
    var failed = 0
    var skipped = 0
    var retried = 0
    var duplicatesDropped = 0
    var replicaDeaths = 0
    var firstDispatch: ContinuousClock.Instant?
    var lastCompletion: ContinuousClock.Instant?
    var pids: [Int32] = []
    /// CPU seconds (user + system) of the local replicas that have exited, all of them by the end.
    var replicaCPUSeconds = 0.0
    /// The largest peak resident memory of any local replica, KiB (sampled every second).
    var peakReplicaKiB = 0
    /// Answers per remote worker label.
    var remoteResults: [String: Int] = [:]
    /// Dispatch-to-answer time of every answered attempt.
    var latencies: [Duration] = []

    /// The q-quantile of the latencies in milliseconds (nearest rank), 0 when none.
    func latencyMilliseconds(_ q: Double) -> Double {
        guard !latencies.isEmpty else { return 0 }
        let sorted = latencies.sorted()
        let rank = min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))
        let c = sorted[rank].components
        return Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15
    }

    var seconds: Double {
        guard let a = firstDispatch, let b = lastCompletion else { return 0 }
        let d = b - a
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
