// gait-benchmark: gait-metrics throughput over a synthesized season (issue 4, "Performance").
// Synthesizes the season in memory, imports every FIT file, then times RunMetricsCalculator alone.
//   swift run -c release gait-benchmark [--athletes 20] [--weeks 52] [--seed 1] [--repeat 3]
import ActivityImport
import AthleteFiles
import Foundation
import GaitMetrics
import GaitModel
import SeasonSynth

func option(_ name: String, _ fallback: Int) -> Int {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]), v > 0 else { return fallback }
    return v
}

let athletes = option("--athletes", 20), weeks = option("--weeks", 52), seed = option("--seed", 1)
let repeats = option("--repeat", 3)
let clock = ContinuousClock()

var activities: [(Activity, AthleteProfile)] = []
var profiles: [String: AthleteProfile] = [:]
let prepare = clock.measure {
    SeasonGenerator(seed: UInt64(seed), athletes: athletes, weeks: weeks).forEachFile { path, bytes in
        let athlete = String(path.prefix { $0 != "/" })
        if path.hasSuffix("/athlete.yaml") {
            profiles[athlete] = (try? AthleteProfileParser.parse(bytes)) ?? AthleteProfile()
        } else if path.hasSuffix(".fit") {
            let outcome = ActivityImporter.importFile(data: bytes, path: String(path.dropFirst(athlete.count + 1)), athlete: athlete)
            for a in outcome.activities { activities.append((a, profiles[athlete] ?? AthleteProfile())) }
        }
    }
}
let samples = activities.reduce(0) { $0 + $1.0.samples.count }
let params = ResolvedParams(specs: RunMetricsCalculator.paramSpecs, given: [:])
print("season: \(athletes) athletes × \(weeks) weeks, seed \(seed): \(activities.count) activities, \(samples) samples "
      + "(synthesized and imported in \(prepare))")
print("run  seconds   runs/s     samples/s")
var best = Double.infinity
for r in 1...repeats {
    var checksum = 0.0
    let elapsed = clock.measure {
        for (activity, profile) in activities {
            checksum += RunMetricsCalculator.metrics(for: activity, profile: profile, params: params).trimp ?? 0
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    best = min(best, seconds)
    print(String(format: "%3d  %7.3f  %8.0f  %12.0f   (Σ TRIMP %.0f)", r, seconds, Double(activities.count) / seconds,
                 Double(samples) / seconds, checksum))
}
print(String(format: "best: %.0f runs/s, %.2f M samples/s", Double(activities.count) / best, Double(samples) / best / 1e6))
