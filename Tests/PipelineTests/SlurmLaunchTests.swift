import Foundation
@testable import PipelineRunner
import Testing

/// `advertise:` and `launch: {slurm: …}` are checked like every other pipeline key, and a launched
/// worker leaves by itself when its runner went silent (issue 22). The real cluster is SlurmClusterTests'.
@Suite(.serialized) struct SlurmLaunchTests {
    static let good = """
        version: 1
        stages:
          - name: activity-import
          - name: gait-metrics
            remote: true
            listen: tcp://0.0.0.0:5601
            advertise: tcp://runner.lab.example:5601
            launch: {slurm: {jobs: 4, replicas_per_job: 2, partition: main, time: "01:00:00"}}
          - name: injury-scoring
          - name: load-report
        """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var expected: String
        var testDescription: String { name }
    }

    static func edit(_ old: String, _ new: String) -> String {
        good.replacingOccurrences(of: old, with: new)
    }

    static let cases: [Case] = [
        Case(name: "unknown key in launch.slurm", yaml: edit("jobs: 4", "jobz: 4"),
             expected: "pipeline.yaml:8: unknown key 'jobz' in launch.slurm"),
        Case(name: "unknown launcher", yaml: edit("{slurm: {jobs: 4, replicas_per_job: 2, partition: main, time: \"01:00:00\"}}", "{pbs: {jobs: 4}}"),
             expected: "pipeline.yaml:8: unknown launcher 'pbs' in launch"),
        Case(name: "zero jobs", yaml: edit("jobs: 4", "jobs: 0"),
             expected: "pipeline.yaml:8: launch.slurm.jobs must be an integer from 1 to 1000, not '0'"),
        Case(name: "negative replicas per job", yaml: edit("replicas_per_job: 2", "replicas_per_job: -1"),
             expected: "pipeline.yaml:8: launch.slurm.replicas_per_job must be an integer from 1 to 64, not '-1'"),
        Case(name: "bad time", yaml: edit("\"01:00:00\"", "\"1:99:00\""),
             expected: "pipeline.yaml:8: launch.slurm.time '1:99:00' is not a Slurm time limit"),
        Case(name: "launch is not a mapping", yaml: edit("launch: {slurm: {jobs: 4, replicas_per_job: 2, partition: main, time: \"01:00:00\"}}", "launch: slurm"),
             expected: "pipeline.yaml:8: launch must be a mapping"),
        Case(name: "launch without advertise", yaml: edit("    advertise: tcp://runner.lab.example:5601\n", ""),
             expected: "pipeline.yaml:7: stage 'gait-metrics' launches workers but has no advertise: tcp://THIS-HOST:PORT"),
        Case(name: "launch without remote and listen",
             yaml: edit("    remote: true\n    listen: tcp://0.0.0.0:5601\n", ""),
             expected: "pipeline.yaml:6: stage 'gait-metrics' launches workers but has no remote: true, listen: tcp://0.0.0.0:PORT"),
        Case(name: "advertise a wildcard", yaml: edit("advertise: tcp://runner.lab.example:5601", "advertise: tcp://0.0.0.0:5601"),
             expected: "pipeline.yaml:4: stage 'gait-metrics': advertise 'tcp://0.0.0.0:5601' is not an address a worker can reach"),
        Case(name: "advertise without a port", yaml: edit("advertise: tcp://runner.lab.example:5601", "advertise: runner.lab.example"),
             expected: "advertise 'runner.lab.example' is not an address a worker can reach"),
        Case(name: "typo'd advertise", yaml: edit("advertise:", "advertize:"),
             expected: "pipeline.yaml:7: unknown key 'advertize' in stage; did you mean 'advertise'?"),
    ]

    @Test(arguments: cases)
    func rejects(_ c: Case) throws {
        let dir = TestSupport.temporaryDirectory("launch-validate")
        let file = dir + "/pipeline.yaml"
        try c.yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try TestSupport.gaitpipe(["validate", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains(c.expected), "stderr was: \(result.stderr)")
    }

    /// advertise on a stage that is not remote is a mistake even without launch.
    @Test func advertiseWithoutRemote() throws {
        let dir = TestSupport.temporaryDirectory("launch-validate")
        let file = dir + "/pipeline.yaml"
        try ValidateTests.good.replacingOccurrences(of: "  - name: gait-metrics", with: "  - name: gait-metrics\n    advertise: tcp://a.example:5601")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = try TestSupport.gaitpipe(["validate", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipeline.yaml:4: stage 'gait-metrics' has 'advertise' but is not 'remote: true'"), "stderr was: \(result.stderr)")
    }

    /// Without sbatch on PATH a launching pipeline is a validation error naming the launch line
    /// (and `run` exits 2 before anything starts).
    @Test(arguments: [["validate"], ["run", "--input", "/nonexistent", "--out", "/tmp/unused"]])
    func sbatchNotOnPath(command: [String]) throws {
        let dir = TestSupport.temporaryDirectory("launch-validate")
        let file = dir + "/pipeline.yaml"
        try Self.good.write(toFile: file, atomically: true, encoding: .utf8)
        let bin = dir + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let result = try TestSupport.run("/usr/bin/env", ["PATH=\(bin)", TestSupport.gaitpipe, command[0], file] + command.dropFirst())
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipeline.yaml:8: stage 'gait-metrics' launches Slurm jobs but 'sbatch' is not on PATH"),
                "stderr was: \(result.stderr)")
    }

    @Test func acceptsTheIssuesExampleWhereSlurmIsInstalled() throws {
        let dir = TestSupport.temporaryDirectory("launch-validate")
        let file = dir + "/pipeline.yaml"
        try Self.good.write(toFile: file, atomically: true, encoding: .utf8)
        let parsed = try PipelineFile.load(file)
        #expect(parsed.stages[1].advertise == "tcp://runner.lab.example:5601")
        #expect(parsed.stages[1].launch == PipelineFile.SlurmLaunch(jobs: 4, replicasPerJob: 2, partition: "main", time: "01:00:00", line: 8))
        // With sbatch, squeue and scancel present (on PATH here, or fakes that never run), validate passes.
        let bin = dir + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        for tool in SlurmLauncher.tools {
            try "#!/bin/sh\nexit 1\n".write(toFile: "\(bin)/\(tool)", atomically: true, encoding: .utf8)
            chmod("\(bin)/\(tool)", 0o755)
        }
        let result = try TestSupport.run("/usr/bin/env", ["PATH=\(bin)", TestSupport.gaitpipe, "validate", file])
        #expect(result.status == 0, "stderr was: \(result.stderr)")
    }

    @Test(arguments: [("90", true), ("01:00:00", true), ("30:00", true), ("2-00:00:00", true), ("1-12", true), ("1-12:30", true),
                      ("0", false), ("00:00:00", false), ("1:99:00", false), ("1-25:00:00", false), ("1h", false), ("", false),
                      ("1:2:3:4", false), ("-5", false), ("١٢", false)])
    func slurmTimeFormats(text: String, valid: Bool) {
        #expect(PipelineFile.isSlurmTime(text) == valid)
    }

    /// A launched worker with no runner to answer it exits by itself (status 0) once the limit has
    /// passed, instead of waiting for a next run as a standing worker does.
    @Test func launchedWorkerExitsWhenItsRunnerIsSilent() throws {
        let dir = TestSupport.temporaryDirectory("silent")
        #expect(try TestSupport.gaitpipe(["keygen", dir + "/runner.key"]).status == 0)
        #expect(try TestSupport.gaitpipe(["keygen", dir + "/w.key"]).status == 0)
        let started = Date()
        // Port 9 (discard): nothing answers there.
        let result = try TestSupport.gaitpipe(["worker", "gait-metrics", "--connect", "tcp://127.0.0.1:9",
                                               "--server-key", dir + "/runner.key", "--key", dir + "/w.key_secret",
                                               "--exit-when-runner-silent", "15"], timeout: 60)
        let took = Date().timeIntervalSince(started)
        #expect(result.status == 0, "stderr was: \(result.stderr)")
        #expect(result.stderr.contains("no runner at tcp://127.0.0.1:9 for 15.0 seconds; exiting"), "stderr was: \(result.stderr)")
        // Silent from the start: the pool gives up 15 s after it began (at its next check).
        #expect(took >= 15 && took < 35, "took \(took) s")
    }

    @Test func exitWhenRunnerSilentMustBePositive() throws {
        let result = try TestSupport.gaitpipe(["worker", "gait-metrics", "--connect", "tcp://127.0.0.1:9", "--server-key", "x",
                                               "--key", "y", "--exit-when-runner-silent", "14"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--exit-when-runner-silent must be at least 15 seconds"))
    }
}
