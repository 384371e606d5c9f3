import CGaitpipeWire
import CProtobufC

/// The wire protocol's version, checked at HELLO. Bump on any incompatible change (PROTOCOL.md).
public let protocolVersion: UInt32 = 1

/// First frame of every protocol message (PROTOCOL.md).
public enum ControlMessage: Sendable, Equatable {
    case hello(Hello)
    case config(params: [String: String], heartbeatMs: UInt32)
    case ready(credit: UInt32)
    case task(TaskHeader)
    case result(ResultHeader)
    case error(itemID: UInt64, retryable: Bool, message: String)
    case heartbeat
    case shutdown

    public struct Hello: Sendable, Equatable {
        public var protocolVersion: UInt32
        public var stage: String
        public var version: String
        public var inputType: String
        public var outputType: String
        public var pid: UInt32
        /// SHA-256 (hex) of the replica's executable; empty when the stage does not compute it.
        public var executableDigest: String

        public init(protocolVersion: UInt32, stage: String, version: String, inputType: String,
                    outputType: String, pid: UInt32, executableDigest: String = "") {
            self.protocolVersion = protocolVersion
            self.stage = stage
            self.version = version
            self.inputType = inputType
            self.outputType = outputType
            self.pid = pid
            self.executableDigest = executableDigest
        }
    }

    /// What a TASK frame says about the payload frame after it.
    public struct TaskHeader: Sendable, Equatable {
        public var itemID: UInt64
        public var source: String
        public var athlete: String
        public var attempt: UInt32
        public var payloadType: String
        /// The athlete's `athlete.yaml`, raw; empty when the athlete has none.
        public var athleteYAML: [UInt8]

        public init(itemID: UInt64, source: String, athlete: String, attempt: UInt32, payloadType: String,
                    athleteYAML: [UInt8] = []) {
            self.itemID = itemID
            self.source = source
            self.athlete = athlete
            self.attempt = attempt
            self.payloadType = payloadType
            self.athleteYAML = athleteYAML
        }
    }

    /// What a RESULT frame says about the output frames after it.
    public struct ResultHeader: Sendable, Equatable {
        public var itemID: UInt64
        public var outputTypes: [String]
        public var warnings: [String]
        /// Non-empty: the input was skipped, and why.
        public var skippedReason: String
        /// Damage in the input itself, used anyway (truncated, CRC mismatch): the runner counts
        /// these as problems in athlete files (`--strict` exits 3).
        public var problems: [String]

        public init(itemID: UInt64, outputTypes: [String], warnings: [String] = [], skippedReason: String = "",
                    problems: [String] = []) {
            self.itemID = itemID
            self.outputTypes = outputTypes
            self.warnings = warnings
            self.skippedReason = skippedReason
            self.problems = problems
        }
    }

    /// Short name for logs ("TASK", "RESULT", …).
    public var name: String {
        switch self {
        case .hello: "HELLO"
        case .config: "CONFIG"
        case .ready: "READY"
        case .task: "TASK"
        case .result: "RESULT"
        case .error: "ERROR"
        case .heartbeat: "HEARTBEAT"
        case .shutdown: "SHUTDOWN"
        }
    }
}

