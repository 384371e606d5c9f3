// pipeline-benchmark: the multi-process pipeline (`gaitpipe run`, real stage processes over ZeroMQ)
// against the same stage libraries called in one process with the same parallelism, on synthesized
// seasons; prints one table. Run with `make bench-pipeline` (release build).
//
//   pipeline-benchmark [--work DIR] [--scenario ATHLETESxWEEKS]...   (default 1x52, 10x26 and 50x26)
import ActivityImport
import AthleteFiles
import Foundation
import GaitMetrics
import GaitModel
import GaitWire
import InjuryScoring
import LoadReport
import SeasonSynth
import Synchronization

struct Measurement {
    var wall: Double
    var cpu: Double
    var samples: Int
    var runnerMiB: Double = 0
    var stageMiB: [String: Double] = [:]
    /// CPU seconds per part: each stage's replicas and the runner (multi-process, from summary.json),
    /// or each phase of the in-process run under the stage doing the same work.
    var cpuByPart: [String: Double] = [:]
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

func cpuSeconds(_ who: Int32) -> Double {
    var u = rusage()
    getrusage(who, &u)
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

let binDirectory = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                       ?? CommandLine.arguments[0]).deletingLastPathComponent().path
let packageRoot = FileManager.default.currentDirectoryPath

/// `gaitpipe run` over the season with a pipeline whose busiest stage has `importReplicas`.
func multiProcess(season: String, work: String, importReplicas: Int, cache: String? = nil, label: String = "") throws -> Measurement {
    let pipeline = """
        version: 1
        stages:
          - name: activity-import
            replicas: \(importReplicas)
          - name: gait-metrics
          - name: injury-scoring
          - name: load-report
        """
    try pipeline.write(toFile: work + "/bench.yaml", atomically: true, encoding: .utf8)
    let out = work + "/out-\(importReplicas)\(label)"
    try? FileManager.default.removeItem(atPath: out)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binDirectory + "/gaitpipe")
    p.arguments = ["run", work + "/bench.yaml", "--input", season, "--out", out] + (cache.map { ["--cache-dir", $0] } ?? ["--no-cache"])
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    let cpuBefore = cpuSeconds(__rusage_who_t(RUSAGE_CHILDREN.rawValue))
    let start = ContinuousClock.now
    try p.run()
    p.waitUntilExit()
    let wall = seconds(ContinuousClock.now - start)
    guard p.terminationStatus == 0 else { throw BenchmarkError("gaitpipe run exited \(p.terminationStatus)") }
    var m = Measurement(wall: wall, cpu: cpuSeconds(__rusage_who_t(RUSAGE_CHILDREN.rawValue)) - cpuBefore, samples: 0)
    let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
    m.runnerMiB = summary?["runner_peak_rss_mib"] as? Double ?? 0
    m.cpuByPart["runner"] = summary?["runner_cpu_seconds"] as? Double ?? 0
    for s in summary?["stages"] as? [[String: Any]] ?? [] {
        m.stageMiB[s["name"] as? String ?? "?"] = s["peak_replica_rss_mib"] as? Double ?? 0
        m.cpuByPart[s["name"] as? String ?? "?"] = s["cpu_seconds"] as? Double ?? 0
    }
    return m
}

