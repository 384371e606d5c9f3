import ContentDigest
import Foundation
import GaitModel
import GaitWire
import Logging
import Synchronization
import ZeroMQ

/// The replica side of the protocol (PROTOCOL.md): HELLO, CONFIG, READY, then TASK → RESULT/ERROR,
/// with heartbeats both ways. The socket lives on this thread; each task runs on a helper thread so
/// that heartbeats keep flowing while a long task computes.
struct StageWorker<S: Stage> {
    /// CURVE client settings for a replica that reaches its runner over TCP.
    struct Security {
        var serverKey: String
        var certificate: ZMQCertificate
    }

    let endpoint: String
    let security: Security?
    let logger: Logger

    static var notAdmittedStatus: Int32 { ReplicaExitStatus.notAdmitted }

    /// How long a remote replica waits for the runner's first answer before saying why there is none.
    static var admissionTimeout: Duration { .seconds(10) }

    /// Exit status: 0 after SHUTDOWN, 1 on protocol or transport failure, 2 on bad CONFIG, 3 when a
    /// remote runner never answered (`notAdmittedStatus`).
    func run() -> Int32 {
        do {
            return try serve()
        } catch {
            logger.error("\(S.name): \(error)")
            return 1
        }
    }

    private func serve() throws -> Int32 {
        let context = try ZMQContext()
        let socket = try ZMQSocket(context, .dealer)
        if let security, let secret = security.certificate.secretKey {
            try socket.setCurveClient(serverKey: security.serverKey, publicKey: security.certificate.publicKey,
                                      secretKey: secret)
            try socket.setHandshakeInterval(milliseconds: 5000)
            try socket.setMaxMessageSize(512 << 20)
        }
        // A remote replica watches its connection (zmq_socket_monitor(3)) so that, when the runner
        // does not answer, it can say why: its key was refused, or nothing listens there.
        let monitor = security == nil ? nil
            : try socket.monitor([.connected, .connectRetried, .handshakeSucceeded, .handshakeFailed])
        var connection = ConnectionWatch()
        let hello = ControlMessage.Hello(protocolVersion: protocolVersion, stage: S.name, version: S.version,
                                         inputType: S.Input.wireType, outputType: S.Output.wireType,
                                         pid: UInt32(getpid()), executableDigest: Self.ownDigest())
        try socket.connect(endpoint)
        // HELLO waits in the loop if libzmq cannot take it yet: a runner that refuses this key
        // before HELLO is sent leaves the DEALER with no connection, and a blocking send would
        // never return (seen under load: the replica outlived its admission timeout).
        var helloPending = !(try socket.sendIfReady(ControlMessage.hello(hello).encoded()))
        // A watchdog for a remote replica's admission, independent of this loop: should the
        // process hang anywhere before the runner answers (once seen under load, in no place we
        // could name), SIGALRM ends it and `gaitpipe worker` starts another. Cancelled when the
        // runner answers.
        if monitor != nil { alarm(UInt32(Self.admissionTimeout.components.seconds) + 20) }

        let running = TaskQueue()
        var poller = ZMQPoller([socket] + (monitor.map { [$0] } ?? []), fds: [running.wakeFD])
        let wakeIndex = monitor == nil ? 1 : 2
        let started = ContinuousClock.now
        var heardOnce = false
        var heartbeat: Duration = .seconds(1)
        var stage: S?
        var lastHeard = ContinuousClock.now
        var lastSent = ContinuousClock.now

        while true {
            // A finished task goes back as RESULT (which also returns its credit) or ERROR.
            while let done = running.take() {
                try socket.send(done.parts)
                lastSent = .now
            }
            if helloPending { helloPending = !(try socket.sendIfReady(ControlMessage.hello(hello).encoded())) }
            let ready = try poller.poll(timeoutMs: 100)
            if ready.contains(wakeIndex) { running.drainWake() }
            if let monitor, ready.contains(1) {
                while let frames = try monitor.receive() {
                    if let event = ZMQSocketEvent(frames: frames) { connection.note(event) }
                }
            }
            if ready.contains(0) {
                // Frames stay libzmq messages: a TASK's payload is decoded straight from its frame.
                while let (frames, _) = try socket.receiveFrames() {
                    lastHeard = .now
                    if !heardOnce && monitor != nil { alarm(0) }
                    heardOnce = true
                    guard let first = frames.first,
                          let message = try? first.withUnsafeBytes({ try ControlMessage(decoding: $0) }) else {
                        logger.warning("dropped a malformed message from the runner (\(frames.count) frames)")
                        continue
                    }
                    switch message {
                    case .config(let params, let heartbeatMs):
                        heartbeat = .milliseconds(Int(max(heartbeatMs, 100)))
                        do {
                            stage = try S(params: ResolvedParams(specs: S.params, given: params))
                        } catch {
                            try socket.send([ControlMessage.error(itemID: 0, retryable: false,
                                                                  message: "bad params: \(error.message)").encoded()])
                            return 2
                        }
                        try socket.send([ControlMessage.ready(credit: Self.credit).encoded()])
                    case .task(let header):
                        guard let stage else {
                            logger.warning("TASK before CONFIG: ignored")
                            continue
                        }
                        running.add(stage: stage, header: header, payload: frames.count > 1 ? frames[1] : nil)
                    case .heartbeat:
                        break
                    case .shutdown:
                        return 0
                    default:
                        logger.warning("unexpected \(message.name) from the runner: ignored")
                    }
                }
            }
            let now = ContinuousClock.now
            // No heartbeat before the runner's first answer over the network: a refused CURVE
            // handshake ends the connection for good (libzmq drops the session on a protocol
            // error), and a DEALER with no connection would block in zmq_send.
            if now - lastSent >= heartbeat && (monitor == nil || heardOnce) {
                try socket.send([ControlMessage.heartbeat.encoded()])
                lastSent = now
            }
            if monitor != nil && !heardOnce {
                // Over the network the first answer may take longer than 3 heartbeats; after
                // `admissionTimeout` say once why there is none (the pool retries quietly).
                if now - started > Self.admissionTimeout {
                    FileHandle.standardError.write(Data("\(S.name): \(connection.problem(endpoint: endpoint))\n".utf8))
                    return Self.notAdmittedStatus
                }
            } else if now - lastHeard > heartbeat * 3 {
                // The runner is gone (3 missed heartbeats): exit rather than linger as an orphan.
                logger.error("\(S.name): no word from the runner for \(heartbeat * 3); exiting")
                return 1
            }
        }
    }

