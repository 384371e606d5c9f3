import CSHA256

/// SHA-256 content digests: stage executables (describe cache, replica identity) and cached task
/// payloads. The rounds live in C (CSHA256) so debug builds hash at C speed.
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { csha256_digest($0.baseAddress, $0.count, &digest) }
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
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let digest = hex([UInt8](data))
        fileDigests.withLock { $0[path] = (stamp, digest) }
        return digest
    }
}
