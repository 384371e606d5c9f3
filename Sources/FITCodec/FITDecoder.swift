/// Decodes FIT files (FIT protocol 1.0/2.0): 12- and 14-byte headers, chained segments, normal and
/// compressed-timestamp record headers, little- and big-endian definitions, developer fields.
///
/// Decoding never throws and never reads outside a field: it stops at the first byte it cannot
/// make sense of, keeps every message decoded before it and reports the offset in the error.
/// The core is generic over a `FITVisitor`; `decode(_:)` uses one that keeps every message.
public struct FITDecoder: Sendable {
    /// With `strictCRC`, a header or file CRC mismatch is an error that stops decoding (it is a
    /// warning by default: the data is usually fine and salvaging it is what users want).
    public var strictCRC: Bool

    /// False skips both CRCs, for a second pass over bytes a first pass has checked (the file CRC was
    /// a tenth of `inspect --json`'s time). Only without `strictCRC`, where CRCs never change what is
    /// decoded.
    var checksCRC = true

    public init(strictCRC: Bool = false) { self.strictCRC = strictCRC }

    public func decode(_ bytes: [UInt8]) -> FITFile {
        bytes.withUnsafeBytes { decode($0) }
    }

    public func decode(_ buffer: UnsafeRawBufferPointer) -> FITFile {
        var builder = FITFileBuilder()
        let report = decode(buffer, visitor: &builder)
        return FITFile(messages: builder.messages, warnings: report.warnings, error: report.error,
                       segmentCount: report.segmentCount, developerFields: builder.developerFields)
    }

    /// Walks the buffer, handing every data message to `visitor`.
    public func decode<V: FITVisitor>(_ buffer: UnsafeRawBufferPointer, visitor: inout V) -> FITDecodeReport {
        var report = FITDecodeReport()
        var position = 0
        repeat {
            // Every segment consumes at least its header, so this loop always ends.
            guard let next = decodeSegment(buffer, at: position, report: &report, visitor: &visitor) else { break }
            position = next
        } while position < buffer.count
        return report
    }

    // MARK: - Segments

    /// Decodes one FIT segment starting at `start`; returns where the next one would start, or nil
    /// when decoding must stop (an error was recorded).
    private func decodeSegment<V: FITVisitor>(_ b: UnsafeRawBufferPointer, at start: Int, report: inout FITDecodeReport,
                                              visitor: inout V) -> Int? {
        let available = b.count - start
        let what = report.segmentCount == 0 ? "not a FIT file" : "corrupt header of chained FIT segment \(report.segmentCount + 1)"
        guard available >= 12 else {
            report.error = FITError(code: report.segmentCount == 0 ? .notFIT : .truncated, offset: start,
                                    message: "\(what): \(available) bytes are too few for a FIT header")
            return nil
        }
        guard b[start + 8] == 0x2E, b[start + 9] == 0x46, b[start + 10] == 0x49, b[start + 11] == 0x54 else {
            report.error = FITError(code: .notFIT, offset: start + 8, message: "\(what): missing '.FIT' signature")
            return nil
        }
        guard b[start] >= 12, Int(b[start]) <= available else {
            report.error = FITError(code: .notFIT, offset: start, message: "\(what): header size \(b[start]) is invalid")
            return nil
        }
        let headerSize = Int(b[start])
        if headerSize >= 14 {
            let stored = UInt16(b[start + 12]) | UInt16(b[start + 13]) << 8
            // A header CRC of 0x0000 means "not computed" (FIT protocol, File Header).
            if checksCRC || strictCRC, stored != 0,
               stored != FITCRC.compute(UnsafeRawBufferPointer(rebasing: b[start..<start + 12])) {
                let problem = FITError(code: .headerCRCMismatch, offset: start + 12,
                                       message: "header CRC mismatch" + (strictCRC ? "" : "; the header was used anyway"))
                if strictCRC { report.error = problem; return nil }
                report.warnings.append(problem)
            }
        }
        let segment = report.segmentCount
        report.segmentCount += 1
        visitor.segmentStarted(index: segment, offset: start)
        let dataSize = Int(FITBytes.readUInt(b, start + 4, 4, bigEndian: false))
        let dataStart = start + headerSize
        let dataEnd = dataStart + dataSize
        let limit = min(dataEnd, b.count)
        var state = SegmentState(index: segment)
        var p = dataStart
        while p < limit {
            guard let next = decodeRecord(b, at: p, limit: limit, state: &state, report: &report, visitor: &visitor)
            else { return nil }
            p = next
        }
        guard dataEnd + 2 <= b.count else {
            report.error = FITError(code: .truncated, offset: b.count,
                                    message: "file ends early: header announces \(dataSize) data bytes plus CRC, the file has \(max(0, b.count - dataStart))")
            return nil
        }
        guard checksCRC || strictCRC else { return dataEnd + 2 }
        let stored = UInt16(b[dataEnd]) | UInt16(b[dataEnd + 1]) << 8
        let computed = FITCRC.compute(UnsafeRawBufferPointer(rebasing: b[start..<dataEnd]))
        if stored != computed {
            // Name the range the CRC covers, not where it is stored: the damage can be anywhere in it.
            let problem = FITError(code: .fileCRCMismatch, offset: dataEnd, message:
                "CRC mismatch over bytes \(start)–\(dataEnd - 1): the file was changed after it was written "
                + "(stored \(hex(stored)), computed \(hex(computed)))")
            if strictCRC { report.error = problem; return nil }
            report.warnings.append(problem)
        }
        return dataEnd + 2
    }

