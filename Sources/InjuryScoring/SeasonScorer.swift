import AthleteFiles
import GaitModel

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
        let unit = LoadRules.loadUnit(ctx)
        let days = LoadRules.days(ctx, unit: unit)
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

        let weeks = ctx.weeks.map { week -> WeekAssessment in
            let runs = ctx.running(in: week)
            let matched = SymptomRules.matched(ctx, week: week)
            let s1 = s1Days.contains { WeekLevelWindow.contains($0, weekStart: week) }
            var scores = WeekLevelWindow.scores(weekStart: week, contributions: eval.contributions)
            for i in scores.indices {
                scores[i].symptomMatch = matched.contains(scores[i].presentation)
                // S1 overrides: patellar tendinopathy at least moderate, and S1 listed.
                if s1, scores[i].presentation == .patellarTendinopathy {
                    scores[i].level = max(scores[i].level, .moderate)
                    scores[i].rules = Array(Set(scores[i].rules + ["S1"])).sorted()
                }
            }
            var w = WeekAssessment(week: CalendarDay.isoWeek(week), weekStart: CalendarDay.date(week),
                                   coverageDays: ctx.coverageDays(week),
                                   distanceKm: runs.reduce(0) { $0 + $1.distanceM } / 1000, runs: runs.count, scores: scores)
            w.untrackedDays = (week...(week + 6)).filter { ctx.calendar.state($0) == .untracked }.count
            w.load = loads[week]?.load
            w.monotony = loads[week]?.monotony
            w.strain = loads[week]?.strain
            w.descentM = terrain[week]?.descentM
            w.ascentM = terrain[week]?.ascentM
            w.highIntensityMin = terrain[week]?.highIntensityMin
            w.jumpSessions = terrain[week]?.jumpSessions ?? 0
            w.cadenceMatchedSPM = cadence[week]
            w.rules = RuleCatalog.ids.map { eval.states[week]?[$0] ?? .insufficient($0, "not evaluated") }
            return w
        }

        var a = Assessment(athlete: season.athlete,
                           asOf: ctx.calendar.isEmpty ? "" : CalendarDay.date(ctx.calendar.lastDay),
                           runs: annotated, weeks: weeks,
                           firedRules: eval.fired.sorted { ($0.date, $0.id, $0.runID, $0.band) < ($1.date, $1.id, $1.runID, $1.band) },
                           skipped: skipped)
        a.loadUnit = unit
        a.days = days
        a.duplicates = ctx.duplicates
        a.baseline = baseline
        a.latest = latest(weeks.last, fired: a.firedRules, s1: s1Days.contains { d in weeks.last.map {
            WeekLevelWindow.contains(d, weekStart: CalendarDay.parseDate($0.weekStart) ?? 0) } ?? false })
        a.devices = Array(Set(ctx.activities.map(\.device).filter { !$0.isEmpty })).sorted()
        a.parameters = ScoringParams.values(resolved)
        a.kinematicsNotes = kinematicsNotes
        notes.append(unit == "trimp"
            ? "Loads (L3–L5) in Banister TRIMP: at least \(fmt(params.trimpRunShare * 100, 0))% of runs have heart rate."
            : "Loads (L3–L5) in km: fewer than \(fmt(params.trimpRunShare * 100, 0))% of runs have heart rate.")
        if unit == "trimp" {
            let missing = ctx.activities.filter { $0.trimp == nil }.count
            if missing > 0 { notes.append("\(missing) activities without heart rate count 0 TRIMP.") }
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
        notes.append("L3 (ACWR) is descriptive only; L5 uses λ = 2/(N+1) (Runalyze convention; GoldenCheetah uses 1 − e^(−1/N)).")
        if !ctx.duplicates.isEmpty { notes.append("\(ctx.duplicates.count) duplicate recordings were merged (not counted twice).") }
        a.notes = notes
        return a
    }

    /// The last week's reading per presentation, with the counted rules' explanations and advice.
    static func latest(_ week: WeekAssessment?, fired: [FiredRule], s1: Bool) -> [PresentationSummary] {
        guard let week, let monday = CalendarDay.parseDate(week.weekStart) else { return [] }
        return Presentation.allCases.map { p in
            let score = week.score(p) ?? PresentationScore(presentation: p, level: .none, points: 0, rules: [])
            let reasons = fired
                .filter { r in score.rules.contains(r.id) && r.presentations.contains(p)
                    && CalendarDay.parseDate(r.date).map { WeekLevelWindow.contains($0, weekStart: monday) } == true }
                .sorted { ($0.date, $0.id) > ($1.date, $1.id) }
                .map { "\($0.id) (\($0.date)): \($0.detail)" }
            let (advice, avoid) = PresentationAdvice.advice(p, s1: s1 && p == .patellarTendinopathy)
            let headline = score.level == .none
                ? "No pattern consistent with \(p.title.lowercased()) in the 4 weeks to \(CalendarDay.date(monday + 6))"
                : "Pattern consistent with \(p.title.lowercased()): \(score.level.rawValue) ("
                    + (score.points == 0 && score.rules.contains("S1") ? "set by S1, tendon pain monitoring"
                        : score.points == 1 ? "1 point" : "\(score.points) points") + ")"
                    + (score.symptomMatch ? "; the symptom diary matches its description" : "")
            return PresentationSummary(presentation: p, level: score.level, points: score.points,
                                       symptomMatch: score.symptomMatch, headline: headline,
                                       reasons: Array(reasons.prefix(6)), advice: score.level == .none ? [] : advice,
                                       avoid: score.level == .none ? [] : avoid)
        }
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
