import GaitModel

/// The date of a kinematics session from its file name (`kinematics/2026-03-10-treadmill.mot`),
/// as README's "named or dated by session" allows; lab exports carry no reliable date inside.
public enum SessionDate {
    /// Day number of the first valid `YYYY-MM-DD` in the last path component, or nil.
    public static func day(inFileName path: String) -> Int64? {
        let name = Array(path.split(separator: "/").last.map(String.init) ?? path)
        guard name.count >= 10 else { return nil }
        for start in 0...(name.count - 10) {
            let candidate = String(name[start..<start + 10])
            // A digit right before or after would make this part of a longer number.
            if start > 0, name[start - 1].isNumber { continue }
            if start + 10 < name.count, name[start + 10].isNumber { continue }
            if let day = CalendarDay.parseDate(candidate) { return day }
        }
        return nil
    }
}
