import GaitModel
import InjuryScoring
import Testing

@Suite struct SessionSpikeRuleTests {
    /// Baseline 10 km; the band edges are exclusive (DOMAIN.md ">1.10", ">1.30", ">2.0").
    @Test(arguments: [
        (11_000.0, nil),
        (11_001.0, SessionSpikeRule.Band.small),
        (13_000.0, .small),
        (13_001.0, .moderate),
        (20_000.0, .moderate),
        (20_001.0, .large),
        (9_000.0, nil),
    ] as [(Double, SessionSpikeRule.Band?)])
    func bandBoundaries(distanceM: Double, expected: SessionSpikeRule.Band?) {
        let before = Fixtures.run("a.fit", day: Fixtures.monday, km: 10)
        var run = Fixtures.run("b.fit", day: Fixtures.monday + 3, km: 0)
        run.distanceM = distanceM
        let outcome = SessionSpikeRule.evaluate(run, history: [before, run], thresholds: .study)
        switch outcome {
        case .fired(let band, let ratio, let baseline):
            #expect(band == expected)
            #expect(ratio == distanceM / 10_000)
            #expect(baseline == 10_000)
        case .notFired(let ratio, _):
            #expect(expected == nil)
            #expect(ratio == distanceM / 10_000)
        case .insufficientData:
            Issue.record("unexpected insufficient data")
        }
    }

    /// Same edges through the scorer, with thresholds parsed from the default params ("1.10", …).
    @Test(arguments: [(11_000.0, ""), (11_001.0, "small"), (13_000.0, "small"), (13_001.0, "moderate"),
                      (20_000.0, "moderate"), (20_001.0, "large")])
    func bandBoundariesThroughScorer(distanceM: Double, band: String) {
        var spike = Fixtures.run("b.fit", day: Fixtures.monday + 3, km: 0)
        spike.distanceM = distanceM
        let a = Fixtures.assess(Fixtures.withHistory([Fixtures.run("a.fit", day: Fixtures.monday, km: 10), spike]))
        #expect(a.firedRules.map(\.band) == (band.isEmpty ? [] : [band]))
    }

    @Test func noPreviousRunIsInsufficientData() {
        let only = Fixtures.run("a.fit", day: Fixtures.monday, km: 30)
        guard case .insufficientData = SessionSpikeRule.evaluate(only, history: [only], thresholds: .study) else {
            Issue.record("a first run must not be compared with nothing")
            return
        }
        #expect(Fixtures.assess([only]).firedRules.isEmpty)
        // Fewer than 30 days of records before a run: its 30-day maximum is unknown.
        let early = Fixtures.assess([Fixtures.run("a.fit", day: Fixtures.monday, km: 5),
                                     Fixtures.run("b.fit", day: Fixtures.monday + 29, km: 20)])
        #expect(early.firedRules.isEmpty)
        #expect(early.weeks.last?.rule("L1")?.status == .insufficientData)
    }

    /// A run exactly 30 × 86,400 s earlier is inside the window; one second more is outside.
    @Test(arguments: [(0 as Int64, true), (1 as Int64, false)])
    func thirtyDayWindowEdge(extraSeconds: Int64, inside: Bool) {
        let spike = Fixtures.run("b.fit", day: Fixtures.monday + 40, km: 20)
        var earlier = Fixtures.run("a.fit", day: 0, km: 10)
        earlier.startTime = spike.startTime - 30 * 86_400 - extraSeconds
        let outcome = SessionSpikeRule.evaluate(spike, history: [earlier, spike], thresholds: .study)
        if inside {
            #expect(outcome == .fired(.moderate, ratio: 2.0, baselineM: 10_000))
        } else if case .insufficientData = outcome {
        } else {
            Issue.record("expected insufficient data, got \(outcome)")
        }
    }

    /// An earlier run the same day counts; non-running sessions never do.
    @Test func sameDayEarlierRunCountsAndCyclingDoesNot() {
        let ride = Fixtures.run("ride.fit", day: Fixtures.monday, km: 20, hour: 4, sport: "cycling")
        let morning = Fixtures.run("am.fit", day: Fixtures.monday, km: 5, hour: 7)
        let evening = Fixtures.run("pm.fit", day: Fixtures.monday, km: 12, hour: 18)
        let a = Fixtures.assess(Fixtures.withHistory([evening, ride, morning]))
        #expect(a.firedRules.count == 1)
        let rule = a.firedRules.first
        #expect(rule?.runID == "pm.fit")
        #expect(rule?.band == "large")
        #expect(rule?.threshold == 2.0)
        #expect(rule?.baseline == 5000)
        #expect(rule?.source == "Frandsen 2025, BJSM")
        #expect(rule?.design.hasPrefix("prospective cohort, 5,205 Garmin runners") == true)
        #expect(rule?.detail == "distance 12.0 km is 2.40× the longest run of the previous 30 days (5.0 km): "
            + "large session spike (>2.00); a long run (≥ 75th percentile of the previous 30 days)")
        #expect(rule?.date == "2025-01-06")
    }

    @Test func longRunPercentileInterpolates() {
        #expect(Percentile.value([1, 2, 3, 4, 5], 0.75) == 4)
        #expect(Percentile.value([10, 20], 0.75) == 17.5)
        #expect(Percentile.value([], 0.75) == nil)
    }

    @Test func misorderedThresholdsAreReported() {
        let params = ResolvedParams(specs: SeasonScorer.paramSpecs, given: ["l1_small": "1.5", "l1_moderate": "1.3"])
        #expect(SeasonScorer.problems(with: params).count == 1)
        #expect(SeasonScorer.problems(with: Fixtures.scorerParams).isEmpty)
    }
}
