import GaitModel

/// Hand-built assessments for the renderer's tests: the renderer is tested against the model, not
/// against what the scorer happens to compute today. Days count from `Fixtures.monday` (2025-W02).
struct AssessmentBuilder {
    var assessment: Assessment

    init(athlete: String = "ana", weeks: Int = 3) {
        assessment = Assessment(athlete: athlete, asOf: "", runs: [], weeks: [], firedRules: [], skipped: [])
        assessment.loadUnit = "trimp"
        for w in 0..<weeks {
            let start = Fixtures.monday + Int64(7 * w)
            assessment.weeks.append(WeekAssessment(week: CalendarDay.isoWeek(start), weekStart: CalendarDay.date(start),
                                                   coverageDays: 0, distanceKm: 0, runs: 0, scores: []))
        }
        assessment.asOf = CalendarDay.date(Fixtures.monday + Int64(7 * weeks - 1))
    }

    static func date(_ day: Int) -> String { CalendarDay.date(Fixtures.monday + Int64(day)) }

    /// A running run on `day` with the season values G1/G2 filled.
    @discardableResult
    mutating func run(_ id: String, day: Int, km: Double, cadence: Double? = 168, matched: Double? = 166.5,
                      stepMatched: Double? = 1.05) -> RunMetrics {
        var r = Fixtures.run(id, day: Fixtures.monday + Int64(day), km: km, athlete: assessment.athlete)
        r.cadenceSPM = cadence
        r.cadenceMatchedSPM = matched
        r.stepLengthMatchedM = stepMatched
        r.stepLengthM = 1.1
        r.trimp = km * 12
        r.ascentM = 40
        r.descentM = 42.5
        r.quality = DataQuality(samples: Int(km * 330), coverage: 1, heartRateCoverage: 1)
        assessment.runs.append(r)
        let w = day / 7
        assessment.weeks[w].distanceKm += km
        assessment.weeks[w].runs += 1
        assessment.weeks[w].coverageDays += 1
        return r
    }

    /// Week `w`'s load figures (nil stays nil: not computable).
    mutating func weekLoads(_ w: Int, load: Double?, monotony: Double?, strain: Double?, descent: Double? = nil,
                            ascent: Double? = nil, intensity: Double? = nil, jumps: Int = 0, cadence: Double? = nil) {
        assessment.weeks[w].load = load
        assessment.weeks[w].monotony = monotony
        assessment.weeks[w].strain = strain
        assessment.weeks[w].descentM = descent
        assessment.weeks[w].ascentM = ascent
        assessment.weeks[w].highIntensityMin = intensity
        assessment.weeks[w].jumpSessions = jumps
        assessment.weeks[w].cadenceMatchedSPM = cadence
    }

    mutating func score(_ w: Int, _ p: Presentation, points: Int, rules: [String], capped: Bool = false) {
        assessment.weeks[w].scores.removeAll { $0.presentation == p }
        assessment.weeks[w].scores.append(PresentationScore(presentation: p, level: Level(points: points), points: points,
                                                            rules: rules, capped: capped))
    }

    mutating func rule(_ w: Int, _ state: RuleState) { assessment.weeks[w].rules.append(state) }

    /// Daily loads for every day of the weeks: `load(day)` nil marks the day untracked.
    mutating func days(load: (Int) -> Double?, acute: (Int) -> Double? = { _ in nil }, chronic: (Int) -> Double? = { _ in nil },
                       acwr: (Int) -> Double? = { _ in nil }) {
        assessment.days = (0..<(assessment.weeks.count * 7)).map { d in
            let l = load(d)
            return DayLoad(date: Self.date(d), state: l == nil ? .untracked : (l == 0 ? .rest : .active),
                           distanceKm: (l ?? 0) / 12, load: l, acute: acute(d), chronic: chronic(d), acwr: acwr(d),
                           acwrRolling: acwr(d).map { $0 + 0.05 })
        }
    }

    mutating func fire(_ id: String, day: Int, run: String = "", band: String = "", value: Double, threshold: Double,
                       baseline: Double, unit: String, presentations: [Presentation], points: Int = 1) {
        assessment.firedRules.append(FiredRule(id: id, band: band, runID: run, date: Self.date(day), value: value,
                                               threshold: threshold, baseline: baseline, source: "Source 2020, J",
                                               design: "cohort, n = 10", detail: "\(id) detail", unit: unit,
                                               presentations: presentations,
                                               points: presentations.map { _ in points }))
    }
}
