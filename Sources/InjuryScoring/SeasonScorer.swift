import AthleteFiles
public import GaitModel

/// Scores one athlete's season (DOMAIN.md, completely): season baselines, every rule's state per ISO
/// week, the firings with their evidence, and a pattern-consistency level per presentation and week.
public enum SeasonScorer {
    public static var paramSpecs: [ParamSpec] { ScoringParams.specs }

    /// Problems with a parameter combination the per-value ranges cannot catch; empty when fine.
    public static func problems(with params: ResolvedParams) -> [String] {
        ScoringParams.problems(with: params.values)
    }

    /// A malformed athlete.yaml or symptoms.csv is reported (file and line) and scoring goes on
    /// without it, with defaults.
    public static func assess(_ season: AthleteSeason, params resolved: ResolvedParams) -> Assessment {
        let params = ScoringParams(resolved)
        var notes: [String] = []
        var skipped = season.skipped
        var profile = AthleteProfile()
        if !season.athleteYAML.isEmpty {
            // Good keys count; each bad one is listed with its file:line (AthleteFileReading).
            let reading = AthleteProfileParser.read(season.athleteYAML)
            profile = reading.value
            skipped += reading.skippedInputs(stage: "injury-scoring")
        }
        var symptoms: [SymptomEntry] = []
        if !season.symptomsCSV.isEmpty {
            let reading = SymptomDiaryParser.read(season.symptomsCSV)
            symptoms = reading.value
            skipped += reading.skippedInputs(stage: "injury-scoring")
        }
        let ctx = ScoringContext(athlete: season.athlete, activities: season.runs, profile: profile, symptoms: symptoms,
                                 kinematics: season.kinematics, params: params)

        var eval = Evaluation()
        LoadRules.sessionSpike(ctx, &eval)
        LoadRules.weeklyProgression(ctx, &eval)
        let sessionLoads = SessionLoads(ctx)
        let unit = sessionLoads.unit.rawValue
        let days = LoadRules.days(ctx, loads: sessionLoads)
        LoadRules.descriptive(ctx, days: days, unit: unit, &eval)
        var loads: [Int64: (load: Double?, monotony: Double?, strain: Double?)] = [:]
        LoadRules.monotony(ctx, days: days, &eval, weekRows: &loads)

        let baseline = GaitRules.baseline(ctx.running)
        let annotated = GaitRules.annotate(ctx.activities, baseline: baseline)
        let gaitCtx = ctx.with(activities: annotated)
        var cadence: [Int64: Double] = [:]
        GaitRules.evaluate(gaitCtx, baseline: baseline, &eval, cadenceByWeek: &cadence)
        var terrain: [Int64: TerrainIntensityRules.WeekValues] = [:]
        TerrainIntensityRules.evaluate(ctx, &eval, values: &terrain)
        let kinematicsNotes = KinematicsRules.evaluate(ctx, &eval)
        let s1Days = SymptomRules.tendonPain(ctx, &eval)
        let symptomsByWeek = SiteRules.evaluate(ctx, &eval)

        let weeks = ctx.weeks.map { week -> WeekAssessment in
            let runs = ctx.running(in: week)
            let symptoms = symptomsByWeek[week] ?? SiteRules.WeekSymptoms()
            let s1 = s1Days.contains { ctx.inWindow($0, week: week) }
            let scores = WeekLevelWindow.scores(weekStart: week, asOf: ctx.asOfDay, contributions: eval.contributions)
                .map { finalScore($0, symptoms: symptoms, s1: s1) }
            var w = WeekAssessment(week: CalendarDay.isoWeek(week), weekStart: CalendarDay.date(week),
                                   coverageDays: ctx.coverageDays(week),
                                   distanceKm: runs.reduce(0) { $0 + $1.distanceM } / 1000, runs: runs.count, scores: scores)
            // Days up to the as-of date without a device: inside the calendar untracked, after the last
            // activity (diary only) unknown too.
            w.untrackedDays = (max(week, ctx.calendar.firstDay)...min(week + 6, ctx.asOfDay)).filter { (ctx.calendar.state($0) ?? .untracked) == .untracked }.count
            w.load = loads[week]?.load
            w.monotony = loads[week]?.monotony
            w.strain = loads[week]?.strain
            w.descentM = terrain[week]?.descentM
            w.ascentM = terrain[week]?.ascentM
            w.highIntensityMin = terrain[week]?.highIntensityMin
            w.jumpSessions = terrain[week]?.jumpSessions ?? 0
            w.cadenceMatchedSPM = cadence[week]
            w.rules = RuleCatalog.ids.map { eval.states[week]?[$0] ?? .insufficient($0, "not evaluated") }
            w.sites = symptoms.sites
            return w
        }

        let withLoads = annotated.map { r in
            var r = r
            let l = sessionLoads.load(r)
            (r.load, r.loadEstimated) = (l.value, l.estimated)
            return r
        }
        var a = Assessment(athlete: season.athlete,
                           asOf: ctx.calendar.isEmpty ? "" : CalendarDay.date(ctx.asOfDay),
                           runs: withLoads, weeks: weeks,
                           firedRules: eval.fired.sorted { ($0.date, $0.id, $0.runID, $0.band) < ($1.date, $1.id, $1.runID, $1.band) },
                           skipped: skipped)
        a.loadUnit = unit
        a.days = days
        a.duplicates = ctx.duplicates
        a.baseline = baseline
        var lastPoints: [Presentation: [String: Int]] = [:]
        if let lastWeek = ctx.weeks.last {
            let symptoms = symptomsByWeek[lastWeek] ?? SiteRules.WeekSymptoms()
            for p in Presentation.allCases {
                var points = WeekLevelWindow.pointsByRule(weekStart: lastWeek, asOf: ctx.asOfDay, contributions: eval.contributions,
                                                          presentation: p)
                points["S2"] = symptoms.s2[p]
                points["S3"] = symptoms.s3[p]
                lastPoints[p] = points
            }
        }
        a.latest = latest(weeks.last, asOf: ctx.asOfDay, fired: a.firedRules, points: lastPoints,
                          s1: s1Days.contains { d in ctx.weeks.last.map { ctx.inWindow(d, week: $0) } ?? false })
        a.devices = Array(Set(ctx.activities.map(\.device).filter { !$0.isEmpty })).sorted()
        a.parameters = ScoringParams.values(resolved)
        a.kinematicsNotes = kinematicsNotes
        a.symptomDiary = !ctx.symptoms.isEmpty
        a.lastSite = SiteRules.sites(ctx.symptoms.filter { $0.day <= ctx.asOfDay })
            .filter { $0.site != .other }.max { ($0.lastDate, $0.site.rawValue) < ($1.lastDate, $1.site.rawValue) }
        a.siteSummary = siteSummary(a)
        let unitName = ["srpe": "session RPE × minutes", "trimp": "Banister TRIMP", "km": "running km"][unit] ?? unit
        notes.append("Loads (L3–L5) in \(unitName): \(sessionLoads.why).")
        if sessionLoads.estimatedCount > 0 {
            notes.append("\(counted(sessionLoads.estimatedCount, "session")) without the unit's measure: load estimated "
                + (sessionLoads.k.map { "(RPE × minutes × k, k = \(fmt($0, 2)) from the athlete's sessions with both; else " } ?? "(")
                + "minutes × the athlete's median load per minute in the same sport), drawn hollow and flagged in runs.csv.")
        }
        if sessionLoads.unknownCount > 0 {
            notes.append("\(counted(sessionLoads.unknownCount, "session")) without a load or a basis for an estimate: "
                + "their days are unknown.")
        }
        if season.athleteYAML.isEmpty {
            notes.append("No athlete.yaml: HRmax \(fmt(AthleteProfile.defaultHRMax, 0)) and HRrest "
                + "\(fmt(AthleteProfile.defaultHRRest, 0)) bpm defaults (Runalyze), sex unknown.")
        }
        for key in profile.defaulted.sorted() {
            switch key {
            case "hr_max": notes.append("HRmax unknown: default \(fmt(AthleteProfile.defaultHRMax, 0)) bpm (Runalyze).")
            case "hr_rest": notes.append("HRrest unknown: default \(fmt(AthleteProfile.defaultHRRest, 0)) bpm (Runalyze).")
            default: notes.append("\(key) not given in athlete.yaml.")
            }
        }
        if profile.thresholdPaceSPerKm == nil {
            notes.append("No threshold pace in athlete.yaml: high intensity (D2) is time at ≥ 80% of HRmax.")
        }
        let untracked = days.filter { $0.state == .untracked }.count
        notes.append("Coverage: \(days.filter { $0.state == .active }.count) active, \(days.filter { $0.state == .rest }.count) rest "
            + "and \(untracked) untracked days from \(days.first?.date ?? "–") to \(days.last?.date ?? "–").")
        if !ctx.calendar.isEmpty {
            if ctx.asOfDay > ctx.calendar.lastDay {
                notes.append("The symptom diary goes on after the last recorded activity (\(CalendarDay.date(ctx.calendar.lastDay))): "
                    + "the as-of date is its last entry, \(CalendarDay.date(ctx.asOfDay)); days in between are untracked.")
            }
            let late = ctx.symptoms.filter { $0.day > ctx.asOfDay }.map { CalendarDay.date($0.day) }
            if !late.isEmpty {
                notes.append("\(late.count == 1 ? "1 diary entry" : "\(late.count) diary entries") dated more than "
                    + "\(ScoringContext.diaryDaysAfterLastActivity) days after the last activity not counted (\(late.joined(separator: ", "))): "
                    + "check the dates in symptoms.csv.")
            }
        }
        notes.append("L3 (ACWR) is descriptive only; L5 uses λ = 2/(N+1) (Runalyze convention; GoldenCheetah uses 1 − e^(−1/N)).")
        if !ctx.duplicates.isEmpty { notes.append("\(ctx.duplicates.count) duplicate recordings were merged (not counted twice).") }
        a.notes = notes
        return a
    }

