import CSHA256

/// SHA-256 content digests: stage executables (describe cache, replica identity) and cached task
/// payloads. The rounds live in C (CSHA256) so debug builds hash at C speed.
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(of: [$0]) }
    }

    /// Lower-case hex digest of the buffers one after another, without joining them first (a cache
    /// key covers a payload of up to a few MB plus its type and athlete.yaml).
    public static func hex(of buffers: [UnsafeRawBufferPointer]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        if buffers.count == 1 {
            csha256_digest(buffers[0].baseAddress?.assumingMemoryBound(to: UInt8.self), buffers[0].count, &digest)
        } else {
            let context = csha256_new()
            for b in buffers { csha256_update(context, b.baseAddress?.assumingMemoryBound(to: UInt8.self), b.count) }
            csha256_finish(context, &digest)
        }
        return hexText(digest)
    }

    static func hexText(_ digest: [UInt8]) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

import Foundation
import Synchronization

extension SHA256 {
    private static let fileDigests = Mutex<[String: (stamp: [Int], hex: String)]>([:])

    /// Lower-case hex digest of the file at `path`, or nil when it cannot be read. Remembered for
    /// the life of the process while the file's inode, size and modification time stay the same: a
    /// run hashes each stage executable once (describe cache, result cache keys, HELLO check), not
    /// once per use.
    public static func fileHex(atPath path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let stamp = [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        if let known = fileDigests.withLock({ $0[path] }), known.stamp == stamp { return known.hex }
        guard let digest = streamedHex(path) else { return nil }
        fileDigests.withLock { $0[path] = (stamp, digest) }
        return digest
    }
}

extension SHA256 {
    /// The file's digest, read in 1 MiB pieces into one reused buffer (a stage executable is ~8 MB;
    /// reading it whole through Foundation and copying it into an array took ~15 ms per file, paid by
    /// the runner for every stage and by every replica for itself at start-up).
    public static func streamedHex(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let context = csha256_new()
        var failed = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 20) { buffer in
            while true {
                let n = read(fd, buffer.baseAddress, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failed = true }
                guard n > 0 else { break }
                csha256_update(context, buffer.baseAddress, n)
            }
        }
        var digest = [UInt8](repeating: 0, count: 32)
        csha256_finish(context, &digest)
        return failed ? nil : hexText(digest)
    }
}
