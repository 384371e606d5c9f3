import Foundation

/// `gaitpipe cache info|prune`: the cache folder as files (results/, index/, describe/).
public struct CacheFolder {
    public let directory: String

    public init(_ directory: String) { self.directory = directory }

    private func files(_ sub: String) -> [(path: String, size: Int, modified: Date)] {
        let root = "\(directory)/\(sub)"
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        return names.compactMap { name in
            let path = "\(root)/\(name)"
            guard let a = try? FileManager.default.attributesOfItem(atPath: path), a[.type] as? FileAttributeType == .typeRegular
            else { return nil }
            return (path, (a[.size] as? Int) ?? 0, (a[.modificationDate] as? Date) ?? .distantPast)
        }
    }

    public func statistics() -> (entries: Int, bytes: Int, descriptions: Int) {
        let results = files("results")
        return (results.count, results.reduce(0) { $0 + $1.size }, files("describe").count)
    }

    /// Removes result entries older than `days` (every entry, descriptions, index and input
    /// digests when nil).
    public func prune(olderThanDays days: Int?) -> (entries: Int, bytes: Int) {
        var removed = (entries: 0, bytes: 0)
        let cutoff = days.map { Date().addingTimeInterval(-Double($0) * 86_400) }
        for f in files("results") where cutoff.map({ f.modified < $0 }) ?? true {
            if (try? FileManager.default.removeItem(atPath: f.path)) != nil {
                removed.entries += 1
                removed.bytes += f.size
            }
        }
        if days == nil {
            try? FileManager.default.removeItem(atPath: "\(directory)/index")
            try? FileManager.default.removeItem(atPath: "\(directory)/describe")
            try? FileManager.default.removeItem(atPath: "\(directory)/inputs.tsv")
        }
        return removed
    }
}
