/// Per-run facts computed by gait-metrics. Compact: no per-second arrays. `nil` = not measurable.
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
    /// Moving pace, seconds per km.
    public var movingPaceSPerKm: Double?
    /// Mean cadence while running, steps/min.
    public var cadenceSPM: Double?
    public var warnings: [String]

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