/// The same libraries in one process: `threads` workers import and measure runs (as the stage
/// replicas do), then score and render each athlete.
func inProcess(season: String, threads: Int) throws -> Measurement {
    let athletes = try FileManager.default.contentsOfDirectory(atPath: season).sorted()
    var found: [(athlete: String, dir: String, file: String)] = []
    for a in athletes {
        for f in try FileManager.default.contentsOfDirectory(atPath: "\(season)/\(a)").sorted() where f.hasSuffix(".fit") {
            found.append((a, "\(season)/\(a)", f))
        }
    }
    let jobs = found
    let gaitParams = ResolvedParams(specs: RunMetricsCalculator.paramSpecs, given: [:])
    let results = Mutex<[String: [RunMetrics]]>([:])
    let samples = Atomic<Int>(0)
    let next = Atomic<Int>(0)
    let cpuBefore = cpuSeconds(__rusage_who_t(RUSAGE_SELF.rawValue))
    let start = ContinuousClock.now
    // Each athlete's profile is parsed once, as a gait-metrics replica does (AthleteFileMemo).
    var parsed: [String: AthleteProfile] = [:]
    for a in athletes {
        let yaml = FileManager.default.contents(atPath: "\(season)/\(a)/athlete.yaml").map { [UInt8]($0) } ?? []
        parsed[a] = (try? AthleteProfileParser.parse(yaml)) ?? AthleteProfile()
    }
    let profiles = parsed
    let group = DispatchGroup()
    for _ in 0..<threads {
        group.enter()
        Thread {
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard i < jobs.count else { break }
                let job = jobs[i]
                guard let data = FileManager.default.contents(atPath: "\(job.dir)/\(job.file)") else { continue }
                let profile = profiles[job.athlete] ?? AthleteProfile()
                let outcome = ActivityImporter.importFile(data: [UInt8](data), path: job.file, athlete: job.athlete)
                var runs: [RunMetrics] = []
                for activity in outcome.activities {
                    samples.wrappingAdd(activity.samples.count, ordering: .relaxed)
                    runs.append(RunMetricsCalculator.metrics(for: activity, profile: profile, params: gaitParams))
                }
                results.withLock { $0[job.athlete, default: []] += runs }
            }
            group.leave()
        }.start()
    }
    group.wait()
    let seasons = results.withLock { $0 }
    let cpuImported = cpuSeconds(__rusage_who_t(RUSAGE_SELF.rawValue))
    let scoreParams = ResolvedParams(specs: SeasonScorer.paramSpecs, given: [:])
    let reportParams = ResolvedParams(specs: ReportRenderer.paramSpecs, given: [:])
    let assessments = Mutex<[String: Assessment]>([:])
    DispatchQueue.concurrentPerform(iterations: athletes.count) { i in
        let a = athletes[i]
        let runs = (seasons[a] ?? []).sorted { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        let yaml = FileManager.default.contents(atPath: "\(season)/\(a)/athlete.yaml").map { [UInt8]($0) } ?? []
        let assessment = SeasonScorer.assess(AthleteSeason(athlete: a, runs: runs, athleteYAML: yaml), params: scoreParams)
        assessments.withLock { $0[a] = assessment }
    }
    let cpuScored = cpuSeconds(__rusage_who_t(RUSAGE_SELF.rawValue))
    // Counting the artifacts uses each bundle, so the render cannot be optimised away.
    let rendered = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: athletes.count) { i in
        guard let assessment = assessments.withLock({ $0[athletes[i]] }) else { return }
        let bundle = ReportRenderer.render(assessment, params: reportParams)
        rendered.wrappingAdd(bundle.artifacts.count, ordering: .relaxed)
    }
    let cpuEnd = cpuSeconds(__rusage_who_t(RUSAGE_SELF.rawValue))
    var m = Measurement(wall: seconds(ContinuousClock.now - start), cpu: cpuEnd - cpuBefore,
                        samples: samples.load(ordering: .relaxed))
    m.cpuByPart = ["activity-import + gait-metrics": cpuImported - cpuBefore, "injury-scoring": cpuScored - cpuImported,
                   "load-report": cpuEnd - cpuScored]
    return m
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

