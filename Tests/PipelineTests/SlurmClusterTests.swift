import Foundation
import Testing

/// A child started with posix_spawn and reaped with waitpid: Foundation's
/// Process missed the exit of commands started beside long-running daemons here (a `sinfo` stayed
/// a zombie and the test waited forever), so this suite owns its children directly.
final class SpawnedProcess {
    let pid: pid_t
    let out: String
    let err: String
    private(set) var status: Int32?

    init(_ argv: [String], environment: [String] = []) throws {
        let dir = TestSupport.temporaryDirectory("spawn")
        out = dir + "/stdout"
        err = dir + "/stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let env = ProcessInfo.processInfo.environment.filter { e in !environment.contains { $0.hasPrefix(e.key + "=") } }
            .map { "\($0.key)=\($0.value)" } + environment
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, argv[0], &actions, nil, &cArgs, &cEnv)
        guard rc == 0 else { throw LocalSlurm.Unavailable(description: "cannot start \(argv[0]): errno \(rc)") }
        pid = child
    }

    var isRunning: Bool {
        guard status == nil else { return false }
        var s: Int32 = 0
        if waitpid(pid, &s, WNOHANG) == pid { status = s }
        return status == nil
    }

    /// Exit status (128 + signal when killed).
    var exitCode: Int32 {
        guard let s = status else { return -1 }
        return s & 0x7f == 0 ? (s >> 8) & 0xff : 128 + (s & 0x7f)
    }

    @discardableResult
    func wait(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning && Date() < deadline { usleep(20_000) }
        return !isRunning
    }

    func stop(grace: TimeInterval = 10) {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        if !wait(timeout: grace) {
            kill(pid, SIGKILL)
            wait(timeout: 5)
        }
    }

    var stdout: String { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: err, encoding: .utf8)) ?? "" }

    /// Runs to completion (killed after `timeout`).
    static func run(_ argv: [String], environment: [String] = [], timeout: TimeInterval = 60) throws -> TestSupport.Outcome {
        let p = try SpawnedProcess(argv, environment: environment)
        if !p.wait(timeout: timeout) { p.stop(grace: 1) }
        return TestSupport.Outcome(status: p.exitCode, stdout: p.stdout, stderr: p.stderr)
    }
}

/// A one-node Slurm cluster on this machine: `munged`, `slurmctld` and `slurmd` started with a
/// generated slurm.conf (this machine's CPUs, SlurmUser=root, proctrack/linuxproc, task/none) and
/// state, spool, pid and log files in a folder of its own. `stop` ends what `start` started.
final class LocalSlurm {
    let dir: String
    let conf: String
    let host: String
    private var started: [SpawnedProcess] = []

    static let daemons = ["/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd"]
    static let clients = ["/usr/bin/sbatch", "/usr/bin/squeue", "/usr/bin/scancel", "/usr/bin/sinfo"]
    static var installed: Bool { (daemons + clients).allSatisfy { FileManager.default.isExecutableFile(atPath: $0) } }
    /// CI must run this test: there a cluster that cannot start is a failure, not a skip.
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    init() {
        dir = TestSupport.temporaryDirectory("slurm")
        conf = dir + "/slurm.conf"
        // slurmd names its node after the short host name.
        host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "localhost"
    }

    /// `env SLURM_CONF=… TOOL ARGS`: the daemons and the clients find this cluster's config.
    func run(_ tool: String, _ args: [String], timeout: TimeInterval = 30) throws -> TestSupport.Outcome {
        try SpawnedProcess.run([tool] + args, environment: ["SLURM_CONF=\(conf)"], timeout: timeout)
    }

