/// FIT timestamps count seconds since 1989-12-31T00:00:00Z (FIT SDK `date_time`).
public enum FITEpoch {
    /// Unix time of the FIT epoch.
    public static let unixOffset: Int64 = 631_065_600
    /// FIT `date_time` values below this are seconds since the device powered on, not since the epoch.
    public static let minimumAbsolute: Int64 = 0x1000_0000

    public static func unix(fromFIT seconds: Int64) -> Int64 { seconds + unixOffset }
    public static func fit(fromUnix seconds: Int64) -> Int64 { seconds - unixOffset }

    /// `YYYY-MM-DDThh:mm:ssZ` of Unix seconds (proleptic Gregorian, UTC), without Foundation.
    public static func iso8601(unix: Int64) -> String {
        let (year, month, day, seconds) = civil(unix: unix)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + two(month) + "-" + two(day)
            + "T" + two(seconds / 3600) + ":" + two(seconds % 3600 / 60) + ":" + two(seconds % 60) + "Z"
    }

    /// Year, month, day and seconds into the day of Unix seconds (Howard Hinnant's civil-from-days).
    @inline(__always)
    static func civil(unix: Int64) -> (year: Int64, month: Int64, day: Int64, seconds: Int64) {
        let days = unix >= 0 ? unix / 86_400 : (unix - 86_399) / 86_400
        let seconds = unix - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day, seconds)
    }
}
