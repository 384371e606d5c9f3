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
        #expect(activity.device == "garmin fr945")
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

    @Test func csvImportsAnyColumnOrderAliasesAndUnits() throws {
        let csv = """
            Speed [km/h],timestamp,cadence_spm,Dist,HR,GCT,notes
            10.8,2026-03-01T07:00:00Z,170,0,140,250,easy
            11.16,2026-03-01T07:00:01Z,null,3.1,141,,
            11.52,1772348403,172,9.3,143,251,

            """
        let outcome = ActivityImporter.importFile(data: Array(csv.utf8), path: "run.csv", athlete: "ben")
        let activity = try #require(outcome.activities.first)
        #expect(activity.sport == "running")
        #expect(activity.startTime == 1_772_348_400)
        #expect(activity.samples.timestamp == [1_772_348_400, 1_772_348_401, 1_772_348_403])
        #expect(abs(activity.samples.speed[0] - 3.0) < 1e-9)
        #expect(activity.samples.cadence[1].isNaN && activity.samples.cadence[2] == 172)
        #expect(activity.samples.stanceTime[0] == 250 && activity.samples.stanceTime[1].isNaN)
        #expect(activity.samples.altitude.count == 3 && activity.samples.altitude.allSatisfy(\.isNaN))
        #expect(outcome.warnings == ["run.csv:1: ignored columns notes"])
    }

    @Test func csvTimesWithoutZoneUseTheAthletesOffset() throws {
        let csv = "time,distance\n2026-03-01 08:00:00,0\n2026-03-01 08:00:01,3\n"
        let outcome = ActivityImporter.importFile(data: Array(csv.utf8), path: "z.csv", athlete: "a",
                                                  options: ImportOptions(timeZone: AthleteTimeZone(identifier: "Etc/GMT-1")))
        #expect(outcome.activities.first?.startTime == 1_772_348_400)
    }

    @Test func csvInStridesIsDoubled() throws {
        let csv = "timestamp,speed_mps,cadence_spm,sport\n1772348400,3.0,85,\n1772348401,3.0,86,\n"
        let activity = try #require(ActivityImporter.importFile(data: Array(csv.utf8), path: "s.csv", athlete: "b").activities.first)
        #expect(activity.samples.cadence == [170, 172])
    }

    @Test(arguments: [
        ("timestamp,heart_rate\n1,2\n", "x.csv:1: missing required column 'distance' or 'speed'"),
        ("speed\n3\n", "x.csv:1: missing required column 'timestamp'"),
        ("timestamp,speed\n1772348400,3\nyesterday,3\n", "x.csv:3:1: 'yesterday' in column 'timestamp' is not a time"),
        ("timestamp,speed\n1772348400,3\n1772348401,fast\n", "x.csv:3:2: 'fast' in column 'speed' is not a number"),
        ("timestamp,speed\n1772348400,3\n1772348300,3\n", "x.csv:3:1: time goes backwards"),
        ("speed[furlong/fortnight],timestamp\n3,1\n", "x.csv:1:1: unknown unit"),
        ("", "empty CSV file"),
    ])
    func badCSVIsSkipped(csv: String, reason: String) {
        let outcome = ActivityImporter.importFile(data: Array(csv.utf8), path: "x.csv", athlete: "a")
        #expect(outcome.activities.isEmpty)
        #expect(outcome.skippedReason?.contains(reason) == true, "\(outcome.skippedReason ?? "nil")")
    }
}

/// Multisport watches write each session before its records, with the file's first timestamp in
/// the session's `timestamp` (issue 20): a session spans start_time to start_time +
/// total_elapsed_time, and its records are the ones in that span — the same as in the file written
/// summary-last.
struct SummaryFirstMultisportTests {
    static let start: Int64 = 1_772_348_400

