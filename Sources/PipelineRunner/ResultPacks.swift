import ContentDigest
import Foundation
import Glibc
import SystemCall

/// Where the result cache keeps its entries: per stage, one pack file per run
/// (`results/<stage>/<run>.pack`, the entries one after another) and beside it its index
/// (`<run>.idx`, a line `key offset length` appended after each entry is written). A run creates
/// two files per stage, not one per entry: creating 13,000 small files was most of what a first
/// run with the cache cost on 50 × 26, and opening them most of a cached rerun.
///
/// Two runs sharing the folder write different packs. A run killed mid-way leaves its index up to
/// the last entry it wrote (a torn last line is ignored; each entry carries its checksum). Packs
/// are the unit of eviction: least recently used first, a pack being used when an entry is read
/// from it or written to it.
struct PackLocation: Equatable {
    var pack: String
    var offset: Int
    var length: Int
}

/// A stage folder's entries by key: the pack names once, and per entry its
/// pack's number, offset and length, in a `SortedTable`.
struct PackTable {
    private struct Slot {
        var pack: UInt32
        var length: UInt32
        var offset: Int
    }

    private var packs: [String] = []
    private var slots = SortedTable<PackedHex, Slot>()

    /// Every entry of a stage folder, by key; a later pack's entry wins over an earlier one's (an
    /// entry recomputed after a checksum failure is in a newer pack). A damaged line is skipped.
    init(stageFolder: String) {
        var found: [(PackedHex, Slot)] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: stageFolder)) ?? [])
            .filter { $0.hasSuffix(".idx") }.sorted()
        for name in names {
            packs.append("\(stageFolder)/\(name.dropLast(4)).pack")
            let lines = WorkItem.readFile("\(stageFolder)/\(name)") ?? []
            // A line is about 80 bytes: room for them at once, not grown line by line.
            found.reserveCapacity(found.count + lines.count / 72)
            for line in lines.split(separator: UInt8(ascii: "\n")) {
                let f = line.split(separator: UInt8(ascii: " "))
                guard f.count == 3, f[0].count == 64, let key = PackedHex(String(decoding: f[0], as: UTF8.self)),
                      let offset = Int(String(decoding: f[1], as: UTF8.self)),
                      let length = UInt32(String(decoding: f[2], as: UTF8.self)), offset >= 0, length > 0 else { continue }
                found.append((key, Slot(pack: UInt32(packs.count - 1), length: length, offset: offset)))
            }
        }
        slots = SortedTable(consume found)
    }

    subscript(key: PackedHex) -> PackLocation? {
        slots[key].map { PackLocation(pack: packs[Int($0.pack)], offset: $0.offset, length: Int($0.length)) }
    }

    /// Every entry's place (the newest of equal keys), in key order.
    var locations: [PackLocation] {
        var all: [PackLocation] = []
        slots.forEachSorted { _, s in all.append(PackLocation(pack: packs[Int(s.pack)], offset: s.offset, length: Int(s.length))) }
        return all
    }
}

enum ResultPacks {
    /// The name of this run's packs: sortable by time, unique per process.
    static func runName() -> String {
        String(format: "%016lld-%d", Int64(Date().timeIntervalSince1970 * 1_000_000), getpid())
    }

    /// Reads `length` bytes at `offset` of an open pack, or nil when the pack is shorter.
    static func read(_ fd: Int32, offset: Int, length: Int) -> [UInt8]? {
        try? readBytes(fd, at: offset, count: length)
    }
}

/// This run's packs, one per stage, appended to on the cache writer's thread.
final class PackAppender {
    private struct Open {
        var pack: Int32
        var index: Int32
        var size: Int
    }

    private let directory: String
    private let run = ResultPacks.runName()
    private var open: [String: Open] = [:]
    private var broken: Set<String> = []

    init(directory: String) { self.directory = directory }

    /// The pack `stage`'s entries of this run go to.
    func packPath(stage: String) -> String { "\(directory)/\(stage)/\(run).pack" }

    /// Appends an entry and then its index line. A failed write is reported by the caller and
    /// ends that stage's pack for this run (later entries of the stage are not kept).
    func append(stage: String, key: String, bytes: [UInt8]) throws {
        guard !broken.contains(stage) else { return }
        do {
            var o = try opened(stage)
            try bytes.withUnsafeBytes { try writeAll(o.pack, [$0], path: packPath(stage: stage)) }
            let line = Array("\(key) \(o.size) \(bytes.count)\n".utf8)
            try line.withUnsafeBytes { try writeAll(o.index, [$0], path: packPath(stage: stage)) }
            o.size += bytes.count
            open[stage] = o
        } catch {
            broken.insert(stage)
            throw error
        }
    }

    private func opened(_ stage: String) throws -> Open {
        if let o = open[stage] { return o }
        try OutputFolder.makeFolder("\(directory)/\(stage)")
        let pack = packPath(stage: stage)
        let fd = try posixCall("open", path: pack) { Glibc.open(pack, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        let indexPath = String(pack.dropLast(5)) + ".idx"
        let index: Int32
        do {
            index = try posixCall("open", path: indexPath) { Glibc.open(indexPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        } catch {
            close(fd)
            throw error
        }
        let o = Open(pack: fd, index: index, size: 0)
        open[stage] = o
        return o
    }

    func closeAll() {
        for o in open.values {
            close(o.pack)
            close(o.index)
        }
        open.removeAll()
    }
}
