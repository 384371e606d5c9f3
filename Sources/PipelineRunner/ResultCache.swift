import ContentDigest
import Foundation
import Glibc
import GaitModel
import Logging
import GaitWire

/// Stage outputs kept across runs (DESIGN.md: `$XDG_CACHE_HOME/gaitpipe`, `--cache-dir`,
/// `--no-cache`), so a rerun after adding this week's runs recomputes only what changed.
///
/// Keys are chained (as Bazel's action keys): a task's key is the hash of its input, the stage
/// executable's digest, the params and the protocol version, where the input is
/// - for an input file, a grouped task (its payload holds all its members) and the season-wide
///   task: every byte the task carries (payload and athlete.yaml);
/// - for a stage's output: its origin, the hash of the key of the task that made it, its index and
///   its type — so a rerun finds the next stage's answer without reading or hashing the payload.
///
/// An output that only feeds the next per-item stage is not kept (`outputsKept` false, types only):
/// that stage's cached answer stands in for it, and when that one misses the item is computed again
/// from where its bytes are (an Activity decodes faster than it is read back). Outputs that feed a
/// grouped stage or are written out are kept. A stage's `cache: true|false` overrides this.
///
/// An entry is `hex SHA-256 of the body` + body, so a truncated or corrupt entry is detected and
/// recomputed. A small index per stage and input remembers the last key's parts, for `plan`'s "why".
final class ResultCache {
    struct KeyParts: Equatable {
        var input: String
        var executable: String
        var params: String

        var key: String { SHA256.hex(Array("gaitpipe-result-v\(protocolVersion)|\(input)|\(executable)|\(params)".utf8)) }
    }

    let directory: String
    /// Entries and index lines are written off the runner's loop; `finishWrites` waits for them.
    private let writer: CacheWriter
    private let logger: Logger
    /// Input files' digests, remembered across runs (`inputs.tsv`).
    let inputs: InputDigests
    /// Per stage: per input (its path's hash), the last key's parts; written back when changed.
    /// A season's index holds a line per stage and run: kept sorted, digests packed, and a stage's
    /// executable and params digests (the same on almost every line) numbered once in `partDigests`.
    private var indexes: [String: SortedTable<PackedHex, IndexedParts>] = [:]
    private struct IndexedParts: Equatable {
        var input: PackedHex
        var executable: UInt32, params: UInt32
    }
    private var partDigests: [PackedHex] = []
    private var partNumbers: [PackedHex: UInt32] = [:]
    private var changedIndexes: Set<String> = []
    /// Per stage folder: where each entry is (`ResultPacks`), loaded on the stage's first lookup.
    private var entries: [String: PackTable] = [:]
    /// Packs open for reading, and those read from in this run (touched at the end: eviction
    /// goes by last use).
    private var openPacks: [String: Int32] = [:]
    private var usedPacks: Set<String> = []
    /// Keys whose entry failed its checksum in this run: looked up as missing.
    private var corrupt: Set<String> = []

    init(directory: String, deepHash: Bool = false, logger: Logger) throws {
        self.directory = directory
        self.logger = logger
        writer = CacheWriter(resultsDirectory: directory + "/results", logger: logger)
        inputs = InputDigests(file: directory + "/inputs.tsv", deep: deepHash)
        try OutputFolder.makeFolder(directory + "/results")
        try OutputFolder.makeFolder(directory + "/index")
        let old = CacheFolder(directory).removeOldLayout()
        if old > 0 { logger.notice("cache: removed \(old) entries of an older gaitpipe's layout (no key finds them)") }
    }

    /// The key's parts; the payload is hashed where it lies (a held frame is not copied).
    static func parts(payloadType: String, payload: UnsafeRawBufferPointer, athleteYAML: [UInt8],
                      executableDigest: String, params: [String: String]) -> KeyParts {
        let head = Array("\(payloadType)|\(payload.count)|".utf8)
        let middle = Array("|\(athleteYAML.count)|".utf8)
        let input = head.withUnsafeBytes { h in
            middle.withUnsafeBytes { m in athleteYAML.withUnsafeBytes { y in SHA256.hex(of: [h, payload, m, y]) } }
        }
        return KeyParts(input: input, executable: executableDigest, params: paramsDigest(params))
    }

