import GaitModel
import InjuryScoring
import Testing

/// S2 pain site and S3 aggravators (DOMAIN.md "Symptoms"), with S1 and the order "points, then S2's
/// cap, then S1's floor". Every season is four 5 km runs in one week (no load or gait rule has the
/// history to fire), so the points come from the diary and from weights set by hand.
@Suite struct SiteRuleTests {
    static let monday = Fixtures.monday
    static let header = "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n"
    static let runs = (0...3).map { Fixtures.run("r\($0).fit", day: monday + Int64($0), km: 5) }

    /// A diary line on `monday + day`.
    static func line(_ day: Int64, _ side: String, _ site: String, _ pains: String, _ aggravators: String = "") -> String {
        "\(CalendarDay.date(monday + day)),\(side),\(site),\(pains),\(aggravators)\n"
    }

    static func assess(_ diary: String?, runs: [RunMetrics] = runs, _ given: [String: String] = [:]) -> Assessment {
        SeasonScorerSpecs.assess(AthleteSeason(athlete: "ana", runs: runs,
                                               symptomsCSV: diary.map { Array((header + $0).utf8) } ?? []), given: given)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var diary: String
        /// Expected (points, level, capped) for PFP, ITBS and patellar tendinopathy.
        var pfp: (Int, Level, Bool)
        var itbs: (Int, Level, Bool)
        var pt: (Int, Level, Bool)
        var s2: RuleStatus
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // 1/10 once: worst < 3 and 1 day → +1; the other two are capped (0 points, none).
        Case(name: "lateral 1/10 once", diary: line(1, "left", "lateral", "1,0,0"),
             pfp: (0, .none, true), itbs: (1, .low, false), pt: (0, .none, true), s2: .fired),
        // 4/10 ≥ 3 → +2.
        Case(name: "lateral 4/10 once", diary: line(1, "left", "lateral", "4,2,0"),
             pfp: (0, .none, true), itbs: (2, .moderate, false), pt: (0, .none, true), s2: .fired),
        // 1/10 on 2 days → +2.
        Case(name: "lateral 1/10 twice", diary: line(1, "left", "lateral", "1,,") + line(3, "left", "lateral", ",1,"),
             pfp: (0, .none, true), itbs: (2, .moderate, false), pt: (0, .none, true), s2: .fired),
        // Two sites: both count (+1 each), neither caps the other; the third is capped.
        Case(name: "two sites", diary: line(1, "right", "lateral", "2,0,0") + line(2, "left", "peripatellar", "0,1,0"),
             pfp: (1, .low, false), itbs: (1, .low, false), pt: (0, .none, true), s2: .fired),
        // `other` gates nothing: no points, no cap.
        Case(name: "other", diary: line(1, "left", "other", "5,5,5"),
             pfp: (0, .none, false), itbs: (0, .none, false), pt: (0, .none, false), s2: .notFired),
        // All pains 0: no site reported.
        Case(name: "all pains 0", diary: line(1, "left", "lateral", "0,0,0", "predictable_distance;eases_walking"),
             pfp: (0, .none, false), itbs: (0, .none, false), pt: (0, .none, false), s2: .notFired),
        // Pains empty with a site: the runner named it (+1, worst pain unknown).
        Case(name: "pains empty", diary: line(1, "both", "inferior_pole", ",,"),
             pfp: (0, .none, true), itbs: (0, .none, true), pt: (1, .low, false), s2: .fired),
    ]

    @Test(arguments: cases)
    func painSite(_ c: Case) throws {
        let a = Self.assess(c.diary)
        let w = try #require(a.weeks.last)
        for (p, expected) in [(Presentation.pfp, c.pfp), (.itbs, c.itbs), (.patellarTendinopathy, c.pt)] {
            let s = try #require(w.score(p))
            #expect(s.points == expected.0, "\(p) points")
            #expect(s.level == expected.1, "\(p) level")
            #expect(s.capped == expected.2, "\(p) capped")
            #expect(s.rules.contains("S2") == (expected.0 > 0), "\(p) rules \(s.rules)")
        }
        #expect(w.rule("S2")?.status == c.s2)
    }

