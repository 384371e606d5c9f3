import GaitModel

/// G1–G3 (DOMAIN.md "Gait") and the season's matched-speed baselines.
enum GaitRules {
    /// Bins further than this from the reference speed are not extrapolated to it.
    static let matchWindowMPS = 1.0
    /// The regression needs this many runs with cadence over a speed range.
    static let minimumRuns = 3

    /// Reference speed: the median speed of runs without interval segments (DOMAIN.md "Definitions");
    /// cadence and step length regressed on speed over every running second of the season
    /// (speed-bin centres weighted by seconds).
    static func baseline(_ running: [RunMetrics]) -> SeasonBaseline {
        var b = SeasonBaseline()
        let easy = running.filter { r in r.movingTimeS > 0 && r.distanceM > 0 && !r.segments.contains { $0.kind == .interval } }
        b.referenceSpeedMPS = median(easy.map { $0.distanceM / $0.movingTimeS })
        let cadence = running.flatMap { r in r.speedBins.filter { $0.cadenceSPM > 0 && $0.seconds > 0 } }
        let used = running.filter { r in r.speedBins.contains { $0.cadenceSPM > 0 && $0.seconds > 0 } }.count
        b.runsUsed = used
        guard used >= minimumRuns else { return b }
        // Every second at one speed: nothing to adjust along, so the slope is 0 (the mean at that speed).
        let c = weightedLine(cadence.map { ($0.centre, $0.cadenceSPM, $0.seconds) }) ?? flat(cadence.map { ($0.cadenceSPM, $0.seconds) })
        (b.cadenceIntercept, b.cadenceSlope) = (c.intercept, c.slope)
        let step = running.flatMap { r in r.speedBins.filter { $0.stepLengthM.isFinite && $0.stepLengthM > 0 && $0.seconds > 0 } }
        if !step.isEmpty {
            let s = weightedLine(step.map { ($0.centre, $0.stepLengthM, $0.seconds) }) ?? flat(step.map { ($0.stepLengthM, $0.seconds) })
            (b.stepLengthIntercept, b.stepLengthSlope) = (s.intercept, s.slope)
        }
        return b
    }

    /// A run's value at the reference speed: each bin within ±1 m/s moved along the season slope,
    /// weighted by its seconds. Nil without such bins. Returns the value and the seconds used.
    static func matched(_ run: RunMetrics, reference: Double, slope: Double,
                        _ value: (SpeedBin) -> Double) -> (value: Double, seconds: Double)? {
        var sum = 0.0, weight = 0.0
        for bin in run.speedBins where bin.seconds > 0 && abs(bin.centre - reference) <= matchWindowMPS {
            let v = value(bin)
            guard v.isFinite, v > 0 else { continue }
            sum += bin.seconds * (v + slope * (reference - bin.centre))
            weight += bin.seconds
        }
        return weight > 0 ? (sum / weight, weight) : nil
    }

    /// Sets each running run's matched cadence and step length (runs.csv `cadence_matched_spm`).
    static func annotate(_ runs: [RunMetrics], baseline b: SeasonBaseline) -> [RunMetrics] {
        guard let v = b.referenceSpeedMPS else { return runs }
        return runs.map { r in
            guard r.sport == "running" else { return r }
            var r = r
            if let slope = b.cadenceSlope {
                r.cadenceMatchedSPM = matched(r, reference: v, slope: slope) { $0.cadenceSPM }?.value
            }
            if let slope = b.stepLengthSlope {
                r.stepLengthMatchedM = matched(r, reference: v, slope: slope) { $0.stepLengthM }?.value
            }
            return r
        }
    }

    /// Seconds-weighted mean of the week's matched values.
    static func weekly(_ runs: [RunMetrics], baseline b: SeasonBaseline, slope: Double?,
                       _ value: (SpeedBin) -> Double) -> Double? {
        guard let v = b.referenceSpeedMPS, let slope else { return nil }
        var sum = 0.0, weight = 0.0
        for r in runs {
            guard let m = matched(r, reference: v, slope: slope, value) else { continue }
            sum += m.value * m.seconds
            weight += m.seconds
        }
        return weight > 0 ? sum / weight : nil
    }

