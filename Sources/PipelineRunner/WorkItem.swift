import BulkExport
import Foundation
import GaitModel
import GaitWire
import ZeroMQ

/// A unit of work travelling down the pipeline: an input file, then what each stage made of it.
struct WorkItem {
    enum Payload {
        case bytes([UInt8])
        /// A stage's output as received: libzmq's message, relayed to the next stage without a copy.
        case frame(ZMQFrame)
        /// A file of the input folder (a run file, or a `kinematics/` file), read only when
        /// dispatched so the runner holds no season of bytes; sent as an `InputFile` of the item's
        /// payload type (`RawFile` or `KinematicsFile`). `runPath` is its path in the athlete folder.
        case inputFile(path: String, runPath: String)
        /// One activity of a bulk export, read from the export when dispatched (and when its cache
        /// key is made: the key hashes what is sent, so a Strava row edited in a re-export recomputes).
        case exportMember(ExportMember, runPath: String)
        /// A large payload parked on disk in the job folder until it is dispatched (`SpillStore`).
        case spilled(path: String)
        /// An output the result cache did not keep: only its origin is known, and the next stage's
        /// cached answer stands in for it.
        case absent

        /// Lends an in-memory payload's bytes to `body` where they lie; nil for files and spilled ones.
        func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R? {
            switch self {
            case .bytes(let b): try b.withUnsafeBytes(body)
            case .frame(let f): try f.withUnsafeBytes(body)
            default: nil
            }
        }

        /// The bytes of an in-memory payload (a copy of a held frame); empty for files and spilled ones.
        var bytes: [UInt8] {
            switch self {
            case .bytes(let b): b
            case .frame(let f): f.bytes
            default: []
            }
        }
    }

    let id: UInt64
    let athlete: String
    /// Input path relative to the input folder, for messages and skip lists.
    let source: String
    let payloadType: String
    var payload: Payload
    /// For a stage's output: the hash of the producing task's key, its index and type — the input
    /// part of the next stage's cache key (ResultCache). Nil for input files and runner-built tasks,
    /// whose keys hash what they carry.
    var origin: String?
    /// The athlete's athlete.yaml, attached to every task (copy-on-write: shared, not copied).
    let athleteYAML: [UInt8]
    /// Dispatches so far.
    var attempt: UInt32 = 0
    /// Attempts that ended in a way the item may have caused: its replica crashed, hung, exceeded
    /// the deadline, or asked for a retry. At `maxStrikes` the item is quarantined as poison.
    /// A replica killed from outside (SIGKILL/SIGTERM by an operator, a chaos test) is no strike.
    var strikes: UInt32 = 0
    /// When the current attempt was sent, for the task deadline and latency.
    var dispatchedAt: ContinuousClock.Instant?
    /// The result cache key, when caching is on.
    var cacheKey: String?

    static let maxStrikes: UInt32 = 3
    /// However the attempts ended, an item is not tried more often than this.
    static let maxAttempts: UInt32 = 10

    /// Payload bytes this item keeps in the runner's memory (files and spilled payloads are on disk).
    var heldBytes: Int {
        switch payload {
        case .bytes(let b): b.count
        case .frame(let f): f.count
        default: 0
        }
    }

    /// What goes out as the TASK's payload frame: a held frame by reference; an input file read and
    /// packed straight into the libzmq message it leaves in; anything else as bytes.
    func outgoing() throws -> ZMQSocket.Part {
        switch payload {
        case .frame(let f):
            return .frame(f)
        case .inputFile(let path, let runPath):
            // RawFile and KinematicsFile are one message: only the TASK's payload type differs.
            let file = RawFile(path: runPath, athlete: athlete, data: try Self.contents(path, of: source))
            return .frame(try file.withThrowingPacker { p throws(ZMQError) in try ZMQFrame(size: p.size, fill: p.write) })
        case .exportMember(let member, let runPath):
            let file = RawFile(path: runPath, athlete: athlete, data: try Self.contents(member, of: source))
            return .frame(try file.withThrowingPacker { p throws(ZMQError) in try ZMQFrame(size: p.size, fill: p.write) })
        default:
            return .bytes(try frame())
        }
    }

    /// Lends the payload's bytes to `body`: a held frame or array in place, anything else as `frame()`.
    func withPayloadBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        if let result = try payload.withBytes(body) { return result }
        return try frame().withUnsafeBytes(body)
    }

    /// The payload's bytes (a copy of a held frame): input files are read and wrapped as a `RawFile` message here.
    func frame() throws -> [UInt8] {
        switch payload {
        case .bytes(let b): return b
        case .frame(let f): return f.bytes
        case .inputFile(let path, let runPath):
            return RawFile(path: runPath, athlete: athlete, data: try Self.contents(path, of: source)).encoded()
        case .exportMember(let member, let runPath):
            return RawFile(path: runPath, athlete: athlete, data: try Self.contents(member, of: source)).encoded()
        case .absent:
            throw InputError(message: "the result cache did not keep this output of \(source)")
        case .spilled(let path):
            guard let data = Self.readFile(path) else {
                throw InputError(message: "lost the spilled payload of \(source) at \(path)")
            }
            return data
        }
    }

    private static func contents(_ member: ExportMember, of source: String) throws -> [UInt8] {
        do { return try member.bytes() } catch { throw InputError(message: "cannot read \(source): \(error.description)") }
    }

    private static func contents(_ path: String, of source: String) throws -> [UInt8] {
        guard let data = readFile(path) else { throw InputError(message: "cannot read \(source)") }
        return data
    }

    /// A whole file's bytes, read straight into the array (the runner reads every input file once
    /// per dispatch; Foundation's `Data` would add a copy), or nil when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        guard size >= 0, lseek(fd, 0, SEEK_SET) == 0 else { return nil }
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(size)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                count += n
            }
        }
        // A file that grew since it was measured: read the rest (usually one empty read, into
        // scratch space that is neither zeroed nor kept).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65536) { chunk in
            while true {
                let n = read(fd, chunk.baseAddress, chunk.count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return n < 0 ? nil : bytes }
                bytes += chunk[..<n]
            }
        }
    }
}
