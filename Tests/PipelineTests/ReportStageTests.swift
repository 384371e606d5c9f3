import Foundation
import Testing

/// A report stage the runner has never heard of (Plugins/level-digest, Python) ends a pipeline: the
/// runner writes the files and run-wide table rows it returns and sends it the season-wide task,
/// with no runner code naming it — and refuses a path that would leave the output folder or follow
/// a symlink (issue 17).
@Suite(.serialized) struct ReportStageTests {
    static let enabled = PythonStageTests.venvReady || ProcessInfo.processInfo.environment["CI"] == "true"

    /// DIR/digest.yaml: Pipelines/digest.yaml (import, gait metrics, scoring, then level-digest),
    /// listing weeks from level low, its digest in `folder`.
    static func pipeline(in dir: String, folder: String = "digest") throws -> String {
        let path = dir + "/digest.yaml"
        try (try String(contentsOfFile: TestSupport.packageRoot + "/Pipelines/digest.yaml", encoding: .utf8)
            .replacingOccurrences(of: "run: ../Plugins/level-digest/level-digest",
                                  with: "run: \(TestSupport.packageRoot)/Plugins/level-digest/level-digest")
            .replacingOccurrences(of: "min_level: moderate", with: "min_level: low")
            + "      folder: \(folder)\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Two athletes, ana and bo, with a few runs each.
    static func twoAthletes() throws -> String {
        let root = TestSupport.temporaryDirectory("digest-in")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 3), toPath: root + "/ana")
        try FileManager.default.moveItem(atPath: try TestSupport.smallInput(files: 2), toPath: root + "/bo")
        return root
    }

    @Test(.enabled(if: enabled, "needs `make venv` (make test runs it)"))
    func anUnknownReportStageWritesItsOwnFilesAndTables() throws {
        let dir = TestSupport.temporaryDirectory("digest")
        let out = dir + "/out"
        let r = try TestSupport.gaitpipe(["run", try Self.pipeline(in: dir), "--input", try Self.twoAthletes(), "--out", out])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
        #expect(files == ["digest", "digest/ana.txt", "digest/bo.txt", "digest/index.txt", "digest/weeks.csv", "summary.json"],
                "\(files)")
        // The table: the stage's header once, then ana's weeks, then bo's.
        let table = try String(contentsOfFile: out + "/digest/weeks.csv", encoding: .utf8).split(separator: "\n")
        #expect(table.first == "athlete,week,pfp_level,itbs_level,patellar_tendinopathy_level")
        let athletes = table.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(!athletes.isEmpty && athletes == athletes.sorted() && Set(athletes) == ["ana", "bo"], "\(athletes)")
        // The season-wide task got each athlete's entry back, in athlete order.
        let index = try String(contentsOfFile: out + "/digest/index.txt", encoding: .utf8).split(separator: "\n")
        #expect(index.count == 3 && index[0].hasPrefix("ana (") && index[1].hasPrefix("bo ("), "\(index)")
        #expect(index.last == "0 inputs skipped (summary.json lists them)")
        #expect(try String(contentsOfFile: out + "/digest/ana.txt", encoding: .utf8).hasPrefix("ana, as of "))
        // No clinic index from this pipeline, so the run does not point at one.
        #expect(!r.stdout.contains("index.html"), "\(r.stdout)")
    }

    /// A path that leaves the output folder is refused with the reason, for every report that
    /// returns it; nothing is written outside, and --strict says so with exit 3.
    @Test(.enabled(if: enabled, "needs `make venv` (make test runs it)"))
    func aPathOutsideTheOutputFolderIsRefused() throws {
        let dir = TestSupport.temporaryDirectory("digest-escape")
        let pipeline = try Self.pipeline(in: dir, folder: "../x")
        let r = try TestSupport.gaitpipe(["run", pipeline, "--input", try Self.twoAthletes(), "--out", dir + "/out", "--strict"])
        #expect(r.status == 3, "stderr: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/x"), "a file was written outside the output folder")
        let summary = try String(contentsOfFile: dir + "/out/summary.json", encoding: .utf8)
        let reason = "returned the path '..\\/x\\/"
        // ana's and bo's reports and the season-wide task: three refusals.
        #expect(summary.components(separatedBy: reason).count - 1 == 3, "\(summary)")
        #expect(summary.contains("it has a '..' component, which would leave the output folder; nothing of this report was written"))
        #expect(r.stderr.contains("skipped season-wide task (level-digest): returned the path '../x/index.txt': it has a '..' component"),
                "the console says it: \(r.stderr)")
    }

    /// A folder of the output that is a symbolic link is not followed.
    @Test(.enabled(if: enabled, "needs `make venv` (make test runs it)"))
    func aSymlinkInTheOutputFolderIsNotFollowed() throws {
        let dir = TestSupport.temporaryDirectory("digest-symlink")
        let elsewhere = TestSupport.temporaryDirectory("digest-elsewhere")
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/out/digest", withDestinationPath: elsewhere)
        let r = try TestSupport.gaitpipe(["run", try Self.pipeline(in: dir), "--input", try Self.twoAthletes(), "--out", dir + "/out"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty, "the runner followed the link")
        let summary = try String(contentsOfFile: dir + "/out/summary.json", encoding: .utf8)
        #expect(summary.contains("'digest' is a symbolic link in the output folder; the runner does not follow it"), "\(summary)")
    }
}
