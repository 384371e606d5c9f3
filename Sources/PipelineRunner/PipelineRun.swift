import AthleteFiles
import BulkExport
import ContentDigest
import Foundation
import GaitModel
import GaitWire
public import Logging
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
    private var groupEmitted: Set<String> = []
    /// Per athlete: kinematics sessions on their way to the grouped stage (small; kept in memory).
    private var kinematicsByAthlete: [String: [KinematicsSession]] = [:]
    private var athletes: [String: InputLayout.Athlete] = [:]
    private var skipped: [SkippedInput] = []
    /// Athlete folders with nothing to score, for the season-wide task.
    private var unscored: [ClinicSeason.Unscored] = []
    /// Athlete-file problems (athlete.yaml, symptoms.csv), for the season-wide task.
    private var athleteFileProblems: [SkippedInput] = []
    /// Problems stages found in run files they used anyway (a truncated FIT), in arrival order.
    private var inputProblems: [SkippedInput] = []
    /// Every problem in athlete files: the runner's own reading of athlete.yaml and symptoms.csv,
    /// then what stages reported, by path.
    private var allProblems: [SkippedInput] {
        athleteFileProblems + inputProblems.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
    }
    private var skippedByAthlete: [String: [SkippedInput]] = [:]
    private var warnings: [String] = []
    /// Per athlete, what its report left for the season-wide task, and its rows of the run-wide
    /// tables (the report's files are written as soon as they arrive).
    private var seasonEntries: [String: [UInt8]] = [:]
    private var tables: [String: RunTable] = [:]
    /// Every path a report wrote, and the athlete whose report it was ("" for the season-wide task).
    private var writtenBy: [String: String] = [:]
    /// The last stage that reads `ClinicSeason`: it gets the season-wide task once everything else is done.
    private let seasonStage: Int?
    private var seasonEmitted = false
    /// The files this run wrote, relative to the output folder (and the trace file, as given).
    public private(set) var written: [String] = []
    private var output: OutputFolder?
    private var spill: SpillStore?
    private var groupStage: Int?
    private let progress: ProgressReporter
    private let trace: TraceRecorder?
    private var zap: ZAPHandler?
    /// Submits, watches and cancels the Slurm jobs of stages with `launch: {slurm: …}`.
    private var launcher: SlurmLauncher?
    /// Answers per remote worker label, over every stage.
    private var remoteAnswers: [String: Int] {
        dispatchers.reduce(into: [:]) { all, d in all.merge(d.stats.remoteResults, uniquingKeysWith: +) }
    }
    private let cache: ResultCache?
    /// A stage that could not be started on its first item.
    private var startFailure: String?
    private var seeding = false
    /// `plan`: per stage and item, cached or why it will run (the CLI prints it).
    public private(set) var plan = Plan()
    private var incomplete: Set<String> = []
    /// Cached answers found while checking that a not-kept output can be done without
    /// (`unanswered`), taken by `add` when that output arrives.
    private var prefetched: [String: RecordedResult] = [:]
    /// Per stage, the digest of its params (part of every cache key).
    private let paramsDigests: [String]
    /// Per stage, whether the result cache serves it (`usesCache`).
    private let cacheable: [Bool]
    /// Per stage, `stageIdentity` (computed once the dispatchers know their executables' digests).
    private var stageIdentities: [String] = []
    private var lastPump = ContinuousClock.now

    public init(pipeline: ValidatedPipeline, options: RunOptions, logger: Logger) {
        self.pipeline = pipeline
        self.options = options
        self.logger = logger
        progress = ProgressReporter(live: options.liveProgress, write: options.progressOutput)
        trace = options.traceFile == nil ? nil : TraceRecorder()
        do {
            cache = try options.cacheDirectory.map { try ResultCache(directory: $0, deepHash: options.deepHash, logger: logger) }
        } catch {
            logger.warning("cache disabled: \(error)")
            cache = nil
        }
        groupStage = pipeline.stages.firstIndex { $0.description.grouping == .athlete }
        paramsDigests = pipeline.stages.map { ResultCache.paramsDigest($0.entry.params) }
        // `cache:` in the pipeline file decides (validation refuses `true` for a stage that says it
        // is not cacheable); else the stage's own answer.
        cacheable = pipeline.stages.map { $0.entry.cache ?? $0.cacheable }
        seasonStage = options.dryRun ? nil
            : pipeline.stages.lastIndex { WireUnion.members($0.description.input).contains(ClinicSeason.wireType) }
    }

    /// Runs to completion and returns the exit code.
    public func execute() -> Int32 {
        let started = ContinuousClock.now
        let layout: InputLayout
        do { layout = try InputLayout.scan(options.input) } catch {
            logger.error("\(error)")
            return RunExitCode.usage
        }
        // A run over nothing would write a report scoring an athlete called after the folder "none".
        guard layout.runCount > 0 || layout.athletes.contains(where: { !$0.kinematics.isEmpty }) else {
            logger.error("no run files in \(options.input) (looked for \(InputLayout.runFilePatterns), directly in it or in one sub-folder per athlete)")
            return RunExitCode.usage
        }
        // Checked before anything starts (exit 2): nothing is written and no stage runs when these fail.
        let remoteKeys: RemoteKeys?
        do {
            if !options.dryRun { try OutputFolder.checkWritable(options.output) }
            if let trace = options.traceFile { try OutputFolder.checkWritable(trace, isFile: true, option: "--trace") }
            remoteKeys = try loadRemoteKeys()
        } catch {
            logger.error("\(error)")
            return RunExitCode.usage
        }
        // Slurm workers are submitted before anything else starts: a refused job (a partition
        // that does not exist) is a usage error, and pending jobs may take a while.
        var remoteKeysWithLaunched = remoteKeys
        if var keys = remoteKeys, !options.dryRun, pipeline.stages.contains(where: { $0.entry.launch != nil }) {
            let runName = ((options.output as NSString).standardizingPath as NSString).lastPathComponent
            do {
                // Absolute: the jobs start in this folder (sbatch --chdir) and read their keys by path.
                let folder = (SlurmLauncher.absolute(options.output) as NSString).appendingPathComponent("slurm")
                let launcher = try SlurmLauncher(folder: (folder as NSString).standardizingPath,
                                                 serverCertificate: keys.certificate,
                                                 stages: pipeline.stages.map(\.entry), logger: logger)
                // Admitted for this run alone, beside --authorized-workers.
                keys.workers.labels.merge(launcher.authorized) { listed, _ in listed }
                remoteKeysWithLaunched = keys
                self.launcher = launcher
                try launcher.submit(stages: pipeline.stages, runName: runName)
            } catch {
                logger.error("\(error)")
                return RunExitCode.usage
            }
        }
        // Every job started is cancelled however the run ends (done, failed, interrupted).
        defer { launcher?.cancelAll() }
        let jobDirectory: String
        do { jobDirectory = try JobDirectory.create() } catch {
            logger.error("\(error)")
            return RunExitCode.stageFailed
        }
        defer { JobDirectory.remove(jobDirectory) }

        var failure: String?
        do {
            if !options.dryRun { output = try OutputFolder(options.output) }
            spill = try SpillStore(jobDirectory: jobDirectory)
            let context = try ZMQContext()
            for (i, stage) in pipeline.stages.enumerated() {
                // Stage executables' digests are remembered with the input files' (a cached rerun
                // need not hash the binaries again).
                dispatchers.append(try StageDispatcher(stage: stage, index: i, context: context,
                                                       jobDirectory: jobDirectory, logger: logger, digests: cache?.inputs))
            }
            if let remoteKeysWithLaunched { try listenRemote(context: context, keys: remoteKeysWithLaunched) }
            let capture = options.captureDirectory.map { TaskCapture(directory: $0, limit: options.captureLimit, logger: logger) }
            for d in dispatchers {
                d.capture = capture
                d.trace = trace
                d.taskDeadline = options.taskDeadline
                d.answersCached = cache != nil && usesCache(d.index)
            }
            seed(layout)
            failure = loop()
            ReplicaProcess.terminate(dispatchers.flatMap { $0.stopAccepting() })
        } catch {
            failure = "\(error)"
            ReplicaProcess.terminate(dispatchers.flatMap { $0.stopAccepting() })
        }
        for d in dispatchers { d.collectExited() }
        launcher?.refresh(answers: remoteAnswers)
        launcher?.cancelAll()
        // What the cache writer still holds (at most 16 MiB) reaches the disk before we report;
        // then the least recently used entries go until the cache fits its bound.
        cache?.finishWrites()
        if let cache, !options.dryRun {
            let removed = CacheFolder(cache.directory).evict(toFit: options.cacheMaxBytes)
            if removed.entries > 0 {
                logger.notice("cache: removed \(removed.entries) least recently used entries (\(removed.bytes >> 20) MiB) to stay within \(options.cacheMaxBytes >> 20) MiB")
            }
        }
        progress.finish()
        let interrupted = InterruptFlag.received != 0
        if interrupted { failure = "interrupted by signal \(InterruptFlag.received)" }

        let elapsed = ContinuousClock.now - started
        var summary = RunSummary(pipeline: pipeline, stats: dispatchers.map { ($0.name, $0.stage.entry.replicas, $0.stats) },
                                 skipped: skipped, athleteFileProblems: allProblems, warnings: warnings,
                                 athletes: layout.athletes.map(\.id), failure: failure,
                                 elapsed: elapsed, input: options.input)
        if let launcher { summary.document.slurm = .init(launcher.jobs, answers: remoteAnswers) }
        dispatchers.removeAll()
        if options.dryRun {
            plan.stages = pipeline.stages.map(\.entry.name)
            return failure == nil ? RunExitCode.success : RunExitCode.stageFailed
        }
        do {
            try writeOutputs(summary: summary, complete: failure == nil)
        } catch {
            // Said once: as the run's failure (logged below), or beside an earlier one.
            if failure == nil { failure = "\(error)" } else { logger.error("\(error)") }
        }
        if let trace, let path = options.traceFile {
            do {
                try trace.write(to: path)
                written.append(path)
            } catch { logger.error("--trace: \(error); choose a path in a folder you can write to") }
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
        if options.strict && !(skipped.isEmpty && allProblems.isEmpty) { return RunExitCode.skippedWithStrict }
        return RunExitCode.success
    }

    // MARK: - Items

    private func seed(_ layout: InputLayout) {
        // Cached items finish as they are added; no group may close before all items are in.
        seeding = true
        athleteFileProblems = layout.athleteFileProblems
        for a in layout.athletes { athletes[a.id] = a }
        for s in layout.unassigned { recordSkip(s, athlete: layout.athletes.count == 1 ? layout.athletes.first?.id : nil) }
        for a in layout.athletes {
            for s in a.skipped { recordSkip(s, athlete: a.id) }
        }
        let firstType = pipeline.stages[0].description.input
        for a in layout.athletes where a.runs.isEmpty && a.kinematics.isEmpty {
            // Nothing to score: listed, never scored "none" (a diary without runs may mean the
            // athlete stopped running because of pain).
            groupEmitted.insert(a.id)
            let entries = SymptomDiaryParser.read(a.symptomsCSV).value.count
            let diary = entries == 0 ? "" : "; its symptoms.csv has \(entries) \(entries == 1 ? "entry" : "entries"): read them, the athlete may have stopped running"
            recordSkip(SkippedInput(path: a.displayFolder, stage: "runner",
                                    reason: "no run files in this athlete folder (looked for \(InputLayout.runFilePatterns)); not scored\(diary)"),
                       athlete: nil)
            unscored.append(ClinicSeason.Unscored(athlete: a.id, note: "no run files"
                + (entries == 0 ? "" : "; symptoms.csv has \(entries) \(entries == 1 ? "entry" : "entries") — the athlete may have stopped running")))
        }
        for a in layout.athletes where !groupEmitted.contains(a.id) {
            beforeGroup[a.id] = 0
            for run in a.runs {
                add(WorkItem(id: takeID(), athlete: a.id, source: run.displayPath, payloadType: firstType,
                             payload: run.export.map { .exportMember($0, runPath: run.runPath) }
                                 ?? .inputFile(path: run.path, runPath: run.runPath), athleteYAML: a.athleteYAML),
                    at: 0)
            }
            seedKinematics(a)
        }
        seeding = false
        for a in layout.athletes { emitGroupIfReady(a.id) }
        for d in dispatchers { d.upstreamDone = upstreamDone(d.index) }
    }

    /// `kinematics/` files go straight to the first stage before the group whose input accepts
    /// `KinematicsFile` (gait-metrics reads `Activity|KinematicsFile`); without one they are listed.
    private func seedKinematics(_ a: InputLayout.Athlete) {
        let reader = pipeline.stages.indices.first { i in
            (groupStage.map { i < $0 } ?? true)
                && WireUnion.members(pipeline.stages[i].description.input).contains(KinematicsFile.wireType)
        }
        for file in a.kinematics {
            guard let reader else {
                recordSkip(SkippedInput(path: file.displayPath, stage: "runner",
                                        reason: "no stage of this pipeline reads \(KinematicsFile.wireType) (gait-metrics does)"),
                           athlete: a.id)
                continue
            }
            add(WorkItem(id: takeID(), athlete: a.id, source: file.displayPath, payloadType: KinematicsFile.wireType,
                         payload: .inputFile(path: file.path, runPath: file.runPath), athleteYAML: a.athleteYAML),
                at: reader)
        }
    }

    private func takeID() -> UInt64 {
        defer { nextID += 1 }
        return nextID
    }

    private func add(_ item: WorkItem, at stage: Int) {
        // Seeding a season hashes every new input file (about a second on 50 × 26): meanwhile keep
        // the started replicas fed with what is already queued (a replica imports a run in about a
        // millisecond, so a 250 ms pump left them idle most of that second) and talked to (or
        // they would take the silence for a dead runner).
        if seeding && ContinuousClock.now - lastPump > .milliseconds(5) {
            lastPump = .now
            zap?.handleAll()
            for d in dispatchers where d.started {
                d.holdDispatch = holdsDispatch(d.index)
                handle(d.receiveAll() + d.tick(), at: d.index)
            }
        }
        outstanding += 1
        if let g = groupStage, stage < g { beforeGroup[item.athlete, default: 0] += 1 }
        let d = dispatchers[stage]
        var item = item
        if let cache {
            do {
                let parts = try keyParts(item, at: stage)
                item.cacheKey = parts.key
                if !options.dryRun { cache.remember(stage: d.name, source: item.source, parts: parts) }
                if usesCache(stage) {
                    var hit = prefetched.removeValue(forKey: parts.key) ?? cache.lookup(parts.key, stage: d.name)
                    var why: String?
                    if let kept = hit, !kept.outputsKept,
                       let later = unanswered(kept, key: parts.key, after: stage, source: item.source) {
                        // Its outputs were not kept and a later stage has no answer for them: compute again.
                        hit = nil
                        why = "its outputs were not kept, and \(later)"
                    }
                    if options.dryRun {
                        plan.append(d.name, item.source, hit == nil
                            ? "will run: \(why ?? cache.whyMiss(stage: d.name, source: item.source, parts: parts))" : "cached")
                    }
                    if let hit {
                        d.noteCached()
                        let outputs: [(type: String, payload: WorkItem.Payload)] = hit.outputsKept
                            ? zip(hit.outputTypes, hit.outputs).map { (type: $0.0, payload: .bytes($0.1)) }
                            : hit.outputTypes.map { (type: $0, payload: .absent) }
                        handle([.completed(item, outputs: outputs, warnings: hit.warnings,
                                           skippedReason: hit.skippedReason.isEmpty ? nil : hit.skippedReason,
                                           problems: hit.problems)],
                               at: stage, fromCache: true)
                        return
                    }
                } else if options.dryRun {
                    plan.append(d.name, item.source, d.stage.entry.cache == false ? "will run: the pipeline file says cache: false"
                        : d.stage.description.cacheable == false ? "will run: the stage says it is not cacheable"
                        : "will run: a script stage is not cached unless its --describe says \"cacheable\": true")
                }
            } catch {
                // Unreadable input: the stage's dispatch reports it; nothing to look up.
                if options.dryRun { plan.append(d.name, item.source, "will run: \(error)") }
            }
        } else if options.dryRun {
            plan.append(d.name, item.source, "will run: no cache")
        }
        if options.dryRun {
            // A plan runs nothing: what depends on this item will run too (the grouped stage says
            // so for its athlete).
            incomplete.insert(item.athlete)
            let end = groupStage.map { stage < $0 ? $0 : pipeline.stages.count } ?? pipeline.stages.count
            for later in pipeline.stages[(stage + 1)..<max(stage + 1, end)] {
                plan.append(later.entry.name, item.source, "will run: after \(d.name)")
            }
            finish(item, at: stage, outputs: [])
            return
        }
        // Stages start on the first uncached item that reaches them or a stage before them (what
        // runs here runs downstream too, and a replica's start-up then overlaps the work before it);
        // a fully cached rerun starts no process.
        for later in dispatchers[stage...] where !later.started {
            do { try later.startReplicas() } catch {
                startFailure = startFailure ?? "stage '\(later.name)': \(error)"
            }
        }
        // Flow control (`holdsDispatch`) keeps a stage's backlog in memory small; what arrives
        // beyond the budget anyway (a rerun whose upstream results all come from the cache) waits
        // on disk in the job folder.
        guard d.heldBytes + item.heldBytes > Self.backlogBudget else {
            d.enqueue(item)
            return
        }
        do {
            d.enqueue(try spill?.park(item) ?? item)
        } catch {
            logger.warning("cannot spill \(item.source) to disk (\(error)); keeping it in memory")
            d.enqueue(item)
        }
    }

    /// The cache key's parts of `item` at `stage`: a stage output's origin (ResultCache: chained
    /// keys), else the hash of what the task carries.
    private func keyParts(_ item: WorkItem, at stage: Int) throws -> ResultCache.KeyParts {
        let d = dispatchers[stage]
        if let origin = item.origin {
            return ResultCache.KeyParts(input: origin, executable: stageIdentity(stage), params: paramsDigests[stage])
        }
        // An input file: its digest as remembered by inode, size and mtime (read only when new or changed).
        if case .inputFile(let path, let runPath) = item.payload, let cache {
            guard let digest = cache.inputs.digest(path) else { throw InputError(message: "cannot read \(item.source)") }
            return ResultCache.KeyParts(input: ResultCache.inputFileOrigin(payloadType: item.payloadType, athlete: item.athlete,
                                                                           runPath: runPath, digest: digest,
                                                                           athleteYAML: item.athleteYAML),
                                        executable: stageIdentity(stage), params: paramsDigests[stage])
        }
        // An export's activity: the same, from its row and its member's digest (remembered by the
        // export's stamp, so an unchanged zip is not read).
        if case .exportMember(let member, let runPath) = item.payload, let cache {
            let digest: String
            do { digest = try cache.inputs.digest(member) } catch { throw InputError(message: "cannot read \(item.source): \(error.description)") }
            return ResultCache.KeyParts(input: ResultCache.inputFileOrigin(payloadType: item.payloadType, athlete: item.athlete,
                                                                           runPath: runPath, digest: digest,
                                                                           athleteYAML: item.athleteYAML),
                                        executable: stageIdentity(stage), params: paramsDigests[stage])
        }
        return try item.withPayloadBytes { payload in
            ResultCache.parts(payloadType: item.payloadType, payload: payload, athleteYAML: item.athleteYAML,
                              executableDigest: stageIdentity(stage), params: d.stage.entry.params)
        }
    }

    /// The stage part of a cache key: its executable's digest and the version its `--describe`
    /// gives (a script's digest does not cover the code it runs; its version may).
    private func stageIdentity(_ stage: Int) -> String {
        if stageIdentities.isEmpty {
            stageIdentities = dispatchers.indices.map {
                SHA256.hex(Array("\(dispatchers[$0].executableDigest)|\(pipeline.stages[$0].description.version)".utf8))
            }
        }
        return stageIdentities[stage]
    }

    /// False for a stage whose pipeline entry says `cache: false`, or, without `cache:`, that is
    /// not cacheable (its `--describe` says so, or it is a script that does not say it is).
    private func usesCache(_ stage: Int) -> Bool { cacheable[stage] }

    /// Whether a stage keeps the payloads of an answer in the cache: when one of them goes to the
    /// grouped stage (built from them), is written out, or goes to a stage with `cache: false`; not
    /// when only per-item stages with a cache read them (their cached answers stand in for them).
    /// `cache: true` keeps them all.
    private func keepsOutputs(_ stage: Int, types: [String]) -> Bool {
        if pipeline.stages[stage].entry.cache == true { return true }
        return types.contains { type in
            let next = destination(of: type, after: stage)
            return next >= dispatchers.count || next == groupStage || !usesCache(next)
        }
    }

    /// Nil when every output of a cached answer whose payloads were not kept has a cached answer
    /// at the stage it goes to (recursively, through answers that kept none either), else why not.
    /// The answers found are held for `add`, which takes them when the outputs arrive.
    private func unanswered(_ hit: RecordedResult, key: String, after stage: Int, source: String) -> String? {
        guard let cache else { return "no cache" }
        for (n, type) in hit.outputTypes.enumerated() {
            let next = destination(of: type, after: stage)
            guard next < dispatchers.count, next != groupStage else { return "the next stage needs them" }
            let name = dispatchers[next].name
            guard usesCache(next) else { return "\(name) will run (cache: false)" }
            let parts = ResultCache.KeyParts(input: ResultCache.origin(key: key, index: n, type: type),
                                             executable: stageIdentity(next), params: paramsDigests[next])
            let outputSource = hit.outputTypes.count > 1 ? "\(source)#\(n + 1)" : source
            guard let found = prefetched[parts.key] ?? cache.lookup(parts.key, stage: name) else {
                return "\(name) will run (\(cache.whyMiss(stage: name, source: outputSource, parts: parts)))"
            }
            prefetched[parts.key] = found
            if !found.outputsKept, let why = unanswered(found, key: parts.key, after: next, source: outputSource) { return why }
        }
        return nil
    }

    /// Payload bytes a stage's queued and in-flight items may hold in the runner's memory.
    static let backlogBudget = 32 << 20

    /// True while the stage after `index` holds half its backlog budget or more: `index` then
    /// sends no new tasks until that backlog drains. A grouped stage and the report writer are not
    /// backlogs (grouped inputs accumulate on disk; reports are written as they arrive).
    private func holdsDispatch(_ index: Int) -> Bool {
        let next = index + 1
        guard next < dispatchers.count, next != groupStage else { return false }
        return dispatchers[next].heldBytes >= Self.backlogBudget / 2
    }

    /// Marks an item finished at `stage` and hands its outputs downstream.
    private func finish(_ item: WorkItem, at stage: Int, outputs: [(type: String, payload: WorkItem.Payload)]) {
        outstanding -= 1
        spill?.release(item)
        for (n, output) in outputs.enumerated() {
            let next = destination(of: output.type, after: stage)
            if next == dispatchers.count {
                collectFinal(output, from: item)
            } else if next == groupStage, output.type == KinematicsSession.wireType {
                do { kinematicsByAthlete[item.athlete, default: []].append(try KinematicsSession(decoding: output.payload.bytes)) } catch {
                    recordSkip(SkippedInput(path: item.source, stage: pipeline.stages[stage].entry.name, reason: "\(error)"),
                               athlete: item.athlete)
                }
            } else if next == groupStage {
                do { try spill?.appendToGroup(item.athlete, output.payload.bytes) } catch {
                    recordSkip(SkippedInput(path: item.source, stage: "runner", reason: "cannot spill to disk: \(error)"),
                               athlete: item.athlete)
                }
            } else {
                let source = outputs.count > 1 ? "\(item.source)#\(n + 1)" : item.source
                add(WorkItem(id: takeID(), athlete: item.athlete, source: source, payloadType: output.type,
                             payload: output.payload,
                             origin: item.cacheKey.map { ResultCache.origin(key: $0, index: n, type: output.type) },
                             athleteYAML: item.athleteYAML), at: next)
            }
        }
        if let g = groupStage, stage < g {
            beforeGroup[item.athlete, default: 0] -= 1
            emitGroupIfReady(item.athlete)
        }
    }

    /// Where an output of `type` from `stage` goes: the next stage that reads it — a stage that
    /// reads one member of a union passes the others on untouched (validation checked that a later
    /// stage reads them) — the grouped stage, which takes what its group holds, or the end.
    private func destination(of type: String, after stage: Int) -> Int {
        var next = stage + 1
        while next < dispatchers.count, next != groupStage,
              !WireUnion.members(pipeline.stages[next].description.input).contains(type) {
            next += 1
        }
        return next
    }

    /// A grouped stage gets one task per athlete once every upstream item of that athlete is done
    /// (end of stream is accounting, not a message race: DESIGN.md).
    private func emitGroupIfReady(_ athlete: String) {
        guard !seeding, let g = groupStage, beforeGroup[athlete, default: 0] == 0, !groupEmitted.contains(athlete) else { return }
        groupEmitted.insert(athlete)
        if options.dryRun && incomplete.contains(athlete) {
            for later in pipeline.stages[g...] { plan.append(later.entry.name, athlete, "will run: upstream will run") }
            return
        }
        var runs: [RunMetrics] = []
        var members: [[UInt8]] = []
        do { members = try spill?.takeGroup(athlete) ?? [] } catch {
            recordSkip(SkippedInput(path: athlete, stage: "runner", reason: "\(error)"), athlete: athlete)
        }
        for bytes in members {
            do { runs.append(try RunMetrics(decoding: bytes)) } catch {
                recordSkip(SkippedInput(path: athlete, stage: pipeline.stages[g - 1].entry.name,
                                        reason: "\(error)"), athlete: athlete)
            }
        }
        runs.sort { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        let a = athletes[athlete]
        let season = AthleteSeason(athlete: athlete, runs: runs, athleteYAML: a?.athleteYAML ?? [],
                                   symptomsCSV: a?.symptomsCSV ?? [],
                                   skipped: (skippedByAthlete[athlete] ?? []).sorted {
                                       ($0.path, $0.stage, $0.reason) < ($1.path, $1.stage, $1.reason)
                                   },
                                   kinematics: (kinematicsByAthlete.removeValue(forKey: athlete) ?? []).sorted {
                                       ($0.day ?? .max, $0.source) < ($1.day ?? .max, $1.source)
                                   })
        add(WorkItem(id: takeID(), athlete: athlete, source: athlete, payloadType: AthleteSeason.wireType,
                     payload: .bytes(season.encoded()), athleteYAML: a?.athleteYAML ?? []), at: g)
    }

    private func collectFinal(_ output: (type: String, payload: WorkItem.Payload), from item: WorkItem) {
        let stage = pipeline.stages[pipeline.stages.count - 1].entry.name
        do {
            let bundle = try ReportBundle(decoding: output.payload.bytes)
            if let problem = problem(with: bundle, from: item) {
                recordSkip(SkippedInput(path: item.source, stage: stage, reason: "\(problem); nothing of this report was written"),
                           athlete: item.athlete.isEmpty ? nil : item.athlete)
                return
            }
            try writeBundle(bundle, athlete: item.athlete)
        } catch {
            recordSkip(SkippedInput(path: item.source, stage: stage, reason: "\(error)"),
                       athlete: item.athlete.isEmpty ? nil : item.athlete)
        }
    }

    private func recordSkip(_ s: SkippedInput, athlete: String?) {
        skipped.append(s)
        if let athlete { skippedByAthlete[athlete, default: []].append(s) }
        logger.notice("skipped \(s.path) (\(s.stage)): \(s.reason)")
    }

    /// The runner's certificate and the workers it admits, for a pipeline with remote stages.
    struct RemoteKeys {
        var certificate: ZMQCertificate
        var workers: AuthorizedWorkers
    }

    /// Reads and checks the keys of remote stages before anything starts; nil without remote stages.
    /// Fail closed: no certificate or no authorized workers means no run at all.
    private func loadRemoteKeys() throws(GaitpipeError) -> RemoteKeys? {
        guard pipeline.stages.contains(where: \.entry.remote) else {
            // Keys given for a pipeline without remote stages are still checked: a wrong file named
            // on the command line must not pass unnoticed until the day a stage goes remote.
            do {
                if let certPath = options.serverCertificate { _ = try ZMQCertificate.load(certPath, requireSecret: true) }
                if let workersPath = options.authorizedWorkers { _ = try AuthorizedWorkers.load(workersPath) }
            } catch {
                throw GaitpipeError(.usage, "\(error)")
            }
            return nil
        }
        // With launched workers the runner makes what is missing for this run: a server certificate
        // (only the jobs, which get its public half, need it) and an empty list beside theirs.
        let launches = pipeline.stages.contains { $0.entry.launch != nil }
        guard launches || (options.serverCertificate != nil && options.authorizedWorkers != nil) else {
            throw GaitpipeError(.usage, "\(pipeline.file.path): remote stages need --server-key (the runner's NAME_secret "
                + "from `gaitpipe keygen`) and --authorized-workers")
        }
        do {
            let certificate = try options.serverCertificate.map { try ZMQCertificate.load($0, requireSecret: true) }
            let workers = try options.authorizedWorkers.map { try AuthorizedWorkers.load($0) } ?? AuthorizedWorkers(labels: [:])
            return RemoteKeys(certificate: try certificate ?? ZMQCertificate.generate(), workers: workers)
        } catch {
            throw GaitpipeError(.usage, "\(error)")
        }
    }

    /// Serves stages marked `remote: true` on their `listen` endpoint.
    private func listenRemote(context: ZMQContext, keys: RemoteKeys) throws {
        let remote = dispatchers.filter { $0.stage.entry.remote }
        guard !remote.isEmpty else { return }
        let certificate = keys.certificate
        // The ZAP handler must exist before the first CURVE socket binds, or CURVE would admit anyone.
        zap = try ZAPHandler(context: context, workers: keys.workers, logger: logger)
        for d in remote {
            guard let listen = d.stage.entry.listen else { continue }
            try d.listenRemote(listen, certificate: certificate)
            logger.notice("\(d.name): serving remote workers on \(listen) (CURVE)")
        }
    }

    /// True when no more items can reach stage `index`.
    private func upstreamDone(_ index: Int) -> Bool {
        if index == seasonStage && !seasonEmitted { return false }
        if index == 0 { return true }
        if index == groupStage { return groupEmitted.count == athletes.count && dispatchers[..<index].allSatisfy(\.isIdle) }
        return dispatchers[..<index].allSatisfy { $0.isIdle && $0.upstreamDone }
    }

    // MARK: - Loop

    /// Returns nil when every item is done, or why the run failed.
    private func loop() -> String? {
        var poller = ZMQPoller(dispatchers.flatMap(\.sockets) + (zap.map { [$0.socket] } ?? []))
        // Block in poll only when the last pass changed nothing: a pass that finished items (answers
        // from the cache, say) may have made work that needs no message, such as the season task.
        var pollTimeoutMs = 0
        while outstanding > 0 || groupEmitted.count < (groupStage == nil ? 0 : athletes.count) || emitSeasonTask() {
            if InterruptFlag.received != 0 { return "interrupted" }
            if let startFailure { return startFailure }
            let ready: [Int]
            do { ready = try poller.poll(timeoutMs: pollTimeoutMs) } catch { return "\(error)" }
            let before = (outstanding, groupEmitted.count)
            var events = 0
            if !ready.isEmpty {
                zap?.handleAll()
                for d in dispatchers {
                    let received = d.receiveAll()
                    events += received.count
                    handle(received, at: d.index)
                }
            }
            for d in dispatchers {
                d.holdDispatch = holdsDispatch(d.index)
                let ticked = d.tick()
                events += ticked.count
                handle(ticked, at: d.index)
                if let failure = d.failure { return failure }
            }
            pollTimeoutMs = events > 0 || before != (outstanding, groupEmitted.count) ? 0 : 100
            for d in dispatchers { d.upstreamDone = upstreamDone(d.index) }
            progress.update(dispatchers.map { ($0.name, $0.stats, $0.queuedCount + $0.inFlightCount) },
                            extra: launcher?.progressText(answers: remoteAnswers) ?? "")
        }
        return nil
    }

    /// A computed answer into the result cache, its payloads lent where they lie (or only their
    /// types, without `keep`).
    private func store(_ key: String, stage: String, outputs: [(type: String, payload: WorkItem.Payload)], warnings: [String],
                       skippedReason: String, problems: [String], keep: Bool, in cache: ResultCache) {
        func lend(_ i: Int, _ lent: [UnsafeRawBufferPointer]) {
            guard keep, i < outputs.count else {
                cache.store(key, stage: stage, outputTypes: outputs.map(\.type), outputs: lent, warnings: warnings,
                            skippedReason: skippedReason, keepOutputs: keep, problems: problems)
                return
            }
            // Stage outputs are held frames (or cached bytes): never files.
            _ = outputs[i].payload.withBytes { lend(i + 1, lent + [$0]) }
        }
        lend(0, [])
    }

    private func handle(_ events: [StageDispatcher.Event], at stage: Int, fromCache: Bool = false) {
        let stageName = pipeline.stages[stage].entry.name
        for event in events {
            switch event {
            case .completed(let item, let outputs, let notes, let skippedReason, let problems):
                if !fromCache, let cache, let key = item.cacheKey, usesCache(stage) {
                    store(key, stage: stageName, outputs: outputs, warnings: notes, skippedReason: skippedReason ?? "",
                          problems: problems, keep: keepsOutputs(stage, types: outputs.map(\.type)), in: cache)
                }
                for w in notes { warnings.append(Self.located(w, source: item.source)) }
                // Damage in an athlete's file, used anyway: a problem in athlete files (--strict: 3).
                for p in problems { inputProblems.append(Self.problem(p, source: item.source, stage: stageName)) }
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

    /// The season-wide task, once every athlete's item is done: the report stage that reads
    /// `ClinicSeason` gets what each report left for it (load-report writes index.html from it).
    /// Returns true when it was added now.
    private func emitSeasonTask() -> Bool {
        guard let stage = seasonStage, !seasonEmitted else { return false }
        seasonEmitted = true
        let season = ClinicSeason(entries: seasonEntries.keys.sorted().map { .init(athlete: $0, entry: seasonEntries[$0] ?? []) },
                                  unscored: unscored, skipped: skipped + allProblems)
        add(WorkItem(id: takeID(), athlete: "", source: "season-wide task", payloadType: ClinicSeason.wireType,
                     payload: .bytes(season.encoded()), athleteYAML: []), at: stage)
        return true
    }

    /// A run-wide table: its header, and where each athlete's rows wait in the spill folder.
    struct RunTable {
        var header: String
        var rows: [String: Range<Int>] = [:]
    }

    /// Why a report bundle cannot be written as a whole, or nil: a path that leaves the output
    /// folder or passes through a symlink, a file another athlete's report wrote, a table whose
    /// header differs from the one other reports gave.
    private func problem(with bundle: ReportBundle, from item: WorkItem) -> String? {
        guard let output else { return nil }
        var names = Set<String>()
        func owner(_ athlete: String) -> String { athlete.isEmpty ? "the season-wide task" : "athlete \(athlete)'s report" }
        for name in bundle.artifacts.map(\.name) + bundle.tables.map(\.name) {
            if let problem = output.problem(with: name) { return "returned the path '\(name)': \(problem)" }
            if !names.insert(name).inserted { return "returned '\(name)' twice" }
        }
        for a in bundle.artifacts {
            if let athlete = writtenBy[a.name], athlete != item.athlete { return "returned '\(a.name)', which \(owner(athlete)) wrote" }
            if tables[a.name] != nil { return "returned the file '\(a.name)', which is a run-wide table" }
        }
        for t in bundle.tables {
            if let athlete = writtenBy[t.name] { return "returned the table '\(t.name)', a file \(owner(athlete)) wrote" }
            if let header = tables[t.name]?.header, header != t.header {
                return "its table '\(t.name)' has another header than the other reports gave it ('\(t.header.prefix(60))' against '\(header.prefix(60))')"
            }
        }
        return nil
    }

    /// Writes a report's files as soon as they arrive and keeps its table rows and season entry.
    private func writeBundle(_ bundle: ReportBundle, athlete: String) throws {
        guard let output else { return }
        for artifact in bundle.artifacts.sorted(by: { $0.name < $1.name }) {
            try output.write(artifact.name, artifact.content)
            written.append(artifact.name)
            writtenBy[artifact.name] = athlete
        }
        for t in bundle.tables {
            guard let spill else { throw InputError(message: "no spill folder for the table '\(t.name)'") }
            tables[t.name, default: RunTable(header: t.header)].rows[athlete] = try spill.appendRows(table: t.name, t.rows)
        }
        if !athlete.isEmpty { seasonEntries[athlete] = bundle.seasonEntry }
    }

    /// The run-wide tables (each athlete's rows under one header, athletes in id order) and
    /// summary.json. Tables only when the run completed: a partial table would pass for a whole one.
    private func writeOutputs(summary: RunSummary, complete: Bool) throws {
        let out = try output ?? OutputFolder(options.output)
        if complete {
            for (name, table) in tables.sorted(by: { $0.key < $1.key }) {
                // Athlete by athlete from the spill folder: a season's runs.csv is megabytes.
                try out.write(name) { file in
                    try file.line(table.header)
                    for athlete in table.rows.keys.sorted() {
                        guard let spill, let at = table.rows[athlete] else { continue }
                        try spill.rows(table: name, at: at).withUnsafeBytes { try file.write($0) }
                    }
                }
                written.append(name)
            }
        }
        try out.write("summary.json", summary.json())
        written.append("summary.json")
        written.sort()
    }

    /// A stage's note about an input, named by the input's path in the input folder: a note that
    /// starts with the run's own path (`run.fit: salvaged …`) gets the athlete folder in front.
    /// A stage's problem listed under its input's path — with the line when the note starts
    /// "file:line: " (`ana/run.gpx:372`, like athlete.yaml's problems), without repeating the file.
    static func problem(_ note: String, source: String, stage: String) -> SkippedInput {
        guard let colon = note.range(of: ": ") else { return SkippedInput(path: source, stage: stage, reason: note) }
        let head = String(note[..<colon.lowerBound]), reason = String(note[colon.upperBound...])
        if source.hasSuffix(head) { return SkippedInput(path: source, stage: stage, reason: reason) }
        if let lineColon = head.lastIndex(of: ":"), source.hasSuffix(String(head[..<lineColon])),
           head[head.index(after: lineColon)...].allSatisfy(\.isNumber), head.index(after: lineColon) < head.endIndex {
            return SkippedInput(path: source + head[lineColon...], stage: stage, reason: reason)
        }
        return SkippedInput(path: source, stage: stage, reason: note)
    }

    static func located(_ note: String, source: String) -> String {
        if let colon = note.range(of: ": "), source.hasSuffix(String(note[..<colon.lowerBound])) {
            return source + note[colon.lowerBound...]
        }
        return "\(source): \(note)"
    }
}
