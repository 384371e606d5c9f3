import FITCodec
import Foundation
import GaitModel

/// Writes a deterministic synthetic season of FIT runs for three athletes, for demos and tests.
///
/// The storyline: 18 ISO weeks from Monday 2026-03-02, per-second records, runs of 30–90 minutes.
/// - `ana-ramp` runs 4–5 times a week, 6–8.5 km each (≈30–40 km/week) with a low cadence
///   (78–80 strides/min); in week 12 her Saturday run is 2.2 × her longest run of the previous
///   30 days — the distance spike the injury rules should flag.
/// - `ben-steady` is the control: four 7.5–10 km runs every week, no spike, normal cadence.
/// - `cleo-build` starts at 18 km/week and adds 8 % a week (≈66 km by week 18), spread over 3–6 runs.
/// Everything random comes from one SplitMix64 seeded by `seed`; no clock is read, so the same seed
/// writes the same bytes.
public struct SeasonGenerator: Sendable {
    public var seed: UInt64
    static let firstMonday = CalendarDay.dayNumber(year: 2026, month: 3, day: 2)
    static let weeks = 18
    /// Longest run the demo writes: keeps files (and the demo) small.
    static let maxRunSeconds = 92.0 * 60

    public init(seed: UInt64 = 1) { self.seed = seed }

    /// Writes `<directory>/<athlete>/athlete.yaml` and `YYYY-MM-DD-run[-2].fit` files; returns the
    /// written paths relative to `directory`, in writing order.
    public func write(to directory: String) throws -> [String] {
        var written: [String] = []
        let root = URL(fileURLWithPath: directory)
        for (index, athlete) in SeasonAthlete.cast.enumerated() {
            // One stream per athlete so that changing one storyline leaves the others' bytes alone.
            var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
            let folder = root.appendingPathComponent(athlete.id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(athlete.yaml.utf8).write(to: folder.appendingPathComponent("athlete.yaml"))
            written.append("\(athlete.id)/athlete.yaml")
            var history: [(day: Int64, distance: Double)] = []
            for week in 0..<Self.weeks {
                for run in plan(athlete, week: week, history: history, rng: &rng) {
                    let name = CalendarDay.date(run.day) + (run.second ? "-run-2.fit" : "-run.fit")
                    let bytes = encode(athlete, run: run, rng: &rng)
                    try Data(bytes).write(to: folder.appendingPathComponent(name))
                    written.append("\(athlete.id)/\(name)")
                    history.append((run.day, run.distance))
                }
            }
        }
        return written
    }

    struct PlannedRun {
        var day: Int64
        var second: Bool
        var distance: Double
        var speed: Double
    }

    /// The week's runs in date order, distances in metres.
    func plan(_ athlete: SeasonAthlete, week: Int, history: [(day: Int64, distance: Double)],
              rng: inout SplitMix64) -> [PlannedRun] {
        let monday = Self.firstMonday + Int64(7 * week)
        var distances: [Double]
        var longRunDay: Int?
        var spike = false
        switch athlete.plan {
        case .steady(let runs, let runKm, let spikeWeek, let factor):
            distances = (0..<rng.integer(runs)).map { _ in rng.uniform(runKm) * 1000 }
            if week == spikeWeek {
                let longest = history.filter { $0.day >= monday + 5 - 30 }.map(\.distance).max() ?? runKm.upperBound * 1000
                distances[distances.count - 1] = factor * longest
                longRunDay = 5  // Saturday
                spike = true
            }
        case .build(let startKm, let growth):
            let weekly = startKm * pow(growth, Double(week)) * 1000
            let count = min(6, max(3, Int((weekly / 11_000).rounded(.up))))
            // One long run of 1.4 shares, the rest equal, each ±8 %.
            let share = weekly / (Double(count) + 0.4)
            distances = (0..<count).map { i in (i == count - 1 ? 1.4 : 1) * share * rng.uniform(0.92...1.08) }
            longRunDay = 6  // Sunday
        }
        // Distinct days (Fisher–Yates with our generator), the long run on its fixed day.
        var days = Array(0..<7).filter { $0 != longRunDay }
        for i in stride(from: days.count - 1, to: 0, by: -1) { days.swapAt(i, rng.integer(0...i)) }
        var chosen = Array(days.prefix(distances.count - (longRunDay == nil ? 0 : 1))) + (longRunDay.map { [$0] } ?? [])
        var second = [Bool](repeating: false, count: chosen.count)
        if chosen.count >= 2, rng.unit() < athlete.doubleDayChance {
            chosen[0] = chosen[1]  // two runs that day; the later one is the "-2" file
            second[0] = true
        }
        let runs = zip(zip(chosen, second), distances).enumerated().map { index, element in
            let (pair, distance) = element
            // The spike run goes at her best pace so that it fits the 92-minute cap.
            let speed = spike && index == distances.count - 1 ? athlete.speed.upperBound : rng.uniform(athlete.speed)
            return PlannedRun(day: monday + Int64(pair.0), second: pair.1,
                              distance: min(distance, speed * Self.maxRunSeconds), speed: speed)
        }
        return runs.sorted { ($0.day, $0.second ? 1 : 0) < ($1.day, $1.second ? 1 : 0) }
    }

    func encode(_ athlete: SeasonAthlete, run: PlannedRun, rng: inout SplitMix64) -> [UInt8] {
        // Mornings between 06:00 and 08:30; a second run of the day at 18:00.
        let seconds = run.second ? 18 * 3600 : 6 * 3600 + 60 * rng.integer(0...150)
        let start = run.day * 86_400 + Int64(seconds)
        let simulator = RunSimulator(athlete: athlete, speed: run.speed, cadence: rng.uniform(athlete.cadence))
        let records = simulator.records(start: start, distance: run.distance, rng: &rng)
        let end = records.last?.timestamp ?? start
        let session = FITActivity.Segment(startTime: start, timestamp: end, sport: 1, subSport: 0,
                                          totalElapsedTime: Double(end - start), totalDistance: records.last?.distance ?? 0)
        let activity = FITActivity(fileID: FITActivity.FileID(type: 4, manufacturer: 1, product: 3113, timeCreated: start),
                                   sessions: [session], records: records)
        return FITEncoder.encodeActivity(activity)
    }
}
