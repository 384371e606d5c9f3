import Foundation

/// Writes the payloads of the first few tasks of each stage as `NAME.in.pb` fixtures (plus the
/// athlete.yaml they carried), so a stage's inputs from a real run can be replayed with
/// `gaitpipe test-stage`. Only the first attempt of an item is captured.
final class TaskCapture {
    let directory: String
    let limit: Int
    private var counts: [String: Int] = [:]

    init(directory: String, limit: Int) {
        self.directory = directory
        self.limit = limit
    }

    func record(item: WorkItem, payload: [UInt8], stage: String) {
        guard item.attempt == 1, counts[stage, default: 0] < limit else { return }
        counts[stage, default: 0] += 1
        let folder = "\(directory)/\(OutputFolder.folderName(stage))"
        do {
            try OutputFolder.makeFolder(folder)
            let name = OutputFolder.folderName(item.source.replacingOccurrences(of: "/", with: "__"))
            try Data(payload).write(to: URL(fileURLWithPath: "\(folder)/\(name).in.pb"))
            if !item.athleteYAML.isEmpty && !FileManager.default.fileExists(atPath: folder + "/athlete.yaml") {
                try Data(item.athleteYAML).write(to: URL(fileURLWithPath: folder + "/athlete.yaml"))
            }
        } catch {
            // Capturing is a developer aid: a failure to write must not fail the run.
            FileHandle.standardError.write(Data("gaitpipe: warning: cannot capture a fixture in \(folder): \(error)\n".utf8))
        }
    }
}
