import ActivityImport
import Foundation
import GaitMetrics
import GaitModel
import Testing

/// `../shared/fit-corpus` relative to the package root (Tests/GaitMetricsTests/ is two levels down).
enum GaitCorpus {
    static let directory: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/fit-corpus").standardized.path
    static let exists = FileManager.default.fileExists(atPath: directory + "/sample_mulitple_header.fit")
}

/// Per-run means from records against the session averages the watch wrote (issue 4, "Real files"),
/// on `../shared/fit-corpus` beside the package root; skipped with a message when it is absent.
// In CI the corpus is always there (shared/ beside the clone): a missing one fails there, never skips.
@Suite(.enabled(if: GaitCorpus.exists || ProcessInfo.processInfo.environment["CI"] == "true",
                "../shared/fit-corpus is absent: real-file checks skipped"))
struct RealFileTests {
    static let corpus = GaitCorpus.directory
    static let params = ResolvedParams(specs: RunMetricsCalculator.paramSpecs, given: [:])

    /// Session averages as Garmin's SDK decodes them (reference/*.json.gz in the corpus).
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var cadenceSPM: Double
        var gctMS: Double
        var oscillationMM: Double
        var stepLengthMM: Double?
        /// Relative tolerance for cadence, GCT and oscillation; step length gets `stepTolerance`.
        var tolerance: Double
        var stepTolerance: Double
        var description: String { file }
    }

    static let cases = [
        // Triathlon run leg, 1 s recording: avg_running_cadence 83 + 0.515625 strides/min.
        Expected(file: "sample_mulitple_header.fit", cadenceSPM: 2 * 83.515625, gctMS: 252.0, oscillationMM: 101.4,
                 stepLengthMM: 1238.0, tolerance: 0.01, stepTolerance: 0.02),
        // Smart recording: the watch averages over its own samples; 5 %.
        Expected(file: "garmin-fenix-5-run.fit", cadenceSPM: 2 * 83.671875, gctMS: 270.3, oscillationMM: 76.2,
                 stepLengthMM: 971.7, tolerance: 0.05, stepTolerance: 0.05),
        Expected(file: "activity-small-fenix2-run.fit", cadenceSPM: 2 * 81, gctMS: 252.0, oscillationMM: 106.2,
                 stepLengthMM: nil, tolerance: 0.05, stepTolerance: 0.05),
    ]

    static func runLeg(_ bytes: [UInt8], path: String) throws -> Activity {
        let outcome = ActivityImporter.importFile(data: bytes, path: path, athlete: "corpus")
        return try #require(outcome.activities.first { $0.isRunning && $0.samples.count > 10 }, "\(path): no running activity")
    }

    @Test(arguments: cases)
    func meansAgreeWithTheWatchSessionAverages(expected: Expected) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.corpus + "/" + expected.file)))
        let m = RunMetricsCalculator.metrics(for: try Self.runLeg(bytes, path: expected.file), params: Self.params)
        func check(_ name: String, _ value: Double?, _ reference: Double, _ tolerance: Double) {
            guard let value else {
                Issue.record("\(expected.file): no \(name)")
                return
            }
            let difference = (value - reference) / reference
            print(String(format: "%@ %@: records %.1f, session %.1f, difference %+.2f %%", expected.file, name, value,
                         reference, 100 * difference))
            #expect(abs(difference) <= tolerance, "\(expected.file) \(name): \(value) vs \(reference)")
        }
        check("cadence_spm", m.cadenceSPM, expected.cadenceSPM, expected.tolerance)
        check("gct_ms", m.gctMS, expected.gctMS, expected.tolerance)
        check("vertical_oscillation_mm", m.verticalOscillationMM, expected.oscillationMM, expected.tolerance)
        if let step = expected.stepLengthMM { check("step_length_mm", m.stepLengthM.map { $0 * 1000 }, step, expected.stepTolerance) }
    }

    /// Metrics come from records, never copied from summaries: without session and lap messages the
    /// same records give the same metrics.
    @Test(arguments: ["garmin-fenix-5-run.fit", "activity-small-fenix2-run.fit", "sample_mulitple_header.fit"])
    func sessionAndLapMessagesDoNotMatter(file: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.corpus + "/" + file)))
        // Session, lap and sport messages out; one bare "sport: running" in, since without any of
        // them a file does not say which records are the run (the triathlon) or that it is one (fenix2).
        let stripped = try #require(FITMessageStripper.strip(bytes, globals: [12, 18, 19], runningSport: true),
                                    "\(file): could not strip")
        #expect(stripped.count < bytes.count)
        let original = try Self.runLeg(bytes, path: file)
        // Without sessions a multisport file is one activity of all legs: keep the run leg's records.
        var bare = try #require(ActivityImporter.importFile(data: stripped, path: file, athlete: "corpus").activities.first)
        #expect(bare.isRunning)
        let range = (original.samples.timestamp.first ?? 0)...(original.samples.timestamp.last ?? 0)
        let keep = bare.samples.timestamp.indices.filter { range.contains(bare.samples.timestamp[$0]) }
        bare.samples.timestamp = keep.map { bare.samples.timestamp[$0] }
        for column in SampleColumns.doubleColumns {
            let values = bare.samples[keyPath: column]
            bare.samples[keyPath: column] = keep.map { values[$0] }
        }
        #expect(bare.samples.count == original.samples.count)
        let a = RunMetricsCalculator.metrics(for: original, params: Self.params)
        let b = RunMetricsCalculator.metrics(for: bare, params: Self.params)
        #expect(a.cadenceSPM == b.cadenceSPM && a.gctMS == b.gctMS && a.stepLengthM == b.stepLengthM)
        #expect(a.verticalOscillationMM == b.verticalOscillationMM && a.ascentM == b.ascentM && a.distanceM == b.distanceM)
        #expect(a.speedBins == b.speedBins && a.trimp == b.trimp)
    }
}
