import Foundation
import GaitModel
import GaitWire
import LoadReport
import Logging
import StageKit
import ZeroMQ

/// One run of a validated pipeline over an input folder: starts the stage replicas, moves every
/// item through the stages, groups per athlete where a stage asks for it, and writes the output.
///
/// The whole loop runs on the calling thread, which owns every socket (libzmq sockets are not
/// thread-safe); it wakes at least every 100 ms to check liveness and the interrupt flag.
public final class PipelineRun {
    let pipeline: ValidatedPipeline
    let options: RunOptions
    let logger: Logger

    private var dispatchers: [StageDispatcher] = []
    private var nextID: UInt64 = 1
    /// Items not yet finished anywhere in the pipeline.
    private var outstanding = 0
    /// Per athlete: items still before the grouped stage.
    private var beforeGroup: [String: Int] = [:]
    private var groupRuns: [String: [[UInt8]]] = [:]
    private var groupEmitted: Set<String> = []
    private var athletes: [String: InputLayout.Athlete] = [:]
    private var skipped: [SkippedInput] = []
    private var skippedByAthlete: [String: [SkippedInput]] = [:]
    private var warnings: [String] = []
    private var bundles: [String: ReportBundle] = [:]
    private var groupStage: Int?
    private let progress: ProgressReporter

    public init(pipeline: ValidatedPipeline, options: RunOptions, logger: Logger) {
        self.pipeline = pipeline
        self.options = options
        self.logger = logger
        progress = ProgressReporter(live: options.liveProgress)
        groupStage = pipeline.stages.firstIndex { $0.description.grouping == .athlete }
    }

    /// Runs to completion and returns the exit code.
    public func execute() -> Int32 {
        let started = ContinuousClock.now
        let layout: InputLayout
        do { layout = try InputLayout.scan(options.input) } catch {
            logger.error("\(error)")
            return RunExitCode.usage
        }
        let jobDirectory: String
        do { jobDirectory = try JobDirectory.create() } catch {
            logger.error("\(error)")
            return RunExitCode.stageFailed
        }
        defer { JobDirectory.remove(jobDirectory) }

        var failure: String?
        do {
            let context = try ZMQContext()
            for (i, stage) in pipeline.stages.enumerated() {
                dispatchers.append(try StageDispatcher(stage: stage, index: i, context: context,
                                                       jobDirectory: jobDirectory, logger: logger))
            }
            let capture = options.captureDirectory.map { TaskCapture(directory: $0, limit: options.captureLimit) }
            for d in dispatchers {
                d.capture = capture
                try d.startReplicas()
            }
            seed(layout)
            failure = loop()
            for d in dispatchers { d.terminate() }
            dispatchers.forEach { _ = $0 }  // sockets close with their dispatchers, before the context
        } catch {
            failure = "\(error)"
            for d in dispatchers { d.terminate() }
        }
        progress.finish()
        let interrupted = InterruptFlag.received != 0
        if interrupted { failure = "interrupted by signal \(InterruptFlag.received)" }

        let elapsed = ContinuousClock.now - started
        let summary = RunSummary(pipeline: pipeline, stats: dispatchers.map { ($0.name, $0.stage.entry.replicas, $0.stats) },
                                 skipped: skipped, athletes: layout.athletes.map(\.id), failure: failure,
                                 elapsed: elapsed, input: options.input)
        dispatchers.removeAll()
        var written: [String] = []
        do {
            written = try writeOutputs(summary: summary, complete: failure == nil)
        } catch {
            logger.error("\(error)")
            failure = failure ?? "\(error)"
        }
        print(summary.table())
        if !written.isEmpty {
            print("wrote \(written.count) files to \(options.output):")
            for path in written.prefix(12) { print("  \(path)") }
            if written.count > 12 { print("  … and \(written.count - 12) more") }
        }
        if let failure {
            logger.error("\(failure)")
            return interrupted ? RunExitCode.interrupted : RunExitCode.stageFailed
        }
        if options.strict && !skipped.isEmpty { return RunExitCode.skippedWithStrict }
        return RunExitCode.success
    }

