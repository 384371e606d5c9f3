public import GaitModel

/// "Long run" (DOMAIN.md "Definitions"): a run at or above the 75th percentile of the runner's run
/// distances in the previous 30 days (the same window as L1: runs started strictly before this one,
/// at most 30 × 86,400 s earlier).
public enum LongRun {
    public static let percentile = 0.75

    /// True when `run` is at or above the 75th percentile of the previous 30 days' run distances;
    /// false when there is no earlier run to compare with.
    public static func isLong(_ run: RunMetrics, history: [RunMetrics]) -> Bool {
        let previous = SessionSpikeRule.previousRuns(before: run, in: history).map(\.distanceM)
        guard let p75 = Percentile.value(previous, percentile) else { return false }
        return run.distanceM >= p75
    }
}
