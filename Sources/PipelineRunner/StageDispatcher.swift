import ContentDigest
import Foundation
import GaitModel
import GaitWire
import Logging
import ZeroMQ

/// The runner-hosted ROUTER of one stage and the bookkeeping of its DEALER replicas
/// (PROTOCOL.md): credit-based dispatch, heartbeats, requeue on replica death, quarantine.
final class StageDispatcher {
    enum Event {
        case completed(WorkItem, outputs: [(type: String, payload: WorkItem.Payload)], warnings: [String], skippedReason: String?,
                       problems: [String])
        case failed(WorkItem, reason: String)
    }

    struct Replica {
        let identity: [UInt8]
        var pid: Int32
        /// The worker label (ZAP User-Id) for remote replicas; empty for local ones.
        var worker: String = ""
        var credit: Int = 0
        var configured = false
        var inFlight: [UInt64: WorkItem] = [:]
        var lastSeen: ContinuousClock.Instant
        /// When it last answered a task: a replica computes its tasks one at a time in the order
        /// sent (credit 2 means one computing, one waiting), so its oldest task in flight started
        /// at this time or when it was sent, whichever is later.
        var lastAnswer: ContinuousClock.Instant?

        /// The task it is computing now: the oldest one sent.
        var running: WorkItem? {
            inFlight.values.min { ($0.dispatchedAt ?? .now, $0.id) < ($1.dispatchedAt ?? .now, $1.id) }
        }

        /// How long the running task has been computing.
        func runningFor(now: ContinuousClock.Instant) -> Duration {
            guard let sent = running?.dispatchedAt else { return .zero }
            return now - max(sent, lastAnswer ?? sent)
        }
    }

    let stage: ValidatedPipeline.Stage
    let index: Int
    let endpoint: String
    /// The local ROUTER (ipc, in the job folder).
    let socket: ZMQSocket
    /// The ROUTER remote workers reach (tcp, CURVE), for stages marked `remote: true`.
    private(set) var remoteSocket: ZMQSocket?
    private let context: ZMQContext
    private let jobDirectory: String
    private let logger: Logger

    /// The local processes and the policies that keep them (crash loops, back-off, kills).
    private var supervisor: ReplicaSupervisor<ReplicaProcess>
    private var replicas: [[UInt8]: Replica] = [:]
    private var queue: [WorkItem] = []
    private var queueHead = 0
    /// Items that were in flight on a replica that crashed, hung or timed out (a strike each). A
    /// replica may compute several tasks in turn (credit 2), so which one killed it is not known:
    /// each suspect is sent alone to an idle replica, and that replica gets nothing else until it
    /// answers. An innocent item thus takes at most one strike from a poison neighbour, and the
    /// poison item's later crashes are its own.
    private var suspects: [WorkItem] = []
    private var completedIDs: Set<UInt64> = []
    private var lastHeartbeat = ContinuousClock.now
    private var lastHousekeeping: ContinuousClock.Instant?
    static let housekeepingInterval: Duration = .milliseconds(20)
    private(set) var stats = StageStats()
    /// Payload bytes of this stage's queued and in-flight items held in the runner's memory.
    private(set) var heldBytes = 0
    /// Set by the runner while the next stage's backlog is full: no new tasks are sent, so a fast
    /// stage cannot pile its outputs up in front of a slower one (flow control instead of spilling).
    var holdDispatch = false
    /// Set when the stage fails as a whole (crash loop, bad params): the run ends with exit 1.
    var failure: String? { protocolFailure ?? supervisor.failure }
    /// A replica that is not what `--describe` said, or a configuration the stage rejected.
    private var protocolFailure: String?
    /// No more items will arrive; once idle, replicas are told to shut down.
    var upstreamDone = false
    /// This stage's answers go to the result cache under a key holding `executableDigest`: a remote
    /// worker must then say which build it runs (its HELLO's digest).
    var answersCached = true
    /// `run --capture DIR`: the first tasks' payloads are written to DIR/<stage>/NAME.in.pb as
    /// fixtures for `gaitpipe test-stage`.
    var capture: TaskCapture?
    /// A task running longer than this is presumed stuck: its replica is killed and the task requeued.
    var taskDeadline: Duration {
        get { supervisor.taskDeadline }
        set { supervisor.taskDeadline = newValue }
    }
    var trace: TraceRecorder?
    /// Peers that said HELLO; anything else from an unknown peer is dropped and logged.
    private var known: Set<[UInt8]> = []
    private(set) var droppedFromStrangers = 0
    private(set) var shutDown = false
    /// Replicas start with the first task that is not answered from the cache.
    private(set) var started = false
    /// SHA-256 of the stage executable: part of every cache key; remote replicas must match it.
    let executableDigest: String

