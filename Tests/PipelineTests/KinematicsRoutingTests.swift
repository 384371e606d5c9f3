import Foundation
import GaitModel
import GaitWire
import Testing

/// `kinematics/` files travel as their own items to gait-metrics (input `Activity|KinematicsFile`)
/// and their K1–K4 summaries reach injury-scoring inside the AthleteSeason.
@Suite(.serialized) struct KinematicsRoutingTests {
    /// Runs Pipelines/season.yaml over a small synthesized season and returns the AthleteSeason
    /// each athlete's injury-scoring task carried (captured with --capture), and the run's outcome.
    static func seasons(kinematics: Bool, extra: (String) throws -> Void = { _ in })
        throws -> (seasons: [String: AthleteSeason], outcome: TestSupport.Outcome, summary: String) {
        let input = TestSupport.temporaryDirectory("kin-in"), out = TestSupport.temporaryDirectory("kin-out")
        let capture = TestSupport.temporaryDirectory("kin-capture")
        defer { for d in [input, out, capture] { try? FileManager.default.removeItem(atPath: d) } }
        let synth = try TestSupport.gaitpipe(["synth", "--out", input, "--weeks", "5", "--seed", "3"]
                                                 + (kinematics ? ["--kinematics"] : []))
        #expect(synth.status == 0, "\(synth.stderr)")
        try extra(input)
        let outcome = try TestSupport.gaitpipe(["run", "Pipelines/season.yaml", "--input", input, "--out", out,
                                                "--capture", capture, "--capture-limit", "10"])
        var seasons: [String: AthleteSeason] = [:]
        let folder = capture + "/injury-scoring"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".in.pb") {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            let season = try AthleteSeason(decoding: bytes)
            seasons[season.athlete] = season
        }
        let summary = (try? String(contentsOfFile: out + "/summary.json", encoding: .utf8)) ?? ""
        return (seasons, outcome, summary)
    }

    @Test func synthesizedKinematicsReachInjuryScoring() throws {
        let (seasons, outcome, _) = try Self.seasons(kinematics: true)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(seasons.keys.sorted() == ["ana-ramp", "ben-steady", "cleo-hills"])
        // ana-ramp: two treadmill CSVs (one with event columns, one detected), right leg ITBS-like.
        let ana = try #require(seasons["ana-ramp"])
        #expect(ana.kinematics.map(\.source) == ["kinematics/2026-03-18-treadmill.csv", "kinematics/2026-03-25-treadmill.csv"])
        #expect(ana.kinematics.map { $0.day.map(CalendarDay.date) } == ["2026-03-18", "2026-03-25"])
        for session in ana.kinematics {
            let left = try #require(session.left), right = try #require(session.right)
            #expect(left.strides >= 5 && right.strides >= 5)
            // Written as 14° vs 9° peak adduction and 11° vs 19° knee flexion at contact.
            #expect(right.peakHipAdduction.mean - left.peakHipAdduction.mean > 3)
            #expect(left.kneeFlexionAtContact.mean - right.kneeFlexionAtContact.mean > 4)
            #expect(try #require(right.peakKneeInternalRotation).mean > (try #require(left.peakKneeInternalRotation)).mean)
            #expect(right.pelvicDropAtMidstance != nil)
            #expect(session.athlete == "ana-ramp")
        }
        // cleo-hills: one OpenSim .mot.
        #expect(seasons["cleo-hills"]?.kinematics.map(\.source) == ["kinematics/2026-03-18-treadmill.mot"])
        #expect(seasons["ben-steady"]?.kinematics.count == 1)
        #expect(ana.runs.isEmpty == false)
    }

    @Test func withoutKinematicsFilesTheSeasonCarriesNone() throws {
        let (seasons, outcome, _) = try Self.seasons(kinematics: false)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(seasons.count == 3)
        #expect(seasons.values.allSatisfy { $0.kinematics.isEmpty && !$0.runs.isEmpty })
    }

    /// An unknown layout is skipped and listed with the columns found and the names expected; a
    /// file of another kind in kinematics/ is listed too; the run goes on (exit 0).
    @Test func badKinematicsFilesAreSkippedAndListed() throws {
        let (seasons, outcome, summary) = try Self.seasons(kinematics: true) { input in
            try "time,RHipAngles_Y,foo\n0,1,2\n".write(toFile: input + "/ben-steady/kinematics/2026-04-01-vicon.csv",
                                                        atomically: true, encoding: .utf8)
            try "notes".write(toFile: input + "/ben-steady/kinematics/readme.txt", atomically: true, encoding: .utf8)
        }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any]
        let skipped = (document?["skipped"] as? [[String: String]] ?? []).map { ($0["path"] ?? "", $0["stage"] ?? "", $0["reason"] ?? "") }
        #expect(skipped.contains { $0.0 == "ben-steady/kinematics/2026-04-01-vicon.csv" && $0.1 == "gait-metrics"
            && $0.2.contains("columns found: time, RHipAngles_Y, foo; expected names: time, hip_adduction_l") })
        #expect(skipped.contains { $0.0 == "ben-steady/kinematics/readme.txt" && $0.1 == "runner" })
        let ben = try #require(seasons["ben-steady"])
        #expect(ben.kinematics.count == 1)
        #expect(ben.skipped.contains { $0.path == "ben-steady/kinematics/2026-04-01-vicon.csv" && $0.stage == "gait-metrics" })
    }
}
