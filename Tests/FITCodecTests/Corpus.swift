import Foundation

/// The shared real-device FIT corpus (`../shared/fit-corpus` beside the package root) and Garmin
/// SDK reference decodings of its files. Suites that need it are enabled only when it exists.
enum Corpus {
    /// Tests/FITCodecTests/Corpus.swift → package root is three levels up.
    static let directory: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent("../shared/fit-corpus").standardized.path
    }()

    static let exists = FileManager.default.fileExists(atPath: directory + "/activity-small-fenix2-run.fit")

    /// Suites run when the corpus exists, and always in CI (CI=true), where a missing corpus must
    /// fail rather than skip.
    static let existsOrRequired = exists || ProcessInfo.processInfo.environment["CI"] == "true"

    /// Every `.fit` file in the corpus (including `garmin-sdk/`), as paths relative to it.
    static let fitFiles: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.lowercased().hasSuffix(".fit") }.sorted()
    }()

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }

    /// `reference/NAME.json.gz` (what garmin-fit-sdk decodes from NAME.fit), gunzipped by /bin/gzip.
    static func reference(_ name: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", directory + "/reference/" + name + ".json.gz"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// `counts.record_mesgs` of a reference, 0 when absent.
    static func referenceRecordCount(_ name: String) throws -> Int {
        let counts = try reference(name)["counts"] as? [String: Any]
        return counts?["record_mesgs"] as? Int ?? 0
    }
}
