import Foundation
import Testing

/// What a runner gets in runs.csv agrees with what the watch itself wrote (issue 20): every corpus
/// FIT file with a running session, and files the season synthesizer writes (a single run, two
/// multisport bricks written summary-first, a run and a brick chained in one file), go through the
/// real pipeline; each running session message, as Garmin's SDK decodes it (the corpus's
/// reference/*.json.gz, or ../shared/fit-corpus/fit_reference.py on the written files), is compared
/// with its runs.csv row: distance ±0.5 %, timer time ±1 %, cadence, ground contact time, vertical
/// oscillation and step length ±2 %, where the watch wrote them (each tolerance plus half the CSV
/// column's last decimal). A difference with a known reason is listed in
/// watch-summary-allowlist.txt; a listed one that agrees fails, so the list only shrinks. The
/// table printed is README's "Watch summaries".
@Suite(.serialized, .enabled(if: WatchCorpus.existsOrRequired, "needs ../shared/fit-corpus"))
struct WatchSummaryTableTests {
    static let corpus = WatchCorpus.directory
    static let python = TestSupport.packageRoot + "/.venv/bin/python"
    static let allowList = TestSupport.packageRoot + "/Tests/PipelineTests/watch-summary-allowlist.txt"

    /// A runs.csv column compared with a session field: tolerance as a share of the watch's value,
    /// plus half the column's last decimal (the CSV rounds).
    struct Metric: Sendable {
        var column: String
        var share: Double
        var rounding: Double
        /// The watch's value in the column's unit, nil when it wrote none.
        var watch: @Sendable ([String: Any]) -> Double?
    }

    static func number(_ session: [String: Any], _ field: String) -> Double? {
        (session[field] as? NSNumber).map(\.doubleValue).flatMap { $0.isFinite ? $0 : nil }
    }

    static let metrics: [Metric] = [
        Metric(column: "distance_m", share: 0.005, rounding: 0.05) { number($0, "total_distance") },
        Metric(column: "timer_time_s", share: 0.01, rounding: 0.05) { number($0, "total_timer_time") },
        // Running cadence is strides/min: steps/min = 2 × (cadence + fractional cadence).
        Metric(column: "cadence_spm", share: 0.02, rounding: 0.05) { s in
            (number(s, "avg_running_cadence") ?? number(s, "avg_cadence")).map { 2 * ($0 + (number(s, "avg_fractional_cadence") ?? 0)) }
        },
        Metric(column: "gct_ms", share: 0.02, rounding: 0.05) { number($0, "avg_stance_time") },
        Metric(column: "vertical_oscillation_mm", share: 0.02, rounding: 0.05) { number($0, "avg_vertical_oscillation") },
        Metric(column: "step_length_m", share: 0.02, rounding: 0.0005) { number($0, "avg_step_length").map { $0 / 1000 } },
    ]

    /// A file in the input season: athlete folder, file name, its running session messages.
    struct Source {
        var athlete: String
        var file: String
        var label: String
        var runningSessions: [[String: Any]]
    }

