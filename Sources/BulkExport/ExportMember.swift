import Foundation

/// One activity of a bulk export, read only when dispatched: a Strava row with its file, or a
/// Garmin Connect zip of uploaded files. The runner sends it as one run file.
public struct ExportMember: Sendable, Equatable {
    /// The export's zip (absolute path), or nil for an unpacked export folder.
    public var archive: String?
    /// The unpacked export's root folder (absolute) when `archive` is nil.
    public var folder: String
    /// Strava: activities.csv's header and this activity's row, as CSV. Nil for Garmin.
    public var activitiesRow: [UInt8]?
    /// The member's path inside the export; nil for a Strava row without a file.
    public var member: String?

    public init(archive: String?, folder: String, activitiesRow: [UInt8]?, member: String?) {
        self.archive = archive
        self.folder = folder
        self.activitiesRow = activitiesRow
        self.member = member
    }

    /// What the stage receives: a Strava activity as a small stored zip of `activities.csv` (the
    /// header and its row) and its file — so the row is part of the cache key and activity-import
    /// reads it as it reads a whole export —; a Garmin member as its own bytes. A file the export
    /// lacks is left out (activity-import lists the row as skipped, naming the file).
    public func bytes() throws(ZipReader.Failure) -> [UInt8] {
        guard let row = activitiesRow else {
            guard let member else { throw ZipReader.Failure("\(archive ?? folder): no member") }
            return try read(member)
        }
        var files: [(name: String, bytes: [UInt8])] = [(StravaExport.activitiesCSV, row)]
        if let member, exists(member) { files.append((member, try read(member))) }
        return try ZipReader.archive(files)
    }

    /// The member's own bytes as `bytes()` takes them, or nil when the export lacks it (or the
    /// activity has none).
    public func memberBytes() throws(ZipReader.Failure) -> [UInt8]? {
        guard let member, exists(member) else { return nil }
        return try read(member)
    }

    private func exists(_ member: String) -> Bool {
        if let archive { return (try? ExportArchives.shared.reader(archive).contains(member)) ?? false }
        return FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(member))
    }

    private func read(_ member: String) throws(ZipReader.Failure) -> [UInt8] {
        if let archive { return try ExportArchives.shared.reader(archive).contents(of: member) }
        let path = (folder as NSString).appendingPathComponent(member)
        guard let data = FileManager.default.contents(atPath: path) else { throw ZipReader.Failure("\(path): cannot be read") }
        return [UInt8](data)
    }
}

/// The export archive last opened, kept open: an export's activities are dispatched in order,
/// and opening a multi-GB zip reads its whole central directory.
final class ExportArchives: @unchecked Sendable {
    // @unchecked: `lock` guards `open`, the only mutable state.
    static let shared = ExportArchives()
    private let lock = NSLock()
    private var open: (path: String, reader: ZipReader)?

    func reader(_ path: String) throws(ZipReader.Failure) -> ZipReader {
        lock.lock()
        defer { lock.unlock() }
        if let open, open.path == path { return open.reader }
        let reader = try ZipReader(file: path)
        open = (path, reader)
        return reader
    }
}

/// What a folder or a zip holds as a bulk export: the members that become run files.
public enum BulkExportLayout {
    /// One run file of an export: its run id relative to the export's root and what it carries.
    public struct Activity: Sendable {
        public var runPath: String
        public var member: ExportMember
    }

    public enum Kind: String, Sendable { case strava = "Strava", garminConnect = "Garmin Connect" }

    /// The export kind of an unpacked folder, by its root.
    public static func kind(folder: String) -> Kind? {
        let fm = FileManager.default
        if fm.fileExists(atPath: (folder as NSString).appendingPathComponent(StravaExport.activitiesCSV)) { return .strava }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: (folder as NSString).appendingPathComponent(GarminConnectExport.root), isDirectory: &isDir),
           isDir.boolValue { return .garminConnect }
        return nil
    }

    /// The export kind of a zip (its central directory only is read); nil for any other zip.
    public static func kind(archive: String) -> Kind? {
        guard let reader = try? ExportArchives.shared.reader(archive) else { return nil }
        if reader.contains(StravaExport.activitiesCSV) { return .strava }
        if reader.fileNames.contains(where: { $0.hasPrefix(GarminConnectExport.root + "/") }) { return .garminConnect }
        return nil
    }

    /// The run files of a Strava export: one per activities.csv row (its file, or the row alone),
    /// then any file under `activities/` no row names (read as a plain run file: nothing is lost).
    /// `files` are the export's file paths relative to its root.
    public static func strava(csv: [UInt8], csvPath: String, files: [String], archive: String?, folder: String)
        throws(StravaActivities.Failure) -> (activities: [Activity], unreferenced: [String], problems: [String]) {
        let table = try StravaActivities.read(csv, path: csvPath)
        var named: Set<String> = []
        var activities: [Activity] = []
        for row in table.rows {
            if !row.filename.isEmpty { named.insert(row.filename) }
            activities.append(Activity(runPath: StravaExport.runID(prefix: "", row: row),
                                       member: ExportMember(archive: archive, folder: folder, activitiesRow: table.csv(of: row),
                                                            member: row.filename.isEmpty ? nil : row.filename)))
        }
        let unreferenced = files.filter { $0.hasPrefix("activities/") && !named.contains($0) }
        return (activities, unreferenced, table.problems)
    }
}
