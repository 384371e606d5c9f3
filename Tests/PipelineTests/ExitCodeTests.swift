import Foundation
import Testing

/// Every command fails with one line on stderr — what, where, how to fix; never Foundation's or
/// the argument parser's multi-line text — and README's exit codes: 2 for argument errors (not
/// swift-argument-parser's 64), 1 for a file a command cannot use (issue 16).
@Suite(.serialized) struct ExitCodeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The arguments, given a scratch folder.
        var arguments: @Sendable (_ dir: String) throws -> [String]
        var status: Int32
        /// The stderr line; `DIR` stands for the scratch folder.
        var message: String
        var testDescription: String { name }
    }

    static let season = TestSupport.packageRoot + "/Pipelines/season.yaml"

    /// The first FIT file of the sample season, cut to `bytes`.
    static func truncatedFIT(_ dir: String, bytes: Int) throws -> String {
        let athlete = try FileManager.default.contentsOfDirectory(atPath: TestSupport.sampleSeason).sorted()[0]
        let folder = TestSupport.sampleSeason + "/" + athlete
        let fit = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".fit") }.sorted()[0]
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + fit))
        try data.prefix(bytes).write(to: URL(fileURLWithPath: dir + "/truncated.fit"))
        return dir + "/truncated.fit"
    }

    static let cases: [Case] = [
        Case(name: "run without a pipeline", arguments: { _ in ["run"] }, status: 2,
             message: "gaitpipe: error: Missing expected argument '<pipeline>' (see 'gaitpipe run --help')"),
        Case(name: "run without --out", arguments: { dir in ["run", season, "--input", dir] }, status: 2,
             message: "gaitpipe: error: Missing expected argument '--out <dir>' (see 'gaitpipe run --help')"),
        Case(name: "unknown option", arguments: { dir in ["run", season, "--input", dir, "--out", dir + "/out", "--outt", "x"] },
             status: 2, message: "gaitpipe: error: Unknown option '--outt'"),
        Case(name: "unknown command", arguments: { _ in ["frobnicate"] }, status: 2,
             message: "gaitpipe: error: Unexpected argument 'frobnicate' (see 'gaitpipe --help')"),
        Case(name: "value out of range", arguments: { dir in ["synth", "--out", dir, "--athletes", "0"] }, status: 2,
             message: "gaitpipe: error: --athletes must be from 1 to 10000 (see 'gaitpipe synth --help')"),
        Case(name: "bad stage name", arguments: { dir in ["new-stage", "Bad_Name", "--package-dir", dir] }, status: 2,
             message: "gaitpipe: error: "),
        Case(name: "pipeline file missing", arguments: { dir in ["validate", dir + "/nope.yaml"] }, status: 2,
             message: "gaitpipe: error: DIR/nope.yaml: cannot read the pipeline file"),
        Case(name: "inspect a missing file", arguments: { _ in ["inspect", "nope.fit"] }, status: 1,
             message: "gaitpipe: error: nope.fit: no such file"),
        Case(name: "inspect a folder", arguments: { dir in ["inspect", dir] }, status: 1,
             message: "gaitpipe: error: DIR: is a folder, not a file"),
        Case(name: "inspect a truncated file", arguments: { dir in ["inspect", try truncatedFIT(dir, bytes: 5000)] }, status: 1,
             message: "DIR/truncated.fit: error: message (global 20) cut off by the end of the data at byte"),
        Case(name: "synth --out below a regular file", arguments: { dir in
            try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
            return ["synth", "--out", dir + "/file/season"]
        }, status: 2, message: "gaitpipe: error: --out DIR/file/season: 'DIR/file' is a file, not a folder; choose another --out"),
        Case(name: "worker with a missing server key", arguments: { dir in
            ["worker", "gait-metrics", "--connect", "tcp://127.0.0.1:1", "--server-key", dir + "/nope.key", "--key", dir + "/w.key_secret"]
        }, status: 2, message: "gaitpipe: error: DIR/nope.key: cannot read the key file (No such file or directory)"),
        Case(name: "keygen without a name", arguments: { _ in ["keygen"] }, status: 2,
             message: "gaitpipe: error: Missing expected argument"),
        Case(name: "plan without --input", arguments: { _ in ["plan", season] }, status: 2,
             message: "gaitpipe: error: Missing expected argument"),
    ]

    @Test(arguments: cases)
    func failsWithOneLineAndItsCode(_ c: Case) throws {
        let dir = TestSupport.temporaryDirectory("exit")
        let r = try TestSupport.gaitpipe(try c.arguments(dir))
        #expect(r.status == c.status, "stderr: \(r.stderr)")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(r.stderr)")
        #expect(lines.first?.hasPrefix(c.message.replacingOccurrences(of: "DIR", with: dir)) == true, "stderr: \(r.stderr)")
        for foreign in ["NSCocoaErrorDomain", "Error Domain", "couldn’t", "Usage:", "CommandError"] {
            #expect(!r.stderr.contains(foreign), "no \(foreign) text: \(r.stderr)")
        }
    }

    @Test func helpIsNotAnError() throws {
        let r = try TestSupport.gaitpipe(["run", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: gaitpipe run"))
    }
}
