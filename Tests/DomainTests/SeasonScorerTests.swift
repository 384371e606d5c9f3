import GaitModel
import InjuryScoring
import Testing

@Suite struct SeasonScorerTests {
    /// [Sunday − 28, Sunday] counts; a day earlier or after the Sunday does not.
    @Test(arguments: [(6 as Int64, true), (0, true), (-22, true), (-23, false), (7, false)])
    func twentyEightDayWindowEdges(offsetFromMonday: Int64, counts: Bool) {
        let weekStart = Fixtures.monday
        #expect(WeekLevelWindow.contains(weekStart + offsetFromMonday, weekStart: weekStart) == counts)
    }

    /// A large spike on a Wednesday counts for its week and the three after (Sundays ≤ day + 28), not the fourth.
    @Test func spikeCountsForFourWeeks() {
        let wednesday = Fixtures.monday + 2
        var runs = [Fixtures.run("base.fit", day: Fixtures.monday - 7, km: 5),
                    Fixtures.run("spike.fit", day: wednesday, km: 15)]
        for k in 1...5 { runs.append(Fixtures.run("easy\(k).fit", day: wednesday + Int64(7 * k), km: 1)) }
        let all = Fixtures.assess(Fixtures.withHistory(runs))
        var a = all
        a.weeks = Array(all.weeks.suffix(7))
        #expect(a.weeks.map(\.week) == ["2025-W01", "2025-W02", "2025-W03", "2025-W04", "2025-W05", "2025-W06",
                                        "2025-W07"])
        #expect(a.weeks.map { $0.score(.pfp)?.level } == [Level.none, .low, .low, .low, .low, Level.none, Level.none])
        #expect(a.weeks.map { $0.score(.patellarTendinopathy)?.points } == [0, 1, 1, 1, 1, 0, 0])
        #expect(a.weeks.map { $0.score(.itbs)?.rules } == [[], ["L1"], ["L1"], ["L1"], ["L1"], [], []])
        #expect(a.asOf == "2025-02-12")
    }

    /// Several L1 firings in one window still add +1 per presentation.
    @Test func ruleCountsOncePerWeek() {
        let a = Fixtures.assess(Fixtures.withHistory([Fixtures.run("a.fit", day: Fixtures.monday, km: 5),
                                                      Fixtures.run("b.fit", day: Fixtures.monday + 2, km: 12),
                                                      Fixtures.run("c.fit", day: Fixtures.monday + 5, km: 30)]))
        #expect(a.firedRules.map(\.runID) == ["b.fit", "c.fit"])
        let week = a.weeks.last
        #expect(week?.score(.pfp) == PresentationScore(presentation: .pfp, level: .low, points: 1, rules: ["L1"]))
        #expect(week?.distanceKm == 47)
        #expect(week?.runs == 3)
        #expect(week?.coverageDays == 3)
    }

    /// A small spike scores ITBS only (it is a long run); PFP and tendinopathy need ≥ moderate.
    @Test func smallSpikeScoresITBSOnly() {
        let a = Fixtures.assess(Fixtures.withHistory([Fixtures.run("a.fit", day: Fixtures.monday, km: 10),
                                                      Fixtures.run("b.fit", day: Fixtures.monday + 2, km: 12)]))
        let week = a.weeks.last
        #expect(week?.score(.itbs)?.level == .low)
        #expect(week?.score(.pfp)?.level == Level.none)
        #expect(week?.score(.patellarTendinopathy)?.level == Level.none)
    }

    /// One row per ISO week between the first and last week with data, across a year boundary.
    @Test func isoWeeksWithGapsFilled() {
        let sat = CalendarDay.dayNumber(year: 2024, month: 12, day: 28)
        let later = CalendarDay.dayNumber(year: 2025, month: 1, day: 22)
        let a = Fixtures.assess([Fixtures.run("b.fit", day: later, km: 8),
                                 Fixtures.run("ride.fit", day: sat, km: 30, sport: "cycling"),
                                 Fixtures.run("a.fit", day: sat, km: 6, hour: 17)])
        #expect(a.weeks.map(\.week) == ["2024-W52", "2025-W01", "2025-W02", "2025-W03", "2025-W04"])
        #expect(a.weeks.map(\.weekStart) == ["2024-12-23", "2024-12-30", "2025-01-06", "2025-01-13", "2025-01-20"])
        #expect(a.weeks.map(\.coverageDays) == [1, 0, 0, 0, 1])
        #expect(a.weeks.map(\.distanceKm) == [6, 0, 0, 0, 8])
        #expect(a.weeks.map(\.runs) == [1, 0, 0, 0, 1])
        #expect(a.runs.map(\.runID) == ["ride.fit", "a.fit", "b.fit"])
    }

    @Test func emptySeason() {
        let skipped = [SkippedInput(path: "notes.txt", stage: "runner", reason: "not a run file")]
        let a = Fixtures.assess([], skipped: skipped)
        #expect(a.weeks.isEmpty)
        #expect(a.asOf == "")
        #expect(a.skipped == skipped)
    }
}
