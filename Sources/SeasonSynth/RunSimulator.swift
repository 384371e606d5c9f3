import Foundation

/// One second of a simulated run, in SI/FIT units; NaN = the sensor wrote nothing.
struct SimulatedSample {
    var time: Int64
    var distance: Double
    var speed: Double
    var altitude: Double
    var latitude: Double
    var longitude: Double
    var heartRate: Double
    /// strides/min (FIT running cadence).
    var cadence: Double
    var power: Double
    var stanceTime: Double
    var stanceBalance: Double
    var stepLength: Double
    var verticalOscillation: Double
    var verticalRatio: Double
}

/// The workout a run follows.
enum Workout: Sendable {
    case easy
    /// 5 × (4 min at 103 % threshold speed, 2 min jog) after a 10-minute warm-up.
    case tempo
    /// Easy, with 6 × 20 s strides at 125 % threshold speed over the last 2 km.
    case strides
    /// Warm-up, then 80 m uphill sprints at 130 % threshold speed on a hill-repeat route.
    case hillSprints
}

/// Per-second samples of one synthetic run: speed from the workout and the grade with AR(1) noise;
/// cadence and step length from speed (cadence +4.5 strides/min per m/s); heart rate following
/// effort with a 30 s lag plus cardiac drift (~0.1 bpm/min); running dynamics from speed and style;
/// power ≈ mass × speed × (1.04 + 9.81 × grade) (flat running costs ~1 J/kg/m).
struct RunSimulator {
    var athlete: SeasonAthlete
    var route: Route
    var workout: Workout
    var easySpeed: Double
    /// Distance at which the runner stops to walk for 2–3 minutes (ITBS pain), if any.
    var walkBreakAt: Double?

    func samples(start: Int64, distance target: Double, rng: inout SplitMix64) -> [SimulatedSample] {
        var out: [SimulatedSample] = []
        out.reserveCapacity(Int(target / easySpeed) + 600)
        var distance = 0.0, noise = 0.0, heartRate = athlete.hrRest + 45
        var walkLeft = 0.0, walked = false
        var t = 0
        let threshold = athlete.thresholdSpeed
        let dropout = rng.unit() < 0.05 ? Int(rng.uniform(300...1500)) : -1  // lost GPS for 20 s
        let strapLate = rng.unit() < 0.2 ? 20 : 0  // heart-rate strap pairs late
        let lat0 = 52.0 + rng.uniform(0...0.5), lon0 = 13.0 + rng.uniform(0...0.5), heading = rng.uniform(0...(2 * .pi))
        while distance < target {
            let grade = (route.altitude(distance + 5) - route.altitude(distance)) / 5
            noise = 0.9 * noise + 0.05 * rng.gaussian()
            var v = easySpeed
            var effortOverride = false
            switch workout {
            case .easy:
                break
            case .tempo:
                let k = t - 600
                if k >= 0, k < 5 * 360, k % 360 < 240 { v = 1.03 * threshold; effortOverride = true }
                if k >= 0, k < 5 * 360, k % 360 >= 240 { v = 0.85 * easySpeed }
            case .strides:
                let start = target - 2_000
                if distance >= start, Int(distance - start) % 250 < 125, distance < start + 1_500 {
                    v = 1.25 * threshold
                    effortOverride = true
                }
            case .hillSprints:
                if route.isHillUp(distance) { v = 1.3 * threshold; effortOverride = true }
                else if distance >= Route.hillStart, distance < Route.hillStart + 1_600 { v = 2.0 }
            }
            if let at = walkBreakAt, !walked, distance >= at {
                walked = true
                walkLeft = rng.uniform(120...180)
            }
            var walking = false
            if walkLeft > 0 {
                walkLeft -= 1
                walking = true
                v = 1.4
            }
            // Uphill slows and downhill speeds an even effort (not a sprint); warm-up over 90 s.
            if !effortOverride, !walking { v *= 1 - 2.5 * grade }
            v = max(1.2, v + noise * (walking ? 0.2 : 1))
            if t < 90 { v = 2.2 + (v - 2.2) * Double(t) / 90 }

            let effort = min(1.02, max(0.35, 0.3 + 0.55 * v / threshold + 2.5 * grade))
            let targetHR = athlete.hrRest + (athlete.hrMax - athlete.hrRest) * effort + Double(t) / 600
            heartRate += (targetHR - heartRate) / 30

            let cadence = walking ? 56 + rng.gaussian() : athlete.cadenceAt3 + 4.5 * (v - 3) + 0.5 * rng.gaussian()
            let stepLength = v * 60 / (2 * cadence) * 1000
            let oscillation = walking ? 40 : athlete.oscillationAt3 + 4 * (v - 3) + rng.gaussian()
            var gct = walking ? 560 : athlete.gctAt3 - 35 * (v - 3) + 3 * rng.gaussian()
            var stepCadence = cadence
            if rng.unit() < 1.0 / 3_000 { gct = 820 }  // pod glitch: removed as implausible
            if rng.unit() < 1.0 / 2_000 { stepCadence = 0 }  // pod lost contact
            let angle = heading + distance / 1_500
            let inDropout = dropout >= 0 && t >= dropout && t < dropout + 20
            out.append(SimulatedSample(
                time: start + Int64(t), distance: inDropout ? .nan : distance, speed: v, altitude: route.altitude(distance),
                latitude: inDropout ? .nan : lat0 + distance * cos(angle) / 111_320 * 0.2,
                longitude: inDropout ? .nan : lon0 + distance * sin(angle) / 68_000 * 0.2,
                heartRate: t < strapLate ? .nan : min(athlete.hrMax, (heartRate + 0.8 * rng.gaussian()).rounded()),
                cadence: stepCadence, power: max(0, athlete.massKg * v * (1.04 + 9.81 * grade) + 4 * rng.gaussian()),
                stanceTime: gct, stanceBalance: athlete.balance + 0.4 * rng.gaussian(), stepLength: stepLength,
                verticalOscillation: oscillation, verticalRatio: oscillation / stepLength * 100))
            distance += v
            t += 1
        }
        return out
    }
}
