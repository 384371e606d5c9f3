/// UTC calendar arithmetic on Unix seconds: days, ISO weeks and ISO-8601 strings, without
/// Foundation's Calendar (deterministic and allocation-free).
public enum CalendarDay {
    /// Days since 1970-01-01 (UTC) of a Unix time.
    public static func dayNumber(_ unix: Int64) -> Int64 {
        unix >= 0 ? unix / 86_400 : (unix - 86_399) / 86_400
    }

    /// (year, month, day) of a day number (Howard Hinnant's civil_from_days).
    public static func civil(_ dayNumber: Int64) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }

    /// Day number of a civil date (days_from_civil).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64(month > 2 ? month - 3 : month + 9)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    public static func isoWeekday(_ dayNumber: Int64) -> Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return Int(w < 0 ? w + 7 : w) + 1
    }

    /// Day number of the Monday of the ISO week containing `dayNumber`.
    public static func weekStart(_ dayNumber: Int64) -> Int64 {
        dayNumber - Int64(isoWeekday(dayNumber) - 1)
    }

    /// ISO week label `YYYY-Www` (the ISO year is the year of the week's Thursday).
    public static func isoWeek(_ dayNumber: Int64) -> String {
        let thursday = weekStart(dayNumber) + 3
        let year = civil(thursday).year
        let firstThursday = weekStart(CalendarDay.dayNumber(year: year, month: 1, day: 4)) + 3
        let week = (thursday - firstThursday) / 7 + 1
        return "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// `YYYY-MM-DD`.
    public static func date(_ dayNumber: Int64) -> String {
        let c = civil(dayNumber)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    /// ISO-8601 UTC with `Z`: `YYYY-MM-DDThh:mm:ssZ`.
    public static func timestamp(_ unix: Int64) -> String {
        let day = dayNumber(unix)
        let s = unix - day * 86_400
        return "\(date(day))T\(pad(Int(s / 3600), 2)):\(pad(Int(s / 60 % 60), 2)):\(pad(Int(s % 60), 2))Z"
    }

    /// Parses `YYYY-MM-DD`; nil when malformed.
    public static func parseDate(_ text: String) -> Int64? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
              let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return dayNumber(year: y, month: m, day: d)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
