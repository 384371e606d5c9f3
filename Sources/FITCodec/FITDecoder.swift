/// Decodes FIT files (FIT protocol 1.0/2.0): 12- and 14-byte headers, chained segments, normal and
/// compressed-timestamp record headers, little- and big-endian definitions, developer fields.
///
/// Decoding never throws and never reads outside a field: it stops at the first byte it cannot
/// make sense of, keeps every message decoded before it and reports the offset in `FITFile.error`.
public struct FITDecoder: Sendable {
    public init() {}

    public func decode(_ bytes: [UInt8]) -> FITFile {
        bytes.withUnsafeBytes { decode($0) }
    }

    public func decode(_ buffer: UnsafeRawBufferPointer) -> FITFile {
        var file = FITFile()
        var position = 0
        repeat {
            // Every segment consumes at least its header, so this loop always ends.
            guard let next = decodeSegment(buffer, at: position, into: &file) else { break }
            position = next
        } while position < buffer.count
        return file
    }

    // MARK: - Segments

    /// Decodes one FIT segment starting at `start`; returns where the next one would start, or nil
    /// when decoding must stop (an error was recorded).
    private func decodeSegment(_ b: UnsafeRawBufferPointer, at start: Int, into file: inout FITFile) -> Int? {
        let available = b.count - start
        let what = file.segmentCount == 0 ? "not a FIT file" : "corrupt header of chained FIT segment \(file.segmentCount + 1)"
        guard available >= 12 else {
            file.error = FITError(code: file.segmentCount == 0 ? .notFIT : .truncated, offset: start,
                                  message: "\(what): \(available) bytes are too few for a FIT header")
            return nil
        }
        guard b[start + 8] == 0x2E, b[start + 9] == 0x46, b[start + 10] == 0x49, b[start + 11] == 0x54 else {
            file.error = FITError(code: .notFIT, offset: start + 8, message: "\(what): missing '.FIT' signature")
            return nil
        }
        guard b[start] >= 12, Int(b[start]) <= available else {
            file.error = FITError(code: .notFIT, offset: start, message: "\(what): header size \(b[start]) is invalid")
            return nil
        }
        let headerSize = Int(b[start])
        if headerSize >= 14 {
            let stored = UInt16(b[start + 12]) | UInt16(b[start + 13]) << 8
            // A header CRC of 0x0000 means "not computed" (FIT protocol, File Header).
            if stored != 0, stored != FITCRC.compute(UnsafeRawBufferPointer(rebasing: b[start..<start + 12])) {
                file.warnings.append(FITError(code: .headerCRCMismatch, offset: start + 12,
                                              message: "header CRC mismatch; the header was used anyway"))
            }
        }
        file.segmentCount += 1
        let dataSize = Int(readUInt(b, start + 4, 4, bigEndian: false))
        let dataStart = start + headerSize
        let dataEnd = dataStart + dataSize
        let limit = min(dataEnd, b.count)
        var state = SegmentState()
        var p = dataStart
        while p < limit {
            guard let next = decodeRecord(b, at: p, limit: limit, state: &state, into: &file) else { return nil }
            p = next
        }
        guard dataEnd + 2 <= b.count else {
            file.error = FITError(code: .truncated, offset: b.count,
                                  message: "file ends early: header announces \(dataSize) data bytes plus CRC, the file has \(max(0, b.count - dataStart))")
            return nil
        }
        let stored = UInt16(b[dataEnd]) | UInt16(b[dataEnd + 1]) << 8
        let computed = FITCRC.compute(UnsafeRawBufferPointer(rebasing: b[start..<dataEnd]))
        if stored != computed {
            file.warnings.append(FITError(code: .fileCRCMismatch, offset: dataEnd, message:
                "file CRC mismatch (stored \(hex(stored)), computed \(hex(computed))); the data may be damaged"))
        }
        return dataEnd + 2
    }

    // MARK: - Records

    private struct FieldDefinition {
        var number: UInt8
        var size: Int
        var baseType: FITBaseType
    }

    private struct Definition {
        var globalNumber: UInt16
        var bigEndian: Bool
        var fields: [FieldDefinition]
        /// Size of the message body: regular plus developer fields.
        var size: Int
    }