    /// A ride of 10 min, then a 10 min run with running dynamics, one minute apart.
    static func brick() -> FITActivity {
        let ride = (0..<600).map { i -> FITActivity.Record in
            var r = FITActivity.Record(timestamp: start + Int64(i))
            r.speed = 8
            r.cadence = 88
            return r
        }
        let run = (0..<600).map { i -> FITActivity.Record in
            var r = FITActivity.Record(timestamp: start + 660 + Int64(i))
            r.distance = Double(i) * 3.2
            r.speed = 3.2
            r.cadence = 86
            r.stanceTime = 250
            r.verticalOscillation = 85
            r.stepLength = 1_110
            return r
        }
        let sessions = [
            FITActivity.Segment(startTime: start, timestamp: start + 599, sport: 2, totalElapsedTime: 599, totalDistance: 4_792),
            FITActivity.Segment(startTime: start + 660, timestamp: start + 1_259, sport: 1, totalElapsedTime: 599, totalDistance: 1_916.8),
        ]
        return FITActivity(fileID: FITActivity.FileID(type: 4, manufacturer: 1, product: 3113, timeCreated: start),
                           sessions: sessions, records: ride + run)
    }

    @Test(arguments: [false, true])
    func theRunningLegHasItsRecords(summaryFirst: Bool) throws {
        let bytes = FITEncoder.encodeActivity(Self.brick(), summaryFirst: summaryFirst)
        let outcome = ActivityImporter.importFile(data: bytes, path: "brick.fit", athlete: "a")
        let runs = outcome.activities.filter(\.isRunning)
        let run = try #require(runs.first, "\(outcome.warnings)")
        #expect(run.samples.count == 600, "every record of the run's span")
        #expect(run.samples.timestamp.first == Self.start + 660 && run.samples.timestamp.last == Self.start + 1_259)
        #expect(run.samples.cadence.allSatisfy { abs($0 - 172) < 0.01 }, "86 strides/min doubled")
        #expect(run.samples.stanceTime.allSatisfy { abs($0 - 250) < 0.1 })
        #expect(run.samples.verticalOscillation.allSatisfy { abs($0 - 85) < 0.1 })
        let ride = try #require(outcome.activities.first { $0.sport == "cycling" })
        #expect(ride.laps.count == 1 && run.laps.count == 1, "each leg keeps its own lap")
    }

    /// Legs that touch: a run whose session ends (timestamp) the second a transition starts, the
    /// transition's records counting distance from 0 again (as the fenix 2 triathlon file in the
    /// corpus does). The record at that second is the transition's: in the run it read as the run
    /// ending at 0.3 m.
    @Test(arguments: [false, true])
    func aRecordAtTheNextLegsStartIsThatLegs(summaryFirst: Bool) throws {
        let run = (0...600).map { i -> FITActivity.Record in
            var r = FITActivity.Record(timestamp: Self.start + Int64(i))
            r.distance = Double(i) * 3
            r.speed = 3
            return r
        }
        let transition = (0..<60).map { i -> FITActivity.Record in
            var r = FITActivity.Record(timestamp: Self.start + 600 + Int64(i))
            r.distance = Double(i) * 1.5
            r.speed = 1.5
            return r
        }
        let sessions = [
            FITActivity.Segment(startTime: Self.start, timestamp: Self.start + 600, sport: 1, totalElapsedTime: 600, totalDistance: 1_800),
            FITActivity.Segment(startTime: Self.start + 600, timestamp: Self.start + 659, sport: 3, totalElapsedTime: 59, totalDistance: 88.5),
        ]
        let file = FITActivity(fileID: FITActivity.FileID(type: 4, manufacturer: 1, product: 1_551, timeCreated: Self.start),
                               sessions: sessions, records: Array(run.dropLast()) + transition)
        let outcome = ActivityImporter.importFile(data: FITEncoder.encodeActivity(file, summaryFirst: summaryFirst),
                                                  path: "tri.fit", athlete: "a")
        let leg = try #require(outcome.activities.first { $0.isRunning })
        #expect(leg.samples.count == 600)
        #expect(leg.samples.distance.last == 1_797, "the run's last record, not the transition's first (0 m)")
    }
}
