import GaitMetrics
import GaitModel
import Testing

@Suite struct BanisterTRIMPTests {
    /// DOMAIN.md L6 worked example and its female counterpart (0.86·e^(1.67·HRr)), by hand:
    /// HRr = 90/130 = 0.6923; male 45 × 0.6923 × 0.64 × e^1.3292 = 75.3; female 45 × 0.6923 × 0.86 × e^1.1562 = 85.1.
    @Test(arguments: [(AthleteProfile.Sex.male, 75.3), (.female, 85.1), (.unknown, 75.3)])
    func workedExample(sex: AthleteProfile.Sex, expected: Double) {
        let trimp = BanisterTRIMP(sex: sex, hrRest: 60, hrMax: 190).impulse(minutes: 45, heartRate: 150)
        #expect(abs(trimp - expected) < 0.05, "\(sex): \(trimp)")
    }

    /// The same through the calculator: 45 minutes of 1 s samples at HR 150.
    @Test func calculatorSumsPerSecond() throws {
        let run = SyntheticRun.activity(speed: Array(repeating: 3, count: 45 * 60 + 1), heartRate: 150)
        let profile = AthleteProfile(sex: .male, hrMax: 190, hrRest: 60)
        let m = RunMetricsCalculator.metrics(for: run, profile: profile, params: CalculatorTests.params)
        // 2,701 samples weigh 1 s each: 45 min + 1 s.
        #expect(abs(try #require(m.trimp) - 75.3 * 2701 / 2700) < 0.05)
        #expect(!m.profileNotes.contains { $0.hasPrefix("hr_") || $0.hasPrefix("trimp") })
        // 150/190 = 79 % HRmax: zone 3 (70–80 %), all of it.
        #expect(m.hrZoneTimesS == [0, 0, 2701, 0, 0])
        #expect(m.highIntensityBasis == "hr_max" && m.highIntensityS == 0)
    }

    @Test func defaultsAreNoted() {
        let run = SyntheticRun.activity(speed: Array(repeating: 3, count: 60), heartRate: 150)
        let m = RunMetricsCalculator.metrics(for: run, profile: AthleteProfile(defaulted: ["hr_max", "hr_rest"]),
                                             params: CalculatorTests.params)
        #expect(m.profileNotes.contains { $0.hasPrefix("hr_max: default 200") })
        #expect(m.profileNotes.contains { $0.hasPrefix("hr_rest: default 60") })
        #expect(m.profileNotes.contains { $0.hasPrefix("trimp: sex unknown") })
    }
}
