import ActivityImport
import FITCodec
import Foundation
import GaitModel
import Testing

/// Compressed inputs and the corpus's CSV shapes.
struct ImportFormatTests {
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    @Test func gzippedFITImportsLikeThePlainFile() throws {
        let plain = FITEncoder.encodeActivity(FITRoundTripTests.syntheticActivity())
        let a = ActivityImporter.importFile(data: plain, path: "r.fit", athlete: "a")
        let b = ActivityImporter.importFile(data: try Self.gzip(plain), path: "r.fit.gz", athlete: "a")
        #expect(b.skippedReason == nil)
        #expect(a.activities.first?.samples == b.activities.first?.samples)
    }

    @Test func corruptGzipIsSkippedNamingTheFile() throws {
        var bytes = try Self.gzip(FITEncoder.encodeActivity(FITRoundTripTests.syntheticActivity()))
        bytes.removeLast(bytes.count / 2)
        let outcome = ActivityImporter.importFile(data: bytes, path: "cut.fit.gz", athlete: "a")
        #expect(outcome.skippedReason?.hasPrefix("cut.fit.gz: compressed data") == true, "\(outcome.skippedReason ?? "")")
    }

    @Test func strictCRCMakesAMismatchAnError() {
        var bytes = FITEncoder.encodeActivity(FITRoundTripTests.syntheticActivity())
        bytes[bytes.count - 1] ^= 0xFF
        #expect(ActivityImporter.importFile(data: bytes, path: "c.fit", athlete: "a").skippedReason == nil)
        let strict = ActivityImporter.importFile(data: bytes, path: "c.fit", athlete: "a", options: ImportOptions(strictCRC: true))
        let reason = strict.skippedReason ?? ""
        #expect(reason.hasPrefix("c.fit: CRC mismatch over bytes 0–\(bytes.count - 3): the file was changed after it was written"),
                "\(reason)")
    }

    /// Issue 16: a truncated FIT is kept, and says how much of it the run is made of.
    @Test func aTruncatedFITSaysHowMuchWasSalvaged() throws {
        let whole = FITEncoder.encodeActivity(FITRoundTripTests.syntheticActivity())
        let cut = Array(whole.prefix(whole.count * 2 / 3))
        let outcome = ActivityImporter.importFile(data: cut, path: "cut.fit", athlete: "a")
        #expect(outcome.skippedReason == nil)
        let warning = outcome.warnings.first { $0.contains("salvaged") } ?? ""
        #expect(warning.hasPrefix("cut.fit: salvaged "), "\(outcome.warnings)")
        #expect(warning.contains(" of \(whole.count) bytes ("), "\(warning)")
        #expect(warning.hasSuffix("; the rest of the run is missing"))
        // Marked damaged, so a complete copy of the same run wins over it (DOMAIN.md duplicates);
        // the whole file is not.
        let damaged = outcome.activities.map(\.damaged)
        #expect(!damaged.isEmpty && !damaged.contains(false))
        let complete = ActivityImporter.importFile(data: whole, path: "whole.fit", athlete: "a").activities.map(\.damaged)
        #expect(!complete.isEmpty && !complete.contains(true))
    }
}

@Suite(.enabled(if: Corpus.existsOrRequired, "needs ../shared/fit-corpus (present in CI)"))
struct CorpusImportFormatTests {
    /// fitparse's `*-records.csv` import sample by sample equal to their `.fit`'s records.
    @Test(arguments: ["garmin-fenix-5-run", "garmin-edge-500-activity", "garmin-fenix-5-walk", "compressed-speed-distance"])
    func recordsCSVMatchesItsFIT(name: String) throws {
        let csv = ActivityImporter.importFile(data: try Corpus.bytes(name + "-records.csv"), path: name + ".csv", athlete: "a")
        let csvSamples = try #require(csv.activities.first?.samples, "\(csv.skippedReason ?? "")")
        // fitparse leaves out records it could not give a time (a compressed header before any timestamp).
        let fit = FITActivity(FITDecoder().decode(try Corpus.bytes(name + ".fit"))).records.filter { $0.timestamp != nil }
        // fitparse drops a leading record with nothing but a time (compressed-speed-distance), so the rows
        // line up with the last `csvSamples.count` records; at most one may be left over.
        #expect(csvSamples.count >= fit.count - 1 && csvSamples.count <= fit.count)
        let skip = fit.count - csvSamples.count
        for i in 0..<min(csvSamples.count, fit.count - skip) {
            let r = fit[i + skip]
            #expect(csvSamples.timestamp[i] == r.timestamp, "\(name) row \(i) time")
            #expect(csvSamples.heartRate[i].isNaN == r.heartRate.isNaN, "\(name) row \(i) heart rate")
            if !r.distance.isNaN { #expect(abs(csvSamples.distance[i] - r.distance) < 1e-6, "\(name) row \(i) distance") }
            if !r.speed.isNaN { #expect(abs(csvSamples.speed[i] - r.speed) < 1e-6, "\(name) row \(i) speed") }
        }
    }

    @Test func stydDeveloperFieldsMapToPowerWhenNativeIsAbsent() throws {
        let fit = FITActivity(FITDecoder().decode(try Corpus.bytes("developer-types-sample.fit")))
        #expect(fit.records.count == 3_424)
        #expect(fit.records[100].power == 196)
        #expect(abs(fit.records[100].verticalOscillation - 78.3) < 1e-9)
        #expect(abs(fit.records[100].stanceTime - 348.5) < 1e-9)
    }

    @Test func fitCSVToolFileImportsItsRecords() throws {
        let outcome = ActivityImporter.importFile(data: try Corpus.bytes("garmin-sdk/Activity.csv"), path: "Activity.csv",
                                                  athlete: "a")
        let activity = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")")
        let fit = FITActivity(FITDecoder().decode(try Corpus.bytes("garmin-sdk/Activity.fit")))
        #expect(activity.samples.count == fit.records.count)
        #expect(activity.samples.power.first == 150)
    }

    @Test func fenix5RunHasRunningDynamics() throws {
        let outcome = ActivityImporter.importFile(data: try Corpus.bytes("garmin-fenix-5-run.fit"), path: "f5.fit", athlete: "a")
        let runs = outcome.activities.filter { $0.isRunning }
        let run = try #require(runs.first)
        let s = run.samples
        for (name, column) in [("stance_time", s.stanceTime), ("stance_time_balance", s.stanceTimeBalance),
                               ("step_length", s.stepLength), ("vertical_oscillation", s.verticalOscillation),
                               ("vertical_ratio", s.verticalRatio)] {
            #expect(column.contains { !$0.isNaN }, "\(name) is empty")
        }
        #expect(run.summary?.sport == "running")
        #expect(!run.laps.isEmpty)
    }
}