    static let heartbeat: Duration = .seconds(1)
    static let maxMessageSize: Int64 = 512 << 20

    var name: String { stage.entry.name }
    var inFlightCount: Int { replicas.values.reduce(0) { $0 + $1.inFlight.count } }
    var queuedCount: Int { queue.count - queueHead + suspects.count }
    var isIdle: Bool { queuedCount == 0 && inFlightCount == 0 }

    /// `digests`: where the executable's digest is remembered across runs (the result cache's
    /// `inputs.tsv`, by device, inode, size and modification time); nil hashes it.
    init(stage: ValidatedPipeline.Stage, index: Int, context: ZMQContext, jobDirectory: String, logger: Logger,
         maxMessageSize: Int64 = StageDispatcher.maxMessageSize, digests: InputDigests? = nil) throws {
        self.stage = stage
        self.index = index
        self.jobDirectory = jobDirectory
        self.logger = logger
        self.context = context
        executableDigest = digests?.digest(stage.executable) ?? SHA256.fileHex(atPath: stage.executable) ?? ""
        // Short socket names: ipc paths are limited to ~107 bytes (unix(7)).
        endpoint = "ipc://\(jobDirectory)/\(index).sock"
        let executable = stage.executable, endpoint = endpoint
        supervisor = ReplicaSupervisor(name: stage.entry.name, replicas: stage.entry.replicas, taskDeadline: .seconds(300)) { n in
            try ReplicaProcess(executable: executable, endpoint: endpoint, stderrPath: "\(jobDirectory)/\(index)-\(n).stderr")
        }
        socket = try ZMQSocket(context, .router)
        try socket.setRouterMandatory()
        // A peer sending a larger message is disconnected by libzmq before it is read.
        try socket.setMaxMessageSize(maxMessageSize)
        try socket.setHighWaterMark(0)
        try socket.bind(endpoint)
    }

    /// Also serves the stage on `endpoint` (tcp://) for remote workers: CURVE with this runner's
    /// certificate, admission by the ZAP handler, bounded messages and handshakes (fail closed).
    func listenRemote(_ endpoint: String, certificate: ZMQCertificate) throws {
        guard let secret = certificate.secretKey else {
            throw CertificateError(path: endpoint, problem: "a remote stage needs the runner's secret key")
        }
        let remote = try ZMQSocket(context, .router)
        try remote.setRouterMandatory()
        try remote.setMaxMessageSize(Self.maxMessageSize)
        try remote.setHandshakeInterval(milliseconds: 5000)
        try remote.setHighWaterMark(0)
        try remote.setCurveServer(secretKey: secret, zapDomain: ZAPHandler.domain)
        try remote.bind(endpoint)
        remoteSocket = remote
    }

    var sockets: [ZMQSocket] { [socket] + (remoteSocket.map { [$0] } ?? []) }

    func startReplicas() throws {
        started = true
        for p in supervisor.start() { noteStarted(p) }
        if let failure = supervisor.failure { throw SupervisionFailure(message: failure) }
    }

    func noteCached() { stats.cached += 1 }

    private func noteStarted(_ p: ReplicaProcess) {
        stats.pids.append(p.pid)
        logger.debug("\(name): started replica pid \(p.pid)")
    }

    func enqueue(_ item: WorkItem) {
        if queueHead > 1024 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        queue.append(item)
        heldBytes += item.heldBytes
        stats.received += 1
    }

    // MARK: - Inbound

