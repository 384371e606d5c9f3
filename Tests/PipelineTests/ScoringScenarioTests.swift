import Foundation
import GaitModel
import GaitWire
import Testing

/// injury-scoring through the whole pipeline (real stage processes): the synthesized storylines, and
/// hand-written fixture athletes with levels derived from DOMAIN.md by hand.
@Suite(.serialized) struct ScoringScenarioTests {
    /// Runs Pipelines/season.yaml over `input` and returns the Assessment each athlete's report was
    /// made from (load-report's captured input), keyed by athlete.
    static func assessments(input: String, name: String) throws -> [String: Assessment] {
        let dir = TestSupport.temporaryDirectory(name)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", input,
                                            "--out", dir + "/out", "--capture", dir + "/capture", "--capture-limit", "100"])
        #expect(run.status == 0, "\(run.stderr)")
        var out: [String: Assessment] = [:]
        let folder = dir + "/capture/load-report"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".in.pb") {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)))
            let a = try Assessment(decoding: bytes)
            out[a.athlete] = a
        }
        return out
    }

    static func synth(_ args: [String], name: String) throws -> String {
        let dir = TestSupport.temporaryDirectory(name)
        let r = try TestSupport.gaitpipe(["synth", "--out", dir] + args)
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    static func level(_ w: WeekAssessment, _ p: Presentation) -> Level { w.score(p)?.level ?? .none }

    /// The sample season's three stories (SeasonStory): with the default 18 weeks the ramp starts in
    /// week 6 and the plyometric block in week 9 (0-based).
    @Test func storylines() throws {
        let input = try Self.synth([], name: "story-season")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let all = try Self.assessments(input: input, name: "story")
        let ana = try #require(all["ana-ramp"]), ben = try #require(all["ben-steady"]), cleo = try #require(all["cleo-hills"])
        #expect(ana.weeks.count == 18)
        let ramp = 6, block = 9

        // Ramping, low-cadence, downhill runner: ITBS ≥ moderate in the spike week, not before.
        for w in ana.weeks[..<ramp] { #expect(Self.level(w, .itbs) < .moderate, "\(w.week)") }
        #expect(Self.level(ana.weeks[ramp], .itbs) >= .moderate)
        #expect(ana.weeks[ramp].score(.itbs)?.rules.contains("L1") == true)
        #expect(ana.firedRules.contains { $0.id == "G1" && $0.band == "low" })
        #expect(ana.latest.first { $0.presentation == .itbs }?.siteReported == true)

        // Plyometric block: patellar tendinopathy ≥ moderate from the block on, not before; S1 later.
        for w in cleo.weeks[..<block] { #expect(Self.level(w, .patellarTendinopathy) < .moderate, "\(w.week)") }
        #expect(Self.level(cleo.weeks[block], .patellarTendinopathy) >= .moderate)
        #expect(cleo.weeks[block].score(.patellarTendinopathy)?.rules.contains("D2") == true)
        #expect(cleo.firedRules.contains { $0.id == "S1" })
        #expect(cleo.latest.last?.advice.first?.hasPrefix("Reduce energy-storage load first") == true)

        // Control: none or low throughout.
        for w in ben.weeks {
            for p in Presentation.allCases { #expect(Self.level(w, p) <= .low, "\(w.week) \(p)") }
        }

        // Without kinematics every K rule says "insufficient data", never 0.
        for a in [ana, ben, cleo] {
            for w in a.weeks {
                for id in ["K1", "K2", "K3", "K4"] { #expect(w.rule(id)?.status == .insufficientData) }
            }
            #expect(a.weeks.allSatisfy { $0.rules.map(\.id) == ["L1", "L2", "L3", "L4", "L5", "L6", "G1", "G2", "G3",
                                                                  "D1", "D2", "ASC", "K1", "K2", "K3", "K4", "S1", "S2", "S3"] })
        }
    }

    /// The pain site tells the stories apart (DOMAIN.md S2/S3) whatever the seed: at the last week
    /// ana-ramp's ITBS and cleo-hills' patellar tendinopathy rank strictly above the other two
    /// presentations, and the control runner has nothing above low.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func storiesComeOutOnTop(seed: UInt64) throws {
        let input = try Self.synth(["--seed", String(seed)], name: "story-seed-\(seed)")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let all = try Self.assessments(input: input, name: "story-seed-\(seed)-run")
        func last(_ id: String) throws -> WeekAssessment { try #require(all[id]?.weeks.last) }
        let ana = try last("ana-ramp"), cleo = try last("cleo-hills"), ben = try last("ben-steady")
        #expect(Self.level(ana, .itbs) > Self.level(ana, .pfp))
        #expect(Self.level(ana, .itbs) > Self.level(ana, .patellarTendinopathy))
        #expect(Self.level(cleo, .patellarTendinopathy) > Self.level(cleo, .pfp))
        #expect(Self.level(cleo, .patellarTendinopathy) > Self.level(cleo, .itbs))
        for p in Presentation.allCases { #expect(Self.level(ben, p) <= .low, "ben-steady \(p)") }
        // The report leads with it: "points to first" puts the story's presentation first.
        #expect(all["ana-ramp"].map { PresentationSummary.pointsToFirst($0.latest).first?.presentation } == .itbs)
        #expect(all["cleo-hills"].map { PresentationSummary.pointsToFirst($0.latest).first?.presentation } == .patellarTendinopathy)
        #expect(all["ana-ramp"]?.siteSummary.contains("points to iliotibial band syndrome") == true)
    }

    /// With lab sessions the K rules are scored in the weeks whose window holds a session.
    @Test func kinematicsTurnKRulesFromInsufficientToScored() throws {
        let input = try Self.synth(["--kinematics"], name: "story-kinematics")
        defer { try? FileManager.default.removeItem(atPath: input) }
        let all = try Self.assessments(input: input, name: "story-k")
        let ana = try #require(all["ana-ramp"])
        let scored = ana.weeks.filter { w in w.rule("K1").map { $0.status != .insufficientData } ?? false }
        #expect(!scored.isEmpty)
        #expect(ana.weeks.contains { $0.rule("K1")?.status == .insufficientData })
    }

    // MARK: Hand-written fixture athletes

    struct Run {
        var day: Int  // days after 2026-01-05 (a Monday)
        var km: Double
        var speed = 3.0  // m/s
        var cadence = 170.0  // steps/min
        var descentM = 0.0  // a steady descent over the whole run
    }

    /// Writes one generic per-sample CSV (1 Hz) for a run, as a watch export would look.
    static func writeCSV(_ run: Run, to path: String) throws {
        let start = (CalendarDay.dayNumber(year: 2026, month: 1, day: 5) + Int64(run.day)) * 86_400 + 7 * 3600
        let seconds = Int((run.km * 1000 / run.speed).rounded())
        var text = "timestamp,distance[m],speed[m/s],altitude[m],cadence[spm]\n"
        for s in 0...seconds {
            let d = min(run.km * 1000, Double(s) * run.speed)
            let alt = 300 - run.descentM * d / (run.km * 1000)
            text += "\(CalendarDay.timestamp(start + Int64(s))),\(String(format: "%.1f", d)),\(run.speed),"
                + "\(String(format: "%.2f", alt)),\(run.cadence)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func writeAthlete(_ root: String, _ id: String, runs: [Run], yaml: String, symptoms: String) throws {
        let dir = root + "/" + id
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (i, r) in runs.enumerated() { try writeCSV(r, to: "\(dir)/run-\(String(format: "%02d", i)).csv") }
        try yaml.write(toFile: dir + "/athlete.yaml", atomically: true, encoding: .utf8)
        if !symptoms.isEmpty { try symptoms.write(toFile: dir + "/symptoms.csv", atomically: true, encoding: .utf8) }
    }

    /// Four easy weeks (Mon, Wed, Fri, Sun × 6 km), then the athlete's own fifth week.
    static func baseWeeks(cadence: Double = 170) -> [Run] {
        (0..<4).flatMap { w in [0, 2, 4, 6].map { Run(day: 7 * w + $0, km: 6, cadence: cadence) } }
    }

    static let diaryHeader = "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n"

    @Test func fixtureAthletes() throws {
        let root = TestSupport.temporaryDirectory("fixture-athletes")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yaml = "sex: female\nhr_max: 190\nhr_rest: 50\n"

        // "lia-spike": week 5 = Mon 6, Wed 6, Sat 14 km. DOMAIN.md: L1 = 14 ÷ 6 = 2.33 > 2.0, large
        // → PFP +1 (L1 ≥ moderate), ITBS +1 (L1 ≥ small), patellar tendinopathy +1 (L1 ≥ moderate). L2:
        // 26 km vs 24 km = +8 %, no. Flat, cadence 170 (between 166 and 178), no heart rate or threshold
        // pace (D2 insufficient). Diary: lateral 5/10 on the Saturday → ITBS S2 +2 (≥ 3/10), S3 +1
        // (predictable distance, eases walking); PFP and PT capped at low.
        // Expected latest week: PFP low (1, capped), ITBS high (4), PT low (1, capped).
        try Self.writeAthlete(root, "lia-spike", runs: Self.baseWeeks() + [Run(day: 28, km: 6), Run(day: 30, km: 6), Run(day: 33, km: 14)],
                              yaml: yaml, symptoms: Self.diaryHeader + "2026-02-07,right,lateral,5,2,0,predictable_distance;eases_walking\n")

        // "max-tendon": the same four weeks and a fifth like them, with inferior-pole pain 7/10 during a run.
        // DOMAIN.md: S1 (pain during > 5/10) sets patellar tendinopathy to at least moderate; no load,
        // gait or terrain rule fires; S2 +2 (7/10), S3 +1 (jumping, stairs) → 3; the others capped.
        // Expected latest week: PFP none, ITBS none, PT moderate (3 points, S1, S2, S3).
        try Self.writeAthlete(root, "max-tendon", runs: Self.baseWeeks() + [0, 2, 4, 6].map { Run(day: 28 + $0, km: 6) },
                              yaml: yaml, symptoms: Self.diaryHeader + "2026-02-04,left,inferior_pole,7,4,2,jumping;stairs\n")

        // "noa-downhill": cadence 160 at every run (G1 low, ≤ 166 → PFP +1, ITBS +1: "G1 low or G2 long")
        // and, in week 5, the same runs on a 120 m steady descent: weekly descent 480 m over a zero 4-week
        // mean and a new long descent → D1 → PFP +1, ITBS +1. No diary: nothing capped.
        // Expected latest week: PFP moderate (2), ITBS moderate (2), PT none.
        try Self.writeAthlete(root, "noa-downhill",
                              runs: Self.baseWeeks(cadence: 160) + [0, 2, 4, 6].map { Run(day: 28 + $0, km: 6, cadence: 160, descentM: 120) },
                              yaml: yaml, symptoms: "")

        let all = try Self.assessments(input: root, name: "fixture-athletes-run")
        func latest(_ id: String) throws -> [Level] {
            let a = try #require(all[id])
            let w = try #require(a.weeks.last)
            return Presentation.allCases.map { Self.level(w, $0) }
        }
        #expect(try latest("lia-spike") == [.low, .high, .low])
        #expect(try latest("max-tendon") == [.none, .none, .moderate])
        #expect(try latest("noa-downhill") == [.moderate, .moderate, .none])
        let lia = try #require(all["lia-spike"])
        #expect(lia.weeks.last?.score(.itbs)?.rules == ["L1", "S2", "S3"])
        #expect(lia.weeks.last?.score(.itbs)?.points == 4)
        #expect(lia.weeks.last?.score(.pfp)?.capped == true && lia.weeks.last?.score(.pfp)?.points == 1)
        #expect(lia.firedRules.filter { $0.id == "L1" }.map(\.band) == ["large"])
        #expect(lia.weeks.last?.rule("D2")?.status == .insufficientData)
        let noa = try #require(all["noa-downhill"])
        #expect(noa.weeks.last?.rule("G1")?.status == .fired)
        #expect(noa.weeks.last?.rule("D1")?.status == .fired)
        #expect(all["max-tendon"]?.weeks.last?.score(.patellarTendinopathy)?.rules == ["S1", "S2", "S3"])
        #expect(all["max-tendon"]?.weeks.last?.score(.patellarTendinopathy)?.points == 3)
        #expect(all["noa-downhill"]?.weeks.last?.score(.itbs)?.rules == ["D1", "G1"])
    }
}
