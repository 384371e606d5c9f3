import ContentDigest
import Foundation
import Glibc
import GaitModel
public import GaitWire
import SystemCall

/// `gaitpipe cache info|prune` and the size bound: the cache folder as files
/// (results/<stage>/<run>.pack and .idx — `ResultPacks` —, index/, describe/, inputs.tsv).
public struct CacheFolder {
    public let directory: String

    public init(_ directory: String) { self.directory = directory }

    /// A run's pack of one stage with its index: what eviction and pruning remove together.
    struct Pack {
        var stage: String
        var files: [String]
        var size: Int
        /// Nanoseconds since the epoch: written, or last read from (a run touches what it read).
        var used: Int64
        /// The process that writes it (packs are named `<time>-<pid>`, `ResultPacks.runName`).
        var writer: Int32?

        /// Another gaitpipe run sharing this cache folder is still appending to it (its process is
        /// alive and the pack was written within a day): its index names entries that run will
        /// look up again, so neither eviction nor pruning removes it. A pack whose pid an unrelated
        /// process took over is protected for a day at most.
        var isBeingWritten: Bool {
            guard let writer, writer != getpid(),
                  used > Int64((Date().timeIntervalSince1970 - 86_400) * 1e9) else { return false }
            return kill(writer, 0) == 0 || errno == EPERM
        }
    }

    func packs() -> [Pack] {
        let root = directory + "/results"
        var found: [String: Pack] = [:]
        for stage in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(stage)")) ?? [] {
                let path = "\(root)/\(stage)/\(name)"
                guard name.hasSuffix(".pack") || name.hasSuffix(".idx"), let s = try? FileStatus(path), !s.isDirectory else { continue }
                let unit = "\(stage)/" + (name as NSString).deletingPathExtension
                let run = (name as NSString).deletingPathExtension
                var p = found[unit] ?? Pack(stage: stage, files: [], size: 0, used: 0,
                                            writer: run.split(separator: "-").last.flatMap { Int32($0) })
                p.files.append(path)
                p.size += Int(s.size)
                p.used = max(p.used, s.modifiedNanoseconds)
                found[unit] = p
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    public struct Statistics {
        /// Per stage: entries and bytes, by stage name.
        public var stages: [(stage: String, entries: Int, bytes: Int)]
        public var descriptions: Int
        public var entries: Int { stages.reduce(0) { $0 + $1.entries } }
        public var bytes: Int { stages.reduce(0) { $0 + $1.bytes } }
    }

    public func statistics() -> Statistics {
        let all = packs()
        let stages = Set(all.map(\.stage)).sorted()
        return Statistics(stages: stages.map { stage in
            let mine = all.filter { $0.stage == stage }
            let lines = mine.flatMap(\.files).filter { $0.hasSuffix(".idx") }
                .reduce(0) { n, idx in n + (WorkItem.readFile(idx) ?? []).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
            return (stage, lines, mine.reduce(0) { $0 + $1.size })
        }, descriptions: ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/describe")) ?? []).count)
    }

    /// Every stored answer of a stage (decoded; nil for one that fails its checksum), for tests
    /// and inspection.
    public func answers(stage: String) -> [RecordedResult?] {
        PackTable(stageFolder: "\(directory)/results/\(FileName.safe(stage))").locations.map { at in
            let fd = open(at.pack, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            guard let bytes = ResultPacks.read(fd, offset: at.offset, length: at.length), bytes.count >= 64,
                  String(decoding: bytes[0..<64], as: UTF8.self) == SHA256.hex(Array(bytes[64...])) else { return nil }
            return try? RecordedResult(decoding: Array(bytes[64...]))
        }
    }

    /// Removes the packs not used for `days` (every pack, descriptions, index and input digests
    /// when nil).
    public func prune(olderThanDays days: Int?) -> (entries: Int, bytes: Int) {
        let cutoff = days.map { Int64(Date().addingTimeInterval(-Double($0) * 86_400).timeIntervalSince1970 * 1e9) }
        let removed = remove(packs().filter { p in !p.isBeingWritten && (cutoff.map { p.used < $0 } ?? true) })
        if days == nil {
            try? FileManager.default.removeItem(atPath: "\(directory)/index")
            try? FileManager.default.removeItem(atPath: "\(directory)/describe")
            try? FileManager.default.removeItem(atPath: "\(directory)/inputs.tsv")
        }
        return removed
    }

    /// Removes the entries of earlier layouts (a file per entry, results/<key prefix>/<key>.pb or
    /// results/<stage>/<key prefix>/<key>.pb): no key of this gaitpipe finds them. Returns how many.
    public func removeOldLayout() -> Int {
        let root = directory + "/results"
        var removed = 0
        func entryFolder(_ folder: String) -> Bool {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard names.contains(where: { $0.hasSuffix(".pb") }) else { return false }
            removed += names.filter { $0.hasSuffix(".pb") }.count
            try? FileManager.default.removeItem(atPath: folder)
            return true
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where !entryFolder("\(root)/\(name)") {
            for sub in (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(name)")) ?? []
            where (try? FileStatus("\(root)/\(name)/\(sub)"))?.isDirectory == true {
                _ = entryFolder("\(root)/\(name)/\(sub)")
            }
        }
        // The plan index was a folder per stage (a file per input); it is one file per stage now.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory + "/index")) ?? []
        where (try? FileStatus("\(directory)/index/\(name)"))?.isDirectory == true {
            try? FileManager.default.removeItem(atPath: "\(directory)/index/\(name)")
        }
        return removed
    }

    /// Removes the least recently used packs until the rest fit in `maxBytes` (as ccache does at
    /// the end of a run); what was removed (entries counted by their index lines).
    public func evict(toFit maxBytes: Int) -> (entries: Int, bytes: Int) {
        let all = packs()
        var excess = all.reduce(0) { $0 + $1.size } - maxBytes
        guard excess > 0 else { return (0, 0) }
        var victims: [Pack] = []
        for p in all.sorted(by: { ($0.used, $0.files.first ?? "") < ($1.used, $1.files.first ?? "") })
        where excess > 0 && !p.isBeingWritten {
            victims.append(p)
            excess -= p.size
        }
        return remove(victims)
    }

    private func remove(_ victims: [Pack]) -> (entries: Int, bytes: Int) {
        var removed = (entries: 0, bytes: 0)
        for p in victims {
            let lines = p.files.filter { $0.hasSuffix(".idx") }
                .reduce(0) { n, idx in n + (WorkItem.readFile(idx) ?? []).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
            for f in p.files { unlink(f) }
            removed.entries += lines
            removed.bytes += p.size
        }
        return removed
    }
}
