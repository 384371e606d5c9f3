/// An input file shipped to activity-import as bytes (remote stages need no shared filesystem).
public struct RawFile: Sendable, Equatable {
    /// Path relative to the athlete folder; becomes the run id.
    public var path: String
    public var athlete: String
    public var data: [UInt8]

    public init(path: String, athlete: String, data: [UInt8]) {
        self.path = path
        self.athlete = athlete
        self.data = data
    }
}
