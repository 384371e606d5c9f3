import Foundation
import GaitWire
import PipelineRunner
import Testing

/// Reruns recompute only what changed: stage outputs are cached under chained keys (what a task
/// carries, or the key of the task that made it), the stage executable's digest, the params and the
/// protocol version.
@Suite(.serialized) struct ResumeTests {
    static let pipeline = TestSupport.packageRoot + "/Pipelines/season.yaml"

    struct StageCounts: Equatable, CustomStringConvertible {
        var computed: Int
        var cached: Int
        var pids: Int
        var description: String { "computed \(computed), cached \(cached), \(pids) processes" }
    }

    static func counts(_ out: String) throws -> [String: StageCounts] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json")))
        var result: [String: StageCounts] = [:]
        for s in ((json as? [String: Any])?["stages"] as? [[String: Any]]) ?? [] {
            result[s["name"] as? String ?? ""] = StageCounts(computed: s["items"] as? Int ?? -1, cached: s["cached"] as? Int ?? -1,
                                                              pids: (s["pids"] as? [Any])?.count ?? -1)
        }
        return result
    }

    static func run(_ season: String, _ out: String, cache: String) throws -> TestSupport.Outcome {
        try TestSupport.gaitpipe(["run", pipeline, "--input", season, "--out", out, "--cache-dir", cache])
    }

    @Test func addingOneRunRecomputesOnlyThatRunAndItsAthlete() throws {
        let dir = TestSupport.temporaryDirectory("resume")
        let season = dir + "/season", cache = dir + "/cache"
        try #require(try TestSupport.gaitpipe(["synth", "--out", season, "--athletes", "4", "--seed", "9"]).status == 0)
        let runs = try FileManager.default.subpathsOfDirectory(atPath: season).filter { $0.hasSuffix(".fit") }
        try #require(runs.count >= 300, "a 300-run season (got \(runs.count))")
        let athletes = try FileManager.default.contentsOfDirectory(atPath: season).sorted()

        let first = try Self.run(season, dir + "/out1", cache: cache)
        try #require(first.status == 0, "\(first.stderr)")
        let firstCounts = try Self.counts(dir + "/out1")
        #expect(firstCounts["activity-import"]?.computed == runs.count && firstCounts["activity-import"]?.cached == 0)

        // A fully cached rerun starts no stage process and writes the same reports.
        #expect(try Self.run(season, dir + "/out2", cache: cache).status == 0)
        for (stage, c) in try Self.counts(dir + "/out2") {
            #expect(c.computed == 0 && c.pids == 0, "\(stage): \(c)")
        }
        for f in ["runs.csv", "weeks.csv", "index.html"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/out1/\(f)") == FileManager.default.contents(atPath: "\(dir)/out2/\(f)"), "\(f)")
        }

        // This week's run arrives for one athlete: only its import and gait metrics, and that
        // athlete's scoring and report (and the clinic index), are computed.
        let athlete = athletes[0]

        let other = try #require(try FileManager.default.contentsOfDirectory(atPath: "\(season)/\(athletes[1])")
            .filter { $0.hasSuffix(".fit") }.sorted().last)

        try FileManager.default.copyItem(atPath: "\(season)/\(athletes[1])/\(other)", toPath: "\(season)/\(athlete)/9999-new-run.fit")
        #expect(try Self.run(season, dir + "/out3", cache: cache).status == 0)
        let after = try Self.counts(dir + "/out3")
        #expect(after["activity-import"] == StageCounts(computed: 1, cached: runs.count, pids: 2),
                "\(after): one computed item, the two replicas of Pipelines/season.yaml, no respawns")
        // gait-metrics has an item per activity: a brick file (ride + run) is two.
        let activities = runs.count + runs.filter { $0.hasSuffix("-brick.fit") }.count
        #expect(after["gait-metrics"]?.computed == 1 && after["gait-metrics"]?.cached == activities)
        #expect(after["injury-scoring"]?.computed == 1 && after["injury-scoring"]?.cached == athletes.count - 1)
        // load-report: that athlete's report, and the season-wide task (its input holds every
        // athlete's index entry, one of which changed).
        #expect(after["load-report"]?.computed == 2 && after["load-report"]?.cached == athletes.count - 1, "\(after)")

        // A truncated pack (gait-metrics' answers of the first run) is detected entry by entry and
        // those answers are recomputed, with the same result.
        let packs = try FileManager.default.contentsOfDirectory(atPath: cache + "/results/gait-metrics").filter { $0.hasSuffix(".pack") }
        let victim = try #require(packs.sorted().first)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: "\(cache)/results/gait-metrics/\(victim)"))
        try handle.truncate(atOffset: 70)
        try handle.close()
        #expect(try Self.run(season, dir + "/out4", cache: cache).status == 0)
        let repaired = try Self.counts(dir + "/out4")
        #expect(repaired.values.reduce(0) { $0 + $1.computed } >= 1, "the corrupt entry was recomputed: \(repaired)")
        for f in ["runs.csv", "weeks.csv"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/out3/\(f)") == FileManager.default.contents(atPath: "\(dir)/out4/\(f)"))
        }
    }

    @Test func anInterruptedRunResumesWithoutRedoingFinishedItems() throws {
        let dir = TestSupport.temporaryDirectory("resume-sigint")
        let cache = dir + "/cache"
        // Let some items finish, then Ctrl-C: at least 10 answers whose outputs the cache kept
        // (an import's answer alone is not kept: its gait metrics are).
        let (running, kept) = try Self.signalAfterKeptAnswers(SIGINT, out: dir + "/out1", cache: cache)
        #expect(running.process.terminationStatus == 130)

        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", TestSupport.sampleSeason, "--out", dir + "/out2",
                                          "--cache-dir", cache]).status == 0)
        let counts = try Self.counts(dir + "/out2")
        let cached = counts.values.reduce(0) { $0 + $1.cached }
        // Each kept answer is one cached item, and the import answer before it another.
        #expect(kept >= 10 && cached >= kept, "finished items are not redone: \(kept) kept answers, \(counts)")
    }

    /// kill -9 of the runner mid-run (its stages go with it), then a rerun with the same cache: the
    /// outputs are byte-identical to a run without the cache (issue 19).
    @Test func aKilledRunLeavesACacheThatGivesTheSameOutputs() throws {
        let dir = TestSupport.temporaryDirectory("resume-kill")
        let cache = dir + "/cache"
        let (running, _) = try Self.signalAfterKeptAnswers(SIGKILL, out: dir + "/out1", cache: cache)
        #expect(running.process.terminationReason == .uncaughtSignal, "killed, not finished")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out1/summary.json"), "killed mid-run")
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", TestSupport.sampleSeason, "--out", dir + "/out2",
                                          "--cache-dir", cache]).status == 0)
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", TestSupport.sampleSeason, "--out", dir + "/fresh",
                                          "--no-cache"]).status == 0)
        for f in ["runs.csv", "weeks.csv", "index.html", "ana-ramp/report.json"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/out2/\(f)") == FileManager.default.contents(atPath: "\(dir)/fresh/\(f)"), "\(f)")
        }
    }

    /// Two runs sharing one cache folder at once: both finish, and a third run answered wholly from
    /// that cache gives the outputs of a run without it.
    @Test func twoRunsShareOneCacheFolder() throws {
        let dir = TestSupport.temporaryDirectory("resume-shared")
        let cache = dir + "/cache"
        let input = try TestSupport.smallInput(files: 8)
        let runs = try ["a", "b"].map { try TestSupport.start(["run", Self.pipeline, "--input", input, "--out", "\(dir)/\($0)",
                                                                 "--cache-dir", cache]) }
        for r in runs { r.process.waitUntilExit() }
        #expect(runs.allSatisfy { $0.process.terminationStatus == 0 }, "\(runs.map { $0.outcome().stderr })")
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", dir + "/c", "--cache-dir", cache]).status == 0)
        let third = try Self.counts(dir + "/c")
        #expect(third.values.allSatisfy { $0.computed == 0 }, "\(third)")
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", dir + "/fresh", "--no-cache"]).status == 0)
        for f in ["runs.csv", "weeks.csv", "index.html"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/c/\(f)") == FileManager.default.contents(atPath: "\(dir)/fresh/\(f)"), "\(f)")
        }
    }

    /// Result cache entries that kept their outputs (`RecordedResult.outputsKept`).
    /// Runs the sample season with `cache`, sends `signal` once the cache holds 10 kept answers
    /// (or after 60 s), and waits for the runner to end; the answers counted when it was sent.
    static func signalAfterKeptAnswers(_ signal: Int32, out: String, cache: String) throws -> (TestSupport.Running, kept: Int) {
        let running = try TestSupport.start(["run", pipeline, "--input", TestSupport.sampleSeason, "--out", out, "--cache-dir", cache])
        let deadline = Date().addingTimeInterval(60)
        var kept = 0
        while Date() < deadline && kept < 10 {
            kept = keptEntries(cache)
            usleep(20_000)
        }
        kill(running.process.processIdentifier, signal)
        running.process.waitUntilExit()
        return (running, kept)
    }

    static func keptEntries(_ cache: String) -> Int {
        let stages = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/results")) ?? []
        return stages.flatMap { CacheFolder(cache).answers(stage: $0) }.filter { entry in
            guard let entry else { return false }
            return entry.outputsKept && !entry.outputTypes.isEmpty
        }.count
    }
}
