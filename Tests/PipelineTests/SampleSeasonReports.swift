import Foundation
import Testing

/// The sample season `make demo` shows (`gaitpipe synth` with its default seed: ana-ramp, ben-steady,
/// cleo-hills), run once per test process through the real pipeline and shared read-only by the
/// report suites (snapshot, browser).
enum SampleSeasonReports {
    static let athletes = ["ana-ramp", "ben-steady", "cleo-hills"]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static let result: Result<String, Failure> = {
        let dir = TestSupport.temporaryDirectory("demo-season")
        do {
            let synth = try TestSupport.gaitpipe(["synth", "--out", dir + "/season"])
            guard synth.status == 0 else { return .failure(Failure(description: "synth: \(synth.stderr)")) }
            let run = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml",
                                                "--input", dir + "/season", "--out", dir + "/out"])
            guard run.status == 0 else { return .failure(Failure(description: "run exited \(run.status): \(run.stderr)")) }
            return .success(dir + "/out")
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    /// The output folder of the run.
    static func output() throws -> String { try result.get() }

    /// `<out>/<athlete>/report.json` as JSON.
    static func report(_ athlete: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(try output())/\(athlete)/report.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Set to re-record the reviewed snapshots (report.json, PDF page counts) from this run.
    static var recording: Bool { ProcessInfo.processInfo.environment["GAITPIPE_RECORD_SNAPSHOTS"] == "1" }
}
