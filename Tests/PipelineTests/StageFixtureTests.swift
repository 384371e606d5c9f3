import Foundation
import Testing

/// Every built-in stage replays its recorded inputs through `gaitpipe test-stage` and must answer
/// exactly as recorded (Tests/StageFixtures/<stage>/; re-record with `make fixtures`).
@Suite(.serialized) struct StageFixtureTests {
    static let fixturesRoot = TestSupport.packageRoot + "/Tests/StageFixtures"

    static var stages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixturesRoot)) ?? []).sorted()
    }

    @Test func everyBuiltInStageHasFixtures() {
        for stage in ["activity-import", "gait-metrics", "injury-scoring", "load-report"] {
            #expect(Self.stages.contains(stage), "no fixtures for \(stage) in Tests/StageFixtures")
        }
    }

    @Test(arguments: stages)
    func stageAnswersAsRecorded(_ stage: String) throws {
        let r = try TestSupport.gaitpipe(["test-stage", stage, "\(Self.fixturesRoot)/\(stage)"], timeout: 120)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains(" 0 failed"))
    }

    @Test func aChangedAnswerIsReportedAsADifference() throws {
        // Replay gait-metrics' inputs against load-report's expectations: every answer must differ.
        let dir = TestSupport.temporaryDirectory("fixture-diff")
        let source = "\(Self.fixturesRoot)/gait-metrics"
        for f in try FileManager.default.contentsOfDirectory(atPath: source) where f.hasSuffix(".pb") {
            try FileManager.default.copyItem(atPath: "\(source)/\(f)", toPath: "\(dir)/\(f)")
        }
        let outs = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".out.pb") }
        let victim = try #require(outs.sorted().first)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(victim)"))
        bytes[bytes.count - 1] ^= 0x01  // flip one bit in the recorded answer
        try bytes.write(to: URL(fileURLWithPath: "\(dir)/\(victim)"))
        let r = try TestSupport.gaitpipe(["test-stage", "gait-metrics", dir])
        #expect(r.status != 0)
        #expect(r.stdout.contains("DIFFERS"), "stdout: \(r.stdout)")
    }
}