extension ControlMessage {
    public func encoded() -> [UInt8] {
        let arena = PackArena()
        let c: UnsafeMutablePointer<Gaitpipe__V1__Control> = arena.message { gaitpipe__v1__control__init($0) }
        switch self {
        case .hello(let h):
            let m: UnsafeMutablePointer<Gaitpipe__V1__Hello> = arena.message { gaitpipe__v1__hello__init($0) }
            m.pointee.protocol_version = h.protocolVersion
            m.pointee.stage = arena.string(h.stage)
            m.pointee.version = arena.string(h.version)
            m.pointee.input_type = arena.string(h.inputType)
            m.pointee.output_type = arena.string(h.outputType)
            m.pointee.pid = h.pid
            m.pointee.executable_digest = arena.string(h.executableDigest)
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_HELLO
            c.pointee.hello = m
        case .config(let params, let heartbeatMs):
            let m: UnsafeMutablePointer<Gaitpipe__V1__Config> = arena.message { gaitpipe__v1__config__init($0) }
            let sorted = params.sorted { $0.key < $1.key }
            m.pointee.n_params = sorted.count
            m.pointee.params = arena.messages(sorted) { kv in
                let p: UnsafeMutablePointer<Gaitpipe__V1__Param> = arena.message { gaitpipe__v1__param__init($0) }
                p.pointee.key = arena.string(kv.key)
                p.pointee.value = arena.string(kv.value)
                return p
            }
            m.pointee.heartbeat_ms = heartbeatMs
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_CONFIG
            c.pointee.config = m
        case .ready(let credit):
            let m: UnsafeMutablePointer<Gaitpipe__V1__Ready> = arena.message { gaitpipe__v1__ready__init($0) }
            m.pointee.credit = credit
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_READY
            c.pointee.ready = m
        case .task(let t):
            let m: UnsafeMutablePointer<Gaitpipe__V1__Task> = arena.message { gaitpipe__v1__task__init($0) }
            m.pointee.item_id = t.itemID
            m.pointee.source = arena.string(t.source)
            m.pointee.athlete = arena.string(t.athlete)
            m.pointee.attempt = t.attempt
            m.pointee.payload_type = arena.string(t.payloadType)
            m.pointee.athlete_yaml = arena.binary(t.athleteYAML)
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_TASK
            c.pointee.task = m
        case .result(let r):
            let m: UnsafeMutablePointer<Gaitpipe__V1__Result> = arena.message { gaitpipe__v1__result__init($0) }
            m.pointee.item_id = r.itemID
            m.pointee.n_output_types = r.outputTypes.count
            m.pointee.output_types = arena.strings(r.outputTypes)
            m.pointee.n_warnings = r.warnings.count
            m.pointee.warnings = arena.strings(r.warnings)
            m.pointee.skipped_reason = arena.string(r.skippedReason)
            m.pointee.n_problems = r.problems.count
            m.pointee.problems = arena.strings(r.problems)
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_RESULT
            c.pointee.result = m
        case .error(let itemID, let retryable, let message):
            let m: UnsafeMutablePointer<Gaitpipe__V1__Error> = arena.message { gaitpipe__v1__error__init($0) }
            m.pointee.item_id = itemID
            m.pointee.retryable = retryable ? 1 : 0
            m.pointee.message = arena.string(message)
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_ERROR
            c.pointee.error = m
        case .heartbeat:
            let m: UnsafeMutablePointer<Gaitpipe__V1__Heartbeat> = arena.message { gaitpipe__v1__heartbeat__init($0) }
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_HEARTBEAT
            c.pointee.heartbeat = m
        case .shutdown:
            let m: UnsafeMutablePointer<Gaitpipe__V1__Shutdown> = arena.message { gaitpipe__v1__shutdown__init($0) }
            c.pointee.body_case = GAITPIPE__V1__CONTROL__BODY_SHUTDOWN
            c.pointee.shutdown = m
        }
        return arena.pack(c)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try decodeArray(bytes) { buffer throws(WireError) in try ControlMessage(decoding: buffer) }
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: "Control", gaitpipe__v1__control__unpack,
                          gaitpipe__v1__control__free_unpacked) { c throws(WireError) in
            let body = c.pointee
            switch body.body_case {
            case GAITPIPE__V1__CONTROL__BODY_HELLO:
                guard let h = body.hello?.pointee else { break }
                return .hello(Hello(protocolVersion: h.protocol_version, stage: CRead.string(h.stage),
                                    version: CRead.string(h.version), inputType: CRead.string(h.input_type),
                                    outputType: CRead.string(h.output_type), pid: h.pid,
                                    executableDigest: CRead.string(h.executable_digest)))
            case GAITPIPE__V1__CONTROL__BODY_CONFIG:
                guard let m = body.config?.pointee else { break }
                var params: [String: String] = [:]
                for (k, v) in CRead.messages(m.n_params, m.params, { (CRead.string($0.pointee.key), CRead.string($0.pointee.value)) }) {
                    params[k] = v
                }
                return .config(params: params, heartbeatMs: m.heartbeat_ms)
            case GAITPIPE__V1__CONTROL__BODY_READY:
                guard let m = body.ready?.pointee else { break }
                return .ready(credit: m.credit)
            case GAITPIPE__V1__CONTROL__BODY_TASK:
                guard let t = body.task?.pointee else { break }
                return .task(TaskHeader(itemID: t.item_id, source: CRead.string(t.source),
                                        athlete: CRead.string(t.athlete), attempt: t.attempt,
                                        payloadType: CRead.string(t.payload_type),
                                        athleteYAML: CRead.bytes(t.athlete_yaml)))
            case GAITPIPE__V1__CONTROL__BODY_RESULT:
                guard let r = body.result?.pointee else { break }
                return .result(ResultHeader(itemID: r.item_id,
                                            outputTypes: CRead.strings(r.n_output_types, r.output_types),
                                            warnings: CRead.strings(r.n_warnings, r.warnings),
                                            skippedReason: CRead.string(r.skipped_reason),
                                            problems: CRead.strings(r.n_problems, r.problems)))
            case GAITPIPE__V1__CONTROL__BODY_ERROR:
                guard let e = body.error?.pointee else { break }
                return .error(itemID: e.item_id, retryable: e.retryable != 0, message: CRead.string(e.message))
            case GAITPIPE__V1__CONTROL__BODY_HEARTBEAT:
                return .heartbeat
            case GAITPIPE__V1__CONTROL__BODY_SHUTDOWN:
                return .shutdown
            default:
                break
            }
            throw WireError(type: "Control", byteCount: bytes.count, detail: "no known message in its body")
        }
    }
}
