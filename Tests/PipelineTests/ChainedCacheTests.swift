import Foundation
import GaitWire
import PipelineRunner
import Glibc
import Testing

/// The result cache keys a stage's output by the key of the task that made it (issue 19): an
/// Activity, which only gait-metrics reads, is not kept — gait-metrics' cached answer stands in for
/// it — and a change downstream recomputes it, with the same outputs as a run without the cache.
@Suite(.serialized) struct ChainedCacheTests {
    static let pipeline = TestSupport.packageRoot + "/Pipelines/season.yaml"

    /// Every result cache entry, decoded.
    static func entries(_ cache: String) throws -> [RecordedResult] {
        try FileManager.default.contentsOfDirectory(atPath: cache + "/results").flatMap { stage in
            try CacheFolder(cache).answers(stage: stage).map { try #require($0, "an entry of \(stage) fails its checksum") }
        }
    }

    static func counts(_ out: String) throws -> [String: (items: Int, cached: Int)] {
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any])
        var result: [String: (Int, Int)] = [:]
        for s in summary["stages"] as? [[String: Any]] ?? [] {
            result[s["name"] as? String ?? ""] = (s["items"] as? Int ?? -1, s["cached"] as? Int ?? -1)
        }
        return result
    }

    @Test func activitiesAreNotKeptAndAChangeDownstreamRecomputesThem() throws {
        let dir = TestSupport.temporaryDirectory("chained")
        let input = try TestSupport.smallInput(files: 4)
        let cache = dir + "/cache"
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", dir + "/o1", "--cache-dir", cache]).status == 0)
        let stored = try Self.entries(cache)
        let imports = stored.filter { $0.outputTypes == ["Activity"] }
        #expect(imports.count == 4 && imports.allSatisfy { !$0.outputsKept && $0.outputs.isEmpty }, "Activities are not kept")
        let metrics = stored.filter { $0.outputTypes == ["RunMetrics"] }
        #expect(metrics.count == 4 && metrics.allSatisfy { $0.outputsKept && $0.outputs.count == 1 }, "RunMetrics feed the group: kept")

        // A gait-metrics param changes: every import runs again (its output was not kept) and the
        // outputs equal those of a run without the cache.
        let changed = dir + "/changed.yaml"
        try (try String(contentsOfFile: Self.pipeline, encoding: .utf8))
            .replacingOccurrences(of: "    run: gait-metrics\n", with: "    run: gait-metrics\n    params:\n      moving_speed_mps: 1.4\n")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        let plan = try TestSupport.gaitpipe(["plan", changed, "--input", input, "--cache-dir", cache])
        #expect(plan.stdout.contains("will run: its outputs were not kept, and gait-metrics will run (params changed)"), "\(plan.stdout)")
        #expect(try TestSupport.gaitpipe(["run", changed, "--input", input, "--out", dir + "/o2", "--cache-dir", cache]).status == 0)
        let after = try Self.counts(dir + "/o2")
        #expect(after["activity-import"]?.items == 4 && after["gait-metrics"]?.items == 4, "\(after)")
        #expect(try TestSupport.gaitpipe(["run", changed, "--input", input, "--out", dir + "/o3", "--no-cache"]).status == 0)
        for f in ["runs.csv", "weeks.csv"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/o2/\(f)") == FileManager.default.contents(atPath: "\(dir)/o3/\(f)"), "\(f)")
        }
        // Unchanged again: everything answered from the cache, no stage process started.
        #expect(try TestSupport.gaitpipe(["run", changed, "--input", input, "--out", dir + "/o4", "--cache-dir", cache]).status == 0)
        let rerun = try Self.counts(dir + "/o4")
        #expect(rerun.values.allSatisfy { $0.items == 0 }, "\(rerun)")
    }

    /// The same file in two athletes' folders: two answers, not one shared.
    @Test func identicalFilesOfTwoAthletesDoNotShareAnAnswer() throws {
        let dir = TestSupport.temporaryDirectory("chained-twins")
        let root = dir + "/in"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try TestSupport.smallInput(files: 1), toPath: root + "/ana")
        try FileManager.default.copyItem(atPath: root + "/ana", toPath: root + "/bo")
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", root, "--out", dir + "/o1", "--cache-dir", dir + "/cache"]).status == 0)
        let counts = try Self.counts(dir + "/o1")
        #expect(counts["activity-import"]?.items == 2 && counts["gait-metrics"]?.items == 2, "\(counts)")
        let runs = try String(contentsOfFile: dir + "/o1/runs.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(runs.map { $0.prefix(3) }.sorted() == ["ana", "bo,"], "\(runs)")
    }

    /// `cache: false` for a stage: its answers are neither looked up nor stored.
    @Test func cacheFalseRunsTheStageEveryTime() throws {
        let dir = TestSupport.temporaryDirectory("chained-off")
        let input = try TestSupport.smallInput(files: 2)
        let off = dir + "/off.yaml"
        try (try String(contentsOfFile: Self.pipeline, encoding: .utf8))
            .replacingOccurrences(of: "    run: load-report\n", with: "    run: load-report\n    cache: false\n")
            .write(toFile: off, atomically: true, encoding: .utf8)
        for out in ["o1", "o2"] {
            #expect(try TestSupport.gaitpipe(["run", off, "--input", input, "--out", "\(dir)/\(out)", "--cache-dir", dir + "/cache"]).status == 0)
        }
        let second = try Self.counts(dir + "/o2")
        #expect(second["load-report"]?.items == 2 && second["load-report"]?.cached == 0, "\(second)")
        #expect(second["injury-scoring"]?.cached == 1, "\(second)")
        #expect(try Self.entries(dir + "/cache").allSatisfy { $0.outputTypes != ["ReportBundle"] }, "load-report stored nothing")
        let bad = dir + "/bad.yaml"
        try (try String(contentsOfFile: off, encoding: .utf8)).replacingOccurrences(of: "cache: false", with: "cache: sometimes")
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try TestSupport.gaitpipe(["validate", bad])
        #expect(r.status == 2 && r.stderr.contains("cache must be true or false"), "\(r.stderr)")
    }

    /// Input digests are remembered by device, inode, size and mtime: a changed file is hashed and
    /// run again; a file changed behind the cache's back (same size, mtime put back) is only seen
    /// with --deep-hash.
    @Test func inputDigestsAreRememberedAndDeepHashRehashes() throws {
        let dir = TestSupport.temporaryDirectory("chained-digests")
        let input = try TestSupport.smallInput(files: 3)
        let cache = dir + "/cache"
        func run(_ out: String, _ extra: [String] = []) throws -> [String: (items: Int, cached: Int)] {
            let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", "\(dir)/\(out)", "--cache-dir", cache] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return try Self.counts("\(dir)/\(out)")
        }
        // The file whose content changes behind the cache's back keeps one modification time.
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".fit") }.sorted().first)
        let path = input + "/" + file
        let fixedTime: [FileAttributeKey: Any] = [.modificationDate: Date(timeIntervalSince1970: 1_780_000_000)]
        try FileManager.default.setAttributes(fixedTime, ofItemAtPath: path)
        _ = try run("o1")
        let table = try String(contentsOfFile: cache + "/inputs.tsv", encoding: .utf8).split(separator: "\n")
        #expect(table.filter { $0.hasPrefix(input + "/") }.count == 3 && table.allSatisfy { $0.split(separator: "\t").count == 6 },
                "\(table)")
        // The stage executables' digests are remembered the same way.
        #expect(table.filter { $0.hasPrefix(TestSupport.productsDirectory + "/") }.count == 4, "\(table)")
        #expect(table.count == 3 + 4)

        // One byte of a record changed, size and mtime put back: the remembered digest still stands.
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes(fixedTime, ofItemAtPath: path)
        #expect(try run("o2")["activity-import"]?.items == 0, "trusted by inode, size and mtime")
        #expect(try run("o3", ["--deep-hash"])["activity-import"]?.items == 1, "--deep-hash reads every file")
        // An ordinary change (a new mtime) is seen without --deep-hash; back to the original bytes,
        // the first run's answer is found again.
        bytes[bytes.count / 3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try run("o4")["activity-import"]?.items == 1)
        bytes[bytes.count / 3] ^= 0x01
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try run("o5")["activity-import"]?.items == 0)
    }

    /// The cache is bounded: past `--cache-max-size` the least recently used entries go at the end
    /// of a run; `cache info` gives the size per stage; a run after eviction gives the same outputs.
    @Test func theCacheStaysWithinItsBound() throws {
        let dir = TestSupport.temporaryDirectory("chained-bound")
        let input = try TestSupport.smallInput(files: 4)
        let cache = dir + "/cache"
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", dir + "/o1", "--cache-dir", cache]).status == 0)
        let info = try TestSupport.gaitpipe(["cache", "info", "--cache-dir", cache])
        for stage in ["activity-import: 4 entries", "gait-metrics: 4 entries", "injury-scoring: 1 entries", "load-report: 2 entries"] {
            #expect(info.stdout.contains("  \(stage), "), "\(info.stdout)")
        }
        let full = CacheFolder(cache).statistics().bytes
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", dir + "/o2", "--cache-dir", cache,
                                          "--cache-max-size", "\(full / 2)"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("least recently used entries"), "\(r.stderr)")
        #expect(CacheFolder(cache).statistics().bytes <= full / 2)
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", dir + "/o3", "--cache-dir", cache]).status == 0)
        for f in ["runs.csv", "weeks.csv", "index.html"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/o1/\(f)") == FileManager.default.contents(atPath: "\(dir)/o3/\(f)"), "\(f)")
        }
        let bad = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", dir + "/o4", "--cache-max-size", "lots"])
        #expect(bad.status == 2 && bad.stderr.contains("expected a size such as 500M"), "\(bad.stderr)")
    }

    /// Another run sharing the cache folder is still appending to its packs: neither the size bound
    /// nor `cache prune` removes them, however old they look; a finished run's packs go.
    @Test func packsOfARunStillWritingAreNotEvicted() throws {
        let dir = TestSupport.temporaryDirectory("evict-live")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let stage = dir + "/results/gait-metrics"
        try FileManager.default.createDirectory(atPath: stage, withIntermediateDirectories: true)
        let alive = Process()
        alive.executableURL = URL(fileURLWithPath: "/bin/sleep")
        alive.arguments = ["60"]
        try alive.run()
        defer { kill(alive.processIdentifier, SIGKILL); alive.waitUntilExit() }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        // The live run's pack was last written an hour ago, the finished run's a month ago; a live
        // pid on a pack untouched for more than a day is a pid reused by another process.
        for (run, pid, old) in [("0001700000000000000", alive.processIdentifier, Date(timeIntervalSinceNow: -3_600)),
                                ("0001700000000000001", finished.processIdentifier, Date(timeIntervalSinceNow: -30 * 86_400)),
                                ("0001700000000000002", alive.processIdentifier, Date(timeIntervalSinceNow: -2 * 86_400))] {
            for (ext, body) in [("pack", String(repeating: "x", count: 1000)), ("idx", "\(String(repeating: "a", count: 64)) 0 1000\n")] {
                let path = "\(stage)/\(run)-\(pid).\(ext)"
                try body.write(toFile: path, atomically: false, encoding: .utf8)
                try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
            }
        }
        #expect(CacheFolder(dir).evict(toFit: 0).entries == 2)
        #expect(CacheFolder(dir).prune(olderThanDays: 0).entries == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: stage).sorted()
                == ["0001700000000000000-\(alive.processIdentifier).idx", "0001700000000000000-\(alive.processIdentifier).pack"])
        kill(alive.processIdentifier, SIGKILL)
        alive.waitUntilExit()
        #expect(CacheFolder(dir).prune(olderThanDays: nil).entries == 1)
    }

    /// run-filter, a script, with its --describe saying `"cacheable": false`, nothing, or `true`:
    /// without a yes a script runs every time (its digest does not cover the Python it runs), the
    /// import before it keeps its Activities for it, and the stages after it are still cached.
    @Test(.enabled(if: PythonStageTests.venvReady || ProcessInfo.processInfo.environment["CI"] == "true",
                   "needs `make venv` (make test runs it)"),
          arguments: [("False", false), ("None", false), ("True", true)])
    func aScriptStageIsCachedOnlyWhenItSaysSo(cacheable: String, cached: Bool) throws {
        let dir = TestSupport.temporaryDirectory("chained-script")
        let root = TestSupport.packageRoot
        try """
            import sys
            sys.path.insert(0, "\(root)/Plugins/run-filter")
            import run_filter as rf
            if \(cacheable) is not None:
                rf.DESCRIPTION["cacheable"] = \(cacheable)
            sys.exit(rf.main(sys.argv[1:]))
            """.write(toFile: dir + "/filter.py", atomically: true, encoding: .utf8)
        try """
            #!/bin/sh
            PYTHONPATH="\(root)/.venv/generated" exec "\(root)/.venv/bin/python3" "\(dir)/filter.py" "$@"
            """.write(toFile: dir + "/run-filter", atomically: true, encoding: .utf8)
        chmod(dir + "/run-filter", 0o755)
        let pipeline = dir + "/filtered.yaml"
        try (try String(contentsOfFile: root + "/Pipelines/filtered.yaml", encoding: .utf8))
            .replacingOccurrences(of: "run: ../Plugins/run-filter/run-filter", with: "run: \(dir)/run-filter")
            .write(toFile: pipeline, atomically: true, encoding: .utf8)
        let input = try TestSupport.smallInput(files: 3)
        for out in ["o1", "o2"] {
            let r = try TestSupport.gaitpipe(["run", pipeline, "--input", input, "--out", "\(dir)/\(out)", "--cache-dir", dir + "/cache"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let second = try Self.counts(dir + "/o2")
        #expect(second["run-filter"]?.items == (cached ? 0 : 3), "\(second)")
        #expect(second["activity-import"]?.items == 0 && second["gait-metrics"]?.items == 0, "\(second)")
        let plan = try TestSupport.gaitpipe(["plan", pipeline, "--input", input, "--cache-dir", dir + "/cache"])
        let why = cacheable == "None" ? "will run: a script stage is not cached unless its --describe says \"cacheable\": true"
            : "will run: the stage says it is not cacheable"
        #expect(cached || plan.stdout.contains(why), "\(plan.stdout)")
        try (try String(contentsOfFile: pipeline, encoding: .utf8))
            .replacingOccurrences(of: "    params:\n      min_minutes: 20\n", with: "    cache: true\n    params:\n      min_minutes: 20\n")
            .write(toFile: dir + "/forced.yaml", atomically: true, encoding: .utf8)
        let r = try TestSupport.gaitpipe(["validate", dir + "/forced.yaml", "--no-cache"])
        if cacheable == "False" {
            #expect(r.status == 2 && r.stderr.contains("says it is not cacheable"), "\(r.stderr)")
        } else {
            #expect(r.status == 0, "\(r.stderr)")
        }
    }
}
