import CGaitpipeWire
import CProtobufC
import GaitModel

extension Activity: WirePayload {
    public static let wireType = "Activity"

    public func encoded() -> [UInt8] {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__Activity> = arena.message { gaitpipe__v1__activity__init($0) }
        m.pointee.run_id = arena.string(runID)
        m.pointee.athlete = arena.string(athlete)
        m.pointee.sport = arena.string(sport)
        m.pointee.sub_sport = arena.string(subSport)
        m.pointee.start_time = startTime
        m.pointee.device = arena.string(device)
        let s: UnsafeMutablePointer<Gaitpipe__V1__SampleColumns> =
            arena.message { gaitpipe__v1__sample_columns__init($0) }
        // Packed repeated fields: one frame for the whole run, not one message per sample (DESIGN.md).
        s.pointee.n_timestamp = samples.timestamp.count
        s.pointee.timestamp = arena.copy(samples.timestamp)
        s.pointee.n_distance = samples.distance.count
        s.pointee.distance = arena.copy(samples.distance)
        s.pointee.n_speed = samples.speed.count
        s.pointee.speed = arena.copy(samples.speed)
        s.pointee.n_altitude = samples.altitude.count
        s.pointee.altitude = arena.copy(samples.altitude)
        s.pointee.n_heart_rate = samples.heartRate.count
        s.pointee.heart_rate = arena.copy(samples.heartRate)
        s.pointee.n_cadence = samples.cadence.count
        s.pointee.cadence = arena.copy(samples.cadence)
        m.pointee.samples = s
        m.pointee.n_warnings = warnings.count
        m.pointee.warnings = arena.strings(warnings)
        return arena.pack(m)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__activity__unpack,
                          gaitpipe__v1__activity__free_unpacked) { p throws(WireError) in
            let m = p.pointee
            var columns = SampleColumns()
            if let s = m.samples?.pointee {
                columns = SampleColumns(timestamp: CRead.array(s.n_timestamp, s.timestamp),
                                        distance: CRead.array(s.n_distance, s.distance),
                                        speed: CRead.array(s.n_speed, s.speed),
                                        altitude: CRead.array(s.n_altitude, s.altitude),
                                        heartRate: CRead.array(s.n_heart_rate, s.heart_rate),
                                        cadence: CRead.array(s.n_cadence, s.cadence))
                let n = columns.timestamp.count
                let lengths = [columns.distance.count, columns.speed.count, columns.altitude.count,
                               columns.heartRate.count, columns.cadence.count]
                guard lengths.allSatisfy({ $0 == n }) else {
                    throw WireError(type: Self.wireType, byteCount: bytes.count,
                                    detail: "sample columns differ in length (\(n) timestamps, \(lengths))")
                }
            }
            return Activity(runID: CRead.string(m.run_id), athlete: CRead.string(m.athlete),
                            sport: CRead.string(m.sport), subSport: CRead.string(m.sub_sport),
                            startTime: m.start_time, device: CRead.string(m.device), samples: columns,
                            warnings: CRead.strings(m.n_warnings, m.warnings))
        }
    }
}
