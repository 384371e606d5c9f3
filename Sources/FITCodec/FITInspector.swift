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

    /// Segments, message counts per kind, the sessions and what went wrong.
    public static func summary(_ buffer: UnsafeRawBufferPointer, strictCRC: Bool = false) -> (String, FITDecodeReport) {
        var counter = MessageCounter()
        let report = FITDecoder(strictCRC: strictCRC).decode(buffer, visitor: &counter)
        let activity = counter.collector.activity
        var lines = ["\(buffer.count) bytes, \(report.segmentCount) segment(s), \(report.messageCount) messages, profile \(FITProfile.version)"]
        for (number, count) in counter.counts.sorted(by: { $0.key < $1.key }) {
            let name = FITProfile.messageName(FITProfile.messageIndex(number)) ?? "message \(number)"
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
        var counts: [UInt16: Int] = [:]
        var collector = FITActivityCollector()

        mutating func segmentStarted(index: Int, offset: Int) { collector.segmentStarted(index: index, offset: offset) }

        mutating func message(_ m: FITRawMessage) {
            counts[m.globalNumber, default: 0] += 1
            if m.globalNumber == 18 { collector.message(m) }
        }
    }
}