    /// Handles every message waiting on the ROUTERs. A replica is keyed by a socket tag byte
    /// (0 local, 1 remote) plus the routing id the ROUTER gave it.
    func receiveAll() -> [Event] {
        var events: [Event] = []
        for (tag, router) in sockets.enumerated() {
            while true {
                let message: (frames: [ZMQFrame], userID: String)?
                do { message = try router.receiveFrames() } catch {
                    logger.warning("\(name): receive failed: \(error)")
                    break
                }
                guard let message else { break }
                events += handle(message.frames, tag: UInt8(tag), worker: message.userID)
            }
        }
        return events
    }

    /// One message from a replica: its routing id, the Control frame, then payload frames, which
    /// stay libzmq's messages (relayed downstream without a copy).
    private func handle(_ frames: [ZMQFrame], tag: UInt8, worker: String = "") -> [Event] {
        guard frames.count >= 2 else {
            logger.warning("\(name): dropped an empty message")
            return []
        }
        let identity = [tag] + frames[0].bytes
        let message: ControlMessage
        do { message = try frames[1].withUnsafeBytes { try ControlMessage(decoding: $0) } } catch {
            logger.warning("\(name): dropped a message from a replica: \(error)")
            return []
        }
        let now = ContinuousClock.now
        if case .hello = message {} else if !known.contains(identity) {
            droppedFromStrangers += 1
            logger.warning("\(name): dropped \(message.name) from a peer that never said HELLO")
            return []
        }
        replicas[identity]?.lastSeen = now
        switch message {
        case .hello(let hello):
            let d = stage.description
            // A replica must run the very binary the runner described and keys its cache with (a
            // remote worker with another build is refused). A replica that does not say (a
            // third-party or script stage) is taken when the runner started it itself, or when
            // its answers are not cached.
            let sameBinary = hello.executableDigest == executableDigest
                || (hello.executableDigest.isEmpty && (worker.isEmpty || !answersCached))
            guard hello.protocolVersion == protocolVersion, hello.stage == d.name,
                  hello.inputType == d.input, hello.outputType == d.output, sameBinary else {
                let problem = sameBinary
                    ? "refused HELLO from pid \(hello.pid): it is \(hello.stage) (protocol \(hello.protocolVersion), \(hello.inputType) → \(hello.outputType)), expected \(d.name) (protocol \(protocolVersion), \(d.input) → \(d.output))"
                    : hello.executableDigest.isEmpty
                    ? "refused HELLO from pid \(hello.pid) of worker '\(worker)': it does not say its executable's digest, and its answers would be cached as those of the runner's build (Hello.executable_digest; PROTOCOL.md)"
                    : "refused HELLO from pid \(hello.pid)\(worker.isEmpty ? "" : " of worker '\(worker)'"): its executable digest \(hello.executableDigest.prefix(12))… differs from \(executableDigest.prefix(12))… (another build of \(d.name))"
                if supervisor.process(Int32(bitPattern: hello.pid)) != nil {
                    // Our own replica is not what --describe said (rebuilt mid-run?): the stage cannot run.
                    protocolFailure = "stage '\(name)': \(problem)"
                } else {
                    logger.warning("\(name): \(problem)")
                }
                send(identity, [ControlMessage.shutdown.encoded()])
                return []
            }
            known.insert(identity)
            replicas[identity] = Replica(identity: identity, pid: Int32(bitPattern: hello.pid), worker: worker,
                                         lastSeen: now)
            if !worker.isEmpty { logger.notice("\(name): remote replica pid \(hello.pid) of worker '\(worker)' joined") }
            send(identity, [ControlMessage.config(params: stage.entry.params,
                                                  heartbeatMs: UInt32(Self.heartbeat.components.seconds * 1000)).encoded()])
        case .ready(let credit):
            replicas[identity]?.credit += Int(credit)
            replicas[identity]?.configured = true
        case .result(let header):
            guard let item = takeInFlight(identity, header.itemID) else { return [] }
            replicas[identity]?.credit += 1
            replicas[identity]?.lastAnswer = now
            supervisor.served()
            record(item, by: identity, outcome: header.skippedReason.isEmpty ? "ok" : "skipped", now: now)
            let payloads = Array(frames.dropFirst(2))
            guard payloads.count == header.outputTypes.count else {
                return [finishFailed(item, "stage sent \(payloads.count) payload frames for \(header.outputTypes.count) outputs")]
            }
            completedIDs.insert(item.id)
            heldBytes -= item.heldBytes
            stats.completed += 1
            stats.lastCompletion = now
            if !header.skippedReason.isEmpty { stats.skipped += 1 }
            return [.completed(item, outputs: zip(header.outputTypes, payloads).map { (type: $0.0, payload: .frame($0.1)) },
                               warnings: header.warnings,
                               skippedReason: header.skippedReason.isEmpty ? nil : header.skippedReason,
                               problems: header.problems)]
        case .error(let itemID, let retryable, let text):
            if itemID == 0 {
                protocolFailure = "stage '\(name)' rejected its configuration: \(text)"
                return []
            }
            guard let item = takeInFlight(identity, itemID) else { return [] }
            replicas[identity]?.credit += 1
            replicas[identity]?.lastAnswer = now
            record(item, by: identity, outcome: retryable ? "error, retrying" : "error", now: now)
            if retryable { return requeue(item, because: text, blame: true) }
            return [finishFailed(item, "\(name): \(text)")]
        case .heartbeat:
            break
        default:
            logger.warning("\(name): unexpected \(message.name) from a replica: ignored")
        }
        return []
    }

