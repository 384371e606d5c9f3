import Foundation
import Yams

/// A parsed pipeline file (DESIGN.md "Fixed interfaces"): `version: 1` and a list of stages whose
/// edges follow list order. Every key keeps its line so errors can point at it.
public struct PipelineFile: Sendable {
    public struct StageEntry: Sendable {
        public var name: String
        /// Executable name (looked up next to `gaitpipe` and in --plugin-path) or a path.
        public var run: String
        public var replicas: Int
        public var params: [String: String]
        public var paramLines: [String: Int]
        public var remote: Bool
        public var listen: String?
        /// `cache: true` keeps this stage's outputs in the result cache even when only the next
        /// per-item stage reads them; `false` neither looks answers up nor stores them; nil: the
        /// default (ResultCache).
        public var cache: Bool? = nil
        /// The address launched workers are told to connect to (`listen` often binds a wildcard).
        public var advertise: String? = nil
        /// `launch: {slurm: …}`: workers the runner submits as Slurm jobs (SlurmLauncher).
        public var launch: SlurmLaunch? = nil
        public var line: Int
        public var runLine: Int
        public var replicasLine: Int
    }

    /// `launch: {slurm: {jobs, replicas_per_job, partition, time}}` of one stage.
    public struct SlurmLaunch: Sendable, Equatable {
        public var jobs = 1
        public var replicasPerJob = 1
        public var partition: String?
        /// Slurm's time limit, as `sbatch --time` reads it ("01:00:00", "2-00:00:00", "90").
        public var time: String?
        /// The line of `launch:` in the pipeline file.
        public var line = 0
    }

    public var path: String
    public var version: Int
    public var stages: [StageEntry]

    static let topKeys = ["version", "stages"]
    static let stageKeys = ["name", "run", "replicas", "params", "remote", "listen", "advertise", "cache", "launch"]
    static let launchKeys = ["slurm"]
    static let slurmKeys = ["jobs", "replicas_per_job", "partition", "time"]

