import BulkExport
import GaitModel

/// Turns the bytes of a run file into Activities: `.fit` (FIT protocol), `.csv` (FitCSVTool,
/// generic per-sample, or fitparse records), `.gpx` or `.tcx`, each possibly `.gz`-compressed or inside a `.zip`;
/// a `.zip` holding `activities.csv` at its root is a Strava bulk export (ActivityImporter+Strava).
/// Never throws: a file it cannot use comes back with `skippedReason`.
public enum ActivityImporter {
    /// Imports one run file. `path` is relative to the athlete folder and becomes `Activity.runID`.
    public static func importFile(data: [UInt8], path: String, athlete: String,
                                  options: ImportOptions = ImportOptions()) -> ImportOutcome {
        var name = path.lowercased()
        var data = data
        if name.hasSuffix(".gz") || Decompression.isGzip(data) {
            if Decompression.isGzip(data) {
                do { data = try Decompression.inflate(data, path: path) } catch { return .skipped(error.description) }
            }
            if name.hasSuffix(".gz") { name.removeLast(3) }
        }
        if name.hasSuffix(".zip") || Decompression.isZip(data) {
            return importZip(data: data, path: path, athlete: athlete, options: options)
        }
        if name.hasSuffix(".fit") { return importFIT(data: data, path: path, athlete: athlete, options: options) }
        if name.hasSuffix(".csv") { return importCSV(data: data, path: path, athlete: athlete, options: options) }
        if name.hasSuffix(".gpx") { return importGPX(data: data, path: path, athlete: athlete, options: options) }
        if name.hasSuffix(".tcx") { return importTCX(data: data, path: path, athlete: athlete, options: options) }
        return .skipped("\(path): unsupported file type (expected .fit, .csv, .gpx or .tcx, optionally .gz or in a .zip)")
    }

    /// The run files an archive may hold.
    static let archivedRunFileSuffixes = [".fit", ".csv", ".gpx", ".tcx", ".fit.gz", ".csv.gz", ".gpx.gz", ".tcx.gz"]

    /// Every `.fit`/`.csv`/`.gpx`/`.tcx` (also `.gz`) inside, read one entry at a time with ZIPFoundation;
    /// run ids are `archive.zip/inner-path`. FIT files that are not activities are counted in one note.
    private static func importZip(data: [UInt8], path: String, athlete: String, options: ImportOptions) -> ImportOutcome {
        let archive: ZipReader
        do { archive = try ZipReader(bytes: data, path: path) } catch { return .skipped(error.description) }
        if archive.contains(StravaExport.activitiesCSV) {
            return importStrava(archive, path: path, athlete: athlete, options: options)
        }
        var outcome = ImportOutcome()
        var skipped: [String] = []
        var notActivities = 0
        for name in archive.fileNames {
            let lower = name.lowercased()
            guard archivedRunFileSuffixes.contains(where: lower.hasSuffix) else { continue }
            let bytes: [UInt8]
            do { bytes = try archive.contents(of: name) } catch {
                skipped.append(error.description)
                continue
            }
            let inner = importFile(data: bytes, path: "\(path)/\(name)", athlete: athlete, options: options)
            if inner.notActivity {
                notActivities += 1
                continue
            }
            outcome.activities += inner.activities
            outcome.warnings += inner.warnings
            outcome.problems += inner.problems
            if let reason = inner.skippedReason { skipped.append(reason) }
        }
        outcome.warnings += skipped
        if notActivities > 0 {
            outcome.warnings.append("\(path): \(notActivities) FIT \(notActivities == 1 ? "file is" : "files are") not an activity "
                + "(settings, monitoring, weight, …); not read")
        }
        if outcome.activities.isEmpty {
            outcome.skippedReason = skipped.first ?? "\(path): the archive holds no activity (.fit, .csv or .gpx file)"
        }
        return outcome
    }
}
