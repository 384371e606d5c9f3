import Foundation
import GaitModel

/// L1–L6 (DOMAIN.md "Load").
enum LoadRules {
    /// L1 per run; the week's state is its largest ratio.
    static func sessionSpike(_ ctx: ScoringContext, _ eval: inout Evaluation) {
        let p = ctx.params
        var perWeek: [Int64: [SessionSpikeRule.Outcome]] = [:]
        for run in ctx.running {
            let day = ScoringContext.day(run)
            // The longest run of the previous 30 days is unknown before 30 days of records exist.
            let outcome = ctx.hasThirtyDaysOfHistory(day)
                ? SessionSpikeRule.evaluate(run, history: ctx.running, thresholds: p.l1)
                : .insufficientData(reason: "fewer than 30 days of records before this run")
            perWeek[CalendarDay.weekStart(day), default: []].append(outcome)
            guard case let .fired(band, ratio, baseline) = outcome else { continue }
            var criteria: [Criterion] = []
            if band >= .moderate {
                criteria.append(Criterion(presentation: .pfp, weight: "w_pfp_load", points: p.weight("w_pfp_load")))
                criteria.append(Criterion(presentation: .patellarTendinopathy, weight: "w_pt_load",
                                          points: p.weight("w_pt_load")))
            }
            // ITBS counts L1 from "small" up (DOMAIN.md "Rules per presentation": +1 L1 ≥ small).
            criteria.append(Criterion(presentation: .itbs, weight: "w_itbs_l1", points: p.weight("w_itbs_l1")))
            let long = LongRun.isLong(run, history: ctx.running)
            var rule = SessionSpikeRule.firedRule(run, band: band, ratio: ratio, baselineM: baseline, thresholds: p.l1)
            if long { rule.detail += "; a long run (≥ 75th percentile of the previous 30 days)" }
            eval.fire(rule, day: day, criteria: criteria)
        }
        for week in ctx.weeks {
            let outcomes = perWeek[week] ?? []
            var best: (ratio: Double, baseline: Double, band: SessionSpikeRule.Band?)?
            for case let .fired(band, ratio, baseline) in outcomes where ratio > (best?.ratio ?? -1) {
                best = (ratio, baseline, band)
            }
            for case let .notFired(ratio, baseline) in outcomes where best?.band == nil && ratio > (best?.ratio ?? -1) {
                best = (ratio, baseline, nil)
            }
            guard let best else {
                let reason: String
                if case let .insufficientData(r)? = outcomes.first { reason = r } else { reason = "no run this week" }
                eval.set(week, .insufficient("L1", reason))
                continue
            }
            eval.set(week, RuleState(id: "L1", status: best.band == nil ? .notFired : .fired, value: best.ratio,
                                     threshold: best.band.map { p.l1.lowerBound(of: $0) } ?? p.l1.small,
                                     baseline: best.baseline / 1000,
                                     note: best.band.map { "\($0.rawValue) spike; baseline = longest run of 30 days, km" }
                                        ?? "baseline = longest run of 30 days, km"))
        }
    }

    /// L2 at the end of each ISO week (its Sunday, or the season's last day): Σ running distance of
    /// the last 7 days ÷ the 7 days before − 1, both windows fully tracked; fires above
    /// `l2_progression`. A zero baseline with a positive value counts as a spike.
    static func weeklyProgression(_ ctx: ScoringContext, _ eval: inout Evaluation) {
        let p = ctx.params
        var kmByDay: [Int64: Double] = [:]
        for r in ctx.running { kmByDay[ScoringContext.day(r), default: 0] += r.distanceM / 1000 }
        func sum(_ days: ClosedRange<Int64>) -> Double { days.reduce(0) { $0 + (kmByDay[$1] ?? 0) } }
        for week in ctx.weeks {
            let t = min(week + 6, ctx.asOfDay)
            guard ctx.calendar.allTracked((t - 13)...t) else {
                eval.set(week, .insufficient("L2", "the 14 days to \(CalendarDay.date(t)) need to be tracked "
                                                + "(untracked days or the season's first weeks)"))
                continue
            }
            let last = sum((t - 6)...t), previous = sum((t - 13)...(t - 7))
            let zero = previous == 0
            let progression = zero ? 0 : last / previous - 1
            let fires = zero ? last > 0 : exceeds(progression, p.l2Progression)
            let value = zero ? last : progression * 100
            eval.set(week, RuleState(id: "L2", status: fires ? .fired : .notFired, value: value,
                                     threshold: zero ? 0 : p.l2Progression * 100, baseline: previous,
                                     note: zero ? "km after 7 days without running (zero baseline)"
                                        : "% change; baseline = preceding 7 days, km"))
            guard fires else { continue }
            let date = CalendarDay.date(t)
            let detail = zero
                ? "\(fmt(last, 1)) km in the 7 days to \(date) after 7 days without running: a weekly progression from a zero baseline"
                : "\(fmt(last, 1)) km in the 7 days to \(date) vs \(fmt(previous, 1)) km the 7 days before: "
                    + "+\(fmt(progression * 100, 0))% (> \(fmt(p.l2Progression * 100, 0))%)"
            let info = RuleCatalog.info("L2")
            eval.fire(FiredRule(id: "L2", band: zero ? "zero baseline" : "", date: date, value: value,
                                threshold: zero ? 0 : p.l2Progression * 100, baseline: previous, source: info.source,
                                design: info.design, detail: detail, unit: zero ? "km" : "%"),
                      day: t, criteria: [
                          Criterion(presentation: .pfp, weight: "w_pfp_load", points: p.weight("w_pfp_load")),
                          Criterion(presentation: .patellarTendinopathy, weight: "w_pt_load", points: p.weight("w_pt_load")),
                      ])
        }
    }

