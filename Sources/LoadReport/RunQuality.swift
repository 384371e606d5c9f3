import GaitModel

/// Whether a run's recording deserves a line in the data-quality table.
enum RunQuality {
    /// Share of a run's samples lost (cadence 0) or removed (implausible) that earns a remark.
    static let remarkShare = 0.01

    static func hasIssue(_ r: RunMetrics) -> Bool {
        let q = r.quality
        let samples = Double(max(1, q.samples))
        return !r.warnings.isEmpty || q.gpsDropouts > 0
            || Double(q.cadenceZeros) > remarkShare * samples || Double(q.implausibleRemoved) > remarkShare * samples
            || (q.samples > 0 && q.coverage < 0.95)
            || (r.sport == "running" && q.samples > 0 && q.heartRateCoverage < 0.8)
    }

    /// The season's totals in one sentence.
    static func summary(_ runs: [RunMetrics]) -> String {
        let samples = runs.reduce(0) { $0 + $1.quality.samples }
        let dropouts = runs.reduce(0) { $0 + $1.quality.gpsDropouts }
        let zeros = runs.reduce(0) { $0 + $1.quality.cadenceZeros }
        let removed = runs.reduce(0) { $0 + $1.quality.implausibleRemoved }
        let noHR = runs.filter { $0.sport == "running" && $0.quality.samples > 0 && $0.quality.heartRateCoverage < 0.8 }.count
        return "Across \(ChartLayout.count(runs.count, "activity", plural: "activities")) and \(samples) samples: "
            + "\(ChartLayout.count(dropouts, "GPS or pod dropout")), \(ChartLayout.count(zeros, "cadence-zero sample")) "
            + "left out of cadence means, \(ChartLayout.count(removed, "implausible value")) removed, "
            + "\(ChartLayout.count(noHR, "run")) with heart rate on less than 80 % of its moving time."
    }
}
