import GaitModel

/// report.html: one self-contained page per athlete (inline CSS and SVG, no script, no network),
/// worded as "pattern consistent with", never as a diagnosis (DOMAIN.md).
enum ReportHTML {
    static func document(_ a: Assessment, units: DisplayUnits) -> String {
        let e = HTMLText.escape
        var h = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Knee-load screening — \(e(a.athlete))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>

        """
        h += header(a)
        h += "<main>\n"
        h += now(a)
        h += weeklyDistance(a, units: units)
        h += levelStrip(a)
        h += flaggedRuns(a, units: units)
        h += dataQuality(a)
        h += method()
        h += "</main>\n"
        h += "<footer><p class=\"disclaimer\">\(e(ReportRenderer.disclaimer))</p></footer>\n</body>\n</html>\n"
        return h
    }

    // MARK: - Sections

    static func header(_ a: Assessment) -> String {
        let e = HTMLText.escape
        let days = a.runs.map { CalendarDay.dayNumber($0.startTime) }
        let span: String
        let coverage: String
        if let first = days.min(), let last = days.max() {
            span = "\(CalendarDay.date(first)) to \(CalendarDay.date(last))"
            let spanned = last - first + 1
            let covered = Set(days).count
            coverage = "\(covered) of \(spanned) days have a recorded activity, over \(a.weeks.count) ISO weeks. "
                + "Days without a recording are unknown, not rest."
        } else {
            span = "no activities"
            coverage = "no recorded activities"
        }
        let devices = Set(a.runs.map(\.device).filter { !$0.isEmpty }).sorted()
        let running = a.runs.filter { $0.sport == "running" }.count
        return """
        <header>
        <h1>Knee-load screening: \(e(a.athlete))</h1>
        <dl class="facts">
        <dt>Season</dt><dd>\(e(span))</dd>
        <dt>As of</dt><dd>\(e(a.asOf.isEmpty ? "no data" : a.asOf)) (the last recorded activity)</dd>
        <dt>Data coverage</dt><dd>\(e(coverage))</dd>
        <dt>Activities</dt><dd>\(a.runs.count) (\(running) running)</dd>
        <dt>Devices seen</dt><dd>\(e(devices.isEmpty ? "unknown" : devices.joined(separator: ", ")))</dd>
        </dl>
        </header>

        """
    }

    static func now(_ a: Assessment) -> String {
        let e = HTMLText.escape
        let weekLabel = a.weeks.last.map { " (week \(e($0.week)))" } ?? ""
        var h = "<section id=\"now\">\n<h2>Now\(weekLabel)</h2>\n"
        h += "<p>Each level counts the rules that fired in the last ISO week or in the 28 days before its Sunday. "
            + "\(e(PresentationAdvice.sharedPrinciple))</p>\n"
        for level in CurrentLevel.all(a) {
            let advice = PresentationAdvice.of(level.presentation)
            let title = level.presentation.title
            h += "<article class=\"presentation\">\n<h3>\(e(title)) "
                + "<span class=\"\(ReportStyle.levelClass(level.level))\">\(level.level.rawValue)</span></h3>\n"
            if level.level == .none {
                h += "<p>No pattern consistent with \(e(title.lowercased())) from the rules computed so far "
                    + "(0 points).</p>\n"
            } else {
                h += "<p>Pattern consistent with \(e(title.lowercased())) — level \(level.level.rawValue), "
                    + "\(level.points) point\(level.points == 1 ? "" : "s") from \(e(level.rules.joined(separator: ", "))). "
                    + "Typical picture: \(e(advice.pattern)).</p>\n"
                if !level.reasons.isEmpty {
                    h += "<ul>\n" + level.reasons.map { r in
                        "<li>\(e(r.id)) on \(e(r.date)), run \(e(r.runID)): \(e(r.detail)) — \(e(r.source))</li>\n"
                    }.joined() + "</ul>\n"
                }
            }
            let open = level.level == .none ? "" : " open"
            h += "<details\(open)><summary>What helps and what to avoid</summary>\n<p>Do:</p>\n<ul>\n"
                + advice.dos.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n<p>Don't:</p>\n<ul>\n"
                + advice.donts.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n</details>\n</article>\n"
        }
        return h + "</section>\n"
    }

    static func weeklyDistance(_ a: Assessment, units: DisplayUnits) -> String {
        let e = HTMLText.escape
        let spikesByWeek = l1FiringsByWeek(a)
        var h = "<section id=\"weekly-distance\">\n<h2>Weekly running distance</h2>\n<figure>\n<div class=\"scroll\">\n"
        h += WeeklyDistanceChart.svg(weeks: a.weeks, spikeWeeks: Set(spikesByWeek.keys), units: units)
        h += "\n</div>\n<figcaption>\(e(WeeklyDistanceChart.description(weeks: a.weeks, spikeWeeks: Set(spikesByWeek.keys), units: units)))</figcaption>\n</figure>\n"
        h += "<div class=\"scroll\"><table>\n<caption>Weekly distance in numbers</caption>\n"
            + "<thead><tr><th>Week</th><th>Starts</th><th class=\"num\">Distance (\(units.rawValue))</th>"
            + "<th class=\"num\">Runs</th><th class=\"num\">Days recorded</th><th class=\"num\">L1 spikes</th></tr></thead>\n<tbody>\n"
        for w in a.weeks {
            h += "<tr><td>\(e(w.week))</td><td>\(e(w.weekStart))</td>"
                + "<td class=\"num\">\(FixedDecimal.string(units.fromKm(w.distanceKm), 1))</td>"
                + "<td class=\"num\">\(w.runs)</td><td class=\"num\">\(w.coverageDays)</td>"
                + "<td class=\"num\">\(spikesByWeek[w.week] ?? 0)</td></tr>\n"
        }
        return h + "</tbody>\n</table></div>\n</section>\n"
    }

    static func levelStrip(_ a: Assessment) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"levels-by-week\">\n<h2>Level by week</h2>\n"
            + "<p>n = none, L = low, M = moderate, H = high. Hover or read the table cell titles for points and rules.</p>\n"
            + "<div class=\"scroll\"><table class=\"strip\">\n<thead><tr><th>Presentation</th>"
        h += a.weeks.map { "<th scope=\"col\" title=\"\(e($0.week))\">\(e(String($0.week.suffix(2))))</th>" }.joined()
        h += "</tr></thead>\n<tbody>\n"
        for p in Presentation.allCases {
            h += "<tr><th scope=\"row\">\(e(p.title))</th>"
            for w in a.weeks {
                let s = w.score(p)
                let level = s?.level ?? .none
                let rules = (s?.rules ?? []).joined(separator: ", ")
                let points = s?.points ?? 0
                let tip = "\(w.week): \(level.rawValue), \(points) point\(points == 1 ? "" : "s")" + (rules.isEmpty ? "" : " (\(rules))")
                h += "<td class=\"\(ReportStyle.levelClass(level))\" title=\"\(e(tip))\">\(letter(level))</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody>\n</table></div>\n</section>\n"
    }

    static func flaggedRuns(_ a: Assessment, units: DisplayUnits) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"flagged-runs\">\n<h2>Flagged runs</h2>\n"
        guard !a.firedRules.isEmpty else {
            return h + "<p>No rule fired on any run.</p>\n</section>\n"
        }
        h += "<div class=\"scroll\"><table>\n<thead><tr><th>Date</th><th>Run</th><th>Rule</th><th>Band</th>"
            + "<th class=\"num\">Value</th><th class=\"num\">Threshold</th><th class=\"num\">Baseline</th>"
            + "<th>Source</th><th>Detail</th></tr></thead>\n<tbody>\n"
        for r in a.firedRules {
            h += "<tr><td>\(e(r.date))</td><td>\(e(r.runID))</td><td>\(e(r.id))</td><td>\(e(r.band))</td>"
                + "<td class=\"num\">\(FixedDecimal.string(r.value, 2))×</td>"
                + "<td class=\"num\">&gt;\(FixedDecimal.string(r.threshold, 2))×</td>"
                + "<td class=\"num\">\(e(units.text(km: r.baseline / 1000)))</td>"
                + "<td>\(e(r.source))</td><td>\(e(r.detail))</td></tr>\n"
        }
        return h + "</tbody>\n</table></div>\n</section>\n"
    }

    static func dataQuality(_ a: Assessment) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"data-quality\">\n<h2>Skipped inputs and data quality</h2>\n"
        if a.skipped.isEmpty {
            h += "<p>No input was skipped.</p>\n"
        } else {
            h += "<div class=\"scroll\"><table>\n<thead><tr><th>Input</th><th>Stage</th><th>Reason</th></tr></thead>\n<tbody>\n"
            for s in a.skipped {
                h += "<tr><td>\(e(s.path))</td><td>\(e(s.stage))</td><td>\(e(s.reason))</td></tr>\n"
            }
            h += "</tbody>\n</table></div>\n"
        }
        let warnings = a.runs.flatMap { r in r.warnings.map { (r.runID, $0) } }
        if !warnings.isEmpty {
            h += "<p>Import warnings:</p>\n<ul>\n"
                + warnings.map { "<li>\(e($0.0)): \(e($0.1))</li>\n" }.joined() + "</ul>\n"
        }
        return h + "</section>\n"
    }

    static func method() -> String {
        """
        <section id="method">
        <h2>Method and sources</h2>
        <p>Each presentation gets points from the rules that fired; 0 points is none, 1 low, 2–3 moderate,
        4 or more high. A week counts every rule that fired in that ISO week or in the 28 days before its
        Sunday, each rule once per presentation. The level is a pattern-consistency level, not an injury
        probability.</p>
        <h3>Computed</h3>
        <ul>
        <li><strong>L1 session spike</strong>: a run's distance ÷ the longest run that started in the
        30 days before it (earlier runs the same day included). Above 1.10 is small, above 1.30 moderate,
        above 2.0 large (study values; the scoring stage's parameters may change them — each flagged run shows the
        threshold used). Without an earlier run in that window the rule reports insufficient data.
        Source: Frandsen 2025, BJSM — prospective cohort, 5,205 runners (adjusted hazard 1.64 for >1.10–1.30,
        1.52 for >1.30–2.0, 2.28 for >2.0).
        Counts +1 for patellofemoral pain and patellar tendinopathy when moderate or large, and +1 for
        iliotibial band syndrome when at least small on a long run (at or above the 75th percentile of the
        previous 30 days' run distances, linear interpolation).</li>
        </ul>
        <h3>Not computed yet</h3>
        <p>Weekly progression (L2), acute:chronic ratio (L3), monotony and strain (L4), fitness/fatigue (L5),
        TRIMP (L6), cadence and step length at matched speed (G1, G2), asymmetry (G3), descent load (D1),
        high-intensity volume (D2), kinematics (K1–K4) and symptom monitoring (S1) are not computed in this
        version. They add no points: a level here can only be lower than a full assessment's, never higher.</p>
        </section>

        """
    }

    // MARK: - Helpers

    /// Number of L1 firings per ISO week of the firing date.
    static func l1FiringsByWeek(_ a: Assessment) -> [String: Int] {
        var out: [String: Int] = [:]
        for r in a.firedRules where r.id == "L1" {
            guard let day = CalendarDay.parseDate(r.date) else { continue }
            out[CalendarDay.isoWeek(day), default: 0] += 1
        }
        return out
    }

    static func letter(_ level: Level) -> String {
        switch level {
        case .none: "n"
        case .low: "L"
        case .moderate: "M"
        case .high: "H"
        }
    }
}
