import CGaitpipeWire
import CProtobufC
public import GaitModel

extension Activity: WirePayload {
    public static let wireType = "Activity"

    /// The Double sample columns with their protobuf-c count/array fields, in one table so that
    /// encoding, decoding and the length check cannot disagree.
    private typealias Columns = Gaitpipe__V1__SampleColumns
    private static let doubleFields: [(any WritableKeyPath<SampleColumns, [Double]> & Sendable,
                                       any WritableKeyPath<Columns, Int> & Sendable,
                                       any WritableKeyPath<Columns, UnsafeMutablePointer<Double>?> & Sendable)] =
        [(\.distance, \.n_distance, \.distance), (\.speed, \.n_speed, \.speed), (\.altitude, \.n_altitude, \.altitude),
         (\.heartRate, \.n_heart_rate, \.heart_rate), (\.cadence, \.n_cadence, \.cadence), (\.power, \.n_power, \.power),
         (\.stanceTime, \.n_stance_time, \.stance_time),
         (\.stanceTimeBalance, \.n_stance_time_balance, \.stance_time_balance),
         (\.stepLength, \.n_step_length, \.step_length),
         (\.verticalOscillation, \.n_vertical_oscillation, \.vertical_oscillation),
         (\.verticalRatio, \.n_vertical_ratio, \.vertical_ratio), (\.latitude, \.n_latitude, \.latitude),
         (\.longitude, \.n_longitude, \.longitude)]

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__Activity> = arena.message { gaitpipe__v1__activity__init($0) }
        m.pointee.run_id = arena.string(runID)
        m.pointee.athlete = arena.string(athlete)
        m.pointee.sport = arena.string(sport)
        m.pointee.sub_sport = arena.string(subSport)
        m.pointee.start_time = startTime
        m.pointee.device = arena.string(device)
        m.pointee.gear = arena.string(gear)
        let s: UnsafeMutablePointer<Gaitpipe__V1__SampleColumns> =
            arena.message { gaitpipe__v1__sample_columns__init($0) }
        // Packed repeated fields: one frame for the whole run, not one message per sample (DESIGN.md).
        s.pointee.n_timestamp = samples.timestamp.count
        s.pointee.timestamp = arena.copy(samples.timestamp)
        m.pointee.samples = s
        m.pointee.n_warnings = warnings.count
        m.pointee.warnings = arena.strings(warnings)
        m.pointee.damaged = damaged ? 1 : 0
        m.pointee.n_laps = laps.count
        m.pointee.laps = arena.messages(laps) { lap in
            let l: UnsafeMutablePointer<Gaitpipe__V1__LapSummary> = arena.message { gaitpipe__v1__lap_summary__init($0) }
            l.pointee.start_time = lap.startTime
            l.pointee.duration_s = lap.duration
            l.pointee.distance_m = lap.distance
            l.pointee.average_heart_rate = lap.averageHeartRate
            return l
        }
        if let summary {
            let p: UnsafeMutablePointer<Gaitpipe__V1__SessionSummary> =
                arena.message { gaitpipe__v1__session_summary__init($0) }
            p.pointee.sport = arena.string(summary.sport)
            p.pointee.sub_sport = arena.string(summary.subSport)
            p.pointee.duration_s = summary.duration
            p.pointee.distance_m = summary.distance
            p.pointee.average_heart_rate = summary.averageHeartRate
            p.pointee.max_heart_rate = summary.maxHeartRate
            p.pointee.rpe = summary.rpe
            p.pointee.n_exercise_categories = summary.exerciseCategories.count
            p.pointee.exercise_categories = arena.strings(summary.exerciseCategories)
            p.pointee.timer_time_s = summary.timerTime
            m.pointee.summary = p
        }
        // The Double columns (most of an activity's bytes) are lent to protobuf-c, not copied.
        return withBorrowed(Self.doubleFields.map { samples[keyPath: $0.0] }) { lent in
            for ((column, count, values), pointer) in zip(Self.doubleFields, lent) {
                s.pointee[keyPath: count] = samples[keyPath: column].count
                s.pointee[keyPath: values] = pointer
            }
            return arena.packer(m, body)
        }
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__activity__unpack,
                          gaitpipe__v1__activity__free_unpacked) { p throws(WireError) in
            let m = p.pointee
            var columns = SampleColumns()
            if let s = m.samples?.pointee {
                columns.timestamp = CRead.array(s.n_timestamp, s.timestamp)
                let n = columns.timestamp.count
                var lengths: [Int] = []
                for (column, count, values) in Self.doubleFields {
                    lengths.append(s[keyPath: count])
                    // A sender from before a column existed leaves it empty: all missing.
                    columns[keyPath: column] = s[keyPath: count] == 0 && n > 0
                        ? [Double](repeating: .nan, count: n) : CRead.array(s[keyPath: count], s[keyPath: values])
                }
                guard lengths.allSatisfy({ $0 == n || $0 == 0 }) else {
                    throw WireError(type: Self.wireType, byteCount: bytes.count,
                                    detail: "sample columns differ in length (\(n) timestamps, \(lengths))")
                }
            }
            let laps = CRead.messages(m.n_laps, m.laps) { l in
                LapSummary(startTime: l.pointee.start_time, duration: l.pointee.duration_s,
                           distance: l.pointee.distance_m, averageHeartRate: l.pointee.average_heart_rate)
            }
            let summary = m.summary.map { p in
                SessionSummary(sport: CRead.string(p.pointee.sport), subSport: CRead.string(p.pointee.sub_sport),
                               duration: p.pointee.duration_s, distance: p.pointee.distance_m,
                               averageHeartRate: p.pointee.average_heart_rate, maxHeartRate: p.pointee.max_heart_rate,
                               rpe: p.pointee.rpe,
                               exerciseCategories: CRead.strings(p.pointee.n_exercise_categories,
                                                                 p.pointee.exercise_categories),
                               timerTime: p.pointee.timer_time_s)
            }
            var activity = Activity(runID: CRead.string(m.run_id), athlete: CRead.string(m.athlete),
                                    sport: CRead.string(m.sport), subSport: CRead.string(m.sub_sport),
                                    startTime: m.start_time, device: CRead.string(m.device), samples: columns,
                                    warnings: CRead.strings(m.n_warnings, m.warnings), laps: laps, summary: summary)
            activity.damaged = m.damaged != 0
            activity.gear = CRead.string(m.gear)
            return activity
        }
    }
}
