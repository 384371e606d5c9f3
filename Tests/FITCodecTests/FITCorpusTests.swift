import ActivityImport
import FITCodec
import Foundation
import GaitModel
import Testing

/// The decoder against real device files and Garmin's own SDK decodings of them.
@Suite(.enabled(if: Corpus.existsOrRequired, "needs ../shared/fit-corpus (present in CI)"))
struct FITCorpusTests {
    @Test func fenix2RunMatchesTheSDK() throws {
        let file = FITDecoder().decode(try Corpus.bytes("activity-small-fenix2-run.fit"))
        #expect(file.error == nil)
        #expect(file.warnings.isEmpty)
        let records = FITActivity(file).records
        #expect(records.count == 2_809)

        let reference = try #require(try Corpus.reference("activity-small-fenix2-run")["record"] as? [[String: Any]])
        func fitTime(_ record: [String: Any]?) -> Int64? {
            ((record?["timestamp"] as? [String: Any])?["fit"] as? Int).map(Int64.init)
        }
        let first = try #require(fitTime(reference.first))
        let last = try #require(fitTime(reference.last))
        #expect(records.first?.timestamp.map(FITEpoch.fit(fromUnix:)) == first)
        #expect(records.last?.timestamp.map(FITEpoch.fit(fromUnix:)) == last)
        // First record per the SDK: distance 0, speed 5.89 m/s, altitude 55 m, heart rate 69, cadence 56.
        #expect(records.first?.heartRate == 69)
        #expect(abs((records.first?.speed ?? 0) - 5.89) < 0.001)
        #expect(abs((records.first?.altitude ?? 0) - 55) < 0.2)
        #expect(abs((records.last?.distance ?? 0) - 9007.07) < 0.01)
    }

    @Test func fenix2RunImportsAsOneRunningActivityInStepsPerMinute() throws {
        let outcome = ActivityImporter.importFile(data: try Corpus.bytes("activity-small-fenix2-run.fit"),
                                                  path: "activity-small-fenix2-run.fit", athlete: "x")
        #expect(outcome.skippedReason == nil)
        let activity = try #require(outcome.activities.first)
        #expect(outcome.activities.count == 1)
        #expect(activity.sport == "running")
        #expect(activity.runID == "activity-small-fenix2-run.fit")
        #expect(activity.device == "garmin fenix2")
        #expect(activity.startTime == 808_584_308 + FITEpoch.unixOffset)
        #expect(activity.samples.count == 2_809)
        let moving = zip(activity.samples.cadence, activity.samples.speed).filter { $0.1 > 2 }.map(\.0).sorted()
        let median = moving[moving.count / 2]
        #expect(median > 150 && median < 200, "doubled from strides/min (session average 81 strides/min)")
    }

    @Test func multisportFileGivesOneActivityPerRunningSession() throws {
        let outcome = ActivityImporter.importFile(data: try Corpus.bytes("activity-large-fenxi2-multisport.fit"),
                                                  path: "tri.fit", athlete: "x")
        let runs = outcome.activities.filter(\.isRunning)
        #expect(outcome.activities.count == 7)
        #expect(runs.map(\.runID) == ["tri.fit#1", "tri.fit#2"])
        // Session 3 runs 10:36:00–11:14:16 (SDK reference), so every sample lies in that range.
        let first = try #require(runs.first)
        #expect(first.samples.count > 0)
        #expect(first.samples.timestamp.allSatisfy { $0 >= first.startTime && $0 <= first.startTime + 2_296 })
        #expect(Set(outcome.activities.map(\.runID)).count == 7)
    }

    /// Files where this decoder and garmin-fit-sdk agree on the number of record messages.
    @Test(arguments: ["activity-small-fenix2-run", "garmin-fenix-5-run", "activity-large-fenxi2-multisport",
                      "strava-android-app-201.10-b1218918", "nick", "activity-filecrc", "compressed-speed-distance"])
    func recordCountAgreesWithTheSDK(name: String) throws {
        let file = FITDecoder().decode(try Corpus.bytes(name + ".fit"))
        #expect(file.messages(20).count == (try Corpus.referenceRecordCount(name)))
    }

    /// Every file, broken ones included, decodes without crashing and yields messages.
    @Test(arguments: Corpus.fitFiles)
    func everyFileDecodes(name: String) throws {
        let bytes = try Corpus.bytes(name)
        let file = FITDecoder().decode(bytes)
        #expect(!file.messages.isEmpty)
        if let error = file.error { #expect(error.offset <= bytes.count) }
        _ = ActivityImporter.importFile(data: bytes, path: name, athlete: "x")
    }
}
