/// Per-run facts computed by gait-metrics. Compact: no per-second arrays. `nil` = not measurable.
///
/// Everything here is a property of one run; season baselines (cadence at matched speed, 4-week
/// means) are injury-scoring's, where the whole season is present (issue 4).
public struct RunMetrics: Sendable, Equatable {
    public var runID: String
    public var athlete: String
    /// Seconds since the Unix epoch (UTC).
    public var startTime: Int64
    public var sport: String
    public var device: String
    public var distanceM: Double
    /// Elapsed time from first to last sample, seconds.
    public var durationS: Double
    /// Time spent moving (speed above the moving threshold), seconds.
    public var movingTimeS: Double
    /// Seconds the watch's timer ran, as the watch wrote it in its session summary (FIT
    /// `total_timer_time`); nil when the file has none (CSV, a session-less FIT).
    public var timerTimeS: Double?
    /// Moving pace, seconds per km.
    public var movingPaceSPerKm: Double?
    /// Mean cadence while running, steps/min.
    public var cadenceSPM: Double?
    public var warnings: [String]

    // MARK: Time and pace
    /// Recording pauses (gaps longer than `max_sample_gap_s`) and stops (below the moving speed), seconds.
    public var pausedTimeS: Double = 0
    /// Number of pauses or stops of at least 10 s.
    public var pauseCount: Int = 0
    /// Average pace over the elapsed time (pauses included), seconds per km.
    public var averagePaceSPerKm: Double?

    // MARK: Gait (G1–G3 inputs)
    /// Standard deviation of running cadence, steps/min.
    public var cadenceSDSPM: Double?
    /// Seconds of running per 5-steps/min cadence bin (the distribution).
    public var cadenceHistogram: [HistogramBin] = []
    /// Cadence and step length per 0.25 m/s speed bin: the season's matched-speed baseline input (G1/G2).
    public var speedBins: [SpeedBin] = []
    /// Mean step length while running, metres (native when recorded, else speed × 60 ÷ cadence).
    public var stepLengthM: Double?
    /// True when `stepLengthM` came from the watch's own step_length field.
    public var stepLengthIsNative: Bool = false
    /// Mean ground contact time (stance_time), ms.
    public var gctMS: Double?
    /// Mean stance_time_balance, % on the left foot (G3: |x − 50| > 2 is asymmetric).
    public var gctBalancePct: Double?
    public var verticalOscillationMM: Double?
    /// Vertical oscillation ÷ step length, %.
    public var verticalRatioPct: Double?
    public var powerW: Double?

    // MARK: Terrain (D1 inputs), from smoothed altitude
    public var ascentM: Double?
    public var descentM: Double?
    /// Metres descended per km run.
    public var descentPerKm: Double?
    /// Seconds on grades ≤ −3 %.
    public var downhillTimeS: Double?
    /// Seconds on grades ≥ +3 %.
    public var uphillTimeS: Double?
    /// Metres descended in the longest continuous descent, and the distance it covered.
    public var longestDescentM: Double?
    public var longestDescentDistanceM: Double?

    // MARK: Intensity (D2, L6 inputs)
    /// Seconds in heart-rate zones Z1–Z5 (50–60–70–80–90–100 % HRmax, Edwards); empty without heart rate.
    public var hrZoneTimesS: [Double] = []
    /// Seconds faster than threshold pace; nil when the profile gives none.
    public var fasterThanThresholdS: Double?
    /// D2's high-intensity time: faster than threshold pace, else at ≥ 80 % HRmax.
    public var highIntensityS: Double?
    /// What `highIntensityS` measured: "threshold_pace", "hr_max" or "" when neither was possible.
    public var highIntensityBasis: String = ""
    /// Interval, stride and sprint segments (DOMAIN.md Definitions; threshold pace needed).
    public var segments: [IntensitySegment] = []
    /// Banister TRIMP, sex-specific (L6).
    public var trimp: Double?
    /// Session RPE × minutes (Foster 2001), when an RPE is known for the session (see `sessionRPESource`).
    public var sessionRPELoad: Double?
    /// The Borg CR-10 RPE used: athlete.yaml `session_rpe` for the run id first, else the FIT
    /// session's workout_rpe; nil when neither gives one.
    public var sessionRPE: Double?
    /// Where `sessionRPE` came from: "athlete.yaml", "fit" or "" when none.
    public var sessionRPESource: String = ""
    /// The session's L3–L5 load in the assessment's unit, set by injury-scoring; nil when unknown.
    public var load: Double?
    /// `load` is estimated from the athlete's other sessions (DOMAIN.md "Load units").
    public var loadEstimated: Bool = false
    /// Its file was truncated or failed its CRC (`Activity.damaged`).
    public var damaged: Bool = false
    /// The gear (shoe) of the activity (`Activity.gear`); empty when none.
    public var gear: String = ""
    /// FIT sub-sport ("trail", "strength_training", …), "" when not recorded.
    public var subSport: String = ""
    /// Exercise categories of a strength/plyometric session's sets ("plyo", "squat", …), for D2 jump sessions.
    public var exerciseCategories: [String] = []
    /// Where the profile values used came from, e.g. "hr_max default 200" — the report says so.
    public var profileNotes: [String] = []

    // MARK: Data quality
    public var quality: DataQuality = DataQuality()

    // MARK: Season values (set by injury-scoring, which sees the whole season; nil before)
    /// G1: cadence at the season's reference speed from this run's speed bins, steps/min.
    public var cadenceMatchedSPM: Double?
    /// G2: step length at the season's reference speed from this run's speed bins, metres.
    public var stepLengthMatchedM: Double?

    public init(runID: String, athlete: String, startTime: Int64, sport: String, device: String = "",
                distanceM: Double, durationS: Double, movingTimeS: Double,
                movingPaceSPerKm: Double? = nil, cadenceSPM: Double? = nil, warnings: [String] = []) {
        self.runID = runID
        self.athlete = athlete
        self.startTime = startTime
        self.sport = sport
        self.device = device
        self.distanceM = distanceM
        self.durationS = durationS
        self.movingTimeS = movingTimeS
        self.movingPaceSPerKm = movingPaceSPerKm
        self.cadenceSPM = cadenceSPM
        self.warnings = warnings
    }
}
