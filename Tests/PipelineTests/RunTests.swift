import Foundation
import Testing

/// `gaitpipe run` end to end: real stage processes, real sockets, real FIT files.
@Suite(.serialized) struct RunTests {
    static let pipeline = TestSupport.packageRoot + "/Pipelines/season.yaml"

    @Test func theSampleSeasonProducesTheFixedOutputLayout() throws {
        let out = TestSupport.temporaryDirectory("out") + "/report"
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", TestSupport.sampleSeason, "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let fm = FileManager.default
        let athletes = try fm.contentsOfDirectory(atPath: TestSupport.sampleSeason).sorted()
        #expect(athletes.count >= 3)
        for top in ["index.html", "runs.csv", "weeks.csv", "summary.json"] {
            #expect(fm.fileExists(atPath: out + "/" + top), "missing \(top)")
        }
        for a in athletes {
            for f in ["report.html", "report.json", "runs.csv", "weeks.csv"] {
                let path = "\(out)/\(a)/\(f)"
                #expect(fm.fileExists(atPath: path), "missing \(a)/\(f)")
                let mode = (try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
                #expect(mode == 0o600, "\(a)/\(f) has mode \(String(mode, radix: 8))")
            }
        }
        let outMode = (try fm.attributesOfItem(atPath: out)[.posixPermissions] as? Int) ?? 0
        #expect(outMode == 0o700)

        let runs = try String(contentsOfFile: out + "/runs.csv", encoding: .utf8).split(separator: "\n")
        #expect(runs.first?.hasPrefix("athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp") == true)
        let fitFiles = athletes.flatMap { a in
            ((try? fm.contentsOfDirectory(atPath: TestSupport.sampleSeason + "/" + a)) ?? []).filter { $0.hasSuffix(".fit") }
        }
        let bricks = fitFiles.filter { $0.hasSuffix("-brick.fit") }.count
        #expect(bricks == 3, "the steady runner's multisport files")
        #expect(runs.count - 1 == fitFiles.count + bricks, "one runs.csv row per session: a brick holds a ride and a run")
        let weeks = try String(contentsOfFile: out + "/weeks.csv", encoding: .utf8).split(separator: "\n")
        #expect(weeks.first?.hasPrefix("athlete,week,week_start,coverage_days,distance_km") == true)
        #expect(weeks.count - 1 >= 16 * athletes.count, "at least 16 ISO weeks per athlete")

        // The ramping athlete's spike shows up as L1 in weeks.csv.
        #expect(weeks.contains { $0.hasPrefix("ana-ramp,") && $0.contains("L1") })

        // Determinism: a second run into another folder gives byte-identical reports.
        let out2 = TestSupport.temporaryDirectory("out2") + "/report"
        #expect(try TestSupport.gaitpipe(["run", Self.pipeline, "--input", TestSupport.sampleSeason, "--out", out2]).status == 0)
        for f in ["runs.csv", "weeks.csv"] + athletes.map({ "\($0)/report.json" }) {
            #expect(fm.contents(atPath: out + "/" + f) == fm.contents(atPath: out2 + "/" + f), "\(f) differs between runs")
        }
    }

    @Test func everyReplicaIsItsOwnProcess() throws {
        let out = TestSupport.temporaryDirectory("procs")
        let running = try TestSupport.start(["run", Self.pipeline, "--input", TestSupport.sampleSeason, "--out", out])
        var seen: [Int32: String] = [:]
        while running.process.isRunning {
            for child in TestSupport.replicas(of: running.process.processIdentifier) { seen[child.pid] = child.name }
            usleep(20_000)
        }
        #expect(running.process.terminationStatus == 0)
        // Pipelines/season.yaml: activity-import ×2, the other three stages ×1 — all started at once.
        let byName = Dictionary(grouping: seen.values, by: { $0 }).mapValues(\.count)
        #expect(byName["activity-import"] == 2, "saw \(byName)")
        #expect(byName["gait-metrics"] == 1 && byName["injury-scoring"] == 1 && byName["load-report"] == 1, "saw \(byName)")
        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        for pid in seen.keys { #expect(summary.contains("\(pid)"), "pid \(pid) not in summary.json") }
    }

    @Test func aNonFITFileIsSkippedAndNamedWhileTheRestIsProcessed() throws {
        let input = try TestSupport.smallInput(files: 4)
        try Data("this is not a FIT file\n".utf8).write(to: URL(fileURLWithPath: input + "/broken.fit"))
        try Data("just notes".utf8).write(to: URL(fileURLWithPath: input + "/notes.txt"))
        let out = TestSupport.temporaryDirectory("skip")
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("skipped broken.fit [activity-import]"), "stdout: \(r.stdout)")
        #expect(r.stdout.contains("skipped notes.txt [runner]"))
        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        #expect(summary.contains("broken.fit") && summary.contains("notes.txt"))
        let runs = try String(contentsOfFile: out + "/runs.csv", encoding: .utf8).split(separator: "\n")
        #expect(runs.count == 1 + 4, "the four good files are still processed")
        let athlete = (input as NSString).lastPathComponent
        let report = try String(contentsOfFile: "\(out)/\(athlete)/report.html", encoding: .utf8)
        #expect(report.contains("broken.fit"), "the report lists the skipped file")

        let strict = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", out + "-strict", "--strict"])
        #expect(strict.status == 3)
    }

    /// Starts a run of the sample season and waits until its 5 stage processes run.
    static func runUntilEveryStageRuns(_ name: String) throws -> (TestSupport.Running, [Int32]) {
        let out = TestSupport.temporaryDirectory(name)
        let running = try TestSupport.start(["run", pipeline, "--input", TestSupport.sampleSeason, "--out", out])
        let pid = running.process.processIdentifier
        var stages: [Int32] = []
        let deadline = Date().addingTimeInterval(30)
        while stages.count < 5 && Date() < deadline {
            stages = TestSupport.replicas(of: pid).map(\.pid)
            usleep(20_000)
        }
        try #require(stages.count == 5, "stage processes did not start")
        return (running, stages)
    }

    /// `kill -9` of the runner: no handler runs, yet every stage process is gone within 1 s (issue 18;
    /// it took 5 s of heartbeat loss before PR_SET_PDEATHSIG). Stages lead their own process groups.
    /// The athlete id is what athlete.yaml's reader says (issue 17: a hand line-scan cut `#` inside
    /// quotes and matched indented keys).
    @Test func theAthleteIDComesFromTheOneAthleteYAMLReader() throws {
        let root = TestSupport.temporaryDirectory("athlete-id")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 2), toPath: root + "/folder-name")
        try "id: \"ana #2\"\nsession_rpe:\n  id: 7\n".write(toFile: root + "/folder-name/athlete.yaml", atomically: true, encoding: .utf8)
        let out = TestSupport.temporaryDirectory("athlete-id-out")
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", root, "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let rows = try String(contentsOfFile: out + "/runs.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.hasPrefix("ana #2,") }, "\(rows)")
    }

