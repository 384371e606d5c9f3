/// FIT timestamps count seconds since 1989-12-31T00:00:00Z (FIT SDK `date_time`).
public enum FITEpoch {
    /// Unix time of the FIT epoch.
    public static let unixOffset: Int64 = 631_065_600

    public static func unix(fromFIT seconds: Int64) -> Int64 { seconds + unixOffset }
    public static func fit(fromUnix seconds: Int64) -> Int64 { seconds - unixOffset }
}