    /// Tasks a replica asks for at once: one computing and one waiting, so that the next task is
    /// already here when a result leaves instead of a runner round trip later (measured by
    /// `make bench-pipeline`).
    static var credit: UInt32 { 2 }

    /// SHA-256 of this process's executable, as the runner computes it for the same file.
    static func ownDigest() -> String {
        SHA256.streamedHex("/proc/self/exe") ?? ""
    }
}

/// Exit statuses of a replica process that its supervisor tells apart.
/// What a remote replica learnt of its connection before the runner's first answer, from its
/// socket monitor, and how to say it.
struct ConnectionWatch {
    private(set) var connected = false
    private(set) var handshakeSucceeded = false
    private(set) var refusedStatus: UInt32?
    private(set) var connectErrno: Int32?

    mutating func note(_ event: ZMQSocketEvent) {
        switch event.kind {
        case .connected: connected = true
        case .connectRetried: connectErrno = connectErrno ?? ECONNREFUSED
        case .handshakeSucceeded: handshakeSucceeded = true
        case .handshakeFailedAuth: refusedStatus = event.value
        case .handshakeFailedProtocol, .handshakeFailedNoDetail: refusedStatus = refusedStatus ?? 0
        default: break
        }
    }

    /// One line: what happened, where, and what to check.
    func problem(endpoint: String) -> String {
        if refusedStatus != nil || (connected && !handshakeSucceeded) {
            // A CURVE server with a ZAP handler that does not list our key answers the handshake
            // with an ERROR (status 400), or never completes it.
            return "the runner at \(endpoint) did not accept this key: is it in its authorized-workers file?"
        }
        if handshakeSucceeded {
            return "no answer from the runner at \(endpoint) after the handshake: is it a gaitpipe runner serving this stage?"
        }
        if connectErrno != nil {
            return "cannot connect to \(endpoint): nothing listens there (is the run started, with this stage remote?)"
        }
        return "cannot connect to \(endpoint): no answer (is the address right and the port open?)"
    }
}

