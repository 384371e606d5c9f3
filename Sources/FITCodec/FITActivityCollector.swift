/// Field access shared by raw (zero-copy) and decoded messages, so the activity extraction is
/// written once.
protocol FITFieldSource {
    var globalNumber: UInt16 { get }
    var segment: Int { get }
    func integer(_ number: UInt8) -> Int64?
    func double(_ number: UInt8) -> Double?
    /// Field 253, or the time resolved from a compressed header / timestamp_16.
    var timestamp: Int64? { get }
    func compressedSpeedDistance() -> (UInt8, UInt8, UInt8)?
    func integers(_ number: UInt8) -> [Int64]
    /// Developer fields with a description: (description, scaled value).
    func forEachDeveloperValue(_ body: (FITDeveloperFieldDescription, Double) -> Void)
}

extension FITRawMessage: FITFieldSource {
    func compressedSpeedDistance() -> (UInt8, UInt8, UInt8)? {
        guard let b = bytes(8), b.count == 3, !(b[0] == 0xFF && b[1] == 0xFF && b[2] == 0xFF) else { return nil }
        return (b[0], b[1], b[2])
    }

    func integers(_ number: UInt8) -> [Int64] {
        guard let i = definition.index(of: number), case let value? = FITValueReader.value(self, at: i) else { return [] }
        return FITMessageFields.integers(value)
    }

    func forEachDeveloperValue(_ body: (FITDeveloperFieldDescription, Double) -> Void) {
        for i in definition.developerFields.indices {
            if let (description, value) = developerDouble(at: i) { body(description, value) }
        }
    }
}

/// A decoded `FITMessage` seen through `FITFieldSource`.
struct FITMessageFields: FITFieldSource {
    let message: FITMessage
    init(_ message: FITMessage) { self.message = message }

    var globalNumber: UInt16 { message.globalNumber }
    var segment: Int { message.segment }
    func integer(_ number: UInt8) -> Int64? { message[number]?.integer }
    func double(_ number: UInt8) -> Double? { message[number]?.double }
    var timestamp: Int64? { message[253]?.integer }

    func compressedSpeedDistance() -> (UInt8, UInt8, UInt8)? {
        guard case .bytes(let b)? = message[8], b.count == 3 else { return nil }
        return (b[0], b[1], b[2])
    }

    func integers(_ number: UInt8) -> [Int64] { message[number].map(Self.integers) ?? [] }

    static func integers(_ value: FITValue) -> [Int64] {
        switch value {
        case .integer(let v): [v]
        case .integerArray(let a, let valid): zip(a, valid).filter(\.1).map(\.0)
        default: []
        }
    }

    func forEachDeveloperValue(_ body: (FITDeveloperFieldDescription, Double) -> Void) {
        for field in message.developerFields {
            guard let description = field.description, let raw = field.value.double, raw.isFinite else { continue }
            body(description, raw / description.scale - description.offset)
        }
    }
}

/// Builds a `FITActivity` from messages in file order. Accumulated distance
/// (compressed_speed_distance) resets per chained segment, as the FIT protocol says.
struct FITActivityCollector: FITVisitor {
    var activity = FITActivity()
    private var accumulatedDistance: Int64?
    private var lastDistanceBits: Int64 = 0

    mutating func segmentStarted(index: Int, offset: Int) {
        accumulatedDistance = nil
        lastDistanceBits = 0
    }

    mutating func message(_ message: FITRawMessage) {
        if message.globalNumber == 20, activity.records.isEmpty {
            // At most one record per record-sized run of the bytes left: growing the array by doubling
            // copied every record several times (memmove was 8 % of decoding).
            activity.records.reserveCapacity((message.buffer.count - message.headerOffset) / (message.definition.size + 1))
        }
        collect(message)
    }

    private static func unix(_ fit: Int64?) -> Int64? { fit.map(FITEpoch.unix(fromFIT:)) }
    private static func int(_ v: Int64?) -> Int? { v.map { Int(truncatingIfNeeded: $0) } }

    mutating func collect<S: FITFieldSource>(_ m: S) {
        switch m.globalNumber {
        case 20: record(m)
        case 0 where activity.fileID == nil:
            activity.fileID = FITActivity.FileID(type: Self.int(m.integer(0)), manufacturer: Self.int(m.integer(1)),
                                                 product: Self.int(m.integer(2)), timeCreated: Self.unix(m.integer(4)))
        case 12:
            activity.sports.append(FITActivity.Sport(sport: Self.int(m.integer(0)), subSport: Self.int(m.integer(1))))
        case 18:
            var s = segment(m, sport: 5, subSport: 6)
            s.averageHeartRate = m.double(16) ?? .nan
            s.maxHeartRate = m.double(17) ?? .nan
            s.rpe = m.double(193).map { $0 / 10 } ?? .nan
            activity.sessions.append(s)
        case 19:
            var s = segment(m, sport: 25, subSport: 39)
            s.averageHeartRate = m.double(15) ?? .nan
            s.maxHeartRate = m.double(16) ?? .nan
            activity.laps.append(s)
        case 21 where m.integer(0) == 0:  // event: timer
            if let t = m.timestamp, let type = m.integer(1), [0, 1, 4, 8, 9].contains(type) {
                activity.timerEvents.append((FITEpoch.unix(fromFIT: t), type == 0))
            }
        case 225:
            for category in m.integers(7) {
                let name = FITProfile.enumName("exercise_category", Int(category)) ?? "exercise_category-\(category)"
                if !activity.exerciseCategories.contains(name) { activity.exerciseCategories.append(name) }
            }
        default:
            break
        }
    }

