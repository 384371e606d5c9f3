/// One synthetic athlete: profile (written to athlete.yaml), running style and the story the
/// season tells about them (issue 4, "The sample season").
struct SeasonAthlete: Sendable {
    /// The three stories of the demo season; larger seasons repeat them with varied athletes.
    enum Story: Sendable, CaseIterable {
        /// Ramps weekly distance by 40 % with low cadence, long strides and long downhill runs;
        /// lateral knee pain at a predictable distance that eases with walking (ITBS pattern).
        case itbsRamp
        /// A steady control: same volume every week, normal cadence, one tempo run a week.
        case steadyControl
        /// Starts a hill-sprint and plyometric block mid-season; inferior-pole pain follows
        /// (patellar tendinopathy pattern).
        case hillSprintBlock
    }

    var id: String
    var story: Story
    var sex: String
    var birthYear: Int
    var heightCm: Int
    var massKg: Double
    var hrMax: Double
    var hrRest: Double
    /// Threshold pace, s/km.
    var thresholdPace: Double
    /// Easy cruising speed, m/s.
    var easySpeed: ClosedRange<Double>
    /// Cadence at 3 m/s, strides/min (FIT's running unit); rises 4.5 strides/min per m/s, i.e.
    /// ≈ 5 steps/min per 2 km/h (issue 4).
    var cadenceAt3: Double
    /// Ground contact time at 3 m/s, ms; −35 ms per m/s faster.
    var gctAt3: Double
    /// Left share of ground contact, %.
    var balance: Double
    /// Vertical oscillation at 3 m/s, mm.
    var oscillationAt3: Double
    /// Chance that a week puts two runs on one day (file suffix `-2`).
    var doubleDayChance: Double
    /// Whether athlete.yaml gives hr_rest (large seasons leave some out to exercise the default).
    var writesHRRest = true

    var thresholdSpeed: Double { 1000 / thresholdPace }

    var yaml: String {
        let pace = Int(thresholdPace.rounded())
        return """
            id: \(id)
            sex: \(sex)
            birth_year: \(birthYear)
            height_cm: \(heightCm)
            hr_max: \(Int(hrMax))

            """ + (writesHRRest ? "hr_rest: \(Int(hrRest))\n" : "") + """
            threshold_pace: "\(pace / 60):\(pace % 60 < 10 ? "0" : "")\(pace % 60)"
            threshold_hr: \(Int((hrRest + 0.88 * (hrMax - hrRest)).rounded()))
            timezone: Europe/Berlin

            """
    }

    /// The demo cast, one per story.
    static let demo: [SeasonAthlete] = [
        SeasonAthlete(id: "ana-ramp", story: .itbsRamp, sex: "female", birthYear: 1994, heightCm: 168, massKg: 58,
                      hrMax: 189, hrRest: 52, thresholdPace: 285, easySpeed: 2.9...3.2, cadenceAt3: 77.5,
                      gctAt3: 290, balance: 52.6, oscillationAt3: 98, doubleDayChance: 0),
        SeasonAthlete(id: "ben-steady", story: .steadyControl, sex: "male", birthYear: 1988, heightCm: 181, massKg: 72,
                      hrMax: 186, hrRest: 48, thresholdPace: 255, easySpeed: 3.2...3.5, cadenceAt3: 84.5,
                      gctAt3: 252, balance: 50.3, oscillationAt3: 84, doubleDayChance: 0.15),
        SeasonAthlete(id: "cleo-hills", story: .hillSprintBlock, sex: "female", birthYear: 1999, heightCm: 165, massKg: 57,
                      hrMax: 194, hrRest: 55, thresholdPace: 265, easySpeed: 3.1...3.4, cadenceAt3: 83.5,
                      gctAt3: 246, balance: 49.6, oscillationAt3: 88, doubleDayChance: 0.05),
    ]

    /// Athlete `index` of a season of any size: the demo cast first, then variations of the stories.
    static func cast(count: Int, rng: inout SplitMix64) -> [SeasonAthlete] {
        (0..<count).map { i in
            guard i >= demo.count else { return demo[i] }
            var a = demo[i % demo.count]
            let number = String(i + 1)
            a.id = "athlete-" + String(repeating: "0", count: max(0, 3 - number.count)) + number
            a.sex = rng.unit() < 0.5 ? "female" : "male"
            a.birthYear = rng.integer(1965...2006)
            a.hrMax = (205 - 0.7 * Double(2026 - a.birthYear) + rng.uniform(-6...6)).rounded()
            a.hrRest = rng.uniform(42...62).rounded()
            a.thresholdPace = (a.thresholdPace * rng.uniform(0.9...1.15)).rounded()
            a.easySpeed = (a.easySpeed.lowerBound * 270 / a.thresholdPace)...(a.easySpeed.upperBound * 270 / a.thresholdPace)
            a.cadenceAt3 += rng.uniform(-2...2)
            a.writesHRRest = rng.unit() > 0.2
            return a
        }
    }
}
