/// A data message still in the file's bytes: the decoder hands it to a visitor, which reads only the
/// fields it wants. Valid only during `FITVisitor.message(_:)` (it points into the decoded buffer).
public struct FITRawMessage {
    public let definition: FITDefinition
    /// The whole decoded buffer.
    public let buffer: UnsafeRawBufferPointer
    /// Byte offset of the record header.
    public let headerOffset: Int
    /// The message's timestamp (seconds since the FIT epoch) when it comes from a compressed
    /// header or a resolved `timestamp_16`, which the fields themselves do not hold.
    public let resolvedTimestamp: Int64?
    /// Developer field descriptions of the current segment, keyed by `index << 8 | field number`.
    public let developerDescriptions: [UInt16: FITDeveloperFieldDescription]
    /// Index of the segment (chained file) holding the message, from 0.
    public let segment: Int

    @inline(__always) var dataOffset: Int { headerOffset + 1 }

    public var globalNumber: UInt16 { definition.globalNumber }

    /// The raw bit pattern of the first value of field index `i` (unsigned, base-type wide), or nil
    /// when the field's size is not a whole value or the value is the base type's invalid pattern.
    /// A field narrower than its type (COROS: uint32 of size 1) is read as its own bytes.
    @inline(__always)
    public func raw(at i: Int) -> UInt64? {
        let field = definition.fields[i]
        guard field.readSize > 0 else { return nil }
        let v = FITBytes.readUInt(buffer, dataOffset + field.offset, field.readSize, bigEndian: definition.bigEndian)
        return v == field.readInvalid ? nil : v
    }

    /// Field `number` as an integer (sign-extended), nil when absent or invalid.
    @inline(__always)
    public func integer(_ number: UInt8) -> Int64? {
        guard let i = definition.index(of: number), let raw = raw(at: i) else { return nil }
        let field = definition.fields[i]
        if field.isFloat {
            let d = field.isFloat32 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))) : Double(bitPattern: raw)
            return d.isFinite && abs(d) < 9e18 ? Int64(d.rounded(.towardZero)) : nil
        }
        return Self.signExtended(raw, field)
    }

    /// Field `number` as a double (floats as stored; NaN counts as absent), nil when absent.
    @inline(__always)
    public func double(_ number: UInt8) -> Double? {
        guard let i = definition.index(of: number), let raw = raw(at: i) else { return nil }
        let field = definition.fields[i]
        if field.isFloat {
            let d = field.isFloat32 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))) : Double(bitPattern: raw)
            return d.isNaN ? nil : d
        }
        return Double(Self.signExtended(raw, field))
    }

    @inline(__always)
    private static func signExtended(_ raw: UInt64, _ field: FITDefinition.Field) -> Int64 {
        guard field.isSigned, field.valueSize < 8 else { return Int64(bitPattern: raw) }
        let shift = UInt64(64 - 8 * field.valueSize)
        return Int64(bitPattern: raw << shift) >> Int64(shift)
    }

    /// The bytes of field `number` (never past its declared size), nil when absent.
    public func bytes(_ number: UInt8) -> UnsafeRawBufferPointer? {
        guard let i = definition.index(of: number) else { return nil }
        let field = definition.fields[i]
        let start = dataOffset + field.offset
        return UnsafeRawBufferPointer(rebasing: buffer[start..<start + field.size])
    }

    /// The timestamp in FIT seconds: field 253, else the resolved compressed/`timestamp_16` time.
    public var timestamp: Int64? { resolvedTimestamp ?? integer(253) }

    /// The bytes of developer field index `i` of the definition.
    public func developerBytes(at i: Int) -> UnsafeRawBufferPointer {
        let field = definition.developerFields[i]
        let start = dataOffset + field.offset
        return UnsafeRawBufferPointer(rebasing: buffer[start..<start + field.size])
    }

    /// Developer field `i` as a double via its description (scale/offset applied); nil when it has no
    /// description yet, or the value is invalid (NaN, or the base type's invalid pattern, e.g. Stryd's 65535).
    public func developerDouble(at i: Int) -> (FITDeveloperFieldDescription, Double)? {
        let field = definition.developerFields[i]
        guard let description = developerDescriptions[UInt16(field.developerDataIndex) << 8 | UInt16(field.number)]
        else { return nil }
        let type = description.baseType
        guard !type.isString, !type.isByte, field.size >= type.size else { return nil }
        let raw = FITBytes.readUInt(buffer, dataOffset + field.offset, type.size, bigEndian: definition.bigEndian)
        guard raw != type.invalidPattern else { return nil }
        let value: Double
        if type.isFloat {
            value = type.size == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))) : Double(bitPattern: raw)
            guard value.isFinite else { return nil }
        } else {
            value = Double(FITBytes.signExtended(raw, type, size: type.size))
        }
        return (description, value / description.scale - description.offset)
    }
}
