import Foundation
import Testing

/// Issue 16: a bad line in symptoms.csv or a bad key in athlete.yaml costs only itself and is
/// reported once where the user looks — the console's summary line, summary.json, index.html, the
/// athlete's report — and `--strict` exits 3. A file of which nothing can be read is a skipped input.
@Suite(.serialized) struct AthleteFileProblemTests {
    static let pipeline = TestSupport.packageRoot + "/Pipelines/season.yaml"
    static let header = "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n"
    static let goodDiary = header + """
        2026-03-03,right,inferior_pole,4,3,2,jumping;stairs
        2026-03-04,both,inferior_pole,4,3,2,jumping
        2026-03-05,right,inferior_pole,3,2,1,

        """
    static let goodProfile = "id: cleo\nsex: female\ntimezone: Europe/Berlin\nhr_max: 194\nhr_rest: 55\n"

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var profile: String
        var diary: String
        /// The line the console prints for it, after "  problem " or "  skipped ".
        var console: String
        /// The summary line's counts.
        var counts: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one bad diary line", profile: goodProfile,
             diary: goodDiary.replacingOccurrences(of: "2026-03-04,both", with: "2026-03-04,bth"),
             console: "  problem cleo/symptoms.csv:3: side 'bth': expected left, right or both",
             counts: "1 athlete, 0 skipped inputs, 1 problem in athlete files"),
        Case(name: "typo'd key in athlete.yaml", profile: goodProfile.replacingOccurrences(of: "sex:", with: "sxe:"),
             diary: goodDiary,
             console: "  problem cleo/athlete.yaml:2: unknown key 'sxe'; did you mean 'sex'?",
             counts: "1 athlete, 0 skipped inputs, 1 problem in athlete files"),
        Case(name: "misspelt time zone", profile: goodProfile.replacingOccurrences(of: "Europe/Berlin", with: "Europe/Berln"),
             diary: goodDiary,
             console: "  problem cleo/athlete.yaml:3: timezone 'Europe/Berln' is not an IANA time zone name; did you mean 'Europe/Berlin'",
             counts: "1 athlete, 0 skipped inputs, 1 problem in athlete files"),
        Case(name: "diary with a wrong header", profile: goodProfile,
             diary: "day,pain\n2026-03-03,4\n",
             console: "  skipped cleo/symptoms.csv [runner]: line 1: header is 'day,pain'; expected 'date,side,location",
             counts: "1 athlete, 1 skipped input, 0 problems in athlete files"),
        // Nothing can be read: a skipped input with the reason, never silently "no diary".
        Case(name: "a folder named symptoms.csv", profile: goodProfile, diary: asFolder,
             console: "  skipped cleo/symptoms.csv [runner]: cannot be read: is a folder, not a file",
             counts: "1 athlete, 1 skipped input, 0 problems in athlete files"),
    ]

    /// As `diary`: symptoms.csv is a folder.
    static let asFolder = "(a folder)"

    /// One athlete folder `cleo/` with a few synthesized runs and the given files.
    static func input(profile: String, diary: String) throws -> String {
        let runs = try TestSupport.smallInput(files: 4)
        let root = TestSupport.temporaryDirectory("athlete-files")
        try FileManager.default.moveItem(atPath: runs, toPath: root + "/cleo")
        try profile.write(toFile: root + "/cleo/athlete.yaml", atomically: true, encoding: .utf8)
        if diary == asFolder {
            try FileManager.default.createDirectory(atPath: root + "/cleo/symptoms.csv", withIntermediateDirectories: false)
        } else {
            try diary.write(toFile: root + "/cleo/symptoms.csv", atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test(arguments: cases)
    func isReportedOnceEverywhereAndFailsStrict(_ c: Case) throws {
        let input = try Self.input(profile: c.profile, diary: c.diary)
        let out = TestSupport.temporaryDirectory("athlete-files-out")
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input, "--out", out, "--strict"])
        #expect(r.status == 3, "stderr: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(c.counts) }, "stdout: \(r.stdout)")
        #expect(lines.filter { $0.hasPrefix(c.console) }.count == 1, "stdout: \(r.stdout)")
        // Reported once per file, not once per run that carries athlete.yaml.
        #expect(!r.stderr.contains("athlete.yaml:"), "stderr: \(r.stderr)")

        let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        let report = try String(contentsOfFile: out + "/cleo/report.html", encoding: .utf8)
        let runs = try String(contentsOfFile: out + "/cleo/runs.csv", encoding: .utf8)
        let path = String(c.console.dropFirst("  problem ".count).prefix { $0 != ":" && $0 != " " })
        let line = c.console.split(separator: ":").dropFirst().first.map(String.init) ?? ""
        let located = c.counts.contains("0 problems") ? path : "\(path):\(line)"
        #expect(summary.contains(located.replacingOccurrences(of: "/", with: "\\/")), "summary.json: \(summary)")
        #expect(index.contains(located), "index.html lists \(located)")
        // The athlete's report names the file relative to the athlete folder.
        #expect(report.contains(String(located.dropFirst("cleo/".count))), "report.html lists \(located)")
        #expect(!runs.contains("athlete.yaml"), "no per-run warning about athlete.yaml")

        // Without --strict the run succeeds: the problem cost only itself.
        let relaxed = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input,
                                                "--out", TestSupport.temporaryDirectory("athlete-files-out")])
        #expect(relaxed.status == 0, "stderr: \(relaxed.stderr)")
    }

    @Test func goodAthleteFilesAreNoProblem() throws {
        let input = try Self.input(profile: Self.goodProfile, diary: Self.goodDiary)
        let r = try TestSupport.gaitpipe(["run", Self.pipeline, "--input", input,
                                          "--out", TestSupport.temporaryDirectory("athlete-files-out"), "--strict"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("1 athlete, 0 skipped inputs, 0 problems in athlete files"), "stdout: \(r.stdout)")
    }
}
