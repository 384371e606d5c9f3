import CGaitpipeWire
import CProtobufC
public import GaitModel

/// A model type that travels as a payload frame. `wireType` is the name used in TASK/RESULT
/// headers, in `--describe` and in pipeline type checks.
///
/// A union type (`Activity|KinematicsFile`, PROTOCOL.md "Union types") is a payload that may be any
/// of its members: the TASK header's payload type names the member an input is, and the RESULT
/// header names each output's member.
public protocol WirePayload: Sendable {
    static var wireType: String { get }
    /// Builds this value's protobuf-c message and hands `body` its packer, which writes the packed
    /// bytes wherever the caller chooses (`encoded()` for an array).
    func withPacker<R>(_ body: (Packer) -> R) -> R
    /// Decodes a packed payload; `bytes` may be an array's or a received libzmq message's.
    init(decoding bytes: UnsafeRawBufferPointer) throws(WireError)
    /// Decodes a payload the TASK header calls `type`; a union picks its member by it.
    init(decoding bytes: UnsafeRawBufferPointer, type: String) throws(WireError)
    /// The wire type of this value: `wireType`, or for a union the member it holds.
    var payloadType: String { get }
}

extension WirePayload {
    public init(decoding bytes: UnsafeRawBufferPointer, type: String) throws(WireError) {
        try self.init(decoding: bytes)
    }
    public var payloadType: String { Self.wireType }

    /// The packed payload in a new array.
    public func encoded() -> [UInt8] { withPacker { $0.bytes() } }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try decodeArray(bytes) { buffer throws(WireError) in try Self(decoding: buffer) }
    }

    public init(decoding bytes: [UInt8], type: String) throws(WireError) {
        self = try decodeArray(bytes) { buffer throws(WireError) in try Self(decoding: buffer, type: type) }
    }

    /// `withPacker` for a body that can fail (allocating the message it packs into, say).
    public func withThrowingPacker<R, E: Error>(_ body: (Packer) throws(E) -> R) throws(E) -> R {
        try withPacker { packer in Result { () throws(E) in try body(packer) } }.get()
    }
}

/// Run files and `kinematics/` files: one message, `RawFile`, under the payload type of their kind.
extension InputFile: WirePayload {
    public static var wireType: String { Kind.payloadType }

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__RawFile> = arena.message { gaitpipe__v1__raw_file__init($0) }
        m.pointee.path = arena.string(path)
        m.pointee.athlete = arena.string(athlete)
        // The file's bytes are lent, not copied into the arena (the runner sends every run file).
        return withBorrowed([data]) { lent in
            m.pointee.data = ProtobufCBinaryData(len: data.count, data: lent[0])
            return arena.packer(m, body)
        }
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__raw_file__unpack,
                          gaitpipe__v1__raw_file__free_unpacked) { m in
            InputFile(path: CRead.string(m.pointee.path), athlete: CRead.string(m.pointee.athlete),
                      data: CRead.bytes(m.pointee.data))
        }
    }
}
