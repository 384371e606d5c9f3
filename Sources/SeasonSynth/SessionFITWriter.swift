import FITCodec

/// Writes the season's FIT files with FITEncoder's generic define/write: running files with
/// per-second records including native running dynamics, and strength/plyometric sessions with
/// set messages. Field numbers and scales are the FIT SDK profile's (record 20, lap 19, session 18,
/// activity 34, set 225).
enum SessionFITWriter {
    typealias Field = FITEncoder.Field

    static func fitTime(_ unix: Int64) -> Double { Double(FITEpoch.fit(fromUnix: unix)) }
    static func semicircles(_ degrees: Double) -> Double { degrees * 2_147_483_648 / 180 }

    static func fileID(_ encoder: inout FITEncoder, start: Int64) {
        // type 4 = activity, manufacturer 1 = garmin, product 3113 = a Forerunner-class watch.
        encoder.define(local: 0, global: 0, fields: [Field(0, .enum), Field(1, .uint16), Field(2, .uint16), Field(4, .uint32)])
        encoder.write(local: 0, values: [4, 1, 3113, fitTime(start)])
    }

    /// A Stryd-like foot pod's Connect IQ fields, named and in the units Stryd's app writes them:
    /// "Leg Spring Stiffness" (kN/m) and "Vertical Oscillation" in centimetres (the importer
    /// converts it to mm). The application id is made up: this is not Stryd's.
    static let strydApplicationID: [UInt8] = [0x5A, 0x71, 0x0D, 0x2C, 0x11, 0x3E, 0x4B, 0x8A,
                                              0x9F, 0x20, 0x6C, 0x51, 0x7E, 0x03, 0xB4, 0xD9]
    static let legSpringStiffness = FITDeveloperFieldDescription(developerDataIndex: 0, fieldNumber: 4, baseType: .float32,
                                                                 name: "Leg Spring Stiffness", units: "KN/m")
    static let strydVerticalOscillation = FITDeveloperFieldDescription(developerDataIndex: 0, fieldNumber: 5, baseType: .float32,
                                                                       name: "Vertical Oscillation", units: "Centimeters")

    /// A running activity: records, one lap, one session (with workout_rpe when given), activity.
    /// With `stryd` the watch writes no native vertical oscillation: a Stryd-like pod supplies it
    /// (in cm) and leg spring stiffness as developer fields.
    static func run(_ samples: [SimulatedSample], rpe: Double?, stryd: Bool = false) -> [UInt8] {
        var encoder = FITEncoder()
        let start = samples.first?.time ?? 0, end = samples.last?.time ?? start
        fileID(&encoder, start: start)
        var developerFields: [FITEncoder.DeveloperField] = []
        if stryd {
            encoder.developerDataID(local: 6, index: 0, applicationID: strydApplicationID, applicationVersion: 100)
            for d in [legSpringStiffness, strydVerticalOscillation] {
                encoder.describeDeveloperField(local: 7, d)
                developerFields.append(FITEncoder.DeveloperField(d.fieldNumber, d.baseType, developerDataIndex: 0))
            }
        }
        records(&encoder, samples, developerFields: developerFields, stryd: stryd)
        let distance = samples.last(where: { $0.distance.isFinite })?.distance ?? 0
        summaries(&encoder, start: start, end: end, distance: distance, sport: 1, subSport: 0, rpe: rpe)
        return encoder.finish()
    }

    /// Record messages (local 1): position, distance, speed, altitude, heart rate, cadence, power
    /// and the running dynamics (NaN: the field is invalid in that record).
    private static func records(_ encoder: inout FITEncoder, _ samples: [SimulatedSample],
                                developerFields: [FITEncoder.DeveloperField] = [], stryd: Bool = false) {
        encoder.define(local: 1, global: 20, fields: [
            Field(253, .uint32), Field(0, .sint32), Field(1, .sint32), Field(5, .uint32), Field(73, .uint32),
            Field(78, .uint32), Field(3, .uint8), Field(4, .uint8), Field(53, .uint8), Field(7, .uint16),
            Field(39, .uint16), Field(41, .uint16), Field(84, .uint16), Field(85, .uint16), Field(83, .uint16),
        ], developerFields: developerFields)
        for s in samples {
            var whole = s.cadence.rounded(.down)
            var fraction = ((s.cadence - whole) * 128).rounded()
            if fraction >= 128 { whole += 1; fraction = 0 }
            // Leg stiffness rises with speed and falls with oscillation (spring-mass model:
            // Morin 2005): about 9–12 kN/m for recreational runners.
            let stiffness = s.verticalOscillation.isFinite && s.speed > 0.5
                ? 6.5 + 1.2 * s.speed - 0.02 * (s.verticalOscillation - 80) : .nan
            encoder.write(local: 1, values: [
                fitTime(s.time), semicircles(s.latitude), semicircles(s.longitude), s.distance * 100, s.speed * 1000,
                (s.altitude + 500) * 5, s.heartRate, whole, fraction, s.power.rounded(),
                stryd ? .nan : s.verticalOscillation * 10,
                s.stanceTime * 10, s.stanceBalance * 100, s.stepLength * 10, s.verticalRatio * 100,
            ], developerValues: stryd ? [stiffness, s.verticalOscillation / 10] : [])
        }
    }