    /// Daily loads and the L3 / L5 series. EWMAs update on tracked days only (untracked days leave
    /// them unchanged, shown as unknown); values are shown once `chronic_min_days` days have been
    /// tracked. L3's acute and chronic EWMAs are seeded — as their state before the first day — with
    /// the mean load of the first 28 tracked days (DOMAIN.md L3: from 0 the first weeks' ratio is
    /// inflated); L5's fitness and fatigue start at 0 (Runalyze's convention).
    ///
    /// A day's load is the sum of its sessions' (`SessionLoads`); a day with a session of unknown load
    /// is unknown, like an untracked day, and a day with an estimated session is marked estimated.
    static func days(_ ctx: ScoringContext, loads: SessionLoads) -> [DayLoad] {
        guard let range = ctx.calendar.days else { return [] }
        var load: [Int64: Double] = [:], km: [Int64: Double] = [:]
        var unknown: Set<Int64> = [], estimated: Set<Int64> = []
        for a in ctx.activities {
            let d = ScoringContext.day(a)
            let l = loads.load(a)
            if let v = l.value { load[d, default: 0] += v } else { unknown.insert(d) }
            if l.estimated { estimated.insert(d) }
            if a.sport == "running" { km[d, default: 0] += a.distanceM / 1000 }
        }
        func known(_ day: Int64) -> Bool { ctx.calendar.isTracked(day) && !unknown.contains(day) }
        let acuteL = 2.0 / (7 + 1), chronicL = 2.0 / (28 + 1), fitnessL = 2.0 / (42 + 1)
        let firstTracked = range.filter(known).prefix(28)
        let seed = firstTracked.isEmpty ? 0 : firstTracked.reduce(0) { $0 + (load[$1] ?? 0) } / Double(firstTracked.count)
        var acute = seed, chronic = seed, fitness = 0.0, fatigue = 0.0
        var tracked = 0
        var out: [DayLoad] = []
        for day in range {
            let state = ctx.calendar.state(day) ?? .untracked
            var row = DayLoad(date: CalendarDay.date(day), state: state, distanceKm: km[day] ?? 0, load: nil)
            row.estimated = estimated.contains(day) && !unknown.contains(day)
            if known(day) {
                let l = load[day] ?? 0
                row.load = l
                tracked += 1
                acute += acuteL * (l - acute)
                chronic += chronicL * (l - chronic)
                fitness += fitnessL * (l - fitness)
                fatigue += acuteL * (l - fatigue)
                if tracked >= ctx.params.chronicMinDays {
                    row.acute = acute
                    row.chronic = chronic
                    row.acwr = chronic > 0 ? acute / chronic : nil
                    row.fitness = fitness
                    row.fatigue = fatigue
                    row.form = fitness - fatigue
                }
                if ((day - 27)...day).allSatisfy(known) {
                    let a = ((day - 6)...day).reduce(0) { $0 + (load[$1] ?? 0) } / 7
                    let c = ((day - 27)...(day - 7)).reduce(0) { $0 + (load[$1] ?? 0) } / 21
                    row.acwrRolling = c > 0 ? a / c : nil
                }
            }
            out.append(row)
        }
        return out
    }

