import Foundation
import Testing

/// What a change to the input or the pipeline recomputes (issue 19): each change invalidates exactly
/// what depends on it, read from summary.json's per-stage counts of computed items.
@Suite(.serialized) struct CacheInvalidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Changes the season copy in the folder given (and may write a pipeline file there).
        var change: @Sendable (String) throws -> Void
        /// Computed items per stage: activity-import, gait-metrics, injury-scoring; load-report
        /// computes the scored athletes' reports, plus the clinic index when an index line changed.
        var computed: [Int]
        var testDescription: String { name }
    }

    static let pipeline = TestSupport.packageRoot + "/Pipelines/season.yaml"

    /// The season (3 weeks, with kinematics) and a cache filled by one run of it.
    static let base: (season: String, cache: String) = {
        let dir = TestSupport.temporaryDirectory("invalidation")
        _ = try? TestSupport.gaitpipe(["synth", "--out", dir + "/season", "--weeks", "3", "--kinematics"])
        _ = try? TestSupport.gaitpipe(["run", pipeline, "--input", dir + "/season", "--out", dir + "/out", "--cache-dir", dir + "/cache"])
        return (dir + "/season", dir + "/cache")
    }()

    static func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    static let cases: [Case] = [
        Case(name: "nothing changed", change: { _ in }, computed: [0, 0, 0]),
        // ana-ramp: 14 runs and 2 kinematics sessions; every task of hers carries athlete.yaml.
        Case(name: "athlete.yaml of ana-ramp", change: { season in
            let yaml = season + "/ana-ramp/athlete.yaml"
            try (try String(contentsOfFile: yaml, encoding: .utf8)).replacingOccurrences(of: "hr_max: 189", with: "hr_max: 192")
                .write(toFile: yaml, atomically: true, encoding: .utf8)
        }, computed: [14, 16, 1]),
        Case(name: "symptoms.csv of ben-steady", change: { season in
            try append("2026-03-20,left,anterior,3,2,1,stairs\n", to: season + "/ben-steady/symptoms.csv")
        }, computed: [0, 0, 1]),
        // Left hip adduction 2° more in every frame (a file changed in a way that does not change
        // the session would leave the scoring cached: its input would be the same).
        Case(name: "a kinematics file of cleo-hills", change: { season in
            let path = season + "/cleo-hills/kinematics/2026-03-11-treadmill.mot"
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            try lines.map { line -> String in
                var f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count > 2, Double(f[0]) != nil, let value = Double(f[1]) else { return String(line) }
                f[1] = String(format: "%.3f", value + 2)
                return f.joined(separator: "\t")
            }.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }, computed: [0, 1, 1]),
        Case(name: "a run moved from ben-steady to cleo-hills", change: { season in
            try FileManager.default.moveItem(atPath: season + "/ben-steady/2026-03-05-run.fit",
                                             toPath: season + "/cleo-hills/2026-03-05b-run.fit")
        }, computed: [1, 1, 2]),
    ]

    @Test(arguments: cases)
    func aChangeRecomputesWhatDependsOnIt(_ c: Case) throws {
        let dir = TestSupport.temporaryDirectory("invalidation-case")
        let season = dir + "/season"
        try FileManager.default.copyItem(atPath: Self.base.season, toPath: season)
        try c.change(season)
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", season, "--out", dir + "/out", "--cache-dir", Self.base.cache])
        #expect(r.status == 0, "\(r.stderr)")
        let counts = try ChainedCacheTests.counts(dir + "/out")
        let got = ["activity-import", "gait-metrics", "injury-scoring"].map { counts[$0]?.items ?? -1 }
        #expect(got == c.computed, "\(counts)")
        let reports = counts["load-report"]?.items ?? -1
        #expect(reports == c.computed[2] || (c.computed[2] > 0 && reports == c.computed[2] + 1), "\(counts)")
        // Whatever came from the cache, the outputs are those of a run without it.
        let fresh = dir + "/fresh"
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", season, "--out", fresh, "--no-cache"]).status == 0)
        for f in ["runs.csv", "weeks.csv", "index.html"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/out/\(f)") == FileManager.default.contents(atPath: "\(fresh)/\(f)"), "\(f)")
        }
    }

    /// A different gait-metrics executable: every gait-metrics task runs again, and every import
    /// with it (the Activity was not kept); RunMetrics that came out the same leave the scoring cached.
    @Test func aChangedStageExecutableRerunsItsTasks() throws {
        let dir = TestSupport.temporaryDirectory("invalidation-binary")
        let copy = dir + "/gait-metrics"
        try FileManager.default.copyItem(atPath: TestSupport.productsDirectory + "/gait-metrics", toPath: copy)
        try Self.append("\n# another build\n", to: copy)
        let pipeline = dir + "/other.yaml"
        try (try String(contentsOfFile: Self.pipeline, encoding: .utf8))
            .replacingOccurrences(of: "    run: gait-metrics\n", with: "    run: \(copy)\n")
            .write(toFile: pipeline, atomically: true, encoding: .utf8)
        let baseline = try ChainedCacheTests.counts(Self.base.season + "/../out")
        let r = try TestSupport.gaitpipe(["run", pipeline, "--input", Self.base.season, "--out", dir + "/out", "--cache-dir", Self.base.cache])
        #expect(r.status == 0, "\(r.stderr)")
        let counts = try ChainedCacheTests.counts(dir + "/out")
        #expect(counts["activity-import"]?.items == baseline["activity-import"]?.items)
        #expect(counts["gait-metrics"]?.items == baseline["gait-metrics"]?.items)
        #expect(counts["injury-scoring"]?.items == 0 && counts["load-report"]?.items == 0, "\(counts)")
    }
}
