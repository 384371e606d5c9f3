import ContentDigest
import Foundation
public import GaitWire

/// Finds stage executables and asks each for its `--describe`.
///
/// Stages are looked up next to the `gaitpipe` executable and in `--plugin-path` folders only —
/// never on PATH, so a pipeline cannot start an arbitrary program by name.
public struct StageCatalog: Sendable {
    public var searchPath: [String]
    /// Where `--describe` answers are kept, keyed by the executable's SHA-256; nil = no cache.
    public var cacheDirectory: String?

    public init(pluginPaths: [String] = [], cacheDirectory: String? = nil) {
        searchPath = pluginPaths + [StageCatalog.ownDirectory]
        self.cacheDirectory = cacheDirectory
    }

    /// The folder holding the running `gaitpipe` binary (SwiftPM puts the stages beside it).
    public static var ownDirectory: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return (exe as NSString).deletingLastPathComponent
    }

    /// The executable for a pipeline's `run:` value: a path (contains "/", relative to the pipeline
    /// file's folder) or a name searched in `searchPath`.
    public func locate(_ run: String, relativeTo base: String) -> String? {
        if run.contains("/") {
            let path = run.hasPrefix("/") ? run : (base as NSString).appendingPathComponent(run)
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        for dir in searchPath {
            let path = (dir as NSString).appendingPathComponent(run)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: path) {
                return path
            }
        }
        return nil
    }

    /// Every executable in the search path that answers `--describe` as a stage.
    public func all() -> [(path: String, description: StageDescription)] {
        var found: [String: (String, StageDescription)] = [:]
        for dir in searchPath.reversed() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            // The build folder also holds this package's benchmarks and fuzzers: they are tools, not stages.
            for name in names.sorted() where !name.hasPrefix(".") && !name.contains(".") && name != "gaitpipe"
                && !name.hasSuffix("-benchmark") && !name.hasSuffix("-fuzz") {
                let path = (dir as NSString).appendingPathComponent(name)
                guard FileManager.default.isExecutableFile(atPath: path),
                      let d = try? describe(path) else { continue }
                found[d.name] = (path, d)
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    /// The stage's description: from the cache when this exact executable (by content digest) was
    /// described before, else by running it.
    public func describe(_ executable: String) throws -> StageDescription {
        guard let cacheDirectory, let digest = SHA256.fileHex(atPath: executable) else {
            return try runDescribe(executable)
        }
        let entry = "\(cacheDirectory)/describe/\(digest).json"
        if let data = FileManager.default.contents(atPath: entry), let cached = try? StageDescription.parse(data) {
            return cached
        }
        let fresh = try runDescribe(executable)
        // A cache that cannot be written only costs time: never fail validation over it.
        try? FileManager.default.createDirectory(atPath: "\(cacheDirectory)/describe", withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        try? fresh.json().write(toFile: entry, atomically: true, encoding: .utf8)
        return fresh
    }

    static let describeLimit: Duration = .seconds(2)

    /// Runs `EXE --describe` (2 s limit) and parses its JSON. Output goes to a file, not a pipe, so
    /// a program that never exits (or writes forever) cannot block us past the limit; one that does
    /// not answer is torn down like a replica (SIGTERM, grace, SIGKILL).
    func runDescribe(_ executable: String) throws -> StageDescription {
        let outPath = NSTemporaryDirectory() + "gaitpipe-describe-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        let process: ReplicaProcess
        do {
            process = try ReplicaProcess(executable: executable, arguments: ["--describe"], stdoutPath: outPath,
                                         stderrPath: "/dev/null")
        } catch {
            throw DescribeError(executable: executable, reason: "\(error)")
        }
        let deadline = ContinuousClock.now + Self.describeLimit
        while process.isRunning && ContinuousClock.now < deadline { usleep(2_000) }
        if process.isRunning {
            ReplicaProcess.terminate([process], grace: .milliseconds(200))
            throw DescribeError(executable: executable, reason: "did not answer --describe within 2 s (is it a gaitpipe stage?)")
        }
        guard process.exitedCleanly else {
            throw DescribeError(executable: executable, reason: "--describe \(process.exitDescription)")
        }
        let data = FileManager.default.contents(atPath: outPath) ?? Data()
        do {
            return try StageDescription.parse(data)
        } catch {
            throw DescribeError(executable: executable, reason: "--describe did not print a stage description: \(error)")
        }
    }
}

public struct DescribeError: Error, CustomStringConvertible {
    public var executable: String
    public var reason: String
    public var description: String { "\(executable): \(reason)" }
}
