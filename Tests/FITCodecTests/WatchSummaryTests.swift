import ActivityImport
import FITCodec
import Foundation
import GaitModel
import Testing

/// What activity-import takes from each session agrees with the session message the watch wrote, as
/// Garmin's SDK decodes it (reference/*.json.gz, issue 20): one Activity per session, in order, each
/// with the watch's timer time (runs.csv `timer_time_s`) and elapsed time.
@Suite(.enabled(if: Corpus.existsOrRequired, "needs ../shared/fit-corpus"))
struct WatchSummaryTests {
    /// Corpus files with a reference and at least one session message, by name without `.fit`.
    static let withSessions: [String] = Corpus.fitFiles.compactMap { path in
        let name = String(path.dropLast(4))
        guard FileManager.default.fileExists(atPath: Corpus.directory + "/reference/" + name + ".json.gz"),
              let sessions = (try? Corpus.reference(name))?["session"] as? [[String: Any]], !sessions.isEmpty else { return nil }
        return name
    }

    @Test func everyCorpusFileWithSessionsIsCovered() {
        #expect(Self.withSessions.count >= 20, "\(Self.withSessions)")
    }

    @Test(arguments: withSessions)
    func eachSessionCarriesTheWatchsTimerTime(_ name: String) throws {
        let sessions = try #require(try Corpus.reference(name)["session"] as? [[String: Any]])
        let outcome = ActivityImporter.importFile(data: try Corpus.bytes(name + ".fit"), path: "f.fit", athlete: "a")
        try #require(outcome.activities.count == sessions.count,
                     "one Activity per session: \(outcome.activities.count) for \(sessions.count) (\(outcome.warnings))")
        for (i, (activity, session)) in zip(outcome.activities, sessions).enumerated() {
            let summary = try #require(activity.summary, "session \(i + 1)")
            if let timer = session["total_timer_time"] as? Double {
                #expect(abs(summary.timerTime - timer) <= max(0.01, timer * 0.01), "session \(i + 1): \(summary.timerTime) vs \(timer)")
            } else {
                #expect(summary.timerTime.isNaN, "session \(i + 1): the watch wrote no timer time")
            }
            if let elapsed = session["total_elapsed_time"] as? Double {
                #expect(abs(summary.duration - elapsed) <= max(0.01, elapsed * 0.01), "session \(i + 1): elapsed \(summary.duration) vs \(elapsed)")
            }
        }
    }
}
