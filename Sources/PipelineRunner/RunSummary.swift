import Foundation
import GaitModel

/// What summary.json and the final table say: per-stage counts, retries, timings and every
/// skipped input with its reason. Timings live here only, never in the reports (determinism).
struct RunSummary {
    struct StageLine: Encodable {
        var name: String
        var replicas: Int
        var items: Int
        /// Of `items`+`cached`: answered from the result cache without running the stage.
        var cached: Int
        var failed: Int
        var skipped: Int
        var retried: Int
        var duplicatesDropped: Int
        var replicaDeaths: Int
        var seconds: Double
        var latencyP50Ms: Double
        var latencyP99Ms: Double
        var pids: [Int32]
        /// Answers per remote worker (ZAP label), for remote stages.
        var workers: [String: Int]
        var peakReplicaMiB: Double
        /// CPU seconds (user + system) of all the stage's local replicas together.
        var cpuSeconds: Double

        enum CodingKeys: String, CodingKey {
            case name, replicas, items, cached, failed, skipped, retried, seconds, pids, workers
            case cpuSeconds = "cpu_seconds"
            case duplicatesDropped = "duplicates_dropped"
            case replicaDeaths = "replica_deaths"
            case latencyP50Ms = "latency_p50_ms"
            case latencyP99Ms = "latency_p99_ms"
            case peakReplicaMiB = "peak_replica_rss_mib"
        }
    }

    struct Document: Encodable {
        var schemaVersion = 1
        var pipeline: String
        var input: String
        var status: String
        var failure: String?
        var elapsedSeconds: Double
        var runnerPeakRSSMiB: Double
        /// CPU seconds (user + system) of the runner process itself (its threads, not the stages).
        var runnerCPUSeconds: Double
        var athletes: [String]
        var stages: [StageLine]
        var skipped: [SkippedInput]
        /// Bad lines and keys of athlete.yaml and symptoms.csv; each cost only itself.
        var athleteFileProblems: [SkippedInput]
        /// What stages noted about inputs they used anyway: a truncated FIT salvaged in part, a CRC
        /// mismatch (`path: note`).
        var warnings: [String]
        /// Workers the runner launched through Slurm (`launch: {slurm: …}`); absent without any.
        var slurm: SlurmLine? = nil

        enum CodingKeys: String, CodingKey {
            case pipeline, input, status, failure, athletes, stages, skipped, warnings, slurm
            case athleteFileProblems = "athlete_file_problems"
            case schemaVersion = "schema_version"
            case elapsedSeconds = "elapsed_seconds"
            case runnerPeakRSSMiB = "runner_peak_rss_mib"
            case runnerCPUSeconds = "runner_cpu_seconds"
        }
    }

    /// summary.json's `slurm`: how many jobs were submitted and started, and each job's answers.
    struct SlurmLine: Encodable {
        struct JobLine: Encodable {
            var stage: String
            var worker: String
            var jobID: String
            var lastState: String
            var started: Bool
            var answered: Int

            enum CodingKeys: String, CodingKey {
                case stage, worker, started, answered
                case jobID = "job_id"
                case lastState = "last_state"
            }
        }
        var jobsSubmitted: Int
        var jobsStarted: Int
        var jobs: [JobLine]

        enum CodingKeys: String, CodingKey {
            case jobs
            case jobsSubmitted = "jobs_submitted"
            case jobsStarted = "jobs_started"
        }

        init(_ jobs: [SlurmLauncher.Job], answers: [String: Int]) {
            self.jobs = jobs.map {
                JobLine(stage: $0.stage, worker: $0.label, jobID: $0.jobID, lastState: $0.state, started: $0.started,
                        answered: answers[$0.label, default: 0])
            }
            jobsSubmitted = jobs.filter { !$0.jobID.isEmpty }.count
            jobsStarted = jobs.filter(\.started).count
        }
    }

    var document: Document

