/// One synthetic athlete: profile (written to athlete.yaml), running style and weekly plan.
struct SeasonAthlete: Sendable {
    enum Plan: Sendable {
        /// Runs of `runKm` each, `runs` a week; with `spikeWeek` (0-based) holding one long run of
        /// `spikeFactor` × the longest run of the previous 30 days.
        case steady(runs: ClosedRange<Int>, runKm: ClosedRange<Double>, spikeWeek: Int?, spikeFactor: Double)
        /// Weekly distance growing by `growth` per week from `startKm`, spread over 3–6 runs.
        case build(startKm: Double, growth: Double)
    }

    var id: String
    var sex: String
    var birthYear: Int
    var hrMax: Double
    var hrRest: Double
    /// Typical cruising speed, m/s.
    var speed: ClosedRange<Double>
    /// Cadence in strides/min (FIT's running unit).
    var cadence: ClosedRange<Double>
    var plan: Plan
    /// Chance that a week puts two runs on one day (file suffix `-2`).
    var doubleDayChance: Double

    var yaml: String {
        "id: \(id)\nsex: \(sex)\nbirth_year: \(birthYear)\nhr_max: \(Int(hrMax))\nhr_rest: \(Int(hrRest))\n"
    }

    /// The season's cast: a spike (ana), a control (ben) and a steady 8 %/week build (cleo).
    static let cast: [SeasonAthlete] = [
        SeasonAthlete(id: "ana-ramp", sex: "female", birthYear: 1994, hrMax: 189, hrRest: 52,
                      speed: 3.1...3.4, cadence: 78...80,
                      plan: .steady(runs: 4...5, runKm: 6.5...8.0, spikeWeek: 11, spikeFactor: 2.2),
                      doubleDayChance: 0),
        SeasonAthlete(id: "ben-steady", sex: "male", birthYear: 1988, hrMax: 186, hrRest: 48,
                      speed: 3.2...3.6, cadence: 84...88,
                      plan: .steady(runs: 4...4, runKm: 7.5...10, spikeWeek: nil, spikeFactor: 1),
                      doubleDayChance: 0.15),
        SeasonAthlete(id: "cleo-build", sex: "female", birthYear: 1999, hrMax: 194, hrRest: 55,
                      speed: 3.2...3.5, cadence: 82...86,
                      plan: .build(startKm: 18, growth: 1.08), doubleDayChance: 0.05),
    ]
}
