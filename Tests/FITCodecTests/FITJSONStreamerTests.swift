@testable import FITCodec
import Foundation
import Testing

/// `inspect --json` writes from compiled per-definition plans (`FITJSONStreamer`); the value tree of
/// `FITProfileInterpreter` is the reference. Both must give the same bytes.
struct FITJSONStreamerTests {
    static func streamed(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        _ = bytes.withUnsafeBytes { FITInspector.writeJSON($0) { text += $0 } }
        return String(decoding: text, as: UTF8.self)
    }

    static func tree(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { FITInspector.json($0).0.text }
    }

    @Test(.enabled(if: Corpus.existsOrRequired, "needs ../shared/fit-corpus (present in CI)"), arguments: Corpus.fitFiles)
    func streamedJSONEqualsTheInterpretersOnCorpusFile(_ path: String) throws {
        let bytes = try Corpus.bytes(path)
        let streamed = Self.streamed(bytes)
        let tree = Self.tree(bytes)
        if streamed != tree {
            let first = zip(streamed.utf8, tree.utf8).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
            let from = max(0, first - 80)
            Issue.record("""
                \(path): first difference at byte \(first)
                streamed: \(String(decoding: Array(streamed.utf8)[from..<min(streamed.utf8.count, first + 80)], as: UTF8.self))
                tree:     \(String(decoding: Array(tree.utf8)[from..<min(tree.utf8.count, first + 80)], as: UTF8.self))
                """)
        }
    }

    /// A synthesized run with every sample column: scaled decimals, components (speed → enhanced_speed,
    /// altitude → enhanced_altitude), dates, negative values.
    @Test func streamedJSONEqualsTheInterpretersOnASynthesizedRun() {
        let start: Int64 = 1_772_348_400
        let records = (0..<300).map { i -> FITActivity.Record in
            var r = FITActivity.Record(timestamp: start + Int64(i))
            r.distance = Double(i) * 3.07
            r.speed = 2.9 + Double(i % 13) * 0.013
            r.altitude = -20 + Double(i % 300) * 0.2
            r.heartRate = Double(140 + i % 20)
            r.cadence = 86 + Double(i % 3)
            r.power = Double(250 + i % 40)
            r.stanceTime = 240.3 + Double(i % 10)
            r.stanceTimeBalance = 49.53
            r.stepLength = 1100 + Double(i % 7)
            r.verticalOscillation = 85.1
            r.verticalRatio = 7.71
            r.latitude = -33.9 + Double(i) * 1e-5
            r.longitude = 151.2
            return r
        }
        let session = FITActivity.Segment(startTime: start, timestamp: start + 299, sport: 1, subSport: 0,
                                          totalElapsedTime: 299, totalDistance: 917.9)
        let bytes = FITEncoder.encodeActivity(FITActivity(fileID: FITActivity.FileID(manufacturer: 1, product: 1),
                                                           sessions: [session], records: records))
        let streamed = Self.streamed(bytes)
        #expect(streamed == Self.tree(bytes))
        #expect(streamed.contains("\"enhanced_speed\": 2.913"))
    }

    /// Scaled decimals are written without a double, and must equal the shortest round-trip text.
    @Test(arguments: [(Int64(0), 1), (5, 1), (-5, 1), (-10, 1), (3100, 3), (3101, 3), (1, 4), (-1, 4),
                      (999_999_999_999_999, 2), (123_456, 4), (7, 3), (-4_000_000_000, 3)])
    func scaledDecimalMatchesShortestRoundTrip(raw: Int64, decimals: Int) {
        let power = [1, 10, 100, 1000, 10_000][decimals]
        let direct = FITJSONOutput()
        direct.scaledDecimal(raw, decimals: decimals, power: Int64(power))
        #expect(String(decoding: direct.bytes, as: UTF8.self) == FITJSON.double(Double(raw) / Double(power)).text)
    }
}
