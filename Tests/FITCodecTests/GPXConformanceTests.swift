import ActivityImport
import Foundation
import GaitModel
import Testing

/// GPX import against gpxpy (issue 21), a reader nobody here wrote: every GPX file gpxpy's source
/// distribution ships (`make venv` unpacks them into .venv/gpxpy-test-files) and a Garmin-style
/// track with heart rate and cadence extensions. gpxpy's points with a time must be ours, in order,
/// with the same position, elevation and second; the distance is within 1 % of gpxpy's length_2d
/// (gpxpy sums a flat-earth approximation between points, we a haversine).
@Suite(.enabled(if: GPXReference.available || ProcessInfo.processInfo.environment["CI"] == "true",
                "needs `make venv` (gpxpy and its test files)"))
struct GPXConformanceTests {
    static let files: [String] = (try? FileManager.default.contentsOfDirectory(atPath: GPXReference.directory))?
        .filter { $0.hasSuffix(".gpx") }.sorted() ?? []

    @Test func gpxpysFilesAreThere() {
        #expect(Self.files.count >= 25, "\(GPXReference.directory): \(Self.files)")
    }

    @Test(arguments: files)
    func pointsAgreeWithGpxpy(_ name: String) throws {
        let path = GPXReference.directory + "/" + name
        let reference = try #require(try GPXReference.read([path])[name])
        let timed = reference.points.filter { $0["time"] is NSNumber }
        let outcome = ActivityImporter.importFile(data: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))),
                                                  path: name, athlete: "a")
        guard !timed.isEmpty else {
            #expect(outcome.skippedReason != nil, "gpxpy reads no timed track point: skipped with a reason")
            return
        }
        let activity = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")")
        let s = activity.samples
        // A track whose type is not a run ("t", "jkljkl" in gpxpy's files) is a session without samples.
        guard activity.isRunning else {
            #expect(activity.sport == (reference.type ?? "") && s.timestamp.isEmpty, "\(activity.sport)")
            return
        }
        try #require(s.timestamp.count == timed.count, "\(s.timestamp.count) points, gpxpy \(timed.count)")
        for (i, p) in timed.enumerated() {
            let time = (p["time"] as? NSNumber)?.doubleValue ?? .nan
            #expect(s.timestamp[i] == Int64(time.rounded(.down)), "point \(i): time")
            #expect(abs(s.latitude[i] - ((p["lat"] as? NSNumber)?.doubleValue ?? .nan)) < 1e-9, "point \(i): lat")
            #expect(abs(s.longitude[i] - ((p["lon"] as? NSNumber)?.doubleValue ?? .nan)) < 1e-9, "point \(i): lon")
            if let ele = (p["ele"] as? NSNumber)?.doubleValue {
                #expect(abs(s.altitude[i] - ele) < 1e-9, "point \(i): ele")
            } else {
                #expect(s.altitude[i].isNaN, "point \(i): no ele")
            }
        }
        if timed.count == reference.points.count, reference.length > 10 {
            let ours = s.distance.last ?? 0
            #expect(abs(ours - reference.length) <= 0.01 * reference.length, "distance \(ours) m, gpxpy \(reference.length) m")
        }
    }

    /// A GPX cut in the middle (a sync that broke off) is used as far as it goes, as a truncated FIT
    /// is: the points before the cut are gpxpy's first points of the whole file, and the damage is
    /// a problem (the runner counts it; --strict fails).
    @Test func aCutFileKeepsItsFirstPoints() throws {
        let path = GPXReference.directory + "/Mojstrovka.gpx"
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let reference = try #require(try GPXReference.read([path])["Mojstrovka.gpx"])
        let outcome = ActivityImporter.importFile(data: Array(whole.prefix(whole.count / 2)), path: "cut.gpx", athlete: "a")
        let s = try #require(outcome.activities.first).samples
        #expect(s.timestamp.count > 10 && s.timestamp.count < reference.points.count)
        for (i, p) in reference.points.prefix(s.timestamp.count).enumerated() {
            #expect(s.timestamp[i] == Int64(((p["time"] as? NSNumber)?.doubleValue ?? .nan).rounded(.down)))
        }
        #expect(outcome.problems.count == 1 && outcome.problems[0].hasPrefix("cut.gpx:")
                && outcome.problems[0].contains(": malformed XML; kept the \(s.timestamp.count) track points before it"),
                "\(outcome.problems)")
        #expect(outcome.activities.first?.damaged == true)
    }

    /// A Garmin-style running track (TrackPointExtension hr and cad in strides/min, a power
    /// extension), with whitespace before `<?xml` as Strava writes it.
    @Test func extensionsAgreeWithGpxpy() throws {
        var gpx = "\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" "
            + "xmlns=\"http://www.topografix.com/GPX/1/1\" "
            + "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
            + "<trk><name>Morning Run</name><type>running</type><trkseg>\n"
        for i in 0..<120 {
            gpx += "<trkpt lat=\"\(46.0 + Double(i) * 0.00003)\" lon=\"14.5\"><ele>\(300 + i % 7)</ele>"
                + "<time>2026-03-03T07:\(String(format: "%02d", i / 60)):\(String(format: "%02d", i % 60))Z</time>"
                + "<extensions><power>\(200 + i % 5)</power><gpxtpx:TrackPointExtension><gpxtpx:hr>\(140 + i % 9)</gpxtpx:hr>"
                + "<gpxtpx:cad>\(84 + i % 3)</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n"
        }
        gpx += "</trkseg></trk></gpx>\n"
        let dir = NSTemporaryDirectory() + "gpx-ext-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/run.gpx"
        // gpxpy, like every strict parser, rejects the leading whitespace: it reads the trimmed file.
        try gpx.trimmingCharacters(in: .whitespacesAndNewlines).write(toFile: path, atomically: true, encoding: .utf8)
        let reference = try #require(try GPXReference.read([path])["run.gpx"])
        let outcome = ActivityImporter.importFile(data: Array(gpx.utf8), path: "run.gpx", athlete: "a")
        let activity = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")")
        #expect(activity.sport == "running" && outcome.warnings.isEmpty)
        let s = activity.samples
        try #require(s.timestamp.count == reference.points.count)
        for (i, p) in reference.points.enumerated() {
            #expect(s.heartRate[i] == (p["hr"] as? NSNumber)?.doubleValue, "point \(i): hr")
            #expect(s.power[i] == (p["power"] as? NSNumber)?.doubleValue, "point \(i): power")
            // Strides/min as Garmin writes running cadence in GPX, doubled to steps/min (DOMAIN.md).
            #expect(s.cadence[i] == 2 * ((p["cad"] as? NSNumber)?.doubleValue ?? .nan), "point \(i): cad")
        }
        #expect(abs((s.distance.last ?? 0) - reference.length) <= 0.01 * reference.length)
    }
}

/// gpxpy's reading of GPX files (Tests/FITCodecTests/gpx_reference.py in the test venv).
enum GPXReference {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let python = root + "/.venv/bin/python"
    static let directory = root + "/.venv/gpxpy-test-files"
    static let available = FileManager.default.isExecutableFile(atPath: python)
        && FileManager.default.fileExists(atPath: directory)

    struct File {
        var points: [[String: Any]]
        var length: Double
        var type: String?
    }

    static func read(_ paths: [String]) throws -> [String: File] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root + "/Tests/FITCodecTests/gpx_reference.py"] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let json = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] ?? [:]
        return json.mapValues { File(points: $0["points"] as? [[String: Any]] ?? [],
                                     length: ($0["length_2d"] as? NSNumber)?.doubleValue ?? 0, type: $0["type"] as? String) }
    }
}
