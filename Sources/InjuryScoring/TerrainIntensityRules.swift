import GaitModel

/// D1 descent load, D2 high-intensity volume and the ascent/stair spike (DOMAIN.md "Gait" and
/// "Definitions").
enum TerrainIntensityRules {
    struct WeekValues {
        var descentM: Double?
        var ascentM: Double?
        var highIntensityMin: Double?
        var jumpSessions: Int
    }

    /// DOMAIN.md "Definitions": a jump session has plyometric/jump exercise categories or sport
    /// `hiit`; a strength session without them is not one (heavy slow resistance is the treatment, not
    /// a jump load), and a run's strides and sprints count in the high-intensity minutes instead.
    static func isJumpSession(_ a: RunMetrics) -> Bool {
        a.sport == "hiit" || a.subSport == "hiit"
            || a.exerciseCategories.contains { $0 == "plyo" || $0.lowercased().contains("jump") }
    }

    static func weekValues(_ ctx: ScoringContext, _ week: Int64) -> WeekValues {
        let runs = ctx.running(in: week)
        let descents = runs.compactMap(\.descentM), ascents = runs.compactMap(\.ascentM)
        let intensity = runs.compactMap(\.highIntensityS)
        return WeekValues(descentM: descents.isEmpty ? nil : descents.reduce(0, +),
                          ascentM: ascents.isEmpty ? nil : ascents.reduce(0, +),
                          highIntensityMin: intensity.isEmpty ? nil : intensity.reduce(0, +) / 60,
                          jumpSessions: ctx.activities(in: week).filter(isJumpSession).count)
    }

    static func evaluate(_ ctx: ScoringContext, _ eval: inout Evaluation, values: inout [Int64: WeekValues]) {
        for week in ctx.weeks { values[week] = weekValues(ctx, week) }
        let v = values
        descent(ctx, v, &eval)
        intensity(ctx, v, &eval)
        ascent(ctx, v, &eval)
    }

    /// D1: weekly descent > 1.3 × its 4-week mean, or a run's longest descent > 1.3 × the longest of
    /// the previous 30 days.
    static func descent(_ ctx: ScoringContext, _ v: [Int64: WeekValues], _ eval: inout Evaluation) {
        let p = ctx.params
        let info = RuleCatalog.info("D1")
        let criteria = [Criterion(presentation: .pfp, weight: "w_pfp_d1", points: p.weight("w_pfp_d1")),
                        Criterion(presentation: .itbs, weight: "w_itbs_d1", points: p.weight("w_itbs_d1"))]
        var longFired: [Int64: (run: RunMetrics, value: Double, base: Double)] = [:]
        for run in ctx.running {
            guard let longest = run.longestDescentM, longest > 0,
                  ctx.hasThirtyDaysOfHistory(ScoringContext.day(run)) else { continue }
            let previous = SessionSpikeRule.previousRuns(before: run, in: ctx.running).compactMap(\.longestDescentM)
            guard let base = previous.max(), isSpike(longest, baseline: base, ratio: p.d1Ratio) else { continue }
            let day = ScoringContext.day(run)
            let week = CalendarDay.weekStart(day)
            if longest > (longFired[week]?.value ?? 0) { longFired[week] = (run, longest, base) }
            eval.fire(FiredRule(id: "D1", band: "new long descent", runID: run.runID, date: CalendarDay.date(day),
                                value: longest, threshold: p.d1Ratio * base, baseline: base, source: info.source,
                                design: info.design,
                                detail: "a continuous descent of \(fmt(longest, 0)) m is \(fmt(base > 0 ? longest / base : 0, 2))× the longest "
                                    + "of the previous 30 days (\(fmt(base, 0)) m; > \(fmt(p.d1Ratio, 1))×)",
                                unit: "m"),
                      day: day, criteria: criteria)
        }
        for week in ctx.weeks {
            guard let d = v[week]?.descentM else {
                eval.set(week, .insufficient("D1", "no altitude this week"))
                continue
            }
            let base = ctx.fourWeekMean(before: week) { v[$0]?.descentM ?? 0 }
            let weeklySpike = base.map { isSpike(d, baseline: $0.mean, ratio: p.d1Ratio) } ?? false
            if let long = longFired[week], !weeklySpike {
                eval.set(week, RuleState(id: "D1", status: .fired, value: long.value, threshold: p.d1Ratio * long.base,
                                         baseline: long.base, note: "new long descent on \(long.run.runID), m"))
                continue
            }
            guard let base else {
                eval.set(week, .insufficient("D1", "weekly descent needs 2 covered weeks in the 4 before"))
                continue
            }
            eval.set(week, RuleState(id: "D1", status: weeklySpike ? .fired : .notFired, value: d,
                                     threshold: p.d1Ratio * base.mean, baseline: base.mean, note: "weekly descent, m"))
            guard weeklySpike else { continue }
            let day = ctx.firingDay(week)
            eval.fire(FiredRule(id: "D1", band: "weekly descent", date: CalendarDay.date(day), value: d,
                                threshold: p.d1Ratio * base.mean, baseline: base.mean, source: info.source, design: info.design,
                                detail: "\(fmt(d, 0)) m descended in week \(CalendarDay.isoWeek(week)) vs a 4-week mean of "
                                    + "\(fmt(base.mean, 0)) m (> \(fmt(p.d1Ratio, 1))×)",
                                unit: "m"),
                      day: day, criteria: criteria)
        }
    }

