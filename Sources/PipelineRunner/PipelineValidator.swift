import ContentDigest
import Foundation
import GaitModel
public import GaitWire
import Synchronization

/// A pipeline checked against its stages' descriptions: executables found, params valid, every
/// edge's message types matching. Nothing is started as a worker before this passes.
public struct ValidatedPipeline: Sendable {
    public struct Stage: Sendable {
        public var entry: PipelineFile.StageEntry
        public var executable: String
        public var description: StageDescription

        /// Whether the result cache may reuse this stage's answers: what its `--describe` says,
        /// else yes for a binary and no for a script (`#!`): the runner keys answers by the
        /// executable's digest, which for a script does not cover the code it runs.
        public var cacheable: Bool {
            description.cacheable ?? !Self.isScript(executable)
        }

        static func isScript(_ path: String) -> Bool {
            guard let handle = FileHandle(forReadingAtPath: path) else { return false }
            defer { try? handle.close() }
            return (try? handle.read(upToCount: 2)) == Data("#!".utf8)
        }
    }

    public var file: PipelineFile
    public var stages: [Stage]
}

public enum PipelineValidator {
    /// The payload the runner feeds the first stage, and the one it writes out from the last.
    static let sourceType = RawFile.wireType
    static let sinkType = ReportBundle.wireType
    /// The season-wide task, sent last to a last stage that reads it (PROTOCOL.md).
    static let seasonType = ClinicSeason.wireType

    /// Each executable's `--describe`, asked of all of them at once (a pipeline's stages start up
    /// in parallel rather than one after another).
    static func describeAll(_ executables: [String], catalog: StageCatalog) -> [String: Result<StageDescription, any Error>] {
        let answers = Mutex<[String: Result<StageDescription, any Error>]>([:])
        // One thread each, not one per core: a describe mostly waits for its process.
        let group = DispatchGroup()
        for exe in executables {
            group.enter()
            Thread {
                // The runner keys its result cache with each executable's digest: hash it here,
                // while the describes run (SHA256.fileHex remembers it).
                _ = SHA256.fileHex(atPath: exe)
                let answer = Result { try catalog.describe(exe) }
                answers.withLock { $0[exe] = answer }
                group.leave()
            }.start()
        }
        group.wait()
        return answers.withLock { $0 }
    }

