import CGaitpipeWire
import CProtobufC
import GaitModel

/// A model type that travels as a payload frame. `wireType` is the name used in TASK/RESULT
/// headers, in `--describe` and in pipeline type checks.
///
/// A union type (`Activity|KinematicsFile`, PROTOCOL.md "Union types") is a payload that may be any
/// of its members: the TASK header's payload type names the member an input is, and the RESULT
/// header names each output's member.
public protocol WirePayload: Sendable {
    static var wireType: String { get }
    func encoded() -> [UInt8]
    init(decoding bytes: [UInt8]) throws(WireError)
    /// Decodes a payload the TASK header calls `type`; a union picks its member by it.
    init(decoding bytes: [UInt8], type: String) throws(WireError)
    /// The wire type of this value: `wireType`, or for a union the member it holds.
    var payloadType: String { get }
}

extension WirePayload {
    public init(decoding bytes: [UInt8], type: String) throws(WireError) { try self.init(decoding: bytes) }
    public var payloadType: String { Self.wireType }
}

extension RawFile: WirePayload {
    public static let wireType = "RawFile"

    public func encoded() -> [UInt8] {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__RawFile> = arena.message { gaitpipe__v1__raw_file__init($0) }
        m.pointee.path = arena.string(path)
        m.pointee.athlete = arena.string(athlete)
        m.pointee.data = arena.binary(data)
        return arena.pack(m)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__raw_file__unpack,
                          gaitpipe__v1__raw_file__free_unpacked) { m in
            RawFile(path: CRead.string(m.pointee.path), athlete: CRead.string(m.pointee.athlete),
                    data: CRead.bytes(m.pointee.data))
        }
    }
}
