import GaitModel

/// Scores one athlete's season: ISO weeks, rule firings and a pattern-consistency level per
/// presentation and week (DOMAIN.md "Rules per presentation" and "Definitions").
///
/// Only L1 is computed so far. The other rules (L2–L6, G1–G3, D1, D2, K1–K4, S1) are not yet
/// computed: they add no points and fire nothing — they are absent, not "0" and not faked.
public enum SeasonScorer {
    public static let paramSpecs: [ParamSpec] = [
        ParamSpec(name: "l1_small", kind: .number, defaultValue: "1.10", minimum: 1.0, maximum: 5.0,
                  summary: "L1 session spike: ratio above which the spike is small (Frandsen 2025)"),
        ParamSpec(name: "l1_moderate", kind: .number, defaultValue: "1.30", minimum: 1.0, maximum: 5.0,
                  summary: "L1 session spike: ratio above which the spike is moderate (Frandsen 2025)"),
        ParamSpec(name: "l1_large", kind: .number, defaultValue: "2.0", minimum: 1.0, maximum: 5.0,
                  summary: "L1 session spike: ratio above which the spike is large (Frandsen 2025)"),
    ]

    /// Problems with a parameter combination the per-value ranges cannot catch; empty when fine.
    public static func problems(with params: ResolvedParams) -> [String] {
        let t = thresholds(params)
        return t.isOrdered ? [] : ["l1_small < l1_moderate < l1_large is required, got "
            + "\(params.string("l1_small")), \(params.string("l1_moderate")), \(params.string("l1_large"))"]
    }

    /// The L1 thresholds from the params; Frandsen 2025's cut-offs when they are not strictly
    /// increasing (the stage rejects such params at CONFIG via `problems(with:)`, so this is a
    /// last resort that keeps the bands meaningful).
    public static func effectiveThresholds(_ params: ResolvedParams) -> SessionSpikeRule.Thresholds {
        let t = thresholds(params)
        return t.isOrdered ? t : .study
    }

    public static func assess(_ season: AthleteSeason, params: ResolvedParams) -> Assessment {
        let runs = season.runs.sorted { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        // L1 and L2 use distance of running sessions only, as their studies did (DOMAIN.md "Definitions").
        let running = runs.filter { $0.sport == "running" }
        let thresholds = effectiveThresholds(params)

        var fired: [FiredRule] = []
        var contributions: [RuleContribution] = []
        for run in running {
            guard case let .fired(band, ratio, baseline) =
                SessionSpikeRule.evaluate(run, history: running, thresholds: thresholds) else { continue }
            fired.append(SessionSpikeRule.firedRule(run, band: band, ratio: ratio, baselineM: baseline,
                                                    thresholds: thresholds))
            contributions += sessionSpikeContributions(run, band: band, history: running)
        }

        let weeks = weekRows(runs: runs, running: running, contributions: contributions)
        let asOf = runs.last.map { CalendarDay.date(CalendarDay.dayNumber($0.startTime)) } ?? ""
        return Assessment(athlete: season.athlete, asOf: asOf, runs: runs, weeks: weeks, firedRules: fired,
                          skipped: season.skipped)
    }

    /// DOMAIN.md: PFP "+1 L1 ≥ moderate or L2 > 30%"; patellar tendinopathy the same line;
    /// ITBS "+1 L1 ≥ small on a long run".
    static func sessionSpikeContributions(_ run: RunMetrics, band: SessionSpikeRule.Band,
                                          history: [RunMetrics]) -> [RuleContribution] {
        let day = CalendarDay.dayNumber(run.startTime)
        var out: [RuleContribution] = []
        if band >= .moderate {
            out.append(RuleContribution(day: day, ruleID: SessionSpikeRule.id, presentation: .pfp,
                                        criterion: "load spike (L1 ≥ moderate or L2 > 30%)", points: 1))
            out.append(RuleContribution(day: day, ruleID: SessionSpikeRule.id, presentation: .patellarTendinopathy,
                                        criterion: "load spike (L1 ≥ moderate or L2 > 30%)", points: 1))
        }
        // A run above 1.10 × the previous 30 days' longest is necessarily above their 75th
        // percentile; the check stays so the rule reads as DOMAIN.md states it.
        if LongRun.isLong(run, history: history) {
            out.append(RuleContribution(day: day, ruleID: SessionSpikeRule.id, presentation: .itbs,
                                        criterion: "L1 ≥ small on a long run", points: 1))
        }
        return out
    }

    /// One row per ISO week from the first to the last week with any activity, gaps included.
    static func weekRows(runs: [RunMetrics], running: [RunMetrics],
                         contributions: [RuleContribution]) -> [WeekAssessment] {
        let activeDays = Set(runs.map { CalendarDay.dayNumber($0.startTime) })
        guard let first = activeDays.min(), let last = activeDays.max() else { return [] }
        var rows: [WeekAssessment] = []
        var weekStart = CalendarDay.weekStart(first)
        while weekStart <= last {
            let days = weekStart...(weekStart + 6)
            let weekRuns = running.filter { days.contains(CalendarDay.dayNumber($0.startTime)) }
            rows.append(WeekAssessment(
                week: CalendarDay.isoWeek(weekStart), weekStart: CalendarDay.date(weekStart),
                coverageDays: activeDays.filter { days.contains($0) }.count,
                distanceKm: weekRuns.reduce(0) { $0 + $1.distanceM } / 1000, runs: weekRuns.count,
                scores: WeekLevelWindow.scores(weekStart: weekStart, contributions: contributions)))
            weekStart += 7
        }
        return rows
    }

    private static func thresholds(_ params: ResolvedParams) -> SessionSpikeRule.Thresholds {
        SessionSpikeRule.Thresholds(small: params.number("l1_small"), moderate: params.number("l1_moderate"),
                                    large: params.number("l1_large"))
    }
}