    // MARK: - Records

    /// Definitions, developer data and the timestamp reference are per segment (FIT protocol:
    /// chained files).
    private struct SegmentState {
        var index: Int
        var definitions = [FITDefinition?](repeating: nil, count: 16)
        var lastTimestamp: Int64?
        var developerDescriptions: [UInt16: FITDeveloperFieldDescription] = [:]
        var descriptionCount = 0
    }

    @inline(__always)
    private func decodeRecord<V: FITVisitor>(_ b: UnsafeRawBufferPointer, at p: Int, limit: Int, state: inout SegmentState,
                                             report: inout FITDecodeReport, visitor: inout V) -> Int? {
        let header = b[p]
        if header & 0x80 != 0 {
            // Compressed timestamp header: local type in bits 5–6, 5-bit time offset in bits 0–4.
            return decodeData(b, at: p, local: Int((header >> 5) & 0x3), timeOffset: header & 0x1F,
                              limit: limit, state: &state, report: &report, visitor: &visitor)
        }
        if header & 0x40 != 0 {
            return decodeDefinition(b, at: p, developerData: header & 0x20 != 0, limit: limit, state: &state,
                                    report: &report)
        }
        return decodeData(b, at: p, local: Int(header & 0x0F), timeOffset: nil, limit: limit, state: &state,
                          report: &report, visitor: &visitor)
    }

    private func decodeDefinition(_ b: UnsafeRawBufferPointer, at p: Int, developerData: Bool, limit: Int,
                                  state: inout SegmentState, report: inout FITDecodeReport) -> Int? {
        let truncated = FITError(code: .truncated, offset: p, message: "definition message cut off by the end of the data")
        guard p + 6 <= limit else { report.error = truncated; return nil }
        let architecture = b[p + 2]
        guard architecture <= 1 else {
            report.error = FITError(code: .badDefinition, offset: p + 2,
                                    message: "corrupt definition message: architecture byte \(architecture) (expected 0 or 1)")
            return nil
        }
        let bigEndian = architecture == 1
        let globalNumber = UInt16(FITBytes.readUInt(b, p + 3, 2, bigEndian: bigEndian))
        let fieldCount = Int(b[p + 5])
        var q = p + 6
        guard q + 3 * fieldCount <= limit else { report.error = truncated; return nil }
        var fields: [FITDefinition.Field] = []
        fields.reserveCapacity(fieldCount)
        var size = 0
        for _ in 0..<fieldCount {
            let field = FITDefinition.Field(number: b[q], size: Int(b[q + 1]), baseType: FITBaseType(rawValue: b[q + 2]),
                                            offset: size)
            fields.append(field)
            size += field.size
            q += 3
        }
        var developerFields: [FITDefinition.DeveloperField] = []
        if developerData {
            guard q + 1 <= limit else { report.error = truncated; return nil }
            let developerCount = Int(b[q])
            q += 1
            guard q + 3 * developerCount <= limit else { report.error = truncated; return nil }
            developerFields.reserveCapacity(developerCount)
            for _ in 0..<developerCount {
                developerFields.append(FITDefinition.DeveloperField(number: b[q], size: Int(b[q + 1]),
                                                                    developerDataIndex: b[q + 2], offset: size))
                size += Int(b[q + 1])
                q += 3
            }
        }
        state.definitions[Int(b[p] & 0x0F)] = FITDefinition(globalNumber: globalNumber, bigEndian: bigEndian,
                                                           fields: fields, developerFields: developerFields, size: size)
        return q
    }

