import GaitModel

/// Turns the bytes of a run file into Activities: `.fit` (FIT protocol) or `.csv` (generic per-second
/// export, see `importCSV`). Never throws: a file it cannot use comes back with `skippedReason`.
public enum ActivityImporter {
    /// Imports one run file. `path` is relative to the athlete folder and becomes `Activity.runID`.
    public static func importFile(data: [UInt8], path: String, athlete: String) -> ImportOutcome {
        var name = path.lowercased()
        if name.hasSuffix(".gz") {
            // The runner decompresses `.gz` inputs before import; bytes still gzipped cannot be read here.
            guard !(data.count >= 2 && data[0] == 0x1F && data[1] == 0x8B) else {
                return .skipped("\(path): still gzip-compressed; decompress it before import")
            }
            name.removeLast(3)
        }
        if name.hasSuffix(".fit") { return importFIT(data: data, path: path, athlete: athlete) }
        if name.hasSuffix(".csv") { return importCSV(data: data, path: path, athlete: athlete) }
        return .skipped("\(path): unsupported file type (expected .fit or .csv)")
    }
}