    /// Definitions and the timestamp reference are per segment (FIT protocol: chained files).
    private struct SegmentState {
        var definitions = [Definition?](repeating: nil, count: 16)
        var lastTimestamp: Int64?
    }

    private func decodeRecord(_ b: UnsafeRawBufferPointer, at p: Int, limit: Int, state: inout SegmentState,
                              into file: inout FITFile) -> Int? {
        let header = b[p]
        if header & 0x80 != 0 {
            // Compressed timestamp header: local type in bits 5–6, 5-bit time offset in bits 0–4.
            return decodeData(b, at: p, local: Int((header >> 5) & 0x3), timeOffset: header & 0x1F,
                              limit: limit, state: &state, into: &file)
        }
        if header & 0x40 != 0 {
            return decodeDefinition(b, at: p, developerData: header & 0x20 != 0, limit: limit, state: &state, into: &file)
        }
        return decodeData(b, at: p, local: Int(header & 0x0F), timeOffset: nil, limit: limit, state: &state, into: &file)
    }

    private func decodeDefinition(_ b: UnsafeRawBufferPointer, at p: Int, developerData: Bool, limit: Int,
                                  state: inout SegmentState, into file: inout FITFile) -> Int? {
        let truncated = FITError(code: .truncated, offset: p, message: "definition message cut off by the end of the data")
        guard p + 6 <= limit else { file.error = truncated; return nil }
        let architecture = b[p + 2]
        guard architecture <= 1 else {
            file.error = FITError(code: .badDefinition, offset: p + 2,
                                  message: "corrupt definition message: architecture byte \(architecture) (expected 0 or 1)")
            return nil
        }
        let bigEndian = architecture == 1
        let globalNumber = UInt16(readUInt(b, p + 3, 2, bigEndian: bigEndian))
        let fieldCount = Int(b[p + 5])
        var q = p + 6
        guard q + 3 * fieldCount <= limit else { file.error = truncated; return nil }
        var fields: [FieldDefinition] = []
        fields.reserveCapacity(fieldCount)
        var size = 0
        for _ in 0..<fieldCount {
            let field = FieldDefinition(number: b[q], size: Int(b[q + 1]), baseType: FITBaseType(rawValue: b[q + 2]))
            fields.append(field)
            size += field.size
            q += 3
        }
        if developerData {
            guard q + 1 <= limit else { file.error = truncated; return nil }
            let developerCount = Int(b[q])
            q += 1
            guard q + 3 * developerCount <= limit else { file.error = truncated; return nil }
            // Developer fields are skipped by their declared size (byte 1 of each definition).
            for i in 0..<developerCount { size += Int(b[q + 3 * i + 1]) }
            q += 3 * developerCount
        }
        let local = Int(b[p] & 0x0F)
        state.definitions[local] = Definition(globalNumber: globalNumber, bigEndian: bigEndian, fields: fields, size: size)
        return q
    }

    private func decodeData(_ b: UnsafeRawBufferPointer, at p: Int, local: Int, timeOffset: UInt8?, limit: Int,
                            state: inout SegmentState, into file: inout FITFile) -> Int? {
        guard let definition = state.definitions[local] else {
            file.error = FITError(code: .undefinedLocalMessage, offset: p,
                                  message: "corrupt data: message uses local type \(local) before any definition of it")
            return nil
        }
        guard p + 1 + definition.size <= limit else {
            file.error = FITError(code: .truncated, offset: p,
                                  message: "message (global \(definition.globalNumber)) cut off by the end of the data")
            return nil
        }
        var fields: [FITField] = []
        fields.reserveCapacity(definition.fields.count + 1)
        var q = p + 1
        for field in definition.fields {
            if let value = readValue(b, q, field.size, field.baseType, bigEndian: definition.bigEndian) {
                fields.append(FITField(number: field.number, value: value))
            }
            q += field.size
        }
        if let timeOffset {
            // FIT protocol, Compressed Timestamp Header: the offset replaces the low five bits of the
            // last full timestamp, rolling over when it is smaller than them.
            if let last = state.lastTimestamp {
                let resolved = last + ((Int64(timeOffset) - last) & 0x1F)
                state.lastTimestamp = resolved
                fields.removeAll { $0.number == 253 }
                fields.append(FITField(number: 253, value: .integer(resolved)))
            } else {
                file.warnings.append(FITError(code: .unresolvedTimestamp, offset: p,
                                              message: "compressed timestamp before any full timestamp; time left unset"))
            }
        } else if let timestamp = fields.first(where: { $0.number == 253 })?.value.integer {
            state.lastTimestamp = timestamp
        }
        file.messages.append(FITMessage(globalNumber: definition.globalNumber, offset: p, fields: fields))
        return p + 1 + definition.size
    }

