import ContentDigest
import Foundation
import GaitWire

/// Stage outputs kept across runs (DESIGN.md: `$XDG_CACHE_HOME/gaitpipe`, `--cache-dir`,
/// `--no-cache`), so a rerun after adding this week's runs recomputes only what changed.
///
/// The key covers every byte a task carries (payload and athlete.yaml; a grouped task's payload
/// holds all its members), the stage executable's digest, the params and the protocol version. An
/// entry is `hex SHA-256 of the body` + body, so a truncated or corrupt entry is detected and
/// recomputed. A small index per stage and input remembers the last key's parts, for `plan`'s "why".
final class ResultCache {
    struct KeyParts: Equatable {
        var input: String
        var executable: String
        var params: String

        var key: String { SHA256.hex(Array("gaitpipe-result-v\(protocolVersion)|\(input)|\(executable)|\(params)".utf8)) }
    }

    let directory: String

    init(directory: String) throws {
        self.directory = directory
        try OutputFolder.makeFolder(directory + "/results")
        try OutputFolder.makeFolder(directory + "/index")
    }

    static func parts(payloadType: String, payload: [UInt8], athleteYAML: [UInt8], executableDigest: String,
                      params: [String: String]) -> KeyParts {
        var input = Array("\(payloadType)|\(payload.count)|".utf8)
        input += payload
        input += Array("|\(athleteYAML.count)|".utf8)
        input += athleteYAML
        let paramText = params.keys.sorted().map { "\($0)=\(params[$0] ?? "")" }.joined(separator: "\n")
        return KeyParts(input: SHA256.hex(input), executable: executableDigest, params: SHA256.hex(Array(paramText.utf8)))
    }

    private func path(_ key: String) -> String { "\(directory)/results/\(key.prefix(2))/\(key).pb" }

    func lookup(_ key: String) -> RecordedResult? {
        guard let bytes = WorkItem.readFile(path(key)) else { return nil }
        guard bytes.count >= 64, let stored = String(bytes: bytes[0..<64], encoding: .ascii),
              stored == SHA256.hex(Array(bytes[64...])),
              let result = try? RecordedResult(decoding: Array(bytes[64...])) else {
            // Truncated or corrupt: drop it and compute again.
            FileHandle.standardError.write(Data("gaitpipe: warning: cache entry \(path(key)) is truncated or corrupt; recomputing it\n".utf8))
            try? FileManager.default.removeItem(atPath: path(key))
            return nil
        }
        // Touch on use, so `cache prune --older-than` keeps what reruns still read.
        utime(path(key), nil)
        return result
    }

    func store(_ key: String, _ result: RecordedResult) {
        let body = result.encoded()
        let p = path(key)
        do {
            try OutputFolder.makeFolder((p as NSString).deletingLastPathComponent)
            try OutputFolder.replace(p, with: Array(SHA256.hex(body).utf8) + body)
        } catch {
            // A cache that cannot be written only costs time on the next run.
            FileHandle.standardError.write(Data("gaitpipe: warning: cannot write the cache entry \(p): \(error)\n".utf8))
        }
    }

    // MARK: Index: the last key parts per stage and input, for `plan`.

    private func indexPath(stage: String, source: String) -> String {
        "\(directory)/index/\(OutputFolder.folderName(stage))/\(SHA256.hex(Array(source.utf8)).prefix(32))"
    }

    func remember(stage: String, source: String, parts: KeyParts) {
        // A rerun sees mostly the same parts again: then nothing is written.
        guard previous(stage: stage, source: source) != parts else { return }
        let p = indexPath(stage: stage, source: source)
        try? OutputFolder.makeFolder((p as NSString).deletingLastPathComponent)
        // No fsync (OutputFolder.replace): this index only explains `plan`'s answers.
        try? OutputFolder.replace(p, with: Array("\(parts.input) \(parts.executable) \(parts.params)\n".utf8))
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
