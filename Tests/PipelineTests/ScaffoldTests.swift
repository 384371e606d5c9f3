import Foundation
import Testing

/// `gaitpipe new-stage` in a package outside this repo that depends on StageKit: one build proves
/// both that the scaffold compiles and passes its fixture test, and that StageKit is usable as a
/// library product by another SwiftPM package.
@Suite(.serialized) struct ScaffoldTests {
    @Test func aScaffoldedStageInAnOutsidePackageBuildsAndPassesItsFixtureTest() throws {
        let pkg = TestSupport.temporaryDirectory("outside-package")
        let identity = (TestSupport.packageRoot as NSString).lastPathComponent.lowercased()
        let manifest = """
            // swift-tools-version:6.0
            import PackageDescription

            let stages: [String] = [
            ]

            let package = Package(
                name: "my-stages",
                platforms: [.macOS(.v15)],
                dependencies: [.package(path: "\(TestSupport.packageRoot)")],
                targets: stages.map { name in
                    .executableTarget(name: name, dependencies: [.product(name: "StageKit", package: "\(identity)")],
                                      path: "Plugins/\\(name)")
                }
            )
            """
        try manifest.write(toFile: pkg + "/Package.swift", atomically: true, encoding: .utf8)

        let scaffold = try TestSupport.gaitpipe(["new-stage", "run-counter", "--package-dir", pkg])
        #expect(scaffold.status == 0, "\(scaffold.stderr)")
        #expect(try TestSupport.gaitpipe(["new-stage", "run-counter", "--package-dir", pkg]).status != 0,
                "a second scaffold must not overwrite the first")
        #expect(try TestSupport.gaitpipe(["new-stage", "Bad_Name", "--package-dir", pkg]).status == 2)

        // The one edit the user makes: add the name to the stages list.
        let edited = manifest.replacingOccurrences(of: "let stages: [String] = [\n", with: "let stages: [String] = [\n    \"run-counter\",\n")
        try edited.write(toFile: pkg + "/Package.swift", atomically: true, encoding: .utf8)

        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--package-path", pkg, "--scratch-path", pkg + "/.build"]
        let log = pkg + "/build.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        build.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        build.standardError = build.standardOutput
        try build.run()
        build.waitUntilExit()
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        try #require(build.terminationStatus == 0, "swift build failed:\n\(output.suffix(3000))")
        #expect(!output.contains("warning:") || !output.contains("run-counter/main.swift"), "the scaffold compiles without warnings")

        let stage = pkg + "/.build/debug/run-counter"
        let test = try TestSupport.gaitpipe(["test-stage", stage, pkg + "/Tests/StageFixtures/run-counter"])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("1 passed, 0 failed"))
        let stages = try TestSupport.gaitpipe(["stages", "--plugin-path", pkg + "/.build/debug"])
        #expect(stages.stdout.contains("run-counter 0.1.0  RunMetrics → RunMetrics"))

        // README: "Put it in a pipeline between gait-metrics and injury-scoring" — literally, with the
        // lab files of the sample season: gait-metrics writes RunMetrics|KinematicsSession, run-counter
        // reads RunMetrics and the runner passes the KinematicsSessions on to injury-scoring.
        let season = TestSupport.temporaryDirectory("scaffold-season")
        #expect(try TestSupport.gaitpipe(["synth", "--out", season, "--kinematics", "--weeks", "6"]).status == 0)
        let pipeline = pkg + "/counted.yaml"
        try (try String(contentsOfFile: TestSupport.packageRoot + "/Pipelines/season.yaml", encoding: .utf8))
            .replacingOccurrences(of: "  - name: injury-scoring", with: "  - name: run-counter\n    params:\n      min_km: 8\n  - name: injury-scoring")
            .write(toFile: pipeline, atomically: true, encoding: .utf8)
        let plugins = ["--plugin-path", pkg + "/.build/debug"]
        let validate = try TestSupport.gaitpipe(["validate", pipeline] + plugins)
        #expect(validate.status == 0, "\(validate.stderr)")
        let out = pkg + "/out"
        let run = try TestSupport.gaitpipe(["run", pipeline, "--input", season, "--out", out] + plugins)
        #expect(run.status == 0, "\(run.stderr)")
        let runs = (try? String(contentsOfFile: out + "/runs.csv", encoding: .utf8)) ?? ""
        #expect(runs.contains("run-counter: shorter than 8.0 km"), "run-counter's warnings reach runs.csv")
        let report = (try? String(contentsOfFile: out + "/ana-ramp/report.json", encoding: .utf8)) ?? ""
        #expect(report.contains("kinematics/2026-"), "the lab sessions passed through run-counter to injury-scoring")
    }
}
