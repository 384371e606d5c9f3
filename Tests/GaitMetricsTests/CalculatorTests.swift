import GaitMetrics
import GaitModel
import Testing

@Suite struct CalculatorTests {
    static let params = ResolvedParams(specs: RunMetricsCalculator.paramSpecs, given: [:])

    /// Known profile: flat 200 m, +30 m over 300 m (10 %), flat 200 m, −20 m over 200 m (−10 %), flat
    /// 200 m, at 2 m/s. Plateaus are longer than the 15 m window, so smoothing keeps the totals.
    static func profile(_ d: Double) -> Double {
        switch d {
        case ..<200: 100
        case ..<500: 100 + 30 * (d - 200) / 300
        case ..<700: 130
        case ..<900: 130 - 20 * (d - 700) / 200
        default: 110
        }
    }

    @Test func ascentAndDescentOfAKnownProfile() throws {
        let run = SyntheticRun.activity(speed: Array(repeating: 2, count: 550), altitude: Self.profile)
        let m = RunMetricsCalculator.metrics(for: run, params: Self.params)
        #expect(abs(try #require(m.ascentM) - 30) < 1e-9)
        #expect(abs(try #require(m.descentM) - 20) < 1e-9)
        #expect(abs(try #require(m.descentPerKm) - 20 / 1.098) < 1e-9)  // 549 s × 2 m/s
        // The descent is one continuous stretch of 200 m (plus the window's blur at each end).
        #expect(abs(try #require(m.longestDescentM) - 20) < 1e-9)
        #expect(abs(try #require(m.longestDescentDistanceM) - 200) <= 16)
        // 300 m up at 2 m/s = 150 s, 200 m down = 100 s; the grade window blurs each edge by ≤ 15 m.
        #expect(abs(try #require(m.uphillTimeS) - 150) <= 8)
        #expect(abs(try #require(m.downhillTimeS) - 100) <= 8)
    }

    @Test func noisyAltitudeIsSmoothed() throws {
        // ±1 m alternating noise on a flat route: raw differences would add 2 m per sample.
        let run = SyntheticRun.activity(speed: Array(repeating: 3, count: 600), altitude: { d in
            100 + (Int(d / 3) % 2 == 0 ? 1 : -1)
        })
        let m = RunMetricsCalculator.metrics(for: run, params: Self.params)
        #expect(try #require(m.ascentM) < 15)
    }

