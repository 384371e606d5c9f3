import Foundation
import Testing

/// report.json of the sample season against a reviewed snapshot (Tests/Snapshots/sample-season),
/// and the storylines the season was written to tell (README "The sample season"), asserted on
/// the levels and rules themselves so a snapshot re-recorded in a hurry cannot hide a lost story.
///
/// Re-record after reviewing a deliberate change: `GAITPIPE_RECORD_SNAPSHOTS=1 swift test --filter
/// ReportSnapshotTests` (also re-records the browser test's page counts when that suite runs).
@Suite(.serialized) struct ReportSnapshotTests {
    static let snapshots = TestSupport.packageRoot + "/Tests/Snapshots/sample-season"

    @Test(arguments: SampleSeasonReports.athletes)
    func reportJSONMatchesTheReviewedSnapshot(athlete: String) throws {
        let produced = "\(try SampleSeasonReports.output())/\(athlete)/report.json"
        let got = try String(contentsOfFile: produced, encoding: .utf8)
        let path = "\(Self.snapshots)/\(athlete).report.json"
        if SampleSeasonReports.recording {
            try got.write(toFile: path, atomically: true, encoding: .utf8)
            // Recording never passes: a run with the variable set must not look like a green one.
            Issue.record("\(athlete)/report.json re-recorded: review `git diff \(path)`, then run without GAITPIPE_RECORD_SNAPSHOTS")
            return
        }
        let want = try String(contentsOfFile: path, encoding: .utf8)
        guard got != want else { return }
        let a = got.split(separator: "\n", omittingEmptySubsequences: false)
        let b = want.split(separator: "\n", omittingEmptySubsequences: false)
        let line = a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? a.count
        Issue.record("""
            \(athlete)/report.json differs from its snapshot at line \(line + 1):
              snapshot: \(line < b.count ? String(b[line]) : "<end>")
              produced: \(line < a.count ? String(a[line]) : "<end>")
            Review with `diff \(path) \(produced)`; if the change is intended, re-record with GAITPIPE_RECORD_SNAPSHOTS=1.
            """)
    }

    /// ISO weeks of an athlete keyed by week, and the weeks in which `rule` fired.
    static func weeks(_ report: [String: Any]) throws -> [(week: String, scores: [String: [String: Any]])] {
        let weeks = try #require(report["weeks"] as? [[String: Any]])
        return try weeks.map { w in (try #require(w["week"] as? String), try #require(w["scores"] as? [String: [String: Any]])) }
    }

    static func firingWeeks(_ report: [String: Any], rule: String) throws -> Set<String> {
        let fired = try #require(report["fired_rules"] as? [[String: Any]])
        let weeksByStart = try #require(report["weeks"] as? [[String: Any]]).compactMap { w -> (String, String)? in
            guard let start = w["week_start"] as? String, let week = w["week"] as? String else { return nil }
            return (start, week)
        }
        return Set(fired.filter { $0["id"] as? String == rule }.compactMap { f -> String? in
            guard let date = f["date"] as? String else { return nil }
            return weeksByStart.last { $0.0 <= date }?.1
        })
    }

    static let order = ["none", "low", "moderate", "high"]
    /// A level's rank; a missing or unknown level is recorded as an issue (a renamed key must not
    /// read as "below none" and pass every "at most low" check).
    static func rank(_ level: Any?, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        guard let name = level as? String, let rank = order.firstIndex(of: name) else {
            Issue.record("not a level: \(String(describing: level))", sourceLocation: sourceLocation)
            return -1
        }
        return rank
    }

    @Test func anaRampIsConsistentWithITBSInHerSessionSpikeWeeks() throws {
        let report = try SampleSeasonReports.report("ana-ramp")
        let spikeWeeks = try Self.firingWeeks(report, rule: "L1")
        #expect(!spikeWeeks.isEmpty, "the 40 % ramp has L1 session spikes")
        for (week, scores) in try Self.weeks(report) where spikeWeeks.contains(week) {
            let itbs = try #require(scores["itbs"])
            #expect(Self.rank(itbs["level"]) >= Self.rank("moderate"), "ana-ramp \(week): ITBS \(itbs["level"] ?? "")")
            #expect((itbs["rules"] as? [String])?.contains("L1") == true, "ana-ramp \(week): ITBS counts the spike")
        }
        // Low cadence with long strides: G1 is counted for patellofemoral pain in every week.
        let pfpRules = try Self.weeks(report).compactMap { $0.scores["pfp"]?["rules"] as? [String] }
        #expect(pfpRules.allSatisfy { $0.contains("G1") }, "ana-ramp: G1 (low cadence at matched speed) every week")
        // Her lateral pain decides: the report leads with ITBS.
        let current = try #require(report["current"] as? [String: Any])
        #expect((current["order"] as? [String])?.first == "itbs")
        #expect((current["site_summary"] as? String)?.contains("points to iliotibial band syndrome") == true)
    }

    @Test func cleoHillsIsConsistentWithPatellarTendinopathy() throws {
        let report = try SampleSeasonReports.report("cleo-hills")
        let levels = try Self.weeks(report).map { Self.rank($0.scores["patellar_tendinopathy"]?["level"]) }
        #expect((levels.max() ?? -1) >= Self.rank("moderate"))
        let rules = Set(try Self.weeks(report).flatMap { $0.scores["patellar_tendinopathy"]?["rules"] as? [String] ?? [] })
        #expect(rules.contains("D2"), "the hill-sprint and plyometric block (D2)")
        let current = try #require((report["current"] as? [String: Any])?["patellar_tendinopathy"] as? [String: Any])
        #expect((current["rules"] as? [String])?.contains("S1") == true, "inferior-pole pain rising each morning (S1)")
        #expect(Self.rank(current["level"]) >= Self.rank("moderate"), "S1 sets the level to at least moderate")
        #expect(((report["current"] as? [String: Any])?["order"] as? [String])?.first == "patellar_tendinopathy")
    }

    @Test func benSteadyStaysAtNoneOrLow() throws {
        let report = try SampleSeasonReports.report("ben-steady")
        let weeks = try Self.weeks(report)
        #expect(weeks.count >= 16)
        for (week, scores) in weeks {
            for (p, s) in scores {
                #expect(Self.rank(s["level"]) <= Self.rank("low"), "ben-steady (control) \(week): \(p) is \(s["level"] ?? "")")
            }
        }
    }

    @Test(arguments: SampleSeasonReports.athletes)
    func theCurrentLevelIsTheLastWeeks(athlete: String) throws {
        let report = try SampleSeasonReports.report(athlete)
        #expect(report["schema"] as? String == "gaitpipe.report/3")
        let last = try #require(try Self.weeks(report).last)
        let current = try #require(report["current"] as? [String: Any])
        for p in ["pfp", "itbs", "patellar_tendinopathy"] {
            #expect((current[p] as? [String: Any])?["level"] as? String == last.scores[p]?["level"] as? String, "\(athlete) \(p)")
        }
        // The report leads with the site: the presentation the data points to first, first.
        #expect(current["site_summary"] as? String != nil)
        #expect((current["order"] as? [String])?.count == 3)
    }
}
