import ActivityImport
import GaitModel
import Testing

/// The athlete's time zone for CSV times without one, and the `csv_columns` param.
struct CSVImportParamsTests {
    static let berlin = """
        id: ana
        timezone: Europe/Berlin
        """

    /// 2026-03-29 02:00 CET → 03:00 CEST: wall-clock times jump an hour, UTC does not.
    @Test func berlinLocalTimesAcrossTheSpringChangeAreContinuousInUTC() throws {
        let csv = """
            time,distance
            2026-03-29 01:59:58,0
            2026-03-29 01:59:59,3
            2026-03-29 03:00:00,6
            2026-03-29 03:00:01,9
            2026-03-29T03:00:02Z,12
            """
        let zone = AthleteTimeZone(athleteYAML: Array(Self.berlin.utf8))
        #expect(zone.problem == nil)
        let outcome = ActivityImporter.importFile(data: Array(csv.utf8), path: "dst.csv", athlete: "ana",
                                                  options: ImportOptions(timeZone: zone))
        let activity = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")")
        let start: Int64 = 1_774_745_998  // 2026-03-29T00:59:58Z
        // The last row carries its own zone (Z): 03:00:02 UTC, 2 h 4 s after the first sample.
        #expect(activity.samples.timestamp == [start, start + 1, start + 2, start + 3, start + 7204])
    }

    /// Winter and summer offsets, and the autumn hour that happens twice (the earlier instant).
    @Test(arguments: [("2026-01-15 10:00:00", Int64(1_768_467_600)),   // CET, +1 h
                      ("2026-07-15 10:00:00", Int64(1_784_102_400)),   // CEST, +2 h
                      ("2026-10-25 02:30:00", Int64(1_792_888_200)),   // repeated hour: CEST
                      ("2026-03-29 02:30:00", Int64(1_774_747_800))])  // skipped hour: read as 03:30 CEST
    func berlinOffsetsFollowDaylightSavingTime(local: String, utc: Int64) throws {
        let csv = "timestamp,distance\n\(local),0\n"
        let options = ImportOptions(timeZone: AthleteTimeZone(athleteYAML: Array(Self.berlin.utf8)))
        let activity = try #require(ActivityImporter.importFile(data: Array(csv.utf8), path: "t.csv", athlete: "a",
                                                                options: options).activities.first)
        #expect(activity.startTime == utc)
    }

    @Test func withoutATimezoneTimesAreUTC() throws {
        let csv = "timestamp,distance\n2026-01-15 10:00:00,0\n"
        let zone = AthleteTimeZone(athleteYAML: Array("id: ben\n".utf8))
        let activity = try #require(ActivityImporter.importFile(data: Array(csv.utf8), path: "t.csv", athlete: "b",
                                                                options: ImportOptions(timeZone: zone)).activities.first)
        #expect(activity.startTime == 1_768_471_200)
    }

    @Test func unknownTimezoneSkipsZonelessCSVNamingAthleteYAML() {
        let zone = AthleteTimeZone(athleteYAML: Array("id: ana\ntimezone: Europe/Berln\n".utf8))
        #expect(zone.problem?.hasPrefix("athlete.yaml:2: timezone 'Europe/Berln' is not a known IANA time zone") == true)
        let zoneless = "timestamp,distance\n2026-01-15 10:00:00,0\n"
        let outcome = ActivityImporter.importFile(data: Array(zoneless.utf8), path: "run.csv", athlete: "a",
                                                  options: ImportOptions(timeZone: zone))
        #expect(outcome.activities.isEmpty)
        #expect(outcome.skippedReason?.hasPrefix("run.csv:2:1: time '2026-01-15 10:00:00' has no zone") == true)
        #expect(outcome.skippedReason?.contains("athlete.yaml:2") == true)
        // Times that carry a zone do not need the athlete's.
        let zoned = "timestamp,distance\n2026-01-15T10:00:00Z,0\n"
        #expect(ActivityImporter.importFile(data: Array(zoned.utf8), path: "z.csv", athlete: "a",
                                            options: ImportOptions(timeZone: zone)).activities.count == 1)
    }

    @Test func csvColumnsMapsOtherHeadersWithTheirUnits() throws {
        let aliases = try ImportOptions.csvColumns("Herzfrequenz=heart_rate, Zeit=timestamp,Strecke [km]=distance").get()
        #expect(aliases == ["herzfrequenz": "heart_rate", "zeit": "timestamp", "strecke": "distance"])
        let csv = """
            Zeit,Strecke [km],Herzfrequenz,Notiz
            2026-01-15T10:00:00Z,0.000,120,
            2026-01-15T10:00:01Z,0.003,121,los
            """
        let outcome = ActivityImporter.importFile(data: Array(csv.utf8), path: "de.csv", athlete: "a",
                                                  options: ImportOptions(columnAliases: aliases))
        let activity = try #require(outcome.activities.first, "\(outcome.skippedReason ?? "")")
        #expect(activity.samples.distance == [0, 3])
        #expect(activity.samples.heartRate == [120, 121])
        #expect(outcome.warnings == ["de.csv:1: ignored columns Notiz"])
        // Without the mapping the same file lacks its required columns.
        #expect(ActivityImporter.importFile(data: Array(csv.utf8), path: "de.csv", athlete: "a").skippedReason
            == "de.csv:1: missing required column 'timestamp' (or 'elapsed' plus a start time)")
    }

    /// What `gaitpipe validate` checks: the stage's ParamSpec carries `csvColumnsPattern`.
    @Test(arguments: [("Herzfrequenz=heart_rate,Zeit=timestamp", true), ("", true), (" hf = HR ", true),
                      ("Herzfrequenz=heartbeat", false), ("Herzfrequenz", false), ("=heart_rate", false),
                      ("a=distance,", false), ("a=distance;b=speed", false)])
    func csvColumnsIsCheckedBeforeRunning(value: String, valid: Bool) {
        let spec = ParamSpec(name: "csv_columns", kind: .string, defaultValue: "", pattern: ImportOptions.csvColumnsPattern,
                             summary: "HEADER=column pairs")
        #expect((spec.problem(with: value) == nil) == valid, "\(value)")
        // The stage's own parser agrees (it rejects at CONFIG what slipped past).
        #expect(((try? ImportOptions.csvColumns(value).get()) != nil) == valid, "\(value)")
    }
}