    func start() throws {
        guard getuid() == 0 else { throw Unavailable(description: "the one-node cluster runs its daemons as root (SlurmUser=root); not root here") }
        let fm = FileManager.default
        for sub in ["munge", "state", "spool", "run"] {
            try fm.createDirectory(atPath: "\(dir)/\(sub)", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        var key = [UInt8](repeating: 0, count: 1024)
        for i in key.indices { key[i] = UInt8.random(in: 0...255) }
        try Data(key).write(to: URL(fileURLWithPath: "\(dir)/munge/munge.key"))
        chmod("\(dir)/munge/munge.key", 0o400)
        // In the foreground, as children of this process: a daemon's forked child would keep
        // Foundation's Process waiting, and stop() ends exactly what was started.
        let munged = try SpawnedProcess(["/usr/sbin/munged", "--foreground", "--key-file=\(dir)/munge/munge.key",
                                         "--socket=\(dir)/munge/munge.socket", "--pid-file=\(dir)/munge/munged.pid",
                                         "--log-file=\(dir)/munge/munged.log", "--seed-file=\(dir)/munge/seed", "--force"])
        started.append(munged)
        let socketBy = Date().addingTimeInterval(10)
        while !fm.fileExists(atPath: "\(dir)/munge/munge.socket") && munged.isRunning && Date() < socketBy { usleep(50_000) }
        guard fm.fileExists(atPath: "\(dir)/munge/munge.socket") else {
            throw Unavailable(description: "munged did not start: \(munged.stderr)")
        }
        // Ports of their own: another cluster (or a second test process) may hold Slurm's defaults.
        let port = Int.random(in: 20_000...29_000)
        let text = """
            ClusterName=gaitpipetest
            SlurmctldHost=\(host)
            SlurmUser=root
            SlurmdUser=root
            AuthType=auth/munge
            AuthInfo=socket=\(dir)/munge/munge.socket
            CredType=cred/munge
            ProctrackType=proctrack/linuxproc
            TaskPlugin=task/none
            SelectType=select/cons_tres
            SelectTypeParameters=CR_CPU
            StateSaveLocation=\(dir)/state
            SlurmdSpoolDir=\(dir)/spool
            SlurmctldPidFile=\(dir)/run/slurmctld.pid
            SlurmdPidFile=\(dir)/run/slurmd.pid
            SlurmctldLogFile=\(dir)/slurmctld.log
            SlurmdLogFile=\(dir)/slurmd.log
            SlurmctldPort=\(port)
            SlurmdPort=\(port + 1)
            ReturnToService=2
            MpiDefault=none
            JobAcctGatherType=jobacct_gather/none
            AccountingStorageType=accounting_storage/none
            NodeName=\(host) CPUs=\(ProcessInfo.processInfo.activeProcessorCount) RealMemory=1000 State=UNKNOWN
            PartitionName=main Nodes=\(host) Default=YES MaxTime=INFINITE State=UP

            """
        try text.write(toFile: conf, atomically: true, encoding: .utf8)
        for (daemon, name) in [("/usr/sbin/slurmctld", "slurmctld"), ("/usr/sbin/slurmd", "slurmd")] {
            let flags = name == "slurmctld" ? ["-D", "-i"] : ["-D"]
            let p = try SpawnedProcess([daemon] + flags, environment: ["SLURM_CONF=\(conf)"])
            started.append(p)
            usleep(300_000)
            guard p.isRunning else {
                throw Unavailable(description: "\(daemon) did not start (\(p.exitCode)): \(p.stderr)\(log(name))")
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let states = try run("/usr/bin/sinfo", ["--noheader", "--format", "%T"], timeout: 10).stdout
            if states.contains("idle") || states.contains("mixed") { return }
            usleep(250_000)
        }
        throw Unavailable(description: "the node did not become idle within 30 s\(log("slurmctld"))\(log("slurmd"))")
    }

    private func log(_ daemon: String) -> String {
        let text = (try? String(contentsOfFile: "\(dir)/\(daemon).log", encoding: .utf8)) ?? ""
        return text.isEmpty ? "" : "\n\(daemon).log:\n\(text.suffix(1500))"
    }

    /// Job ids in the queue (any state).
    func queue() throws -> [String] {
        try run("/usr/bin/squeue", ["--noheader", "--format", "%i"]).stdout.split(separator: "\n").map(String.init)
    }

    /// SIGTERM to every daemon started (slurmd, slurmctld, munged), SIGKILL after 10 s.
    func stop() {
        for daemon in started.reversed() { daemon.stop() }
        started.removeAll()
    }
}

/// The runner launches gait-metrics workers as Slurm jobs on a real one-node cluster (issue 22).
@Suite(.serialized, .enabled(if: LocalSlurm.installed || LocalSlurm.inCI,
                             "needs Debian's slurm-wlm and munge (make test-deps)"))
struct SlurmClusterTests {
    /// A started cluster, or nil with the reason printed (outside CI only).
    static func cluster() throws -> LocalSlurm? {
        let slurm = LocalSlurm()
        do {
            try slurm.start()
            return slurm
        } catch {
            slurm.stop()
            if LocalSlurm.inCI { throw error }
            print("SlurmClusterTests skipped: \(error)")
            return nil
        }
    }

    static func pipeline(_ dir: String, jobs: Int = 2, partition: String = "main") throws -> String {
        let port = Int.random(in: 30_000...39_000)
        let file = "\(dir)/slurm-\(partition).yaml"
        try """
            version: 1
            stages:
              - name: activity-import
                replicas: 2
              - name: gait-metrics
                remote: true
                listen: tcp://127.0.0.1:\(port)
                advertise: tcp://127.0.0.1:\(port)
                launch: {slurm: {jobs: \(jobs), replicas_per_job: 1, partition: \(partition), time: "00:10:00"}}
              - name: injury-scoring
              - name: load-report
                params:
                  units: km

            """.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// `gaitpipe ARGS --no-cache` with SLURM_CONF set, in `directory` when given (relative --out).
    func runner(_ slurm: LocalSlurm, _ args: [String], in directory: String? = nil) throws -> SpawnedProcess {
        let gaitpipe = [TestSupport.gaitpipe] + args + ["--no-cache"]
        let argv = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + gaitpipe } ?? gaitpipe
        return try SpawnedProcess(argv, environment: ["SLURM_CONF=\(slurm.conf)"])
    }

    @Test func aSeasonWhoseGaitMetricsLaunchesTwoJobs() throws {
        guard let slurm = try Self.cluster() else { return }
        defer { slurm.stop() }
        let dir = TestSupport.temporaryDirectory("slurm-run")
        let season = TestSupport.sampleSeason
        let local = try TestSupport.gaitpipe(["run", "Pipelines/season.yaml", "--input", season, "--out", dir + "/local"])
        try #require(local.status == 0, "\(local.stderr)")

        // A relative --out: the jobs still find their keys (absolute paths in their scripts).
        let run = try runner(slurm, ["run", try Self.pipeline(dir), "--input", season, "--out", "slurm"], in: dir)
        if !run.wait(timeout: 300) { run.stop() }
        let outcome = TestSupport.Outcome(status: run.exitCode, stdout: run.stdout, stderr: run.stderr)
        #expect(outcome.status == 0, "runner:\n\(outcome.stderr.suffix(3000))")
        #expect(outcome.stderr.contains("submitted Slurm job"), "\(outcome.stderr.suffix(2000))")
        #expect(outcome.stderr.contains("cancelled Slurm jobs"), "every job started is cancelled at the end")

        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/slurm/summary.json"))) as? [String: Any]
        let launched = try #require(summary?["slurm"] as? [String: Any], "summary.json has no slurm section")
        #expect(launched["jobs_submitted"] as? Int == 2)
        let jobs = try #require(launched["jobs"] as? [[String: Any]])
        let answered = jobs.map { $0["answered"] as? Int ?? 0 }
        #expect(answered.reduce(0, +) > 0, "no launched worker answered a task: \(jobs)")
        if ProcessInfo.processInfo.activeProcessorCount >= 2 {
            // Two 1-CPU jobs fit this node at once: both run and answer.
            #expect(launched["jobs_started"] as? Int == 2, "\(jobs)")
            #expect(answered.allSatisfy { $0 > 0 }, "each job answers tasks: \(jobs)")
        }
        let stages = try #require(summary?["stages"] as? [[String: Any]])
        let workers = stages.first { $0["name"] as? String == "gait-metrics" }?["workers"] as? [String: Int] ?? [:]
        #expect(workers["slurm-gait-metrics-1", default: 0] == answered[0], "the stage's answers per worker agree with the job's")

        // The same outputs as the single-machine run, byte for byte.
        var compared = 0
        for athlete in try FileManager.default.contentsOfDirectory(atPath: season).sorted() {
            for f in ["runs.csv", "weeks.csv", "report.json"] {
                let a = FileManager.default.contents(atPath: "\(dir)/local/\(athlete)/\(f)")
                #expect(a != nil && a == FileManager.default.contents(atPath: "\(dir)/slurm/\(athlete)/\(f)"), "\(athlete)/\(f) differs")
                compared += 1
            }
        }
        for f in ["runs.csv", "weeks.csv"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/local/\(f)") == FileManager.default.contents(atPath: "\(dir)/slurm/\(f)"), "\(f) differs")
        }
        #expect(compared >= 9)
        // The jobs' keys served this run only; their scripts and logs stay for reading.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir + "/slurm/slurm")
        #expect(!left.contains { $0.hasSuffix("_secret") }, "\(left)")
        #expect(left.contains("slurm-gait-metrics-1.out"))
        try waitForEmptyQueue(slurm, within: 10)
    }

    /// Ctrl-C cancels the jobs at once; after `kill -9` of the runner its workers notice the
    /// silence and leave the queue by themselves.
    @Test func interruptedOrKilledRunnerLeavesNoJobs() throws {
        guard let slurm = try Self.cluster() else { return }
        defer { slurm.stop() }
        let dir = TestSupport.temporaryDirectory("slurm-interrupt")
        // A bigger season, so the run is still going when the jobs have joined.
        let season = dir + "/season"
        try #require(try TestSupport.gaitpipe(["synth", "--out", season, "--athletes", "6", "--weeks", "30"]).status == 0)
        let file = try Self.pipeline(dir)
        for (signal, name) in [(SIGINT, "sigint"), (SIGKILL, "kill9")] {
            let run = try runner(slurm, ["run", file, "--input", season, "--out", "\(dir)/\(name)"])
            let joinedBy = Date().addingTimeInterval(120)
            while !run.stderr.contains("of worker 'slurm-gait-metrics-") && run.isRunning && Date() < joinedBy {
                usleep(100_000)
            }
            try #require(run.isRunning, "the run ended before a job joined:\n\(run.stderr.suffix(2000))")
            #expect(try slurm.queue().count == 2)
            kill(run.pid, signal)
            run.wait(timeout: 30)
            if signal == SIGINT {
                #expect(run.exitCode == 130)
                #expect(run.stderr.contains("cancelled Slurm jobs"))
                try waitForEmptyQueue(slurm, within: 10)
            } else {
                // 30 s of silence (--exit-when-runner-silent), then the job ends.
                let started = Date()
                try waitForEmptyQueue(slurm, within: 75)
                let took = Date().timeIntervalSince(started)
                #expect(took > 20, "the jobs left after \(took) s: before their limit, so not by the silence rule?")
                let out = (try? String(contentsOfFile: "\(dir)/\(name)/slurm/slurm-gait-metrics-1.out", encoding: .utf8)) ?? ""
                #expect(out.contains("no runner at"), "job 1's output:\n\(out.suffix(1500))")
            }
        }
    }

    /// A job cancelled mid-run is a worker that left: its tasks are requeued and the outputs are
    /// a local run's. A partition Slurm does not know is a usage error (exit 2) before anything runs.
    @Test func aJobThatDiesAndAJobSlurmRefuses() throws {
        guard let slurm = try Self.cluster() else { return }
        defer { slurm.stop() }
        let dir = TestSupport.temporaryDirectory("slurm-dies")
        let season = dir + "/season"
        try #require(try TestSupport.gaitpipe(["synth", "--out", season, "--athletes", "6", "--weeks", "30"]).status == 0)
        let local = try TestSupport.gaitpipe(["run", "Pipelines/season.yaml", "--input", season, "--out", dir + "/local"])
        try #require(local.status == 0, "\(local.stderr)")

        let run = try runner(slurm, ["run", try Self.pipeline(dir), "--input", season, "--out", dir + "/slurm"])
        let joinedBy = Date().addingTimeInterval(120)
        while !run.stderr.contains("of worker 'slurm-gait-metrics-1' joined") && run.isRunning && Date() < joinedBy { usleep(100_000) }
        try #require(run.isRunning, "the run ended before job 1 joined:\n\(run.stderr.suffix(2000))")
        let jobID = try #require(run.stderr.split(separator: "\n").first { $0.contains("(slurm-gait-metrics-1,") }?
            .split(separator: " ").first { $0.allSatisfy(\.isNumber) && !$0.isEmpty })
        #expect(try slurm.run("/usr/bin/scancel", [String(jobID)]).status == 0)
        if !run.wait(timeout: 300) { run.stop() }
        #expect(run.exitCode == 0, "runner:\n\(run.stderr.suffix(3000))")
        for f in ["runs.csv", "weeks.csv"] {
            let a = FileManager.default.contents(atPath: "\(dir)/local/\(f)")
            #expect(a != nil && a == FileManager.default.contents(atPath: "\(dir)/slurm/\(f)"), "\(f) differs from the local run's")
        }
        try waitForEmptyQueue(slurm, within: 10)

        let refused = try runner(slurm, ["run", try Self.pipeline(dir, partition: "nosuch"), "--input", season, "--out", dir + "/refused"])
        refused.wait(timeout: 60)
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.contains("stage 'gait-metrics': sbatch refused its worker job: sbatch: error: invalid partition specified: nosuch"),
                "\(refused.stderr)")
        #expect(try slurm.queue().isEmpty)
    }

    func waitForEmptyQueue(_ slurm: LocalSlurm, within seconds: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var queue = try slurm.queue()
        while !queue.isEmpty && Date() < deadline {
            usleep(250_000)
            queue = try slurm.queue()
        }
        #expect(queue.isEmpty, "jobs left in squeue: \(queue)")
        if !queue.isEmpty { _ = try slurm.run("/usr/bin/scancel", queue) }
    }
}
