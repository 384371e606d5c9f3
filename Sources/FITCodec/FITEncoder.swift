/// Writes FIT files: a 14-byte header with its CRC, definition and data messages (little-endian,
/// normal headers), and the file CRC. Values are given raw (already scaled); NaN writes the base
/// type's invalid value.
public struct FITEncoder: Sendable {
    /// A field of a definition: number, base type and size (a multiple of the base type's size:
    /// strings and byte arrays are longer than one value).
    public struct Field: Sendable {
        public var number: UInt8
        public var baseType: FITBaseType
        public var size: Int

        public init(_ number: UInt8, _ baseType: FITBaseType, size: Int? = nil) {
            self.number = number
            self.baseType = baseType
            self.size = size ?? baseType.size
        }
    }

    /// A developer field of a definition: its number and base type as its field_description declares
    /// them, and the developer_data_index that description belongs to.
    public struct DeveloperField: Sendable {
        public var number: UInt8
        public var baseType: FITBaseType
        public var developerDataIndex: UInt8

        public init(_ number: UInt8, _ baseType: FITBaseType, developerDataIndex: UInt8) {
            self.number = number
            self.baseType = baseType
            self.developerDataIndex = developerDataIndex
        }
    }

    /// One field's value in `write(local:fields:)`.
    public enum Value: Sendable {
        case number(Double)
        /// UTF-8, NUL-terminated and padded (or cut) to the field's size.
        case string(String)
        /// Padded with the invalid byte 0xFF (or cut) to the field's size.
        case bytes([UInt8])
    }

    private struct Definition: Sendable {
        var fields: [Field]
        var developerFields: [DeveloperField]
    }

    private var data: [UInt8] = []
    private var definitions = [Definition?](repeating: nil, count: 16)

    public init() {}

    /// Writes a definition message binding `local` (0–15) to `global` with these fields, and the
    /// developer fields (FIT 2.0: the header's 0x20 bit, then count and 3 bytes per field).
    public mutating func define(local: Int, global: UInt16, fields: [Field], developerFields: [DeveloperField] = []) {
        precondition((0..<16).contains(local) && fields.count < 256 && developerFields.count < 256,
                     "local message type must be 0…15")
        data.append(0x40 | (developerFields.isEmpty ? 0 : 0x20) | UInt8(local))
        data.append(contentsOf: [0, 0, UInt8(global & 0xFF), UInt8(global >> 8), UInt8(fields.count)])
        for field in fields {
            precondition(field.size > 0 && field.size < 256 && field.size % field.baseType.size == 0,
                         "field \(field.number): size \(field.size) is not a multiple of its base type's")
            data.append(contentsOf: [field.number, UInt8(field.size), field.baseType.rawValue])
        }
        if !developerFields.isEmpty {
            data.append(UInt8(developerFields.count))
            for field in developerFields {
                data.append(contentsOf: [field.number, UInt8(field.baseType.size), field.developerDataIndex])
            }
        }
        definitions[local] = Definition(fields: fields, developerFields: developerFields)
    }

    /// Writes a data message for `local`; `values` line up with the definition's fields and
    /// `developerValues` with its developer fields (NaN: invalid).
    public mutating func write(local: Int, values: [Double], developerValues: [Double] = []) {
        write(local: local, fields: values.map(Value.number), developerValues: developerValues)
    }

    /// Writes a data message whose fields may be strings or byte arrays.
    public mutating func write(local: Int, fields values: [Value], developerValues: [Double] = []) {
        guard let definition = definitions[local] else {
            preconditionFailure("local message type \(local) written before it was defined")
        }
        precondition(values.count == definition.fields.count, "\(values.count) values for \(definition.fields.count) fields")
        precondition(developerValues.count == definition.developerFields.count,
                     "\(developerValues.count) developer values for \(definition.developerFields.count) developer fields")
        data.append(UInt8(local))
        for (field, value) in zip(definition.fields, values) {
            switch value {
            case .number(let v):
                append(v, as: field.baseType)
                // An array field given one number: the rest is invalid.
                for _ in 1..<(field.size / field.baseType.size) { append(.nan, as: field.baseType) }
            case .string(let text):
                let utf8 = Array(text.utf8.prefix(field.size - 1))
                data.append(contentsOf: utf8 + [UInt8](repeating: 0, count: field.size - utf8.count))
            case .bytes(let bytes):
                let head = Array(bytes.prefix(field.size))
                data.append(contentsOf: head + [UInt8](repeating: 0xFF, count: field.size - head.count))
            }
        }
        for (field, value) in zip(definition.developerFields, developerValues) { append(value, as: field.baseType) }
    }

    /// Writes developer_data_id (message 207) for `index`: the application whose field_description
    /// messages and developer fields follow. `applicationID` is the 16-byte Connect IQ app UUID.
    public mutating func developerDataID(local: Int, index: UInt8, applicationID: [UInt8], manufacturer: UInt16? = nil,
                                         applicationVersion: UInt32? = nil) {
        precondition(applicationID.count == 16, "a Connect IQ application id is 16 bytes")
        define(local: local, global: 207, fields: [Field(1, .byte, size: 16), Field(2, .uint16), Field(3, .uint8),
                                                   Field(4, .uint32)])
        write(local: local, fields: [.bytes(applicationID), .number(manufacturer.map(Double.init) ?? .nan),
                                     .number(Double(index)), .number(applicationVersion.map(Double.init) ?? .nan)])
    }

    /// Writes field_description (message 206) for a developer field, so readers can decode and name
    /// its values: name and units as the application writes them, and the native field it stands for.
    public mutating func describeDeveloperField(local: Int, _ d: FITDeveloperFieldDescription) {
        let name = Array(d.name.utf8).count + 1, units = Array(d.units.utf8).count + 1
        define(local: local, global: 206, fields: [
            Field(0, .uint8), Field(1, .uint8), Field(2, .uint8), Field(3, .string, size: max(name, 2)),
            Field(6, .uint8), Field(7, .sint8), Field(8, .string, size: max(units, 2)), Field(14, .uint16), Field(15, .uint8),
        ])
        write(local: local, fields: [
            .number(Double(d.developerDataIndex)), .number(Double(d.fieldNumber)), .number(Double(d.baseType.rawValue)),
            .string(d.name), .number(d.scale == 1 ? .nan : d.scale), .number(d.offset == 0 ? .nan : d.offset),
            .string(d.units), .number(d.nativeMessage.map(Double.init) ?? .nan), .number(d.nativeField.map(Double.init) ?? .nan),
        ])
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