    static func folderName(_ s: String) -> String {
        String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func gunzipJSON(_ path: String) throws -> [String: Any] {
        let r = try TestSupport.run("/bin/gzip", ["-dc", path])
        try #require(r.status == 0, "gzip -dc \(path): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
    }

    static func running(_ reference: [String: Any]) -> [[String: Any]] {
        (reference["session"] as? [[String: Any]] ?? []).filter { $0["sport"] as? String == "running" }
    }

    /// Corpus files whose reference decoding has a running session, each in its own athlete folder
    /// (several corpus files are copies of one activity: in one folder they would be duplicates).
    static func corpusSources(into input: String) throws -> [Source] {
        let fm = FileManager.default
        let files = (fm.enumerator(atPath: corpus)?.compactMap { $0 as? String } ?? [])
            .filter { $0.lowercased().hasSuffix(".fit") }.sorted()
        var sources: [Source] = []
        for file in files {
            let reference = corpus + "/reference/" + file.dropLast(4).replacingOccurrences(of: "/", with: "__") + ".json.gz"
            guard fm.fileExists(atPath: reference) else { continue }
            let sessions = running(try gunzipJSON(reference))
            guard !sessions.isEmpty else { continue }
            let name = (file as NSString).lastPathComponent
            let athlete = "c-" + folderName(String(file.dropLast(4)))
            try fm.createDirectory(atPath: input + "/" + athlete, withIntermediateDirectories: true)
            try fm.copyItem(atPath: corpus + "/" + file, toPath: input + "/" + athlete + "/" + name)
            sources.append(Source(athlete: athlete, file: name, label: file, runningSessions: sessions))
        }
        return sources
    }

    /// Files the synthesizer writes, decoded by Garmin's SDK through fit_reference.py.
    static func synthesizedSources(into input: String) throws -> [Source] {
        let fm = FileManager.default
        let season = TestSupport.temporaryDirectory("watch-synth")
        let synth = try TestSupport.gaitpipe(["synth", "--out", season, "--seed", "1", "--weeks", "12"])
        try #require(synth.status == 0, "\(synth.stderr)")
        let ben = season + "/ben-steady/"
        let names = try fm.contentsOfDirectory(atPath: ben).sorted()
        let bricks = names.filter { $0.hasSuffix("-brick.fit") }
        try #require(bricks.count == 2, "the steady runner's bricks in weeks 8 and 12: \(names)")
        let plain = try #require(names.first { $0.hasSuffix("-run.fit") })
        var files: [(String, Data)] = try ([plain] + bricks).map { ($0, try Data(contentsOf: URL(fileURLWithPath: ben + $0))) }
        // A chained file: the run's FIT file, then the first brick's, in one file.
        files.append(("chained-run-brick.fit", files[0].1 + files[1].1))
        try #require(fm.isExecutableFile(atPath: python), "\(python): run `make venv`")
        return try files.map { name, bytes in
            let athlete = "s-" + folderName(String(name.dropLast(4)))
            try fm.createDirectory(atPath: input + "/" + athlete, withIntermediateDirectories: true)
            let path = input + "/" + athlete + "/" + name
            try bytes.write(to: URL(fileURLWithPath: path))
            let json = TestSupport.temporaryDirectory("watch-ref") + "/ref.json"
            let r = try TestSupport.run(python, [corpus + "/fit_reference.py", path, "-o", json])
            try #require(r.status == 0, "fit_reference.py \(name): \(r.stderr)")
            let reference = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any] ?? [:]
            return Source(athlete: athlete, file: name, label: "synth " + name, runningSessions: running(reference))
        }
    }

