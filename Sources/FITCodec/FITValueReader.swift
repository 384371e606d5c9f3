/// Reads whole field values (arrays, strings, bytes) out of a raw message as `FITValue`s, for the
/// generic message list and the profile interpreter. The activity fast path does not use it.
enum FITValueReader {
    /// Field index `i` of the message; nil when every value in it is invalid.
    static func value(_ m: FITRawMessage, at i: Int) -> FITValue? {
        let field = m.definition.fields[i]
        return read(m.buffer, m.dataOffset + field.offset, field.size, field.baseType, bigEndian: m.definition.bigEndian)
    }

    /// The strings of a string field (NUL-separated; invalid UTF-8 replaced), nil when empty.
    static func strings(_ m: FITRawMessage, _ number: UInt8) -> [String]? {
        guard let bytes = m.bytes(number) else { return nil }
        return strings(bytes)
    }

    static func strings(_ bytes: UnsafeRawBufferPointer) -> [String]? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0 { end -= 1 }
        guard end > 0 else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[0..<end]).split(separator: 0, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Reads `size` bytes at `offset` as values of `type`. A size that is not a whole number of
    /// values (COROS: a uint32 of size 1) is read as uint8s, as Garmin's SDK does, so a field never
    /// reads past its declared size.
    static func read(_ b: UnsafeRawBufferPointer, _ offset: Int, _ size: Int, _ type: FITBaseType,
                     bigEndian: Bool) -> FITValue? {
        guard size > 0 else { return nil }
        if type.isString {
            guard let strings = strings(UnsafeRawBufferPointer(rebasing: b[offset..<offset + size])) else { return nil }
            return strings.count == 1 ? .string(strings[0]) : .strings(strings)
        }
        let type = size % type.size == 0 ? type : .uint8
        if type.isByte {
            let bytes = Array(UnsafeRawBufferPointer(rebasing: b[offset..<offset + size]))
            return bytes.allSatisfy({ $0 == 0xFF }) ? nil : .bytes(bytes)
        }
        let width = type.size
        let count = size / width
        if count == 1 { return scalar(FITBytes.readUInt(b, offset, width, bigEndian: bigEndian), type) }
        var anyValid = false
        if type.isFloat {
            var values: [Double] = []
            values.reserveCapacity(count)
            for i in 0..<count {
                let raw = FITBytes.readUInt(b, offset + i * width, width, bigEndian: bigEndian)
                let valid = raw != type.invalidPattern
                anyValid = anyValid || valid
                values.append(valid ? float(raw, width) : .nan)
            }
            return anyValid ? .floats(values) : nil
        }
        var values: [Int64?] = []
        values.reserveCapacity(count)
        for i in 0..<count {
            let raw = FITBytes.readUInt(b, offset + i * width, width, bigEndian: bigEndian)
            let valid = raw != type.invalidPattern
            anyValid = anyValid || valid
            values.append(valid ? FITBytes.signExtended(raw, type, size: width) : nil)
        }
        return anyValid ? .integers(values.map { $0 ?? Int64(bitPattern: type.invalidPattern) }, valid: values.map { $0 != nil })
            : nil
    }

    private static func float(_ raw: UInt64, _ width: Int) -> Double {
        width == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))) : Double(bitPattern: raw)
    }

    private static func scalar(_ raw: UInt64, _ type: FITBaseType) -> FITValue? {
        guard raw != type.invalidPattern else { return nil }
        if type.isFloat {
            let value = float(raw, type.size)
            // Writers also put NaN in float fields; it means "no value" just like the invalid pattern.
            return value.isNaN ? nil : .float(value)
        }
        return .integer(FITBytes.signExtended(raw, type, size: type.size))
    }
}
