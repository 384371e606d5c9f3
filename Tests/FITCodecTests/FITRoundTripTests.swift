import FITCodec
import Testing

/// Encoder → decoder round trips, and hand-made byte streams for the protocol corners.
struct FITRoundTripTests {
    static let start: Int64 = 1_772_348_400  // 2026-03-01T07:00:00Z

    static func syntheticActivity() -> FITActivity {
        let records = (0..<600).map { i -> FITActivity.Record in
            var r = FITActivity.Record(timestamp: start + Int64(i))
            r.distance = Double(i) * 3.217
            r.speed = 3.0 + Double(i % 7) * 0.1234
            r.altitude = i == 5 ? .nan : 120 + Double(i % 50) * 0.37
            r.heartRate = Double(140 + i % 30)
            r.cadence = 84 + Double(i % 5) * 0.3
            return r
        }
        let session = FITActivity.Segment(startTime: start, timestamp: start + 599, sport: 1, subSport: 0,
                                          totalElapsedTime: 599, totalDistance: 1_926.98)
        return FITActivity(fileID: FITActivity.FileID(type: 4, manufacturer: 1, product: 3113, timeCreated: start),
                           sessions: [session], records: records)
    }

    @Test func activityRoundTripsWithinScalePrecision() throws {
        let original = Self.syntheticActivity()
        let bytes = FITEncoder.encodeActivity(original)
        let file = FITDecoder().decode(bytes)
        #expect(file.error == nil)
        #expect(file.warnings.isEmpty, "header and file CRC are valid")
        let decoded = FITActivity(file)
        #expect(decoded.fileID == original.fileID)
        #expect(decoded.sessions == original.sessions)
        #expect(decoded.laps.map(\.sport) == [1])
        #expect(decoded.records.count == original.records.count)
        for (a, b) in zip(original.records, decoded.records) {
            #expect(a.timestamp == b.timestamp)
            #expect(abs(a.distance - b.distance) <= 0.005 + 1e-9)
            #expect(abs(a.speed - b.speed) <= 0.0005)
            #expect(a.altitude.isNaN ? b.altitude.isNaN : abs(a.altitude - b.altitude) <= 0.1 + 1e-9)
            #expect(a.heartRate == b.heartRate)
            #expect(abs(a.totalCadence - b.totalCadence) <= 1.0 / 256)
        }
    }

    @Test func fileCRCMismatchIsAWarningAndKeepsTheData() {
        var bytes = FITEncoder.encodeActivity(Self.syntheticActivity())
        bytes[bytes.count - 1] ^= 0xFF
        let file = FITDecoder().decode(bytes)
        #expect(file.error == nil)
        #expect(file.warnings.map(\.code) == [.fileCRCMismatch])
        #expect(file.messages(20).count == 600)
    }

    @Test func truncatedFileKeepsWhatWasDecodedAndReportsTheOffset() {
        let bytes = FITEncoder.encodeActivity(Self.syntheticActivity())
        let cut = Array(bytes.prefix(bytes.count / 2))
        let file = FITDecoder().decode(cut)
        #expect(file.error?.code == .truncated)
        #expect((file.error?.offset ?? 0) > 14 && (file.error?.offset ?? Int.max) <= cut.count)
        #expect(file.messages(20).count > 250 && file.messages(20).count < 600)
    }

    @Test func chainedFilesResetDefinitionsPerSegment() {
        let one = FITEncoder.encodeActivity(Self.syntheticActivity())
        var second = FITEncoder()
        // Segment 2 redefines local type 1 as a big-endian record with one uint16 field.
        second.define(local: 1, global: 20, fields: [FITEncoder.Field(3, .uint8)])
        second.write(local: 1, values: [99])
        let file = FITDecoder().decode(one + second.finish())
        #expect(file.segmentCount == 2)
        #expect(file.error == nil)
        #expect(file.messages(20).count == 601)
        #expect(file.messages(20).last?[3] == .integer(99))
    }

    /// Hand-assembled data: big-endian definition, developer fields, compressed timestamps,
    /// a misaligned field, an all-invalid field and a local type redefined mid-file.
    @Test func protocolCornersDecode() {
        var data: [UInt8] = []
        // Definition (developer flag) local 0 → record, big-endian: timestamp uint32, heart_rate uint8,
        // distance uint32 declared with size 1 (misaligned), speed uint16; one developer field of 3 bytes.
        data += [0x60, 0, 1, 0, 20, 4, 253, 4, 0x86, 3, 1, 0x02, 5, 1, 0x86, 6, 2, 0x84, 1, 0, 3, 0]
        data += [0, 0x3B, 0x9A, 0xCA, 0x00, 150, 7, 0xFF, 0xFF, 0xAA, 0xBB, 0xCC]  // speed all-invalid
        // Compressed timestamp header, local 0, offset 3 (last = 1_000_000_000 → low bits 0).
        data += [0x80 | 3, 0x3B, 0x9A, 0xCA, 0x00, 151, 8, 0x0B, 0xB8, 0, 0, 0]
        // Offset 1 < low bits 3 → rolls over to the next 32-second window.
        data += [0x80 | 1, 0x3B, 0x9A, 0xCA, 0x00, 152, 9, 0x0B, 0xB8, 0, 0, 0]
        // Redefine local 0 as a little-endian sport message (sport enum, sub_sport enum) and use it.
        data += [0x40, 0, 0, 12, 0, 2, 0, 1, 0x00, 1, 1, 0x00, 0x00, 1, 0xFF]
        let header: [UInt8] = [12, 0x10, 0, 0, UInt8(data.count), 0, 0, 0] + Array(".FIT".utf8)
        let body = header + data
        let crc = FITCRC.compute(body)
        let file = FITDecoder().decode(body + [UInt8(crc & 0xFF), UInt8(crc >> 8)])
        #expect(file.error == nil)
        #expect(file.warnings.isEmpty)
        let records = file.messages(20)
        #expect(records.count == 3)
        #expect(records.map { $0[253] } == [.integer(1_000_000_000), .integer(1_000_000_003), .integer(1_000_000_033)])
        #expect(records[0][5] == .integer(7))
        #expect(records[0][6] == nil)
        #expect(records[1][6] == .integer(3000))
        #expect(file.messages(12).first?.fields == [FITField(number: 0, value: .integer(1))])
    }

    @Test(arguments: [
        [UInt8](),
        Array("timestamp,speed\n1,2\n".utf8),
        [14, 0x20, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F] + Array(".FIT".utf8) + [0, 0, 0x41],
        [12, 0x10, 0, 0, 4, 0, 0, 0] + Array(".FIT".utf8) + [0x07, 0, 0, 0],
        [12, 0x10, 0, 0, 9, 0, 0, 0] + Array(".FIT".utf8) + [0x40, 0, 7, 0, 0, 0xFF, 0, 0, 0],
    ])
    func malformedInputNeverCrashes(bytes: [UInt8]) {
        let file = FITDecoder().decode(bytes)
        #expect(file.error != nil)
        #expect((file.error?.offset ?? -1) >= 0 && (file.error?.offset ?? .max) <= max(bytes.count, 8))
    }
}
