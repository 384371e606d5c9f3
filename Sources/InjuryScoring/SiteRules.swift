import GaitModel

/// S2 pain site and S3 aggravators (DOMAIN.md "Symptoms"): the site is what tells the three
/// presentations apart; load and gait rules are shared and cannot.
enum SiteRules {
    /// What the diary says in one week's window, and the S2/S3 points each presentation gets from it.
    struct WeekSymptoms {
        /// Sites reported in the window, in `Location` order (`other` included).
        var sites: [SiteReport] = []
        /// S2 points per presentation whose site was reported.
        var s2: [Presentation: Int] = [:]
        /// S3 points per presentation with two distinct aggravators at its own site.
        var s3: [Presentation: Int] = [:]

        /// Presentations whose site was reported (`other` points to none).
        var reported: Set<Presentation> { Set(sites.compactMap(\.site.presentation)) }

        /// S2's cap: another site was reported and this presentation's was not.
        func capped(_ p: Presentation) -> Bool { !reported.isEmpty && !reported.contains(p) }
    }

    /// An entry reports its site when any of its pains is > 0, or when they are all empty (the runner
    /// named a site without scoring it). All pains 0 reports nothing.
    static func reportsSite(_ e: SymptomEntry) -> Bool {
        let pains = [e.painDuring, e.painAfter, e.painNextMorning].compactMap { $0 }
        return pains.isEmpty || pains.contains { $0 > 0 }
    }

    /// DOMAIN.md S3's aggravators per presentation, as classes: `hills` and `downhill` count as one
    /// where a presentation lists both (PFP). A name counts only for a presentation that lists it: ITBS
    /// lists downhill, patellar tendinopathy hills (the conservative reading, README's scoring table).
    static func aggravatorClasses(_ p: Presentation) -> [Set<SymptomEntry.Aggravator>] {
        switch p {
        case .pfp: [[.stairs], [.squatting], [.sitting], [.hills, .downhill], [.longRun]]
        case .itbs: [[.predictableDistance], [.easesWalking], [.downhill], [.longRun]]
        case .patellarTendinopathy: [[.jumping], [.sprinting], [.hills], [.stairs]]
        }
    }

    /// The study behind each site's description (DOMAIN.md S2), so a firing cites its own.
    static func siteSource(_ p: Presentation) -> String {
        switch p {
        case .pfp: "Crossley 2016, Br J Sports Med (PFP consensus, part 1)"
        case .itbs: "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)"
        case .patellarTendinopathy: "Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy)"
        }
    }

    /// The presentation's aggravator classes among `listed`, each named by its first listed member.
    static func matchedAggravators(_ p: Presentation, in listed: [SymptomEntry.Aggravator]) -> [SymptomEntry.Aggravator] {
        aggravatorClasses(p).compactMap { c in SymptomEntry.Aggravator.allCases.first { c.contains($0) && listed.contains($0) } }
    }

    /// The sites the entries report, in `Location` order, with sides, worst pain, days and aggravators.
    static func sites(_ entries: [SymptomEntry]) -> [SiteReport] {
        SymptomEntry.Location.allCases.compactMap { site in
            let mine = entries.filter { $0.location == site && reportsSite($0) }
            guard let last = mine.map(\.day).max() else { return nil }
            let pains = mine.flatMap { [$0.painDuring, $0.painAfter, $0.painNextMorning].compactMap { $0 } }
            let sides = Set(mine.map(\.side)), listed = Set(mine.flatMap(\.aggravators))
            return SiteReport(site: site, sides: SymptomEntry.Side.allCases.filter(sides.contains), worstPain: pains.max(),
                              days: Set(mine.map(\.day)).count, lastDate: CalendarDay.date(last),
                              aggravators: SymptomEntry.Aggravator.allCases.filter(listed.contains))
        }
    }

