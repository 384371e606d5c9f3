/// One running (or other) session as imported from a FIT or CSV file: metadata plus
/// per-second columnar samples. Missing sample values are `.nan`.
public struct Activity: Sendable, Equatable {
    /// File path relative to the athlete folder, plus `#n` when a file holds several sessions.
    public var runID: String
    public var athlete: String
    /// FIT sport name in lower case ("running", "cycling", "training", …).
    public var sport: String
    public var subSport: String
    /// Session start, seconds since the Unix epoch (UTC).
    public var startTime: Int64
    /// Manufacturer and product as decoded ("garmin fenix2"); empty when unknown.
    public var device: String
    /// Samples; only running sessions have them (DOMAIN.md: other sports feed load via `summary`).
    public var samples: SampleColumns
    /// Non-fatal problems found while importing (shown in the report's data-quality section).
    public var warnings: [String]
    /// The session's laps, in order.
    public var laps: [LapSummary]
    /// The session message's summary (every sport). A FIT file without one gets a summary holding
    /// only the timer time its timer events give (duration and distance NaN); nil without either.
    public var summary: SessionSummary?
    /// The file was truncated or failed its CRC: what is here was salvaged (DOMAIN.md "Duplicate
    /// recordings": a complete copy of the same run wins).
    public var damaged = false
    /// The gear (shoe) a bulk export names for it (Strava's `Activity Gear`); empty when none.
    public var gear = ""

    public init(runID: String, athlete: String, sport: String, subSport: String = "", startTime: Int64,
                device: String = "", samples: SampleColumns = SampleColumns(), warnings: [String] = [],
                laps: [LapSummary] = [], summary: SessionSummary? = nil) {
        self.runID = runID
        self.athlete = athlete
        self.sport = sport
        self.subSport = subSport
        self.startTime = startTime
        self.device = device
        self.samples = samples
        self.warnings = warnings
        self.laps = laps
        self.summary = summary
    }

    public var isRunning: Bool { sport == "running" }
}

/// Per-second samples, one array per channel, all of equal length. `.nan` marks a missing value.
public struct SampleColumns: Sendable, Equatable {
    /// Seconds since the Unix epoch (UTC).
    public var timestamp: [Int64]
    /// Cumulative distance, metres.
    public var distance: [Double]
    /// Speed, m/s.
    public var speed: [Double]
    /// Altitude, metres.
    public var altitude: [Double]
    /// Heart rate, beats/min.
    public var heartRate: [Double]
    /// Cadence in **steps/min** (FIT's strides/min already doubled by the importer; DOMAIN.md).
    public var cadence: [Double]
    /// Power, watts.
    public var power: [Double]
    /// Ground contact (stance) time, ms.
    public var stanceTime: [Double]
    /// Stance-time balance, % on the left foot.
    public var stanceTimeBalance: [Double]
    /// Step length, mm.
    public var stepLength: [Double]
    /// Vertical oscillation, mm.
    public var verticalOscillation: [Double]
    /// Vertical ratio, % (oscillation / step length).
    public var verticalRatio: [Double]
    /// Position, degrees (WGS84).
    public var latitude: [Double]
    public var longitude: [Double]

    public init(timestamp: [Int64] = [], distance: [Double] = [], speed: [Double] = [],
                altitude: [Double] = [], heartRate: [Double] = [], cadence: [Double] = [],
                power: [Double]? = nil, stanceTime: [Double]? = nil, stanceTimeBalance: [Double]? = nil,
                stepLength: [Double]? = nil, verticalOscillation: [Double]? = nil, verticalRatio: [Double]? = nil,
                latitude: [Double]? = nil, longitude: [Double]? = nil) {
        self.timestamp = timestamp
        self.distance = distance
        self.speed = speed
        self.altitude = altitude
        self.heartRate = heartRate
        self.cadence = cadence
        // Columns a caller leaves out are all missing, so every column keeps the same length.
        let missing = [Double](repeating: .nan, count: timestamp.count)
        self.power = power ?? missing
        self.stanceTime = stanceTime ?? missing
        self.stanceTimeBalance = stanceTimeBalance ?? missing
        self.stepLength = stepLength ?? missing
        self.verticalOscillation = verticalOscillation ?? missing
        self.verticalRatio = verticalRatio ?? missing
        self.latitude = latitude ?? missing
        self.longitude = longitude ?? missing
    }