    // MARK: - Values

    private func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    @inline(__always)
    private func readUInt(_ b: UnsafeRawBufferPointer, _ offset: Int, _ size: Int, bigEndian: Bool) -> UInt64 {
        // Callers have checked offset + size against the message bounds.
        switch size {
        case 1: return UInt64(b[offset])
        case 2:
            let v = b.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
            return UInt64(bigEndian ? UInt16(bigEndian: v) : UInt16(littleEndian: v))
        case 4:
            let v = b.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            return UInt64(bigEndian ? UInt32(bigEndian: v) : UInt32(littleEndian: v))
        default:
            let v = b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return bigEndian ? UInt64(bigEndian: v) : UInt64(littleEndian: v)
        }
    }

    /// Reads one field; nil when every value in it is invalid. Reads only `size` bytes at `offset`.
    private func readValue(_ b: UnsafeRawBufferPointer, _ offset: Int, _ size: Int, _ type: FITBaseType,
                           bigEndian: Bool) -> FITValue? {
        guard size > 0 else { return nil }
        if type.isString {
            var end = offset
            while end < offset + size, b[end] != 0 { end += 1 }
            guard end > offset else { return nil }
            return .string(String(decoding: UnsafeRawBufferPointer(rebasing: b[offset..<end]), as: UTF8.self))
        }
        let width = type.size
        // A size that is not a whole number of values (seen in COROS files: a uint32 of size 1) is
        // read as unsigned bytes, so the field never reads past its declared size.
        if type.isByte || size % width != 0 {
            let bytes = Array(UnsafeRawBufferPointer(rebasing: b[offset..<offset + size]))
            if bytes.allSatisfy({ $0 == 0xFF }) { return nil }
            return type.isByte ? .bytes(bytes) : (size == 1 ? .integer(Int64(bytes[0])) : .integers(bytes.map(Int64.init)))
        }
        let count = size / width
        if count == 1 {
            return scalar(readUInt(b, offset, width, bigEndian: bigEndian), type)
        }
        var anyValid = false
        if type.isFloat {
            var values: [Double] = []
            values.reserveCapacity(count)
            for i in 0..<count {
                let v = scalar(readUInt(b, offset + i * width, width, bigEndian: bigEndian), type)?.double ?? .nan
                anyValid = anyValid || !v.isNaN
                values.append(v)
            }
            return anyValid ? .floats(values) : nil
        }
        var values: [Int64] = []
        values.reserveCapacity(count)
        for i in 0..<count {
            let raw = readUInt(b, offset + i * width, width, bigEndian: bigEndian)
            anyValid = anyValid || raw != type.invalidPattern
            values.append(signExtended(raw, type))
        }
        return anyValid ? .integers(values) : nil
    }

    @inline(__always)
    private func scalar(_ raw: UInt64, _ type: FITBaseType) -> FITValue? {
        guard raw != type.invalidPattern else { return nil }
        if type.isFloat {
            let value = type.size == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))) : Double(bitPattern: raw)
            // Writers also put NaN in float fields; it means "no value" just like the invalid pattern.
            return value.isNaN ? nil : .float(value)
        }
        return .integer(signExtended(raw, type))
    }

    @inline(__always)
    private func signExtended(_ raw: UInt64, _ type: FITBaseType) -> Int64 {
        guard type.isSigned else { return Int64(bitPattern: raw) }  // uint64 above Int64.max wraps; none in our profile
        let shift = UInt64(64 - 8 * type.size)
        return Int64(bitPattern: raw << shift) >> Int64(shift)
    }
}