    @Test func siteReportKeepsSidesAndWorstPain() throws {
        let a = Self.assess(Self.line(0, "left", "lateral", "2,5,1", "downhill") + Self.line(2, "right", "lateral", "3,,")
                            + Self.line(3, "right", "inferior_pole", ",,"))
        let sites = try #require(a.weeks.last?.sites)
        #expect(sites.map(\.site) == [.lateral, .inferiorPole])
        #expect(sites[0].sides == [.left, .right])
        #expect(sites[0].worstPain == 5)
        #expect(sites[0].days == 2)
        #expect(sites[0].lastDate == CalendarDay.date(Self.monday + 2))
        #expect(sites[0].label == "lateral (left, right)")
        #expect(sites[1].worstPain == nil)
        #expect(sites[1].sides == [.right])
        // The firing names the site and is marked for its presentation only.
        let s2 = a.firedRules.filter { $0.id == "S2" }
        #expect(s2.map(\.band) == ["lateral", "inferior_pole"])
        #expect(s2[0].presentations == [.itbs])
        #expect(s2[0].value == 5 && s2[0].threshold == 3 && s2[0].baseline == 2)
        #expect(s2[0].source.contains("Lavine 2010"))
    }

    // MARK: The cap keeps points and firings; "points to first"

    /// PFP has 3 points from G1 (w_pfp_gait 3) and pain is reported at the lateral knee only: PFP is
    /// capped at low with its 3 points kept, its reasons still listed and marked with the site.
    @Test func capKeepsPointsAndMarksFirings() throws {
        let runs = (0..<3).map { ScoringRuleTests.gaitRun("g\($0).fit", day: Self.monday + Int64($0), cadence: 160) }
        let a = Self.assess(Self.line(1, "left", "lateral", "1,0,0"), runs: runs, ["w_pfp_gait": "3"])
        let w = try #require(a.weeks.last)
        let pfp = try #require(w.score(.pfp)), itbs = try #require(w.score(.itbs))
        #expect(pfp.points == 3 && pfp.level == .low && pfp.capped)
        #expect(pfp.rules == ["G1"])
        // ITBS: G1 low (+1) and S2 1/10 once (+1) = 2 → moderate.
        #expect(itbs.points == 2 && itbs.level == .moderate && !itbs.capped)
        #expect(itbs.rules == ["G1", "S2"])
        let summary = try #require(a.latest.first { $0.presentation == .pfp })
        #expect(summary.capped && summary.level == .low && summary.points == 3)
        #expect(summary.headline.contains("capped at low: pain reported at the lateral knee, not around the kneecap (peripatellar); 3 points before the cap"))
        #expect(summary.reasons.first?.hasPrefix("G1 (") == true)
        #expect(summary.reasons.first?.hasSuffix("[pain reported at the lateral knee]") == true)
        #expect(PresentationSummary.pointsToFirst(a.latest).map(\.presentation) == [.itbs, .pfp, .patellarTendinopathy])
        // Each firing says what it adds to each presentation (the report ranks reasons by it).
        let g1 = try #require(a.firedRules.first { $0.id == "G1" })
        #expect(g1.presentations == [.pfp, .itbs] && g1.points == [3, 1])
        #expect(a.firedRules.first { $0.id == "S2" }?.points == [1])
    }

    /// Equal levels: the presentation at a reported site comes first, whatever allCases says.
    @Test func equalLevelsPutTheReportedSiteFirst() {
        let s = [PresentationSummary(presentation: .pfp, level: .low, points: 1, headline: "", reasons: [], advice: [], avoid: []),
                 PresentationSummary(presentation: .itbs, level: .moderate, points: 2, headline: "", reasons: [], advice: [], avoid: []),
                 PresentationSummary(presentation: .patellarTendinopathy, level: .moderate, points: 2, siteReported: true,
                                     headline: "", reasons: [], advice: [], avoid: [])]
        #expect(PresentationSummary.pointsToFirst(s).map(\.presentation) == [.patellarTendinopathy, .itbs, .pfp])
    }

    // MARK: S1 with S2

