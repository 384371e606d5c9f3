import GaitModel

/// K1–K4 (DOMAIN.md "Kinematics"), from the lab/video sessions gait-metrics summarised per side.
///
/// A finding is a side ≥ `k_side_difference`° worse than the other side, ≥ that much worse than the
/// same side's mean over the runner's earlier sessions, or — only with a `k_reference` table for
/// the athlete's sex — above the reference (K1, K4: mean + 1 SD; K2: mean + 2°). A rule fires once
/// its finding has been seen in `k_min_sessions` sessions: Damsted 2015 measured 3–14° of noise in
/// these angles, so one noisy session alone never fires.
enum KinematicsRules {
    struct Variable: Sendable {
        var rule: String
        var name: String
        /// Reference table key, nil when there is no absolute comparison.
        var reference: String?
        var referenceMargin: ReferenceMargin
        /// +1 when larger is worse, −1 when smaller is worse (K3: a more extended knee).
        var worse: Double
        var value: @Sendable (SideKinematics) -> AngleStatistic?
    }

    enum ReferenceMargin: Sendable { case oneSD, degrees(Double) }

    static let variables: [Variable] = [
        Variable(rule: "K1", name: "peak hip adduction", reference: "hip_adduction", referenceMargin: .oneSD, worse: 1) {
            $0.peakHipAdduction
        },
        Variable(rule: "K2", name: "contralateral pelvic drop", reference: "pelvic_drop", referenceMargin: .degrees(2), worse: 1) {
            $0.pelvicDropAtMidstance
        },
        Variable(rule: "K3", name: "knee flexion at initial contact", reference: nil, referenceMargin: .oneSD, worse: -1) {
            $0.kneeFlexionAtContact
        },
        Variable(rule: "K4", name: "peak knee internal rotation", reference: "knee_internal_rotation",
                 referenceMargin: .oneSD, worse: 1) { $0.peakKneeInternalRotation },
        Variable(rule: "K4", name: "peak hip internal rotation", reference: "hip_internal_rotation",
                 referenceMargin: .oneSD, worse: 1) { $0.peakHipInternalRotation },
    ]

    struct Finding {
        var session: KinematicsSession
        var day: Int64
        var variable: Variable
        var side: BodySide
        var value: Double
        var comparedWith: Double
        var threshold: Double
        var against: String
    }

    static func criteria(_ rule: String, _ p: ScoringParams) -> [Criterion] {
        switch rule {
        case "K1": [Criterion(presentation: .pfp, weight: "w_pfp_k1", points: p.weight("w_pfp_k1")),
                    Criterion(presentation: .itbs, weight: "w_itbs_k1", points: p.weight("w_itbs_k1"))]
        case "K2": [Criterion(presentation: .pfp, weight: "w_pfp_k2", points: p.weight("w_pfp_k2")),
                    Criterion(presentation: .itbs, weight: "w_itbs_k2", points: p.weight("w_itbs_k2"))]
        case "K3": [Criterion(presentation: .pfp, weight: "w_pfp_k3", points: p.weight("w_pfp_k3"))]
        default: [Criterion(presentation: .itbs, weight: "w_itbs_k4", points: p.weight("w_itbs_k4"))]
        }
    }

    /// Findings of one session for one variable, comparing sides, earlier sessions and the reference.
    static func findings(_ session: KinematicsSession, day: Int64, earlier: [KinematicsSession], variable v: Variable,
                         params p: ScoringParams, sex: AthleteProfile.Sex) -> (findings: [Finding], measured: Bool) {
        var out: [Finding] = []
        var measured = false
        for side in BodySide.allCases {
            guard let mine = session.side(side).flatMap(v.value), mine.mean.isFinite else { continue }
            measured = true
            if let other = session.side(side.other).flatMap(v.value), other.mean.isFinite,
               v.worse * (mine.mean - other.mean) >= p.kSideDifference {
                out.append(Finding(session: session, day: day, variable: v, side: side, value: mine.mean,
                                   comparedWith: other.mean, threshold: p.kSideDifference,
                                   against: "the \(side.other.word) side"))
            }
            let history = earlier.compactMap { $0.side(side).flatMap(v.value)?.mean }.filter(\.isFinite)
            if !history.isEmpty {
                let base = history.reduce(0, +) / Double(history.count)
                if v.worse * (mine.mean - base) >= p.kSideDifference {
                    out.append(Finding(session: session, day: day, variable: v, side: side, value: mine.mean,
                                       comparedWith: base, threshold: p.kSideDifference,
                                       against: "the mean of \(history.count) earlier session(s)"))
                }
            }
            if let key = v.reference, let ref = p.kReference.entry(sex: sex, variable: key) {
                let margin: Double
                switch v.referenceMargin {
                case .oneSD: margin = ref.sd
                case .degrees(let d): margin = d
                }
                if mine.mean > ref.mean + margin {
                    out.append(Finding(session: session, day: day, variable: v, side: side, value: mine.mean,
                                       comparedWith: ref.mean, threshold: margin,
                                       against: "the \(sex.rawValue) reference"))
                }
            }
        }
        return (out, measured)
    }