    /// L3, L5, L6 are descriptive: their week state carries the value, never a firing.
    static func descriptive(_ ctx: ScoringContext, days: [DayLoad], unit: String, _ eval: inout Evaluation) {
        let byDate = Dictionary(days.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        for week in ctx.weeks {
            let lastDay = ((week...(week + 6)).last { byDate[CalendarDay.date($0)]?.acwr != nil })
                .flatMap { byDate[CalendarDay.date($0)] }
            if let d = lastDay, let acwr = d.acwr {
                eval.set(week, RuleState(id: "L3", status: .notFired, value: acwr, baseline: d.chronic,
                                         note: "descriptive only (no threshold: Impellizzeri 2020); rolling "
                                            + (d.acwrRolling.map { fmt($0, 2) } ?? "n/a")))
            } else {
                eval.set(week, .insufficient("L3", "needs \(ctx.params.chronicMinDays) tracked days"))
            }
            if let d = lastDay, let form = d.form {
                eval.set(week, RuleState(id: "L5", status: .notFired, value: form, baseline: d.fitness,
                                         note: "form = fitness \(fmt(d.fitness ?? 0, 1)) − fatigue \(fmt(d.fatigue ?? 0, 1)) (\(unit), λ = 2/(N+1))"))
            } else {
                eval.set(week, .insufficient("L5", "needs \(ctx.params.chronicMinDays) tracked days"))
            }
            let withHR = ctx.activities(in: week).filter { $0.trimp != nil }
            if withHR.isEmpty {
                eval.set(week, .insufficient("L6", "no activity with heart rate this week"))
            } else {
                let trimp = withHR.reduce(0) { $0 + ($1.trimp ?? 0) }
                let rpe = ctx.activities(in: week).compactMap(\.sessionRPELoad)
                eval.set(week, RuleState(id: "L6", status: .notFired, value: trimp,
                                         note: "Banister TRIMP, \(withHR.count) activities"
                                            + (rpe.isEmpty ? "" : "; session RPE load \(fmt(rpe.reduce(0, +), 0))")))
            }
        }
    }

    /// L4 per ISO week: monotony = mean ÷ SD (population) of the 7 daily loads, rest days 0; strain =
    /// week load × monotony. Any untracked day (or a day outside the season) → insufficient data.
    /// A week with equal non-zero loads every day has SD 0: monotony is capped at 10.
    static func monotony(_ ctx: ScoringContext, days: [DayLoad], _ eval: inout Evaluation,
                         weekRows: inout [Int64: (load: Double?, monotony: Double?, strain: Double?)]) {
        let p = ctx.params
        let byDate = Dictionary(days.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        for week in ctx.weeks {
            let loads = (week...(week + 6)).map { byDate[CalendarDay.date($0)]?.load }
            guard loads.allSatisfy({ $0 != nil }) else {
                weekRows[week] = (nil, nil, nil)
                eval.set(week, .insufficient("L4", "untracked days in the week (or the season starts/ends mid-week)"))
                continue
            }
            let values = loads.map { $0 ?? 0 }
            let total = values.reduce(0, +)
            guard let m = monotonyValue(values) else {
                weekRows[week] = (total, nil, nil)
                eval.set(week, RuleState(id: "L4", status: .notFired, note: "no load this week"))
                continue
            }
            let strain = total * m
            weekRows[week] = (total, m, strain)
            let fires = m > p.l4MonotonyFlag
            eval.set(week, RuleState(id: "L4", status: fires ? .fired : .notFired, value: m, threshold: p.l4MonotonyFlag,
                                     note: "strain \(fmt(strain, 0))" + (m > p.l4MonotonyNote && !fires ? "; noted (> \(fmt(p.l4MonotonyNote, 1)))" : "")))
            guard fires else { continue }
            let info = RuleCatalog.info("L4")
            let day = ctx.firingDay(week)
            eval.fire(FiredRule(id: "L4", band: "flag", date: CalendarDay.date(day), value: m, threshold: p.l4MonotonyFlag,
                                baseline: p.l4MonotonyNote, source: info.source, design: info.design,
                                detail: "training monotony \(fmt(m, 2)) in week \(CalendarDay.isoWeek(week)) (> \(fmt(p.l4MonotonyFlag, 1))); strain \(fmt(strain, 0))",
                                unit: "ratio"),
                      day: day, criteria: [Criterion(presentation: .patellarTendinopathy, weight: "w_pt_monotony",
                                                     points: p.weight("w_pt_monotony"))])
        }
    }

    static let monotonyCap = 10.0

    /// Foster monotony of daily loads: mean ÷ population SD; nil without load; capped when SD is 0.
    static func monotonyValue(_ values: [Double]) -> Double? {
        let mean = values.reduce(0, +) / Double(values.count)
        guard mean > 0 else { return nil }
        let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
        return sd > 0 ? min(mean / sd, monotonyCap) : monotonyCap
    }
}

func fmt(_ v: Double, _ places: Int) -> String { String(format: "%.\(places)f", v) }
