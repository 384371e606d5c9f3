import GaitMetrics
import GaitModel
import Testing

@Suite struct RunMetricsCalculatorTests {
    static let params = ResolvedParams(specs: RunMetricsCalculator.paramSpecs, given: [:])

    /// 11 samples, 1 s apart; samples 6 and 7 are walking (0.5 m/s), the rest run at 3 m/s.
    static func activity(sport: String = "running", distance: [Double]? = nil) -> Activity {
        let t: [Int64] = (0...10).map { 1_736_150_400 + $0 }
        let speed = [3, 3, 3, 3, 3, 3, 0.5, 0.5, 3, 3, 3]
        let dist = distance ?? [0, 3, 6, 9, 12, 15, 15.5, 16, 19, 22, 25]
        let cadence = [170, 170, 170, 170, 170, 170, 100, .nan, 170, 180, 170]
        return Activity(runID: "a.fit", athlete: "ana", sport: sport, startTime: t[0], device: "garmin fenix2",
                        samples: SampleColumns(timestamp: t, distance: dist, speed: speed, cadence: cadence),
                        warnings: ["one warning"])
    }

    @Test func runningMetrics() throws {
        let m = RunMetricsCalculator.metrics(for: Self.activity(), params: Self.params)
        #expect(m.distanceM == 25)
        #expect(m.durationS == 10)
        #expect(m.movingTimeS == 8)  // intervals closing on samples 1–5 and 8–10
        #expect(m.movingPaceSPerKm == 320)
        let cadence = try #require(m.cadenceSPM)
        #expect(abs(cadence - 1540.0 / 9) < 1e-9)  // the walking samples are left out
        #expect(m.warnings == ["one warning"])
        #expect(m.device == "garmin fenix2")
    }

    @Test func speedIsIntegratedWithoutDistance() {
        let a = Self.activity(distance: Array(repeating: .nan, count: 11))
        let m = RunMetricsCalculator.metrics(for: a, params: Self.params)
        #expect(m.distanceM == 25)  // each 1 s interval at its closing sample's speed: 8 × 3 m + 2 × 0.5 m
    }

    @Test func nonRunningHasNoCadence() {
        let m = RunMetricsCalculator.metrics(for: Self.activity(sport: "cycling"), params: Self.params)
        #expect(m.cadenceSPM == nil)
        #expect(m.distanceM == 25)
    }

    @Test func longGapIsAPause() {
        var a = Self.activity()
        for i in 6...10 { a.samples.timestamp[i] += 300 }
        let m = RunMetricsCalculator.metrics(for: a, params: Self.params)
        #expect(m.durationS == 310)
        #expect(m.movingTimeS == 8)
    }

    @Test func movingThresholdIsAParam() {
        let params = ResolvedParams(specs: RunMetricsCalculator.paramSpecs, given: ["moving_speed_mps": "0.4"])
        #expect(RunMetricsCalculator.metrics(for: Self.activity(), params: params).movingTimeS == 10)
    }
}