    /// runs.csv rows by athlete and run id (RFC 4180 quoting: the warnings column has commas).
    static func rows(_ csv: String) -> [String: [String: String]] {
        var records: [[String]] = [[]]
        var field = "", quoted = false
        var chars = csv.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                records[records.count - 1].append(field); field = ""
            } else if c == "\n" {
                records[records.count - 1].append(field); field = ""
                records.append([])
            } else {
                field.append(c)
            }
        }
        let lines = records.filter { !$0.isEmpty }
        guard let header = lines.first else { return [:] }
        var out: [String: [String: String]] = [:]
        for line in lines.dropFirst() {
            let row = Dictionary(zip(header, line), uniquingKeysWith: { a, _ in a })
            out[(row["athlete"] ?? "") + "/" + (row["run_id"] ?? "")] = row
        }
        return out
    }

    static func percent(_ p: Double) -> String {
        abs(p) < 0.05 ? "0.0 %" : String(format: "%+.1f %%", p)
    }

    /// `file[#n] column: reason` lines; `#` starts a comment only at the start of a line.
    static func allowed() throws -> [String: String] {
        let text = try String(contentsOfFile: allowList, encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && line.contains(": ") {
            let parts = line.split(separator: ": ", maxSplits: 1)
            out[String(parts[0])] = String(parts[1])
        }
        return out
    }

    @Test(.timeLimit(.minutes(10)))
    func runsCSVAgreesWithTheWatchsSessionMessages() throws {
        let input = TestSupport.temporaryDirectory("watch-input")
        let sources = try Self.corpusSources(into: input) + Self.synthesizedSources(into: input)
        #expect(sources.filter { $0.label.hasPrefix("synth") }.allSatisfy { !$0.runningSessions.isEmpty })
        let out = TestSupport.temporaryDirectory("watch-out")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", input, "--out", out])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let rows = Self.rows(try String(contentsOfFile: out + "/runs.csv", encoding: .utf8))
        let allowed = try Self.allowed()
        var used: Set<String> = []
        var table: [[String]] = [["file (running session)", "column", "watch", "runs.csv", "diff", "result"]]
        // README's form: a row per running session, its difference from the watch per column.
        var markdown = ["| running session | " + Self.metrics.map(\.column).joined(separator: " | ") + " |",
                        "|---|" + String(repeating: "---|", count: Self.metrics.count)]
        var failures: [String] = []
        var compared = 0
        for source in sources {
            for (i, session) in source.runningSessions.enumerated() {
                let runID = source.file + (source.runningSessions.count > 1 ? "#\(i + 1)" : "")
                let label = source.label + (source.runningSessions.count > 1 ? "#\(i + 1)" : "")
                guard let row = rows[source.athlete + "/" + runID] else {
                    let key = label + " row"
                    if let reason = allowed[key] {
                        used.insert(key)
                        table.append([label, "(row)", "", "", "", "allowed: " + reason])
                        markdown.append("| \(label) | no row (listed) |" + String(repeating: " |", count: Self.metrics.count - 1))
                    } else {
                        failures.append("\(label): no runs.csv row \(runID)")
                        table.append([label, "(row)", "", "", "", "FAIL: no row"])
                    }
                    continue
                }
                var cells: [String] = []
                defer { markdown.append("| \(label) | " + cells.joined(separator: " | ") + " |") }
                for metric in Self.metrics {
                    guard let watch = metric.watch(session) else {
                        cells.append("·")
                        continue
                    }
                    compared += 1
                    let ours = row[metric.column].flatMap(Double.init)
                    let agrees = ours.map { abs($0 - watch) <= metric.share * abs(watch) + metric.rounding } ?? false
                    let diff = ours.map { watch == 0 ? ($0 == 0 ? "0 %" : "–") : Self.percent(100 * ($0 - watch) / watch) } ?? ""
                    let key = label + " " + metric.column
                    var result = agrees ? "ok" : "FAIL"
                    if let reason = allowed[key] {
                        used.insert(key)
                        result = agrees ? "FAIL: listed but agrees" : "allowed: " + reason
                        if agrees { failures.append("\(key) agrees: take it off \(Self.allowList)") }
                    } else if !agrees {
                        failures.append("\(key): watch \(watch), runs.csv \(row[metric.column] ?? "–")")
                    }
                    table.append([label, metric.column, String(format: "%.4g", watch), row[metric.column] ?? "", diff, result])
                    cells.append(diff + (result.hasPrefix("allowed") ? " (listed)" : result == "ok" ? "" : " FAIL"))
                }
            }
        }
        let widths = table[0].indices.map { c in table.map { $0[c].count }.max() ?? 0 }
        print(table.map { row in
            row.enumerated().map { c, cell in c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n"))
        print("\(compared) values of \(sources.count) files compared; \(failures.count) failures\n")
        print(markdown.joined(separator: "\n"))
        #expect(sources.count >= 20, "corpus and synthesized files with a running session")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        let stale = Set(allowed.keys).subtracting(used)
        #expect(stale.isEmpty, "listed in \(Self.allowList) but not compared: \(stale.sorted())")
    }
}

/// ../shared/fit-corpus; in CI (CI=true) a missing corpus fails rather than skips.
enum WatchCorpus {
    static let directory = URL(fileURLWithPath: TestSupport.packageRoot + "/../shared/fit-corpus").standardized.path
    static let existsOrRequired = FileManager.default.fileExists(atPath: directory + "/reference")
        || ProcessInfo.processInfo.environment["CI"] == "true"
}