    // MARK: - Items

    private func seed(_ layout: InputLayout) {
        for a in layout.athletes { athletes[a.id] = a }
        for s in layout.skipped { recordSkip(s, athlete: athleteOf(s.path, layout)) }
        let firstType = pipeline.stages[0].description.input
        for a in layout.athletes {
            beforeGroup[a.id] = 0
            for run in a.runs {
                add(WorkItem(id: takeID(), athlete: a.id, source: run.displayPath, payloadType: firstType,
                             payload: .runFile(path: run.path, runPath: run.runPath), athleteYAML: a.athleteYAML),
                    at: 0)
            }
        }
        for a in layout.athletes { emitGroupIfReady(a.id) }
        for d in dispatchers { d.upstreamDone = upstreamDone(d.index) }
    }

    private func athleteOf(_ path: String, _ layout: InputLayout) -> String? {
        layout.athletes.first { a in
            a.runs.first.map { path.hasPrefix(String($0.displayPath.dropLast($0.runPath.count))) } ?? false
        }?.id ?? (layout.athletes.count == 1 ? layout.athletes.first?.id : nil)
    }

    private func takeID() -> UInt64 {
        defer { nextID += 1 }
        return nextID
    }

    private func add(_ item: WorkItem, at stage: Int) {
        outstanding += 1
        if let g = groupStage, stage < g { beforeGroup[item.athlete, default: 0] += 1 }
        dispatchers[stage].enqueue(item)
    }

    /// Marks an item finished at `stage` and hands its outputs downstream.
    private func finish(_ item: WorkItem, at stage: Int, outputs: [(type: String, bytes: [UInt8])]) {
        outstanding -= 1
        let next = stage + 1
        for (n, output) in outputs.enumerated() {
            if next == dispatchers.count {
                collectFinal(output, from: item)
            } else if next == groupStage {
                groupRuns[item.athlete, default: []].append(output.bytes)
            } else {
                let source = outputs.count > 1 ? "\(item.source)#\(n + 1)" : item.source
                add(WorkItem(id: takeID(), athlete: item.athlete, source: source, payloadType: output.type,
                             payload: .bytes(output.bytes), athleteYAML: item.athleteYAML), at: next)
            }
        }
        if let g = groupStage, stage < g {
            beforeGroup[item.athlete, default: 0] -= 1
            emitGroupIfReady(item.athlete)
        }
    }

