import CGaitpipeWire
import CProtobufC
import GaitModel

/// A model type that travels as a payload frame. `wireType` is the name used in TASK/RESULT
/// headers, in `--describe` and in pipeline type checks.
public protocol WirePayload: Sendable {
    static var wireType: String { get }
    func encoded() -> [UInt8]
    init(decoding bytes: [UInt8]) throws(WireError)
}

extension RawFile: WirePayload {
    public static let wireType = "RawFile"

    public func encoded() -> [UInt8] {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__RawFile> = arena.message { gaitpipe__v1__raw_file__init($0) }
        m.pointee.path = arena.string(path)
        m.pointee.athlete = arena.string(athlete)
        m.pointee.data = arena.binary(data)
        return arena.pack(m)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__raw_file__unpack,
                          gaitpipe__v1__raw_file__free_unpacked) { m in
            RawFile(path: CRead.string(m.pointee.path), athlete: CRead.string(m.pointee.athlete),
                    data: CRead.bytes(m.pointee.data))
        }
    }
}

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

extension RunMetrics: WirePayload {
    public static let wireType = "RunMetrics"

    public func encoded() -> [UInt8] {
        let arena = PackArena()
        return arena.pack(fill(arena))
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__run_metrics__unpack,
                          gaitpipe__v1__run_metrics__free_unpacked) { RunMetrics(reading: $0) }
    }

    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__RunMetrics> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__RunMetrics> = arena.message { gaitpipe__v1__run_metrics__init($0) }
        m.pointee.run_id = arena.string(runID)
        m.pointee.athlete = arena.string(athlete)
        m.pointee.start_time = startTime
        m.pointee.sport = arena.string(sport)
        m.pointee.device = arena.string(device)
        m.pointee.distance_m = distanceM
        m.pointee.duration_s = durationS
        m.pointee.moving_time_s = movingTimeS
        // NaN stands for "not measurable": protoc-c 1.4 has no proto3 `optional`.
        m.pointee.moving_pace_s_per_km = movingPaceSPerKm ?? .nan
        m.pointee.cadence_spm = cadenceSPM ?? .nan
        m.pointee.n_warnings = warnings.count
        m.pointee.warnings = arena.strings(warnings)
        return m
    }

    init(reading p: UnsafeMutablePointer<Gaitpipe__V1__RunMetrics>) {
        let m = p.pointee
        self.init(runID: CRead.string(m.run_id), athlete: CRead.string(m.athlete), startTime: m.start_time,
                  sport: CRead.string(m.sport), device: CRead.string(m.device), distanceM: m.distance_m,
                  durationS: m.duration_s, movingTimeS: m.moving_time_s,
                  movingPaceSPerKm: m.moving_pace_s_per_km.isNaN ? nil : m.moving_pace_s_per_km,
                  cadenceSPM: m.cadence_spm.isNaN ? nil : m.cadence_spm,
                  warnings: CRead.strings(m.n_warnings, m.warnings))
    }
}

extension SkippedInput {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__SkippedInput> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__SkippedInput> = arena.message { gaitpipe__v1__skipped_input__init($0) }
        m.pointee.path = arena.string(path)
        m.pointee.stage = arena.string(stage)
        m.pointee.reason = arena.string(reason)
        return m
    }

    init(reading p: UnsafeMutablePointer<Gaitpipe__V1__SkippedInput>) {
        self.init(path: CRead.string(p.pointee.path), stage: CRead.string(p.pointee.stage),
                  reason: CRead.string(p.pointee.reason))
    }
}

extension AthleteSeason: WirePayload {
    public static let wireType = "AthleteSeason"

    public func encoded() -> [UInt8] {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__AthleteSeason> =
            arena.message { gaitpipe__v1__athlete_season__init($0) }
        m.pointee.athlete = arena.string(athlete)
        m.pointee.n_runs = runs.count
        m.pointee.runs = arena.messages(runs) { $0.fill(arena) }
        m.pointee.athlete_yaml = arena.binary(athleteYAML)
        m.pointee.symptoms_csv = arena.binary(symptomsCSV)
        m.pointee.n_skipped = skipped.count
        m.pointee.skipped = arena.messages(skipped) { $0.fill(arena) }
        return arena.pack(m)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__athlete_season__unpack,
                          gaitpipe__v1__athlete_season__free_unpacked) { p in
            let m = p.pointee
            return AthleteSeason(athlete: CRead.string(m.athlete),
                                 runs: CRead.messages(m.n_runs, m.runs) { RunMetrics(reading: $0) },
                                 athleteYAML: CRead.bytes(m.athlete_yaml), symptomsCSV: CRead.bytes(m.symptoms_csv),
                                 skipped: CRead.messages(m.n_skipped, m.skipped) { SkippedInput(reading: $0) })
        }
    }
}
