import Foundation
import GaitModel
import GaitWire
import Logging

/// Writes the payloads of the first few tasks of each stage and payload type as `NAME.in.pb` fixtures (plus the
/// athlete.yaml they carried), so a stage's inputs from a real run can be replayed with
/// `gaitpipe test-stage`. Only the first attempt of an item is captured.
final class TaskCapture {
    let directory: String
    let limit: Int
    private var counts: [String: Int] = [:]
    private let logger: Logger

    init(directory: String, limit: Int, logger: Logger) {
        self.directory = directory
        self.limit = limit
        self.logger = logger
    }

    /// A payload of a union input's other members (`Activity|KinematicsFile`: a KinematicsFile) is
    /// written as `NAME.TYPE.in.pb`, so that `test-stage` replays it with its type.
    func record(item: WorkItem, payload: [UInt8], stage: String, inputType: String) {
        // Up to `limit` per stage and payload type: a union input's every member gets fixtures.
        let key = stage + "|" + item.payloadType
        guard item.attempt == 1, counts[key, default: 0] < limit else { return }
        counts[key, default: 0] += 1
        let folder = "\(directory)/\(FileName.safe(stage))"
        do {
            try OutputFolder.makeFolder(folder)
            var name = FileName.safe(item.source.replacingOccurrences(of: "/", with: "__"))
            if item.payloadType != WireUnion.members(inputType).first { name += "." + item.payloadType }
            try Data(payload).write(to: URL(fileURLWithPath: "\(folder)/\(name).in.pb"))
            if !item.athleteYAML.isEmpty && !FileManager.default.fileExists(atPath: folder + "/athlete.yaml") {
                try Data(item.athleteYAML).write(to: URL(fileURLWithPath: folder + "/athlete.yaml"))
            }
        } catch {
            // Capturing is a developer aid: a failure to write must not fail the run.
            logger.warning("cannot capture a fixture in \(folder): \(error)")
        }
    }
}