    /// A brick as a multisport watch writes it, summary-first: laps and sessions (ride, run) come
    /// before the records, each with the file's first timestamp in its `timestamp` field (a session
    /// then spans start_time to start_time + total_elapsed_time; issue 20). A 20-minute ride at
    /// 7.5 m/s (session RPE 4) ends a minute before `run` starts; the run leg's records are `run`'s,
    /// its distance from 0 again.
    static func brick(run: [SimulatedSample], rpe: Double?) -> [UInt8] {
        let runStart = run.first?.time ?? 0, runEnd = run.last?.time ?? runStart
        let rideStart = runStart - 1_260, rideEnd = runStart - 60
        let altitude = run.first?.altitude ?? .nan
        let ride = (0..<Int(rideEnd - rideStart)).map { i in
            SimulatedSample(time: rideStart + Int64(i), distance: 7.5 * Double(i), speed: 7.5, altitude: altitude,
                            latitude: .nan, longitude: .nan, heartRate: 118 + 14 * min(1, Double(i) / 300), cadence: 88,
                            power: .nan, stanceTime: .nan, stanceBalance: .nan, stepLength: .nan,
                            verticalOscillation: .nan, verticalRatio: .nan)
        }
        var encoder = FITEncoder()
        fileID(&encoder, start: rideStart)
        let runDistance = run.last(where: { $0.distance.isFinite })?.distance ?? 0
        // Profile sports: 2 cycling, 1 running.
        let legs: [Leg] = [
            Leg(start: rideStart, end: rideEnd, distance: 7.5 * Double(ride.count - 1), sport: 2, rpe: 4),
            Leg(start: runStart, end: runEnd, distance: runDistance, sport: 1, rpe: rpe),
        ]
        summaryMessages(&encoder, legs: legs, timestamp: rideStart)
        records(&encoder, ride + run)
        activityMessage(&encoder, end: runEnd, timer: Double(runEnd - rideStart - 60) * 1000, sessions: legs.count)
        return encoder.finish()
    }

    /// A strength or plyometric session: no records, `sets` set messages with exercise categories
    /// (profile exercise_category: 11 hip_stability, 17 lunge, 20 plyo, 28 squat).
    /// `rpe`: the Borg CR-10 session RPE the athlete logged on the watch (workout_rpe).
    static func strength(start: Int64, minutes: Double, categories: [Int], sets: Int, rpe: Double?) -> [UInt8] {
        var encoder = FITEncoder()
        fileID(&encoder, start: start)
        let end = start + Int64(minutes * 60)
        encoder.define(local: 5, global: 225, fields: [
            Field(254, .uint32), Field(0, .uint32), Field(3, .uint16), Field(5, .uint8), Field(6, .uint32), Field(7, .uint16),
        ])
        let setSeconds = Double(end - start) / Double(max(sets, 1))
        for k in 0..<sets {
            let setStart = start + Int64(Double(k) * setSeconds)
            // set_type 1 = active; 45 s of work per set, the rest is rest.
            encoder.write(local: 5, values: [fitTime(setStart + 45), 45_000, 10, 1, fitTime(setStart),
                                             Double(categories[k % categories.count])])
        }
        // sport 10 = training, sub_sport 20 = strength_training.
        summaries(&encoder, start: start, end: end, distance: .nan, sport: 10, subSport: 20, rpe: rpe)
        return encoder.finish()
    }

    private static func summaries(_ encoder: inout FITEncoder, start: Int64, end: Int64, distance: Double,
                                  sport: Double, subSport: Double, rpe: Double?) {
        summaryMessages(&encoder, legs: [Leg(start: start, end: end, distance: distance, sport: sport, subSport: subSport,
                                             rpe: rpe)], timestamp: nil)
        activityMessage(&encoder, end: end, timer: Double(end - start) * 1000, sessions: 1)
    }

    /// One session of a file: profile sport and sub_sport numbers, workout RPE.
    struct Leg {
        var start: Int64
        var end: Int64
        var distance: Double
        var sport: Double
        var subSport: Double = 0
        var rpe: Double?
    }

    /// One lap and one session per leg, each stamped with its end, or with `timestamp` (a
    /// multisport watch's summary-first files).
    private static func summaryMessages(_ encoder: inout FITEncoder, legs: [Leg], timestamp: Int64?) {
        encoder.define(local: 2, global: 19, fields: [
            Field(253, .uint32), Field(0, .enum), Field(1, .enum), Field(2, .uint32), Field(7, .uint32), Field(8, .uint32),
            Field(9, .uint32), Field(25, .enum), Field(39, .enum),
        ])
        for leg in legs {
            let elapsed = Double(leg.end - leg.start) * 1000
            // event 9 = lap, event_type 1 = stop.
            encoder.write(local: 2, values: [fitTime(timestamp ?? leg.end), 9, 1, fitTime(leg.start), elapsed, elapsed,
                                             leg.distance * 100, leg.sport, leg.subSport])
        }
        encoder.define(local: 3, global: 18, fields: [
            Field(253, .uint32), Field(0, .enum), Field(1, .enum), Field(2, .uint32), Field(7, .uint32), Field(8, .uint32),
            Field(9, .uint32), Field(5, .enum), Field(6, .enum), Field(193, .uint8),
        ])
        for leg in legs {
            let elapsed = Double(leg.end - leg.start) * 1000
            // event 8 = session; workout_rpe is stored × 10.
            encoder.write(local: 3, values: [fitTime(timestamp ?? leg.end), 8, 1, fitTime(leg.start), elapsed, elapsed,
                                             leg.distance * 100, leg.sport, leg.subSport, leg.rpe.map { $0 * 10 } ?? .nan])
        }
    }

    private static func activityMessage(_ encoder: inout FITEncoder, end: Int64, timer: Double, sessions: Int) {
        encoder.define(local: 4, global: 34, fields: [
            Field(253, .uint32), Field(0, .uint32), Field(1, .uint16), Field(2, .enum), Field(3, .enum), Field(4, .enum),
        ])
        // type 0 = manual, event 26 = activity, event_type 1 = stop.
        encoder.write(local: 4, values: [fitTime(end), timer, Double(sessions), 0, 26, 1])
    }
}
