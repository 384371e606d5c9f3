import Foundation
import GaitModel

/// Writes a deterministic synthetic season for demos, tests and benchmarks (issue 4).
///
/// From Monday 2026-03-02, per athlete: FIT runs with per-second records and running dynamics,
/// strength/plyometric sessions, `athlete.yaml`, `symptoms.csv` and, with `kinematics`, lab
/// joint-angle files. The default (3 athletes, 18 weeks) tells three stories:
/// - `ana-ramp` (ITBS pattern): 4–5 runs a week at a low cadence (≈ 155 steps/min) with long
///   strides; in week `weeks/3` her volume jumps 40 % and her long runs move to a route with a long
///   descent, growing ~7 % a week; two weeks later lateral right-knee pain starts at a predictable
///   distance (≈ 9 km) and eases with walking — she walks 2–3 minutes there on long runs.
/// - `ben-steady` (control): the same four runs every week, one tempo, a weekly strength session;
///   every fourth week from the eighth his flat run follows a 20-minute ride, in one multisport file written
///   summary-first (`-brick.fit`), as triathlon watches write them.
/// - `cleo-hills` (patellar tendinopathy pattern): from week `weeks/2` two hill-sprint sessions and
///   two plyometric sessions a week; inferior-pole pain follows, worse each morning.
/// Everything random comes from SplitMix64 seeded by `seed` (one stream per athlete); no clock is
/// read, so the same options write the same bytes.
public struct SeasonGenerator: Sendable {
    public var seed: UInt64
    public var athletes: Int
    public var weeks: Int
    public var kinematics: Bool
    static let firstMonday = CalendarDay.dayNumber(year: 2026, month: 3, day: 2)
    /// Longest run: 110 minutes keeps the demo small.
    static let maxRunSeconds = 110.0 * 60

    public init(seed: UInt64 = 1, athletes: Int = 3, weeks: Int = 18, kinematics: Bool = false) {
        self.seed = seed
        self.athletes = max(1, athletes)
        self.weeks = max(1, weeks)
        self.kinematics = kinematics
    }

    /// Writes `<directory>/<athlete>/…`; returns the written paths relative to `directory`, in order.
    public func write(to directory: String, export: SeasonExportWriter? = nil) throws -> [String] {
        let root = URL(fileURLWithPath: directory)
        var written: [String] = []
        var failure: (any Error)?
        let files: ((String, [UInt8]) -> Void) -> Void = { body in
            if let export { export.convert(self, body) } else { forEachFile(body) }
        }
        files { path, bytes in
            guard failure == nil else { return }
            do {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
                written.append(path)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return written
    }

    /// Calls `body` with every file of the season (path relative to the season folder, bytes), in order:
    /// the in-memory form the benchmark uses.
    public func forEachFile(_ body: (String, [UInt8]) -> Void) {
        var castRNG = SplitMix64(seed: seed ^ 0xC0FF_EE00_D15E_A5E5)
        for (index, athlete) in SeasonAthlete.cast(count: athletes, rng: &castRNG).enumerated() {
            // One stream per athlete so that changing one storyline leaves the others' bytes alone.
            var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
            let story = SeasonStory(athlete: athlete, weeks: weeks)
            body("\(athlete.id)/athlete.yaml", Array(athlete.yaml.utf8))
            var history: [(day: Int64, distance: Double)] = []
            var symptoms: [String] = []
            for week in 0..<weeks {
                let monday = Self.firstMonday + Int64(7 * week)
                for session in story.sessions(week: week, monday: monday, history: history, rng: &rng) {
                    let name = CalendarDay.date(session.day) + session.suffix
                    let start = session.day * 86_400 + Int64(session.secondOfDay)
                    switch session.kind {
                    case .run(let distance, let speed, let workout, let route):
                        let walkAt = story.walkBreakDistance(week: week, distance: distance)
                        let simulator = RunSimulator(athlete: athlete, route: Route(kind: route, length: distance, rng: &rng),
                                                     workout: workout, easySpeed: speed, walkBreakAt: walkAt)
                        let samples = simulator.samples(start: start, distance: distance, rng: &rng)
                        let rpe: Double? = rng.unit() < 0.5 ? story.rpe(workout) : nil
                        // The steady runner's Stryd-like pod is on every other day's run (no rng draw:
                        // the other files' bytes stay as they were).
                        let stryd = athlete.story == .steadyControl && session.day % 2 == 0
                        if athlete.story == .steadyControl, week >= 7, week % 4 == 3, case .flat = route {
                            // Every fourth week from the eighth the steady runner's flat run follows a
                            // ride: one multisport file, written summary-first as multisport watches do
                            // (by then ≥ 10 runs carry RPE and TRIMP, so the ride's load is estimated).
                            body("\(athlete.id)/\(name.replacingOccurrences(of: "-run", with: "-brick"))",
                                 SessionFITWriter.brick(run: samples, rpe: rpe))
                        } else {
                            body("\(athlete.id)/\(name)", SessionFITWriter.run(samples, rpe: rpe, stryd: stryd))
                        }
                        history.append((session.day, distance))
                        if let line = story.symptomLine(day: session.day, week: week, run: distance, walkBreak: walkAt, rng: &rng) {
                            symptoms.append(line)
                        }
                    case .strength(let minutes, let categories):
                        body("\(athlete.id)/\(name)", SessionFITWriter.strength(start: start, minutes: minutes,
                                                                               categories: categories, sets: 12,
                                                                               rpe: categories.contains(20) ? 7 : 5))
                        if let line = story.symptomLine(day: session.day, week: week, run: nil, walkBreak: nil, rng: &rng) {
                            symptoms.append(line)
                        }
                    }
                }
            }
            body("\(athlete.id)/symptoms.csv", Array((SeasonStory.symptomsHeader + symptoms.joined()).utf8))
            if kinematics {
                for trial in KinematicsTrialWriter.trials(athlete, weeks: weeks) {
                    body("\(athlete.id)/kinematics/\(trial.name)", Array(trial.text(rng: &rng).utf8))
                }
            }
        }
    }
}
