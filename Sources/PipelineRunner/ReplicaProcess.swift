import Foundation
import Glibc

/// One stage replica as an OS process. Its stderr goes to a file in the job folder so that a crash
/// can be reported with its last lines.
///
/// Each replica leads its own process group (signals go to the group, so anything it started goes
/// too) and is told the runner's pid in `GAITPIPE_PARENT_PID`: a StageKit stage then asks the kernel
/// for SIGTERM when its parent goes (PR_SET_PDEATHSIG), so `kill -9` of the runner leaves no stage
/// behind. The death signal follows the spawning *thread*: replicas are spawned from the run loop,
/// which lives as long as they do.
final class ReplicaProcess {
    let pid: pid_t
    let stderrPath: String
    private(set) var exitStatus: Int32?
    /// User + system CPU seconds the process used, known once it has been reaped (wait4).
    private(set) var cpuSeconds: Double?
    /// Set when the runner killed it for a task past its deadline (the task's fault, not outside's).
    var killedForDeadline = false

    /// Starts `executable --connect endpoint` (a replica).
    convenience init(executable: String, endpoint: String, extraArguments: [String] = [], stderrPath: String) throws {
        try self.init(executable: executable, arguments: ["--connect", endpoint] + extraArguments, stderrPath: stderrPath)
    }

    /// Starts `executable arguments…` with stdin from /dev/null, stderr to `stderrPath` and stdout to
    /// `stdoutPath` (inherited when nil). Every stage process starts here: replicas and `--describe`.
    init(executable: String, arguments: [String], stdoutPath: String? = nil, stderrPath: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let stdoutPath {
            posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The runner's signal dispositions must not leak into the child: default SIGINT/SIGTERM.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        // Its own process group (pgid = its pid): a terminal's Ctrl-C reaches the runner only, which
        // tears the replicas down in order, and `kill(-pid)` reaches whatever the replica started.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv = [executable] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != Self.parentEnvironmentKey }
            .map { "\($0.key)=\($0.value)" } + ["\(Self.parentEnvironmentKey)=\(getpid())"]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer { for p in cEnv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attributes, &cArgs, &cEnv)
        guard rc == 0 else {
            throw SpawnError(executable: executable, errno: rc)
        }
        pid = child
        self.stderrPath = stderrPath
    }

    /// Reaps the child if it has exited (non-blocking). Returns true once it has.
    @discardableResult
    func poll() -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        var usage = rusage()
        let rc = wait4(pid, &status, WNOHANG, &usage)
        if rc == pid {
            exitStatus = status
            cpuSeconds = Self.seconds(usage)
            return true
        }
        if rc < 0 && errno == ECHILD {
            exitStatus = -1
            return true
        }
        return false
    }

    var isRunning: Bool { !poll() }

    /// Where a replica finds the pid of the process that should outlive it (StageKit's `ParentWatch`).
    static let parentEnvironmentKey = "GAITPIPE_PARENT_PID"

    /// "exited with 3", "killed by signal 9".
    var exitDescription: String {
        guard let s = exitStatus else { return "running" }
        if s < 0 { return "vanished" }
        let signal = s & 0x7f
        return signal == 0 ? "exited with \((s >> 8) & 0xff)" : "killed by signal \(signal)"
    }

    /// Exited by itself with status 0.
    var exitedCleanly: Bool { exitStatus == 0 }

    /// Ended by SIGKILL or SIGTERM, which another process sent: not the stage's own failure.
    var wasKilledFromOutside: Bool {
        guard let s = exitStatus, s >= 0 else { return false }
        let signal = s & 0x7f
        return signal == SIGKILL || signal == SIGTERM
    }

    /// To the replica's whole process group.
    func signal(_ sig: Int32) {
        if isRunning { kill(-pid, sig) }
    }

    /// Peak resident memory so far (VmHWM from /proc), in KiB; nil once the process is gone.
    var peakResidentKiB: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    static func seconds(_ u: rusage) -> Double {
        Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }

    /// The last lines the replica wrote to stderr.
    func stderrTail(lines: Int = 8) -> String {
        guard let data = FileManager.default.contents(atPath: stderrPath) else { return "" }
        let text = String(decoding: data.suffix(8192), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: true).suffix(lines).joined(separator: "\n")
    }

    /// Teardown of a group of replicas: SIGTERM, wait up to `grace`, then SIGKILL and reap (the
    /// pattern of swift-subprocess's `Teardown`).
    static func terminate(_ processes: [ReplicaProcess], grace: Duration = .milliseconds(1500)) {
        for p in processes { p.signal(SIGTERM) }
        let deadline = ContinuousClock.now + grace
        while processes.contains(where: \.isRunning) && ContinuousClock.now < deadline {
            usleep(10_000)
        }
        for p in processes where p.isRunning {
            kill(-p.pid, SIGKILL)
            var status: Int32 = 0
            var usage = rusage()
            wait4(p.pid, &status, 0, &usage)
            p.exitStatus = status
            p.cpuSeconds = seconds(usage)
        }
    }
}

struct SpawnError: Error, CustomStringConvertible {
    var executable: String
    var errno: Int32
    var description: String { "cannot start \(executable): \(String(cString: strerror(errno)))" }
}
