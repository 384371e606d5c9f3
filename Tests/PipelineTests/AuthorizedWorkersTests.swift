import Foundation
@testable import PipelineRunner
import Testing
import ZeroMQ

@Suite struct AuthorizedWorkersTests {
    /// Z85 keys may contain '#': only a line starting with '#' is a comment.
    @Test func keysContainingAHashAreRead() throws {
        var key = ""
        while !key.contains("#") { key = try ZMQCurve.keypair().publicKey }
        let path = NSTemporaryDirectory() + "workers-\(getpid()).txt"
        try "# clinic workers\nworker-a \(key)\n\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try AuthorizedWorkers.load(path).labels == [key: "worker-a"])
    }

    @Test(arguments: ["worker-a not-a-key", "worker-a", "only-comments # x"])
    func malformedLinesNameTheLine(_ line: String) throws {
        let path = NSTemporaryDirectory() + "workers-bad-\(getpid())-\(line.count).txt"
        try "# header\n\(line)\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try AuthorizedWorkers.load(path) } throws: { "\($0)".contains("line 2") }
    }
}
