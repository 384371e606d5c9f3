import CGaitpipeWire
import CProtobufC
import GaitModel

/// A model type that travels as a payload frame. `wireType` is the name used in TASK/RESULT
/// headers, in `--describe` and in pipeline type checks.
public protocol WirePayload: Sendable {
    static var wireType: String { get }
    func encoded() -> [UInt8]
    init(decoding bytes: [UInt8]) throws(WireError)
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
