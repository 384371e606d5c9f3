@testable import ActivityImport
import Foundation
import GaitModel
import Testing

/// TCX import against tcxreader 0.4.11 (issue 21), a reader nobody here wrote. tcxreader ships no
/// sample TCX, so tcx_reference.py writes one TCX per FIT corpus file from Garmin's SDK decoding of
/// it (Garmin Connect's layout: an Activity per session, laps, Trackpoints with the TPX extension)
/// into a temporary folder; tcxreader reads them back. Every trackpoint's time, position, altitude,
/// distance, heart rate, cadence, speed and power must be tcxreader's, in order; the laps' distance and
/// calories tcxreader's, their start, timer time and heart rate the SDK's; the sessions the SDK's.
@Suite(.enabled(if: (TCXReference.available && Corpus.exists) || ProcessInfo.processInfo.environment["CI"] == "true",
                "needs `make venv` (tcxreader) and ../shared/fit-corpus"))
struct TCXConformanceTests {
    /// Every reference decoding of the corpus; those without timestamped records write no TCX.
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Corpus.directory + "/reference")) ?? [])
        .filter { $0.hasSuffix(".json.gz") }.map { String($0.dropLast(".json.gz".count)) }.sorted()

    @Test func theCorpusWritesTCXFiles() throws {
        let generated = try TCXReference.generated.get()
        #expect(generated.written.count >= 35, "\(generated.written.keys.sorted())")
        #expect(generated.read.count == generated.written.count)
    }

    @Test(arguments: names)
    func trackpointsAgreeWithTcxreader(_ name: String) throws {
        let generated = try TCXReference.generated.get()
        guard let written = generated.written[name + ".tcx"] else { return }  // no timestamped records
        let reference = try #require(generated.read[name + ".tcx"])
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: generated.directory + "/\(name).tcx")))
        let file = try ActivityImporter.readTCX(data).get()
        #expect(file.damage == nil)

        // Sessions as written from the SDK's; tcxreader keeps the last Activity's Sport.
        try #require(file.activities.count == written.count, "\(file.activities.count) activities, written \(written.count)")
        #expect(file.activities.map(\.sport) == written.map { $0["tcx_sport"] as? String })
        #expect(reference.activityType == written.last?["tcx_sport"] as? String)

        // Every trackpoint, in file order across activities and laps.
        let ours = file.activities.flatMap(\.points)
        try #require(ours.count == reference.points.count, "\(ours.count) points, tcxreader \(reference.points.count)")
        for (i, (p, r)) in zip(ours, reference.points).enumerated() {
            #expect(p.time == TCXReference.number(r["time"]).map { Int64($0.rounded(.down)) }, "point \(i): time")
            let tpx = r["tpx"] as? [String: Any] ?? [:]
            for (label, value, expected) in [("lat", p.latitude, r["lat"]), ("lon", p.longitude, r["lon"]), ("alt", p.altitude, r["alt"]),
                                             ("distance", p.distance, r["distance"]), ("hr", p.heartRate, r["hr"]),
                                             ("cadence", p.cadence, r["cadence"]), ("Speed", p.speed, tpx["Speed"]),
                                             ("RunCadence", p.runCadence, tpx["RunCadence"]), ("Watts", p.power, tpx["Watts"])] {
                let want = TCXReference.number(expected)
                #expect(want.map { $0 == value } ?? value.isNaN, "point \(i): \(label) \(value), tcxreader \(String(describing: want))")
            }
        }

        // Laps: tcxreader's distance and calories (0 where the lap has none); the SDK's start,
        // timer time and average heart rate, which tcxreader does not read.
        let laps = file.activities.flatMap(\.laps)
        let writtenLaps = written.flatMap { $0["laps"] as? [[String: Any]] ?? [] }
        try #require(laps.count == reference.laps.count && laps.count == writtenLaps.count,
                     "\(laps.count) laps, tcxreader \(reference.laps.count), written \(writtenLaps.count)")
        for (i, (lap, (r, w))) in zip(laps, zip(reference.laps, writtenLaps)).enumerated() {
            #expect((lap.distance.isNaN ? 0 : lap.distance) == TCXReference.number(r["distance"]), "lap \(i): distance")
            #expect((lap.calories.isNaN ? 0 : lap.calories) == TCXReference.number(r["calories"]), "lap \(i): calories")
            #expect(lap.startTime.map(Double.init) == TCXReference.number(w["start"]), "lap \(i): StartTime")
            #expect(lap.totalTime == TCXReference.number(w["timer"]), "lap \(i): TotalTimeSeconds")
            #expect(TCXReference.number(w["avg_hr"]).map { $0 == lap.averageHeartRate } ?? lap.averageHeartRate.isNaN, "lap \(i): hr")
        }

        // What a run becomes: one Activity per session, samples for the runs with cadence in steps/min.
        let outcome = ActivityImporter.importFile(data: data, path: "\(name).tcx", athlete: "a")
        try #require(outcome.activities.count == written.count, "\(outcome.skippedReason ?? "")")
        let runs = written.count { $0["sport"] as? String == "running" }
        var n = 0
        var offset = 0
        for (activity, w) in zip(outcome.activities, written) {
            let points = (w["laps"] as? [[String: Any]] ?? []).reduce(0) { $0 + (TCXReference.number($1["points"]).map(Int.init) ?? 0) }
            defer { offset += points }
            let sdkSport = w["sport"] as? String
            #expect(activity.sport == (["running", "cycling"].contains(sdkSport) ? sdkSport : "other"))
            #expect(activity.startTime == TCXReference.number(w["start"]).map { Int64($0) }
                    || activity.startTime == TCXReference.number((w["laps"] as? [[String: Any]])?.first?["start"]).map { Int64($0) })
            guard activity.isRunning else {
                // Sport="Other": a warning the stage shows, naming the session in a multi-session file.
                let note = "\(written.count > 1 ? activity.runID : "\(name).tcx"): Sport=\"Other\" names no sport; read as other"
                #expect(activity.samples.count == 0)
                #expect(outcome.warnings.contains(note) == (sdkSport != "cycling"), "\(outcome.warnings)")
                continue
            }
            n += 1
            #expect(activity.runID == (runs > 1 ? "\(name).tcx#\(n)" : "\(name).tcx"))
            let s = activity.samples
            try #require(s.count == points, "\(s.count) samples, \(points) trackpoints written")
            for i in 0..<points {
                let r = reference.points[offset + i]
                let strides = TCXReference.number((r["tpx"] as? [String: Any])?["RunCadence"])
                // Garmin's running cadence is strides/min: steps/min is twice it (DOMAIN.md).
                #expect(strides.map { 2 * $0 == s.cadence[i] } ?? s.cadence[i].isNaN, "sample \(i): cadence")
                #expect(TCXReference.number(r["distance"]).map { $0 == s.distance[i] } ?? s.distance[i].isNaN, "sample \(i): distance")
                #expect(TCXReference.number(r["hr"]).map { $0 == s.heartRate[i] } ?? s.heartRate[i].isNaN, "sample \(i): hr")
            }
        }
    }

    /// A TCX cut in the middle (a sync that broke off) is used as far as it goes, as a truncated
    /// FIT is: the points before the cut are tcxreader's first points of the whole file, and the
    /// damage is a problem with its line.
    @Test func aCutFileKeepsItsFirstPoints() throws {
        let generated = try TCXReference.generated.get()
        let reference = try #require(generated.read["activity-small-fenix2-run.tcx"])
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: generated.directory + "/activity-small-fenix2-run.tcx")))
        let cut = Array(whole.prefix(whole.count / 2))
        let outcome = ActivityImporter.importFile(data: cut, path: "cut.tcx", athlete: "a")
        let s = try #require(outcome.activities.first).samples
        #expect(s.count > 1000 && s.count < reference.points.count)
        for (i, p) in reference.points.prefix(s.count).enumerated() {
            #expect(s.timestamp[i] == TCXReference.number(p["time"]).map { Int64($0.rounded(.down)) })
        }
        // One Trackpoint per line: the line libxml2 stopped at is the last line of the cut bytes.
        let line = cut.count { $0 == 0x0A } + 1
        #expect(outcome.problems == ["cut.tcx:\(line): malformed XML; kept the \(s.count) track points before it"], "\(outcome.problems)")
        #expect(outcome.activities.first?.damaged == true)
        // Cut before the first Trackpoint: nothing to keep, so the file is skipped with its line.
        let head = ActivityImporter.importFile(data: Array(whole.prefix(300)), path: "head.tcx", athlete: "a")
        #expect(head.activities.isEmpty && head.skippedReason?.hasPrefix("head.tcx:") == true
                && head.skippedReason?.hasSuffix(": malformed XML") == true, "\(head.skippedReason ?? "")")
    }

    /// Whitespace before `<?xml` (Strava), another namespace prefix for the extension, gzip: the
    /// same samples as the plain file.
    @Test func whitespacePrefixesAndGzipReadTheSame() throws {
        let generated = try TCXReference.generated.get()
        let path = generated.directory + "/garmin-fenix-5-run.tcx"
        let plain = try String(contentsOfFile: path, encoding: .utf8)
        let expected = try #require(ActivityImporter.importFile(data: Array(plain.utf8), path: "r.tcx", athlete: "a").activities.first)
        #expect(expected.samples.count == 21)
        let variant = "\r\n  " + plain.replacingOccurrences(of: "ns3:", with: "ax:").replacingOccurrences(of: "xmlns:ns3", with: "xmlns:ax")
        #expect(variant.contains("<ax:RunCadence>"))
        let gz = generated.directory + "/variant.tcx.gz"
        try variant.write(toFile: generated.directory + "/variant.tcx", atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-kf", generated.directory + "/variant.tcx"]
        try gzip.run()
        gzip.waitUntilExit()
        let outcome = ActivityImporter.importFile(data: [UInt8](try Data(contentsOf: URL(fileURLWithPath: gz))), path: "r.tcx.gz", athlete: "a")
        let activity = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")")
        #expect(activity.samples == expected.samples && activity.laps == expected.laps)
    }

    @Test func anotherRootElementIsNotTCX() {
        let outcome = ActivityImporter.importFile(data: Array("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"></gpx>".utf8),
                                                  path: "x.tcx", athlete: "a")
        #expect(outcome.skippedReason == "x.tcx:2: the root element is <gpx>, not <TrainingCenterDatabase>")
    }
}

