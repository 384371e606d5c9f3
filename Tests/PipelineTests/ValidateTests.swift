import Foundation
import Testing

/// `gaitpipe validate` catches mistakes with file:line before anything starts.
@Suite(.serialized) struct ValidateTests {
    static let good = """
        version: 1
        stages:
          - name: activity-import
          - name: gait-metrics
          - name: injury-scoring
          - name: load-report
            params:
              units: km
        """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "typo'd key", yaml: good.replacingOccurrences(of: "  - name: gait-metrics", with: "  - name: gait-metrics\n    replicaz: 2"),
             expected: "pipeline.yaml:5: unknown key 'replicaz' in stage"),
        Case(name: "unknown stage", yaml: good.replacingOccurrences(of: "name: gait-metrics", with: "name: gait-metrix"),
             expected: "pipeline.yaml:4: stage 'gait-metrix': executable 'gait-metrix' not found"),
        Case(name: "missing executable", yaml: good.replacingOccurrences(of: "  - name: gait-metrics", with: "  - name: gait-metrics\n    run: ./bin/nowhere"),
             expected: "pipeline.yaml:5: stage 'gait-metrics': executable './bin/nowhere' not found"),
        Case(name: "out-of-range param", yaml: good.replacingOccurrences(of: "units: km", with: "units: furlongs"),
             expected: "pipeline.yaml:8: stage 'load-report' param 'units': 'furlongs' is not one of km, mi"),
        Case(name: "unknown param", yaml: good.replacingOccurrences(of: "units: km", with: "unitz: km"),
             expected: "pipeline.yaml:8: stage 'load-report' has no param 'unitz'"),
        Case(name: "wrong order", yaml: good.replacingOccurrences(of: "  - name: activity-import\n  - name: gait-metrics", with: "  - name: gait-metrics\n  - name: activity-import"),
             expected: "first stage 'gait-metrics' reads Activity"),
        Case(name: "inverted thresholds", yaml: good.replacingOccurrences(of: "  - name: injury-scoring", with: "  - name: injury-scoring\n    params:\n      g1_low: 180"),
             expected: "pipeline.yaml:7: stage 'injury-scoring': g1_low (180) must be below g1_high (178)"),
        Case(name: "negative threshold", yaml: good.replacingOccurrences(of: "  - name: injury-scoring", with: "  - name: injury-scoring\n    params:\n      l2_progression: -0.1"),
             expected: "pipeline.yaml:7: stage 'injury-scoring' param 'l2_progression': -0.1 is below the minimum 0"),
        Case(name: "bad version", yaml: good.replacingOccurrences(of: "version: 1", with: "version: 7"),
             expected: "pipeline.yaml:1: unsupported version '7'"),
    ]

    @Test(arguments: cases)
    func rejects(_ c: Case) throws {
        let dir = TestSupport.temporaryDirectory("validate")
        let file = dir + "/pipeline.yaml"
        try c.yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try TestSupport.gaitpipe(["validate", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains(c.expected), "stderr was: \(result.stderr)")
    }

    /// A program that is no gaitpipe stage: hangs on --describe (torn down after 2 s), fails, or
    /// prints something else. Each is one line naming the executable, exit 2.
    @Test(arguments: [
        ("sleep 30", "did not answer --describe within 2 s"),
        ("exit 3", "--describe exited with 3"),
        ("echo hello", "--describe did not print a stage description"),
    ])
    func describeOfANonStage(script: String, expected: String) throws {
        let dir = TestSupport.temporaryDirectory("describe")
        let stage = dir + "/not-a-stage"
        try "#!/bin/sh\n\(script)\n".write(toFile: stage, atomically: true, encoding: .utf8)
        chmod(stage, 0o755)
        let file = dir + "/pipeline.yaml"
        try Self.good.replacingOccurrences(of: "  - name: gait-metrics", with: "  - name: gait-metrics\n    run: \(stage)")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let started = Date()
        let result = try TestSupport.gaitpipe(["validate", file, "--no-cache"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(stage): \(expected)"), "stderr was: \(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func acceptsTheGoodFileAndEveryPipelineInTheRepo() throws {
        let dir = TestSupport.temporaryDirectory("validate")
        try Self.good.write(toFile: dir + "/pipeline.yaml", atomically: true, encoding: .utf8)
        #expect(try TestSupport.gaitpipe(["validate", dir + "/pipeline.yaml"]).status == 0)
        let pipelines = TestSupport.packageRoot + "/Pipelines"
        for f in try FileManager.default.contentsOfDirectory(atPath: pipelines) where f.hasSuffix(".yaml") {
            let r = try TestSupport.gaitpipe(["validate", pipelines + "/" + f])
            #expect(r.status == 0, "\(f): \(r.stderr)")
        }
    }

    @Test func descriptionsAreCachedByExecutableDigest() throws {
        let cache = TestSupport.temporaryDirectory("cache")
        let file = TestSupport.packageRoot + "/Pipelines/season.yaml"
        #expect(try TestSupport.gaitpipe(["validate", file, "--cache-dir", cache]).status == 0)
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache + "/describe").sorted()
        #expect(entries.count == 4, "one entry per stage executable: \(entries)")
        // The key is the executable's SHA-256, as sha256sum prints it.
        let sum = Process()
        sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sum.arguments = [TestSupport.productsDirectory + "/gait-metrics"]
        let pipe = Pipe()
        sum.standardOutput = pipe
        try sum.run()
        let digest = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        sum.waitUntilExit()
        #expect(entries.contains("\(digest).json"))
        // A cached answer is used: a doctored entry changes what validate reports.
        let entry = cache + "/describe/\(digest).json"
        let doctored = try String(contentsOfFile: entry, encoding: .utf8)
            .replacingOccurrences(of: "\"version\" : \"", with: "\"version\" : \"9.9.9-cached-")
        try doctored.write(toFile: entry, atomically: true, encoding: .utf8)
        let again = try TestSupport.gaitpipe(["validate", file, "--cache-dir", cache])
        #expect(again.stdout.contains("gait-metrics 9.9.9-cached"), "stdout: \(again.stdout)")
        let fresh = try TestSupport.gaitpipe(["validate", file, "--no-cache"])
        #expect(!fresh.stdout.contains("9.9.9-cached"))
    }

    @Test func everyStageDescribesItself() throws {
        let r = try TestSupport.gaitpipe(["stages"])
        #expect(r.status == 0)
        for name in ["activity-import", "gait-metrics", "injury-scoring", "load-report"] {
            #expect(r.stdout.contains(name))
        }
        #expect(r.stdout.contains("AthleteSeason → Assessment (grouped per athlete)"))
    }
}
