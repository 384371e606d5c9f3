import GaitModel

/// L1 firings per ISO week of the firing date, with the largest band of the week.
struct SpikeWeeks {
    var byWeek: [String: (count: Int, band: String)] = [:]

    static let bandOrder = ["small", "moderate", "large"]

    init(_ a: Assessment) {
        for r in a.firedRules where r.id == "L1" {
            guard let day = CalendarDay.parseDate(r.date) else { continue }
            let week = CalendarDay.isoWeek(day)
            let old = byWeek[week]
            let band = [old?.band ?? "", r.band].max { Self.rank($0) < Self.rank($1) } ?? r.band
            byWeek[week] = ((old?.count ?? 0) + 1, band)
        }
    }

    private static func rank(_ band: String) -> Int { bandOrder.firstIndex(of: band) ?? -1 }
}