    /// D2 (DOMAIN.md "Gait" D2 and "Definitions"): two counts, each against its own 4-week mean —
    /// (a) high-intensity minutes (strides and sprints included), (b) jump sessions. Either one
    /// above 1.3 × its mean fires; against a zero mean, a positive count fires only as "a first
    /// block after ≥ 4 covered weeks without" (DOMAIN.md D2): all four weeks before covered — not
    /// 10 s of fast running in a season's third week.
    static func intensity(_ ctx: ScoringContext, _ v: [Int64: WeekValues], _ eval: inout Evaluation) {
        let p = ctx.params
        let info = RuleCatalog.info("D2")
        for week in ctx.weeks {
            guard let w = v[week], ctx.coverageDays(week) > 0 else {
                eval.set(week, .insufficient("D2", "no activity this week"))
                continue
            }
            let minutesBase = ctx.fourWeekMean(before: week) { v[$0]?.highIntensityMin ?? 0 }
            let jumpsBase = ctx.fourWeekMean(before: week) { Double(v[$0]?.jumpSessions ?? 0) }
            func spike(_ value: Double, _ base: (mean: Double, weeks: Int)) -> Bool {
                base.mean > 0 ? isSpike(value, baseline: base.mean, ratio: p.d2Ratio) : value > 0 && base.weeks >= 4
            }
            let minutesSpike = w.highIntensityMin.flatMap { m in minutesBase.map { spike(m, $0) } } ?? false
            let jumpsSpike = jumpsBase.map { spike(Double(w.jumpSessions), $0) } ?? false
            guard minutesBase != nil || jumpsBase != nil else {
                eval.set(week, .insufficient("D2", "needs 2 covered weeks in the 4 before"))
                continue
            }
            let fires = minutesSpike || jumpsSpike
            // Jump sessions alone can fire D2, but without minutes a quiet week is unknown, not "not fired".
            if !fires, w.highIntensityMin == nil {
                eval.set(week, .insufficient("D2", "no heart rate or threshold pace: high-intensity minutes unknown; "
                                                + "\(w.jumpSessions) jump sessions"))
                continue
            }
            let minutesNote = w.highIntensityMin.map { "\(fmt($0, 1)) high-intensity min" } ?? "no heart rate or threshold pace"
            // The state's value is the count that fired: the jump sessions when they alone did.
            let byJumps = jumpsSpike && !minutesSpike
            eval.set(week, RuleState(id: "D2", status: fires ? .fired : .notFired,
                                     value: byJumps ? Double(w.jumpSessions) : w.highIntensityMin,
                                     threshold: (byJumps ? jumpsBase : minutesBase).map { p.d2Ratio * $0.mean },
                                     baseline: (byJumps ? jumpsBase : minutesBase)?.mean,
                                     note: (byJumps ? "jump sessions fired: " : "") + "\(minutesNote) (4-week mean \(minutesBase.map { fmt($0.mean, 1) } ?? "–")); "
                                        + "\(w.jumpSessions) jump sessions (4-week mean \(jumpsBase.map { fmt($0.mean, 1) } ?? "–"))"))
            guard fires else { continue }
            func reason(_ count: String, _ base: Double) -> String {
                base == 0 ? "\(count) after 4 weeks without" : "\(count) vs a 4-week mean of \(fmt(base, 1)) (> \(fmt(p.d2Ratio, 1))×)"
            }
            var reasons: [String] = []
            if minutesSpike, let m = w.highIntensityMin, let base = minutesBase {
                reasons.append(reason("\(fmt(m, m < 10 ? 1 : 0)) min of high intensity", base.mean))
            }
            if jumpsSpike, let base = jumpsBase {
                reasons.append(reason(w.jumpSessions == 1 ? "1 jump session" : "\(w.jumpSessions) jump sessions", base.mean))
            }
            let day = ctx.firingDay(week)
            let (value, base, unit) = minutesSpike
                ? (w.highIntensityMin ?? 0, minutesBase?.mean ?? 0, "min")
                : (Double(w.jumpSessions), jumpsBase?.mean ?? 0, "sessions")
            eval.fire(FiredRule(id: "D2", band: minutesSpike ? "minutes" : "jump sessions", date: CalendarDay.date(day),
                                value: value, threshold: p.d2Ratio * base, baseline: base, source: info.source,
                                design: info.design, detail: "week \(CalendarDay.isoWeek(week)): " + reasons.joined(separator: "; "),
                                unit: unit),
                      day: day, criteria: [Criterion(presentation: .patellarTendinopathy, weight: "w_pt_d2",
                                                     points: p.weight("w_pt_d2"))])
        }
    }

