/// The activity-related messages of a FIT file, typed and scaled (FIT SDK profile):
/// file_id (0), sport (12), session (18), lap (19) and record (20). Times are Unix seconds.
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

    /// A session or a lap: a time range with a sport.
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
            a.startTime == b.startTime && a.timestamp == b.timestamp && a.sport == b.sport && a.subSport == b.subSport
                && a.totalElapsedTime.bitPattern == b.totalElapsedTime.bitPattern
                && a.totalDistance.bitPattern == b.totalDistance.bitPattern
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

        public init(timestamp: Int64?) { self.timestamp = timestamp }

        /// cadence + fractional_cadence, as stored (NaN when cadence is absent).
        public var totalCadence: Double { cadence + (fractionalCadence.isNaN ? 0 : fractionalCadence) }
    }

    public var fileID: FileID?
    public var sports: [Sport]
    public var sessions: [Segment]
    public var laps: [Segment]
    public var records: [Record]

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
        self.init()
        // compressed_speed_distance (record field 8) accumulates distance across records.
        var accumulatedDistance: Int64?
        var lastDistanceBits: Int64 = 0
        for message in file.messages {
            switch message.globalNumber {
            case 0 where fileID == nil:
                fileID = FileID(type: message.int(0), manufacturer: message.int(1), product: message.int(2),
                                timeCreated: message.time(4))
            case 12:
                sports.append(Sport(sport: message.int(0), subSport: message.int(1)))
            case 18:
                sessions.append(Segment(startTime: message.time(2), timestamp: message.time(253), sport: message.int(5),
                                        subSport: message.int(6), totalElapsedTime: message.scaled(7, 1000),
                                        totalDistance: message.scaled(9, 100)))
            case 19:
                laps.append(Segment(startTime: message.time(2), timestamp: message.time(253), sport: message.int(25),
                                    subSport: message.int(39), totalElapsedTime: message.scaled(7, 1000),
                                    totalDistance: message.scaled(9, 100)))
            case 20:
                records.append(record(message, accumulatedDistance: &accumulatedDistance, lastBits: &lastDistanceBits))
            default:
                break
            }
        }
    }
}

extension FITActivity {
    /// One pass over the record's fields (records are most of a file, so no per-field lookups).
    private func record(_ message: FITMessage, accumulatedDistance: inout Int64?, lastBits: inout Int64) -> Record {
        var r = Record(timestamp: nil)
        var latitude: Int64?, longitude: Int64?
        var altitude = Double.nan, speed = Double.nan, compressed: [UInt8]?
        for field in message.fields {
            let value = field.value.double ?? .nan
            switch field.number {
            case 253: r.timestamp = field.value.integer.map(FITEpoch.unix(fromFIT:))
            case 0: latitude = field.value.integer
            case 1: longitude = field.value.integer
            case 2: altitude = value / 5 - 500
            case 78: r.altitude = value / 5 - 500  // enhanced_altitude wins over altitude
            case 3: r.heartRate = value
            case 4: r.cadence = value
            case 53: r.fractionalCadence = value / 128
            case 5: r.distance = value / 100
            case 6: speed = value / 1000
            case 73: r.speed = value / 1000  // enhanced_speed wins over speed
            case 8: if case .bytes(let b) = field.value, b.count == 3 { compressed = b }
            default: break
            }
        }
        if r.altitude.isNaN { r.altitude = altitude }
        if r.speed.isNaN { r.speed = speed }
        if let latitude, let longitude {
            r.latitude = Double(latitude) * (180.0 / 2_147_483_648.0)
            r.longitude = Double(longitude) * (180.0 / 2_147_483_648.0)
        }
        if let b = compressed {
            // compressed_speed_distance: 12-bit speed (1/100 m/s) and 12-bit accumulated distance (1/16 m).
            if r.speed.isNaN { r.speed = Double(Int(b[0]) | Int(b[1] & 0x0F) << 8) / 100 }
            let bits = Int64(b[1] >> 4) | Int64(b[2]) << 4
            let total = accumulatedDistance.map { $0 + ((bits - lastBits) & 0xFFF) } ?? bits
            accumulatedDistance = total
            lastBits = bits
            if r.distance.isNaN { r.distance = Double(total) / 16 }
        }
        return r
    }
}

extension FITMessage {
    fileprivate func int(_ number: UInt8) -> Int? {
        self[number]?.integer.map { Int(truncatingIfNeeded: $0) }
    }

    fileprivate func time(_ number: UInt8) -> Int64? {
        self[number]?.integer.map(FITEpoch.unix(fromFIT:))
    }

    fileprivate func scaled(_ number: UInt8, _ scale: Double, offset: Double = 0, else fallback: Double = .nan) -> Double {
        guard let raw = self[number]?.double else { return fallback }
        return raw / scale - offset
    }
}