/// tcx_reference.py in the test venv: the TCX files it writes from the corpus's reference
/// decodings, what it wrote (from the SDK's sessions and laps) and what tcxreader reads back.
enum TCXReference {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let python = root + "/.venv/bin/python"
    static let script = root + "/Tests/FITCodecTests/tcx_reference.py"
    static let available = FileManager.default.isExecutableFile(atPath: python)
        && FileManager.default.fileExists(atPath: root + "/.venv/lib") && hasTcxreader

    private static var hasTcxreader: Bool {
        (try? run(["-c", "import tcxreader"])) != nil
    }

    struct Read {
        var activityType: String?
        var points: [[String: Any]]
        var laps: [[String: Any]]
    }

    struct Generated {
        var directory: String
        /// Per file name: the activities written, each `{sport, tcx_sport, start, laps: [{start, timer, distance, calories, avg_hr, points}]}`.
        var written: [String: [[String: Any]]]
        var read: [String: Read]
    }

    /// Written once per test process, into a temporary folder (never into the repository).
    /// nonisolated(unsafe): JSON values are not Sendable; this is only read after its one lazy initialisation.
    nonisolated(unsafe) static let generated: Result<Generated, any Error> = Result {
        let directory = NSTemporaryDirectory() + "tcx-conformance-\(getpid())"
        let written = try JSONSerialization.jsonObject(with: try run([script, "write", Corpus.directory + "/reference", directory]))
            as? [String: [[String: Any]]] ?? [:]
        let paths = written.keys.sorted().map { directory + "/" + $0 }
        let read = try JSONSerialization.jsonObject(with: try run([script, "read"] + paths)) as? [String: [String: Any]] ?? [:]
        return Generated(directory: directory, written: written, read: read.mapValues {
            Read(activityType: $0["activity_type"] as? String, points: $0["points"] as? [[String: Any]] ?? [],
                 laps: $0["laps"] as? [[String: Any]] ?? [])
        })
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(python) \(arguments.prefix(2).joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return data
    }

    /// A JSON number (floats come as their exact text), nil for null or absent.
    static func number(_ value: Any?) -> Double? {
        if let text = value as? String { return Double(text) }
        guard let n = value as? NSNumber, !(value is NSNull) else { return nil }
        return n.doubleValue
    }
}
