import Foundation
import Testing

/// A poison input — one that crashes every replica it reaches — is quarantined after 3 crashes and
/// listed as skipped with its reason; the run finishes every other input. The stage is the Python
/// run-filter (a real separate process speaking PROTOCOL.md) made to segfault on one run and to ask
/// for 2 tasks at a time, so the input waiting behind the poison one is requeued too and must not
/// be blamed for the crashes.
@Suite(.serialized) struct PoisonInputTests {
    @Test(.enabled(if: PythonStageTests.venvReady || ProcessInfo.processInfo.environment["CI"] == "true",
                   "needs `make venv` (make test runs it)"))
    func aPoisonInputIsQuarantinedAndTheRestComplete() throws {
        let dir = TestSupport.temporaryDirectory("poison")
        let input = try TestSupport.smallInput(files: 8)
        let runs = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".fit") }.sorted()
        let poison = runs[2]
        let root = TestSupport.packageRoot
        // The stage: run-filter's protocol loop, crashing on the poison run, credit 2.
        try """
            import os, signal, sys
            sys.path.insert(0, "\(root)/Plugins/run-filter")
            import run_filter as rf
            rf.NAME = rf.DESCRIPTION["name"] = "poison-filter"
            rf.CREDIT = 2
            keep = rf.filter_activity
            def filter_activity(payload, min_minutes):
                activity = rf.pb.Activity()
                activity.ParseFromString(payload)
                if activity.run_id.endswith("\(poison)"):
                    os.kill(os.getpid(), signal.SIGSEGV)
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

        let r = try TestSupport.gaitpipe(["run", dir + "/poison.yaml", "--input", input, "--out", dir + "/out", "--no-cache"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: dir + "/out/summary.json"))) as? [String: Any])
        let skipped = summary["skipped"] as? [[String: Any]] ?? []
        #expect(skipped.count == 1, "only the poison run is skipped: \(skipped)")
        let reason = skipped.first?["reason"] as? String ?? ""
        #expect((skipped.first?["path"] as? String ?? "").hasSuffix(poison))
        #expect(reason.contains("quarantined after 3 attempts") && reason.contains("3 crashed"), "reason: \(reason)")
        let stage = (summary["stages"] as? [[String: Any]] ?? []).first { $0["name"] as? String == "poison-filter" }
        #expect(stage?["replica_deaths"] as? Int == 3, "one replica death per attempt: \(stage ?? [:])")
        // Every other run reached the report: none was blamed for the crashes it waited behind.
        let rows = try String(contentsOfFile: dir + "/out/runs.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count == runs.count - 1, "\(rows.count) of \(runs.count - 1) runs reported")
        #expect(!rows.contains { $0.contains(poison) })
    }
}
