/// Stage params and athlete settings that change how files import.
public struct ImportOptions: Sendable {
    /// A FIT file CRC mismatch is an error (the file is skipped) instead of a warning.
    public var strictCRC: Bool
    /// Generic CSV: extra header → canonical column names (the `csv_columns` param), normalized as
    /// headers are (lower case, spaces as `_`, no unit).
    public var columnAliases: [String: String]
    /// The zone of CSV times written without one (athlete.yaml `timezone`; default UTC).
    public var timeZone: AthleteTimeZone

    public init(strictCRC: Bool = false, columnAliases: [String: String] = [:], timeZone: AthleteTimeZone = .utc) {
        self.strictCRC = strictCRC
        self.columnAliases = columnAliases
        self.timeZone = timeZone
    }

    /// The column names `csv_columns` may map to: the canonical columns and their aliases.
    public static var csvColumnTargets: [String] { GenericCSVColumns.names.keys.sorted() }

    /// What `gaitpipe validate` checks `csv_columns` against: empty, or `HEADER=column` pairs
    /// separated by commas, each column one of `csvColumnTargets` (any case).
    public static var csvColumnsPattern: String {
        let targets = csvColumnTargets.joined(separator: "|")
        let pair = #"\s*[^=,]*[^=,\s][^=,]*=\s*(?i:"# + targets + #")\s*"#
        return "(" + pair + "(," + pair + ")*)?"
    }

    /// Parses `csv_columns` (`Herzfrequenz=heart_rate, Zeit=timestamp`) into `columnAliases`; the
    /// error names the pair and lists the columns it may map to.
    public static func csvColumns(_ text: String) -> Result<[String: String], CSVColumnsError> {
        var aliases: [String: String] = [:]
        guard !text.allSatisfy(\.isWhitespace) else { return .success(aliases) }
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let header = parts.first.map { GenericCSVColumns.normalized(String($0)).name } ?? ""
            let target = parts.count == 2 ? String(parts[1]).trimmingSpaces.lowercased() : ""
            guard parts.count == 2, !header.isEmpty else {
                return .failure(CSVColumnsError(description: "csv_columns: '\(String(pair).trimmingSpaces)' is not HEADER=column (e.g. Herzfrequenz=heart_rate)"))
            }
            guard GenericCSVColumns.names[target] != nil else {
                return .failure(CSVColumnsError(description: "csv_columns: '\(target)' in '\(String(pair).trimmingSpaces)' is not a column; use one of "
                    + csvColumnTargets.joined(separator: ", ")))
            }
            aliases[header] = target
        }
        return .success(aliases)
    }
}

/// A `csv_columns` value that is not `HEADER=column,…`.
public struct CSVColumnsError: Error, Sendable, CustomStringConvertible {
    public var description: String
}