    /// The input part of a key for an input file: its payload type, athlete and path in the athlete
    /// folder (so identical files of two athletes do not share answers), its content digest and the
    /// athlete.yaml every task of the athlete carries.
    static func inputFileOrigin(payloadType: String, athlete: String, runPath: String, digest: String,
                                athleteYAML: [UInt8]) -> String {
        let yaml = athleteYAML.withUnsafeBytes { SHA256.hex(of: [$0]) }
        return SHA256.hex(Array("gaitpipe-input|\(payloadType)|\(athlete.utf8.count):\(athlete)|\(runPath.utf8.count):\(runPath)|\(digest)|\(yaml)".utf8))
    }

    /// The origin of output `index` (of `type`) of the task whose key is `key`: the input part of
    /// the next stage's key for it.
    static func origin(key: String, index: Int, type: String) -> String {
        SHA256.hex(Array("gaitpipe-output|\(key)|\(index)|\(type)".utf8))
    }

    static func paramsDigest(_ params: [String: String]) -> String {
        SHA256.hex(Array(params.keys.sorted().map { "\($0)=\(params[$0] ?? "")" }.joined(separator: "\n").utf8))
    }

    func lookup(_ key: String, stage: String) -> RecordedResult? {
        let folder = folder(stage)
        if entries[folder] == nil { entries[folder] = PackTable(stageFolder: "\(directory)/results/\(folder)") }
        guard !corrupt.contains(key), let packed = PackedHex(key), let at = entries[folder]?[packed] else { return nil }
        let fd: Int32
        if let open = openPacks[at.pack] { fd = open } else {
            fd = Glibc.open(at.pack, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            openPacks[at.pack] = fd
        }
        // Checked and decoded where it was read (no copy of the body).
        let result: RecordedResult? = ResultPacks.read(fd, offset: at.offset, length: at.length)?.withUnsafeBytes { all in
            guard all.count >= 64 else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: all[64...])
            guard String(decoding: all[0..<64], as: UTF8.self) == SHA256.hex(of: [body]) else { return nil }
            return try? RecordedResult(decoding: body)
        }
        guard let result else {
            // Truncated or corrupt: compute it again (the new answer goes to this run's pack, which
            // the next run prefers).
            logger.warning("cache entry \(key.prefix(12))… in \(at.pack) is truncated or corrupt; recomputing it")
            corrupt.insert(key)
            return nil
        }
        usedPacks.insert(at.pack)
        return result
    }