// The in-process baseline gets the allocator set-up the stage processes and the runner use.
PayloadMemory.keepPayloadBuffersInHeap()
var work = NSTemporaryDirectory() + "gaitpipe-bench"
var scenarios: [(Int, Int)] = []
/// For profiling the baseline alone (`perf record -- pipeline-benchmark --in-process-only`).
var inProcessOnly = false
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--work": work = args.popFirst() ?? work
    case "--in-process-only": inProcessOnly = true
    case "--scenario":
        let parts = (args.popFirst() ?? "").split(separator: "x").compactMap { Int($0) }
        if parts.count == 2 { scenarios.append((parts[0], parts[1])) }
    default:
        print("usage: pipeline-benchmark [--work DIR] [--scenario ATHLETESxWEEKS]...")
        exit(2)
    }
}
if scenarios.isEmpty { scenarios = [(1, 52), (10, 26), (50, 26)] }
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
print("pipeline-benchmark: \(ProcessInfo.processInfo.activeProcessorCount) cores; gaitpipe from \(binDirectory)")
print("season     runs  mode                         wall s   cpu s  samples/s   runner MiB  max stage MiB")
for (athletes, weeks) in scenarios {
    let season = "\(work)/season-\(athletes)x\(weeks)"
    if !FileManager.default.fileExists(atPath: season) {
        _ = try SeasonGenerator(seed: 7, athletes: athletes, weeks: weeks).write(to: season)
    }
    let runs = try FileManager.default.subpathsOfDirectory(atPath: season).filter { $0.hasSuffix(".fit") }.count
    // Short scenarios are noisy on a shared machine: run each mode several times, alternating the
    // modes, and keep each mode's median wall time.
    let repeats = runs < 1000 ? 5 : 3
    func median(_ ms: [Measurement]) -> Measurement { ms.sorted { $0.wall < $1.wall }[ms.count / 2] }
    var baselines: [Measurement] = [], twos: [Measurement] = [], ones: [Measurement] = []
    for _ in 0..<repeats {
        baselines.append(try inProcess(season: season, threads: 5))
        if inProcessOnly { continue }
        twos.append(try multiProcess(season: season, work: work, importReplicas: 2))
        ones.append(try multiProcess(season: season, work: work, importReplicas: 1))
    }
    let baseline = median(baselines)
    if inProcessOnly {
        print(String(format: "%@ in-process: %.2f s wall, %.2f s CPU", "\(athletes)x\(weeks)", baseline.wall, baseline.cpu),
              baseline.cpuByPart.sorted { $0.key < $1.key }.map { String(format: "%@ %.2f", $0.key, $0.value) }.joined(separator: ", "))
        continue
    }
    let two = median(twos)
    let one = median(ones)
    // Each repeat starts from an empty cache in a fresh folder (ext4 allocates inodes slowly for a
    // while after thousands were deleted, which would time the file system's recovery from the
    // previous repeat rather than a first run); the caches are deleted after the measurements.
    let weekly = "\(work)/weekly-\(athletes)x\(weeks)"
    // Files are named by their date; the season starts on Monday 2026-03-02.
    let lastWeek = ISO8601DateFormatter.string(from: Date(timeIntervalSince1970: 1_772_409_600 + Double(weeks - 1) * 7 * 86_400),
                                               timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
    let held = try FileManager.default.subpathsOfDirectory(atPath: season).filter { path in
        let name = (path as NSString).lastPathComponent
        return name.count > 10 && name.prefix(4).allSatisfy(\.isNumber) && String(name.prefix(10)) >= lastWeek
    }
    let added = held.filter { $0.hasSuffix(".fit") }.count
    let cacheRepeats = 3
    var withoutCaches: [Measurement] = [], fillings: [Measurement] = [], reruns: [Measurement] = [], newWeeks: [Measurement] = []
    var caches: [String] = [], cacheMB = 0.0, inputMB = 0.0, identical = true
    for r in 0..<cacheRepeats {
        // The season without its last week, with and without a cache: first run, rerun with nothing
        // changed; then the last week's files arrive.
        try? FileManager.default.removeItem(atPath: weekly)
        for path in try FileManager.default.subpathsOfDirectory(atPath: season) where !held.contains(path) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: "\(season)/\(path)", isDirectory: &isFolder)
            if isFolder.boolValue {
                try FileManager.default.createDirectory(atPath: "\(weekly)/\(path)", withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(atPath: (("\(weekly)/\(path)") as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: "\(season)/\(path)", toPath: "\(weekly)/\(path)")
            }
        }
        let cache = "\(work)/cache-\(athletes)x\(weeks)-\(getpid())-\(r)"
        caches.append(cache)
        withoutCaches.append(try multiProcess(season: weekly, work: work, importReplicas: 2, label: "-weekly"))
        fillings.append(try multiProcess(season: weekly, work: work, importReplicas: 2, cache: cache, label: "-cache"))
        reruns.append(try multiProcess(season: weekly, work: work, importReplicas: 2, cache: cache, label: "-cache"))
        cacheMB = Double(directoryBytes(cache)) / 1e6
        inputMB = Double(directoryBytes(weekly)) / 1e6
        for path in held { try FileManager.default.copyItem(atPath: "\(season)/\(path)", toPath: "\(weekly)/\(path)") }
        newWeeks.append(try multiProcess(season: weekly, work: work, importReplicas: 2, cache: cache, label: "-week"))
        // The folder now holds the whole season: its outputs must be those of the --no-cache run.
        identical = identical && ["runs.csv", "weeks.csv", "index.html"].allSatisfy {
            FileManager.default.contents(atPath: "\(work)/out-2-week/\($0)") == FileManager.default.contents(atPath: "\(work)/out-2/\($0)")
        }
    }
    for cache in caches { try? FileManager.default.removeItem(atPath: cache) }
    let withoutCache = median(withoutCaches), filling = median(fillings), rerun = median(reruns), newWeek = median(newWeeks)
    let label = "\(athletes)x\(weeks)".padding(toLength: 9, withPad: " ", startingAt: 0)
    func row(_ mode: String, _ m: Measurement, samples: Int) {
        let rate = Double(samples) / max(m.wall, 1e-9)
        let stage = m.stageMiB.values.max() ?? 0
        let runner = m.runnerMiB > 0 ? String(format: "%.1f", m.runnerMiB) : "-"
        let stageText = stage > 0 ? String(format: "%.1f", stage) : "-"
        print(label + String(format: " %5d  ", runs) + mode.padding(toLength: 27, withPad: " ", startingAt: 0)
              + String(format: " %7.2f %7.2f %10.0f", m.wall, m.cpu, rate)
              + String(repeating: " ", count: max(1, 13 - runner.count)) + runner
              + String(repeating: " ", count: max(1, 15 - stageText.count)) + stageText)
    }
    row("in-process, 5 threads", baseline, samples: baseline.samples)
    row("multi-process, import ×2", two, samples: baseline.samples)
    row("multi-process, import ×1", one, samples: baseline.samples)
    row("no cache, w/o last week", withoutCache, samples: baseline.samples)
    row("import ×2, filling cache", filling, samples: baseline.samples)
    row("import ×2, cached rerun", rerun, samples: baseline.samples)
    row("import ×2, last week added", newWeek, samples: baseline.samples)
    print(String(format: "%@ wall ratio multi/in-process %.2f (target ≤ 1.15); import ×2 vs ×1 speed-up %.2f×; median of %d",
                 label, two.wall / baseline.wall, one.wall / two.wall, repeats))
    // The result cache against --no-cache (issue 19) and its size against the input's.
    print(String(format: "%@ cache (the season without its last week, medians of %d): first run ÷ --no-cache %.2f, cached rerun ÷ --no-cache %.2f; size %.1f MB for %.1f MB of input (%.2f)",
                 label, cacheRepeats, filling.wall / withoutCache.wall, rerun.wall / withoutCache.wall, cacheMB, inputMB, cacheMB / max(inputMB, 1e-9)))
    print(String(format: "%@ the last week added (%d run files) ÷ --no-cache on the whole season %.2f; its outputs %@ the --no-cache run's",
                 label, added, newWeek.wall / two.wall, identical ? "equal" : "DIFFER FROM"))
    // Where the CPU goes: the same work in one process and in the stage processes.
    let importAndGait = (two.cpuByPart["activity-import"] ?? 0) + (two.cpuByPart["gait-metrics"] ?? 0)
    print(label + String(format: " cpu s, in-process → import ×2: import+gait %.2f → %.2f (import %.2f, gait %.2f); scoring %.2f → %.2f; report %.2f → %.2f; runner – → %.2f",
                         baseline.cpuByPart["activity-import + gait-metrics"] ?? 0, importAndGait,
                         two.cpuByPart["activity-import"] ?? 0, two.cpuByPart["gait-metrics"] ?? 0,
                         baseline.cpuByPart["injury-scoring"] ?? 0, two.cpuByPart["injury-scoring"] ?? 0,
                         baseline.cpuByPart["load-report"] ?? 0, two.cpuByPart["load-report"] ?? 0,
                         two.cpuByPart["runner"] ?? 0))
}

/// Bytes of the regular files under `path`.
func directoryBytes(_ path: String) -> Int {
    let files = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
    return files.reduce(0) { total, name in
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else { return total }
        return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
    }
}
