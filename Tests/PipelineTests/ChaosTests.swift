import Foundation
import Testing

/// Nothing is lost when replicas die: while a season of ≥ 500 runs is processed, a random replica
/// is killed with SIGKILL every 300 ms; the reports must equal an undisturbed run's byte for byte.
@Suite(.serialized) struct ChaosTests {
    static let pipeline = """
        version: 1
        stages:
          - name: activity-import
            replicas: 2
          - name: gait-metrics
            replicas: 2
          - name: injury-scoring
            replicas: 2
          - name: load-report
            replicas: 2
        """

    @Test func killingRandomReplicasEvery300msLosesNothing() throws {
        let dir = TestSupport.temporaryDirectory("chaos")
        let season = dir + "/season"
        let synth = try TestSupport.gaitpipe(["synth", "--out", season, "--athletes", "7", "--weeks", "18", "--seed", "21"])
        try #require(synth.status == 0, "\(synth.stderr)")
        let runFiles = try FileManager.default.subpathsOfDirectory(atPath: season).filter { $0.hasSuffix(".fit") }
        try #require(runFiles.count >= 500, "the chaos season has \(runFiles.count) runs")
        try Self.pipeline.write(toFile: dir + "/chaos.yaml", atomically: true, encoding: .utf8)

        let calm = try TestSupport.gaitpipe(["run", dir + "/chaos.yaml", "--input", season, "--out", dir + "/calm"])
        try #require(calm.status == 0, "\(calm.stderr)")

        let running = try TestSupport.start(["run", dir + "/chaos.yaml", "--input", season, "--out", dir + "/chaos"])
        var kills = 0
        while running.process.isRunning {
            usleep(300_000)
            let replicas = TestSupport.replicas(of: running.process.processIdentifier)
            guard !replicas.isEmpty else { continue }
            let victim = replicas[Int.random(in: 0..<replicas.count)]
            if kill(victim.pid, SIGKILL) == 0 { kills += 1 }
        }
        let outcome = running.outcome()
        #expect(outcome.status == 0, "stderr: \(outcome.stderr.suffix(2000))")
        #expect(kills >= 10, "only \(kills) kills happened")

        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/chaos/summary.json")))
        let stages = ((summary as? [String: Any])?["stages"] as? [[String: Any]]) ?? []
        let retried = stages.reduce(0) { $0 + (($1["retried"] as? Int) ?? 0) }
        let deaths = stages.reduce(0) { $0 + (($1["replica_deaths"] as? Int) ?? 0) }
        #expect(retried > 0, "kills during tasks must show up as retries")
        #expect(deaths >= 10)

        let athletes = try FileManager.default.contentsOfDirectory(atPath: season)
        for f in ["runs.csv", "weeks.csv"] + athletes.map({ "\($0)/report.json" }) {
            let a = FileManager.default.contents(atPath: "\(dir)/calm/\(f)")
            #expect(a != nil && a == FileManager.default.contents(atPath: "\(dir)/chaos/\(f)"), "\(f) differs after chaos")
        }
    }
}
