import Foundation
import Testing

/// `gaitpipe run` checks what it can before anything starts: a mistake is one line on stderr
/// naming the path and the fix, exit 2, and nothing is written (issue 16).
@Suite(.serialized) struct PreflightTests {
    static let pipeline = TestSupport.packageRoot + "/Pipelines/season.yaml"

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Prepares the scratch folder `dir` and returns the arguments after `run PIPELINE`.
        var setup: @Sendable (_ dir: String) throws -> [String]
        /// The one stderr line; `DIR` stands for the scratch folder.
        var message: String
        var testDescription: String { name }
    }

    static func folder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    static let cases: [Case] = [
        Case(name: "empty input folder", setup: { dir in
            try folder(dir + "/in")
            return ["--input", dir + "/in", "--out", dir + "/out"]
        }, message: "error: no run files in DIR/in (looked for *.fit, *.csv, *.gpx, *.tcx, *.fit.gz, *.csv.gz, *.gpx.gz, *.tcx.gz, *.zip, directly in it or in one sub-folder per athlete)"),
        Case(name: "athlete folders with a diary and no runs", setup: { dir in
            try folder(dir + "/in/dana")
            try "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n2026-03-02,left,lateral,3,2,1,\n"
                .write(toFile: dir + "/in/dana/symptoms.csv", atomically: true, encoding: .utf8)
            return ["--input", dir + "/in", "--out", dir + "/out"]
        }, message: "error: no run files in DIR/in (looked for *.fit, *.csv"),
        Case(name: "--out below a regular file", setup: { dir in
            try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
            return ["--input", try TestSupport.smallInput(files: 2), "--out", dir + "/file/out"]
        }, message: "error: --out DIR/file/out: 'DIR/file' is a file, not a folder; choose another --out"),
        Case(name: "--out is a regular file", setup: { dir in
            try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
            return ["--input", try TestSupport.smallInput(files: 2), "--out", dir + "/file"]
        }, message: "error: --out DIR/file: this is a file, not a folder; choose another --out"),
        Case(name: "bad --authorized-workers file", setup: { dir in
            try remoteSetup(dir, workers: "worker-a not-a-key\n")
        }, message: "error: DIR/workers.txt: line 1: expected `label key` with a 40-character Z85 public key"),
        Case(name: "public key given as --server-key", setup: { dir in
            try remoteSetup(dir, serverKey: dir + "/runner.key")
        }, message: "error: DIR/runner.key: no secret-key: pass the NAME_secret file written by `gaitpipe keygen`"),
        Case(name: "secret key file mode 0644", setup: { dir in
            let args = try remoteSetup(dir)
            chmod(dir + "/runner.key_secret", 0o644)
            return args
        }, message: "error: DIR/runner.key_secret: holds a secret key but has mode 644: run chmod 600 DIR/runner.key_secret"),
        Case(name: "missing --authorized-workers file", setup: { dir in
            var args = try remoteSetup(dir)
            args[args.count - 1] = dir + "/nope.txt"
            return args
        }, message: "error: DIR/nope.txt: cannot read the authorized-workers file (No such file or directory)"),
        // Keys named on the command line are checked even when no stage is remote.
        Case(name: "public key as --server-key, no remote stage", setup: { dir in
            var args = try remoteSetup(dir, serverKey: dir + "/runner.key")
            args.removeSubrange(0...1)  // Pipelines/season.yaml: nothing remote
            return args
        }, message: "error: DIR/runner.key: no secret-key: pass the NAME_secret file written by `gaitpipe keygen`"),
        // As root access(2) passes here; creating a file does not (the run used to fail late, twice).
        Case(name: "--out in /sys", setup: { _ in
            ["--input", try TestSupport.smallInput(files: 2), "--out", "/sys/gaitpipe-out"]
        }, message: "error: --out /sys/gaitpipe-out: cannot write in '/sys' ("),
        Case(name: "--trace is a folder", setup: { dir in
            ["--input", try TestSupport.smallInput(files: 2), "--out", dir + "/out", "--trace", dir]
        }, message: "error: --trace DIR: this is a folder, not a file; name a file"),
        Case(name: "--trace below a regular file", setup: { dir in
            try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
            return ["--input", try TestSupport.smallInput(files: 2), "--out", dir + "/out", "--trace", dir + "/file/t.json"]
        }, message: "error: --trace DIR/file/t.json: 'DIR/file' is a file, not a folder; choose another --trace"),
    ]

    /// Pipelines/clinic.yaml (a remote stage) with keys from `gaitpipe keygen` in `dir`.
    static func remoteSetup(_ dir: String, serverKey: String? = nil, workers: String? = nil) throws -> [String] {
        for name in ["runner", "worker"] {
            try #require(try TestSupport.gaitpipe(["keygen", "\(dir)/\(name).key"]).status == 0)
        }
        let workerKey = try String(contentsOfFile: dir + "/worker.key", encoding: .utf8)
            .split(separator: "\n").first { $0.contains("public-key") }?.split(separator: "\"").dropFirst().first ?? ""
        try (workers ?? "worker-a \(workerKey)\n").write(toFile: dir + "/workers.txt", atomically: true, encoding: .utf8)
        return ["--pipeline", TestSupport.packageRoot + "/Pipelines/clinic.yaml",
                "--input", try TestSupport.smallInput(files: 2), "--out", dir + "/out",
                "--server-key", serverKey ?? dir + "/runner.key_secret", "--authorized-workers", dir + "/workers.txt"]
    }

    @Test(arguments: cases)
    func stopsBeforeAnythingStarts(_ c: Case) throws {
        let dir = TestSupport.temporaryDirectory("preflight")
        var args = try c.setup(dir)
        var pipeline = Self.pipeline
        if let i = args.firstIndex(of: "--pipeline") {
            pipeline = args[i + 1]
            args.removeSubrange(i...(i + 1))
        }
        let r = try TestSupport.gaitpipe(["run", pipeline] + args)
        #expect(r.status == 2, "stderr: \(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 1, "one line: \(r.stderr)")
        #expect(lines.first?.contains(c.message.replacingOccurrences(of: "DIR", with: dir)) == true, "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty, "no stage table: \(r.stdout)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"), "nothing written")
    }

    /// An athlete folder with a diary but no runs beside athletes with runs: listed with the
    /// reason (index, summary), never scored "none".
    @Test func anAthleteWithADiaryAndNoRunsIsListedNotScored() throws {
        let root = TestSupport.temporaryDirectory("no-runs")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 3), toPath: root + "/ana")
        try Self.folder(root + "/dana")
        try "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n2026-03-02,left,lateral,3,2,1,\n"
            .write(toFile: root + "/dana/symptoms.csv", atomically: true, encoding: .utf8)
        let out = TestSupport.temporaryDirectory("no-runs-out")
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", root, "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let reason = "no run files in this athlete folder (looked for *.fit, *.csv, *.gpx, *.tcx, *.fit.gz, *.csv.gz, *.gpx.gz, *.tcx.gz, *.zip); not scored; its symptoms.csv has 1 entry"
        #expect(r.stdout.contains("  skipped dana/ [runner]: \(reason)"), "stdout: \(r.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out + "/dana"), "no report scoring dana")
        let weeks = try String(contentsOfFile: out + "/weeks.csv", encoding: .utf8)
        #expect(!weeks.contains("dana"))
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("dana/") && index.contains("not scored"))
        // In the athletes table too, first, with what it holds — not only among the skipped inputs.
        let athletesTable = index.components(separatedBy: "<section id=\"skipped\">").first ?? ""
        #expect(athletesTable.contains("<tr class=\"unscored\"><th scope=\"row\" class=\"nowrap\">dana</th>"))
        #expect(athletesTable.contains("not scored: no run files; symptoms.csv has 1 entry — the athlete may have stopped running"))
        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        #expect(summary.contains("\"path\" : \"dana\\/\""), "summary.json: \(summary)")
        // --strict: a listed athlete is something skipped.
        let strict = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", root, "--out", out, "--strict"])
        #expect(strict.status == 3)
    }
}
