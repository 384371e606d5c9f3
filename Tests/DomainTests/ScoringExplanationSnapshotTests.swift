import Foundation
import GaitModel
import InjuryScoring
import Testing

/// The explanation a reader gets for one fixed scenario, as a reviewed snapshot
/// (Tests/Snapshots/scoring-explanation.txt; rerecord with GAITPIPE_RECORD_SNAPSHOTS=1 and review
/// the diff), with semantic assertions beside it so a wording change cannot hide a scoring change.
@Suite struct ScoringExplanationSnapshotTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots/scoring-explanation.txt").path

    /// Four weeks of 4 × 8 km, then a week with a 17 km long run on a 150 m descent; lateral knee pain
    /// at a predictable distance in the diary.
    static func scenario() -> Assessment {
        let monday = Fixtures.monday
        var runs: [RunMetrics] = []
        for w in 0..<5 {
            for d in [0, 2, 4] {
                var r = Fixtures.run("w\(w)-d\(d).fit", day: monday + Int64(7 * w + d), km: 8)
                r.descentM = 40
                r.ascentM = 40
                r.longestDescentM = 20
                runs.append(r)
            }
        }
        var long = Fixtures.run("long.fit", day: monday + 33, km: 17)
        long.descentM = 150
        long.ascentM = 40
        long.longestDescentM = 150
        runs.append(long)
        let diary = "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n"
            + "\(CalendarDay.date(monday + 33)),right,lateral,6,3,0,predictable_distance;eases_walking;downhill\n"
        return SeasonScorerSpecs.assess(AthleteSeason(athlete: "ana", runs: runs, symptomsCSV: Array(diary.utf8)))
    }

    static func explanation(_ a: Assessment) -> String {
        var lines: [String] = ["as of \(a.asOf); loads in \(a.loadUnit)"]
        for s in a.latest {
            lines.append("")
            lines.append("\(s.presentation.title): \(s.level.rawValue) (\(s.points) points)")
            lines.append("  \(s.headline)")
            lines += s.reasons.map { "  because \($0)" }
            lines += s.advice.map { "  do: \($0)" }
            lines += s.avoid.map { "  don't: \($0)" }
        }
        lines.append("")
        lines += a.firedRules.map { r in
            "\(r.date) \(r.id) \(r.band) value \(String(format: "%.3f", r.value)) threshold \(String(format: "%.3f", r.threshold)) "
                + "baseline \(String(format: "%.3f", r.baseline)) \(r.unit) — \(r.source) (\(r.design))"
        }
        lines.append("")
        lines += a.notes
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func explanationSnapshot() throws {
        let a = Self.scenario()
        // Semantic assertions first: which rules and levels the text explains.
        let latest = try #require(a.weeks.last)
        // PFP: D1 (+1) and the load line "L1 ≥ moderate or L2 > 30%" (+1, once for both) = 2, capped at
        // low: pain was reported at the lateral knee only (S2).
        #expect(latest.score(.pfp)?.rules == ["D1", "L1", "L2"])
        #expect(latest.score(.pfp)?.points == 2)
        #expect(latest.score(.pfp)?.capped == true)
        // ITBS: D1 +1, L1 ≥ small +1, S2 6/10 ≥ 3 +2, S3 (predictable distance, eases walking,
        // downhill) +1 = 5 → high.
        #expect(latest.score(.itbs)?.rules == ["D1", "L1", "S2", "S3"])
        #expect(latest.score(.itbs)?.points == 5)
        #expect(latest.score(.itbs)?.level == .high)
        // Patellar tendinopathy: the load line (+1) and the ascent spike (+1); no D2 data; capped.
        #expect(latest.score(.patellarTendinopathy)?.rules == ["ASC", "L1", "L2"])
        #expect(latest.rule("D2")?.status == .insufficientData)
        #expect(a.latest.map(\.level) == [.low, .high, .low])
        #expect(a.latest.allSatisfy { $0.reasons.allSatisfy { !$0.isEmpty } && !$0.advice.isEmpty && !$0.avoid.isEmpty })
        let text = Self.explanation(a)
        #expect(text.contains("Pattern consistent with iliotibial band syndrome: high (5 points)"))
        #expect(!text.contains("risk of"))
        if ProcessInfo.processInfo.environment["GAITPIPE_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(atPath: (Self.snapshot as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: Self.snapshot, atomically: true, encoding: .utf8)
            Issue.record("scoring-explanation.txt re-recorded: review the diff, then run without GAITPIPE_RECORD_SNAPSHOTS")
        }
        let expected = try String(contentsOfFile: Self.snapshot, encoding: .utf8)
        #expect(text == expected, "explanation changed: rerun with GAITPIPE_RECORD_SNAPSHOTS=1 and review the diff")
    }
}
