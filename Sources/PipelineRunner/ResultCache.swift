import ContentDigest
import Foundation
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

    init(directory: String, logger: Logger) throws {
        self.directory = directory
        self.logger = logger
        writer = CacheWriter(logger: logger)
        try OutputFolder.makeFolder(directory + "/results")
        try OutputFolder.makeFolder(directory + "/index")
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

    /// The origin of output `index` (of `type`) of the task whose key is `key`: the input part of
    /// the next stage's key for it.
    static func origin(key: String, index: Int, type: String) -> String {
        SHA256.hex(Array("gaitpipe-output|\(key)|\(index)|\(type)".utf8))
    }

    static func paramsDigest(_ params: [String: String]) -> String {
        SHA256.hex(Array(params.keys.sorted().map { "\($0)=\(params[$0] ?? "")" }.joined(separator: "\n").utf8))
    }

    private func path(_ key: String) -> String { "\(directory)/results/\(key.prefix(2))/\(key).pb" }

    func lookup(_ key: String) -> RecordedResult? {
        guard let bytes = WorkItem.readFile(path(key)) else { return nil }
        // Checked and decoded where it was read (no copy of the body).
        let result: RecordedResult? = bytes.withUnsafeBytes { all in
            guard all.count >= 64 else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: all[64...])
            guard String(decoding: all[0..<64], as: UTF8.self) == SHA256.hex(of: [body]) else { return nil }
            return try? RecordedResult(decoding: body)
        }
        guard let result else {
            // Truncated or corrupt: drop it and compute again.
            logger.warning("cache entry \(path(key)) is truncated or corrupt; recomputing it")
            try? FileManager.default.removeItem(atPath: path(key))
            return nil
        }
        // Touch on use, so `cache prune --older-than` keeps what reruns still read.
        utime(path(key), nil)
        return result
    }

    /// Stores a stage's answer. The entry is packed once, straight after the room for its checksum,
    /// from the outputs where they lie (the received frames).
    /// With `keepOutputs` false only the output types are stored (`RecordedResult.outputsKept`).
    func store(_ key: String, outputTypes: [String], outputs: [UnsafeRawBufferPointer], warnings: [String],
               skippedReason: String, keepOutputs: Bool = true) {
        let entry = RecordedResult.withPacker(outputTypes: outputTypes, outputs: keepOutputs ? outputs : [],
                                              warnings: warnings, skippedReason: skippedReason,
                                              outputsKept: keepOutputs) { packer in
            [UInt8](unsafeUninitializedCapacity: 64 + packer.size) { buffer, count in
                packer.write(UnsafeMutableRawPointer(buffer.baseAddress! + 64))
                let digest = SHA256.hex(of: [UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[64...]))])
                for (i, c) in digest.utf8.enumerated() { buffer[i] = c }
                count = 64 + packer.size
            }
        }
        writer.write(path(key), entry)
    }

    /// Returns when every entry and index line of this run is on disk.
    func finishWrites() { writer.finish() }

    // MARK: Index: the last key parts per stage and input, for `plan`.

    private func indexPath(stage: String, source: String) -> String {
        "\(directory)/index/\(FileName.safe(stage))/\(SHA256.hex(Array(source.utf8)).prefix(32))"
    }

    func remember(stage: String, source: String, parts: KeyParts) {
        // A rerun sees mostly the same parts again: then nothing is written.
        guard previous(stage: stage, source: source) != parts else { return }
        // No fsync (OutputFolder.replace): this index only explains `plan`'s answers.
        writer.write(indexPath(stage: stage, source: source),
                     Array("\(parts.input) \(parts.executable) \(parts.params)\n".utf8))
    }


    func previous(stage: String, source: String) -> KeyParts? {
        guard let text = try? String(contentsOfFile: indexPath(stage: stage, source: source), encoding: .utf8) else { return nil }
        let f = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        return f.count == 3 ? KeyParts(input: f[0], executable: f[1], params: f[2]) : nil
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