    /// Lateral 7/10 with next-morning pain: S1 reads inferior-pole entries only, so it does not fire,
    /// and patellar tendinopathy (3 points from L2 with w_pt_load 3; equal daily loads' L4 weighted 0)
    /// is capped at low.
    @Test func lateralMorningPainIsNotS1() throws {
        let runs = ScoringRuleTests.daily(Self.monday, Self.monday + 6, km: 10) + ScoringRuleTests.daily(Self.monday + 7, Self.monday + 13, km: 20)
        let a = Self.assess(Self.line(9, "right", "lateral", "7,6,5"), runs: runs, ["w_pt_load": "3", "w_pt_monotony": "0"])
        let w = try #require(a.weeks.last)
        #expect(w.rule("S1")?.status == .notFired, "the diary reports no tendon pain")
        let pt = try #require(w.score(.patellarTendinopathy))
        #expect(pt.points == 3 && pt.level == .low && pt.capped && !pt.rules.contains("S1"))
        // ITBS: S2 +2 (7/10); PFP: L2 +1, capped.
        #expect(w.score(.itbs)?.points == 2 && w.score(.itbs)?.level == .moderate)
        #expect(w.score(.pfp)?.points == 1 && w.score(.pfp)?.capped == true)
    }

    /// Inferior pole 6/10 (S1: > 5 during) and a lateral entry: S1 fires, both sites count, PFP is capped.
    @Test func tendonPainWithLateralEntry() throws {
        let a = Self.assess(Self.line(1, "left", "inferior_pole", "6,3,0") + Self.line(2, "left", "lateral", "2,0,0"))
        let w = try #require(a.weeks.last)
        #expect(w.rule("S1")?.status == .fired)
        let pt = try #require(w.score(.patellarTendinopathy)), itbs = try #require(w.score(.itbs))
        #expect(pt.points == 2 && pt.level == .moderate && !pt.capped && pt.rules == ["S1", "S2"])
        #expect(itbs.points == 1 && itbs.level == .low && !itbs.capped)
        #expect(w.score(.pfp)?.capped == true)
    }

    // MARK: The three wordings and "last reported"

    @Test func noDiary() throws {
        let a = Self.assess(nil)
        #expect(!a.symptomDiary)
        #expect(a.weeks.last?.rule("S2")?.status == .insufficientData)
        #expect(a.siteSummary.hasPrefix("No symptoms recorded: the levels share load rules and do not tell the presentations apart; ask where it hurts"))
        #expect(a.weeks.last?.score(.pfp)?.capped == false)
    }

    @Test func onlyOther() {
        let a = Self.assess(Self.line(1, "left", "other", "4,,"))
        // The last, partial week's window ends at the as-of date, the last run's Thursday.
        #expect(a.siteSummary.hasPrefix("Pain outside the three sites (other) in the 28 days to \(CalendarDay.date(Self.monday + 3))"))
    }

    /// Reported on day 1, runs every third day to day 33: the last week's window (day 6 to its Sunday,
    /// day 34) no longer holds it, so nothing is scored and the summary says when it was last reported.
    @Test func siteLastReportedBeforeTheWindow() throws {
        let runs = (0..<12).map { Fixtures.run("r\($0).fit", day: Self.monday + Int64(3 * $0), km: 5) }
        let a = Self.assess(Self.line(1, "right", "lateral", "5,2,0"), runs: runs)
        let w = try #require(a.weeks.last)
        #expect(w.weekStart == CalendarDay.date(Self.monday + 28))
        #expect(w.sites.isEmpty)
        #expect(w.score(.itbs)?.points == 0)
        #expect(w.score(.pfp)?.capped == false)
        #expect(a.lastSite?.site == .lateral)
        #expect(a.siteSummary.hasPrefix("No pain recorded in the last 28 days; last reported: lateral, \(CalendarDay.date(Self.monday + 1))"))
        // The week before still holds it: its window (Sunday day 27) reaches back to day −1.
        #expect(a.weeks[3].score(.itbs)?.points == 2)
        #expect(a.weeks[4].score(.itbs)?.points == 0)
    }

