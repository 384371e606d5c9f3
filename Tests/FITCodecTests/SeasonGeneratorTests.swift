import ActivityImport
import Foundation
import GaitModel
import SeasonSynth
import Testing

@Suite(.serialized)
struct SeasonGeneratorTests {
    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("season-\(UUID().uuidString)").path
    }

    @Test func seasonIsDeterministicAndTellsItsStory() throws {
        let first = Self.temporaryDirectory(), second = Self.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        let paths = try SeasonGenerator(seed: 7).write(to: first)
        #expect(try SeasonGenerator(seed: 7).write(to: second) == paths)
        for path in paths {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + path))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + path))
            #expect(a == b, "\(path) differs between two runs with the same seed")
        }
        let fits = paths.filter { $0.hasSuffix(".fit") }
        #expect(fits.count <= 300)

        for athlete in ["ana-ramp", "ben-steady", "cleo-hills"] {
            #expect(paths.contains("\(athlete)/athlete.yaml"))
            var runs: [Activity] = []
            for path in fits where path.hasPrefix(athlete + "/") {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: first + "/" + path)))
                let outcome = ActivityImporter.importFile(data: bytes, path: path, athlete: athlete)
                #expect(outcome.skippedReason == nil && outcome.warnings.isEmpty, "\(path)")
                runs += outcome.activities.filter(\.isRunning)
            }
            let perWeek = Dictionary(grouping: runs) { CalendarDay.isoWeek(CalendarDay.dayNumber($0.startTime)) }
            #expect(perWeek.count >= 16)
            #expect(perWeek.values.allSatisfy { (3...6).contains($0.count) }, "\(athlete): \(perWeek.mapValues(\.count))")

            let distances = runs.map { ($0.startTime, $0.samples.distance.last ?? 0) }.sorted { $0.0 < $1.0 }
            let spikes = distances.filter { run in
                let longest = distances.filter { $0.0 < run.0 && $0.0 >= run.0 - 30 * 86_400 }.map(\.1).max() ?? .infinity
                return run.1 > 1.3 * longest
            }
            // The ramp: ana's first long run on the descent route is > 1.3 × her 30-day longest (L1 moderate).
            #expect(spikes.isEmpty == (athlete != "ana-ramp"), "\(athlete): \(spikes.count) runs over 1.3× the 30-day longest")
            let cadences = runs.flatMap(\.samples.cadence).sorted()
            try #require(!cadences.isEmpty, "\(athlete): no running samples")
            let median = cadences[cadences.count / 2]
            #expect(athlete == "ana-ramp" ? median < 162 : median >= 162, "\(athlete) median cadence \(median) steps/min")
        }
    }
}
