import Foundation
import Testing

/// A poison input — one that crashes every replica it reaches — is quarantined after 3 crashes and
/// listed as skipped with its reason; the run finishes every other input. The stage is the Python
/// run-filter (a real separate process speaking PROTOCOL.md) made to segfault on one run and to ask
/// for 2 tasks at a time, so the input waiting behind the poison one is requeued too and must not
/// be blamed for the crashes.
@Suite(.serialized) struct PoisonInputTests {
    static let enabled = PythonStageTests.venvReady || ProcessInfo.processInfo.environment["CI"] == "true"

    /// Writes DIR/poison.yaml, whose second stage is run-filter's protocol loop (credit 2) doing
    /// `misbehave` (Python statements) on the run named `poison`.
    static func writePipeline(in dir: String, poison: String, misbehave: String) throws {
        let root = TestSupport.packageRoot
        try """
            import os, signal, sys, time
            sys.path.insert(0, "\(root)/Plugins/run-filter")
            import run_filter as rf
            rf.NAME = rf.DESCRIPTION["name"] = "poison-filter"
            rf.CREDIT = 2
            keep = rf.filter_activity
            def filter_activity(payload, min_minutes):
                activity = rf.pb.Activity()
                activity.ParseFromString(payload)
                if activity.run_id.endswith("\(poison)"):
                    \(misbehave)
                return keep(payload, min_minutes)
            rf.filter_activity = filter_activity
            sys.exit(rf.main(sys.argv[1:]))
            """.write(toFile: dir + "/poison_filter.py", atomically: true, encoding: .utf8)
        try """
            #!/bin/sh
            PYTHONPATH="\(root)/.venv/generated" exec "\(root)/.venv/bin/python3" "\(dir)/poison_filter.py" "$@"
            """.write(toFile: dir + "/poison-filter", atomically: true, encoding: .utf8)
        chmod(dir + "/poison-filter", 0o755)
        try """
            version: 1
            stages:
              - name: activity-import
              - name: poison-filter
                run: \(dir)/poison-filter
                replicas: 2
                params:
                  min_minutes: 0
              - name: gait-metrics
              - name: injury-scoring
              - name: load-report
            """.write(toFile: dir + "/poison.yaml", atomically: true, encoding: .utf8)
    }

    /// Runs the pipeline and checks that only `poison` was skipped, with `reasonPart` in its
    /// reason, and that every other run reached runs.csv.
    static func expectOnlyPoisonSkipped(dir: String, input: String, runs: [String], poison: String,
                                        reasonPart: String, extra: [String] = []) throws -> [String: Any] {
        let r = try TestSupport.gaitpipe(["run", dir + "/poison.yaml", "--input", input, "--out", dir + "/out",
                                          "--no-cache"] + extra)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: dir + "/out/summary.json"))) as? [String: Any])
        let skipped = summary["skipped"] as? [[String: Any]] ?? []
        #expect(skipped.count == 1, "only the poison run is skipped: \(skipped)")
        let reason = skipped.first?["reason"] as? String ?? ""
        let path = skipped.first?["path"] as? String ?? ""
        #expect(path.hasSuffix(poison), "path: \(path)")
        #expect(reason.contains("quarantined after 3 attempts") && reason.contains(reasonPart), "reason: \(reason)")
        // Every other run reached the report: none was blamed for the attempts it shared a replica with.
        let rows = try String(contentsOfFile: dir + "/out/runs.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count == runs.count - 1, "\(rows.count) of \(runs.count - 1) runs reported")
        #expect(!rows.contains { $0.contains(poison) })
        return summary
    }

    @Test(.enabled(if: enabled, "needs `make venv` (make test runs it)"))
    func aPoisonInputIsQuarantinedAndTheRestComplete() throws {
        let dir = TestSupport.temporaryDirectory("poison")
        let input = try TestSupport.smallInput(files: 8)
        let runs = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".fit") }.sorted()
        try Self.writePipeline(in: dir, poison: runs[2], misbehave: "os.kill(os.getpid(), signal.SIGSEGV)")
        let summary = try Self.expectOnlyPoisonSkipped(dir: dir, input: input, runs: runs, poison: runs[2],
                                                       reasonPart: "3 crashed")
        let stage = (summary["stages"] as? [[String: Any]] ?? []).first { $0["name"] as? String == "poison-filter" }
        #expect(stage?["replica_deaths"] as? Int == 3, "one replica death per attempt: \(stage ?? [:])")
    }

    /// A run that hangs its replica past --task-timeout: the replica is killed each time, and the
    /// run is quarantined after 3 deadlines. The time it waits behind another task is not its own.
    /// The stage is single-threaded, so a hang also silences its heartbeats (dead after 3 s, as
    /// little as 2 s after a task is sent): a 1 s deadline comes first.
    @Test(.enabled(if: enabled, "needs `make venv` (make test runs it)"))
    func aHangingInputIsQuarantinedAfterThreeDeadlines() throws {
        let dir = TestSupport.temporaryDirectory("hang")
        let input = try TestSupport.smallInput(files: 6)
        let runs = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".fit") }.sorted()
        try Self.writePipeline(in: dir, poison: runs[1], misbehave: "time.sleep(3600)")
        _ = try Self.expectOnlyPoisonSkipped(dir: dir, input: input, runs: runs, poison: runs[1],
                                             reasonPart: "task deadline", extra: ["--task-timeout", "1"])
    }
}
