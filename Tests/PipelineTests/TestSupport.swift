import Foundation
import Testing

/// Paths and process helpers shared by the end-to-end suites.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Where SwiftPM put the executables: beside the test bundle.
    static let productsDirectory: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        while !FileManager.default.isExecutableFile(atPath: dir + "/gaitpipe") && dir.count > 1 {
            dir = (dir as NSString).deletingLastPathComponent
        }
        return dir
    }()

    static var gaitpipe: String { productsDirectory + "/gaitpipe" }

    /// The first half of `whole` as `ana/cut.EXT` beside two sample runs, through `gaitpipe run
    /// --strict`: used as far as it goes, one problem in athlete files with its line, exit 3.
    static func expectACutXMLFileIsAProblem(_ whole: Data, ext: String) throws {
        let root = temporaryDirectory("\(ext)-cut")
        try FileManager.default.moveItem(atPath: try smallInput(files: 2), toPath: root + "/ana")
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: root + "/ana/cut.\(ext)"))
        let r = try gaitpipe(["run", packageRoot + "/Pipelines/season.yaml", "--input", root,
                              "--out", temporaryDirectory("\(ext)-cut-out"), "--strict"])
        #expect(r.status == 3, "\(r.stderr)")
        let pattern = try Regex("  problem ana/cut\\.\(ext):[0-9]+: malformed XML; kept the [0-9]+ track points before it")
        #expect(r.stdout.contains(pattern), "\(r.stdout)")
        #expect(r.stdout.contains("1 athlete, 0 skipped inputs, 1 problem in athlete files"))
    }

    static func temporaryDirectory(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "gaitpipe-test-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The live child processes of `pid`, from /proc/*/stat (its 4th field is the parent's pid).
    static func childPIDs(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name -> Int32? in
            guard let child = Int32(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (comm)": state, then the parent's pid. A zombie has ended.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, fields[0] != "Z", Int32(fields[1]) == pid else { return nil }
            return child
        }
    }

    /// Runs `gaitpipe ARGS` to completion.
    static func gaitpipe(_ args: [String], timeout: TimeInterval = 600) throws -> Outcome {
        try run(gaitpipe, args, timeout: timeout)
    }

    /// Runs `executable ARGS` to completion (gaitpipe's `run` as `start` says).
    static func run(_ executable: String, _ args: [String], timeout: TimeInterval = 600) throws -> Outcome {
        let process = try start(args, executable: executable)
        let deadline = Date().addingTimeInterval(timeout)
        while process.process.isRunning && Date() < deadline { usleep(20_000) }
        if process.process.isRunning { process.process.terminate() }
        process.process.waitUntilExit()
        return process.outcome()
    }

    final class Running {
        let process: Process
        let out: String
        let err: String

        init(process: Process, out: String, err: String) {
            self.process = process
            self.out = out
            self.err = err
        }

        func outcome() -> Outcome {
            Outcome(status: process.terminationStatus,
                    stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                    stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
        }
    }

    /// Starts `gaitpipe ARGS` with stdout/stderr captured in files (no pipe to fill up). A `run`
    /// gets `--no-cache` unless the test names a `--cache-dir`: tests stay hermetic and every run
    /// really starts its stages.
    static func start(_ args: [String], executable: String = gaitpipe) throws -> Running {
        var args = args
        if executable == gaitpipe && args.first == "run" && !args.contains("--cache-dir") && !args.contains("--no-cache") {
            args.append("--no-cache")
        }
        let dir = temporaryDirectory("proc")
        let out = dir + "/stdout", err = dir + "/stderr"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    /// A built stage's `--describe` JSON.
    static func gaitpipeDescribe(_ stage: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: productsDirectory + "/" + stage)
        process.arguments = ["--describe"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// A synthesized season, written once per test process and shared (read-only) by the suites.
    static let sampleSeason: String = {
        let dir = temporaryDirectory("season")
        _ = try? gaitpipe(["synth", "--out", dir, "--seed", "7"])
        return dir
    }()

    /// A small input: a few FIT files of one synthesized athlete.
    static func smallInput(files: Int = 6) throws -> String {
        let dir = temporaryDirectory("small")
        let athleteDirs = try FileManager.default.contentsOfDirectory(atPath: sampleSeason).sorted()
        let source = sampleSeason + "/" + (athleteDirs.first ?? "")
        let fits = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".fit") }.sorted()
        for f in fits.prefix(files) {
            try FileManager.default.copyItem(atPath: source + "/" + f, toPath: dir + "/" + f)
        }
        return dir
    }

    /// A process that has exited but not been reaped yet (state Z in /proc/PID/stat).
    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }

    /// Stage replicas started by `pid` (children whose command line has `--connect`), as
    /// (pid, executable name), from /proc.
    static func replicas(of pid: Int32) -> [(pid: Int32, name: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { e -> (Int32, String)? in
            guard let p = Int32(e), let stat = try? String(contentsOfFile: "/proc/\(e)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, Int32(fields[1]) == pid,
                  let cmdline = FileManager.default.contents(atPath: "/proc/\(e)/cmdline") else { return nil }
            let args = cmdline.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            guard args.count >= 2, args[1] == "--connect" else { return nil }
            return (p, (args[0] as NSString).lastPathComponent)
        }
    }
}
