import Glibc
@testable import PipelineRunner
import Testing

/// The supervision policies with fake processes and a hand-moved clock: no process, no sleep.
@Suite struct ReplicaSupervisorTests {
    /// A process whose end the test decides.
    final class FakeProcess: SupervisedProcess {
        let pid: pid_t
        var isRunning = true
        var exitDescription = "running"
        var wasKilledFromOutside = false
        var killedForDeadline = false
        var cpuSeconds: Double? = 0.5
        var signals: [Int32] = []

        init(pid: pid_t) { self.pid = pid }

        func stderrTail(lines: Int) -> String { "boom" }
        func signal(_ sig: Int32) { signals.append(sig) }

        func exit(_ how: String, fromOutside: Bool = false) {
            isRunning = false
            exitDescription = how
            wasKilledFromOutside = fromOutside
        }
    }

    /// Spawns fake processes 101, 102, …, or fails while `failing` is set.
    final class Spawner {
        var started: [FakeProcess] = []
        var failing = false
        func spawn(_ n: Int) throws -> FakeProcess {
            if failing { throw SupervisionFailure(message: "cannot start fake: no such file") }
            let p = FakeProcess(pid: pid_t(100 + n))
            started.append(p)
            return p
        }
    }

    static func supervisor(_ spawner: Spawner, replicas: Int = 2) -> ReplicaSupervisor<FakeProcess> {
        ReplicaSupervisor(name: "gait-metrics", replicas: replicas, taskDeadline: .seconds(5)) { try spawner.spawn($0) }
    }

    let t0 = ContinuousClock.now

    @Test func startsTheReplicasAndNumbersThem() {
        let spawner = Spawner()
        var s = Self.supervisor(spawner)
        #expect(s.start().map(\.pid) == [101, 102])
        #expect(s.all().count == 2)
    }

    /// Three exits in a row before READY are a crash loop: the stage fails with the last stderr lines.
    @Test func threeEarlyExitsAreACrashLoop() {
        let spawner = Spawner()
        var s = Self.supervisor(spawner, replicas: 1)
        _ = s.start()
        var now = t0
        for round in 1...3 {
            spawner.started.last?.exit("exited with 1")
            let exits = s.reap(ready: { _ in false }, shutDown: false)
            #expect(exits.map(\.blame) == [true])
            #expect(s.consecutiveEarlyExits == round)
            if round < 3 {
                #expect(s.failure == nil)
                // Back-off: 100 ms << early exits in a row; scheduled by one check, started by a later one.
                #expect(s.respawnIfDue(now: now, active: true) == nil)
                now += .milliseconds(100 << round) - .milliseconds(1)
                #expect(s.respawnIfDue(now: now, active: true) == nil)
                now += .milliseconds(1)
                #expect(s.respawnIfDue(now: now, active: true)?.pid == pid_t(101 + round))
            }
        }
        #expect(s.failure?.hasPrefix("stage 'gait-metrics': replicas exited 3 times in a row before serving a task (last exited with 1)") == true)
        #expect(s.failure?.hasSuffix("stderr:\nboom") == true)
        #expect(s.respawnIfDue(now: now + .seconds(10), active: true) == nil, "a failed stage is not respawned")
        #expect(s.deaths == 3)
        #expect(s.reapedCPUSeconds == 1.5)
    }

    /// SIGKILL/SIGTERM from outside (an operator, the OOM killer) cost a respawn, never a crash loop,
    /// and do not blame the tasks; neither does an exit after READY count toward one.
    @Test func outsideKillsAndServedReplicasAreNoCrashLoop() {
        let spawner = Spawner()
        var s = Self.supervisor(spawner, replicas: 1)
        _ = s.start()
        var now = t0
        for _ in 0..<5 {
            spawner.started.last?.exit("killed by signal 9", fromOutside: true)
            #expect(s.reap(ready: { _ in false }, shutDown: false).map(\.blame) == [false])
            _ = s.respawnIfDue(now: now, active: true)
            now += .milliseconds(100)
            #expect(s.respawnIfDue(now: now, active: true) != nil)
        }
        for _ in 0..<5 {
            spawner.started.last?.exit("exited with 1")
            _ = s.reap(ready: { _ in true }, shutDown: false)
            _ = s.respawnIfDue(now: now, active: true)
            now += .milliseconds(100)
            _ = s.respawnIfDue(now: now, active: true)
        }
        #expect(s.failure == nil)
        #expect(s.consecutiveEarlyExits == 0)
        #expect(s.deaths == 10)
    }

    /// An answered task resets the count: two early exits, a served task, two more are no loop.
    @Test func servingResetsTheCount() {
        let spawner = Spawner()
        var s = Self.supervisor(spawner, replicas: 1)
        _ = s.start()
        var now = t0
        for round in 0..<4 {
            if round == 2 { s.served() }
            spawner.started.last?.exit("exited with 1")
            _ = s.reap(ready: { _ in false }, shutDown: false)
            _ = s.respawnIfDue(now: now, active: true)
            now += .seconds(2)
            _ = s.respawnIfDue(now: now, active: true)
        }
        #expect(s.failure == nil)
        #expect(s.consecutiveEarlyExits == 2)
    }

    /// A task past the deadline: the replica is killed with SIGKILL and its exit blames the task even
    /// though SIGKILL came from outside it; a remote pid is not ours to kill.
    @Test func deadlineKillsBlameTheTask() {
        let spawner = Spawner()
        var s = Self.supervisor(spawner, replicas: 1)
        _ = s.start()
        #expect(!s.isOverdue(runningFor: .seconds(5)))
        #expect(s.isOverdue(runningFor: .seconds(5) + .milliseconds(1)))
        #expect(s.killForDeadline(101))
        #expect(spawner.started[0].signals == [SIGKILL])
        #expect(!s.killForDeadline(999))
        spawner.started[0].exit("killed by signal 9", fromOutside: true)
        let exits = s.reap(ready: { _ in true }, shutDown: false)
        #expect(exits == [.init(pid: 101, reason: "task deadline of 5.0 seconds exceeded (replica pid 101 killed by signal 9)", blame: true)])
    }

    /// Three missed 1 s heartbeats make a replica silent; 3 s exactly does not.
    @Test func silenceIsThreeMissedHeartbeats() {
        let silent = ReplicaSupervisor<FakeProcess>.isSilent
        #expect(!silent(t0, t0 + .seconds(3), .seconds(1)))
        #expect(silent(t0, t0 + .seconds(3) + .milliseconds(1), .seconds(1)))
    }

    /// After shutdown exits are expected: counted for CPU time only, never respawned; a replica that
    /// cannot be started fails the stage with the reason.
    @Test func shutdownAndSpawnFailures() {
        let spawner = Spawner()
        var s = Self.supervisor(spawner)
        _ = s.start()
        for p in spawner.started { p.exit("exited with 0") }
        #expect(s.reap(ready: { _ in true }, shutDown: true).count == 2)
        #expect(s.deaths == 0)
        #expect(s.respawnIfDue(now: t0, active: false) == nil)
        spawner.failing = true
        _ = s.respawnIfDue(now: t0, active: true)
        #expect(s.respawnIfDue(now: t0 + .seconds(1), active: true) == nil)
        #expect(s.failure == "stage 'gait-metrics': cannot start fake: no such file")
    }
}
