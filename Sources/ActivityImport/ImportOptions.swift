/// Stage params that change how files import.
public struct ImportOptions: Sendable {
    /// A FIT file CRC mismatch is an error (the file is skipped) instead of a warning.
    public var strictCRC: Bool
    /// Generic CSV: extra header → canonical column names (the `csv_columns` param), lower case.
    public var columnAliases: [String: String]
    /// Seconds east of UTC for CSV times without a zone (athlete.yaml `timezone`; default UTC).
    public var utcOffsetSeconds: Int64

    public init(strictCRC: Bool = false, columnAliases: [String: String] = [:], utcOffsetSeconds: Int64 = 0) {
        self.strictCRC = strictCRC
        self.columnAliases = columnAliases
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}