    @inline(__always)
    private func decodeData<V: FITVisitor>(_ b: UnsafeRawBufferPointer, at p: Int, local: Int, timeOffset: UInt8?,
                                           limit: Int, state: inout SegmentState, report: inout FITDecodeReport,
                                           visitor: inout V) -> Int? {
        guard let definition = state.definitions[local] else {
            report.error = FITError(code: .undefinedLocalMessage, offset: p,
                                    message: "corrupt data: message uses local type \(local) before any definition of it")
            return nil
        }
        guard p + 1 + definition.size <= limit else {
            report.error = FITError(code: .truncated, offset: p,
                                    message: "message (global \(definition.globalNumber)) cut off by the end of the data")
            return nil
        }
        var message = FITRawMessage(definition: definition, buffer: b, headerOffset: p, resolvedTimestamp: nil,
                                    developerDescriptions: state.developerDescriptions, segment: state.index)
        if let timeOffset {
            // FIT protocol, Compressed Timestamp Header: the offset replaces the low five bits of the
            // last full timestamp, rolling over when it is smaller than them.
            if let last = state.lastTimestamp {
                let resolved = last + ((Int64(timeOffset) - last) & 0x1F)
                state.lastTimestamp = resolved
                message = FITRawMessage(definition: definition, buffer: b, headerOffset: p, resolvedTimestamp: resolved,
                                        developerDescriptions: state.developerDescriptions, segment: state.index)
            } else {
                report.warnings.append(FITError(code: .unresolvedTimestamp, offset: p,
                                                message: "compressed timestamp before any full timestamp; time left unset"))
            }
        } else if let timestamp = message.integer(253) {
            state.lastTimestamp = timestamp
        } else if let t16 = definition.timestamp16Index, let raw = message.raw(at: t16), let last = state.lastTimestamp {
            // timestamp_16 holds the low 16 bits of the time: last + ((t16 - last) & 0xFFFF) (FIT SDK, monitoring).
            let resolved = last + ((Int64(raw & 0xFFFF) - last) & 0xFFFF)
            state.lastTimestamp = resolved
            message = FITRawMessage(definition: definition, buffer: b, headerOffset: p, resolvedTimestamp: resolved,
                                    developerDescriptions: state.developerDescriptions, segment: state.index)
        }
        if definition.globalNumber == 206 {
            learnDeveloperField(message, state: &state)
            // The message was read with the descriptions before it: let visitors see the one it defines
            // (FITFile.developerFields lists it from there).
            message = FITRawMessage(definition: definition, buffer: b, headerOffset: p, resolvedTimestamp: message.resolvedTimestamp,
                                    developerDescriptions: state.developerDescriptions, segment: state.index)
        }
        visitor.message(message)
        report.messageCount += 1
        return p + 1 + definition.size
    }

    /// A field_description (206) defines how later developer fields of its (index, number) read;
    /// a redefinition mid-file replaces the earlier one. developer_data_id is not required.
    private func learnDeveloperField(_ m: FITRawMessage, state: inout SegmentState) {
        guard let index = m.integer(0), let number = m.integer(1), let baseType = m.integer(2),
              (0...254).contains(index), (0...255).contains(number) else { return }
        var description = FITDeveloperFieldDescription(developerDataIndex: UInt8(index), fieldNumber: UInt8(number),
                                                       baseType: FITBaseType(rawValue: UInt8(truncatingIfNeeded: baseType)),
                                                       key: state.descriptionCount)
        description.name = FITValueReader.strings(m, 3)?.first ?? ""
        description.units = FITValueReader.strings(m, 8)?.first ?? ""
        if let scale = m.double(6), scale != 0 { description.scale = scale }
        if let offset = m.double(7) { description.offset = offset }
        description.nativeMessage = m.integer(14).map { UInt16(truncatingIfNeeded: $0) }
        description.nativeField = m.integer(15).map { UInt8(truncatingIfNeeded: $0) }
        state.descriptionCount += 1
        state.developerDescriptions[UInt16(index) << 8 | UInt16(number)] = description
    }

    private func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}

/// What a decoding pass found besides the messages: warnings, the error that stopped it, segments.
public struct FITDecodeReport: Sendable {
    public var warnings: [FITError] = []
    public var error: FITError?
    public var segmentCount = 0
    public var messageCount = 0

    public init() {}
}
