/// Names in a Strava bulk export (its zip or the unpacked folder).
public enum StravaExport {
    /// At the export's root: one row per activity; recognises the export.
    public static let activitiesCSV = "activities.csv"

    /// Folders of a Strava export that hold no activity (media, routes, …); `activities/` is read.
    static let otherFolders: Set<String> = ["media", "routes", "clubs", "segments", "posts", "messaging", "applications",
                                            "global_challenges", "group_challenges", "memberships", "gear", "logins"]

    /// True for a file of an unpacked Strava export (path relative to its root) that is the
    /// export's own: activities.csv and the other account CSV/JSON files at its root, `activities/`
    /// (read through activities.csv) and its other folders. Anything else beside it (a loose FIT
    /// file, a month folder of runs) is read as in any athlete folder.
    public static func isExportFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/", maxSplits: 1)
        guard parts.count == 2 else { return path.lowercased().hasSuffix(".csv") || path.lowercased().hasSuffix(".json") }
        return parts[0] == "activities" || otherFolders.contains(String(parts[0]))
    }

    /// The run id of an activity of an export whose root is `prefix` (`""` for an unpacked folder
    /// that is the athlete folder, `export.zip/` for an archive): its file, or
    /// `activities.csv#<Activity ID>` for an activity without one (a manual entry).
    public static func runID(prefix: String, row: StravaActivities.Row) -> String {
        prefix + (row.filename.isEmpty ? "\(activitiesCSV)#\(row.id)" : row.filename)
    }
}

/// Names in a Garmin Connect data export.
public enum GarminConnectExport {
    /// At the export's root: recognises the export.
    public static let root = "DI_CONNECT"
    /// Where the uploaded activity files lie, in zips of FIT files (`UploadedFiles_0-_Part1.zip`).
    public static let uploadedFiles = "DI_CONNECT/DI-Connect-Uploaded-Files/"

    /// True for a zip of uploaded files inside the export.
    public static func isUploadedFilesArchive(_ path: String) -> Bool {
        path.hasPrefix(uploadedFiles) && path.lowercased().hasSuffix(".zip")
    }
}
