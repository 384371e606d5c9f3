import Foundation
import GaitModel
import Logging
@testable import PipelineRunner
import StageKit
import Testing
import ZeroMQ

/// `gaitpipe worker` that the runner does not admit says why once, after 10 s — its key is not
/// authorized, or nothing listens — and then retries quietly (issue 16).
@Suite(.serialized) struct WorkerAdmissionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Serve the stage (CURVE + ZAP, as the runner does) with an authorized-workers list that
        /// does not hold the worker's key; false: nothing listens.
        var serve: Bool
        var message: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "key not in authorized-workers", serve: true,
             message: "gaitpipe: error: the runner at ENDPOINT did not accept this key: is it in its authorized-workers file?"),
        Case(name: "nothing listens", serve: false,
             message: "gaitpipe: error: cannot connect to ENDPOINT: nothing listens there (is the run started, with this stage remote?)"),
    ]

    /// The runner's dispatcher of a remote gait-metrics stage (its executable /bin/false) that
    /// serves `endpoint` once `listenRemote` is called.
    static func remoteGaitMetrics(_ endpoint: String, context: ZMQContext, job: String) throws -> StageDispatcher {
        let description = StageDescription(name: "gait-metrics", version: "test", protocolVersion: protocolVersion,
                                           summary: "", input: "Activity", output: "RunMetrics", grouping: .none, params: [])
        let entry = PipelineFile.StageEntry(name: "gait-metrics", run: "gait-metrics", replicas: 1, params: [:],
                                            paramLines: [:], remote: true, listen: endpoint,
                                            line: 1, runLine: 1, replicasLine: 1)
        return try StageDispatcher(stage: .init(entry: entry, executable: "/bin/false", description: description),
                                   index: 0, context: context, jobDirectory: job, logger: Logger(label: "test"))
    }

    @Test(arguments: cases)
    func saysWhyOnceThenRetriesQuietly(_ c: Case) throws {
        let dir = TestSupport.temporaryDirectory("admission")
        for name in ["runner", "worker", "other"] {
            try #require(try TestSupport.gaitpipe(["keygen", "\(dir)/\(name).key"]).status == 0)
        }
        let other = try String(contentsOfFile: dir + "/other.key", encoding: .utf8)
        let otherKey = try #require(other.split(separator: "\"").dropFirst().first.map(String.init))
        try "other \(otherKey)\n".write(toFile: dir + "/workers.txt", atomically: true, encoding: .utf8)
        let port = 20000 + Int(getpid() % 20000) + (c.serve ? 7 : 11)
        let endpoint = "tcp://127.0.0.1:\(port)"

        // The runner's side, as PipelineRun builds it: the ZAP handler first, then the CURVE ROUTER.
        let context = try ZMQContext()
        let job = try JobDirectory.create()
        defer { JobDirectory.remove(job) }
        var zap: ZAPHandler?
        var dispatcher: StageDispatcher?
        if c.serve {
            zap = try ZAPHandler(context: context, workers: try AuthorizedWorkers.load(dir + "/workers.txt"),
                                 logger: Logger(label: "test"))
            dispatcher = try Self.remoteGaitMetrics(endpoint, context: context, job: job)
            try dispatcher?.listenRemote(endpoint, certificate: try ZMQCertificate.load(dir + "/runner.key_secret", requireSecret: true))
        }

        let worker = try TestSupport.start(["worker", "gait-metrics", "--connect", endpoint,
                                            "--server-key", dir + "/runner.key", "--key", dir + "/worker.key_secret"])
        // Two admission attempts: the first says why after 10 s, the second (after a 2 s back-off)
        // must not repeat it. The test waits for events, not for a fixed time: on a loaded machine
        // (the suite runs in parallel on 2 cores) a replica may take several seconds to start.
        let expected = c.message.replacingOccurrences(of: "ENDPOINT", with: endpoint)
        func serve(until done: () -> Bool, within seconds: TimeInterval) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline && worker.process.isRunning {
                if done() { return true }
                zap?.handleAll()
                _ = dispatcher?.receiveAll()
                usleep(20_000)
            }
            return done()
        }
        var replicas: [Int32] = []
        func noteReplicas() -> [Int32] {
            let now = TestSupport.childPIDs(of: worker.process.processIdentifier)
            for pid in now where !replicas.contains(pid) { replicas.append(pid) }
            return now
        }
        func stderr() -> String { (try? String(contentsOfFile: worker.err, encoding: .utf8)) ?? "" }
        let said = serve(until: { _ = noteReplicas(); return stderr().contains(expected) }, within: 90)
        #expect(said, "the first refused attempt says why: \(stderr())")
        // The second attempt: a new replica that has started and ended, and a moment for the pool to log.
        let retried = serve(until: { let live = noteReplicas(); return replicas.count >= 2 && !live.contains(replicas[1]) },
                            within: 90)
        // On failure, where a replica that did not end is waiting (its state and kernel wait channel).
        let stuck = replicas.map { pid in
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "gone"
            let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? "-"
            return "\(pid): \(stat.split(separator: " ").dropFirst(2).first ?? "?") \(wchan)"
        }
        #expect(retried, "a second attempt started and ended (replicas seen: \(stuck)); stderr: \(stderr())")
        _ = serve(until: { false }, within: 0.5)
        #expect(worker.process.isRunning, "the worker keeps retrying")
        worker.process.interrupt()
        worker.process.waitUntilExit()
        let r = worker.outcome()
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == expected }.count == 1, "said once: \(r.stderr)")
        #expect(lines.filter { $0.hasPrefix("gaitpipe: started replica") }.count == 1, "retries are quiet: \(r.stderr)")
        #expect(!r.stderr.contains("no word from the runner"), "\(r.stderr)")
        #expect(r.status == RunExitCode.interrupted)
    }
}
