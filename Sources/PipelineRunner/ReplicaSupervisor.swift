import Glibc

/// A stage process as supervision sees it (`ReplicaProcess`, or a fake in tests).
protocol SupervisedProcess: AnyObject {
    var pid: pid_t { get }
    /// Reaps the process if it has exited (non-blocking).
    var isRunning: Bool { get }
    /// "exited with 3", "killed by signal 9".
    var exitDescription: String { get }
    /// Ended by SIGKILL or SIGTERM from another process: not the stage's own failure.
    var wasKilledFromOutside: Bool { get }
    var killedForDeadline: Bool { get set }
    var cpuSeconds: Double? { get }
    func stderrTail(lines: Int) -> String
    func signal(_ sig: Int32)
}

extension ReplicaProcess: SupervisedProcess {}

/// The local processes of one stage and the policies that keep them (PROTOCOL.md, DESIGN.md): how
/// many run, what an exit means (a crash loop, or a kill from outside), when a lost replica comes
/// back (back-off), and which replica is killed (silent for 3 heartbeats, or past a task deadline).
/// Spawning and the clock are injected, so every policy is tested without processes or sleeps; the
/// dispatcher keeps the protocol (credit, queues, tasks in flight) and acts on what this reports.
struct ReplicaSupervisor<Process: SupervisedProcess> {
    /// What became of one process that exited.
    struct Exit: Equatable {
        var pid: pid_t
        /// "replica pid 12 exited with 3", or the task deadline it was killed for.
        var reason: String
        /// The stage (or its task) is to blame: tasks it held take a strike. Not for a kill from outside.
        var blame: Bool
    }

    /// Before READY: a stage failing by itself (an exit status or a crash signal) this many times in
    /// a row is a crash loop, and the stage fails as a whole.
    static var crashLoopLimit: Int { 3 }
    /// A replica silent for this long is dead (3 missed heartbeats, DESIGN.md).
    static func isSilent(lastSeen: ContinuousClock.Instant, now: ContinuousClock.Instant, heartbeat: Duration) -> Bool {
        now - lastSeen > heartbeat * 3
    }

    let name: String
    let target: Int
    var taskDeadline: Duration
    /// Starts replica number n (1, 2, … over the run).
    private let spawnProcess: (Int) throws -> Process
    private(set) var processes: [Process] = []
    private(set) var spawned = 0
    private(set) var consecutiveEarlyExits = 0
    private var respawnAt: ContinuousClock.Instant?
    /// Why the stage failed as a whole (crash loop, cannot start); nil while it runs.
    private(set) var failure: String?
    /// CPU seconds of the processes reaped so far.
    private(set) var reapedCPUSeconds = 0.0
    private(set) var deaths = 0

    init(name: String, replicas: Int, taskDeadline: Duration, spawn: @escaping (Int) throws -> Process) {
        self.name = name
        target = replicas
        self.taskDeadline = taskDeadline
        spawnProcess = spawn
    }

    /// Starts the replicas; returns those that started.
    mutating func start() -> [Process] {
        (0..<target).compactMap { _ in spawn() }
    }

    private mutating func spawn() -> Process? {
        spawned += 1
        do {
            let p = try spawnProcess(spawned)
            processes.append(p)
            return p
        } catch {
            failure = failure ?? "stage '\(name)': \(error)"
            return nil
        }
    }

    func process(_ pid: pid_t) -> Process? { processes.first { $0.pid == pid } }

    /// A replica that went silent: killed, its tasks presumed lost (the caller buries it).
    func killSilent(_ pid: pid_t) { process(pid)?.signal(SIGKILL) }

    /// A task past the deadline on `pid`: the replica is killed; its exit, reported by `reap`, blames
    /// the task. Returns false when `pid` is not ours (a remote replica: the caller buries it).
    func killForDeadline(_ pid: pid_t) -> Bool {
        guard let p = process(pid) else { return false }
        p.killedForDeadline = true
        p.signal(SIGKILL)
        return true
    }

    /// True when a replica's running task is past the deadline.
    func isOverdue(runningFor: Duration) -> Bool { runningFor > taskDeadline }

    /// Reaps exited processes and says what each exit means. `ready` tells whether a pid had served
    /// (READY) before it exited; after `shutDown` exits are expected and count for nothing.
    mutating func reap(ready: (pid_t) -> Bool, shutDown: Bool) -> [Exit] {
        var exits: [Exit] = []
        for p in processes where !p.isRunning {
            reapedCPUSeconds += p.cpuSeconds ?? 0
            let how = "replica pid \(p.pid) \(p.exitDescription)"
            exits.append(Exit(pid: p.pid, reason: p.killedForDeadline ? "task deadline of \(taskDeadline) exceeded (\(how))" : how,
                              blame: !p.wasKilledFromOutside || p.killedForDeadline))
            guard !shutDown else { continue }
            deaths += 1
            // SIGKILL and SIGTERM come from outside — an operator, the OOM killer, a chaos test —
            // and say nothing about the stage, so they only cost a respawn.
            guard !ready(p.pid) && !p.wasKilledFromOutside else { continue }
            consecutiveEarlyExits += 1
            if consecutiveEarlyExits >= Self.crashLoopLimit && failure == nil {
                let tail = p.stderrTail(lines: 8)
                failure = "stage '\(name)': replicas exited \(consecutiveEarlyExits) times in a row before serving a task "
                    + "(last \(p.exitDescription))" + (tail.isEmpty ? "" : "; stderr:\n" + tail)
            }
        }
        processes.removeAll { !$0.isRunning }
        return exits
    }

    /// A replica answered a task: the stage serves, so earlier early exits were not a crash loop.
    mutating func served() { consecutiveEarlyExits = 0 }

    /// Brings lost replicas back while work can still arrive: the first check schedules a respawn
    /// 100 ms << (early exits in a row, at most 4) ahead, a later check at or after it spawns one.
    /// Never blocks. Returns the replica it started, if any.
    mutating func respawnIfDue(now: ContinuousClock.Instant, active: Bool) -> Process? {
        guard active && failure == nil && processes.count < target else { return nil }
        if let at = respawnAt {
            if now >= at {
                respawnAt = nil
                return spawn()
            }
        } else {
            respawnAt = now + .milliseconds(100 << min(consecutiveEarlyExits, 4))
        }
        return nil
    }

    /// The processes, for a teardown (SIGTERM, grace, SIGKILL).
    func all() -> [Process] { processes }
}