    /// Removes a task from its replica; nil for a late duplicate (first RESULT wins) or unknown id.
    private func takeInFlight(_ identity: [UInt8], _ itemID: UInt64) -> WorkItem? {
        if let item = replicas[identity]?.inFlight.removeValue(forKey: itemID) { return item }
        for key in replicas.keys where replicas[key]?.inFlight[itemID] != nil {
            return replicas[key]?.inFlight.removeValue(forKey: itemID)
        }
        if completedIDs.contains(itemID) {
            stats.duplicatesDropped += 1
        } else {
            logger.warning("\(name): a reply for unknown task \(itemID): dropped")
        }
        return nil
    }

    /// Latency and a trace span for an answered attempt.
    private func record(_ item: WorkItem, by identity: [UInt8], outcome: String, now: ContinuousClock.Instant) {
        guard let sent = item.dispatchedAt else { return }
        stats.latencies.append(now - sent)
        let worker = replicas[identity]?.worker ?? ""
        trace?.span(name: item.source, stage: name, replica: replicas[identity]?.pid ?? 0, start: sent, end: now,
                    args: ["attempt": "\(item.attempt)", "outcome": outcome, "athlete": item.athlete,
                           "worker": worker.isEmpty ? "local" : worker])
        if !worker.isEmpty { stats.remoteResults[worker, default: 0] += 1 }
    }

    private func finishFailed(_ item: WorkItem, _ reason: String) -> Event {
        completedIDs.insert(item.id)
        heldBytes -= item.heldBytes
        stats.failed += 1
        stats.lastCompletion = .now
        return .failed(item, reason: reason)
    }

    /// Puts a task back in the queue, or quarantines it after `maxStrikes` attempts that it may have
    /// caused to fail (or `maxAttempts` in all).
    private func requeue(_ item: WorkItem, because reason: String, blame: Bool) -> [Event] {
        var item = item
        if blame { item.strikes += 1 }
        if item.strikes >= WorkItem.maxStrikes || item.attempt >= WorkItem.maxAttempts {
            return [finishFailed(item, "quarantined after \(item.attempt) attempts in '\(name)' (\(item.strikes) crashed, hung or timed out its replica): \(reason)")]
        }
        stats.retried += 1
        logger.info("\(name): retrying \(item.source) (\(reason))")
        if item.strikes > 0 { suspects.append(item) } else { queue.append(item) }
        return []
    }

    // MARK: - Housekeeping and outbound

    /// Dispatch, and every 20 ms liveness, reaping, respawn and heartbeats. Called every loop iteration.
    func tick() -> [Event] {
        var events: [Event] = []
        let now = ContinuousClock.now
        // The loop wakes for every message; liveness, reaping (a wait4 per process) and heartbeats
        // need not run that often.
        if lastHousekeeping.map({ now - $0 >= Self.housekeepingInterval }) ?? true {
            lastHousekeeping = now
            events += housekeeping(now)
        }
        events += dispatch()
        if upstreamDone && isIdle && !shutDown {
            shutDown = true
            for identity in replicas.keys { send(identity, [ControlMessage.shutdown.encoded()]) }
        }
        return events
    }