    @Test func siteSummaryNamesSiteSideAndPresentation() {
        let a = Self.assess(Self.line(1, "left", "lateral", "8,3,0") + Self.line(2, "left", "lateral", "6,,"))
        #expect(a.siteSummary == "Pain reported at the lateral knee (left), worst 8/10 on 2 days in the 28 days to "
            + "\(CalendarDay.date(Self.monday + 3)): points to iliotibial band syndrome.")
    }

    // MARK: The as-of date counts diary dates (DOMAIN.md "Definitions")

    /// Runs stop on Thursday of week 1; the diary goes on to Tuesday of week 3 (day 15): the season
    /// gets weeks 2 and 3, the as-of date is day 15, and the last week's window is [day −13, day 15].
    @Test func diaryAfterTheLastRunExtendsTheSeason() throws {
        let a = Self.assess(Self.line(2, "left", "lateral", "3,,") + Self.line(15, "left", "lateral", "8,8,6"))
        #expect(a.asOf == CalendarDay.date(Self.monday + 15))
        #expect(a.weeks.map(\.weekStart) == [0, 7, 14].map { CalendarDay.date(Self.monday + $0) })
        let last = try #require(a.weeks.last)
        #expect(last.coverageDays == 0)
        #expect(last.untrackedDays == 2)  // Monday and Tuesday, up to the as-of date
        #expect(last.sites.first?.days == 2 && last.sites.first?.worstPain == 8)
        #expect(last.score(.itbs)?.level == .moderate)
        #expect(last.rule("L2")?.status == .insufficientData)
        #expect(a.notes.contains { $0.hasPrefix("The symptom diary goes on after the last recorded activity (\(CalendarDay.date(Self.monday + 3)))") })
    }

    /// A diary date more than 28 days after the last activity (here a typo'd year) moves nothing and is noted.
    @Test func farDiaryDateIsNotedNotCounted() {
        let a = Self.assess(Self.line(2, "left", "lateral", "3,,") + "2052-01-08,left,lateral,5,,,\n")
        #expect(a.asOf == CalendarDay.date(Self.monday + 3))
        #expect(a.weeks.count == 1)
        #expect(a.notes.contains("1 diary entry dated more than 28 days after the last activity not counted (2052-01-08): check the dates in symptoms.csv."))
    }

    /// The last week ends on a Wednesday: its window reaches back to the Wednesday 4 weeks before,
    /// where a Sunday-based window would stop at the Sunday after it.
    @Test func lastWeekWindowEndsAtTheAsOfDate() throws {
        let runs = [0, 7, 14, 21, 30].map { Fixtures.run("r\($0).fit", day: Self.monday + Int64($0), km: 5) }
        // Day 2: 28 days before the as-of date (day 30); a Sunday window (day 34) would start at day 6.
        let a = Self.assess(Self.line(2, "left", "lateral", "1,,"), runs: runs)
        #expect(a.asOf == CalendarDay.date(Self.monday + 30))
        #expect(a.weeks.last?.score(.itbs)?.points == 1)
        #expect(!WeekLevelWindow.contains(Self.monday + 2, weekStart: Self.monday + 28))
        #expect(WeekLevelWindow.contains(Self.monday + 2, weekStart: Self.monday + 28, asOf: Self.monday + 30))
        #expect(!WeekLevelWindow.contains(Self.monday + 1, weekStart: Self.monday + 28, asOf: Self.monday + 30))
    }

    // MARK: S3 aggravators

    @Test(arguments: [
        ("peripatellar", "stairs", 0),                 // one aggravator
        ("peripatellar", "stairs;squatting", 1),       // two distinct
        ("peripatellar", "hills;downhill", 0),         // hills and downhill count once for PFP
        ("peripatellar", "hills;downhill;sitting", 1),
        ("lateral", "predictable_distance;eases_walking", 1),
        ("lateral", "hills;eases_walking", 0),         // ITBS lists downhill, not hills
        ("inferior_pole", "jumping;sprinting", 1),
        ("inferior_pole", "jumping;eases_walking", 0), // eases_walking is not a tendon aggravator
    ])
    func aggravators(site: String, listed: String, s3: Int) throws {
        let a = Self.assess(Self.line(1, "left", site, "2,0,0", listed))
        let p = try #require(SymptomEntry.Location(rawValue: site)?.presentation)
        let score = try #require(a.weeks.last?.score(p))
        #expect(score.points == 1 + s3)
        #expect(score.rules.contains("S3") == (s3 > 0))
        #expect(a.weeks.last?.rule("S3")?.status == (s3 > 0 ? .fired : .notFired))
    }

    /// Aggravators at another site do not count: a lateral entry's stairs and squatting are not PFP's.
    @Test func aggravatorsCountAtTheirOwnSiteOnly() {
        let a = Self.assess(Self.line(1, "left", "lateral", "2,0,0", "stairs;squatting") + Self.line(2, "left", "peripatellar", "2,0,0"))
        #expect(a.weeks.last?.score(.pfp)?.points == 1)
        #expect(a.weeks.last?.score(.pfp)?.rules == ["S2"])
    }
}
