import ContentDigest
import Foundation
import SystemCall

/// SHA-256 of the input files, remembered in the cache folder (`inputs.tsv`) by each file's device,
/// inode, size and modification time (Nextflow's "standard" cache mode): a weekly rerun hashes only
/// the files that are new or changed. `deep` ignores what is remembered and hashes every file.
final class InputDigests {
    private struct Stamp: Equatable {
        var device: UInt64, inode: UInt64, size: Int64, mtimeNs: Int64
    }

    private let file: String
    private let deep: Bool
    private var known: [String: (stamp: Stamp, digest: PackedHex)] = [:]
    private var changed = false

    init(file: String, deep: Bool) {
        self.file = file
        self.deep = deep
        // path \t device \t inode \t size \t mtime_ns \t sha256; a damaged line is ignored (rehashed).
        // Split as bytes: a season's table has thousands of lines (String.split by Character was
        // a tenth of a cached rerun).
        let bytes = WorkItem.readFile(file) ?? []
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard f.count == 6, let device = UInt64(f[1]), let inode = UInt64(f[2]), let size = Int64(f[3]),
                  let mtime = Int64(f[4]), f[5].utf8.count == 64, let digest = PackedHex(f[5]) else { continue }
            known[f[0]] = (Stamp(device: device, inode: inode, size: size, mtimeNs: mtime), digest)
        }
    }

    /// The file's digest, or nil when it cannot be read (the stage's dispatch then says why).
    func digest(_ path: String) -> String? {
        guard let info = try? FileStatus(path) else { return nil }
        let stamp = Stamp(device: info.device, inode: info.inode, size: info.size, mtimeNs: info.modifiedNanoseconds)
        if !deep, let entry = known[path], entry.stamp == stamp { return entry.digest.hex }
        guard let digest = SHA256.streamedHex(path) else { return nil }
        if let packed = PackedHex(digest) { known[path] = (stamp, packed) }
        changed = true
        return digest
    }

    /// The table as it goes to disk (nil when nothing changed), paths in order.
    func contents() -> [UInt8]? {
        guard changed else { return nil }
        let lines = known.keys.sorted().compactMap { path -> String? in
            // A path with a tab or newline is hashed every time rather than written ambiguously.
            guard !path.contains("\t"), !path.contains("\n"), let e = known[path] else { return nil }
            let s = e.stamp
            return "\(path)\t\(s.device)\t\(s.inode)\t\(s.size)\t\(s.mtimeNs)\t\(e.digest.hex)\n"
        }
        return Array(lines.joined().utf8)
    }
}
