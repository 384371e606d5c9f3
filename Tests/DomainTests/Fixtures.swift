import GaitModel

/// Small builders for synthetic seasons: days are counted from a fixed Monday so week arithmetic
/// in the tests is easy to follow.
enum Fixtures {
    /// 2025-01-06, a Monday (ISO 2025-W02).
    static let monday: Int64 = CalendarDay.dayNumber(year: 2025, month: 1, day: 6)

    /// Unix time of `day` (a day number) at `hour`:00 UTC.
    static func time(day: Int64, hour: Int64 = 8) -> Int64 { day * 86_400 + hour * 3600 }

    static func run(_ id: String, day: Int64, km: Double, hour: Int64 = 8, sport: String = "running",
                    athlete: String = "ana") -> RunMetrics {
        RunMetrics(runID: id, athlete: athlete, startTime: time(day: day, hour: hour), sport: sport,
                   device: "garmin fenix2", distanceM: km * 1000, durationS: km * 360, movingTimeS: km * 330,
                   movingPaceSPerKm: 330, cadenceSPM: 168)
    }

    static let scorerParams = ResolvedParams(specs: SeasonScorerSpecs.specs, given: [:])

    static func assess(_ runs: [RunMetrics], athlete: String = "ana", skipped: [SkippedInput] = []) -> Assessment {
        SeasonScorerSpecs.assess(AthleteSeason(athlete: athlete, runs: runs, skipped: skipped))
    }

    /// `runs` plus a 1 km run 31 days before the first: L1 and D1 need 30 days of records before a
    /// run, and the anchor lies outside every tested run's 30-day window, so it never is a baseline.
    static func withHistory(_ runs: [RunMetrics]) -> [RunMetrics] {
        let first = runs.map { CalendarDay.dayNumber($0.startTime) }.min() ?? monday
        return [run("anchor.fit", day: first - 31, km: 1)] + runs
    }
}
