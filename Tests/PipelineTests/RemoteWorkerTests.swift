import Foundation
import Testing

/// Stages on other machines: the runner in one network namespace, workers in two others joined by
/// veth pairs, CURVE with a ZAP allow-list. Skips when not root; fails in CI if it cannot run.
@Suite(.serialized) struct RemoteWorkerTests {
    static let isRoot = getuid() == 0
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Runs a command, returning its exit status and output.
    @discardableResult
    static func sh(_ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Three namespaces with unique names and a /30 per worker; removed (with their veths) on deinit.
    final class Hosts {
        let tag = "gp\(getpid() % 100_000)"
        var runner: String { tag + "r" }
        var workers: [String] { [tag + "a", tag + "b"] }
        let subnet = 10 + Int(getpid() % 200)
        func runnerAddress(_ i: Int) -> String { "10.231.\(subnet).\(i * 4 + 1)" }
        func workerAddress(_ i: Int) -> String { "10.231.\(subnet).\(i * 4 + 2)" }

        init() throws {
            try sh(["ip", "netns", "add", runner]).status.check("ip netns add \(runner)")
            try sh(["ip", "-n", runner, "link", "set", "lo", "up"]).status.check("lo up")
            for (i, w) in workers.enumerated() {
                try sh(["ip", "netns", "add", w]).status.check("ip netns add \(w)")
                try sh(["ip", "-n", w, "link", "set", "lo", "up"]).status.check("lo up")
                let here = "\(tag)r\(i)", there = "\(tag)w\(i)"
                try sh(["ip", "link", "add", here, "netns", runner, "type", "veth", "peer", "name", there, "netns", w])
                    .status.check("veth \(here)")
                try sh(["ip", "-n", runner, "addr", "add", runnerAddress(i) + "/30", "dev", here]).status.check("addr")
                try sh(["ip", "-n", w, "addr", "add", workerAddress(i) + "/30", "dev", there]).status.check("addr")
                try sh(["ip", "-n", runner, "link", "set", here, "up"]).status.check("up")
                try sh(["ip", "-n", w, "link", "set", there, "up"]).status.check("up")
            }
        }

        deinit {
            for ns in [runner] + workers {
                // Processes left in a namespace die with it only when killed: do that first.
                if let pids = try? sh(["ip", "netns", "pids", ns]).output {
                    for pid in pids.split(separator: "\n").compactMap({ Int32($0) }) { kill(pid, SIGKILL) }
                }
                _ = try? sh(["ip", "netns", "del", ns])
            }
        }
    }

    @Test(.enabled(if: isRoot || inCI, "needs root for network namespaces"))
    func aSeasonCompletesAcrossNamespacesWithAStrangerRefusedAndAWorkerKilled() throws {
        let hosts: Hosts
        do { hosts = try Hosts() } catch {
            Issue.record("cannot make network namespaces: \(error)")
            return
        }
        let dir = TestSupport.temporaryDirectory("remote")
        let gaitpipe = TestSupport.gaitpipe
        for name in ["runner", "worker-a", "worker-b", "stranger"] {
            try #require(try TestSupport.gaitpipe(["keygen", "\(dir)/\(name).key"]).status == 0)
        }
        func publicKey(_ name: String) throws -> String {
            let text = try String(contentsOfFile: "\(dir)/\(name).key", encoding: .utf8)
            return try #require(text.split(separator: "\"").dropFirst().first.map(String.init))
        }
        try "worker-a \(try publicKey("worker-a"))\nworker-b \(try publicKey("worker-b"))\n"
            .write(toFile: dir + "/workers.txt", atomically: true, encoding: .utf8)
        let port = 20000 + Int(getpid() % 20000)
        let pipeline = try String(contentsOfFile: TestSupport.packageRoot + "/Pipelines/clinic.yaml", encoding: .utf8)
            .replacingOccurrences(of: "tcp://0.0.0.0:5601", with: "tcp://0.0.0.0:\(port)")
        try pipeline.write(toFile: dir + "/clinic.yaml", atomically: true, encoding: .utf8)
        let season = TestSupport.sampleSeason

        // The reference: the same season on this machine alone.
        let local = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", season,
                                              "--out", dir + "/local"])
        try #require(local.status == 0)