    public var count: Int { timestamp.count }

    /// Every Double column, for code that treats them alike (length checks, equality, filtering).
    public static var doubleColumns: [WritableKeyPath<SampleColumns, [Double]>] {
        [
        \.distance, \.speed, \.altitude, \.heartRate, \.cadence, \.power, \.stanceTime, \.stanceTimeBalance,
        \.stepLength, \.verticalOscillation, \.verticalRatio, \.latitude, \.longitude,
        ]
    }

    // Equality treats NaN == NaN so that round-trips of missing values compare equal.
    public static func == (a: SampleColumns, b: SampleColumns) -> Bool {
        func same(_ x: [Double], _ y: [Double]) -> Bool {
            x.count == y.count && zip(x, y).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
        }
        return a.timestamp == b.timestamp && doubleColumns.allSatisfy { same(a[keyPath: $0], b[keyPath: $0]) }
    }
}

/// One lap of a session. Missing values are `.nan`.
public struct LapSummary: Sendable, Equatable {
    /// Seconds since the Unix epoch (UTC).
    public var startTime: Int64
    /// Elapsed seconds.
    public var duration: Double
    /// Metres.
    public var distance: Double
    public var averageHeartRate: Double

    public init(startTime: Int64, duration: Double = .nan, distance: Double = .nan, averageHeartRate: Double = .nan) {
        self.startTime = startTime
        self.duration = duration
        self.distance = distance
        self.averageHeartRate = averageHeartRate
    }

    public static func == (a: LapSummary, b: LapSummary) -> Bool {
        a.startTime == b.startTime && SessionSummary.same(a.duration, b.duration)
            && SessionSummary.same(a.distance, b.distance) && SessionSummary.same(a.averageHeartRate, b.averageHeartRate)
    }
}

/// What a session message says about any sport (load and the high-intensity/jump rules use it for
/// non-running sessions, which carry no samples). Missing values are `.nan`.
public struct SessionSummary: Sendable, Equatable {
    public var sport: String
    public var subSport: String
    /// Elapsed seconds.
    public var duration: Double
    /// Metres.
    public var distance: Double
    public var averageHeartRate: Double
    public var maxHeartRate: Double
    /// Rating of perceived exertion, 0–10.
    public var rpe: Double
    /// Exercise category names (strength sets), e.g. "squat", "plyo".
    public var exerciseCategories: [String]
    /// Seconds the watch's timer ran (FIT session `total_timer_time`, else summed from the file's
    /// timer events); NaN when it wrote neither.
    public var timerTime: Double

    public init(sport: String, subSport: String = "", duration: Double = .nan, distance: Double = .nan,
                averageHeartRate: Double = .nan, maxHeartRate: Double = .nan, rpe: Double = .nan,
                exerciseCategories: [String] = [], timerTime: Double = .nan) {
        self.sport = sport
        self.subSport = subSport
        self.duration = duration
        self.distance = distance
        self.averageHeartRate = averageHeartRate
        self.maxHeartRate = maxHeartRate
        self.rpe = rpe
        self.exerciseCategories = exerciseCategories
        self.timerTime = timerTime
    }

    static func same(_ x: Double, _ y: Double) -> Bool { x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN) }

    public static func == (a: SessionSummary, b: SessionSummary) -> Bool {
        a.sport == b.sport && a.subSport == b.subSport && same(a.duration, b.duration) && same(a.distance, b.distance)
            && same(a.averageHeartRate, b.averageHeartRate) && same(a.maxHeartRate, b.maxHeartRate)
            && same(a.rpe, b.rpe) && a.exerciseCategories == b.exerciseCategories
    }
}
