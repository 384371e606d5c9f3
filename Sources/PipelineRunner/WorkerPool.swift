import Foundation
import GaitWire
public import Logging
import ZeroMQ

/// `gaitpipe worker`: replicas of one stage on this machine serving a remote runner over CURVE.
/// A replica that fails is restarted (with back-off); one that the runner shut down is not; the
/// pool ends when all of its replicas were shut down, or on SIGINT/SIGTERM.
public struct WorkerPool {
    public var executable: String
    public var endpoint: String
    public var serverKeyFile: String
    public var keyFile: String
    public var replicas: Int
    /// Exit once no runner has answered for this long (a launched worker outliving its run);
    /// nil waits for the next run with back-off, as a standing worker does.
    public var exitWhenRunnerSilent: Duration?

    public init(executable: String, endpoint: String, serverKeyFile: String, keyFile: String, replicas: Int,
                exitWhenRunnerSilent: Duration? = nil) {
        self.exitWhenRunnerSilent = exitWhenRunnerSilent
        self.executable = executable
        self.endpoint = endpoint
        self.serverKeyFile = serverKeyFile
        self.keyFile = keyFile
        self.replicas = replicas
    }

    /// Checks the keys before anything starts (fail closed), then runs until done; returns the exit code.
    public func run(logger: Logger) -> Int32 {
        do {
            guard endpoint.hasPrefix("tcp://") else {
                throw CertificateError(path: endpoint, problem: "a worker connects to tcp://HOST:PORT")
            }
            _ = try ZMQCertificate.load(serverKeyFile, requireSecret: false)
            _ = try ZMQCertificate.load(keyFile, requireSecret: true)
        } catch {
            logger.error("\(error)")
            return 2
        }
        let stderrDirectory: String
        do { stderrDirectory = try JobDirectory.create() } catch {
            logger.error("\(error)")
            return 1
        }
        defer { JobDirectory.remove(stderrDirectory) }
        let arguments = ["--server-key", serverKeyFile, "--key", keyFile]
        var live: [ReplicaProcess] = []
        var finished = 0
        var failuresInARow = 0
        var started = 0
        var notAdmittedInARow = 0
        var lastProblem = ""
        // Since when no replica has been known to reach a runner: set by a replica that lost its
        // runner (3 missed heartbeats, or never admitted), cleared by one that outlived its
        // admission wait (it must have been answered) or that the runner shut down.
        var silentSince: ContinuousClock.Instant? = .now
        var spawnedAt: [Int32: ContinuousClock.Instant] = [:]
        func spawn(quiet: Bool = false) {
            started += 1
            do {
                let p = try ReplicaProcess(executable: executable, endpoint: endpoint, extraArguments: arguments,
                                           stderrPath: "\(stderrDirectory)/\(started).stderr")
                live.append(p)
                spawnedAt[p.pid] = .now
                if !quiet { logger.notice("started replica pid \(p.pid) → \(endpoint)") }
            } catch {
                logger.error("\(error)")
            }
        }
        for _ in 0..<replicas { spawn() }
        // Restarts wait out their back-off here, not in a sleep: Ctrl-C is answered within 100 ms
        // however many replicas are failing or waiting to be admitted.
        var respawnsDue: [(at: ContinuousClock.Instant, quiet: Bool)] = []
        while finished < replicas {
            if InterruptFlag.received != 0 {
                ReplicaProcess.terminate(live)
                return RunExitCode.interrupted
            }
            usleep(100_000)
            let now = ContinuousClock.now
            if live.contains(where: { p in p.isRunning && spawnedAt[p.pid].map { now - $0 > Self.admissionProof } ?? false }) {
                silentSince = nil
            }
            if let limit = exitWhenRunnerSilent, let since = silentSince, now - since > limit {
                logger.notice("no runner at \(endpoint) for \(limit); exiting (--exit-when-runner-silent)")
                ReplicaProcess.terminate(live)
                return 0
            }
            for p in live where !p.isRunning {
                let notAdmitted = p.exitStatus.map { $0 >= 0 && $0 & 0x7f == 0 && ($0 >> 8) & 0xff == ReplicaExitStatus.notAdmitted } ?? false
                // SIGALRM: the replica's admission watchdog ended it (StageWorker).
                let watchdog = p.exitStatus.map { $0 >= 0 && $0 & 0x7f == SIGALRM } ?? false
                if !p.exitedCleanly && silentSince == nil {
                    // A replica that lost its runner noticed 3 heartbeats (3 s) after the silence began.
                    silentSince = now - .seconds(3)
                }
                if notAdmitted || watchdog {
                    // Refused or nothing listening: said once (again only if it changes), then
                    // quiet retries with back-off up to a minute — a worker may wait for a run.
                    let line = p.stderrTail(lines: 1)
                    let problem = watchdog ? "no answer from the runner at \(endpoint) in time; retrying"
                        : line.range(of: ": ").map { String(line[$0.upperBound...]) } ?? line
                    if problem != lastProblem {
                        logger.error("\(problem)")
                        lastProblem = problem
                    }
                    notAdmittedInARow += 1
                    respawnsDue.append((now + .seconds(min(60, 1 << min(notAdmittedInARow, 6))), true))
                    continue
                }
                notAdmittedInARow = 0
                if p.exitStatus == 0 {
                    finished += 1
                    silentSince = nil
                    failuresInARow = 0
                    logger.notice("replica pid \(p.pid) was shut down by the runner")
                    continue
                }
                failuresInARow += 1
                let tail = p.stderrTail(lines: 3)
                let backOff = Self.backOff(failuresInARow: failuresInARow)
                logger.warning("replica pid \(p.pid) \(p.exitDescription)\(tail.isEmpty ? "" : ": " + tail); restarting in \(backOff)")
                respawnsDue.append((now + backOff, false))
            }
            for p in live where !p.isRunning { spawnedAt[p.pid] = nil }
            live.removeAll { !$0.isRunning }
            let due = respawnsDue.filter { $0.at <= now }
            respawnsDue.removeAll { $0.at <= now }
            for r in due { spawn(quiet: r.quiet) }
        }
        return 0
    }

    /// A replica still running this long after it started was answered by a runner: one that is
    /// not gives up after its 10 s admission wait (StageWorker.admissionTimeout).
    public static let admissionProof: Duration = .seconds(15)

    /// 0.4 s after the first failure in a row, doubling, at most 5 s.
    static func backOff(failuresInARow n: Int) -> Duration {
        .microseconds(min(5_000_000, 200_000 << min(max(n, 1), 5)))
    }
}
