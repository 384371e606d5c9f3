import Foundation
import Testing

/// A GPX file in an athlete folder runs through `gaitpipe run` like a FIT file (issue 21): gpxpy's
/// Mojstrovka.gpx (184 points, gpxpy's length 2,700.6 m) beside a sample FIT run.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: gpxpyMojstrovka) || ProcessInfo.processInfo.environment["CI"] == "true",
                "needs `make venv` (gpxpy's test files)"))
struct GPXRunTests {
    static let file = gpxpyMojstrovka

    @Test func aGPXFileIsARun() throws {
        let root = TestSupport.temporaryDirectory("gpx-run")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 2), toPath: root + "/ana")
        try FileManager.default.copyItem(atPath: Self.file, toPath: root + "/ana/Mojstrovka.gpx")
        let out = TestSupport.temporaryDirectory("gpx-run-out")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", root, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  warning ana/Mojstrovka.gpx: the track names no type; read as running"), "\(r.stdout)")
        let runs = try String(contentsOfFile: out + "/ana/runs.csv", encoding: .utf8).split(separator: "\n")
        let row = try #require(runs.first { $0.hasPrefix("ana,Mojstrovka.gpx,") }).split(separator: ",")
        #expect(row[3] == "running")
        let distance = try #require(Double(row[4]))
        #expect(abs(distance - 2_700.6) <= 27, "distance \(distance) m, gpxpy 2,700.6 m")
    }

    /// Cut in the middle: used as far as it goes, a problem with its line, and --strict exits 3.
    @Test func aCutGPXIsAProblem() throws {
        try TestSupport.expectACutXMLFileIsAProblem(try Data(contentsOf: URL(fileURLWithPath: Self.file)), ext: "gpx")
    }
}

let gpxpyMojstrovka = TestSupport.packageRoot + "/.venv/gpxpy-test-files/Mojstrovka.gpx"
