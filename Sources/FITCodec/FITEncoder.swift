/// Writes FIT files: a 14-byte header with its CRC, definition and data messages (little-endian,
/// normal headers), and the file CRC. Values are given raw (already scaled); NaN writes the base
/// type's invalid value.
public struct FITEncoder: Sendable {
    /// A field of a definition: number and base type (size = the base type's size).
    public struct Field: Sendable {
        public var number: UInt8
        public var baseType: FITBaseType

        public init(_ number: UInt8, _ baseType: FITBaseType) {
            self.number = number
            self.baseType = baseType
        }
    }

    private var data: [UInt8] = []
    private var definitions = [[Field]?](repeating: nil, count: 16)

    public init() {}

    /// Writes a definition message binding `local` (0–15) to `global` with these fields.
    public mutating func define(local: Int, global: UInt16, fields: [Field]) {
        precondition((0..<16).contains(local) && fields.count < 256, "local message type must be 0…15")
        data.append(0x40 | UInt8(local))
        data.append(contentsOf: [0, 0, UInt8(global & 0xFF), UInt8(global >> 8), UInt8(fields.count)])
        for field in fields {
            data.append(contentsOf: [field.number, UInt8(field.baseType.size), field.baseType.rawValue])
        }
        definitions[local] = fields
    }

    /// Writes a data message for `local`; `values` line up with the definition's fields.
    public mutating func write(local: Int, values: [Double]) {
        guard let fields = definitions[local] else {
            preconditionFailure("local message type \(local) written before it was defined")
        }
        precondition(values.count == fields.count, "\(values.count) values for \(fields.count) fields")
        data.append(UInt8(local))
        for i in fields.indices { append(values[i], as: fields[i].baseType) }
    }

    /// The complete file: header (with CRC), data, file CRC.
    public func finish(protocolVersion: UInt8 = 0x20, profileVersion: UInt16 = 2132) -> [UInt8] {
        var out: [UInt8] = [14, protocolVersion, UInt8(profileVersion & 0xFF), UInt8(profileVersion >> 8)]
        out.reserveCapacity(data.count + 16)
        let size = UInt32(data.count)
        out.append(contentsOf: (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) })
        out.append(contentsOf: Array(".FIT".utf8))
        let headerCRC = FITCRC.compute(out)
        out.append(contentsOf: [UInt8(headerCRC & 0xFF), UInt8(headerCRC >> 8)])
        out.append(contentsOf: data)
        let fileCRC = FITCRC.compute(out)
        out.append(contentsOf: [UInt8(fileCRC & 0xFF), UInt8(fileCRC >> 8)])
        return out
    }

    private mutating func append(_ value: Double, as type: FITBaseType) {
        var raw: UInt64
        if type.isFloat {
            raw = value.isNaN ? type.invalidPattern
                : type.size == 4 ? UInt64(Float(value).bitPattern) : value.bitPattern
        } else if let integer = Self.integer(value, type) {
            raw = UInt64(bitPattern: integer)
        } else {
            raw = type.invalidPattern
        }
        switch type.size {
        case 1: data.append(UInt8(truncatingIfNeeded: raw))
        case 2: withUnsafeBytes(of: UInt16(truncatingIfNeeded: raw).littleEndian) { data.append(contentsOf: $0) }
        case 4: withUnsafeBytes(of: UInt32(truncatingIfNeeded: raw).littleEndian) { data.append(contentsOf: $0) }
        default: withUnsafeBytes(of: raw.littleEndian) { data.append(contentsOf: $0) }
        }
    }

    /// Rounds to the nearest representable integer; nil (invalid) when NaN or out of range.
    private static func integer(_ value: Double, _ type: FITBaseType) -> Int64? {
        guard value.isFinite else { return nil }
        let rounded = value.rounded()
        let (lower, upper): (Double, Double) = switch (type.size, type.isSigned) {
        case (1, true): (-0x1p7, 0x1p7)
        case (1, false): (0, 0x1p8)
        case (2, true): (-0x1p15, 0x1p15)
        case (2, false): (0, 0x1p16)
        case (4, true): (-0x1p31, 0x1p31)
        case (4, false): (0, 0x1p32)
        case (_, true): (-0x1p63, 0x1p63)
        case (_, false): (0, 0x1p63)  // uint64 is capped at Int64.max here
        }
        guard rounded >= lower, rounded < upper else { return nil }
        let result = Int64(rounded)
        return UInt64(bitPattern: result) == type.invalidPattern ? nil : result
    }
}
