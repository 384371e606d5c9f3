/// A FIT base type: its size and the value that means "invalid" (FIT SDK profile, Base Types table).
public struct FITBaseType: Hashable, Sendable {
    /// The base type number as written in field definitions (endian-capable bit included).
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let `enum` = FITBaseType(rawValue: 0x00)
    public static let sint8 = FITBaseType(rawValue: 0x01)
    public static let uint8 = FITBaseType(rawValue: 0x02)
    public static let sint16 = FITBaseType(rawValue: 0x83)
    public static let uint16 = FITBaseType(rawValue: 0x84)
    public static let sint32 = FITBaseType(rawValue: 0x85)
    public static let uint32 = FITBaseType(rawValue: 0x86)
    public static let string = FITBaseType(rawValue: 0x07)
    public static let float32 = FITBaseType(rawValue: 0x88)
    public static let float64 = FITBaseType(rawValue: 0x89)
    public static let uint8z = FITBaseType(rawValue: 0x0A)
    public static let uint16z = FITBaseType(rawValue: 0x8B)
    public static let uint32z = FITBaseType(rawValue: 0x8C)
    public static let byte = FITBaseType(rawValue: 0x0D)
    public static let sint64 = FITBaseType(rawValue: 0x8E)
    public static let uint64 = FITBaseType(rawValue: 0x8F)
    public static let uint64z = FITBaseType(rawValue: 0x90)

    /// The low five bits identify the type; writers disagree on the endian bit, so it is ignored.
    @inline(__always) var number: UInt8 { rawValue & 0x1F }

    /// Size in bytes of one value; unknown base types are read as bytes.
    public var size: Int {
        switch number {
        case 0x03, 0x04, 0x0B: 2
        case 0x05, 0x06, 0x08, 0x0C: 4
        case 0x09, 0x0E, 0x0F, 0x10: 8
        default: 1
        }
    }

    public var isSigned: Bool {
        switch number {
        case 0x01, 0x03, 0x05, 0x0E: true
        default: false
        }
    }
    public var isFloat: Bool { number == 0x08 || number == 0x09 }
    public var isString: Bool { number == 0x07 }
    public var isByte: Bool { number == 0x0D || number > 0x10 }

    /// The raw (unsigned, size-wide) bit pattern that marks an invalid value.
    public var invalidPattern: UInt64 {
        switch number {
        case 0x01: 0x7F
        case 0x03: 0x7FFF
        case 0x05: 0x7FFF_FFFF
        case 0x0E: 0x7FFF_FFFF_FFFF_FFFF
        case 0x07, 0x0A, 0x0B, 0x0C, 0x10: 0
        case 0x04: 0xFFFF
        case 0x06, 0x08: 0xFFFF_FFFF
        case 0x09, 0x0F: 0xFFFF_FFFF_FFFF_FFFF
        default: 0xFF
        }
    }
}