    /// Ascent/stair spike (patellar tendinopathy): weekly ascent > 1.3 × its 4-week mean.
    static func ascent(_ ctx: ScoringContext, _ v: [Int64: WeekValues], _ eval: inout Evaluation) {
        let p = ctx.params
        for week in ctx.weeks {
            guard let a = v[week]?.ascentM else {
                eval.set(week, .insufficient("ASC", "no altitude this week"))
                continue
            }
            guard let base = ctx.fourWeekMean(before: week, { v[$0]?.ascentM ?? 0 }) else {
                eval.set(week, .insufficient("ASC", "needs 2 covered weeks in the 4 before"))
                continue
            }
            let fires = isSpike(a, baseline: base.mean, ratio: p.ascentRatio)
            eval.set(week, RuleState(id: "ASC", status: fires ? .fired : .notFired, value: a,
                                     threshold: p.ascentRatio * base.mean, baseline: base.mean, note: "weekly ascent, m"))
            guard fires else { continue }
            let info = RuleCatalog.info("ASC")
            let day = ctx.firingDay(week)
            eval.fire(FiredRule(id: "ASC", band: "", date: CalendarDay.date(day), value: a, threshold: p.ascentRatio * base.mean,
                                baseline: base.mean, source: info.source, design: info.design,
                                detail: "\(fmt(a, 0)) m climbed in week \(CalendarDay.isoWeek(week)) vs a 4-week mean of "
                                    + "\(fmt(base.mean, 0)) m (> \(fmt(p.ascentRatio, 1))×)", unit: "m"),
                      day: day, criteria: [Criterion(presentation: .patellarTendinopathy, weight: "w_pt_ascent",
                                                     points: p.weight("w_pt_ascent"))])
        }
    }
}
