import Foundation
import Testing

/// A stage written in Python (Plugins/run-filter: pyzmq + protoc-generated classes) runs between
/// activity-import and gait-metrics: the protocol spec is enough to implement a stage from.
@Suite(.serialized) struct PythonStageTests {
    static let venvReady = FileManager.default.fileExists(atPath: TestSupport.packageRoot + "/.venv/generated/gaitpipe_pb2.py")

    @Test(.enabled(if: venvReady || ProcessInfo.processInfo.environment["CI"] == "true",
                   "needs `make venv` (make test runs it)"))
    func thePythonRunFilterDropsShortRunsAndSaysWhy() throws {
        let dir = TestSupport.temporaryDirectory("python-stage")
        let pipeline = try String(contentsOfFile: TestSupport.packageRoot + "/Pipelines/filtered.yaml", encoding: .utf8)
            .replacingOccurrences(of: "run: ../Plugins/run-filter/run-filter",
                                  with: "run: \(TestSupport.packageRoot)/Plugins/run-filter/run-filter")
            .replacingOccurrences(of: "min_minutes: 20", with: "min_minutes: 45")
        try pipeline.write(toFile: dir + "/filtered.yaml", atomically: true, encoding: .utf8)
        let input = try TestSupport.smallInput(files: 10)
        let r = try TestSupport.gaitpipe(["run", dir + "/filtered.yaml", "--input", input, "--out", dir + "/out"])
        #expect(r.status == 0, "stderr: \(r.stderr)")

        let runs = try String(contentsOfFile: dir + "/out/runs.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        let summary = try String(contentsOfFile: dir + "/out/summary.json", encoding: .utf8)
        let dropped = summary.components(separatedBy: "is shorter than min_minutes 45").count - 1
        #expect(dropped > 0, "the sample runs include some under 45 minutes")
        #expect(runs.count + dropped == 10, "every input is either reported or listed as dropped")
        #expect(r.stdout.contains("[run-filter]: run of "), "stdout: \(r.stdout)")
        // Kept runs are the long ones: moving time is at least 45 minutes less pauses.
        for row in runs {
            let movingTime = Double(row.split(separator: ",", omittingEmptySubsequences: false)[5]) ?? 0
            #expect(movingTime > 40 * 60, "a short run got through: \(row)")
        }
    }

    @Test(.enabled(if: venvReady || ProcessInfo.processInfo.environment["CI"] == "true"))
    func thePythonStageDescribesItselfAndValidates() throws {
        let r = try TestSupport.gaitpipe(["validate", TestSupport.packageRoot + "/Pipelines/filtered.yaml", "--no-cache"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("run-filter: run-filter 0.1.0, Activity → Activity"))
    }
}