    static func evaluate(_ ctx: ScoringContext, baseline b: SeasonBaseline, _ eval: inout Evaluation,
                         cadenceByWeek: inout [Int64: Double]) {
        let p = ctx.params
        let insufficientRegression = "needs \(minimumRuns) runs with cadence to fit the cadence-on-speed regression"
        let seasonMatched = median(ctx.running.compactMap(\.cadenceMatchedSPM))
        var stepByWeek: [Int64: Double] = [:]
        for week in ctx.weeks {
            let runs = ctx.running(in: week)
            if let c = weekly(runs, baseline: b, slope: b.cadenceSlope, { $0.cadenceSPM }) { cadenceByWeek[week] = c }
            if let s = weekly(runs, baseline: b, slope: b.stepLengthSlope, { $0.stepLengthM }) { stepByWeek[week] = s }
        }
        for week in ctx.weeks {
            let day = ctx.firingDay(week)
            // G1: absolute bands on the week's cadence at matched speed.
            if let c = cadenceByWeek[week] {
                let low = c <= p.g1Low, high = c >= p.g1High
                eval.set(week, RuleState(id: "G1", status: low ? .fired : .notFired, value: c, threshold: p.g1Low,
                                         baseline: seasonMatched,
                                         note: low ? "low (≤ \(fmt(p.g1Low, 0)) spm) at \(fmt(b.referenceSpeedMPS ?? 0, 2)) m/s"
                                            : high ? "high (≥ \(fmt(p.g1High, 0)) spm)" : "between the bands"))
                if low {
                    let info = RuleCatalog.info("G1")
                    eval.fire(FiredRule(id: "G1", band: "low", date: CalendarDay.date(day), value: c, threshold: p.g1Low,
                                        baseline: seasonMatched ?? c, source: info.source, design: info.design,
                                        detail: "cadence at the reference speed \(fmt(b.referenceSpeedMPS ?? 0, 2)) m/s was \(fmt(c, 1)) spm "
                                            + "in week \(CalendarDay.isoWeek(week)) (≤ \(fmt(p.g1Low, 0)) spm, a soft flag); "
                                            + "consider +5–10% of the preferred cadence (≈ \(fmt(c * 1.05, 0))–\(fmt(c * 1.10, 0)) spm), not \"180\"",
                                        unit: "spm"),
                              day: day, criteria: [
                                  Criterion(presentation: .pfp, weight: "w_pfp_gait", points: p.weight("w_pfp_gait")),
                                  Criterion(presentation: .itbs, weight: "w_itbs_gait", points: p.weight("w_itbs_gait")),
                              ])
                }
            } else {
                eval.set(week, .insufficient("G1", b.cadenceSlope == nil ? insufficientRegression
                                                : ctx.running(in: week).isEmpty ? "no run this week"
                                                : "no cadence near the reference speed this week"))
            }
            // G2: the week's step length at matched speed vs its 4-week mean.
            guard let s = stepByWeek[week] else {
                eval.set(week, .insufficient("G2", b.stepLengthSlope == nil ? "needs \(minimumRuns) runs with step length"
                                                : "no step length near the reference speed this week"))
                continue
            }
            guard let base = ctx.fourWeekMean(before: week, { stepByWeek[$0] ?? .nan }), base.mean.isFinite, base.mean > 0 else {
                eval.set(week, .insufficient("G2", "needs step length in 2 of the 4 weeks before"))
                continue
            }
            let change = (s / base.mean - 1) * 100
            let fires = exceeds(change, p.g2Long * 100)
            eval.set(week, RuleState(id: "G2", status: fires ? .fired : .notFired, value: change, threshold: p.g2Long * 100,
                                     baseline: base.mean, note: "% vs 4-week mean step length (m) at matched speed"))
            guard fires else { continue }
            let info = RuleCatalog.info("G2")
            eval.fire(FiredRule(id: "G2", band: "long stride", date: CalendarDay.date(day), value: change,
                                threshold: p.g2Long * 100, baseline: base.mean, source: info.source, design: info.design,
                                detail: "step length at matched speed \(fmt(s, 3)) m is +\(fmt(change, 0))% over the 4-week mean "
                                    + "\(fmt(base.mean, 3)) m (> \(fmt(p.g2Long * 100, 0))%): long stride",
                                unit: "%"),
                      day: day, criteria: [
                          Criterion(presentation: .pfp, weight: "w_pfp_gait", points: p.weight("w_pfp_gait")),
                          Criterion(presentation: .itbs, weight: "w_itbs_gait", points: p.weight("w_itbs_gait")),
                      ])
        }
        asymmetry(ctx, &eval)
    }

