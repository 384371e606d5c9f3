import Foundation
import Testing

/// A TCX file in an athlete folder runs through `gaitpipe run` like a FIT file (issue 21): the
/// corpus's activity-small-fenix2-run written as Garmin Connect's TCX by tcx_reference.py (the SDK
/// says 9,008.22 m, running cadence 81 strides/min on average) beside sample FIT runs.
@Suite(.enabled(if: tcxReferenceCanWrite || ProcessInfo.processInfo.environment["CI"] == "true",
                "needs `make venv` and ../shared/fit-corpus"))
struct TCXRunTests {
    static let python = tcxReferencePython
    static let reference = tcxCorpusReference

    /// activity-small-fenix2-run.tcx, written into `directory`.
    static func writeTCX(into directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [TestSupport.packageRoot + "/Tests/FITCodecTests/tcx_reference.py", "write", reference, directory,
                             "activity-small-fenix2-run"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return directory + "/activity-small-fenix2-run.tcx"
    }

    @Test func aTCXFileIsARun() throws {
        let root = TestSupport.temporaryDirectory("tcx-run")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 2), toPath: root + "/ana")
        _ = try Self.writeTCX(into: root + "/ana")
        let out = TestSupport.temporaryDirectory("tcx-run-out")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", root, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let runs = try String(contentsOfFile: out + "/ana/runs.csv", encoding: .utf8).split(separator: "\n")
        let header = try #require(runs.first).split(separator: ",", omittingEmptySubsequences: false)
        let row = try #require(runs.first { $0.hasPrefix("ana,activity-small-fenix2-run.tcx,") })
            .split(separator: ",", omittingEmptySubsequences: false)
        func column(_ name: String) throws -> Substring { row[try #require(header.firstIndex(of: Substring(name)))] }
        #expect(try column("sport") == "running")
        #expect(try column("start_time") == "2015-08-15T14:45:09Z", "the first lap's StartTime")
        let distance = try #require(Double(try column("distance_m")))
        #expect(abs(distance - 9_008.22) <= 90, "distance \(distance) m, the SDK's session 9,008.22 m")
        // RunCadence is strides/min (the SDK's average 81): steps/min is twice it.
        let cadence = try #require(Double(try column("cadence_spm")))
        #expect(abs(cadence - 162) <= 6, "cadence \(cadence) steps/min")
    }

    /// Cut in the middle: used as far as it goes, a problem with its line, and --strict exits 3.
    @Test func aCutTCXIsAProblem() throws {
        let scratch = TestSupport.temporaryDirectory("tcx-cut-source")
        try TestSupport.expectACutXMLFileIsAProblem(try Data(contentsOf: URL(fileURLWithPath: try Self.writeTCX(into: scratch))), ext: "tcx")
    }
}

let tcxReferencePython = TestSupport.packageRoot + "/.venv/bin/python"
let tcxCorpusReference = TestSupport.packageRoot + "/../shared/fit-corpus/reference"
let tcxReferenceCanWrite = FileManager.default.isExecutableFile(atPath: tcxReferencePython)
    && FileManager.default.fileExists(atPath: tcxCorpusReference + "/activity-small-fenix2-run.json.gz")
