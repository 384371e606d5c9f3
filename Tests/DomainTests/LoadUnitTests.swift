import GaitModel
import InjuryScoring
import Testing

/// DOMAIN.md "Load units": one unit per athlete, sessions lacking its measure estimated (never 0),
/// else their day unknown. Values worked out by hand.
@Suite struct LoadUnitTests {
    static let monday = Fixtures.monday

    /// A 10 km run on `day` (duration 3,600 s from Fixtures) with the measures given.
    static func run(_ id: String, _ day: Int64, trimp: Double?, rpeLoad: Double?) -> RunMetrics {
        var r = Fixtures.run(id, day: monday + day, km: 10)
        r.trimp = trimp
        r.sessionRPELoad = rpeLoad
        return r
    }

    /// A strength session: RPE 7 × 35.5 min = 248.5, no heart rate.
    static func strength(_ id: String, _ day: Int64) -> RunMetrics {
        var s = Fixtures.run(id, day: monday + day, km: 0, hour: 18, sport: "training")
        s.durationS = 35.5 * 60
        s.sessionRPELoad = 248.5
        return s
    }

    static func assess(_ runs: [RunMetrics], _ given: [String: String] = [:]) -> Assessment {
        SeasonScorerSpecs.assess(AthleteSeason(athlete: "ana", runs: runs), given: given)
    }

    /// 10 runs with TRIMP 60 and RPE load 75 (ratio 0.8) and 3 runs with TRIMP only: 10 of 14 sessions
    /// have an RPE (71 % < 80 %), every run has heart rate → TRIMP; k = median(0.8) = 0.8; the strength
    /// session's load = 248.5 × 0.8 = 198.8, estimated.
    static let trimpSeason = (0..<10).map { run("p\($0).fit", Int64($0), trimp: 60, rpeLoad: 75) }
        + (10..<13).map { run("h\($0).fit", Int64($0), trimp: 60, rpeLoad: nil) }
        + [strength("gym.fit", 5)]

    @Test func strengthSessionEstimatedThroughK() throws {
        let a = Self.assess(Self.trimpSeason)
        #expect(a.loadUnit == "trimp")
        let gym = try #require(a.runs.first { $0.runID == "gym.fit" })
        #expect(abs((gym.load ?? 0) - 198.8) < 1e-9)
        #expect(gym.loadEstimated)
        let day5 = try #require(a.days.first { $0.date == CalendarDay.date(Self.monday + 5) })
        #expect(abs((day5.load ?? 0) - 258.8) < 1e-9)  // the run's 60 + the estimate
        #expect(day5.estimated)
        #expect(a.runs.first { $0.runID == "p0.fit" }?.loadEstimated == false)
        #expect(a.notes.contains { $0.contains("k = 0.80") })
    }

    /// With 9 pairs k is not trusted and no other training session has TRIMP: the session's load is
    /// unknown, so its day and its week's load are unknown, never 0.
    @Test func withoutABasisTheDayIsUnknown() throws {
        let a = Self.assess(Array(Self.trimpSeason.dropFirst()))
        #expect(a.loadUnit == "trimp")
        let gym = try #require(a.runs.first { $0.runID == "gym.fit" })
        #expect(gym.load == nil && !gym.loadEstimated)
        #expect(a.days.first { $0.date == CalendarDay.date(Self.monday + 5) }?.load == nil)
        #expect(a.weeks.first?.load == nil)
        #expect(a.notes.contains("1 session without a load or a basis for an estimate: their days are unknown."))
    }

    /// Session RPE as the unit (4 of 5 sessions have one: 80 %): the run without it is estimated as
    /// minutes × the median RPE load per minute of the athlete's runs: 60, 66 and 90 over 60 min and 75
    /// over 120 min → 1.0, 1.1, 1.5, 0.625 per min → median 1.05 → 60 min × 1.05 = 63.
    @Test func sessionRPEUnitEstimatesPerMinute() throws {
        var runs = [Self.run("a.fit", 0, trimp: nil, rpeLoad: 60), Self.run("b.fit", 1, trimp: nil, rpeLoad: 66),
                    Self.run("c.fit", 2, trimp: nil, rpeLoad: 90), Self.run("d.fit", 3, trimp: nil, rpeLoad: 75),
                    Self.run("e.fit", 4, trimp: nil, rpeLoad: nil)]
        for i in runs.indices { runs[i].durationS = 3600 }
        runs[3].durationS = 7200  // 75 over 120 min: 0.625/min
        let a = Self.assess(runs)
        #expect(a.loadUnit == "srpe")
        let e = try #require(a.runs.first { $0.runID == "e.fit" })
        #expect(abs((e.load ?? 0) - 63) < 1e-9)  // 60 min × 1.05
        #expect(e.loadEstimated)
    }

    /// Running distance as the unit: a strength session carries no load (0, not an estimate) and the
    /// notes say "running load only"; the load_unit param pins the unit whatever the data say.
    @Test func kmIsRunningLoadOnlyAndThePinWins() throws {
        let noHR = (0..<5).map { Self.run("r\($0).fit", Int64($0), trimp: nil, rpeLoad: nil) } + [Self.strength("gym.fit", 2)]
        let a = Self.assess(noHR)
        #expect(a.loadUnit == "km")
        #expect(a.runs.first { $0.runID == "gym.fit" }?.load == 0)
        #expect(a.runs.first { $0.runID == "gym.fit" }?.loadEstimated == false)
        #expect(a.notes.contains { $0.contains("running load only") })
        let pinned = Self.assess(Self.trimpSeason, ["load_unit": "km"])
        #expect(pinned.loadUnit == "km")
        #expect(pinned.notes.contains { $0.contains("pinned by the load_unit param") })
        #expect(SeasonScorerSpecs.specs.first { $0.name == "load_unit" }?.problem(with: "miles") != nil)
    }
}
