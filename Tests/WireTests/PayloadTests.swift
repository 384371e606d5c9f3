import GaitModel
import GaitWire
import Testing

@Suite struct PayloadTests {
    @Test func activityKeepsColumnsAndMissingValues() throws {
        let samples = SampleColumns(timestamp: [1_772_434_800, 1_772_434_801, 1_772_434_802],
                                    distance: [0, 3.1, 6.3], speed: [3.1, .nan, 3.2], altitude: [12, 12.2, .nan],
                                    heartRate: [140, 141, 142], cadence: [168, 170, .nan],
                                    power: [250, .nan, 262], stanceTime: [241.5, 240, .nan],
                                    stanceTimeBalance: [49.8, .nan, 50.1], stepLength: [1102, 1110, .nan],
                                    verticalOscillation: [85.2, .nan, 86], verticalRatio: [7.7, 7.8, .nan],
                                    latitude: [46.5, 46.50001, .nan], longitude: [6.6, 6.60002, .nan])
        let summary = SessionSummary(sport: "running", subSport: "trail", duration: 1800, distance: 5000,
                                     averageHeartRate: 150, maxHeartRate: .nan, rpe: 6, exerciseCategories: ["plyo"])
        var a = Activity(runID: "runs/a.fit#2", athlete: "ana", sport: "running", subSport: "trail",
                         startTime: 1_772_434_800, device: "garmin fenix2", samples: samples, warnings: ["w"],
                         laps: [LapSummary(startTime: 1_772_434_800, duration: 900, distance: 2500, averageHeartRate: .nan)],
                         summary: summary)
        a.damaged = true
        let back = try Activity(decoding: a.encoded())
        #expect(back == a)
        #expect(back.damaged)
        #expect(back.samples.speed[1].isNaN)
        #expect(back.summary?.rpe == 6 && back.summary?.exerciseCategories == ["plyo"])
        #expect(back.laps.count == 1 && back.laps[0].averageHeartRate.isNaN)
        // A summary-less Activity (no session message) stays summary-less.
        let bare = try Activity(decoding: Activity(runID: "r", athlete: "a", sport: "running", startTime: 0).encoded())
        #expect(bare.summary == nil)
    }

    @Test func activityWithColumnsOfDifferentLengthIsRejected() {
        var a = Activity(runID: "x", athlete: "a", sport: "running", startTime: 0)
        a.samples.timestamp = [1, 2]
        a.samples.distance = [1]
        #expect(throws: WireError.self) { try Activity(decoding: a.encoded()) }
    }

    @Test func runMetricsOptionalsSurvive() throws {
        let m = RunMetrics(runID: "r", athlete: "a", startTime: 5, sport: "running", distanceM: 5000,
                           durationS: 1500, movingTimeS: 1490, movingPaceSPerKm: nil, cadenceSPM: 171.5)
        let back = try RunMetrics(decoding: m.encoded())
        #expect(back == m)
        #expect(back.movingPaceSPerKm == nil)

        // Every per-run metric survives the wire; NaN inside a bin or segment stays "not measurable".
        var full = m
        full.pausedTimeS = 12
        full.pauseCount = 1
        full.averagePaceSPerKm = 301
        full.cadenceSDSPM = 3.5
        full.cadenceHistogram = [HistogramBin(lower: 165, seconds: 700), HistogramBin(lower: 170, seconds: 790)]
        full.speedBins = [SpeedBin(lowerMPS: 3.25, seconds: 1490, cadenceSPM: 171.5, stepLengthM: .nan)]
        full.stepLengthM = 1.14
        full.stepLengthIsNative = true
        full.gctMS = 251
        full.gctBalancePct = 50.8
        full.verticalOscillationMM = 88
        full.verticalRatioPct = 7.7
        full.powerW = 245
        full.ascentM = 42
        full.descentM = 40
        full.load = 88.5
        full.loadEstimated = true
        full.damaged = true
        full.descentPerKm = 8
        full.downhillTimeS = 120
        full.uphillTimeS = 130
        full.longestDescentM = 18
        full.longestDescentDistanceM = 410
        full.hrZoneTimesS = [10, 200, 900, 380, 0]
        full.fasterThanThresholdS = 60
        full.highIntensityS = 60
        full.highIntensityBasis = "threshold_pace"
        full.segments = [IntensitySegment(kind: .sprint, startOffsetS: 900, durationS: 14, distanceM: 70, gradePct: .nan)]
        full.trimp = 55.2
        full.sessionRPELoad = 150
        full.profileNotes = ["hr_rest: default 60 bpm used (not in athlete.yaml)"]
        full.quality = DataQuality(samples: 1501, coverage: 1, heartRateCoverage: 0.98, gpsDropouts: 1, cadenceZeros: 2,
                                   implausibleRemoved: 3)
        #expect(try RunMetrics(decoding: full.encoded()) == full)
    }

