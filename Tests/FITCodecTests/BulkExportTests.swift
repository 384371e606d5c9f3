import ActivityImport
import BulkExport
import FITCodec
import Foundation
import GaitModel
import Testing

/// Archives and bulk exports written by Python's zipfile and csv modules (an independent writer),
/// read by ActivityImporter: ZIPFoundation for the archive, CSV.swift for Strava's activities.csv.
@Suite struct BulkExportTests {
    /// One member of an archive Python writes: `deflate` compresses it, `zip64` forces ZIP64 records.
    struct Member {
        var name: String
        var bytes: [UInt8]
        var deflate = true
        var zip64 = false
    }

    /// A zip written by Python's zipfile module from `members`, in order.
    static func pythonZip(_ members: [Member]) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var spec: [String] = []
        for (i, m) in members.enumerated() {
            try Data(m.bytes).write(to: dir.appendingPathComponent("m\(i)"))
            spec.append("\(i)\t\(m.name)\t\(m.deflate ? 8 : 0)\t\(m.zip64 ? 1 : 0)")
        }
        let script = """
            import sys, zipfile
            d = sys.argv[1]
            with zipfile.ZipFile(d + '/out.zip', 'w') as z:
                for line in sys.argv[2:]:
                    i, name, method, z64 = line.split('\\t')
                    info = zipfile.ZipInfo(name, (2026, 3, 1, 7, 0, 0))
                    info.compress_type = int(method)
                    with z.open(info, 'w', force_zip64=z64 == '1') as out, open(d + '/m' + i, 'rb') as f:
                        out.write(f.read())
            """
        try run("/usr/bin/python3", ["-c", script, dir.path] + spec)
        return [UInt8](try Data(contentsOf: dir.appendingPathComponent("out.zip")))
    }

    /// `rows` written by Python's csv module under `header` (quoting as it sees fit: embedded
    /// newlines and commas quoted), as Strava writes activities.csv.
    static func pythonCSV(header: [String], rows: [[String]]) throws -> [UInt8] {
        let json = try JSONSerialization.data(withJSONObject: [header] + rows)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try json.write(to: dir.appendingPathComponent("rows.json"))
        try run("/usr/bin/python3", ["-c", """
            import csv, json, sys
            rows = json.load(open(sys.argv[1] + '/rows.json'))
            with open(sys.argv[1] + '/out.csv', 'w', newline='') as f:
                csv.writer(f).writerows(rows)
            """, dir.path])
        return [UInt8](try Data(contentsOf: dir.appendingPathComponent("out.csv")))
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(tool) failed")
    }

    static var fit: [UInt8] { FITEncoder.encodeActivity(FITRoundTripTests.syntheticActivity()) }

    // MARK: - Archives

    @Test func zipMembersImportLikeThePlainFiles() throws {
        let plain = ActivityImporter.importFile(data: Self.fit, path: "r.fit", athlete: "a")
        let zip = try Self.pythonZip([
            Member(name: "runs/r.fit", bytes: Self.fit),
            Member(name: "r2.fit.gz", bytes: try ImportFormatTests.gzip(Self.fit), deflate: false),
            Member(name: "notes.txt", bytes: Array("not a run".utf8)),
        ])
        let outcome = ActivityImporter.importFile(data: zip, path: "w.zip", athlete: "a")
        #expect(outcome.skippedReason == nil)
        #expect(outcome.activities.map(\.runID) == ["w.zip/runs/r.fit", "w.zip/r2.fit.gz"])
        #expect(outcome.activities.allSatisfy { $0.samples == plain.activities.first?.samples })
        #expect(plain.activities.first?.samples.count == 600)
    }

    @Test func zip64RecordsAreRead() throws {
        let zip = try Self.pythonZip([Member(name: "r.fit", bytes: Self.fit, zip64: true)])
        let reader = try ZipReader(bytes: zip, path: "z.zip")
        #expect(reader.fileNames == ["r.fit"])
        #expect(try reader.contents(of: "r.fit") == Self.fit)
    }

    @Test func truncatedZipIsSkippedNamingTheArchive() throws {
        var zip = try Self.pythonZip([Member(name: "r.fit", bytes: Self.fit)])
        zip.removeLast(zip.count / 3)
        let outcome = ActivityImporter.importFile(data: zip, path: "cut.zip", athlete: "a")
        #expect(outcome.activities.isEmpty)
        #expect(outcome.skippedReason?.hasPrefix("cut.zip: not a readable ZIP archive") == true, "\(outcome.skippedReason ?? "")")
    }

    @Test func corruptMemberIsSkippedWithTheCRCMismatch() throws {
        var zip = try Self.pythonZip([Member(name: "r.fit", bytes: Self.fit, deflate: false),
                                      Member(name: "s.fit", bytes: Self.fit, deflate: false)])
        // A byte of r.fit's stored data (after its 30-byte local header and name).
        zip[30 + 5 + 200] ^= 0xFF
        let outcome = ActivityImporter.importFile(data: zip, path: "bad.zip", athlete: "a")
        #expect(outcome.activities.map(\.runID) == ["bad.zip/s.fit"])
        #expect(outcome.warnings.contains("bad.zip: r.fit: CRC-32 mismatch (corrupt entry)"), "\(outcome.warnings)")
    }

    // MARK: - Strava

    /// Strava's English activities.csv header as its bulk export writes it (repeats included).
    static let englishHeader = StravaActivities.englishHeader

    static func row(_ values: [String: String], header: [String] = englishHeader) -> [String] {
        var seen: Set<String> = []
        return header.map { name in seen.insert(name).inserted ? values[name] ?? "" : values["2:" + name] ?? "" }
    }

    static func stravaExport(header: [String] = englishHeader, rows: [[String]], files: [Member]) throws -> [UInt8] {
        try pythonZip([Member(name: "activities.csv", bytes: try pythonCSV(header: header, rows: rows))] + files)
    }

    @Test func stravaExportGivesRunsAndSessions() throws {
        let rows = [
            Self.row(["Activity ID": "101", "Activity Date": "Mar 1, 2026, 7:00:00 AM", "Activity Name": "Morning Run",
                      "Activity Type": "Run", "Activity Description": "Hills, then flat\nknee fine",
                      "Elapsed Time": "600", "Distance": "1.93", "Activity Gear": "Pegasus 40",
                      "Filename": "activities/101.fit.gz", "Perceived Exertion": "6", "2:Distance": "1930.2"]),
            Self.row(["Activity ID": "102", "Activity Date": "Mar 2, 2026, 6:30:00 PM", "Activity Name": "Gym, legs",
                      "Activity Type": "Weight Training", "Elapsed Time": "2700", "Average Heart Rate": "112",
                      "Perceived Exertion": "7"]),
            Self.row(["Activity ID": "103", "Activity Date": "Mar 3, 2026, 7:00:00 AM", "Activity Type": "Ride",
                      "Elapsed Time": "600", "Filename": "activities/103.fit"]),
            Self.row(["Activity ID": "104", "Activity Date": "Mar 4, 2026, 7:00:00 AM", "Activity Type": "Run",
                      "Filename": "activities/104.gpx.gz"]),
            Self.row(["Activity ID": "105", "Activity Date": "March the fifth", "Activity Type": "Run"]),
        ]
        let zip = try Self.stravaExport(rows: rows, files: [
            Member(name: "activities/101.fit.gz", bytes: try ImportFormatTests.gzip(Self.fit)),
            Member(name: "activities/103.fit", bytes: Self.fit),
        ])
        let outcome = ActivityImporter.importFile(data: zip, path: "export_1.zip", athlete: "a")
        #expect(outcome.skippedReason == nil)
        let byID = Dictionary(outcome.activities.map { ($0.runID, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(outcome.activities.map(\.runID) == ["export_1.zip/activities/101.fit.gz", "export_1.zip/activities.csv#102",
                                                    "export_1.zip/activities/103.fit"])
        let run = try #require(byID["export_1.zip/activities/101.fit.gz"])
        #expect(run.isRunning && run.samples.count == 600)
        #expect(run.summary?.rpe == 6 && run.gear == "Pegasus 40")
        let gym = try #require(byID["export_1.zip/activities.csv#102"])
        #expect(gym.sport == "training" && gym.subSport == "strength_training" && gym.samples.count == 0)
        #expect(gym.startTime == 1_772_476_200)  // 2026-03-02T18:30:00Z
        #expect(gym.summary?.duration == 2700 && gym.summary?.rpe == 7 && gym.summary?.averageHeartRate == 112)
        // The file is a run, the row says Ride: a session of the row's sport, without samples.
        let ride = try #require(byID["export_1.zip/activities/103.fit"])
        #expect(ride.sport == "cycling" && ride.samples.count == 0 && ride.summary?.sport == "cycling")
        #expect(outcome.warnings.contains { $0.hasPrefix("export_1.zip/activities/104.gpx.gz: skipped: export_1.zip/activities.csv row 4 (activity 104) names 'activities/104.gpx.gz'") },
                "\(outcome.warnings)")
        #expect(outcome.warnings.contains { $0.hasPrefix("export_1.zip/activities.csv: row 5 (activity 105): date 'March the fifth'") })
    }

    @Test func oneActivitySentAloneKeepsItsRunID() throws {
        let rows = [Self.row(["Activity ID": "7", "Activity Date": "Mar 1, 2026, 7:00:00 AM", "Activity Type": "Run",
                              "Filename": "activities/7.fit"])]
        let zip = try Self.stravaExport(rows: rows, files: [Member(name: "activities/7.fit", bytes: Self.fit)])
        let outcome = ActivityImporter.importFile(data: zip, path: "export.zip/activities/7.fit", athlete: "a")
        #expect(outcome.activities.map(\.runID) == ["export.zip/activities/7.fit"])
    }

    @Test func germanHeaderAndDatesAreRead() throws {
        let header = ["Aktivitäts-ID", "Aktivitätsdatum", "Name der Aktivität", "Aktivitätsart", "Aktivitätsbeschreibung",
                      "Verstrichene Zeit", "Distanz", "Max. Herzfrequenz", "Aktivitätsausrüstung", "Dateiname",
                      "Verstrichene Zeit", "Distanz", "Gefühlte Anstrengung"]
        let csv = try Self.pythonCSV(header: header, rows: [
            ["9", "02.03.2026, 18:30:00", "Kraft", "Krafttraining", "", "1800", "", "140", "", "", "1800", "", "8"],
            ["10", "01.03.2026, 07:00:00", "Lauf", "Lauf", "", "600", "1,93", "", "Schuh A", "", "600", "1930,2", ""],
        ])
        let table = try StravaActivities.read(csv, path: "activities.csv")
        #expect(table.language == .german)
        #expect(table.rows.map(\.startTime) == [1_772_476_200, 1_772_348_400])
        #expect(table.rows.map(\.perceivedExertion).first == 8)
        #expect(table.rows.last?.distance == 1.93 && table.rows.last?.gear == "Schuh A")
        #expect(StravaActivities.sport(ofType: table.rows[0].type) == ("training", "strength_training"))
    }

    @Test(arguments: [
        ("id,date,type\n1,2,3\n", "activities.csv:1: header 'id,date,type' is not a Strava activities.csv header"),
        ("Aktivität,Datum\n", "activities.csv:1: header 'Aktivität,Datum' is not a Strava activities.csv header"),
    ])
    func foreignHeaderIsOneClearError(csv: String, prefix: String) {
        #expect(throws: StravaActivities.Failure.self) { try StravaActivities.read(Array(csv.utf8), path: "activities.csv") }
        do { _ = try StravaActivities.read(Array(csv.utf8), path: "activities.csv") } catch {
            #expect(error.description.hasPrefix(prefix), "\(error.description)")
        }
    }

    @Test func englishHeaderRepeatsTakeTheFirstOccurrence() throws {
        let csv = try Self.pythonCSV(header: Self.englishHeader, rows: [
            Self.row(["Activity ID": "1", "Activity Date": "Dec 31, 2025, 11:59:59 PM", "Activity Type": "Run",
                      "Elapsed Time": "100", "2:Elapsed Time": "999", "Distance": "1.5", "2:Distance": "1500.0",
                      "Max Heart Rate": "180", "2:Max Heart Rate": "1"]),
        ])
        let row = try #require(try StravaActivities.read(csv, path: "a.csv").rows.first)
        #expect(row.elapsedTime == 100 && row.distance == 1.5 && row.maxHeartRate == 180)
        #expect(row.startTime == 1_767_225_599)
    }

    // MARK: - Garmin Connect

    @Test func nonActivityFITFilesAreCountedQuietly() throws {
        var settings = FITRoundTripTests.syntheticActivity()
        settings.fileID = FITActivity.FileID(type: 2)
        let zip = try Self.pythonZip([Member(name: "a@garmin.fit", bytes: Self.fit),
                                      Member(name: "settings.fit", bytes: FITEncoder.encodeActivity(settings)),
                                      Member(name: "weight.fit", bytes: FITEncoder.encodeActivity(settings))])
        let outcome = ActivityImporter.importFile(data: zip, path: "UploadedFiles_0.zip", athlete: "a")
        #expect(outcome.activities.map(\.runID) == ["UploadedFiles_0.zip/a@garmin.fit"])
        #expect(outcome.warnings.filter { $0.contains("settings") || $0.contains("weight.fit") }
            == ["UploadedFiles_0.zip: 2 FIT files are not an activity (settings, monitoring, weight, …); not read"])
    }
}