    /// Speed steps 2.5 → 4.0 m/s, 60 s each; cadence = 150 + 9 × (v − 2.5) steps/min (≈ 5 spm per
    /// 2 km/h). Each speed lands in its own 0.25 m/s bin with the exact cadence, and step length =
    /// v × 60 ÷ cadence.
    @Test func speedBinnedCadenceFollowsAKnownSlope() throws {
        let speeds = [2.5, 2.75, 3.0, 3.25, 3.5, 3.75, 4.0]
        let run = SyntheticRun.activity(speed: speeds.flatMap { Array(repeating: $0 + 0.01, count: 60) },
                                        cadence: { v in 150 + 9 * (v - 2.51) })
        let m = RunMetricsCalculator.metrics(for: run, params: Self.params)
        #expect(m.speedBins.map(\.lowerMPS) == speeds)
        for (bin, v) in zip(m.speedBins, speeds) {
            #expect(bin.seconds == 60)
            #expect(abs(bin.cadenceSPM - (150 + 9 * (v - 2.5))) < 1e-9)
            #expect(abs(bin.stepLengthM - (v + 0.01) * 60 / bin.cadenceSPM) < 1e-9)
        }
        // Least-squares slope over the bins: 9 spm per m/s.
        let xs = m.speedBins.map(\.lowerMPS), ys = m.speedBins.map(\.cadenceSPM)
        let mx = xs.reduce(0, +) / 7, my = ys.reduce(0, +) / 7
        var sxy = 0.0, sxx = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
        }
        let slope = sxy / sxx
        #expect(abs(slope - 9) < 1e-9)
        #expect(abs(try #require(m.cadenceSPM) - 156.75) < 1e-9)
        #expect(m.stepLengthIsNative == false)
        #expect(m.cadenceHistogram.reduce(0) { $0 + $1.seconds } == 420)
    }

    @Test func nativeDynamicsAreAveragedAndImplausibleValuesCounted() throws {
        var run = SyntheticRun.activity(speed: Array(repeating: 3, count: 100), cadence: { _ in 170 })
        run.samples.stanceTime = Array(repeating: 250, count: 100)
        run.samples.stanceTime[10] = 800  // > 600 ms: removed
        run.samples.stanceTimeBalance = Array(repeating: 51, count: 100)
        run.samples.stepLength = Array(repeating: 1_050, count: 100)
        run.samples.verticalOscillation = Array(repeating: 90, count: 100)
        run.samples.verticalRatio = Array(repeating: 8.5, count: 100)
        run.samples.power = Array(repeating: 240, count: 100)
        run.samples.cadence[20] = 0  // pod lost contact
        let m = RunMetricsCalculator.metrics(for: run, params: Self.params)
        #expect(m.gctMS == 250 && m.gctBalancePct == 51 && m.verticalOscillationMM == 90)
        #expect(m.verticalRatioPct == 8.5 && m.powerW == 240)
        #expect(m.stepLengthM == 1.05 && m.stepLengthIsNative)
        #expect(m.quality.implausibleRemoved == 1 && m.quality.cadenceZeros == 1)
        #expect(m.cadenceSPM == 170)
    }

    /// Threshold pace 4:00/km = 4.1667 m/s. Easy 3 m/s with: 6 strides of 20 s at 4.8 m/s (115 %),
    /// one 15 s sprint at 5.5 m/s (132 %), and a 4-minute interval at 4.3 m/s (103 %).
    @Test func segmentsFollowTheDomainDefinitions() {
        var speed = Array(repeating: 3.0, count: 300)
        speed += Array(repeating: 4.3, count: 240) + Array(repeating: 3.0, count: 120)
        for _ in 0..<6 { speed += Array(repeating: 4.8, count: 20) + Array(repeating: 3.0, count: 60) }
        speed += Array(repeating: 5.5, count: 15) + Array(repeating: 3.0, count: 120)
        let profile = AthleteProfile(thresholdPaceSPerKm: 240)
        let m = RunMetricsCalculator.metrics(for: SyntheticRun.activity(speed: speed), profile: profile, params: Self.params)
        #expect(m.segments.map(\.kind) == [.interval] + Array(repeating: .stride, count: 6) + [.sprint])
        #expect(m.segments.first.map { abs($0.durationS - 240) <= 5 } == true)
        #expect(m.segments.dropFirst().allSatisfy { $0.durationS >= 10 && $0.durationS < 60 })
        // Faster than threshold: the interval, strides and sprint: 240 + 120 + 15 s.
        #expect(m.fasterThanThresholdS == 375 && m.highIntensityBasis == "threshold_pace")
    }

    /// D2 (DOMAIN.md "Definitions"): 240 s at 5 m/s — faster than threshold 4:00/km (4.17 m/s) — on a
    /// −8 % descent is not high intensity (the grade over 50 m is below −2 % at every one of those
    /// seconds, the descent's first and last 25 m included: 2 m over 50 m = −4 %); the same interval on
    /// the flat or uphill is 240 s. Time faster than threshold stays the raw 240 s either way.
    @Test(arguments: [(-0.08, 0.0), (0.0, 240.0), (0.08, 240.0)])
    func fastDescentIsNotHighIntensity(grade: Double, highIntensity: Double) {
        let speed = Array(repeating: 3.0, count: 300) + Array(repeating: 5.0, count: 240) + Array(repeating: 3.0, count: 300)
        // Flat for 900 m, the 1,200 m interval at `grade`, flat again.
        let altitude: (Double) -> Double = { d in 100 + grade * min(max(d - 900, 0), 1200) }
        let run = SyntheticRun.activity(speed: speed, altitude: altitude)
        let m = RunMetricsCalculator.metrics(for: run, profile: AthleteProfile(thresholdPaceSPerKm: 240), params: Self.params)
        #expect(m.fasterThanThresholdS == 240)
        #expect(m.highIntensityS == highIntensity)
        #expect(m.highIntensityBasis == "threshold_pace")
    }

    /// GPS speed noise: five isolated seconds above threshold and a 9 s stretch are no high-intensity
    /// time (shorter than DOMAIN.md's shortest unit, a 10 s stride); a 10 s stretch is 10 s.
    @Test func isolatedSecondsAreNotHighIntensity() {
        var speed = Array(repeating: 3.0, count: 600)
        for i in [50, 120, 200, 260, 330] { speed[i] = 4.5 }
        for i in 400..<409 { speed[i] = 4.5 }
        let noise = RunMetricsCalculator.metrics(for: SyntheticRun.activity(speed: speed),
                                                 profile: AthleteProfile(thresholdPaceSPerKm: 240), params: Self.params)
        #expect(noise.fasterThanThresholdS == 14)
        #expect(noise.highIntensityS == 0)
        speed[409] = 4.5
        let stride = RunMetricsCalculator.metrics(for: SyntheticRun.activity(speed: speed),
                                                  profile: AthleteProfile(thresholdPaceSPerKm: 240), params: Self.params)
        #expect(stride.highIntensityS == 10)
    }

    @Test func pausesAndDropoutsAreCounted() throws {
        var run = SyntheticRun.activity(speed: Array(repeating: 3, count: 400))
        for i in 200..<400 { run.samples.timestamp[i] += 120 }  // a 2-minute auto-pause
        for i in 50..<60 { run.samples.distance[i] = .nan }  // 10 s without GPS distance
        let m = RunMetricsCalculator.metrics(for: run, params: Self.params)
        #expect(m.pauseCount == 1)
        #expect(m.pausedTimeS == 121)
        #expect(m.quality.gpsDropouts == 1)
        #expect(m.durationS == 519 && m.movingTimeS == 398)
        #expect(m.averagePaceSPerKm.map { abs($0 - 519 / 1.197) < 1e-9 } == true)
    }

    @Test func sessionRPEUsesRecordedMinutes() {
        let run = SyntheticRun.activity(speed: Array(repeating: 3, count: 1_801))
        let m = RunMetricsCalculator.metrics(for: run, profile: AthleteProfile(sessionRPE: ["r.fit": 6]), params: Self.params)
        #expect(m.sessionRPELoad == 180)  // RPE 6 × 30 min (Foster 2001)
        #expect(m.sessionRPE == 6 && m.sessionRPESource == "athlete.yaml")
    }

    /// athlete.yaml's RPE for the run wins over the watch's workout_rpe; without it the FIT value
    /// is used; with neither there is no load; an out-of-range FIT value is ignored.
    @Test(arguments: [
        (Double?.some(6), 4.0, 6.0 as Double?, "athlete.yaml"), (nil, 4, 4, "fit"), (nil, .nan, nil, ""), (nil, 25, nil, ""),
    ])
    func sessionRPEPrecedence(yaml: Double?, fit: Double, used: Double?, source: String) {
        var run = SyntheticRun.activity(speed: Array(repeating: 3, count: 1_801))
        run.summary = SessionSummary(sport: "running", duration: 1_800, distance: 5_400, rpe: fit)
        let profile = AthleteProfile(sessionRPE: yaml.map { ["r.fit": $0] } ?? [:])
        let m = RunMetricsCalculator.metrics(for: run, profile: profile, params: Self.params)
        #expect(m.sessionRPE == used && m.sessionRPESource == source)
        #expect(m.sessionRPELoad == used.map { $0 * 30 })
    }

    /// A strength/plyometric session has no samples: duration and sub-sport come from the session
    /// message, the exercise categories travel for D2's jump sessions, and its RPE × minutes is load.
    @Test func nonRunningSessionCarriesSportCategoriesDurationAndLoad() {
        let session = Activity(runID: "2026-03-04-strength.fit", athlete: "cleo", sport: "training",
                               subSport: "strength_training", startTime: SyntheticRun.start,
                               samples: SampleColumns(),
                               summary: SessionSummary(sport: "training", subSport: "strength_training", duration: 2_400,
                                                       rpe: 7, exerciseCategories: ["plyo", "squat"]))
        let m = RunMetricsCalculator.metrics(for: session, params: Self.params)
        #expect(m.sport == "training" && m.subSport == "strength_training")
        #expect(m.exerciseCategories == ["plyo", "squat"])
        #expect(m.durationS == 2_400 && m.distanceM == 0 && m.cadenceSPM == nil)
        #expect(m.sessionRPELoad == 280)  // RPE 7 × 40 min
    }
}
