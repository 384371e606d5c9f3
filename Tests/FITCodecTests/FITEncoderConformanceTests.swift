import ActivityImport
import FITCodec
import Foundation
import GaitModel
import Testing

/// The encoder's files: every sample column round-trips at the profile's resolution, and Garmin's
/// own Python SDK (from `make venv`) reads them without errors.
struct FITEncoderConformanceTests {
    static let python = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".venv/bin/python").path
    static let hasSDK = FileManager.default.isExecutableFile(atPath: python)
        || ProcessInfo.processInfo.environment["CI"] == "true"

    static func fullActivity() -> FITActivity {
        var activity = FITRoundTripTests.syntheticActivity()
        for i in activity.records.indices {
            activity.records[i].power = Double(250 + i % 40)
            activity.records[i].stanceTime = 240 + Double(i % 10) * 0.1
            activity.records[i].stanceTimeBalance = 49.5 + Double(i % 3) * 0.01
            activity.records[i].stepLength = 1100 + Double(i % 7) * 0.1
            activity.records[i].verticalOscillation = 85 + Double(i % 5) * 0.1
            activity.records[i].verticalRatio = 7.7 + Double(i % 4) * 0.01
            activity.records[i].latitude = 46.5 + Double(i) * 1e-5
            activity.records[i].longitude = -6.6 - Double(i) * 1e-5
        }
        return activity
    }

    @Test func everyColumnRoundTripsAtProfileResolution() throws {
        let original = Self.fullActivity()
        let decoded = FITActivity(FITDecoder().decode(FITEncoder.encodeActivity(original)))
        try #require(decoded.records.count == original.records.count)
        let semicircle = 180.0 / 2_147_483_648.0
        let columns: [(String, KeyPath<FITActivity.Record, Double>, Double)] = [
            ("power", \.power, 0.5), ("stance_time", \.stanceTime, 0.05), ("stance_time_balance", \.stanceTimeBalance, 0.005),
            ("step_length", \.stepLength, 0.05), ("vertical_oscillation", \.verticalOscillation, 0.05),
            ("vertical_ratio", \.verticalRatio, 0.005), ("latitude", \.latitude, semicircle), ("longitude", \.longitude, semicircle),
            ("distance", \.distance, 0.005), ("speed", \.speed, 0.0005), ("heart_rate", \.heartRate, 0.5),
        ]
        for (name, keyPath, resolution) in columns {
            let worst = zip(original.records, decoded.records).map { abs($0[keyPath: keyPath] - $1[keyPath: keyPath]) }.max() ?? 0
            #expect(worst <= resolution + 1e-9, "\(name): off by \(worst)")
        }
        // Through the importer too: the Activity columns carry them (cadence doubled to steps/min).
        let activity = try #require(ActivityImporter.importFile(data: FITEncoder.encodeActivity(original), path: "r.fit",
                                                                athlete: "a").activities.first)
        #expect(activity.samples.power[3] == 253)
        #expect(abs(activity.samples.verticalOscillation[2] - 85.2) < 1e-9)
        #expect(abs(activity.samples.latitude[0] - 46.5) < 1e-6)
    }

    @Test(.enabled(if: hasSDK, "needs .venv with garmin-fit-sdk (make venv; CI has it)"))
    func garminSDKReadsOurFilesWithoutErrors() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("encoder-\(UUID().uuidString).fit").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(FITEncoder.encodeActivity(Self.fullActivity())).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = ["-c", """
            import sys
            from garmin_fit_sdk import Decoder, Stream
            assert Decoder(Stream.from_file(sys.argv[1])).check_integrity(), 'integrity'
            m, e = Decoder(Stream.from_file(sys.argv[1])).read()
            r = m['record_mesgs']
            print(len(e), len(r), r[3]['power'], r[2]['vertical_oscillation'], m['session_mesgs'][0]['sport'])
            """, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "0 600 253 85.2 running")
    }

    /// Every input libFuzzer ever crashed on (Fuzz/FITDecoderFuzz/crashers) decodes without crashing.
    @Test func fuzzCrashersStayFixed() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/FITDecoderFuzz/crashers").path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            let file = FITDecoder().decode(bytes)
            _ = FITActivity(file)
            _ = bytes.withUnsafeBytes { FITInspector.json($0) }
            _ = ActivityImporter.importFile(data: bytes, path: name, athlete: "fuzz")
        }
    }
}