    /// A file an athlete folder holds but cannot use stays that athlete's, listed in its report,
    /// also when the folder has no run file to guess the athlete from (issue 17).
    @Test func skippedInputsKeepTheirAthlete() throws {
        let root = TestSupport.temporaryDirectory("keep-athlete")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 2), toPath: root + "/ana")
        // bo: a lab session and a file that is not one — no run file to guess the athlete from.
        let lab = TestSupport.temporaryDirectory("keep-athlete-lab")
        #expect(try TestSupport.gaitpipe(["synth", "--out", lab, "--kinematics", "--weeks", "3"]).status == 0)
        let session = try #require(try FileManager.default.contentsOfDirectory(atPath: lab + "/ana-ramp/kinematics").sorted().first)
        try FileManager.default.createDirectory(atPath: root + "/bo/kinematics", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: lab + "/ana-ramp/kinematics/" + session, toPath: root + "/bo/kinematics/" + session)
        try "lab notes".write(toFile: root + "/bo/notes.pb", atomically: true, encoding: .utf8)
        let out = TestSupport.temporaryDirectory("keep-athlete-out")
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", root, "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        #expect(summary.contains("bo\\/notes.pb"), "\(summary)")
        let ana = try String(contentsOfFile: out + "/ana/report.json", encoding: .utf8)
        #expect(!ana.contains("notes.pb"), "bo's file is not ana's")
        let bo = try String(contentsOfFile: out + "/bo/report.json", encoding: .utf8)
        #expect(bo.contains("\"path\": \"bo/notes.pb\""), "bo's report lists bo's unused file")
    }

    @Test func stagesDieWithAKilledRunner() throws {
        let (running, stages) = try Self.runUntilEveryStageRuns("sigkill")
        let pid = running.process.processIdentifier
        #expect(stages.allSatisfy { getpgid($0) == $0 }, "each stage leads its own process group")
        // The clock starts at the kill: the runner is reaped afterwards (waiting for it first would give
        // the stages' own 3 s heartbeat loss time to pass).
        kill(pid, SIGKILL)
        let goneBy = Date().addingTimeInterval(1)
        while stages.contains(where: { kill($0, 0) == 0 && !TestSupport.isZombie($0) }) && Date() < goneBy { usleep(10_000) }
        let survivors = stages.filter { kill($0, 0) == 0 && !TestSupport.isZombie($0) }
        #expect(survivors.isEmpty, "stage processes \(survivors) still alive 1 s after kill -9 of the runner")
        for p in survivors { kill(p, SIGKILL) }
        running.process.waitUntilExit()
    }

    @Test func sigintStopsEveryStageProcess() throws {
        let (running, stages) = try Self.runUntilEveryStageRuns("sigint")
        let pid = running.process.processIdentifier
        kill(pid, SIGINT)
        // Every stage process is gone within 2 s of Ctrl-C (issue 2); gaitpipe itself exits too.
        let stagesGoneBy = Date().addingTimeInterval(2)
        while stages.contains(where: { kill($0, 0) == 0 && !TestSupport.isZombie($0) }) && Date() < stagesGoneBy { usleep(10_000) }
        let survivors = stages.filter { kill($0, 0) == 0 && !TestSupport.isZombie($0) }
        #expect(survivors.isEmpty, "stage processes \(survivors) still alive 2 s after SIGINT")
        let stopBy = Date().addingTimeInterval(5)
        while running.process.isRunning && Date() < stopBy { usleep(10_000) }
        #expect(!running.process.isRunning, "gaitpipe did not exit within 5 s of SIGINT")
        running.process.waitUntilExit()
        #expect(running.process.terminationStatus == 130)
        for p in stages {
            // kill(pid, 0) fails with ESRCH once the process is gone (the runner reaped it).
            #expect(kill(p, 0) != 0, "stage process \(p) is still alive")
        }
    }

    @Test func aMissingInputFolderIsAUsageError() throws {
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", "/nonexistent/season", "--out",
                                          TestSupport.temporaryDirectory("x")])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/season"))
    }
}
