import Foundation
import Testing

/// Stages that fail must be reported, never hang the runner, and never outlive it.
@Suite(.serialized) struct StageFailureTests {
    /// A "stage" that describes itself correctly but crashes as soon as it is started as a worker.
    static func crashingStage(in dir: String) throws -> String {
        let describe = try #require(try TestSupport.gaitpipeDescribe("gait-metrics"))
        let script = """
            #!/bin/sh
            if [ "$1" = "--describe" ]; then cat <<'JSON'
            \(describe)
            JSON
            exit 0; fi
            echo "gait-metrics: simulated crash: cannot map model file" >&2
            exit 3
            """
        let path = dir + "/crashing-stage"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    @Test func aCrashingStageFailsTheRunWithItsStderrTail() throws {
        let dir = TestSupport.temporaryDirectory("crash")
        _ = try Self.crashingStage(in: dir)
        let pipeline = """
            version: 1
            stages:
              - name: activity-import
              - name: gait-metrics
                run: ./crashing-stage
              - name: injury-scoring
              - name: load-report
            """
        try pipeline.write(toFile: dir + "/pipeline.yaml", atomically: true, encoding: .utf8)
        let input = try TestSupport.smallInput(files: 3)
        let started = Date()
        let r = try TestSupport.gaitpipe(["run", dir + "/pipeline.yaml", "--input", input, "--out", dir + "/out"],
                                         timeout: 60)
        #expect(Date().timeIntervalSince(started) < 30, "the runner must not hang on a crash loop")
        #expect(r.status == 1)
        #expect(r.stderr.contains("stage 'gait-metrics': replicas exited 3 times in a row"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("simulated crash: cannot map model file"), "the stderr tail is shown")
        let summary = try String(contentsOfFile: dir + "/out/summary.json", encoding: .utf8)
        #expect(summary.contains("\"status\" : \"failed\""))
    }

    @Test func aStageWhoseRunnerIsGoneExitsByItself() throws {
        let dir = TestSupport.temporaryDirectory("orphan")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.productsDirectory + "/gait-metrics")
        // Nobody binds this endpoint: the stage hears no heartbeat and must give up.
        process.arguments = ["--connect", "ipc://\(dir)/nobody.sock"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        #expect(!process.isRunning, "the stage should exit after 3 missed heartbeats")
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
    }
}