    /// Stores a stage's answer. The entry is packed once, straight after the room for its checksum,
    /// from the outputs where they lie (the received frames).
    /// With `keepOutputs` false only the output types are stored (`RecordedResult.outputsKept`).
    func store(_ key: String, stage: String, outputTypes: [String], outputs: [UnsafeRawBufferPointer], warnings: [String],
               skippedReason: String, keepOutputs: Bool = true, problems: [String] = []) {
        let entry = RecordedResult.withPacker(outputTypes: outputTypes, outputs: keepOutputs ? outputs : [],
                                              warnings: warnings, skippedReason: skippedReason,
                                              outputsKept: keepOutputs, problems: problems) { packer in
            [UInt8](unsafeUninitializedCapacity: 64 + packer.size) { buffer, count in
                packer.write(UnsafeMutableRawPointer(buffer.baseAddress! + 64))
                let digest = SHA256.hex(of: [UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[64...]))])
                for (i, c) in digest.utf8.enumerated() { buffer[i] = c }
                count = 64 + packer.size
            }
        }
        writer.append(stage: folder(stage), key: key, entry)
    }

    /// A stage's folder name, made once per stage (a lookup per task made it thousands of times).
    private var folders: [String: String] = [:]
    private func folder(_ stage: String) -> String {
        if let known = folders[stage] { return known }
        let made = FileName.safe(stage)
        folders[stage] = made
        return made
    }

    /// Writes the input digests and the changed stage indexes, then returns when every entry of
    /// this run is on disk. The tables are let go of: the run's outputs are written next.
    func finishWrites() {
        if let table = inputs.contents() { writer.write(directory + "/inputs.tsv", table) }
        for stage in changedIndexes.sorted() {
            var text: [UInt8] = []
            text.reserveCapacity((indexes[stage]?.count ?? 0) * 228)
            indexes[stage]?.forEachSorted { source, p in
                for (n, digest) in [source, p.input, partDigests[Int(p.executable)], partDigests[Int(p.params)]].enumerated() {
                    if n > 0 { text.append(UInt8(ascii: " ")) }
                    text.append(contentsOf: digest.hex.utf8)
                }
                text.append(UInt8(ascii: "\n"))
            }
            writer.write(indexPath(stage: stage), text)
        }
        changedIndexes.removeAll()
        indexes.removeAll()
        entries.removeAll()
        inputs.forget()
        writer.finish()
        for fd in openPacks.values { close(fd) }
        openPacks.removeAll()
        // Touch what this run read: eviction and `cache prune --older-than` keep it.
        for pack in usedPacks {
            utime(pack, nil)
            utime(String(pack.dropLast(5)) + ".idx", nil)
        }
    }

    // MARK: Index: the last key parts per stage and input, for `plan`.

    /// One file per stage (read once, written once per run): `plan`'s "why" comes from it.
    private func indexPath(stage: String) -> String { "\(directory)/index/\(FileName.safe(stage)).txt" }

    private func index(stage: String) -> SortedTable<PackedHex, IndexedParts> {
        if let loaded = indexes[stage] { return loaded }
        var lines: [(PackedHex, IndexedParts)] = []
        let text = WorkItem.readFile(indexPath(stage: stage)) ?? []
        // A line is 228 bytes (four digests): room for them at once, not grown line by line.
        lines.reserveCapacity(text.count / 228)
        for line in text.split(separator: UInt8(ascii: "\n")) {
            let f = line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            // A damaged line is ignored: `plan` then calls that input new.
            if f.count == 4, let source = PackedHex(f[0]),
               let parts = indexed(KeyParts(input: f[1], executable: f[2], params: f[3])) {
                lines.append((source, parts))
            }
        }
        let table = SortedTable(consume lines)
        indexes[stage] = table
        return table
    }

    /// `parts` with the executable and params digests numbered (nil when a part is not hex).
    private func indexed(_ parts: KeyParts) -> IndexedParts? {
        guard let input = PackedHex(parts.input), let e = PackedHex(parts.executable), let p = PackedHex(parts.params) else { return nil }
        func number(_ digest: PackedHex) -> UInt32 {
            if let n = partNumbers[digest] { return n }
            partDigests.append(digest)
            partNumbers[digest] = UInt32(partDigests.count - 1)
            return UInt32(partDigests.count - 1)
        }
        return IndexedParts(input: input, executable: number(e), params: number(p))
    }

    private static func sourceKey(_ source: String) -> PackedHex? { PackedHex(SHA256.hex(Array(source.utf8)).prefix(32)) }

    func remember(stage: String, source: String, parts: KeyParts) {
        // A rerun sees mostly the same parts again: then nothing is written.
        guard let packed = indexed(parts), let key = Self.sourceKey(source),
              index(stage: stage)[key] != packed else { return }
        indexes[stage]?.set(key, packed)
        changedIndexes.insert(stage)
    }

    func previous(stage: String, source: String) -> KeyParts? {
        Self.sourceKey(source).flatMap { index(stage: stage)[$0] }.map {
            KeyParts(input: $0.input.hex, executable: partDigests[Int($0.executable)].hex, params: partDigests[Int($0.params)].hex)
        }
    }

    /// Why `parts` misses, compared with what this stage last saw for the same input.
    func whyMiss(stage: String, source: String, parts: KeyParts) -> String {
        guard let old = previous(stage: stage, source: source) else { return "new input" }
        var why: [String] = []
        if old.input != parts.input { why.append("input changed") }
        if old.executable != parts.executable { why.append("stage executable changed") }
        if old.params != parts.params { why.append("params changed") }
        return why.isEmpty ? "entry missing or corrupt" : why.joined(separator: ", ")
    }
}
