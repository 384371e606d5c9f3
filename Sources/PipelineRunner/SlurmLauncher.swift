import Foundation
import Glibc
import Logging
import Synchronization
import ZeroMQ

/// Workers of stages with `launch: {slurm: …}`, submitted by the runner as Slurm jobs (as
/// Nextflow's Slurm executor and dask-jobqueue's SLURMCluster do): each job runs `gaitpipe worker`
/// against the stage's advertised address with a key pair made for this run alone.
///
/// The folder `<out>/slurm/` (0700; the jobs run as the same user and read it, so it must be on a
/// filesystem the nodes share) holds the run's public server certificate, one secret certificate
/// per job (0600), each job's batch script and its Slurm output. Every job started is cancelled
/// when the run ends however it ends; a launched worker also exits by itself after
/// `silenceLimit` seconds without its runner (`--exit-when-runner-silent`), for a runner killed
/// with `kill -9`.
final class SlurmLauncher {
    static let tools = ["sbatch", "squeue", "scancel"]
    /// How often `squeue` is asked (on its own thread: a slow controller never stalls the run).
    static let pollInterval: Duration = .seconds(3)
    /// Seconds a launched worker waits for a silent runner before it exits.
    static let silenceLimit = 30
    /// A Slurm command that has not answered by then is given up on (its controller is down).
    static let commandLimit: Duration = .seconds(30)

    struct Job: Sendable {
        var stage: String
        /// The worker's ZAP label: its answers are counted under it (StageStats.remoteResults).
        var label: String
        var jobID = ""
        /// The last state `squeue` reported: PENDING, RUNNING, …; "ENDED" once it left the queue.
        var state = "SUBMITTED"
        /// Seen RUNNING at least once, or answered a task.
        var started = false
    }

    let folder: String
    /// The run's server certificate: `--server-key`'s, else one made for this run.
    let serverCertificate: ZMQCertificate
    /// Public key → label of every job's worker certificate, to be admitted for this run.
    private(set) var authorized: [String: String] = [:]
    private(set) var jobs: [Job] = []
    private let logger: Logger
    /// What the polling thread shares with the run loop.
    private final class QueueView: Sendable {
        let states = Mutex<[String: String]>([:])
        let stopping = Atomic<Bool>(false)
    }
    private let queue = QueueView()
    private var pollThread: Thread?
    private var cancelled = false

    /// Makes the folder and the keys; nothing is submitted yet.
    init(folder: String, serverCertificate: ZMQCertificate, stages: [PipelineFile.StageEntry], logger: Logger) throws {
        self.folder = folder
        self.logger = logger
        try OutputFolder.makeFolder(folder)
        self.serverCertificate = serverCertificate
        // The public half only: the jobs must not hold the runner's secret.
        try ZMQCertificate(publicKey: self.serverCertificate.publicKey, secretKey: nil).write(to: "\(folder)/server.key")
        try? FileManager.default.removeItem(atPath: "\(folder)/server.key_secret")
        for stage in stages {
            guard let launch = stage.launch else { continue }
            for n in 1...launch.jobs {
                let label = "slurm-\(stage.name)-\(n)"
                let certificate = try ZMQCertificate.generate()
                try certificate.write(to: "\(folder)/\(label).key")
                authorized[certificate.publicKey] = label
                jobs.append(Job(stage: stage.name, label: label))
            }
        }
    }

    /// Submits every job with `sbatch`; on the first refusal cancels those already submitted and throws.
    func submit(stages: [ValidatedPipeline.Stage], runName: String) throws(GaitpipeError) {
        let gaitpipe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        for i in jobs.indices {
            guard let stage = stages.first(where: { $0.entry.name == jobs[i].stage }), let launch = stage.entry.launch,
                  let advertise = stage.entry.advertise else { continue }
            let label = jobs[i].label
            let script = "\(folder)/\(label).sbatch"
            let worker = [gaitpipe, "worker", Self.absolute(stage.executable), "--connect", advertise,
                          "--server-key", "\(folder)/server.key", "--key", "\(folder)/\(label).key_secret",
                          "--replicas", "\(launch.replicasPerJob)",
                          "--exit-when-runner-silent", "\(Self.silenceLimit)"]
            // The runner's own marker must not reach the job's processes (ParentWatch would read it).
            let text = "#!/bin/sh\nunset \(ReplicaProcess.parentEnvironmentKey)\nexec \(worker.map(Self.shellQuoted).joined(separator: " "))\n"
            do {
                try OutputFolder.replace(script, with: Array(text.utf8))
                chmod(script, 0o700)
            } catch {
                cancelAll()
                throw GaitpipeError(.failed, "\(script): \(error)")
            }
            var arguments = ["--parsable", "--job-name", "gaitpipe-\(runName)-\(stage.entry.name)",
                             "--output", "\(folder)/\(label).out", "--chdir", folder,
                             "--ntasks", "1", "--cpus-per-task", "\(launch.replicasPerJob)"]
            if let partition = launch.partition { arguments += ["--partition", partition] }
            if let time = launch.time { arguments += ["--time", time] }
            let answer = Self.runTool("sbatch", arguments + [script], in: folder)
            // --parsable: "JOBID" or "JOBID;CLUSTER".
            let jobID = answer.output.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard answer.ok, !jobID.isEmpty, jobID.allSatisfy(\.isNumber) else {
                cancelAll()
                throw GaitpipeError(.usage, "stage '\(stage.entry.name)': sbatch refused its worker job: \(answer.problem)")
            }
            jobs[i].jobID = jobID
            logger.notice("\(stage.entry.name): submitted Slurm job \(jobID) (\(label), \(launch.replicasPerJob) replica\(launch.replicasPerJob == 1 ? "" : "s"))")
        }
        startPolling()
    }

