import Foundation
import GaitModel
import GaitWire
import Logging
import StageKit
import ZeroMQ

/// The runner-hosted ROUTER of one stage and the bookkeeping of its DEALER replicas
/// (PROTOCOL.md): credit-based dispatch, heartbeats, requeue on replica death, quarantine.
final class StageDispatcher {
    enum Event {
        case completed(WorkItem, outputs: [(type: String, bytes: [UInt8])], warnings: [String], skippedReason: String?)
        case failed(WorkItem, reason: String)
    }

    struct Replica {
        let identity: [UInt8]
        var pid: Int32
        var credit: Int = 0
        var configured = false
        var inFlight: [UInt64: WorkItem] = [:]
        var lastSeen: ContinuousClock.Instant
    }

    let stage: ValidatedPipeline.Stage
    let index: Int
    let endpoint: String
    let socket: ZMQSocket
    private let jobDirectory: String
    private let logger: Logger

    private(set) var processes: [ReplicaProcess] = []
    private var replicas: [[UInt8]: Replica] = [:]
    private var queue: [WorkItem] = []
    private var queueHead = 0
    private var completedIDs: Set<UInt64> = []
    private var spawned = 0
    private var consecutiveEarlyExits = 0
    private var respawnAt: ContinuousClock.Instant?
    private var lastHeartbeat = ContinuousClock.now
    private(set) var stats = StageStats()
    /// Set when the stage fails as a whole (crash loop, bad params): the run ends with exit 1.
    private(set) var failure: String?
    /// No more items will arrive; once idle, replicas are told to shut down.
    var upstreamDone = false
    /// `run --capture DIR`: the first tasks' payloads are written to DIR/<stage>/NAME.in.pb as
    /// fixtures for `gaitpipe test-stage`.
    var capture: TaskCapture?
    private(set) var shutDown = false

    static let heartbeat: Duration = .seconds(1)
    static let maxMessageSize: Int64 = 512 << 20
    static let crashLoopLimit = 3

    var name: String { stage.entry.name }
    var inFlightCount: Int { replicas.values.reduce(0) { $0 + $1.inFlight.count } }
    var queuedCount: Int { queue.count - queueHead }
    var isIdle: Bool { queuedCount == 0 && inFlightCount == 0 }

    init(stage: ValidatedPipeline.Stage, index: Int, context: ZMQContext, jobDirectory: String, logger: Logger) throws {
        self.stage = stage
        self.index = index
        self.jobDirectory = jobDirectory
        self.logger = logger
        // Short socket names: ipc paths are limited to ~107 bytes (unix(7)).
        endpoint = "ipc://\(jobDirectory)/\(index).sock"
        socket = try ZMQSocket(context, .router)
        try socket.setRouterMandatory()
        try socket.setMaxMessageSize(Self.maxMessageSize)
        try socket.setHighWaterMark(0)
        try socket.bind(endpoint)
    }

    func startReplicas() throws {
        for _ in 0..<stage.entry.replicas { try spawn() }
    }

    private func spawn() throws {
        spawned += 1
        let p = try ReplicaProcess(executable: stage.executable, endpoint: endpoint,
                                   stderrPath: "\(jobDirectory)/\(index)-\(spawned).stderr")
        processes.append(p)
        stats.pids.append(p.pid)
        logger.debug("\(name): started replica pid \(p.pid)")
    }

    func enqueue(_ item: WorkItem) {
        if queueHead > 1024 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        queue.append(item)
        stats.received += 1
    }

    // MARK: - Inbound

    /// Handles every message waiting on the ROUTER.
    func receiveAll() -> [Event] {
        var events: [Event] = []
        while true {
            let frames: [[UInt8]]?
            do { frames = try socket.receive() } catch {
                logger.warning("\(name): receive failed: \(error)")
                break
            }
            guard let frames else { break }
            events += handle(frames)
        }
        return events
    }

