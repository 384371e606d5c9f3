import ContentDigest
import Foundation
import GaitWire
import Logging
@testable import PipelineRunner
import Testing
import ZeroMQ

/// A remote worker's answers are cached under the runner's key for the stage, which holds the
/// digest of the executable the runner described (issue 19): a worker must run that very build.
/// Its HELLO carries its executable's digest; another digest, or none, is refused with SHUTDOWN
/// (none is taken when the stage's answers are not cached).
@Suite(.serialized) struct WorkerBuildTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// nil: the runner's own digest of the stage executable.
        var digest: String?
        var admitted: Bool
        var cached = true
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "the runner's build", digest: nil, admitted: true),
        Case(name: "another build", digest: SHA256.hex(Array("another build".utf8)), admitted: false),
        Case(name: "no digest", digest: "", admitted: false),
        // A script or third-party stage may not know its digest: fine where nothing is cached.
        Case(name: "no digest, answers not cached", digest: "", admitted: true, cached: false),
    ]

    @Test(arguments: cases)
    func aRemoteWorkerMustRunTheRunnersBuild(_ c: Case) throws {
        let dir = TestSupport.temporaryDirectory("worker-build")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["runner", "worker"] {
            try #require(try TestSupport.gaitpipe(["keygen", "\(dir)/\(name).key"]).status == 0)
        }
        let worker = try ZMQCertificate.load(dir + "/worker.key_secret", requireSecret: true)
        try "worker \(worker.publicKey)\n".write(toFile: dir + "/workers.txt", atomically: true, encoding: .utf8)
        let port = 20000 + Int(getpid() % 20000) + 13 + Self.cases.firstIndex { $0.name == c.name }!
        let endpoint = "tcp://127.0.0.1:\(port)"

        // The runner's side, as PipelineRun builds it: the ZAP handler first, then the CURVE ROUTER.
        let context = try ZMQContext()
        let job = try JobDirectory.create()
        defer { JobDirectory.remove(job) }
        let zap = try ZAPHandler(context: context, workers: try AuthorizedWorkers.load(dir + "/workers.txt"),
                                 logger: Logger(label: "test"))
        let dispatcher = try WorkerAdmissionTests.remoteGaitMetrics(endpoint, context: context, job: job)
        dispatcher.answersCached = c.cached
        try dispatcher.listenRemote(endpoint, certificate: try ZMQCertificate.load(dir + "/runner.key_secret", requireSecret: true))
        let runnersDigest = try #require(SHA256.fileHex(atPath: "/bin/false"))
        #expect(dispatcher.executableDigest == runnersDigest)

        // A remote replica's DEALER, saying HELLO with the case's digest.
        let server = try ZMQCertificate.load(dir + "/runner.key", requireSecret: false)
        let dealer = try ZMQSocket(context, .dealer)
        try dealer.setCurveClient(serverKey: server.publicKey, publicKey: worker.publicKey, secretKey: try #require(worker.secretKey))
        try dealer.connect(endpoint)
        let hello = ControlMessage.Hello(protocolVersion: protocolVersion, stage: "gait-metrics", version: "test",
                                         inputType: "Activity", outputType: "RunMetrics", pid: 4242,
                                         executableDigest: c.digest ?? runnersDigest)
        try dealer.send([ControlMessage.hello(hello).encoded()])

        var answer: ControlMessage?
        let deadline = Date().addingTimeInterval(30)
        while answer == nil && Date() < deadline {
            zap.handleAll()
            _ = dispatcher.receiveAll()
            if let frames = try dealer.receive(), let last = frames.last {
                answer = try ControlMessage(decoding: last)
            }
            usleep(10_000)
        }
        let reply = try #require(answer, "the runner answered the HELLO")
        if case .config = reply {
            #expect(c.admitted, "\(c.name) was admitted")
        } else if case .shutdown = reply {
            #expect(!c.admitted, "\(c.name) was refused")
        } else {
            Issue.record("unexpected answer \(reply.name)")
        }
        _ = dispatcher.stopAccepting()
    }
}
