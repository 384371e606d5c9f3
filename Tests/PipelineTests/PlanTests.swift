import Foundation
import Testing

/// `gaitpipe plan` prints, per item and stage, whether the cache answers it or why it will run —
/// from the decisions a run takes, printed by the CLI (issue 18: the run no longer prints it).
@Suite(.serialized) struct PlanTests {
    @Test func planSaysWhatTheCacheWillAnswer() throws {
        let input = try TestSupport.smallInput(files: 3)
        let cache = TestSupport.temporaryDirectory("plan-cache")
        let pipeline = TestSupport.packageRoot + "/Pipelines/season.yaml"
        let before = try TestSupport.gaitpipe(["plan", pipeline, "--input", input, "--cache-dir", cache])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("activity-import: 0 cached, 3 will run"), "\(before.stdout)")
        #expect(before.stdout.contains("will run: "))
        let out = TestSupport.temporaryDirectory("plan-out")
        #expect(try TestSupport.gaitpipe(["run", pipeline, "--input", input, "--out", out, "--cache-dir", cache]).status == 0)
        let after = try TestSupport.gaitpipe(["plan", pipeline, "--input", input, "--cache-dir", cache])
        #expect(after.status == 0)
        for line in ["activity-import: 3 cached, 0 will run", "gait-metrics: 3 cached, 0 will run",
                     "injury-scoring: 1 cached, 0 will run", "load-report: 1 cached, 0 will run"] {
            #expect(after.stdout.contains(line), "\(after.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: input + "/out"), "a plan writes nothing")
    }
}
