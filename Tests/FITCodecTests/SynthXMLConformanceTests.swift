@testable import ActivityImport
import Foundation
import GaitModel
@testable import SeasonSynth
import Testing

/// GPX and TCX as the synthesizer writes them (Strava's GPX, Garmin Connect's TCX; the exports use
/// them) read by gpxpy and tcxreader, readers nobody here wrote, and by activity-import: every
/// point's time, position, elevation, heart rate, cadence (doubled to steps/min for a run), power,
/// TCX distance and speed, and the TCX laps, must be theirs.
@Suite(.enabled(if: (GPXReference.available && TCXReference.available) || ProcessInfo.processInfo.environment["CI"] == "true",
                "needs `make venv` (gpxpy, tcxreader)"))
struct SynthXMLConformanceTests {
    /// An easy flat run, a tempo run on rolling hills, hill sprints: one synthesized athlete.
    static func runs() -> [(name: String, samples: [SimulatedSample])] {
        var rng = SplitMix64(seed: 21)
        let athlete = SeasonAthlete.cast(count: 1, rng: &rng)[0]
        let plans: [(String, Route.Kind, Workout, Double)] = [
            ("easy", .flat, .easy, 6_000), ("tempo", .rolling, .tempo, 9_000), ("hills", .hillRepeats(repeats: 6), .hillSprints, 7_000),
        ]
        return plans.enumerated().map { i, plan in
            let simulator = RunSimulator(athlete: athlete, route: Route(kind: plan.1, length: plan.3, rng: &rng),
                                         workout: plan.2, easySpeed: 3.0, walkBreakAt: nil)
            return (plan.0, simulator.samples(start: 1_772_438_400 + Int64(i) * 86_400, distance: plan.3, rng: &rng))
        }
    }

    /// The reader's value, or its absence where ours is missing (NaN).
    static func same(_ reference: Double?, _ ours: Double) -> Bool { reference.map { $0 == ours } ?? ours.isNaN }

    static func write() throws -> (directory: String, runs: [String]) {
        let directory = NSTemporaryDirectory() + "synth-xml-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var names: [String] = []
        for run in runs() {
            try Data(SessionXMLWriter.gpx(run.samples, name: "Morning Run")).write(to: URL(fileURLWithPath: "\(directory)/\(run.name).gpx"))
            try Data(SessionXMLWriter.tcx(run.samples)).write(to: URL(fileURLWithPath: "\(directory)/\(run.name).tcx"))
            names.append(run.name)
        }
        return (directory, names)
    }

    @Test func gpxAgreesWithGpxpy() throws {
        let (directory, names) = try Self.write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let reference = try GPXReference.read(names.map { "\(directory)/\($0).gpx" })
        for name in names {
            let file = try #require(reference["\(directory)/\(name).gpx"] ?? reference["\(name).gpx"], "gpxpy read \(name).gpx")
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name).gpx")))
            let outcome = ActivityImporter.importFile(data: data, path: "\(name).gpx", athlete: "a")
            let activity = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")")
            #expect(activity.isRunning && outcome.problems.isEmpty)
            let s = activity.samples
            try #require(s.timestamp.count == file.points.count && file.points.count > 1000, "\(name): \(s.timestamp.count) points, gpxpy \(file.points.count)")
            for key in ["ele", "hr", "cad", "power"] {
                #expect(file.points.count { $0[key] is NSNumber } > 1000, "\(name): gpxpy finds \(key) in the points")
            }
            for (i, p) in file.points.enumerated() {
                func value(_ key: String) -> Double? { (p[key] as? NSNumber)?.doubleValue }
                #expect(s.timestamp[i] == value("time").map { Int64($0.rounded(.down)) }, "\(name) point \(i): time")
                #expect(Self.same(value("lat"), s.latitude[i]) && Self.same(value("lon"), s.longitude[i])
                        && Self.same(value("ele"), s.altitude[i]), "\(name) point \(i): position")
                #expect(Self.same(value("hr"), s.heartRate[i]), "\(name) point \(i): hr")
                // Garmin's gpxtpx:cad for running is strides/min; steps/min is twice it (DOMAIN.md).
                #expect(Self.same(value("cad").map { 2 * $0 }, s.cadence[i]), "\(name) point \(i): cadence")
                #expect(Self.same(value("power"), s.power[i]), "\(name) point \(i): power")
            }
            let ours = s.distance.last ?? 0
            #expect(abs(ours - file.length) <= 0.01 * file.length, "\(name): distance \(ours) m, gpxpy \(file.length) m")
        }
    }

    @Test func tcxAgreesWithTcxreader() throws {
        let (directory, names) = try Self.write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let read = try JSONSerialization.jsonObject(with: try TCXReference.run([TCXReference.script, "read"] + names.map { "\(directory)/\($0).tcx" }))
            as? [String: [String: Any]] ?? [:]
        for name in names {
            let reference = try #require(read["\(directory)/\(name).tcx"] ?? read["\(name).tcx"], "tcxreader read \(name).tcx")
            let points = reference["points"] as? [[String: Any]] ?? []
            let laps = reference["laps"] as? [[String: Any]] ?? []
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name).tcx")))
            let file = try ActivityImporter.readTCX(data).get()
            let ours = file.activities.flatMap(\.points)
            try #require(ours.count == points.count && points.count > 1000, "\(name): \(ours.count) points, tcxreader \(points.count)")
            for key in ["Speed", "RunCadence", "Watts"] {
                #expect(points.count { ($0["tpx"] as? [String: Any])?[key] != nil } > 1000, "\(name): tcxreader finds \(key)")
            }
            #expect(points.count { TCXReference.number($0["hr"]) != nil && TCXReference.number($0["distance"]) != nil } > 1000)
            for (i, (p, r)) in zip(ours, points).enumerated() {
                #expect(p.time == TCXReference.number(r["time"]).map { Int64($0.rounded(.down)) }, "\(name) point \(i): time")
                let tpx = r["tpx"] as? [String: Any] ?? [:]
                for (label, value, expected) in [("lat", p.latitude, r["lat"]), ("lon", p.longitude, r["lon"]), ("alt", p.altitude, r["alt"]),
                                                 ("distance", p.distance, r["distance"]), ("hr", p.heartRate, r["hr"]),
                                                 ("Speed", p.speed, tpx["Speed"]), ("RunCadence", p.runCadence, tpx["RunCadence"]),
                                                 ("Watts", p.power, tpx["Watts"])] {
                    #expect(Self.same(TCXReference.number(expected), value), "\(name) point \(i): \(label) \(value)")
                }
            }
            let ourLaps = file.activities.flatMap(\.laps)
            try #require(ourLaps.count == laps.count && laps.count >= 6, "\(name): \(ourLaps.count) laps, tcxreader \(laps.count)")
            for (i, (lap, r)) in zip(ourLaps, laps).enumerated() {
                #expect(lap.distance == TCXReference.number(r["distance"]) && lap.calories == TCXReference.number(r["calories"]),
                        "\(name) lap \(i)")
            }
            // The run as activity-import makes it: its samples are tcxreader's points, cadence doubled.
            let outcome = ActivityImporter.importFile(data: data, path: "\(name).tcx", athlete: "a")
            let s = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")").samples
            #expect(s.timestamp.count == points.count)
            for (i, r) in points.enumerated() {
                let strides = TCXReference.number((r["tpx"] as? [String: Any])?["RunCadence"])
                #expect(Self.same(strides.map { 2 * $0 }, s.cadence[i]) && Self.same(TCXReference.number(r["distance"]), s.distance[i]),
                        "\(name) sample \(i)")
            }
        }
    }
}
