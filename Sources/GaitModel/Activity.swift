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
    public var samples: SampleColumns
    /// Non-fatal problems found while importing (shown in the report's data-quality section).
    public var warnings: [String]

    public init(runID: String, athlete: String, sport: String, subSport: String = "", startTime: Int64,
                device: String = "", samples: SampleColumns = SampleColumns(), warnings: [String] = []) {
        self.runID = runID
        self.athlete = athlete
        self.sport = sport
        self.subSport = subSport
        self.startTime = startTime
        self.device = device
        self.samples = samples
        self.warnings = warnings
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

    public init(timestamp: [Int64] = [], distance: [Double] = [], speed: [Double] = [],
                altitude: [Double] = [], heartRate: [Double] = [], cadence: [Double] = []) {
        self.timestamp = timestamp
        self.distance = distance
        self.speed = speed
        self.altitude = altitude
        self.heartRate = heartRate
        self.cadence = cadence
    }

    public var count: Int { timestamp.count }

    // Equality treats NaN == NaN so that round-trips of missing values compare equal.
    public static func == (a: SampleColumns, b: SampleColumns) -> Bool {
        func same(_ x: [Double], _ y: [Double]) -> Bool {
            x.count == y.count && zip(x, y).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
        }
        return a.timestamp == b.timestamp && same(a.distance, b.distance) && same(a.speed, b.speed)
            && same(a.altitude, b.altitude) && same(a.heartRate, b.heartRate) && same(a.cadence, b.cadence)
    }
}