    /// Asks `squeue` every `pollInterval` on its own thread until `cancelAll`.
    private func startPolling() {
        let ids = jobs.map(\.jobID).filter { !$0.isEmpty }
        guard !ids.isEmpty else { return }
        let queue = queue, folder = folder
        let thread = Thread {
            while !queue.stopping.load(ordering: .relaxed) {
                let answer = Self.runTool("squeue", ["--noheader", "--jobs", ids.joined(separator: ","), "--format", "%i %T"],
                                          in: folder)
                if answer.ok {
                    var states: [String: String] = [:]
                    for line in answer.output.split(separator: "\n") {
                        let parts = line.split(separator: " ")
                        if parts.count == 2 { states[String(parts[0])] = String(parts[1]) }
                    }
                    // A job that left the queue is not listed (or squeue says "Invalid job id").
                    for id in ids where states[id] == nil { states[id] = "ENDED" }
                    queue.states.withLock { $0 = states }
                }
                var waited: Duration = .zero
                while waited < Self.pollInterval && !queue.stopping.load(ordering: .relaxed) {
                    usleep(100_000)
                    waited += .milliseconds(100)
                }
            }
        }
        thread.start()
        pollThread = thread
    }

    /// Takes in the latest `squeue` answer and each job's answers so far.
    func refresh(answers: [String: Int]) {
        let states = queue.states.withLock { $0 }
        for i in jobs.indices {
            if let state = states[jobs[i].jobID] { jobs[i].state = state }
            if jobs[i].state == "RUNNING" || jobs[i].state == "COMPLETING" || answers[jobs[i].label, default: 0] > 0 {
                jobs[i].started = true
            }
        }
    }

    /// "slurm: 1 pending, 1 running, answered 34" for the progress line.
    func progressText(answers: [String: Int]) -> String {
        refresh(answers: answers)
        var counts: [String: Int] = [:]
        for job in jobs { counts[job.state.lowercased(), default: 0] += 1 }
        let states = counts.keys.sorted().map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", ")
        let answered = jobs.reduce(0) { $0 + answers[$1.label, default: 0] }
        return "slurm: \(states), answered \(answered)"
    }

    /// Cancels every job this run submitted (idempotent), stops polling, removes the workers' secrets.
    func cancelAll() {
        guard !cancelled else { return }
        cancelled = true
        queue.stopping.store(true, ordering: .relaxed)
        let ids = jobs.map(\.jobID).filter { !$0.isEmpty }
        if !ids.isEmpty {
            let answer = Self.runTool("scancel", ids, in: folder)
            if answer.ok {
                logger.notice("cancelled Slurm job\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ", "))")
            } else {
                logger.error("scancel \(ids.joined(separator: " ")) failed: \(answer.problem); cancel them by hand")
            }
        }
        // Authorized for this run only: the secrets are of no use after it.
        for job in jobs { unlink("\(folder)/\(job.label).key_secret") }
    }

    // MARK: - Tools

    struct ToolAnswer {
        var ok: Bool
        var output: String
        var problem: String
    }

    /// Runs a Slurm command (found on PATH) with a time limit; output through files, as `--describe`.
    static func runTool(_ tool: String, _ arguments: [String], in folder: String) -> ToolAnswer {
        guard let executable = findExecutable(tool) else {
            return ToolAnswer(ok: false, output: "", problem: "\(tool) is not on PATH")
        }
        let base = NSTemporaryDirectory() + "gaitpipe-\(tool)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(base + ".out"); unlink(base + ".err") }
        let process: ReplicaProcess
        do {
            process = try ReplicaProcess(executable: executable, arguments: arguments, stdoutPath: base + ".out",
                                         stderrPath: base + ".err")
        } catch {
            return ToolAnswer(ok: false, output: "", problem: "\(error)")
        }
        let deadline = ContinuousClock.now + commandLimit
        while process.isRunning && ContinuousClock.now < deadline { usleep(5_000) }
        if process.isRunning {
            ReplicaProcess.terminate([process], grace: .milliseconds(500))
            return ToolAnswer(ok: false, output: "", problem: "\(tool) did not answer within \(commandLimit) (is slurmctld up?)")
        }
        let output = String(decoding: FileManager.default.contents(atPath: base + ".out") ?? Data(), as: UTF8.self)
        let errors = String(decoding: FileManager.default.contents(atPath: base + ".err") ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return ToolAnswer(ok: process.exitedCleanly, output: output,
                          problem: errors.isEmpty ? "\(tool) \(process.exitDescription)" : errors)
    }

    /// The first executable `name` in PATH, or nil.
    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Single-quoted for sh(1).
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `tcp://HOST:PORT` with a host and a numeric port.
    static func isTCPAddress(_ address: String) -> Bool {
        guard address.hasPrefix("tcp://") else { return false }
        let rest = address.dropFirst(6)
        guard let colon = rest.lastIndex(of: ":"), colon > rest.startIndex,
              let port = Int(rest[rest.index(after: colon)...]), (1...65535).contains(port) else { return false }
        return true
    }

    /// `tcp://0.0.0.0:…`, `tcp://*:…`, `tcp://[::]:…`: where to bind, not where to connect.
    static func isWildcard(_ address: String) -> Bool {
        ["tcp://0.0.0.0:", "tcp://*:", "tcp://[::]:"].contains { address.hasPrefix($0) }
    }
}