    /// G3: more than `g3_runs` runs in the 28-day window with |balance − 50| > `g3_balance`. Context only.
    static func asymmetry(_ ctx: ScoringContext, _ eval: inout Evaluation) {
        let p = ctx.params
        for week in ctx.weeks {
            let window = ctx.running.filter { ctx.inWindow(ScoringContext.day($0), week: week) }
            let measured = window.compactMap(\.gctBalancePct)
            guard !measured.isEmpty else {
                eval.set(week, .insufficient("G3", "no ground-contact balance in the window"))
                continue
            }
            let asymmetric = measured.filter { abs($0 - 50) > p.g3Balance }.count
            let fires = asymmetric > p.g3Runs
            eval.set(week, RuleState(id: "G3", status: fires ? .fired : .notFired, value: Double(asymmetric),
                                     threshold: Double(p.g3Runs), baseline: median(measured),
                                     note: "runs with |balance − 50| > \(fmt(p.g3Balance, 1))% in the 28-day window (context only)"))
            if fires {
                let info = RuleCatalog.info("G3")
                let day = ctx.firingDay(week)
                eval.fire(FiredRule(id: "G3", date: CalendarDay.date(day), value: Double(asymmetric), threshold: Double(p.g3Runs),
                                    baseline: median(measured) ?? 50, source: info.source, design: info.design,
                                    detail: "\(asymmetric) runs in the 28 days to \(CalendarDay.date(week + 6)) had a ground-contact "
                                        + "balance more than \(fmt(p.g3Balance, 0))% from 50/50 (context only, not scored)",
                                    unit: "runs"),
                          day: day, criteria: [])
            }
        }
    }

    /// The weighted mean as a line of slope 0.
    static func flat(_ points: [(y: Double, w: Double)]) -> (intercept: Double, slope: Double) {
        let w = points.reduce(0) { $0 + $1.w }
        return (w > 0 ? points.reduce(0) { $0 + $1.w * $1.y } / w : 0, 0)
    }

    /// Weighted least squares y = a + b·x; nil when x has no spread.
    static func weightedLine(_ points: [(x: Double, y: Double, w: Double)]) -> (intercept: Double, slope: Double)? {
        let w = points.reduce(0) { $0 + $1.w }
        guard w > 0 else { return nil }
        let mx = points.reduce(0) { $0 + $1.w * $1.x } / w
        let my = points.reduce(0) { $0 + $1.w * $1.y } / w
        let sxx = points.reduce(0) { $0 + $1.w * ($1.x - mx) * ($1.x - mx) }
        let sxy = points.reduce(0) { $0 + $1.w * ($1.x - mx) * ($1.y - my) }
        guard sxx > 1e-9 * w else { return nil }
        let slope = sxy / sxx
        return (my - slope * mx, slope)
    }
}

extension SpeedBin {
    /// Bin centre, m/s.
    var centre: Double { lowerMPS + Self.width / 2 }
}

func median(_ values: [Double]) -> Double? { Percentile.median(values) }