    /// Liveness and deadlines, child exits and respawns, heartbeats. The supervisor decides what a
    /// death means and when a replica comes back; this buries the replica's tasks.
    private func housekeeping(_ now: ContinuousClock.Instant) -> [Event] {
        var events: [Event] = []
        // Replicas that went silent for 3 heartbeats are dead (DESIGN.md).
        for (identity, r) in replicas where ReplicaSupervisor<ReplicaProcess>.isSilent(lastSeen: r.lastSeen, now: now, heartbeat: Self.heartbeat) {
            events += buryReplica(identity, reason: "no heartbeat for \(Self.heartbeat * 3)", blame: true)
            if r.identity.first == 0 { supervisor.killSilent(r.pid) }
        }
        // Stuck tasks: kill the replica (its tasks are requeued when its exit is reaped below).
        for (_, r) in replicas {
            guard supervisor.isOverdue(runningFor: r.runningFor(now: now)), let stuck = r.running else { continue }
            logger.warning("\(name): \(stuck.source) exceeded the task deadline of \(taskDeadline) on pid \(r.pid): killing the replica")
            // Only local replicas (tag 0) are our processes; a remote pid may collide with a local one.
            if r.identity.first != 0 || !supervisor.killForDeadline(r.pid) {
                events += buryReplica(r.identity, reason: "task deadline of \(taskDeadline) exceeded", blame: true)
            }
        }
        events += reapExits()
        // Respawn lost replicas, with back-off, while work can still arrive.
        if let p = supervisor.respawnIfDue(now: now, active: started && !shutDown && protocolFailure == nil) { noteStarted(p) }
        if now - lastHeartbeat >= Self.heartbeat {
            lastHeartbeat = now
            for p in supervisor.all() { stats.peakReplicaKiB = max(stats.peakReplicaKiB, p.peakResidentKiB ?? 0) }
            for identity in replicas.keys { send(identity, [ControlMessage.heartbeat.encoded()]) }
        }
        return events
    }

    /// Child exits: each buries its replica with what the supervisor says the exit means.
    private func reapExits() -> [Event] {
        var events: [Event] = []
        let local = replicas.filter { $0.key.first == 0 }
        for exit in supervisor.reap(ready: { pid in local.contains { $0.value.pid == pid && $0.value.configured } }, shutDown: shutDown) {
            if let (identity, _) = local.first(where: { $0.value.pid == exit.pid }) {
                events += buryReplica(identity, reason: exit.reason, blame: exit.blame)
            }
            if !shutDown { logger.warning("\(name): \(exit.reason)") }
        }
        stats.replicaDeaths = supervisor.deaths
        stats.replicaCPUSeconds = supervisor.reapedCPUSeconds
        return events
    }

    private func buryReplica(_ identity: [UInt8], reason: String, blame: Bool) -> [Event] {
        guard let r = replicas.removeValue(forKey: identity) else { return [] }
        var events: [Event] = []
        // Every task it held is a suspect: it may have been computing any of them (`suspects`).
        for item in r.inFlight.values.sorted(by: { $0.id < $1.id }) {
            if let sent = item.dispatchedAt {
                trace?.span(name: item.source, stage: name, replica: r.pid, start: sent, end: .now,
                            args: ["attempt": "\(item.attempt)", "outcome": "lost: \(reason)", "athlete": item.athlete])
            }
            events += requeue(item, because: reason, blame: blame)
        }
        return events
    }

    /// Sends queued tasks against credit, spreading them over the replicas with the most credit.
    private func dispatch() -> [Event] {
        var events: [Event] = []
        // Suspects first, each alone on an idle replica.
        while !suspects.isEmpty && !holdDispatch,
              let identity = bestReplica(where: { $0.credit > 0 && $0.inFlight.isEmpty }) {
            events += send(suspects.removeFirst(), to: identity)
        }
        // While suspects wait, the replica closest to idle gets no new tasks, so that one soon is.
        let holdsSuspect = { (r: Replica) in r.inFlight.values.contains { $0.strikes > 0 } }
        let draining = suspects.isEmpty ? nil
            : replicas.values.filter { !holdsSuspect($0) }.min { ($0.inFlight.count, $0.pid) < ($1.inFlight.count, $1.pid) }?.identity
        while queueHead < queue.count && !holdDispatch {
            guard let identity = bestReplica(where: { $0.credit > 0 && !holdsSuspect($0) && $0.identity != draining })
            else { break }
            let item = queue[queueHead]
            // The slot stays until the queue is compacted; it must not keep the payload alive.
            queue[queueHead].payload = .bytes([])
            queueHead += 1
            events += send(item, to: identity)
        }
        return events
    }