    public static func validate(_ file: PipelineFile, catalog: StageCatalog) throws(PipelineErrors) -> ValidatedPipeline {
        var errors: [PipelineError] = []
        var stages: [ValidatedPipeline.Stage] = []
        let base = (file.path as NSString).deletingLastPathComponent
        let located = file.stages.map { catalog.locate($0.run, relativeTo: base) }
        let descriptions = describeAll(Array(Set(located.compactMap { $0 })).sorted(), catalog: catalog)
        for (entry, exe) in zip(file.stages, located) {
            guard let exe else {
                let hint = entry.run.contains("/")
                    ? "no executable file at that path"
                    : "looked in \(catalog.searchPath.joined(separator: ", ")); run `gaitpipe stages` to list what is installed, or pass --plugin-path"
                errors.append(PipelineError(file: file.path, line: entry.runLine,
                                            "stage '\(entry.name)': executable '\(entry.run)' not found", hint: hint))
                continue
            }
            let description: StageDescription
            do {
                description = try descriptions[exe, default: .failure(DescribeError(executable: exe, reason: "not described"))].get()
            } catch {
                errors.append(PipelineError(file: file.path, line: entry.runLine, "stage '\(entry.name)': \(error)",
                                            hint: "a stage must print its description for --describe (PROTOCOL.md)"))
                continue
            }
            if description.protocolVersion != protocolVersion {
                errors.append(PipelineError(file: file.path, line: entry.runLine,
                                            "stage '\(entry.name)' speaks protocol \(description.protocolVersion), this runner \(protocolVersion)",
                                            hint: "rebuild the stage against this gaitpipe"))
            }
            let specs = Dictionary(description.params.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            let errorsBeforeParams = errors.count
            for (key, value) in entry.params.sorted(by: { $0.key < $1.key }) {
                let line = entry.paramLines[key] ?? entry.line
                guard let spec = specs[key] else {
                    let known = description.params.map(\.name)
                    errors.append(PipelineError(file: file.path, line: line,
                                                "stage '\(entry.name)' has no param '\(key)'",
                                                hint: known.isEmpty ? "\(description.name) takes no params"
                                                    : PipelineFile.suggestion(key, among: known)))
                    continue
                }
                if let problem = spec.problem(with: value) {
                    errors.append(PipelineError(file: file.path, line: line,
                                                "stage '\(entry.name)' param '\(key)': \(problem)", hint: spec.summary))
                }
            }
            if errors.count == errorsBeforeParams {
                for (param, message) in ParamSpec.orderingProblems(description.params, given: entry.params) {
                    errors.append(PipelineError(file: file.path, line: entry.paramLines[param] ?? entry.line,
                                                "stage '\(entry.name)': \(message)",
                                                hint: "thresholds of one rule must increase; see `gaitpipe stages`"))
                }
            }
            if entry.remote, !(entry.listen ?? "").hasPrefix("tcp://") {
                errors.append(PipelineError(file: file.path, line: entry.line,
                                            "stage '\(entry.name)' is remote but has no 'listen: tcp://HOST:PORT'",
                                            hint: "e.g. listen: tcp://0.0.0.0:5601"))
            }
            if !entry.remote, entry.listen != nil {
                errors.append(PipelineError(file: file.path, line: entry.line,
                                            "stage '\(entry.name)' has 'listen' but is not 'remote: true'",
                                            hint: "only remote stages listen on TCP; add remote: true or remove listen"))
            }
            errors += launchProblems(entry, file: file.path)
            if entry.cache == true && description.cacheable == false {
                errors.append(PipelineError(file: file.path, line: entry.line,
                                            "stage '\(entry.name)' has 'cache: true' but \(description.name) says it is not cacheable",
                                            hint: "its --describe says \"cacheable\": false (side effects); remove cache: true"))
            }
            stages.append(.init(entry: entry, executable: exe, description: description))
        }
        if errors.isEmpty {
            errors += checkEdges(stages, file: file.path)
        }
        if !errors.isEmpty { throw PipelineErrors(errors) }
        return ValidatedPipeline(file: file, stages: stages)
    }

    /// `advertise` and `launch` of one stage: launched workers need a TCP listener to reach, an
    /// address to be told, and `sbatch` on this machine (checked now, not when the run starts).
    static func launchProblems(_ entry: PipelineFile.StageEntry, file: String) -> [PipelineError] {
        var errors: [PipelineError] = []
        if let advertise = entry.advertise {
            if !entry.remote {
                errors.append(PipelineError(file: file, line: entry.line,
                                            "stage '\(entry.name)' has 'advertise' but is not 'remote: true'",
                                            hint: "advertise is the address remote workers are told to reach; add remote: true and listen"))
            }
            if !SlurmLauncher.isTCPAddress(advertise) || SlurmLauncher.isWildcard(advertise) {
                errors.append(PipelineError(file: file, line: entry.line,
                                            "stage '\(entry.name)': advertise '\(advertise)' is not an address a worker can reach",
                                            hint: "tcp://HOST:PORT with this machine's name or address, e.g. tcp://runner.lab.example:5601"))
            }
        }
        guard let launch = entry.launch else { return errors }
        var missing: [String] = []
        if !entry.remote { missing.append("remote: true") }
        if entry.listen == nil { missing.append("listen: tcp://0.0.0.0:PORT") }
        if entry.advertise == nil { missing.append("advertise: tcp://THIS-HOST:PORT") }
        if !missing.isEmpty {
            errors.append(PipelineError(file: file, line: launch.line,
                                        "stage '\(entry.name)' launches workers but has no \(missing.joined(separator: ", "))",
                                        hint: "launched workers connect to the stage's TCP listener at the advertised address"))
        }
        for tool in SlurmLauncher.tools where SlurmLauncher.findExecutable(tool) == nil {
            errors.append(PipelineError(file: file, line: launch.line,
                                        "stage '\(entry.name)' launches Slurm jobs but '\(tool)' is not on PATH",
                                        hint: "run on a Slurm submit host (Debian: apt-get install slurm-client), or remove launch"))
        }
        return errors
    }

    /// A grouped stage reads the runner-built group of what the stage before it writes: an
    /// AthleteSeason holds RunMetrics and, from a stage that reads kinematics files, KinematicsSessions.
    static let groups = [AthleteSeason.wireType: "\(RunMetrics.wireType)|\(KinematicsSession.wireType)"]

    /// Every payload `a` may write is one `b` reads (union types: PROTOCOL.md).
    static func connects(_ a: StageDescription, _ b: StageDescription) -> Bool {
        if b.grouping == .athlete {
            return groups[b.input].map { WireUnion.accepts($0, a.output) && WireUnion.members(a.output).contains(RunMetrics.wireType) } ?? false
        }
        return WireUnion.accepts(b.input, a.output)
    }

    /// Each stage must read what the previous one writes; the first reads input files, the last
    /// writes reports.
    static func checkEdges(_ stages: [ValidatedPipeline.Stage], file: String) -> [PipelineError] {
        var errors: [PipelineError] = []
        guard let first = stages.first, let last = stages.last else { return errors }
        if first.description.input != sourceType {
            errors.append(PipelineError(file: file, line: first.entry.line,
                                        "first stage '\(first.entry.name)' reads \(first.description.input), but the runner feeds \(sourceType)",
                                        hint: "start the pipeline with activity-import"))
        }
        // What reaches each stage: what the stage before wrote, plus what earlier stages wrote that no
        // stage since reads — a stage that reads one member of a union passes the others on
        // untouched, and the runner forwards them (PROTOCOL.md "Union types").
        var flowing = WireUnion.members(first.description.output)
        var writers = Dictionary(flowing.map { ($0, first.entry.name) }, uniquingKeysWith: { a, _ in a })
        for (a, b) in zip(stages, stages.dropFirst()) {
            let arriving = flowing.joined(separator: "|")
            let reads = WireUnion.members(b.description.input)
            if b.description.grouping == .athlete {
                var producer = a.description
                producer.output = arriving
                if !connects(producer, b.description) {
                    errors.append(PipelineError(file: file, line: b.entry.line,
                                                "stage '\(b.entry.name)' reads \(b.description.input) but '\(a.entry.name)' writes \(arriving)"))
                }
                flowing = WireUnion.members(b.description.output)
            } else if flowing.contains(where: reads.contains) {
                let passed = flowing.filter { !reads.contains($0) }
                flowing = WireUnion.members(b.description.output) + passed.filter { !WireUnion.members(b.description.output).contains($0) }
            } else {
                errors.append(PipelineError(file: file, line: b.entry.line,
                                            "stage '\(b.entry.name)' reads \(b.description.input) but '\(a.entry.name)' writes \(arriving)"))
                flowing = WireUnion.members(b.description.output)
            }
            for type in WireUnion.members(b.description.output) { writers[type] = b.entry.name }
        }
        for type in flowing where type != sinkType && last.description.output == sinkType {
            errors.append(PipelineError(file: file, line: last.entry.line,
                                        "\(type) written by '\(writers[type] ?? "?")' reaches the end unread",
                                        hint: "add a stage that reads \(type), or remove the one that writes it"))
        }
        // The season-wide task goes to the last stage that reads ClinicSeason, after everything
        // else: its answer must be written, not passed on.
        for stage in stages.dropLast() where WireUnion.members(stage.description.input).contains(seasonType) {
            errors.append(PipelineError(file: file, line: stage.entry.line,
                                        "stage '\(stage.entry.name)' reads \(seasonType), the season-wide task, but is not the last stage",
                                        hint: "a stage that writes files about all athletes ends the pipeline"))
        }
        if last.description.output != sinkType {
            errors.append(PipelineError(file: file, line: last.entry.line,
                                        "last stage '\(last.entry.name)' writes \(last.description.output); the runner writes out \(sinkType)",
                                        hint: "end the pipeline with load-report"))
        }
        return errors
    }
}
