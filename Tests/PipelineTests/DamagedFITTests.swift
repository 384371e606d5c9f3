import Foundation
import Testing

/// A damaged FIT in a season is used as far as it can be, and says so where the user looks: a
/// problem in athlete files on the console, in summary.json and index.html, in the athlete's report,
/// and `--strict` exits 3 — from a cached answer too (issue 16).
@Suite(.serialized) struct DamagedFITTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Damages the bytes of a whole FIT file.
        var damage: @Sendable ([UInt8]) -> [UInt8]
        /// What the console, summary.json and report say, given the whole file's size (a pattern:
        /// `N` stands for any number).
        var expected: @Sendable (_ size: Int) -> String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "truncated FIT", damage: { Array($0.prefix($0.count / 3)) },
             expected: { size in "salvaged N of \(size) bytes (N messages): " }),
        Case(name: "a flipped byte in the middle", damage: { bytes in
            var b = bytes
            b[b.count / 2] ^= 0xFF
            return b
        }, expected: { size in "CRC mismatch over bytes 0–\(size - 3): the file was changed after it was written" }),
    ]

    @Test(arguments: cases)
    func isUsedAndReported(_ c: Case) throws {
        let root = TestSupport.temporaryDirectory("damaged")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 3), toPath: root + "/ana")
        let fit = try FileManager.default.contentsOfDirectory(atPath: root + "/ana").filter { $0.hasSuffix(".fit") }.sorted()[1]
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/ana/" + fit)))
        try Data(c.damage(whole)).write(to: URL(fileURLWithPath: root + "/ana/" + fit))
        let out = TestSupport.temporaryDirectory("damaged-out")
        let cache = TestSupport.temporaryDirectory("damaged-cache")
        let pattern = try Regex(NSRegularExpression.escapedPattern(for: c.expected(whole.count))
            .replacingOccurrences(of: "N", with: "[0-9]+"))
        // A problem in an athlete file, counted: the first run computes it, the second answers it
        // from the result cache, and says it just the same.
        for (n, folder) in [out, out + "-again"].enumerated() {
            let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", root,
                                              "--out", folder, "--strict", "--cache-dir", cache])
            #expect(r.status == 3, "--strict: a damaged file is a problem (run \(n + 1)); stderr: \(r.stderr)")
            #expect(r.stdout.contains(", 1 problem in athlete files"), "stdout: \(r.stdout)")
            let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("  problem ana/\(fit): ") && $0.contains(pattern) }
            #expect(line != nil, "run \(n + 1), stdout: \(r.stdout)")
            #expect(!r.stdout.split(separator: "\n").contains { $0.hasPrefix("  warning ") && $0.contains(pattern) },
                    "a problem, not also a warning")
        }
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", root, "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("  problem ana/\(fit): ") && $0.contains(pattern) }
        let expected = String(line.flatMap { $0.firstMatch(of: pattern).map { String($0.output[0].substring ?? "") } } ?? "")
        #expect(line != nil, "stdout: \(r.stdout)")
        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        #expect(!expected.isEmpty && summary.contains(expected), "summary.json: \(summary)")
        #expect(summary.contains("\"athlete_file_problems\" : [\n    {\n      \"path\" : \"ana\\/\(fit)\""), "summary.json: \(summary)")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(!expected.isEmpty && index.contains(expected), "index.html lists it")
        let report = try String(contentsOfFile: out + "/ana/report.html", encoding: .utf8)
        #expect(!expected.isEmpty && report.contains(expected), "the report's data quality says it")
        let runs = try String(contentsOfFile: out + "/ana/runs.csv", encoding: .utf8)
        #expect(runs.contains(fit), "the run is kept")
    }
}