/// A finished task, ready to send: RESULT and its payloads, or ERROR.
struct TaskDone: Sendable {
    let itemID: UInt64
    let parts: [ZMQSocket.Part]

    /// Runs on the compute thread: each output is packed straight into the libzmq message it leaves
    /// in (no intermediate array, no copy at send).
    init<Output: WirePayload>(itemID: UInt64, outcome: Result<StageOutput<Output>, StageFailure>) {
        self.itemID = itemID
        switch outcome {
        case .success(let out):
            let header = ControlMessage.ResultHeader(itemID: itemID, outputTypes: out.outputs.map { $0.payloadType },
                                                     warnings: out.warnings, skippedReason: out.skippedReason ?? "",
                                                     problems: out.problems)
            do {
                let frames = try out.outputs.map { output throws(ZMQError) in
                    try output.withThrowingPacker { packer throws(ZMQError) in try ZMQFrame(size: packer.size, fill: packer.write) }
                }
                parts = [.bytes(ControlMessage.result(header).encoded())] + frames.map { .frame($0) }
            } catch {
                // libzmq could not allocate an output (ENOMEM): the task can be tried again elsewhere.
                parts = [.bytes(ControlMessage.error(itemID: itemID, retryable: true,
                                                     message: "cannot allocate an output frame: \(error)").encoded())]
            }
        case .failure(let failure):
            parts = [.bytes(ControlMessage.error(itemID: itemID, retryable: failure.retryable,
                                                 message: failure.message).encoded())]
        }
    }
}

/// The tasks a replica holds (at most its credit), computed one at a time in arrival order on one
/// long-lived thread, so that heartbeats keep flowing while a long task computes. A finished task
/// writes a byte to a pipe the loop polls, so its RESULT leaves at once instead of at the next poll
/// timeout.
final class TaskQueue: Sendable {
    private let pending = Mutex<[@Sendable () -> TaskDone]>([])
    private let done = Mutex<[TaskDone]>([])
    private let available = DispatchSemaphore(value: 0)
    private let pipeFDs: (read: Int32, write: Int32)

    init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        } else {
            fds = [-1, -1]  // no wake-ups: the loop still notices results at its 100 ms poll timeout
        }
        pipeFDs = (fds[0], fds[1])
        // The compute thread lives as long as the process (a replica serves one runner, then exits).
        let thread = Thread { [self] in computeLoop() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    var wakeFD: Int32 { pipeFDs.read }

    func drainWake() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(pipeFDs.read, &buffer, buffer.count) > 0 {}
    }

    func add<S: Stage>(stage: S, header: ControlMessage.TaskHeader, payload: ZMQFrame?) {
        let work: @Sendable () -> TaskDone = {
            let outcome: Result<StageOutput<S.Output>, StageFailure>
            do {
                let input = try S.Input.decoding(payload, type: header.payloadType)
                outcome = .success(try stage.process(input, task: header))
            } catch let error as StageFailure {
                outcome = .failure(error)
            } catch {
                outcome = .failure(StageFailure("\(error)", retryable: false))
            }
            return TaskDone(itemID: header.itemID, outcome: outcome)
        }
        pending.withLock { $0.append(work) }
        available.signal()
    }

    private func computeLoop() {
        while true {
            available.wait()
            guard let next = pending.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
            let result = next()
            done.withLock { $0.append(result) }
            var byte: UInt8 = 1
            _ = write(pipeFDs.write, &byte, 1)
        }
    }

    /// The oldest finished task not yet sent.
    func take() -> TaskDone? {
        done.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }
}

extension WirePayload {
    /// Decodes a TASK's payload frame in place (an absent frame is an empty payload).
    static func decoding(_ frame: ZMQFrame?, type: String) throws -> Self {
        guard let frame else { return try Self(decoding: [], type: type) }
        return try frame.withUnsafeBytes { try Self(decoding: $0, type: type) }
    }
}