    /// DOMAIN.md "Order: points first, then S2's cap, then S1's floor": adds S2 and S3 to the
    /// window's points, caps a presentation whose site was not reported while another was, and raises
    /// patellar tendinopathy to at least moderate when S1 fired in the window.
    static func finalScore(_ score: PresentationScore, symptoms: SiteRules.WeekSymptoms, s1: Bool) -> PresentationScore {
        var s = score
        let p = s.presentation
        var rules = Set(s.rules)
        for (id, points) in [("S2", symptoms.s2[p]), ("S3", symptoms.s3[p])] {
            guard let points, points > 0 else { continue }
            s.points += points
            rules.insert(id)
        }
        s.level = Level(points: s.points)
        s.capped = symptoms.capped(p)
        if s.capped { s.level = min(s.level, .low) }
        if s1, p == .patellarTendinopathy {
            s.level = max(s.level, .moderate)
            rules.insert("S1")
        }
        s.rules = rules.sorted()
        return s
    }

    /// The last week's reading per presentation, with the counted rules' explanations and advice.
    /// Reasons come strongest first: S1 (it sets the level and the advice), then by the points the
    /// rule adds to the presentation, then newest first.
    static func latest(_ week: WeekAssessment?, asOf: Int64, fired: [FiredRule], points: [Presentation: [String: Int]],
                       s1: Bool) -> [PresentationSummary] {
        guard let week, let monday = CalendarDay.parseDate(week.weekStart) else { return [] }
        let reported = week.sites.filter { $0.site.presentation != nil }
        return Presentation.allCases.map { p in
            let score = week.score(p) ?? PresentationScore(presentation: p, level: .none, points: 0, rules: [])
            let cappedBy = "pain reported " + reported.map(\.site.phrase).joined(separator: " and ")
            let reasons = fired
                .filter { r in score.rules.contains(r.id) && r.presentations.contains(p)
                    && CalendarDay.parseDate(r.date).map { WeekLevelWindow.contains($0, weekStart: monday, asOf: asOf) } == true }
                .sorted { a, b in
                    let pa = a.id == "S1" ? Int.max : points[p]?[a.id] ?? 0, pb = b.id == "S1" ? Int.max : points[p]?[b.id] ?? 0
                    return pa != pb ? pa > pb : (a.date, a.id) > (b.date, b.id)
                }
                .map { "\($0.id) (\($0.date)): \($0.detail)" + (score.capped ? " [\(cappedBy)]" : "") }
            let (advice, avoid) = PresentationAdvice.advice(p, s1: s1 && p == .patellarTendinopathy)
            let points = score.points == 1 ? "1 point" : "\(score.points) points"
            let headline = score.level == .none
                ? "No pattern consistent with \(p.title.lowercased()) in the 4 weeks to \(CalendarDay.date(min(monday + 6, asOf)))"
                : "Pattern consistent with \(p.title.lowercased()): \(score.level.rawValue) ("
                    + (score.points == 0 && score.rules.contains("S1") ? "set by S1, tendon pain monitoring"
                        : score.capped ? "capped at low: \(cappedBy), not \(p.site.phrase); \(points) before the cap"
                        : points) + ")"
            return PresentationSummary(presentation: p, level: score.level, points: score.points, capped: score.capped,
                                       siteReported: reported.contains { $0.site == p.site }, headline: headline,
                                       reasons: Array(reasons.prefix(6)), advice: score.level == .none ? [] : advice,
                                       avoid: score.level == .none ? [] : avoid)
        }
    }

