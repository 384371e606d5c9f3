/// injury-scoring's grouped input: everything known about one athlete, handed over once every
/// upstream item of the athlete is done.
public struct AthleteSeason: Sendable, Equatable {
    public var athlete: String
    public var runs: [RunMetrics]
    /// Raw `athlete.yaml`, empty when absent.
    public var athleteYAML: [UInt8]
    /// Raw `symptoms.csv`, empty when absent.
    public var symptomsCSV: [UInt8]
    /// Inputs of this athlete that upstream stages or the runner skipped.
    public var skipped: [SkippedInput]
    /// Lab/video sessions from the athlete's `kinematics/` folder, sorted by day (undated last), then source.
    public var kinematics: [KinematicsSession]

    public init(athlete: String, runs: [RunMetrics], athleteYAML: [UInt8] = [], symptomsCSV: [UInt8] = [],
                skipped: [SkippedInput] = [], kinematics: [KinematicsSession] = []) {
        self.athlete = athlete
        self.runs = runs
        self.athleteYAML = athleteYAML
        self.symptomsCSV = symptomsCSV
        self.skipped = skipped
        self.kinematics = kinematics
    }
}
