/// The activity-related messages of a FIT file, typed and scaled (FIT SDK profile): file_id (0),
/// sport (12), session (18), lap (19), record (20) and set (225). Times are Unix seconds.
public struct FITActivity: Sendable {
    public struct FileID: Sendable, Equatable {
        public var type: Int?
        public var manufacturer: Int?
        public var product: Int?
        public var timeCreated: Int64?

        public init(type: Int? = 4, manufacturer: Int? = nil, product: Int? = nil, timeCreated: Int64? = nil) {
            self.type = type
            self.manufacturer = manufacturer
            self.product = product
            self.timeCreated = timeCreated
        }
    }

    /// A sport message, or the sport of a lap.
    public struct Sport: Sendable, Equatable {
        public var sport: Int?
        public var subSport: Int?

        public init(sport: Int?, subSport: Int? = nil) {
            self.sport = sport
            self.subSport = subSport
        }
    }

    /// A session or a lap: a time range with a sport and its summary values.
    public struct Segment: Sendable, Equatable {
        public var startTime: Int64?
        /// End of the segment (the message's timestamp field).
        public var timestamp: Int64?
        public var sport: Int?
        public var subSport: Int?
        /// Seconds.
        public var totalElapsedTime: Double
        /// Metres.
        public var totalDistance: Double
        /// Seconds of timer time (pauses excluded).
        public var totalTimerTime: Double = .nan
        public var averageHeartRate: Double = .nan
        public var maxHeartRate: Double = .nan
        /// workout_rpe (session only; the profile stores RPE × 10, here 0–10).
        public var rpe: Double = .nan
        /// Chained-file segment holding the message.
        public var segment: Int = 0

        public init(startTime: Int64?, timestamp: Int64?, sport: Int?, subSport: Int? = nil,
                    totalElapsedTime: Double = .nan, totalDistance: Double = .nan) {
            self.startTime = startTime
            self.timestamp = timestamp
            self.sport = sport
            self.subSport = subSport
            self.totalElapsedTime = totalElapsedTime
            self.totalDistance = totalDistance
        }

        public static func == (a: Segment, b: Segment) -> Bool {
            func same(_ x: Double, _ y: Double) -> Bool { x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN) }
            return a.startTime == b.startTime && a.timestamp == b.timestamp && a.sport == b.sport
                && a.subSport == b.subSport && same(a.totalElapsedTime, b.totalElapsedTime)
                && same(a.totalDistance, b.totalDistance)
        }
    }

    /// One record message in SI units; `.nan` marks an absent value.
    public struct Record: Sendable {
        public var timestamp: Int64?
        /// Degrees (converted from semicircles).
        public var latitude: Double = .nan
        public var longitude: Double = .nan
        /// Metres; enhanced_altitude when present.
        public var altitude: Double = .nan
        public var heartRate: Double = .nan
        /// Whole cadence as stored (strides/min for running).
        public var cadence: Double = .nan
        /// The 1/128 fraction stored beside cadence.
        public var fractionalCadence: Double = .nan
        /// Metres.
        public var distance: Double = .nan
        /// m/s; enhanced_speed when present.
        public var speed: Double = .nan
        /// Watts (native power, else a developer "Power" field such as Stryd's).
        public var power: Double = .nan
        /// Ground contact time, ms.
        public var stanceTime: Double = .nan
        /// % of ground contact time on the left foot.
        public var stanceTimeBalance: Double = .nan
        /// mm.
        public var stepLength: Double = .nan
        /// mm (Stryd's developer field is in cm and converted).
        public var verticalOscillation: Double = .nan
        /// %.
        public var verticalRatio: Double = .nan
        /// Chained-file segment holding the record.
        public var segment: Int = 0

        public init(timestamp: Int64?) { self.timestamp = timestamp }

        /// cadence + fractional_cadence, as stored (NaN when cadence is absent).
        public var totalCadence: Double { cadence + (fractionalCadence.isNaN ? 0 : fractionalCadence) }
    }

    public var fileID: FileID?
    public var sports: [Sport]
    public var sessions: [Segment]
    public var laps: [Segment]
    public var records: [Record]
    /// Exercise category names of set messages (strength sessions), in first-seen order.
    public var exerciseCategories: [String] = []
    /// Record timestamps below 0x10000000 are relative to the device's power-on (FIT `date_time`).
    public var relativeRecordTimes = 0
    /// Timer events (event message, `event` = timer) in file order: Unix time, and whether the
    /// timer starts (`start`) or stops (`stop`, `stop_all`, `stop_disable`, `stop_disable_all`).
    public var timerEvents: [(time: Int64, starts: Bool)] = []

    /// Seconds the timer ran by its events — what a watch sums into `total_timer_time` — within the
    /// recording's span `from`...`until` (its first and last record): a stop with no start before it
    /// means the timer ran from `from` (a watch may log its first start as another event); a timer
    /// still running at the last event runs to `until`; event times outside the span (a damaged
    /// file) are moved to its edge. Nil without a timer event.
    public func timerTime(from first: Int64?, until last: Int64?) -> Double? {
        guard !timerEvents.isEmpty else { return nil }
        func clamp(_ t: Int64) -> Int64 { min(max(t, first ?? t), last ?? t) }
        var total: Int64 = 0
        var startedAt: Int64? = timerEvents.first?.starts == false ? first : nil
        for event in timerEvents {
            let t = clamp(event.time)
            if event.starts {
                if startedAt == nil { startedAt = t }
            } else if let start = startedAt {
                total += max(0, t - start)
                startedAt = nil
            }
        }
        if let start = startedAt, let last { total += max(0, clamp(last) - start) }
        return Double(total)
    }

    public init(fileID: FileID? = nil, sports: [Sport] = [], sessions: [Segment] = [], laps: [Segment] = [],
                records: [Record] = []) {
        self.fileID = fileID
        self.sports = sports
        self.sessions = sessions
        self.laps = laps
        self.records = records
    }

    /// Extracts the typed messages from a decoded file.
    public init(_ file: FITFile) {
        var collector = FITActivityCollector()
        var segment = -1
        for message in file.messages {
            if message.segment != segment {
                segment = message.segment
                collector.segmentStarted(index: segment, offset: 0)
            }
            collector.collect(FITMessageFields(message))
        }
        self = collector.activity
    }

    /// Decodes and extracts in one pass over the bytes, reading only the fields it needs (the fast path).
    public static func decode(_ buffer: UnsafeRawBufferPointer, strictCRC: Bool = false) -> (FITActivity, FITDecodeReport) {
        var collector = FITActivityCollector()
        let report = FITDecoder(strictCRC: strictCRC).decode(buffer, visitor: &collector)
        return (collector.activity, report)
    }
}