    private func handle(_ frames: [[UInt8]]) -> [Event] {
        guard frames.count >= 2 else { return [] }
        let identity = frames[0]
        let message: ControlMessage
        do { message = try ControlMessage(decoding: frames[1]) } catch {
            logger.warning("\(name): dropped a message from a replica: \(error)")
            return []
        }
        let now = ContinuousClock.now
        replicas[identity]?.lastSeen = now
        switch message {
        case .hello(let hello):
            let d = stage.description
            guard hello.protocolVersion == protocolVersion, hello.stage == d.name,
                  hello.inputType == d.input, hello.outputType == d.output else {
                // The executable changed since --describe, or is not what it claimed: the stage cannot run.
                failure = "stage '\(name)': refused HELLO from pid \(hello.pid): it is \(hello.stage) (protocol \(hello.protocolVersion), \(hello.inputType) → \(hello.outputType)), expected \(d.name) (protocol \(protocolVersion), \(d.input) → \(d.output))"
                send(identity, [ControlMessage.shutdown.encoded()])
                return []
            }
            replicas[identity] = Replica(identity: identity, pid: Int32(bitPattern: hello.pid), lastSeen: now)
            send(identity, [ControlMessage.config(params: stage.entry.params,
                                                  heartbeatMs: UInt32(Self.heartbeat.components.seconds * 1000)).encoded()])
        case .ready(let credit):
            replicas[identity]?.credit += Int(credit)
            replicas[identity]?.configured = true
        case .result(let header):
            guard var item = takeInFlight(identity, header.itemID) else { return [] }
            replicas[identity]?.credit += 1
            consecutiveEarlyExits = 0
            item.attempt = max(item.attempt, 1)
            let payloads = Array(frames.dropFirst(2))
            guard payloads.count == header.outputTypes.count else {
                return [finishFailed(item, "stage sent \(payloads.count) payload frames for \(header.outputTypes.count) outputs")]
            }
            completedIDs.insert(item.id)
            stats.completed += 1
            stats.lastCompletion = now
            if !header.skippedReason.isEmpty { stats.skipped += 1 }
            return [.completed(item, outputs: Array(zip(header.outputTypes, payloads)).map { (type: $0.0, bytes: $0.1) },
                               warnings: header.warnings,
                               skippedReason: header.skippedReason.isEmpty ? nil : header.skippedReason)]
        case .error(let itemID, let retryable, let text):
            if itemID == 0 {
                failure = "stage '\(name)' rejected its configuration: \(text)"
                return []
            }
            guard let item = takeInFlight(identity, itemID) else { return [] }
            replicas[identity]?.credit += 1
            if retryable { return requeue(item, because: text) }
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

    private func finishFailed(_ item: WorkItem, _ reason: String) -> Event {
        completedIDs.insert(item.id)
        stats.failed += 1
        stats.lastCompletion = .now
        return .failed(item, reason: reason)
    }

    /// Puts a task back in the queue, or quarantines it after `maxAttempts`.
    private func requeue(_ item: WorkItem, because reason: String) -> [Event] {
        if item.attempt >= WorkItem.maxAttempts {
            return [finishFailed(item, "quarantined after \(item.attempt) attempts in '\(name)': \(reason)")]
        }
        stats.retried += 1
        logger.info("\(name): retrying \(item.source) (\(reason))")
        queue.append(item)
        return []
    }

    // MARK: - Housekeeping and outbound

    /// Liveness, reaping, respawn, heartbeats and dispatch. Called every loop iteration.
    func tick() -> [Event] {
        var events: [Event] = []
        let now = ContinuousClock.now
        // Replicas that went silent for 3 heartbeats are dead (DESIGN.md).
        for (identity, r) in replicas where now - r.lastSeen > Self.heartbeat * 3 {
            events += buryReplica(identity, reason: "no heartbeat for \(Self.heartbeat * 3)")
            if let process = processes.first(where: { $0.pid == r.pid }) { process.signal(SIGKILL) }
        }
        // Child exits.
        for p in processes where !p.isRunning {
            if let (identity, _) = replicas.first(where: { $0.value.pid == p.pid }) {
                let configured = replicas[identity]?.configured ?? false
                events += buryReplica(identity, reason: "replica pid \(p.pid) \(p.exitDescription)")
                if !configured { consecutiveEarlyExits += 1 }
            } else if !shutDown {
                consecutiveEarlyExits += 1
            }
            if !shutDown {
                stats.replicaDeaths += 1
                logger.warning("\(name): replica pid \(p.pid) \(p.exitDescription)")
                if consecutiveEarlyExits >= Self.crashLoopLimit && failure == nil {
                    let tail = p.stderrTail()
                    failure = "stage '\(name)': replicas exited \(consecutiveEarlyExits) times in a row before serving a task (last \(p.exitDescription))" + (tail.isEmpty ? "" : "; stderr:\n" + tail)
                }
            }
        }
        processes.removeAll { !$0.isRunning }
        // Respawn lost replicas, with back-off, while work can still arrive.
        if !shutDown && failure == nil && processes.count < stage.entry.replicas {
            if let at = respawnAt {
                if now >= at {
                    respawnAt = nil
                    do { try spawn() } catch { failure = "stage '\(name)': \(error)" }
                }
            } else {
                respawnAt = now + .milliseconds(100 << min(consecutiveEarlyExits, 4))
            }
        }
        if now - lastHeartbeat >= Self.heartbeat {
            lastHeartbeat = now
            for identity in replicas.keys { send(identity, [ControlMessage.heartbeat.encoded()]) }
        }
        events += dispatch()
        if upstreamDone && isIdle && !shutDown {
            shutDown = true
            for identity in replicas.keys { send(identity, [ControlMessage.shutdown.encoded()]) }
        }
        return events
    }

    private func buryReplica(_ identity: [UInt8], reason: String) -> [Event] {
        guard let r = replicas.removeValue(forKey: identity) else { return [] }
        var events: [Event] = []
        for item in r.inFlight.values.sorted(by: { $0.id < $1.id }) {
            events += requeue(item, because: reason)
        }
        return events
    }

    /// Sends queued tasks against credit, spreading them over the replicas with the most credit.
    private func dispatch() -> [Event] {
        var events: [Event] = []
        while queueHead < queue.count {
            guard let identity = replicas.values.filter({ $0.credit > 0 })
                .max(by: { ($0.credit, $1.identity.lexicographicallyPrecedes($0.identity) ? 1 : 0)
                          < ($1.credit, $0.identity.lexicographicallyPrecedes($1.identity) ? 1 : 0) })?.identity
            else { break }
            var item = queue[queueHead]
            queueHead += 1
            item.attempt += 1
            let payload: [UInt8]
            do { payload = try item.frame() } catch {
                events.append(finishFailed(item, "\(error)"))
                continue
            }
            let header = ControlMessage.TaskHeader(itemID: item.id, source: item.source, athlete: item.athlete,
                                                   attempt: item.attempt, payloadType: item.payloadType,
                                                   athleteYAML: item.athleteYAML)
            if stats.firstDispatch == nil { stats.firstDispatch = .now }
            capture?.record(item: item, payload: payload, stage: name)
            replicas[identity]?.credit -= 1
            replicas[identity]?.inFlight[item.id] = item
            if !send(identity, [ControlMessage.task(header).encoded(), payload]) {
                events += buryReplica(identity, reason: "replica unreachable")
            }
        }
        return events
    }

    @discardableResult
    private func send(_ identity: [UInt8], _ frames: [[UInt8]]) -> Bool {
        do {
            try socket.send([identity] + frames)
            return true
        } catch {
            if error.code != .hostUnreachable { logger.warning("\(name): send failed: \(error)") }
            return false
        }
    }

    /// Stops every replica of this stage (SIGTERM, wait, SIGKILL).
    func terminate() {
        for identity in replicas.keys where !shutDown { send(identity, [ControlMessage.shutdown.encoded()]) }
        shutDown = true
        ReplicaProcess.terminate(processes)
    }
}
