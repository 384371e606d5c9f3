import Foundation
import Testing

/// contrib/systemd/gaitpipe-worker@.service passes `systemd-analyze verify` (Debian's systemd
/// package) and keeps its sandbox; its ExecStart is a command line `gaitpipe worker` accepts.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")
                                 || ProcessInfo.processInfo.environment["CI"] == "true",
                             "needs systemd-analyze (Debian package systemd; make test-deps)"))
struct SystemdUnitTests {
    static let unit = TestSupport.packageRoot + "/contrib/systemd/gaitpipe-worker@.service"
    static let installedBinary = "/opt/gaitpipe/bin/gaitpipe"

    /// The unit as an instance for gait-metrics, its binary the one just built (verify checks
    /// that ExecStart's program exists); `edit` changes the text further.
    static func verify(_ edit: (String) -> String = { $0 }) throws -> TestSupport.Outcome {
        let text = try String(contentsOfFile: unit, encoding: .utf8)
            .replacingOccurrences(of: installedBinary, with: TestSupport.gaitpipe)
        let dir = TestSupport.temporaryDirectory("systemd")
        let instance = dir + "/gaitpipe-worker@gait-metrics.service"
        try edit(text).write(toFile: instance, atomically: true, encoding: .utf8)
        return try TestSupport.run("/usr/bin/systemd-analyze", ["verify", "--man=no", instance])
    }

    @Test func verifiesWithoutAWord() throws {
        let result = try Self.verify()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty && result.stdout.isEmpty, "systemd-analyze said:\n\(result.stderr)\(result.stdout)")
    }

    /// The check can fail: a misspelt directive and a missing binary are reported.
    @Test func aBrokenUnitIsReported() throws {
        let typo = try Self.verify { $0.replacingOccurrences(of: "ProtectSystem=strict", with: "ProtectSystem=strikt") }
        #expect(typo.stderr.contains("Failed to parse protect system value, ignoring: strikt"), "\(typo.stderr)")
        let missing = try Self.verify { $0.replacingOccurrences(of: TestSupport.gaitpipe, with: "/nonexistent/gaitpipe") }
        #expect(missing.status != 0)
    }

    @Test(arguments: ["ProtectSystem=strict", "NoNewPrivileges=yes", "PrivateTmp=yes", "User=gaitpipe", "Restart=always",
                      "EnvironmentFile=/etc/gaitpipe/worker.env", "--server-key /etc/gaitpipe/runner.key",
                      "--key /etc/gaitpipe/worker.key_secret", "ExecStart=\(installedBinary) worker %i "])
    func keepsItsSandboxAndKeys(line: String) throws {
        #expect(try String(contentsOfFile: Self.unit, encoding: .utf8).contains(line))
    }

    /// ExecStart with the example environment file's values is a worker command line: it gets as
    /// far as reading the keys (which are not here), not an argument error.
    @Test func execStartIsAWorkerCommandLine() throws {
        let unit = try String(contentsOfFile: Self.unit, encoding: .utf8)
        let env = try String(contentsOfFile: TestSupport.packageRoot + "/contrib/systemd/worker.env.example", encoding: .utf8)
        var values: [String: String] = [:]
        for line in env.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        let exec = try #require(unit.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        var words = exec.dropFirst("ExecStart=".count).split(separator: " ").map(String.init)
        words = words.map { w in
            if w == "%i" { return "gait-metrics" }
            if w.hasPrefix("${"), let v = values[String(w.dropFirst(2).dropLast())] { return v }
            return w
        }
        #expect(words.first == Self.installedBinary)
        let result = try TestSupport.gaitpipe(Array(words.dropFirst()))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("/etc/gaitpipe/runner.key: cannot read the key file"), "\(result.stderr)")
    }
}
