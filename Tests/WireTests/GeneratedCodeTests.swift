import Foundation
import Testing

/// The committed protoc-c output must be exactly what `generate.sh` makes from the `.proto`.
@Test func committedProtocOutputMatchesTheProto() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let wire = root.appendingPathComponent("Sources/CGaitpipeWire")
    let temp = FileManager.default.temporaryDirectory.appendingPathComponent("gaitpipe-gen-\(getpid())")
    defer { try? FileManager.default.removeItem(at: temp) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [wire.appendingPathComponent("generate.sh").path, "--to", temp.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "generate.sh failed (is protobuf-c-compiler installed?)")
    for file in ["gaitpipe.pb-c.c", "include/gaitpipe.pb-c.h"] {
        let committed = try Data(contentsOf: wire.appendingPathComponent(file))
        let fresh = try Data(contentsOf: temp.appendingPathComponent(file))
        #expect(committed == fresh, "\(file) is stale: run Sources/CGaitpipeWire/generate.sh and commit")
    }
}
