import FITCodec
import Foundation

/// Per-second samples of one synthetic run over rolling hills: speed slows uphill with AR(1) noise,
/// heart rate follows effort with a 30 s lag and slow cardiac drift, cadence tracks speed.
struct RunSimulator {
    var athlete: SeasonAthlete
    /// Cruising speed for this run, m/s.
    var speed: Double
    /// Cruising cadence for this run, strides/min.
    var cadence: Double

    func records(start: Int64, distance target: Double, rng: inout SplitMix64) -> [FITActivity.Record] {
        let phase1 = rng.uniform(0...(2 * .pi)), phase2 = rng.uniform(0...(2 * .pi))
        let baseAltitude = rng.uniform(40...320)
        func altitude(_ d: Double) -> Double {
            baseAltitude + 14 * sin(2 * .pi * d / 1_900 + phase1) + 6 * sin(2 * .pi * d / 610 + phase2)
        }
        var records: [FITActivity.Record] = []
        records.reserveCapacity(Int(target / speed) + 60)
        var distance = 0.0, noise = 0.0, heartRate = athlete.hrRest + 55
        var t: Int64 = 0
        while distance < target {
            let grade = (altitude(distance + 5) - altitude(distance)) / 5
            noise = 0.9 * noise + 0.06 * rng.gaussian()
            let warmUp = min(1, Double(t) / 90)
            var v = speed * (1 - 2.5 * grade) + noise
            v = min(4.2, max(2.6, 2.6 + (v - 2.6) * warmUp))
            // Effort → heart rate reserve fraction; drift ≈ 0.1 bpm/min (cardiac drift).
            let effort = 0.62 + 0.3 * (v - 2.6) / 1.6 + 2 * grade
            let target = athlete.hrRest + (athlete.hrMax - athlete.hrRest) * effort + Double(t) / 600
            heartRate += (target - heartRate) / 30
            var r = FITActivity.Record(timestamp: start + t)
            r.distance = distance
            r.speed = v
            r.altitude = altitude(distance)
            r.heartRate = min(175, max(130, heartRate + rng.gaussian())).rounded()
            r.cadence = min(athlete.cadence.upperBound + 2, max(athlete.cadence.lowerBound - 2,
                                                                cadence + 3 * (v - speed) + 0.4 * rng.gaussian()))
            records.append(r)
            distance += v
            t += 1
        }
        return records
    }
}
