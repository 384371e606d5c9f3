import Foundation
import SystemCall

/// `gaitpipe cache info|prune` and the size bound: the cache folder as files (results/<stage>/,
/// index/, describe/, inputs.tsv).
public struct CacheFolder {
    public let directory: String

    public init(_ directory: String) { self.directory = directory }

    struct File {
        var path: String
        var size: Int
        /// Nanoseconds since the epoch: written, or last read (a lookup touches its entry).
        var used: Int64
    }

    private func files(_ sub: String) -> [File] {
        let root = "\(directory)/\(sub)"
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        return names.compactMap { name in
            let path = "\(root)/\(name)"
            guard let s = try? FileStatus(path), !s.isDirectory else { return nil }
            return File(path: path, size: Int(s.size), used: s.modifiedNanoseconds)
        }
    }

    public struct Statistics {
        /// Per stage: entries and bytes, by stage name.
        public var stages: [(stage: String, entries: Int, bytes: Int)]
        public var descriptions: Int
        public var entries: Int { stages.reduce(0) { $0 + $1.entries } }
        public var bytes: Int { stages.reduce(0) { $0 + $1.bytes } }
    }

    public func statistics() -> Statistics {
        let stages = ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/results")) ?? []).sorted()
        return Statistics(stages: stages.map { stage in
            let entries = files("results/\(stage)")
            return (stage, entries.count, entries.reduce(0) { $0 + $1.size })
        }, descriptions: files("describe").count)
    }

    /// Removes result entries older than `days` (every entry, descriptions, index and input
    /// digests when nil).
    public func prune(olderThanDays days: Int?) -> (entries: Int, bytes: Int) {
        let cutoff = days.map { Int64(Date().addingTimeInterval(-Double($0) * 86_400).timeIntervalSince1970 * 1e9) }
        let removed = remove(files("results").filter { f in cutoff.map { f.used < $0 } ?? true })
        if days == nil {
            try? FileManager.default.removeItem(atPath: "\(directory)/index")
            try? FileManager.default.removeItem(atPath: "\(directory)/describe")
            try? FileManager.default.removeItem(atPath: "\(directory)/inputs.tsv")
        }
        return removed
    }

    /// Removes the entries of the layout before results/<stage>/ (results/<key prefix>/<key>.pb,
    /// keyed by payload bytes): no key of this gaitpipe finds them. Returns how many went.
    public func removeOldLayout() -> Int {
        let root = directory + "/results"
        var removed = 0
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] {
            let folder = "\(root)/\(name)"
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".pb") }
            guard !entries.isEmpty else { continue }
            removed += entries.count
            try? FileManager.default.removeItem(atPath: folder)
        }
        // The index was a folder per stage (a file per input); it is one file per stage now.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory + "/index")) ?? []
        where (try? FileStatus("\(directory)/index/\(name)"))?.isDirectory == true {
            try? FileManager.default.removeItem(atPath: "\(directory)/index/\(name)")
        }
        return removed
    }

    /// Removes the least recently used result entries until the rest fit in `maxBytes` (as ccache
    /// does at the end of a run); what was removed.
    public func evict(toFit maxBytes: Int) -> (entries: Int, bytes: Int) {
        let all = files("results")
        var excess = all.reduce(0) { $0 + $1.size } - maxBytes
        guard excess > 0 else { return (0, 0) }
        var victims: [File] = []
        for f in all.sorted(by: { ($0.used, $0.path) < ($1.used, $1.path) }) where excess > 0 {
            victims.append(f)
            excess -= f.size
        }
        return remove(victims)
    }

    private func remove(_ victims: [File]) -> (entries: Int, bytes: Int) {
        var removed = (entries: 0, bytes: 0)
        for f in victims where unlink(f.path) == 0 {
            removed.entries += 1
            removed.bytes += f.size
        }
        return removed
    }
}
