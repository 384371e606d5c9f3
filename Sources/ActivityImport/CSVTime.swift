/// Times in CSV cells: ISO-8601 (with `Z`, an offset, or none = the athlete's zone), Unix seconds,
/// FIT seconds (`timestamp[fit]`, or values below 0x10000000, which only FIT's relative times use),
/// and Java `Date.toString()` (`Sun Jun 11 07:34:09 PDT 2017`, fitparse's dumps).
enum CSVTime {
    static let fitEpoch: Int64 = 631_065_600

    /// UTC seconds, and whether the text had no zone (so `zone` placed it).
    static func parse(_ text: String, zone: AthleteTimeZone, fitSeconds: Bool) -> (seconds: Int64, zoneless: Bool)? {
        if let seconds = Double(text), seconds.isFinite, abs(seconds) < 1e12 {
            let whole = Int64(seconds.rounded(.down))
            return (fitSeconds || whole < 0x1000_0000 ? whole + fitEpoch : whole, false)
        }
        return iso(text, zone: zone) ?? java(text).map { ($0, false) }
    }

    /// `M:SS` or decimal minutes.
    static func minutes(_ text: String) -> Double? {
        let parts = text.split(separator: ":")
        if parts.count == 2, let m = Double(parts[0]), let s = Double(parts[1]) { return m + s / 60 }
        return Double(text)
    }

    private static func digits(_ c: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.upperBound <= c.count else { return nil }
        var v = 0
        for i in range {
            guard (48...57).contains(c[i]) else { return nil }
            v = v * 10 + Int(c[i] - 48)
        }
        return v
    }

    static func days(year: Int, month: Int, day: Int) -> Int64? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func iso(_ text: String, zone: AthleteTimeZone) -> (seconds: Int64, zoneless: Bool)? {
        let c = Array(text.utf8)
        guard c.count >= 19, c[4] == 45, c[7] == 45, c[10] == 84 || c[10] == 32, c[13] == 58, c[16] == 58,
              let year = digits(c, 0..<4), let month = digits(c, 5..<7), let day = digits(c, 8..<10),
              let h = digits(c, 11..<13), let m = digits(c, 14..<16), let s = digits(c, 17..<19),
              h < 24, m < 60, s <= 60, let d = days(year: year, month: month, day: day) else { return nil }
        var i = 19
        if i < c.count, c[i] == 46 { i += 1; while i < c.count, (48...57).contains(c[i]) { i += 1 } }
        let wallClock = d * 86_400 + Int64(h * 3600 + m * 60 + s)
        guard i < c.count else { return (zone.utc(fromLocal: wallClock), true) }
        var offset: Int64 = 0
        if c[i] == 90, i == c.count - 1 { offset = 0 } else if c[i] == 43 || c[i] == 45, c.count - i == 6 || c.count - i == 5 {
            let colon = c.count - i == 6
            guard let oh = digits(c, (i + 1)..<(i + 3)), let om = digits(c, (i + (colon ? 4 : 3))..<c.count) else { return nil }
            offset = Int64(oh * 3600 + om * 60) * (c[i] == 45 ? -1 : 1)
        } else { return nil }
        return (wallClock - offset, false)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// North American and European zone abbreviations Java prints; hours from UTC.
    private static let zones: [String: Int64] = [
        "UTC": 0, "GMT": 0, "Z": 0, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6, "CST": -6, "CDT": -5, "EST": -5, "EDT": -4,
        "AKST": -9, "AKDT": -8, "HST": -10, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    ]

    /// `EEE MMM dd HH:mm:ss zzz yyyy`.
    private static func java(_ text: String) -> Int64? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, let month = months.firstIndex(of: parts[1].lowercased()), let day = Int(parts[2]),
              let year = Int(parts[5]), let zone = zones[String(parts[4]).uppercased()] else { return nil }
        let clock = parts[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, let d = days(year: year, month: month + 1, day: day) else { return nil }
        return d * 86_400 + Int64(clock[0] * 3600 + clock[1] * 60 + clock[2]) - zone * 3600
    }
}