    /// The finding furthest from what it was compared with.
    static func worstFinding(_ findings: [Finding]) -> Finding? {
        findings.max { abs($0.value - $0.comparedWith) < abs($1.value - $1.comparedWith) }
    }

    static func evaluate(_ ctx: ScoringContext, _ eval: inout Evaluation) -> [String] {
        let p = ctx.params
        let lastDay = ctx.calendar.lastDay
        // Undated sessions count on the last data day (said in the notes).
        let dated = ctx.kinematics.map { ($0, $0.day ?? lastDay) }.sorted { ($0.1, $0.0.source) < ($1.1, $1.0.source) }
        var notes: [String] = []
        for (s, _) in dated where s.day == nil {
            notes.append("\(s.source): no date in the file name; counted on the last data day \(CalendarDay.date(lastDay))")
        }
        for (s, _) in dated { notes += s.notes.map { "\(s.source): \($0)" } }
        // rule → day → (findings, measured) per session.
        var perRule: [String: [(day: Int64, session: KinematicsSession, findings: [Finding], measured: Bool)]] = [:]
        for (i, (session, day)) in dated.enumerated() {
            let earlier = dated[..<i].map(\.0)
            for rule in ["K1", "K2", "K3", "K4"] {
                var fs: [Finding] = [], measured = false
                for v in variables where v.rule == rule {
                    let r = findings(session, day: day, earlier: earlier, variable: v, params: p, sex: ctx.profile.sex)
                    fs += r.findings
                    measured = measured || r.measured
                }
                perRule[rule, default: []].append((day, session, fs, measured))
            }
        }
        for rule in ["K1", "K2", "K3", "K4"] {
            let info = RuleCatalog.info(rule)
            let sessions = perRule[rule] ?? []
            var seen = 0
            var firedDays: [Int64: Finding] = [:]
            for s in sessions {
                guard let worst = worstFinding(s.findings) else { continue }
                seen += 1
                guard seen >= p.kMinSessions else { continue }
                firedDays[s.day] = worst
                eval.fire(FiredRule(id: rule, band: worst.side.word, runID: s.session.source, date: CalendarDay.date(s.day),
                                    value: worst.value, threshold: worst.threshold, baseline: worst.comparedWith,
                                    source: info.source, design: info.design,
                                    detail: "\(worst.side.word) \(worst.variable.name) \(fmt(worst.value, 1))° vs "
                                        + "\(fmt(worst.comparedWith, 1))° for \(worst.against) (≥ \(fmt(worst.threshold, 1))° "
                                        + (worst.variable.worse < 0 ? "more extended" : "more") + "), seen in \(seen) sessions",
                                    unit: "deg"),
                          day: s.day, criteria: criteria(rule, p))
            }
            for week in ctx.weeks {
                let inWindow = sessions.filter { ctx.inWindow($0.day, week: week) }
                guard let latest = inWindow.last(where: \.measured) else {
                    eval.set(week, .insufficient(rule, ctx.kinematics.isEmpty ? "no kinematics sessions"
                        : inWindow.isEmpty ? "no kinematics session in the 28-day window"
                        : "no \(rule) channels in the sessions of the window"))
                    continue
                }
                if let f = inWindow.compactMap({ firedDays[$0.day] }).last {
                    eval.set(week, RuleState(id: rule, status: .fired, value: f.value, threshold: f.threshold,
                                             baseline: f.comparedWith, note: "\(f.side.word), vs \(f.against)"))
                } else if let f = worstFinding(latest.findings) {
                    // Seen, not yet confirmed: its own state with its values (DOMAIN.md "Measurement noise").
                    let seenSoFar = sessions.filter { $0.day <= latest.day && !$0.findings.isEmpty }.count
                    eval.set(week, RuleState(id: rule, status: .pendingConfirmation, value: f.value, threshold: f.threshold,
                                             baseline: f.comparedWith,
                                             note: "pending confirmation: \(f.side.word) \(f.variable.name) \(fmt(f.value, 1))° vs "
                                                + "\(fmt(f.comparedWith, 1))° for \(f.against), seen in \(seenSoFar) of the "
                                                + "\(p.kMinSessions) sessions needed (\(latest.session.source))"))
                } else {
                    eval.set(week, RuleState(id: rule, status: .notFired,
                                             note: "no side difference ≥ \(fmt(p.kSideDifference, 0))° or change vs earlier sessions"
                                                + (p.kReference.entries.isEmpty ? "; no reference table (absolute comparison not made)" : "")))
                }
            }
        }
        return notes
    }
}