    init(pipeline: ValidatedPipeline, stats: [(String, Int, StageStats)], skipped: [SkippedInput],
         athleteFileProblems: [SkippedInput], warnings: [String], athletes: [String], failure: String?, elapsed: Duration, input: String) {
        let lines = stats.map { name, replicas, s in
            StageLine(name: name, replicas: replicas, items: s.completed, cached: s.cached, failed: s.failed, skipped: s.skipped,
                      retried: s.retried, duplicatesDropped: s.duplicatesDropped, replicaDeaths: s.replicaDeaths,
                      seconds: (s.seconds * 1000).rounded() / 1000,
                      latencyP50Ms: (s.latencyMilliseconds(0.5) * 10).rounded() / 10,
                      latencyP99Ms: (s.latencyMilliseconds(0.99) * 10).rounded() / 10, pids: s.pids,
                      workers: s.remoteResults, peakReplicaMiB: (Double(s.peakReplicaKiB) / 102.4).rounded() / 10,
                      cpuSeconds: (s.replicaCPUSeconds * 100).rounded() / 100)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        document = Document(pipeline: pipeline.file.path, input: input, status: failure == nil ? "ok" : "failed",
                            failure: failure, elapsedSeconds: (seconds * 1000).rounded() / 1000,
                            runnerPeakRSSMiB: Self.ownPeakRSSMiB(), runnerCPUSeconds: Self.ownCPUSeconds(),
                            athletes: athletes.sorted(), stages: lines,
                            skipped: skipped.sorted { ($0.path, $0.stage) < ($1.path, $1.stage) },
                            athleteFileProblems: athleteFileProblems, warnings: warnings.sorted())
    }

    /// This process's peak resident memory (VmHWM, KiB), MiB with one decimal. Not getrusage's
    /// ru_maxrss: Linux carries that across fork and exec, so a runner started by a big process
    /// (a benchmark, an IDE) would report its parent's peak.
    static func ownPeakRSSMiB() -> Double {
        var kib = 0
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
            kib = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        } else {
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            kib = usage.ru_maxrss
        }
        return (Double(kib) / 102.4).rounded() / 10
    }

    /// This process's CPU time so far (all threads), seconds with two decimals.
    static func ownCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return (ReplicaProcess.seconds(usage) * 100).rounded() / 100
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// "1 athlete", "3 athletes".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The per-stage table printed at the end of a run.
    func table() -> String {
        let header = ["stage", "replicas", "items", "cached", "failed", "skipped", "retried", "p50", "p99", "time"]
        let rows = document.stages.map {
            [$0.name, "\($0.replicas)", "\($0.items)", "\($0.cached)", "\($0.failed)", "\($0.skipped)", "\($0.retried)",
             String(format: "%.0fms", $0.latencyP50Ms), String(format: "%.0fms", $0.latencyP99Ms),
             String(format: "%.2fs", $0.seconds)]
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == 0 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[i] - c.count) + c
            }.joined(separator: "  ")
        }
        var out = [line(header)] + rows.map(line)
        let problems = document.athleteFileProblems
        out.append("\(Self.count(document.athletes.count, "athlete")), \(Self.count(document.skipped.count, "skipped input")), "
                   + "\(Self.count(problems.count, "problem")) in athlete files, " + String(format: "%.2fs", document.elapsedSeconds))
        for s in document.skipped.prefix(20) { out.append("  skipped \(s.path) [\(s.stage)]: \(s.reason)") }
        if document.skipped.count > 20 { out.append("  … \(document.skipped.count - 20) more in summary.json") }
        for p in problems.prefix(20) { out.append("  problem \(p.path): \(p.reason)") }
        if problems.count > 20 { out.append("  … \(problems.count - 20) more in summary.json") }
        let warnings = document.warnings
        if !warnings.isEmpty { out.append("\(Self.count(warnings.count, "warning")) about inputs used anyway:") }
        for w in warnings.prefix(20) { out.append("  warning \(w)") }
        if warnings.count > 20 { out.append("  … \(warnings.count - 20) more in summary.json") }
        return out.joined(separator: "\n")
    }
}
