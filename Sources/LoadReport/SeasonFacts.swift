import GaitModel

/// The header's facts about a season: span, coverage, devices, load unit.
struct SeasonFacts {
    var span: String
    var coverageText: String
    var devices: [String]
    var runningRuns: Int
    var loadUnitText: String

    init(_ a: Assessment) {
        let runDays = a.runs.map { CalendarDay.dayNumber($0.startTime) }
        if let first = a.days.first?.date, let last = a.days.last?.date {
            span = "\(first) to \(last) (\(ChartLayout.count(a.days.count, "day")), \(ChartLayout.count(a.weeks.count, "ISO week")))"
            let active = a.days.filter { $0.state == .active }.count
            let rest = a.days.filter { $0.state == .rest }.count
            let untracked = a.days.filter { $0.state == .untracked }.count
            coverageText = "\(active) of \(a.days.count) days have a recorded activity, \(ChartLayout.count(rest, "is a rest day", plural: "are rest days")) "
                + "(load 0) and \(ChartLayout.count(untracked, "is untracked", plural: "are untracked")) (unknown, not 0)."
        } else if let first = runDays.min(), let last = runDays.max() {
            let spanned = Int(last - first + 1)
            span = "\(CalendarDay.date(first)) to \(CalendarDay.date(last)) (\(ChartLayout.count(spanned, "day")), "
                + "\(ChartLayout.count(a.weeks.count, "ISO week")))"
            coverageText = "\(Set(runDays).count) of \(spanned) days have a recorded activity. "
                + "Days without a recording are unknown, not rest."
        } else {
            span = "no activities"
            coverageText = "No recorded activities."
        }
        devices = a.devices.isEmpty ? Array(Set(a.runs.map(\.device).filter { !$0.isEmpty })).sorted() : a.devices
        runningRuns = a.runs.filter { $0.sport == "running" }.count
        loadUnitText = a.loadUnit == "trimp"
            ? "daily load (L3–L5) in Banister TRIMP: at least 80 % of runs have heart rate; L1 and L2 use distance"
            : "daily load (L3–L5) in km of distance: fewer than 80 % of runs have heart rate; L1 and L2 use distance"
    }
}

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

/// A fired rule's value, threshold and baseline as text in the rule's unit.
struct FiredRuleFormat {
    var value: String
    var threshold: String
    var baseline: String

    init(_ r: FiredRule, units: DisplayUnits) {
        func text(_ v: Double) -> String {
            switch r.unit {
            case "ratio", "": FixedDecimal.string(v, 2) + "×"
            case "%": FixedDecimal.string(v, 1) + " %"
            case "spm": FixedDecimal.string(v, 1) + " steps/min"
            case "m": FixedDecimal.string(v, 0) + " m"
            case "min": FixedDecimal.string(v, 0) + " min"
            case "deg": FixedDecimal.string(v, 1) + "°"
            case "pain 0-10": FixedDecimal.string(v, 0) + "/10"
            case "runs": FixedDecimal.string(v, 0) + " runs"
            default: FixedDecimal.string(v, 2) + " " + r.unit
            }
        }
        value = text(r.value)
        threshold = text(r.threshold)
        // The baseline is not always in the value's unit: L1 compares with the longest run of 30 days
        // (metres), L2 with the preceding week (km), G3 with the ground-contact balance (% left).
        switch r.id {
        case "L1": baseline = units.text(km: r.baseline / 1000)
        case "L2": baseline = units.text(km: r.baseline)
        case "G3": baseline = FixedDecimal.string(r.baseline, 1) + " % left"
        default: baseline = text(r.baseline)
        }
    }
}

/// injury-scoring's parameters as the assessment lists them, for the charts' reference lines
/// (so a clinic that changed a threshold sees its own threshold drawn).
enum ScoringParameter {
    static func number(_ a: Assessment, _ name: String, default fallback: Double) -> Double {
        a.parameters.first { $0.name == name }.flatMap { Double($0.value) } ?? fallback
    }
}
