import CGaitpipeWire
import CProtobufC
import GaitModel

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