    /// Of the replicas that qualify, the one with the most credit (ties: the lowest identity).
    private func bestReplica(where qualifies: (Replica) -> Bool) -> [UInt8]? {
        replicas.values.filter(qualifies)
            .max(by: { ($0.credit, $1.identity.lexicographicallyPrecedes($0.identity) ? 1 : 0)
                      < ($1.credit, $0.identity.lexicographicallyPrecedes($1.identity) ? 1 : 0) })?.identity
    }

    /// Sends one attempt of `item` to a replica.
    private func send(_ item: WorkItem, to identity: [UInt8]) -> [Event] {
        var item = item
        item.attempt += 1
        item.dispatchedAt = .now
        let payload: ZMQSocket.Part
        do { payload = try item.outgoing() } catch {
            return [finishFailed(item, "\(error)")]
        }
        let header = ControlMessage.TaskHeader(itemID: item.id, source: item.source, athlete: item.athlete,
                                               attempt: item.attempt, payloadType: item.payloadType,
                                               athleteYAML: item.athleteYAML)
        if stats.firstDispatch == nil { stats.firstDispatch = .now }
        if let capture, let bytes = try? item.frame() {
            capture.record(item: item, payload: bytes, stage: name, inputType: stage.description.input)
        }
        replicas[identity]?.credit -= 1
        replicas[identity]?.inFlight[item.id] = item
        guard send(identity, [.bytes(ControlMessage.task(header).encoded()), payload]) else {
            // This task never reached it: back to the queue, no strike.
            replicas[identity]?.inFlight[item.id] = nil
            var events = requeue(item, because: "replica unreachable", blame: false)
            // A local replica that cannot be reached has usually just died: its exit, reaped now,
            // says whose fault it was (a crash blames the tasks it held); otherwise nobody's.
            if identity.first == 0, let pid = replicas[identity]?.pid, supervisor.process(pid)?.isRunning == false {
                events += reapExits()
            } else {
                events += buryReplica(identity, reason: "replica unreachable", blame: false)
            }
            return events
        }
        return []
    }

    @discardableResult
    private func send(_ identity: [UInt8], _ frames: [[UInt8]]) -> Bool {
        send(identity, frames.map { ZMQSocket.Part.bytes($0) })
    }

    private func send(_ identity: [UInt8], _ frames: [ZMQSocket.Part]) -> Bool {
        guard let tag = identity.first, Int(tag) < sockets.count else { return false }
        do {
            try sockets[Int(tag)].send([.bytes(Array(identity.dropFirst()))] + frames)
            return true
        } catch {
            if error.code != .hostUnreachable { logger.warning("\(name): send failed: \(error)") }
            return false
        }
    }

    /// Stops every replica of this stage (SIGTERM, wait, SIGKILL).
    func terminate() {
        ReplicaProcess.terminate(stopAccepting())
        collectExited()
    }

    /// Counts the CPU time of replicas reaped by `ReplicaProcess.terminate`.
    func collectExited() {
        _ = supervisor.reap(ready: { _ in true }, shutDown: true)
        stats.replicaCPUSeconds = supervisor.reapedCPUSeconds
    }

    /// Says SHUTDOWN to every replica and returns the local processes, so that a caller stopping
    /// several stages can wait for all of them at once (one grace period, not one per stage).
    func stopAccepting() -> [ReplicaProcess] {
        for p in supervisor.all() { stats.peakReplicaKiB = max(stats.peakReplicaKiB, p.peakResidentKiB ?? 0) }
        for identity in replicas.keys where !shutDown { send(identity, [ControlMessage.shutdown.encoded()]) }
        shutDown = true
        return supervisor.all()
    }
}

/// A stage that cannot start its replicas.
struct SupervisionFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
