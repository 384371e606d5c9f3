import CGaitpipeWire
import CProtobufC
import Glibc

/// Owns the C memory that protobuf-c structs borrow while one message is packed.
///
/// protobuf-c structs hold raw `char *` and array pointers; Swift strings and arrays cannot lend
/// stable pointers across a whole object graph, so every borrowed buffer is copied here and freed
/// together once `protobuf_c_message_pack` has returned.
final class PackArena {
    private var blocks: [UnsafeMutableRawPointer] = []

    deinit { for b in blocks { free(b) } }

    private func raw(_ bytes: Int) -> UnsafeMutableRawPointer {
        // malloc(0) may return NULL; protobuf-c never dereferences an empty array, but keep it valid.
        guard let p = malloc(max(bytes, 1)) else { fatalError("out of memory packing a message") }
        blocks.append(p)
        return p
    }

    /// A NUL-terminated copy of `s`.
    func string(_ s: String) -> UnsafeMutablePointer<CChar> {
        let utf8 = Array(s.utf8)
        let p = raw(utf8.count + 1).bindMemory(to: CChar.self, capacity: utf8.count + 1)
        utf8.withUnsafeBufferPointer { src in
            for i in 0..<utf8.count { p[i] = CChar(bitPattern: src[i]) }
        }
        p[utf8.count] = 0
        return p
    }

    func strings(_ list: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let p = array(UnsafeMutablePointer<CChar>?.self, count: list.count)
        for (i, s) in list.enumerated() { p[i] = string(s) }
        return p
    }

    func binary(_ bytes: [UInt8]) -> ProtobufCBinaryData {
        let p = raw(bytes.count).bindMemory(to: UInt8.self, capacity: bytes.count)
        bytes.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { p.update(from: base, count: bytes.count) }
        }
        return ProtobufCBinaryData(len: bytes.count, data: p)
    }

    /// An uninitialised array of `count` trivially-typed C values.
    func array<T>(_: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        raw(MemoryLayout<T>.stride * count).bindMemory(to: T.self, capacity: count)
    }

    func copy<T: BitwiseCopyable>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let p = array(T.self, count: values.count)
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { p.update(from: base, count: values.count) }
        }
        return p
    }

    /// A message struct initialised by its generated `…__init` (protobuf-c's `__INIT` macros don't import).
    func message<T>(_ initialise: (UnsafeMutablePointer<T>) -> Void) -> UnsafeMutablePointer<T> {
        let p = array(T.self, count: 1)
        initialise(p)
        return p
    }

    /// An array of pointers to freshly built messages.
    func messages<T, E>(_ elements: [E], _ build: (E) -> UnsafeMutablePointer<T>)
        -> UnsafeMutablePointer<UnsafeMutablePointer<T>?> {
        let p = array(UnsafeMutablePointer<T>?.self, count: elements.count)
        for (i, e) in elements.enumerated() { p[i] = build(e) }
        return p
    }

    /// Hands `body` a packer for a message built in this arena; the arena (and anything the message
    /// borrows) must outlive the call.
    func packer<T, R>(_ message: UnsafeMutablePointer<T>, _ body: (Packer) -> R) -> R {
        message.withMemoryRebound(to: ProtobufCMessage.self, capacity: 1) { m in
            let size = protobuf_c_message_get_packed_size(m)
            return body(Packer(size: size) { destination in
                let written = protobuf_c_message_pack(m, destination.assumingMemoryBound(to: UInt8.self))
                precondition(written == size, "protobuf-c packed \(written) of \(size) bytes")
            })
        }
    }

    /// Packs a message built in this arena into a new array.
    func pack<T>(_ message: UnsafeMutablePointer<T>) -> [UInt8] {
        packer(message) { $0.bytes() }
    }
}

/// A message ready to pack: its packed size, and the function that writes exactly that many bytes
/// wherever the caller wants them (an array, or a libzmq message that then leaves without a copy).
public struct Packer {
    public let size: Int
    public let write: (UnsafeMutableRawPointer) -> Void

    /// The packed bytes in a new array. Uninitialized first: pack writes every byte (an Activity is
    /// ~450 KB; no memset).
    public func bytes() -> [UInt8] {
        guard size > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            write(UnsafeMutableRawPointer(buffer.baseAddress!))
            count = size
        }
    }
}

/// Lends every array's storage for the duration of `body`, so a message can point protobuf-c at
/// large columns instead of copying them into a `PackArena` first.
func withBorrowed<T, R>(_ arrays: [[T]], _ body: ([UnsafeMutablePointer<T>?]) -> R) -> R {
    func lend(_ i: Int, _ lent: inout [UnsafeMutablePointer<T>?]) -> R {
        guard i < arrays.count else { return body(lent) }
        return arrays[i].withUnsafeBufferPointer { buffer in
            // protobuf-c only reads through these pointers while packing.
            lent.append(buffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) })
            return lend(i + 1, &lent)
        }
    }
    var lent: [UnsafeMutablePointer<T>?] = []
    lent.reserveCapacity(arrays.count)
    return lend(0, &lent)
}

/// Readers for unpacked protobuf-c structs: copy everything out before `free_unpacked`.
enum CRead {
    static func string(_ p: UnsafeMutablePointer<CChar>?) -> String {
        guard let p else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: strlen(p)), as: UTF8.self)
    }

    static func strings(_ n: Int, _ p: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String] {
        guard let p, n > 0 else { return [] }
        return (0..<n).map { string(p[$0]) }
    }

    static func array<T>(_ n: Int, _ p: UnsafeMutablePointer<T>?) -> [T] {
        guard let p, n > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: p, count: n))
    }

    static func bytes(_ b: ProtobufCBinaryData) -> [UInt8] {
        guard let d = b.data, b.len > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: d, count: b.len))
    }

    static func messages<T, R>(_ n: Int, _ p: UnsafeMutablePointer<UnsafeMutablePointer<T>?>?,
                               _ read: (UnsafeMutablePointer<T>) -> R) -> [R] {
        guard let p, n > 0 else { return [] }
        return (0..<n).compactMap { p[$0].map(read) }
    }
}

/// Unpacks `bytes` with a generated `…__unpack`, reads it, and frees it. The bytes may be a Swift
/// array's or a received libzmq message's: unpacking copies what it keeps.
func unpack<T, R>(_ bytes: UnsafeRawBufferPointer, as type: String,
                  _ unpacker: (UnsafeMutablePointer<ProtobufCAllocator>?, Int, UnsafePointer<UInt8>?) -> UnsafeMutablePointer<T>?,
                  _ free: (UnsafeMutablePointer<T>?, UnsafeMutablePointer<ProtobufCAllocator>?) -> Void,
                  _ read: (UnsafeMutablePointer<T>) throws(WireError) -> R) throws(WireError) -> R {
    let message = unpacker(nil, bytes.count, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self))
    guard let message else { throw WireError(type: type, byteCount: bytes.count) }
    defer { free(message, nil) }
    return try read(message)
}

/// Runs a buffer decoder over an array's bytes.
func decodeArray<R>(_ bytes: [UInt8], _ decode: (UnsafeRawBufferPointer) throws(WireError) -> R) throws(WireError) -> R {
    try bytes.withUnsafeBytes { buffer in Result { () throws(WireError) in try decode(buffer) } }.get()
}
