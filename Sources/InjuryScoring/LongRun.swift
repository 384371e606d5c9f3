import GaitModel

/// "Long run" (DOMAIN.md "Definitions"): a run at or above the 75th percentile of the runner's run
/// distances in the previous 30 days (the same window as L1: runs started strictly before this one,
/// at most 30 × 86,400 s earlier).
public enum LongRun {
    public static let percentile = 0.75

    /// The percentile by linear interpolation between closest ranks (Hyndman & Fan type 7, the
    /// default of R's `quantile` and NumPy's `percentile`): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
    /// Nil for no values.
    public static func percentileValue(_ values: [Double], _ p: Double) -> Double? {
        let x = values.sorted()
        guard !x.isEmpty else { return nil }
        let h = Double(x.count - 1) * p
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, x.count - 1)
        return x[lo] + (h - Double(lo)) * (x[hi] - x[lo])
    }

    /// True when `run` is at or above the 75th percentile of the previous 30 days' run distances;
    /// false when there is no earlier run to compare with.
    public static func isLong(_ run: RunMetrics, history: [RunMetrics]) -> Bool {
        let previous = SessionSpikeRule.previousRuns(before: run, in: history).map(\.distanceM)
        guard let p75 = percentileValue(previous, percentile) else { return false }
        return run.distanceM >= p75
    }
}