    /// Where the levels are shown (DOMAIN.md "Symptoms"): the latest week's reported sites and what
    /// they point to, or one of the three wordings for no diary, no pain, and pain elsewhere.
    static func siteSummary(_ a: Assessment) -> String {
        guard a.symptomDiary else {
            return "No symptoms recorded: the levels share load rules and do not tell the presentations apart; ask where it hurts."
        }
        guard let week = a.weeks.last, let monday = CalendarDay.parseDate(week.weekStart) else { return "" }
        let to = "in the 28 days to \(CalendarDay.date(min(monday + 6, CalendarDay.parseDate(a.asOf) ?? monday + 6)))"
        let reported = week.sites.filter { $0.site.presentation != nil }
        if reported.isEmpty {
            let last = a.lastSite.map { "; last reported: \($0.site.label), \($0.lastDate)" } ?? ""
            let opening = week.sites.isEmpty ? "No pain recorded in the last 28 days" : "Pain outside the three sites (other) \(to)"
            return opening + last + ": the levels share load rules and do not tell the presentations apart; ask where it hurts."
        }
        let first = PresentationSummary.pointsToFirst(a.latest).first
        let parts = reported.map { s in
            "\(s.phrase), " + (s.worstPain.map { "worst \($0)/10" } ?? "no pain score") + " on \(counted(s.days, "day"))"
        }
        let pointsTo = reported.compactMap(\.site.presentation).map { $0.title.lowercased() }
        return "Pain reported " + parts.joined(separator: " and ") + " \(to): points to "
            + pointsTo.joined(separator: " and ") + "."
            + (first.map { f in reported.contains { $0.site == f.presentation.site } || f.level == .none ? ""
                : " The highest level is \(f.presentation.title.lowercased()) (\(f.level.rawValue)), at a site not reported." } ?? "")
    }
}

extension ScoringContext {
    /// The same season with annotated activities (matched cadence) in place.
    func with(activities annotated: [RunMetrics]) -> ScoringContext {
        var copy = self
        copy.replace(annotated)
        return copy
    }
}
