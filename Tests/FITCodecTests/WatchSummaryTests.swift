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

/// A FIT file without a session message gets its timer time from its timer events (runs.csv
/// `timer_time_s`, issue 20). The watch's own session total_timer_time is the reference: in every
/// corpus file decoded whole with both, the events give the time of the sessions they span.
@Suite(.enabled(if: Corpus.existsOrRequired, "needs ../shared/fit-corpus"))
struct TimerEventTests {
    static func decode(_ name: String) throws -> (FITActivity, FITDecodeReport) {
        let data = try Corpus.bytes(name.replacingOccurrences(of: "__", with: "/") + ".fit")
        return data.withUnsafeBytes { FITActivity.decode($0) }
    }

    static let withBoth: [String] = WatchSummaryTests.withSessions.filter { name in
        guard let (fit, report) = try? decode(name) else { return false }
        return report.error == nil && fit.timerEvents.contains(where: \.starts)
    }

    @Test func enoughFilesHaveBoth() {
        #expect(Self.withBoth.count >= 10, "\(Self.withBoth)")
    }

    @Test(arguments: withBoth)
    func timerEventsAddUpToTheSessionsTimerTime(_ name: String) throws {
        let (fit, _) = try Self.decode(name)
        let times = fit.records.compactMap(\.timestamp)
        let events = try #require(fit.timerTime(from: times.min(), until: times.max()))
        // The sessions the events span (a multisport file may hold the last leg's events only).
        let span = (fit.timerEvents.map(\.time).min() ?? 0)...(fit.timerEvents.map(\.time).max() ?? 0)
        let sessions = try #require(try Corpus.reference(name)["session"] as? [[String: Any]])
        let watch = sessions.filter { s in
            ((s["start_time"] as? [String: Any])?["fit"] as? NSNumber).map { span.contains(FITEpoch.unix(fromFIT: $0.int64Value)) } ?? false
                || sessions.count == 1
        }.compactMap { ($0["total_timer_time"] as? NSNumber)?.doubleValue }.reduce(0, +)
        #expect(abs(events - watch) <= max(2, watch * 0.01), "events \(events) s, sessions \(watch) s")
    }

    @Test func theTimerRunsBetweenItsStartsAndStops() {
        // Timer started at 1,000, stopped at 1,600, started at 1,660, stopped at 2,260: 20 minutes.
        var fit = FITActivity()
        fit.timerEvents = [(1_000, true), (1_600, false), (1_660, true), (2_260, false)]
        #expect(fit.timerTime(from: 1_000, until: 2_300) == 1_200)
        fit.timerEvents.removeLast()
        #expect(fit.timerTime(from: 1_000, until: 2_300) == 1_240, "a timer still running runs to the last record")
        fit.timerEvents.removeFirst()
        #expect(fit.timerTime(from: 1_000, until: 2_300) == 1_240, "a stop first: the timer ran from the first record")
        fit.timerEvents = [(5, true), (4_000_000_000, false)]
        #expect(fit.timerTime(from: 1_000, until: 2_300) == 1_300, "event times outside the records are moved to their edge")
        #expect(FITActivity().timerTime(from: 1_000, until: 2_300) == nil, "no events, no timer time")
    }
}
