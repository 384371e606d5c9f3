/// The FIT CRC-16 (polynomial 0xA001), as in the FIT SDK's `FitCRC_Get16`.
public enum FITCRC {
    private static let nibbles: [UInt16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ]

    /// A byte-at-a-time table derived from the SDK's nibble table: one lookup per byte instead of
    /// two, which keeps the whole-file CRC from dominating decode time.
    private static let bytes: [UInt16] = (0..<256).map { nibbleUpdate(0, UInt8($0)) }

    private static func nibbleUpdate(_ crc: UInt16, _ byte: UInt8) -> UInt16 {
        var crc = crc
        var tmp = nibbles[Int(crc & 0xF)]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ nibbles[Int(byte & 0xF)]
        tmp = nibbles[Int(crc & 0xF)]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ nibbles[Int((byte >> 4) & 0xF)]
        return crc
    }

    /// Folds one byte into a running CRC.
    @inline(__always)
    public static func update(_ crc: UInt16, _ byte: UInt8) -> UInt16 {
        (crc >> 8) ^ bytes[Int(UInt8(truncatingIfNeeded: crc) ^ byte)]
    }

    /// CRC of a byte range.
    public static func compute(_ buffer: UnsafeRawBufferPointer, seed: UInt16 = 0) -> UInt16 {
        bytes.withUnsafeBufferPointer { table in
            var crc = seed
            for byte in buffer { crc = (crc >> 8) ^ table[Int(UInt8(truncatingIfNeeded: crc) ^ byte)] }
            return crc
        }
    }

    /// CRC of a byte array.
    public static func compute(_ bytes: [UInt8], seed: UInt16 = 0) -> UInt16 {
        bytes.withUnsafeBytes { compute($0, seed: seed) }
    }
}
