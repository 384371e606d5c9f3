public import GaitModel

/// The result of importing one run file: activities (possibly several for a multisport file),
/// file-level warnings, or a reason to skip the file altogether.
public struct ImportOutcome: Sendable {
    public var activities: [Activity]
    /// File-level problems that did not stop the import (each activity also carries its own).
    public var warnings: [String]
    /// Non-nil when the input is skipped; names the file and, where relevant, the byte offset or line.
    public var skippedReason: String?
    /// The warnings that say the file itself is damaged (truncated, CRC mismatch, corrupt data):
    /// the activities were salvaged from it. The stage reports them as problems, not notes.
    public var problems: [String] = []
    /// A FIT file of another type than activity (settings, monitoring, weight): skipped quietly
    /// inside an archive (a Garmin Connect export holds many), counted in one note.
    public var notActivity = false

    public init(activities: [Activity] = [], warnings: [String] = [], skippedReason: String? = nil) {
        self.activities = activities
        self.warnings = warnings
        self.skippedReason = skippedReason
    }

    static func skipped(_ reason: String, warnings: [String] = []) -> ImportOutcome {
        ImportOutcome(warnings: warnings, skippedReason: reason)
    }
}
