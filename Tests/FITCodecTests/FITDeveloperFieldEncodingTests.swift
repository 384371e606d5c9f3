import ActivityImport
import FITCodec
import Foundation
import GaitModel
import Testing

/// Developer fields written by FITEncoder (developer_data_id, field_description, record developer
/// fields) read back by our decoder and by Garmin's Python SDK; a Stryd-like vertical oscillation in
/// centimetres becomes the native column in millimetres.
struct FITDeveloperFieldEncodingTests {
    static let applicationID: [UInt8] = Array(1...16)

    /// `scaled`: vertical oscillation as uint16 with scale 100 (raw = cm × 100, exercising scale on
    /// both sides); else float32 cm as the season generator writes it.
    static func strydFile(nativeOscillation: Bool = false, scaled: Bool = true)
        -> (bytes: [UInt8], stiffness: [Double], oscillationCM: [Double]) {
        var activity = FITEncoderConformanceTests.fullActivity()
        if !nativeOscillation { for i in activity.records.indices { activity.records[i].verticalOscillation = .nan } }
        let n = activity.records.count
        let stiffness = (0..<n).map { 9.5 + Double($0 % 11) * 0.125 }
        let oscillation = (0..<n).map { 8.25 + Double($0 % 4) * 0.25 }
        let developer = FITEncoder.RecordDeveloperFields(applicationID: applicationID, channels: [
            .init(description: FITDeveloperFieldDescription(developerDataIndex: 0, fieldNumber: 4, baseType: .float32,
                                                            name: "Leg Spring Stiffness", units: "KN/m"),
                  values: stiffness),
            .init(description: FITDeveloperFieldDescription(developerDataIndex: 0, fieldNumber: 5,
                                                            baseType: scaled ? .uint16 : .float32, name: "Vertical Oscillation",
                                                            units: "Centimeters", scale: scaled ? 100 : 1),
                  values: oscillation),
        ])
        return (FITEncoder.encodeActivity(activity, developer: developer), stiffness, oscillation)
    }

    @Test func developerFieldsRoundTrip() throws {
        let (bytes, stiffness, oscillation) = Self.strydFile()
        let file = FITDecoder().decode(bytes)
        #expect(file.error == nil && file.warnings.isEmpty)
        #expect(file.developerFields.map(\.name) == ["Leg Spring Stiffness", "Vertical Oscillation"])
        #expect(file.developerFields.map(\.units) == ["KN/m", "Centimeters"])
        #expect(file.developerFields.map(\.scale) == [1, 100])
        let ids = file.messages(207)
        #expect(ids.count == 1 && ids.first?[1] == .bytes(Self.applicationID))
        let records = file.messages(20)
        try #require(records.count == stiffness.count)
        for (k, record) in records.enumerated() {
            let values = record.developerFields.map { ($0.number, $0.value.double) }
            #expect(values.count == 2)
            #expect(values.first { $0.0 == 4 }?.1 == stiffness[k])  // float32-exact by construction
            #expect(values.first { $0.0 == 5 }?.1 == oscillation[k] * 100)
        }
        // The importer maps the cm developer field onto vertical_oscillation in mm.
        let activity = try #require(ActivityImporter.importFile(data: bytes, path: "s.fit", athlete: "a").activities.first)
        #expect(activity.samples.verticalOscillation.prefix(4) == [82.5, 85, 87.5, 90])
    }

    /// A native vertical oscillation wins over the developer field (the device's own sensor).
    @Test func nativeOscillationWins() throws {
        let bytes = Self.strydFile(nativeOscillation: true).bytes
        let activity = try #require(ActivityImporter.importFile(data: bytes, path: "s.fit", athlete: "a").activities.first)
        #expect(abs(activity.samples.verticalOscillation[2] - 85.2) < 1e-9)
    }

    @Test(.enabled(if: FITEncoderConformanceTests.hasSDK, "needs .venv with garmin-fit-sdk (make venv; CI has it)"))
    func garminSDKReadsTheDeveloperFields() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dev-\(UUID().uuidString).fit").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Self.strydFile(scaled: false).bytes).write(to: URL(fileURLWithPath: path))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FITEncoderConformanceTests.python)
        process.arguments = ["-c", """
            import sys
            from garmin_fit_sdk import Decoder, Stream
            assert Decoder(Stream.from_file(sys.argv[1])).check_integrity(), 'integrity'
            m, e = Decoder(Stream.from_file(sys.argv[1])).read()
            d = m['field_description_mesgs']
            r = m['record_mesgs'][3]['developer_fields']
            print(len(e), [x['field_name'] for x in d], [x['units'] for x in d], round(r[0], 3), round(r[1], 3),
                  m['developer_data_id_mesgs'][0]['developer_data_index'])
            """, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines)
            == "0 ['Leg Spring Stiffness', 'Vertical Oscillation'] ['KN/m', 'Centimeters'] 9.875 9.0 0")
    }
}
