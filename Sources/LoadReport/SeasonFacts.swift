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
        loadUnitText = "daily load (L3–L5) in \(DailyLoadChart.unitReason(a)); L1 and L2 use distance"
    }
}
