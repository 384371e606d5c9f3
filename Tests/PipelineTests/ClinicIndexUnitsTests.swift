import Foundation
import Testing

/// The runner writes index.html in load-report's `units` (km or mi), like the reports themselves.
@Suite(.serialized) struct ClinicIndexUnitsTests {
    @Test(arguments: ["km", "mi"])
    func theIndexAndTheReportsUseTheReportStagesUnits(units: String) throws {
        let dir = TestSupport.temporaryDirectory("units-\(units)")
        let pipeline = try String(contentsOfFile: TestSupport.packageRoot + "/Pipelines/season.yaml", encoding: .utf8)
            .replacingOccurrences(of: "units: km", with: "units: \(units)")
        #expect(pipeline.contains("units: \(units)"))
        try pipeline.write(toFile: dir + "/season.yaml", atomically: true, encoding: .utf8)
        let input = try TestSupport.smallInput(files: 4)
        let r = try TestSupport.gaitpipe(["run", dir + "/season.yaml", "--input", input, "--out", dir + "/out"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let index = try String(contentsOfFile: dir + "/out/index.html", encoding: .utf8)
        #expect(index.contains("Last week (\(units))"))
        #expect(index.contains("weekly distance (\(units))"))
        let athlete = (input as NSString).lastPathComponent
        let report = try String(contentsOfFile: "\(dir)/out/\(athlete)/report.html", encoding: .utf8)
        #expect(report.contains("Weekly running distance (\(units)) with session spikes"))
    }
}
