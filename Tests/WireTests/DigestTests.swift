import ContentDigest
import Foundation
import Testing
import ZeroMQ

/// SHA-256 keys the result cache and identifies stage executables: FIPS 180-4's examples, and the
/// per-file memo that must notice a changed file.
@Suite struct DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func fipsExamples(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func aMillionAs() {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Cache keys hash several buffers in a row, and executables are hashed in 1 MiB pieces: both must
    /// give the digest of the bytes joined.
    @Test func piecesHashLikeTheWhole() throws {
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) }
        let whole = SHA256.hex(bytes)
        let pieces = bytes.withUnsafeBytes { all in
            SHA256.hex(of: [UnsafeRawBufferPointer(rebasing: all[0..<5]), UnsafeRawBufferPointer(rebasing: all[5..<5]),
                            UnsafeRawBufferPointer(rebasing: all[5..<1_048_581]), UnsafeRawBufferPointer(rebasing: all[1_048_581...])])
        }
        #expect(pieces == whole)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gaitpipe-stream-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(SHA256.streamedHex(path) == whole)
        #expect(SHA256.streamedHex(path + ".missing") == nil)
    }

    /// The cache's in-memory tables hold digests packed: the text comes back exactly, equal texts
    /// are equal keys, and text that is not lowercase hex (or too long) is refused, not mangled.
    @Test func aPackedDigestRoundTrips() {
        let full = SHA256.hex(Array("gaitpipe".utf8))
        for text in [full, String(full.prefix(32)), "", "0", "f00d"] {
            #expect(PackedHex(text)?.hex == text)
        }
        #expect(PackedHex(full) == PackedHex(full))
        #expect(PackedHex(full) != PackedHex(SHA256.hex(Array("gaitpipf".utf8))))
        #expect(PackedHex("0") != PackedHex("00"))
        #expect(Set([PackedHex(full), PackedHex(String(full.prefix(32)))]).count == 2)
        for bad in [full.uppercased(), full + "0", "g", " 0"] { #expect(PackedHex(bad) == nil) }
    }

    @Test func aFileDigestFollowsTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gaitpipe-digest-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        #expect(SHA256.fileHex(atPath: path) == SHA256.hex(Array("abc".utf8)))
        // Rewritten with other content (a rebuilt executable): a new digest, not the remembered one.
        try Data("abcd".utf8).write(to: URL(fileURLWithPath: path))
        #expect(SHA256.fileHex(atPath: path) == SHA256.hex(Array("abcd".utf8)))
        #expect(SHA256.fileHex(atPath: path + ".missing") == nil)
    }

    /// A received frame is relayed by reference and stays readable for a retry after the send.
    @Test func aHeldFrameKeepsItsBytesAfterASend() throws {
        let context = try ZMQContext()
        let endpoint = "ipc://" + FileManager.default.temporaryDirectory.appendingPathComponent("gp-frame-\(getpid()).sock").path
        let a = try ZMQSocket(context, .router)
        try a.bind(endpoint)
        let b = try ZMQSocket(context, .dealer)
        try b.connect(endpoint)
        let payload = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try b.send([[1], payload])
        var received: (frames: [ZMQFrame], userID: String)?
        for _ in 0..<200 where received == nil {
            received = try a.receiveFrames()
            if received == nil { usleep(5_000) }
        }
        let frames = try #require(received?.frames)
        #expect(frames.count == 3)
        #expect(frames[2].bytes == payload)
        // Back to the dealer twice from the same held frame (first attempt, then a retry).
        for _ in 0..<2 {
            try a.send([.bytes(frames[0].bytes), .bytes([2]), .frame(frames[2])])
            var echo: [[UInt8]]?
            for _ in 0..<200 where echo == nil {
                echo = try b.receive()
                if echo == nil { usleep(5_000) }
            }
            #expect(echo?.last == payload)
        }
        #expect(frames[2].bytes == payload)
    }
}