        func start(_ ns: String, _ args: [String], log: String) throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["ip", "netns", "exec", ns, gaitpipe] + args
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            p.standardError = p.standardOutput
            try p.run()
            return p
        }
        func worker(_ i: Int, key: String, log: String) throws -> Process {
            try start(hosts.workers[i], ["worker", "gait-metrics", "--connect", "tcp://\(hosts.runnerAddress(i)):\(port)",
                                         "--server-key", dir + "/runner.key", "--key", "\(dir)/\(key).key_secret",
                                         "--replicas", "2"], log: log)
        }
        let runner = try start(hosts.runner, ["run", dir + "/clinic.yaml", "--no-cache", "--input", season, "--out", dir + "/remote",
                                              "--server-key", dir + "/runner.key_secret",
                                              "--authorized-workers", dir + "/workers.txt"], log: dir + "/runner.log")
        let a = try worker(0, key: "worker-a", log: dir + "/a.log")
        _ = try worker(1, key: "worker-b", log: dir + "/b.log")
        let stranger = try worker(1, key: "stranger", log: dir + "/stranger.log")

        // Mid-run, everything in worker-a's namespace dies at once: once worker-a has joined and served
        // for a second, and while the run is still going (checked, not assumed from a fixed sleep).
        let joinedBy = Date().addingTimeInterval(120)
        func runnerLog() -> String { (try? String(contentsOfFile: dir + "/runner.log", encoding: .utf8)) ?? "" }
        while !runnerLog().contains("of worker 'worker-a' joined") && runner.isRunning && Date() < joinedBy { usleep(100_000) }
        sleep(1)
        try #require(runner.isRunning, "the run ended before worker-a could be killed mid-run:\n\(runnerLog().suffix(2000))")
        let pids = try Self.sh(["ip", "netns", "pids", hosts.workers[0]]).output
        for pid in pids.split(separator: "\n").compactMap({ Int32($0) }) { kill(pid, SIGKILL) }
        a.waitUntilExit()

        let deadline = Date().addingTimeInterval(300)
        while runner.isRunning && Date() < deadline { usleep(100_000) }
        #expect(!runner.isRunning, "the runner did not finish")
        stranger.terminate()
        let log = (try? String(contentsOfFile: dir + "/runner.log", encoding: .utf8)) ?? ""
        #expect(runner.terminationStatus == 0, "runner log:\n\(log.suffix(3000))")
        #expect(log.contains("refused a worker from \(hosts.workerAddress(1))"), "the unknown key is refused and logged")
        #expect(log.contains("admitted worker 'worker-a'") && log.contains("admitted worker 'worker-b'"))

        let summary = try String(contentsOfFile: dir + "/remote/summary.json", encoding: .utf8)
        #expect(summary.contains("\"worker-b\""), "worker-b's results are recorded by its label")
        #expect(summary.contains("\"worker-a\""), "worker-a answered tasks before it was killed: the kill was mid-run")
        for f in ["runs.csv", "weeks.csv"] {
            #expect(FileManager.default.contents(atPath: "\(dir)/local/\(f)") == FileManager.default.contents(atPath: "\(dir)/remote/\(f)"),
                    "\(f) differs from the single-machine run: work was lost or duplicated")
        }
    }

    @Test func remoteStagesFailClosedWithoutKeys() throws {
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/clinic.yaml",
                                          "--input", TestSupport.sampleSeason, "--out", TestSupport.temporaryDirectory("nokeys")])
        #expect(r.status == 2)
        #expect(r.stderr.contains("remote stages need --server-key and --authorized-workers"))
    }

    /// A replica that keeps failing is restarted with a growing back-off (0.4, 0.8, 1.6 s …); the wait
    /// never blocks the worker, so Ctrl-C is answered at once (issue 18: it took up to 5 s a replica).
    @Test func ctrlCIsAnsweredDuringRespawnBackOff() throws {
        let dir = TestSupport.temporaryDirectory("backoff")
        #expect(try TestSupport.gaitpipe(["keygen", dir + "/runner.key"]).status == 0)
        #expect(try TestSupport.gaitpipe(["keygen", dir + "/w.key"]).status == 0)
        let stage = dir + "/failing-stage"
        try "#!/bin/sh\necho 'no luck' >&2\nexit 1\n".write(toFile: stage, atomically: true, encoding: .utf8)
        chmod(stage, 0o755)
        let worker = try TestSupport.start(["worker", stage, "--connect", "tcp://127.0.0.1:9", "--server-key",
                                            dir + "/runner.key", "--key", dir + "/w.key_secret", "--replicas", "2"])
        sleep(3)  // 0.4 + 0.8 + 1.6 s: the back-off has grown to seconds by now
        let sent = Date()
        kill(worker.process.processIdentifier, SIGINT)
        worker.process.waitUntilExit()
        let took = Date().timeIntervalSince(sent)
        #expect(took < 1, "the worker took \(took) s to answer Ctrl-C")
        #expect(worker.process.terminationStatus == 130)
        let stderr = worker.outcome().stderr
        #expect(stderr.contains("restarting in"), "stderr: \(stderr)")
    }

    @Test func aSecretKeyReadableByOthersIsRefused() throws {
        let dir = TestSupport.temporaryDirectory("keymode")
        #expect(try TestSupport.gaitpipe(["keygen", dir + "/w.key"]).status == 0)
        let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/w.key_secret")[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
        chmod(dir + "/w.key_secret", 0o644)
        let r = try TestSupport.gaitpipe(["worker", "gait-metrics", "--connect", "tcp://127.0.0.1:9", "--server-key",
                                          dir + "/w.key", "--key", dir + "/w.key_secret"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("has mode 644"), "stderr: \(r.stderr)")
    }
}

extension Int32 {
    /// Throws when a setup command failed.
    func check(_ what: String) throws {
        if self != 0 { throw SetupError(message: "\(what) failed with \(self)") }
    }
}

struct SetupError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
