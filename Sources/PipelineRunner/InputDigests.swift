import BulkExport
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
    private struct Entry {
        var stamp: Stamp, digest: PackedHex
    }
    /// Sorted by path (as the file is written), digests packed: a season has thousands of files.
    private var known = SortedTable<String, Entry>()
    private var changed = false

    init(file: String, deep: Bool) {
        self.file = file
        self.deep = deep
        // path \t device \t inode \t size \t mtime_ns \t sha256; a damaged line is ignored (rehashed).
        // Split as bytes: a season's table has thousands of lines (String.split by Character was
        // a tenth of a cached rerun).
        let bytes = WorkItem.readFile(file) ?? []
        var lines: [(String, Entry)] = []
        lines.reserveCapacity(bytes.count / 170)
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard f.count == 6, let device = UInt64(f[1]), let inode = UInt64(f[2]), let size = Int64(f[3]),
                  let mtime = Int64(f[4]), f[5].utf8.count == 64, let digest = PackedHex(f[5]) else { continue }
            lines.append((f[0], Entry(stamp: Stamp(device: device, inode: inode, size: size, mtimeNs: mtime), digest: digest)))
        }
        known = SortedTable(consume lines)
    }

    /// The file's digest, or nil when it cannot be read (the stage's dispatch then says why).
    func digest(_ path: String) -> String? {
        guard let info = try? FileStatus(path) else { return nil }
        let stamp = Stamp(device: info.device, inode: info.inode, size: info.size, mtimeNs: info.modifiedNanoseconds)
        if !deep, let entry = known[path], entry.stamp == stamp { return entry.digest.hex }
        guard let digest = SHA256.streamedHex(path) else { return nil }
        if let packed = PackedHex(digest) { known.set(path, Entry(stamp: stamp, digest: packed)) }
        changed = true
        return digest
    }

    /// The digest of what an export activity's payload is made of (`ExportMember.bytes()`): its
    /// activities.csv row and its member's content. The member's digest is remembered under
    /// `zip#member` with the zip's stamp (an unpacked export's file under its own path): a rerun
    /// over an unchanged export reads none of it.
    func digest(_ export: ExportMember) throws(ZipReader.Failure) -> String {
        var text = "gaitpipe-export-v1"
        if let row = export.activitiesRow { text += "|row " + SHA256.hex(row) }
        if let member = export.member {
            let content: String
            if let archive = export.archive {
                content = try digest(of: archive + "#" + member, stampedBy: archive) { () throws(ZipReader.Failure) in
                    try export.memberBytes()
                }
            } else {
                let path = (export.folder as NSString).appendingPathComponent(member)
                if FileManager.default.fileExists(atPath: path) {
                    guard let d = digest(path) else { throw ZipReader.Failure("\(path): cannot be read") }
                    content = d
                } else {
                    content = "absent"
                }
            }
            text += "|member \(member.utf8.count):\(member) " + content
        }
        return SHA256.hex(Array(text.utf8))
    }

    /// `name`'s digest, remembered with the stamp of the file `stamped`; "absent" when `bytes`
    /// gives nil.
    private func digest(of name: String, stampedBy stamped: String,
                        bytes: () throws(ZipReader.Failure) -> [UInt8]?) throws(ZipReader.Failure) -> String {
        guard let info = try? FileStatus(stamped) else { throw ZipReader.Failure("\(stamped): cannot be read") }
        let stamp = Stamp(device: info.device, inode: info.inode, size: info.size, mtimeNs: info.modifiedNanoseconds)
        if !deep, let entry = known[name], entry.stamp == stamp { return entry.digest.hex }
        guard let content = try bytes() else { return "absent" }
        let digest = SHA256.hex(content)
        if let packed = PackedHex(digest) { known.set(name, Entry(stamp: stamp, digest: packed)) }
        changed = true
        return digest
    }

    /// The table as it goes to disk (nil when nothing changed), paths in order.
    func contents() -> [UInt8]? {
        guard changed else { return nil }
        var text: [UInt8] = []
        text.reserveCapacity(known.count * 200)
        known.forEachSorted { path, e in
            // A path with a tab or newline is hashed every time rather than written ambiguously.
            guard !path.utf8.contains(UInt8(ascii: "\t")), !path.utf8.contains(UInt8(ascii: "\n")) else { return }
            let s = e.stamp
            text.append(contentsOf: "\(path)\t\(s.device)\t\(s.inode)\t\(s.size)\t\(s.mtimeNs)\t\(e.digest.hex)\n".utf8)
        }
        return text
    }

    /// Lets go of the table once it is written (what is asked after this is hashed again).
    func forget() {
        known = SortedTable()
        changed = false
    }
}
