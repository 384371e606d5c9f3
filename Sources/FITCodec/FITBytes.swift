/// Bounds-trusting little/big-endian reads shared by the decoder and its message views. Callers
/// have checked `offset + size` against the message bounds.
enum FITBytes {
    @inline(__always)
    static func readUInt(_ b: UnsafeRawBufferPointer, _ offset: Int, _ size: Int, bigEndian: Bool) -> UInt64 {
        switch size {
        case 1: return UInt64(b[offset])
        case 2:
            let v = b.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
            return UInt64(bigEndian ? UInt16(bigEndian: v) : UInt16(littleEndian: v))
        case 4:
            let v = b.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            return UInt64(bigEndian ? UInt32(bigEndian: v) : UInt32(littleEndian: v))
        case 8:
            let v = b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return bigEndian ? UInt64(bigEndian: v) : UInt64(littleEndian: v)
        default:
            // Odd sizes (3, 5–7 bytes) only come from malformed definitions; read them byte by byte.
            var v: UInt64 = 0
            for i in 0..<min(size, 8) {
                let byte = UInt64(b[offset + (bigEndian ? i : min(size, 8) - 1 - i)])
                v = v << 8 | byte
            }
            return v
        }
    }

    /// Sign-extends a `size`-byte raw value of a signed base type; unsigned types pass through.
    @inline(__always)
    static func signExtended(_ raw: UInt64, _ type: FITBaseType, size: Int) -> Int64 {
        guard type.isSigned, size < 8 else { return Int64(bitPattern: raw) }
        let shift = UInt64(64 - 8 * size)
        return Int64(bitPattern: raw << shift) >> Int64(shift)
    }
}