    /// A grouped stage gets one task per athlete once every upstream item of that athlete is done
    /// (end of stream is accounting, not a message race: DESIGN.md).
    private func emitGroupIfReady(_ athlete: String) {
        guard let g = groupStage, beforeGroup[athlete, default: 0] == 0, !groupEmitted.contains(athlete) else { return }
        groupEmitted.insert(athlete)
        var runs: [RunMetrics] = []
        for bytes in groupRuns.removeValue(forKey: athlete) ?? [] {
            do { runs.append(try RunMetrics(decoding: bytes)) } catch {
                recordSkip(SkippedInput(path: athlete, stage: pipeline.stages[g - 1].entry.name,
                                        reason: "\(error)"), athlete: athlete)
            }
        }
        runs.sort { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        let a = athletes[athlete]
        let season = AthleteSeason(athlete: athlete, runs: runs, athleteYAML: a?.athleteYAML ?? [],
                                   symptomsCSV: a?.symptomsCSV ?? [],
                                   skipped: (skippedByAthlete[athlete] ?? []).sorted { $0.path < $1.path })
        add(WorkItem(id: takeID(), athlete: athlete, source: athlete, payloadType: AthleteSeason.wireType,
                     payload: .bytes(season.encoded()), athleteYAML: a?.athleteYAML ?? []), at: g)
    }

    private func collectFinal(_ output: (type: String, bytes: [UInt8]), from item: WorkItem) {
        do {
            let bundle = try ReportBundle(decoding: output.bytes)
            bundles[bundle.athlete] = bundle
        } catch {
            recordSkip(SkippedInput(path: item.source, stage: pipeline.stages[pipeline.stages.count - 1].entry.name,
                                    reason: "\(error)"), athlete: item.athlete)
        }
    }

    private func recordSkip(_ s: SkippedInput, athlete: String?) {
        skipped.append(s)
        if let athlete { skippedByAthlete[athlete, default: []].append(s) }
        logger.notice("skipped \(s.path) (\(s.stage)): \(s.reason)")
    }

    /// True when no more items can reach stage `index`.
    private func upstreamDone(_ index: Int) -> Bool {
        if index == 0 { return true }
        if index == groupStage { return groupEmitted.count == athletes.count && dispatchers[..<index].allSatisfy(\.isIdle) }
        return dispatchers[..<index].allSatisfy { $0.isIdle && $0.upstreamDone }
    }

    // MARK: - Loop

    /// Returns nil when every item is done, or why the run failed.
    private func loop() -> String? {
        var poller = ZMQPoller(dispatchers.map(\.socket))
        while outstanding > 0 || groupEmitted.count < (groupStage == nil ? 0 : athletes.count) {
            if InterruptFlag.received != 0 { return "interrupted" }
            let ready: [Int]
            do { ready = try poller.poll(timeoutMs: 100) } catch { return "\(error)" }
            for i in ready { handle(dispatchers[i].receiveAll(), at: i) }
            for d in dispatchers {
                handle(d.tick(), at: d.index)
                if let failure = d.failure { return failure }
            }
            for d in dispatchers { d.upstreamDone = upstreamDone(d.index) }
            progress.update(dispatchers.map { ($0.name, $0.stats, $0.queuedCount + $0.inFlightCount) })
        }
        return nil
    }

    private func handle(_ events: [StageDispatcher.Event], at stage: Int) {
        let stageName = pipeline.stages[stage].entry.name
        for event in events {
            switch event {
            case .completed(let item, let outputs, let notes, let skippedReason):
                for w in notes { warnings.append("\(item.source): \(w)") }
                if let reason = skippedReason {
                    recordSkip(SkippedInput(path: item.source, stage: stageName, reason: reason), athlete: item.athlete)
                }
                finish(item, at: stage, outputs: outputs)
            case .failed(let item, let reason):
                recordSkip(SkippedInput(path: item.source, stage: stageName, reason: reason), athlete: item.athlete)
                finish(item, at: stage, outputs: [])
            }
        }
    }

    // MARK: - Output

    private func writeOutputs(summary: RunSummary, complete: Bool) throws -> [String] {
        let out = try OutputFolder(options.output)
        var written: [String] = []
        var runsRows: [String] = []
        var weeksRows: [String] = []
        for athlete in bundles.keys.sorted() {
            guard let bundle = bundles[athlete] else { continue }
            let folder = OutputFolder.folderName(athlete)
            for artifact in bundle.artifacts.sorted(by: { $0.name < $1.name }) {
                let name = (artifact.name as NSString).lastPathComponent
                try out.write("\(folder)/\(name)", artifact.content)
                written.append("\(folder)/\(name)")
                if name == "runs.csv" { runsRows += Self.rows(artifact.content) }
                if name == "weeks.csv" { weeksRows += Self.rows(artifact.content) }
            }
        }
        if complete {
            try out.write("runs.csv", ([RunsCSV.header] + runsRows).joined(separator: "\n") + "\n")
            try out.write("weeks.csv", ([WeeksCSV.header] + weeksRows).joined(separator: "\n") + "\n")
            let entries = bundles.keys.sorted().compactMap { bundles[$0]?.index }
            try out.write("index.html", ClinicIndex.html(entries: entries, skipped: skipped))
            written += ["index.html", "runs.csv", "weeks.csv"]
        }
        try out.write("summary.json", summary.json())
        written.append("summary.json")
        return written.sorted()
    }

    /// Data rows of a CSV artifact (header dropped).
    static func rows(_ content: [UInt8]) -> [String] {
        String(decoding: content, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .dropFirst().map(String.init)
    }
}