    /// Parses and checks the file's own structure; stage-level checks are `PipelineValidator`'s.
    public static func load(_ path: String) throws(PipelineErrors) -> PipelineFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineErrors([PipelineError(file: path, line: nil, "cannot read the pipeline file",
                                                hint: "check the path; pipelines live in Pipelines/")])
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String) throws(PipelineErrors) -> PipelineFile {
        var errors: [PipelineError] = []
        func fail(_ node: Node?, _ message: String, hint: String = "") {
            errors.append(PipelineError(file: path, line: node?.mark?.line, message, hint: hint))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PipelineErrors([PipelineError(file: path, line: nil, "not valid YAML: \(error)")])
        }
        guard let root, case .mapping(let top) = root else {
            throw PipelineErrors([PipelineError(file: path, line: 1, "expected a mapping with 'version' and 'stages'")])
        }
        var version = 0
        var stages: [StageEntry] = []
        var sawStages = false
        for (keyNode, value) in top {
            let key = keyNode.string ?? ""
            switch key {
            case "version":
                if let v = value.int, v == 1 { version = v } else {
                    fail(value, "unsupported version '\(value.string ?? "?")'", hint: "this gaitpipe reads version: 1")
                }
            case "stages":
                sawStages = true
                guard case .sequence(let list) = value else {
                    fail(value, "'stages' must be a list of stages")
                    continue
                }
                for item in list {
                    if let entry = parseStage(item, fail: fail) { stages.append(entry) }
                }
            default:
                fail(keyNode, "unknown key '\(key)'", hint: suggestion(key, among: topKeys))
            }
        }
        if version == 0 && !errors.contains(where: { $0.message.hasPrefix("unsupported version") }) {
            fail(root, "missing 'version: 1'")
        }
        if !sawStages { fail(root, "missing 'stages:'") } else if stages.isEmpty && errors.isEmpty {
            fail(root, "'stages' is empty")
        }
        var seen: [String: Int] = [:]
        for s in stages {
            if let first = seen[s.name] {
                errors.append(PipelineError(file: path, line: s.line, "stage name '\(s.name)' is used twice",
                                            hint: "first used on line \(first); names must be unique"))
            }
            seen[s.name] = s.line
        }
        if !errors.isEmpty { throw PipelineErrors(errors) }
        return PipelineFile(path: path, version: version, stages: stages)
    }

    private static func parseStage(_ node: Node, fail: (Node?, String, String) -> Void) -> StageEntry? {
        guard case .mapping(let map) = node else {
            fail(node, "a stage must be a mapping with at least 'name'", "")
            return nil
        }
        let line = node.mark?.line ?? 0
        var entry = StageEntry(name: "", run: "", replicas: 1, params: [:], paramLines: [:], remote: false,
                               listen: nil, line: line, runLine: line, replicasLine: line)
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            switch key {
            case "name": entry.name = value.string ?? ""
            case "run":
                entry.run = value.string ?? ""
                entry.runLine = value.mark?.line ?? line
            case "replicas":
                entry.replicasLine = value.mark?.line ?? line
                if let n = value.int, (1...64).contains(n) { entry.replicas = n } else {
                    fail(value, "replicas must be an integer from 1 to 64, not '\(value.string ?? "?")'", "")
                }
            case "params":
                if case .mapping(let params) = value {
                    for (k, v) in params {
                        guard let name = k.string, let text = v.string else {
                            fail(k, "param values must be scalars", "")
                            continue
                        }
                        entry.params[name] = text
                        entry.paramLines[name] = k.mark?.line ?? line
                    }
                } else if !["", "~", "null"].contains(value.scalar?.string ?? "?") {
                    fail(value, "'params' must be a mapping of name: value", "")
                }
            case "remote":
                guard let b = value.bool else {
                    fail(value, "remote must be true or false", "")
                    continue
                }
                entry.remote = b
            case "listen": entry.listen = value.string
            case "advertise":
                guard let text = value.scalar?.string, !text.isEmpty else {
                    fail(value, "advertise must be an address, tcp://HOST:PORT", "")
                    continue
                }
                entry.advertise = text
            case "launch":
                entry.launch = parseLaunch(value, line: keyNode.mark?.line ?? line, fail: fail)
            case "cache":
                guard let b = value.bool else {
                    fail(value, "cache must be true or false", "")
                    continue
                }
                entry.cache = b
            default:
                fail(keyNode, "unknown key '\(key)' in stage", suggestion(key, among: stageKeys))
            }
        }
        if entry.name.isEmpty {
            fail(node, "stage without a 'name'", "add name: <stage>, e.g. name: gait-metrics")
            return nil
        }
        if entry.run.isEmpty { entry.run = entry.name }
        return entry
    }

    /// `launch: {slurm: {...}}`: every key checked here, with its line; nil after an error.
    private static func parseLaunch(_ node: Node, line: Int, fail: (Node?, String, String) -> Void) -> SlurmLaunch? {
        guard case .mapping(let map) = node, !map.isEmpty else {
            fail(node, "launch must be a mapping, e.g. launch: {slurm: {jobs: 2, replicas_per_job: 1}}", "")
            return nil
        }
        var launch = SlurmLaunch(line: line)
        var ok = true
        var sawSlurm = false
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            guard key == "slurm" else {
                fail(keyNode, "unknown launcher '\(key)' in launch", suggestion(key, among: launchKeys))
                ok = false
                continue
            }
            sawSlurm = true
            guard case .mapping(let slurm) = value else {
                fail(value, "launch.slurm must be a mapping of jobs, replicas_per_job, partition, time", "")
                ok = false
                continue
            }
            for (k, v) in slurm {
                let name = k.string ?? ""
                switch name {
                case "jobs", "replicas_per_job":
                    let limit = name == "jobs" ? 1000 : 64
                    guard let n = v.int, (1...limit).contains(n) else {
                        fail(v, "launch.slurm.\(name) must be an integer from 1 to \(limit), not '\(v.string ?? "?")'", "")
                        ok = false
                        continue
                    }
                    if name == "jobs" { launch.jobs = n } else { launch.replicasPerJob = n }
                case "partition":
                    guard let text = v.scalar?.string, !text.isEmpty, !text.contains(where: \.isWhitespace) else {
                        fail(v, "launch.slurm.partition must be a partition name", "`sinfo -s` lists them")
                        ok = false
                        continue
                    }
                    launch.partition = text
                case "time":
                    // A scalar's text, not its YAML 1.1 value: unquoted 01:00:00 would be sexagesimal 3600.
                    guard let text = v.scalar?.string, isSlurmTime(text) else {
                        fail(v, "launch.slurm.time '\(v.scalar?.string ?? "?")' is not a Slurm time limit",
                             "minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS, e.g. time: \"01:00:00\"")
                        ok = false
                        continue
                    }
                    launch.time = text
                default:
                    fail(k, "unknown key '\(name)' in launch.slurm", suggestion(name, among: slurmKeys))
                    ok = false
                }
            }
        }
        return ok && sawSlurm ? launch : nil
    }

    /// The time formats `sbatch --time` accepts (sbatch(1)), with a positive total.
    static func isSlurmTime(_ text: String) -> Bool {
        var rest = Substring(text)
        var days: Int?
        if let dash = rest.firstIndex(of: "-") {
            guard let d = Int(rest[..<dash]), d >= 0 else { return false }
            days = d
            rest = rest[rest.index(after: dash)...]
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        // Minutes and seconds (and hours after a day count) stay below 60 (24); the first field may be larger.
        if numbers.dropFirst().contains(where: { $0 >= 60 }) { return false }
        if days != nil && numbers[0] >= 24 { return false }
        return (days ?? 0) + numbers.reduce(0, +) > 0
    }

    /// "did you mean 'replicas'?" for a near miss (edit distance ≤ 2), else the list of valid keys.
    static func suggestion(_ key: String, among valid: [String]) -> String {
        if let near = valid.min(by: { editDistance(key, $0) < editDistance(key, $1) }), editDistance(key, near) <= 2 {
            return "did you mean '\(near)'?"
        }
        return "valid keys: \(valid.joined(separator: ", "))"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var prev = row[0]
            row[0] = i
            for j in 1...b.count {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
                prev = old
            }
        }
        return row[b.count]
    }
}