    private func segment<S: FITFieldSource>(_ m: S, sport: UInt8, subSport: UInt8) -> FITActivity.Segment {
        var s = FITActivity.Segment(startTime: Self.unix(m.integer(2)), timestamp: Self.unix(m.integer(253)),
                                    sport: Self.int(m.integer(sport)), subSport: Self.int(m.integer(subSport)),
                                    totalElapsedTime: m.double(7).map { $0 / 1000 } ?? .nan,
                                    totalDistance: m.double(9).map { $0 / 100 } ?? .nan)
        s.totalTimerTime = m.double(8).map { $0 / 1000 } ?? .nan
        s.segment = m.segment
        return s
    }

    /// Scales from the profile (record message): altitude /5 − 500, speed /1000, distance /100,
    /// vertical_oscillation and stance_time and step_length /10, ratios and balance /100.
    private mutating func record<S: FITFieldSource>(_ m: S) {
        var r = FITActivity.Record(timestamp: nil)
        r.segment = m.segment
        if let t = m.timestamp {
            if t < 0x1000_0000 { activity.relativeRecordTimes += 1 }
            r.timestamp = FITEpoch.unix(fromFIT: t)
        }
        if let lat = m.integer(0), let lon = m.integer(1) {
            r.latitude = Double(lat) * (180.0 / 2_147_483_648.0)
            r.longitude = Double(lon) * (180.0 / 2_147_483_648.0)
        }
        // enhanced_altitude / enhanced_speed win over their 16-bit forms.
        if let v = m.double(78) ?? m.double(2) { r.altitude = v / 5 - 500 }
        if let v = m.double(3) { r.heartRate = v }
        if let v = m.double(4) { r.cadence = v }
        if let v = m.double(53) { r.fractionalCadence = v / 128 }
        if let v = m.double(5) { r.distance = v / 100 }
        if let v = m.double(73) ?? m.double(6) { r.speed = v / 1000 }
        if let v = m.double(7) { r.power = v }
        if let v = m.double(41) { r.stanceTime = v / 10 }
        if let v = m.double(84) { r.stanceTimeBalance = v / 100 }
        if let v = m.double(85) { r.stepLength = v / 10 }
        if let v = m.double(39) { r.verticalOscillation = v / 10 }
        if let v = m.double(83) { r.verticalRatio = v / 100 }
        if let b = m.compressedSpeedDistance() {
            // compressed_speed_distance: 12-bit speed (1/100 m/s) and 12-bit accumulated distance (1/16 m).
            if r.speed.isNaN { r.speed = Double(Int(b.0) | Int(b.1 & 0x0F) << 8) / 100 }
            let bits = Int64(b.1 >> 4) | Int64(b.2) << 4
            let total = accumulatedDistance.map { $0 + ((bits - lastDistanceBits) & 0xFFF) } ?? bits
            accumulatedDistance = total
            lastDistanceBits = bits
            if r.distance.isNaN { r.distance = Double(total) / 16 }
        }
        m.forEachDeveloperValue { description, value in Self.applyDeveloper(description, value, to: &r) }
        activity.records.append(r)
    }

    /// Maps developer fields (Stryd and similar) onto native columns that the device left empty.
    /// Stryd's "Vertical Oscillation" is in cm; native vertical_oscillation is mm (DOMAIN.md).
    private static func applyDeveloper(_ d: FITDeveloperFieldDescription, _ value: Double,
                                       to r: inout FITActivity.Record) {
        if d.nativeMessage == 20, let native = d.nativeField {
            // A declared native field is the same quantity in native units.
            switch native {
            case 7 where r.power.isNaN: r.power = value
            case 3 where r.heartRate.isNaN: r.heartRate = value
            default: break
            }
            return
        }
        switch d.name.lowercased() {
        case "power" where r.power.isNaN: r.power = value
        case "ground time", "ground contact time", "stance time": if r.stanceTime.isNaN { r.stanceTime = value }
        case "vertical oscillation" where r.verticalOscillation.isNaN:
            r.verticalOscillation = d.units.lowercased() == "mm" ? value : value * 10
        default: break
        }
    }
}
