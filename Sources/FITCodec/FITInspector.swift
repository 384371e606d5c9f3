/// What `gaitpipe inspect` prints: the five message kinds fit_reference.py dumps, as Garmin's SDK
/// presents them (`json`), or a short human summary (`summary`, decoding on the fast path).
public enum FITInspector {
    /// The messages `inspect --json` writes, keyed as fit_reference.py keys them.
    public static let jsonMessages: [(number: UInt16, key: String)] = [
        (0, "file_id"), (23, "device_info"), (18, "session"), (19, "lap"), (20, "record"),
    ]

    /// `{"file_id": [...], "device_info": [...], "session": [...], "lap": [...], "record": [...]}` over
    /// all chained segments in file order; keys of kinds absent from the file are omitted.
    public static func json(_ buffer: UnsafeRawBufferPointer, strictCRC: Bool = false) -> (FITJSON, FITDecodeReport) {
        var interpreter = FITProfileInterpreter(wanted: Set(jsonMessages.map(\.number)))
        let report = FITDecoder(strictCRC: strictCRC).decode(buffer, visitor: &interpreter)
        var groups: [UInt16: [FITJSON]] = [:]
        for (number, fields) in interpreter.messages { groups[number, default: []].append(fields) }
        let pairs = jsonMessages.compactMap { kind in groups[kind.number].map { (kind.key, FITJSON.array($0)) } }
        return (.object(pairs), report)
    }

    /// The same JSON text as `json(_:strictCRC:)`, handed to `sink` in pieces of about a megabyte
    /// without building values (what `inspect --json` prints; a test checks both agree byte for byte).
    ///
    /// Two passes over the buffer: the first writes every kind but `record` (a few messages) and
    /// counts records; the second streams the records, which come last in the output, so the
    /// tens of megabytes of record JSON never sit in memory at once.
    public static func writeJSON(_ buffer: UnsafeRawBufferPointer, strictCRC: Bool = false,
                                 to sink: (UnsafeRawBufferPointer) -> Void) -> FITDecodeReport {
        let decoder = FITDecoder(strictCRC: strictCRC)
        let record = jsonMessages.first { $0.number == 20 } ?? (20, "record")
        var head = FITJSONStreamer(kinds: jsonMessages.filter { $0.number != record.number }, counting: record.number)
        let report = decoder.decode(buffer, visitor: &head)
        var records = FITJSONStreamer(kinds: [record])
        let out = records.outputs[0]
        out.byte(UInt8(ascii: "{"))
        let wroteGroups = head.writeGroups(into: out)
        if head.countedMessages > 0 {
            if wroteGroups { out.append(", ") }
            out.string(record.key)
            out.append(": [")
            // The prefix above rides along in the first chunk; the visitor appends after it.
            // The first pass checked the CRCs (and without strictCRC they never change what is decoded).
            var recordDecoder = decoder
            recordDecoder.checksCRC = false
            withoutActuallyEscaping(sink) { sink in
                records.chunkSink = sink
                _ = recordDecoder.decode(buffer, visitor: &records)
                records.chunkSink = nil
            }
            out.byte(UInt8(ascii: "]"))
        }
        out.byte(UInt8(ascii: "}"))
        sink(out.bytes)
        return report
    }

    /// Segments, message counts per kind, the sessions and what went wrong.
    public static func summary(_ buffer: UnsafeRawBufferPointer, strictCRC: Bool = false) -> (String, FITDecodeReport) {
        var counter = MessageCounter()
        let report = FITDecoder(strictCRC: strictCRC).decode(buffer, visitor: &counter)
        let activity = counter.collector.activity
        var lines = ["\(buffer.count) bytes, \(report.segmentCount) segment(s), \(report.messageCount) messages, profile \(FITProfile.version)"]
        for (number, count) in counter.counts.enumerated() where count > 0 {
            let name = FITProfile.messageName(FITProfile.messageIndex(UInt16(number))) ?? "message \(number)"
            lines.append("  \(name): \(count)")
        }
        for (i, s) in activity.sessions.enumerated() {
            let sport = s.sport.flatMap { FITProfile.enumName("sport", $0) } ?? "unknown"
            let start = s.startTime.map(FITEpoch.iso8601(unix:)) ?? "?"
            let distance = s.totalDistance.isNaN ? "?" : String(Int(s.totalDistance.rounded()))
            let duration = s.totalElapsedTime.isNaN ? "?" : String(Int(s.totalElapsedTime.rounded()))
            lines.append("session \(i + 1): \(sport) from \(start), \(duration) s, \(distance) m")
        }
        return (lines.joined(separator: "\n"), report)
    }

    private struct MessageCounter: FITVisitor {
        /// Indexed by global message number: no hashing per message.
        var counts = [Int](repeating: 0, count: 65_536)
        var collector = FITActivityCollector()

        mutating func segmentStarted(index: Int, offset: Int) { collector.segmentStarted(index: index, offset: offset) }

        mutating func message(_ m: FITRawMessage) {
            counts[Int(m.globalNumber)] += 1
            if m.globalNumber == 18 { collector.message(m) }
        }
    }
}
