import GaitModel

/// S1 tendon pain monitoring (DOMAIN.md "Symptoms"); S2 and S3 are `SiteRules`.
enum SymptomRules {
    /// S1 on inferior-pole (tendon) diary lines: pain during activity > `s1_pain_during`, pain not
    /// settled by next morning (next-morning pain > 0 after a session day with pain during or after),
    /// or the week's mean next-morning pain above the previous week's. Sets patellar tendinopathy to at least moderate.
    static func tendonPain(_ ctx: ScoringContext, _ eval: inout Evaluation) -> Set<Int64> {
        let p = ctx.params
        let info = RuleCatalog.info("S1")
        let tendon = ctx.symptoms.filter { $0.location == .inferiorPole }
        func morningMean(_ week: Int64) -> Double? {
            let m = tendon.filter { (week...(week + 6)).contains($0.day) }.compactMap(\.painNextMorning)
            return m.isEmpty ? nil : Double(m.reduce(0, +)) / Double(m.count)
        }
        var firedDays: Set<Int64> = []
        for week in ctx.weeks {
            let lines = tendon.filter { (week...(week + 6)).contains($0.day) }
            guard !lines.isEmpty else {
                // A diary without a tendon entry this week reports no tendon pain: S1 reads the
                // diary and does not fire (issue 14). Without a diary there is nothing to read.
                eval.set(week, ctx.symptoms.isEmpty ? .insufficient("S1", "no symptom diary")
                    : RuleState(id: "S1", status: .notFired, note: "no tendon (inferior pole) pain in the diary this week"))
                continue
            }
            var reasons: [(day: Int64, text: String, value: Double, threshold: Double, baseline: Double)] = []
            if let worst = lines.filter({ Double($0.painDuring ?? 0) > p.s1PainDuring }).max(by: { ($0.painDuring ?? 0) < ($1.painDuring ?? 0) }) {
                reasons.append((worst.day, "pain during activity \(worst.painDuring ?? 0)/10 on \(CalendarDay.date(worst.day)) (> \(fmt(p.s1PainDuring, 0)))",
                                Double(worst.painDuring ?? 0), p.s1PainDuring, 0))
            }
            // DOMAIN.md S1: not settled by next morning = any next-morning pain after a painful session
            // day (pain during or after > 0), whatever the pain after was.
            if let unsettled = lines.first(where: { e in
                guard let morning = e.painNextMorning, morning > 0 else { return false }
                return (e.painDuring ?? 0) > 0 || (e.painAfter ?? 0) > 0
            }) {
                reasons.append((unsettled.day, "pain not settled by the next morning after \(CalendarDay.date(unsettled.day)) "
                                    + "(\(unsettled.painNextMorning ?? 0)/10, after activity \(unsettled.painAfter.map(String.init) ?? "–"))",
                                // Any next-morning pain counts: the threshold is 0, the baseline the pain after.
                                Double(unsettled.painNextMorning ?? 0), 0, Double(unsettled.painAfter ?? 0)))
            }
            if let now = morningMean(week), let before = morningMean(week - 7), now > before {
                let day = lines.map(\.day).max() ?? week
                reasons.append((day, "morning pain rising week on week (\(fmt(now, 1)) vs \(fmt(before, 1)))", now, before, before))
            }
            let fires = !reasons.isEmpty
            let first = reasons.first
            eval.set(week, RuleState(id: "S1", status: fires ? .fired : .notFired, value: first?.value,
                                     threshold: first?.threshold, baseline: first?.baseline,
                                     note: fires ? reasons.map(\.text).joined(separator: "; ") : "tendon pain within the monitoring limits"))
            guard let first else { continue }
            firedDays.insert(first.day)
            eval.fire(FiredRule(id: "S1", band: "", date: CalendarDay.date(first.day), value: first.value,
                                threshold: first.threshold, baseline: first.baseline, source: info.source, design: info.design,
                                detail: reasons.map(\.text).joined(separator: "; ")
                                    + ": reduce energy-storage load first (patellar tendinopathy at least moderate)",
                                unit: "pain 0-10", presentations: [.patellarTendinopathy]),
                      day: first.day, criteria: [])
        }
        return firedDays
    }
}
