import ActivityImport
import FITCodec
import GaitModel
import Testing

struct ActivityImporterTests {
    @Test func nonFITFileIsSkippedNamingTheSignature() {
        let outcome = ActivityImporter.importFile(data: Array("hello, this is not a watch file at all\n".utf8),
                                                  path: "notes.fit", athlete: "ana")
        #expect(outcome.activities.isEmpty)
        #expect(outcome.skippedReason == "notes.fit: not a FIT file: missing '.FIT' signature at byte 8")
    }

    @Test func unsupportedExtensionIsSkipped() {
        let outcome = ActivityImporter.importFile(data: [1, 2, 3], path: "photo.jpg", athlete: "ana")
        #expect(outcome.skippedReason?.contains("unsupported file type") == true)
    }

    @Test func fitRunIsImportedWithCadenceInStepsPerMinute() throws {
        let bytes = FITEncoder.encodeActivity(FITRoundTripTests.syntheticActivity())
        let outcome = ActivityImporter.importFile(data: bytes, path: "2026-03-01-run.FIT", athlete: "ana")
        let activity = try #require(outcome.activities.first)
        #expect(outcome.skippedReason == nil)
        #expect(activity.runID == "2026-03-01-run.FIT")
        #expect(activity.sport == "running")
        #expect(activity.device == "garmin 3113")
        #expect(activity.startTime == FITRoundTripTests.start)
        #expect(activity.samples.count == 600)
        #expect(abs(activity.samples.cadence[1] - 2 * 84.3) <= 1.0 / 64)
        #expect(activity.samples.altitude[5].isNaN)
    }

    @Test func truncatedFITKeepsRecordsAndWarns() throws {
        let bytes = FITEncoder.encodeActivity(FITRoundTripTests.syntheticActivity())
        let outcome = ActivityImporter.importFile(data: Array(bytes.prefix(bytes.count / 2)), path: "cut.fit", athlete: "ana")
        #expect(outcome.skippedReason == nil)
        let activity = try #require(outcome.activities.first)
        #expect(activity.samples.count > 250)
        #expect(outcome.warnings.contains { $0.hasPrefix("cut.fit: ") && $0.contains("at byte") })
        #expect(activity.sport == "unknown", "the session message was cut off and no sport message precedes it")
    }

    @Test func csvImportsAnyColumnOrderAndSkipsBadRows() throws {
        let csv = """
            Speed_mps,timestamp,cadence_spm,distance_m,heart_rate_bpm
            3.0,2026-03-01T07:00:00Z,170,0,140
            3.1,2026-03-01T07:00:01Z,,3.1,141
            fast,2026-03-01T07:00:02Z,171,6.2,142
            3.2,1772348403,172,9.3,143

            """
        let outcome = ActivityImporter.importFile(data: Array(csv.utf8), path: "run.csv", athlete: "ben")
        let activity = try #require(outcome.activities.first)
        #expect(activity.sport == "running")
        #expect(activity.startTime == 1_772_348_400)
        #expect(activity.samples.timestamp == [1_772_348_400, 1_772_348_401, 1_772_348_403])
        #expect(activity.samples.cadence[1].isNaN && activity.samples.cadence[2] == 172)
        #expect(activity.samples.altitude.count == 3 && activity.samples.altitude.allSatisfy(\.isNaN))
        #expect(outcome.warnings == ["run.csv:4: 'fast' in column speed_mps is not a number; row skipped"])
    }

    @Test func csvInStridesIsDoubled() throws {
        let csv = "timestamp,speed_mps,cadence_spm,sport\n1772348400,3.0,85,\n1772348401,3.0,86,\n"
        let activity = try #require(ActivityImporter.importFile(data: Array(csv.utf8), path: "s.csv", athlete: "b").activities.first)
        #expect(activity.samples.cadence == [170, 172])
    }

    @Test(arguments: [
        ("timestamp,pace\n1,2\n", "unknown CSV column 'pace'"),
        ("speed_mps\n3\n", "no 'timestamp' column"),
        ("timestamp,speed_mps\nyesterday,3\n", "no valid rows (first bad row at line 2"),
        ("", "empty CSV file"),
    ])
    func badCSVIsSkipped(csv: String, reason: String) {
        let outcome = ActivityImporter.importFile(data: Array(csv.utf8), path: "x.csv", athlete: "a")
        #expect(outcome.activities.isEmpty)
        #expect(outcome.skippedReason?.contains(reason) == true, "\(outcome.skippedReason ?? "nil")")
    }
}