    @Test func seasonAssessmentAndBundleRoundTrip() throws {
        let run = RunMetrics(runID: "r", athlete: "a", startTime: 5, sport: "running", distanceM: 5000,
                             durationS: 1500, movingTimeS: 1490, movingPaceSPerKm: 300, cadenceSPM: nil)
        let skipped = SkippedInput(path: "a/notes.txt", stage: "runner", reason: "not a run file")
        let season = AthleteSeason(athlete: "a", runs: [run, run], athleteYAML: Array("id: a\n".utf8),
                                   symptomsCSV: [], skipped: [skipped])
        #expect(try AthleteSeason(decoding: season.encoded()) == season)

        let week = WeekAssessment(week: "2026-W10", weekStart: "2026-03-02", coverageDays: 4, distanceKm: 32.5,
                                  runs: 4, scores: [PresentationScore(presentation: .itbs, level: .moderate,
                                                                      points: 2, rules: ["D1", "L1"])])
        let rule = FiredRule(id: "L1", band: "large", runID: "r", date: "2026-03-05", value: 2.2, threshold: 2.0,
                             baseline: 9700, source: "Frandsen 2025", detail: "d")
        let assessment = Assessment(athlete: "a", asOf: "2026-03-08", runs: [run], weeks: [week],
                                    firedRules: [rule], skipped: [skipped])
        #expect(try Assessment(decoding: assessment.encoded()) == assessment)
        // The pain site travels (issue 14): each week's sites (a site reported without a pain score
        // stays without one), the cap, the last report and the now cards' opening sentence.
        var sited = assessment
        sited.weeks[0].sites = [SiteReport(site: .lateral, sides: [.right], worstPain: 8, days: 3, lastDate: "2026-03-07",
                                           aggravators: [.downhill, .longRun]),
                                SiteReport(site: .other, sides: [.left, .right], worstPain: nil, days: 1, lastDate: "2026-03-04")]
        sited.weeks[0].scores.append(PresentationScore(presentation: .pfp, level: .low, points: 3, rules: ["L1"], capped: true))
        sited.lastSite = sited.weeks[0].sites[0]
        sited.symptomDiary = true
        sited.siteSummary = "Pain reported at the lateral knee (right), 8/10: points to ITBS first."
        let decoded = try Assessment(decoding: sited.encoded())
        #expect(decoded == sited)
        #expect(decoded.weeks[0].sites[1].worstPain == nil && decoded.weeks[0].scores[1].capped)

        let index = IndexEntry(athlete: "a", asOf: "2026-03-08", levels: [.none, .moderate, .low], weeklyDistanceKm: [30, 32.5])
        let bundle = ReportBundle(athlete: "a", artifacts: [Artifact(name: "a/report.json", content: Array("{}".utf8))],
                                  tables: [TableRows(name: "runs.csv", header: "athlete,run_id", rows: ["a,x.fit", "a,\"y\nz.fit\""])],
                                  seasonEntry: index.encoded())
        #expect(try ReportBundle(decoding: bundle.encoded()) == bundle)
        // The index's site column travels too: sites, worst pain (nil stays nil) and whether there is a diary.
        for (pain, diary) in [(8, true), (nil, true), (nil, false)] as [(Int?, Bool)] {
            var withSites = index
            withSites.sites = "lateral (right) 8/10"
            withSites.worstPain = pain
            withSites.symptomDiary = diary
            withSites.lastReported = diary ? "lateral, 2026-01-04" : ""
            #expect(try IndexEntry(decoding: withSites.encoded()) == withSites)
        }
        let clinic = ClinicSeason(entries: [.init(athlete: "a", entry: index.encoded())],
                                  unscored: [.init(athlete: "b", note: "no run files")], skipped: [skipped])
        #expect(try ClinicSeason(decoding: clinic.encoded()) == clinic)
        #expect(try ReportInput(decoding: clinic.encoded(), type: ClinicSeason.wireType) == .second(clinic))
    }

    @Test func rawFileCarriesBytes() throws {
        let f = RawFile(path: "2026/03/a.fit", athlete: "ana", data: Array(0...255))
        #expect(try RawFile(decoding: f.encoded()) == f)
    }
}