    /// Per week: S2 and S3 states, their firings (in the weeks whose own days carry the entries, so a
    /// report is listed once, not once per window it falls in), and the points of each window.
    static func evaluate(_ ctx: ScoringContext, _ eval: inout Evaluation) -> [Int64: WeekSymptoms] {
        let p = ctx.params
        var out: [Int64: WeekSymptoms] = [:]
        for week in ctx.weeks {
            let window = ctx.symptoms.filter { ctx.inWindow($0.day, week: week) }
            let thisWeek = ctx.symptoms.filter { (week...(week + 6)).contains($0.day) }
            let reportedThisWeek = sites(thisWeek)
            let windowEnd = CalendarDay.date(min(week + 6, ctx.asOfDay))
            var w = WeekSymptoms(sites: sites(window))
            for report in w.sites {
                guard let presentation = report.site.presentation else { continue }
                let strong = (report.worstPain ?? 0) >= p.s2Pain || report.days >= p.s2Days
                let points = p.weight(strong ? "w_s2_site" : "w_s2_site_mild")
                w.s2[presentation] = points
                let classes = matchedAggravators(presentation, in: report.aggravators)
                if classes.count >= 2 { w.s3[presentation] = p.weight("w_s3_aggravators") }
                // Fired in the weeks whose own entries report the site.
                if let day = reportedThisWeek.first(where: { $0.site == report.site }).flatMap({ CalendarDay.parseDate($0.lastDate) }) {
                    let info = RuleCatalog.info("S2")
                    let pain = report.worstPain.map { "worst pain \($0)/10" } ?? "no pain score given"
                    eval.fire(FiredRule(id: "S2", band: report.site.rawValue, date: CalendarDay.date(day),
                                        value: Double(report.worstPain ?? 0), threshold: Double(p.s2Pain),
                                        baseline: Double(report.days), source: siteSource(presentation), design: info.design,
                                        detail: "pain reported \(report.phrase), \(pain) on "
                                            + "\(counted(report.days, "day")) in the 28 days to \(windowEnd) "
                                            + (strong ? "(≥ \(p.s2Pain)/10 or ≥ \(p.s2Days) days: +\(points))" : "(+\(points))")
                                            + ": points to \(presentation.title.lowercased())",
                                        unit: "pain 0-10", presentations: [presentation], points: [points]),
                              day: day, criteria: [])
                }
                // Fired in the weeks whose own entries at the site list one of the presentation's aggravators.
                let listingThisWeek = thisWeek.filter { e in
                    e.location == report.site && reportsSite(e) && !matchedAggravators(presentation, in: e.aggravators).isEmpty
                }
                if classes.count >= 2, let day = listingThisWeek.map(\.day).max() {
                    let info = RuleCatalog.info("S3")
                    eval.fire(FiredRule(id: "S3", band: report.site.rawValue, date: CalendarDay.date(day),
                                        value: Double(classes.count), threshold: 2, baseline: 0,
                                        source: siteSource(presentation), design: info.design,
                                        detail: "\(report.site.phrase) the diary lists "
                                            + classes.map { $0.rawValue.split(separator: "_").joined(separator: " ") }.joined(separator: ", ")
                                            + " in the 28 days to \(windowEnd): aggravators of \(presentation.title.lowercased()) "
                                            + "(+\(p.weight("w_s3_aggravators")))",
                                        unit: "aggravators", presentations: [presentation],
                                        points: [p.weight("w_s3_aggravators")]),
                              day: day, criteria: [])
                }
            }
            out[week] = w
            setStates(ctx, week: week, w, &eval)
        }
        return out
    }

    /// The week's S2 and S3 states (over the week's 28-day window, as the points are).
    static func setStates(_ ctx: ScoringContext, week: Int64, _ w: WeekSymptoms, _ eval: inout Evaluation) {
        guard !ctx.symptoms.isEmpty else {
            eval.set(week, .insufficient("S2", "no symptom diary"))
            eval.set(week, .insufficient("S3", "no symptom diary"))
            return
        }
        let scored = w.sites.filter { $0.site.presentation != nil }
        let worst = scored.max { ($0.worstPain ?? -1) < ($1.worstPain ?? -1) }
        let none = w.sites.isEmpty ? "no pain recorded in the 28-day window" : "pain outside the three sites (other)"
        eval.set(week, RuleState(id: "S2", status: scored.isEmpty ? .notFired : .fired,
                                 value: worst.map { Double($0.worstPain ?? 0) }, threshold: Double(ctx.params.s2Pain),
                                 baseline: worst.map { Double($0.days) },
                                 note: scored.isEmpty ? none : scored.map { s in
                                     "\(s.label) " + (s.worstPain.map { "\($0)/10" } ?? "no score") + " on \(counted(s.days, "day"))"
                                 }.joined(separator: "; ")))
        let best = scored.compactMap { s in s.site.presentation.map { (s, matchedAggravators($0, in: s.aggravators)) } }
            .max { $0.1.count < $1.1.count }
        eval.set(week, RuleState(id: "S3", status: w.s3.isEmpty ? .notFired : .fired, value: best.map { Double($0.1.count) },
                                 threshold: 2, baseline: nil,
                                 note: best.map { "\($0.0.site.label): " + ($0.1.isEmpty ? "no aggravator of its presentation"
                                     : $0.1.map(\.rawValue).joined(separator: ", ")) } ?? none))
    }
}

/// "1 day", "3 days".
func counted(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
