import Foundation
import GaitModel
import SystemCall

/// Keeps the runner's memory independent of season size: payloads above `threshold` bytes wait in
/// the job folder, not in queues, and each athlete's grouped items accumulate in one file until the
/// group task is built.
final class SpillStore {
    let directory: String
    let threshold: Int

    init(jobDirectory: String, threshold: Int = 64 << 10) throws {
        directory = jobDirectory + "/spill"
        self.threshold = threshold
        try OutputFolder.makeFolder(directory)
    }

    /// The item with a large in-memory payload moved to disk; small ones are returned unchanged.
    func park(_ item: WorkItem) throws -> WorkItem {
        guard item.heldBytes > threshold else { return item }
        let path = "\(directory)/\(item.id).pb"
        try Data(item.payload.bytes).write(to: URL(fileURLWithPath: path))
        var parked = item
        parked.payload = .spilled(path: path)
        return parked
    }

    /// Deletes a finished item's parked payload.
    func release(_ item: WorkItem) {
        if case .spilled(let path) = item.payload { try? FileManager.default.removeItem(atPath: path) }
    }

    // MARK: Groups: length-prefixed frames appended to one file per athlete.

    private func groupPath(_ athlete: String) -> String {
        "\(directory)/group-\(FileName.safe(athlete)).bin"
    }

    /// Open group files by athlete: an athlete's runs arrive one after another, so each file stays
    /// open instead of being opened and closed for every result (that was 8 % of the runner's time).
    private var openFiles: [String: Int32] = [:]
    /// At most this many group files open at once; beyond it one is closed (and reopened if needed).
    private let maxOpen = 64

    deinit {
        for fd in openFiles.values { close(fd) }
        for t in tableFiles.values { close(t.fd) }
    }

    func appendToGroup(_ athlete: String, _ frame: [UInt8]) throws {
        let fd: Int32
        if let known = openFiles[athlete] {
            fd = known
        } else {
            let path = groupPath(athlete)
            if openFiles.count >= maxOpen, let (other, otherFD) = openFiles.first {
                close(otherFD)
                openFiles[other] = nil
            }
            fd = try posixCall("open", path: path) { open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600) }
            openFiles[athlete] = fd
        }
        // Length prefix and frame in one writev (the frame is not copied); a short write goes on.
        var prefix = UInt32(frame.count).littleEndian
        let path = groupPath(athlete)
        try withUnsafeBytes(of: &prefix) { p in
            try frame.withUnsafeBytes { f in try writeAll(fd, [p, f], path: path) }
        }
    }

    /// Every frame appended for `athlete`, in order; the file is removed.
    func takeGroup(_ athlete: String) throws -> [[UInt8]] {
        let path = groupPath(athlete)
        if let fd = openFiles.removeValue(forKey: athlete) { close(fd) }
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        try? FileManager.default.removeItem(atPath: path)
        let bytes = [UInt8](data)
        var frames: [[UInt8]] = []
        var offset = 0
        while offset + 4 <= bytes.count {
            let length = Int(UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                             | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24)
            offset += 4
            guard offset + length <= bytes.count else {
                throw InputError(message: "spilled group of \(athlete) is truncated at byte \(offset)")
            }
            frames.append(Array(bytes[offset..<offset + length]))
            offset += length
        }
        return frames
    }

    // MARK: Run-wide tables: each report's rows appended to one file per table, read back in
    // athlete order when the tables are written (a season's runs.csv is megabytes).

    private var tableFiles: [String: (fd: Int32, path: String, size: Int)] = [:]

    /// Appends `rows`, each ended by a newline, to `table`'s file; returns where they are.
    func appendRows(table: String, _ rows: [String]) throws -> Range<Int> {
        var file: (fd: Int32, path: String, size: Int)
        if let open = tableFiles[table] { file = open } else {
            let path = "\(directory)/table-\(tableFiles.count).txt"
            let fd = try posixCall("open", path: path) { open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600) }
            file = (fd, path, 0)
        }
        var text: [UInt8] = []
        text.reserveCapacity(rows.reduce(0) { $0 + $1.utf8.count + 1 })
        for row in rows {
            text.append(contentsOf: row.utf8)
            text.append(UInt8(ascii: "\n"))
        }
        try text.withUnsafeBytes { try writeAll(file.fd, [$0], path: file.path) }
        let range = file.size..<file.size + text.count
        file.size = range.upperBound
        tableFiles[table] = file
        return range
    }

    /// The rows `appendRows` put at `range` of `table`'s file.
    func rows(table: String, at range: Range<Int>) throws -> [UInt8] {
        guard let file = tableFiles[table] else { return [] }
        return try readBytes(file.fd, at: range.lowerBound, count: range.count, path: file.path)
    }
}
