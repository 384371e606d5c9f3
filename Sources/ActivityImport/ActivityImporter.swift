import GaitModel

/// Turns the bytes of a run file into Activities: `.fit` (FIT protocol), `.csv` (FitCSVTool,
/// generic per-sample, or fitparse records), `.gpx` or `.tcx`, each possibly `.gz`-compressed or inside a `.zip`.
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

    /// Every `.fit`/`.csv` (also `.gz`) inside; run ids are `archive.zip/inner-path`.
    private static func importZip(data: [UInt8], path: String, athlete: String, options: ImportOptions) -> ImportOutcome {
        let entries: [(name: String, data: [UInt8])]
        do { entries = try Decompression.unzip(data, path: path) } catch { return .skipped(error.description) }
        var outcome = ImportOutcome()
        var skipped: [String] = []
        for entry in entries {
            let lower = entry.name.lowercased()
            guard [".fit", ".csv", ".gpx", ".tcx", ".fit.gz", ".csv.gz", ".gpx.gz", ".tcx.gz"].contains(where: lower.hasSuffix) else { continue }
            let inner = importFile(data: entry.data, path: "\(path)/\(entry.name)", athlete: athlete, options: options)
            outcome.activities += inner.activities
            outcome.warnings += inner.warnings
            outcome.problems += inner.problems
            if let reason = inner.skippedReason { skipped.append(reason) }
        }
        outcome.warnings += skipped
        if outcome.activities.isEmpty {
            outcome.skippedReason = skipped.first ?? "\(path): the archive holds no .fit or .csv file"
        }
        return outcome
    }
}
