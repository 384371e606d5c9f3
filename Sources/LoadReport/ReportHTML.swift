import GaitModel
import InjuryScoring

/// report.html: one self-contained page per athlete (inline CSS and SVG, no script, no network),
/// worded as "pattern consistent with", never as a diagnosis (DOMAIN.md). Sections: header, now,
/// charts, kinematics (when present), flagged runs, data quality, method and sources, parameters.
enum ReportHTML {
    static func document(_ a: Assessment, units: DisplayUnits) -> String {
        var h = header(a)
        h += "<main>\n"
        h += now(a)
        h += charts(a, units: units)
        h += kinematics(a)
        h += flaggedRuns(a, units: units)
        h += shoes(a, units: units)
        h += dataQuality(a)
        h += method(a)
        h += parameters(a, units: units)
        h += "</main>\n"
        return HTMLPage.document(title: "Knee-load screening — \(a.athlete)", body: h)
    }

    // MARK: - Header

    static func header(_ a: Assessment) -> String {
        let e = HTMLText.escape
        let season = SeasonFacts(a)
        let devices = season.devices
        var h = """
        <header>
        <h1>Knee-load screening: \(e(a.athlete))</h1>
        <dl class="facts">
        <dt>Season</dt><dd>\(e(season.span))</dd>
        <dt>As of</dt><dd>\(e(a.asOf.isEmpty ? "no data" : a.asOf)) (the last data date)</dd>
        <dt>Data coverage</dt><dd>\(e(season.coverageText))</dd>
        <dt>Activities</dt><dd>\(a.runs.count) (\(season.runningRuns) running)\(a.duplicates.isEmpty ? "" : ", \(ChartLayout.count(a.duplicates.count, "duplicate recording")) not counted")</dd>
        <dt>Devices seen</dt><dd>\(e(devices.isEmpty ? "unknown" : devices.joined(separator: ", ")))</dd>
        <dt>Load units</dt><dd>\(e(season.loadUnitText))</dd>
        </dl>

        """
        if !a.notes.isEmpty {
            h += "<ul class=\"note\">\n" + a.notes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        return h + "</header>\n"
    }

    // MARK: - Now

    static func now(_ a: Assessment) -> String {
        let e = HTMLText.escape
        let weekLabel = a.weeks.last.map { " (week \(e($0.week)))" } ?? ""
        var h = "<section id=\"now\">\n<h2>Now\(weekLabel)</h2>\n"
        // The site is what tells the presentations apart (DOMAIN.md S2), so it opens the section.
        if !a.siteSummary.isEmpty {
            h += "<p class=\"site-summary\">\(e(a.siteSummary))</p>\n"
        }
        h += "<p>Each level counts the rules that fired in the last ISO week or in the 28 days before its Sunday: "
            + "0 points is none, 1 low, 2–3 moderate, 4 or more high. It says how far the data is "
            + "<em>consistent with</em> a pattern, not how likely an injury is. The presentation the data points to "
            + "first comes first: the highest level, at equal levels the one at a reported site. "
            + "\(e(NowSummary.sharedPrinciple))</p>\n<div class=\"presentations\">\n"
        for summary in NowSummary.all(a) {
            h += article(summary)
        }
        h += "</div>\n"
        h += ruleStatesTable(a)
        h += "<p class=\"disclaimer\">\(e(ReportRenderer.disclaimer))</p>\n"
        return h + "</section>\n"
    }

    static func article(_ s: NowSummary) -> String {
        let e = HTMLText.escape
        var h = "<article class=\"presentation at-\(s.level.rawValue)\(s.capped ? " capped" : "")\">\n<h3>\(e(s.presentation.title)) "
            + "<span class=\"\(ReportStyle.levelClass(s.level))\">\(s.level.rawValue)</span></h3>\n"
        // A cap changes nothing at 0 points; with points it is what the reader must see first.
        let showsCap = s.capped && s.points > 0
        if showsCap {
            h += "<p class=\"cap\">\(e(s.cappedText.prefix(1).uppercased() + s.cappedText.dropFirst())); "
                + "its firings stay listed below.</p>\n"
        }
        h += "<p>\(e(s.headline))</p>\n"
        h += "<p class=\"note\">\(ChartLayout.count(s.points, "point"))\(showsCap ? " before the cap" : "")"
            + (s.rules.isEmpty ? "" : " from \(e(s.rules.joined(separator: ", ")))") + ".</p>\n"
        if !s.reasons.isEmpty {
            h += "<h4>Reasons, the most points first</h4>\n<ul>\n"
                + s.reasons.prefix(s.shownReasons).map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
            if s.reasons.count > s.shownReasons {
                h += "<details><summary>\(ChartLayout.count(s.reasons.count - s.shownReasons, "more reason"))</summary>\n<ul>\n"
                    + s.reasons.dropFirst(s.shownReasons).map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n</details>\n"
            }
        }
        if !s.advice.isEmpty || !s.avoid.isEmpty {
            h += "<div class=\"advice\">\n"
            if !s.advice.isEmpty {
                h += "<div><h4>Do</h4>\n<ul>\n" + s.advice.map { "<li>\(e($0))</li>\n" }.joined() + "</ul></div>\n"
            }
            if !s.avoid.isEmpty {
                h += "<div><h4>Don't</h4>\n<ul>\n" + s.avoid.map { "<li>\(e($0))</li>\n" }.joined() + "</ul></div>\n"
            }
            h += "</div>\n"
        }
        return h + "</article>\n"
    }

    /// Every rule's state in the latest week: what fired, what did not, and what lacked data.
    static func ruleStatesTable(_ a: Assessment) -> String {
        let e = HTMLText.escape
        guard let last = a.weeks.last, !last.rules.isEmpty else { return "" }
        let table = DataTable(
            caption: "Every rule in \(last.week)",
            columns: ["Rule", "State", "Value", "Threshold", "Baseline", "Note"], numeric: [2, 3, 4],
            rows: last.rules.map { r in
                [r.id + " " + RuleCatalog.info(r.id).title,
                 String(r.status.rawValue.map { $0 == "_" ? " " : $0 }),
                 ChartLayout.cell(r.value, 2), ChartLayout.cell(r.threshold, 2), ChartLayout.cell(r.baseline, 2), r.note]
            })
        let fired = last.rules.filter { $0.status == .fired }.count
        let missing = last.rules.filter { $0.status == .insufficientData }.count
        return "<details class=\"rule-states\"><summary>Every rule this week: \(fired) fired, "
            + "\(e(ChartLayout.count(missing, "rule"))) with insufficient data</summary>\n" + table.html + "</details>\n"
    }

    // MARK: - Charts

    static func charts(_ a: Assessment, units: DisplayUnits) -> String {
        var h = "<section id=\"charts\" class=\"new-page\">\n<h2>The season at a glance</h2>\n"
        h += "<p class=\"note\">Hatched areas mark days or weeks without data: unknown, not zero. Each chart's numbers "
            + "are in the table under it.</p>\n"
        let figures = [
            WeeklyDistanceChart.figure(a, units: units),
            LevelStripChart.figure(a),
            DailyLoadChart.figure(a),
            MonotonyStrainChart.figure(a),
            MatchedCadenceChart.figure(a),
            TerrainIntensityChart.figure(a),
        ]
        h += "<div class=\"figures\">\n" + figures.map(\.html).joined() + "</div>\n"
        return h + "</section>\n"
    }

    /// Lab/video kinematics (K1–K4), per side, only when the season had any.
    static func kinematics(_ a: Assessment) -> String {
        let e = HTMLText.escape
        let kRules = (a.weeks.last?.rules ?? []).filter { $0.id.hasPrefix("K") }
        let figure = KinematicsChart.figure(a)
        guard !a.kinematicsNotes.isEmpty || figure != nil || kRules.contains(where: { $0.status != .insufficientData })
        else { return "" }
        var h = "<section id=\"kinematics\">\n<h2>Kinematics (lab or video)</h2>\n"
            + "<p>2D joint angles vary 3–8° within a day and 9–14° between days (Damsted 2015): one session alone "
            + "never flags — a finding seen once is pending confirmation, shown with its values, until another session "
            + "shows it. Without a reference table (a param) sides are compared with each other and with the "
            + "runner's earlier sessions only.</p>\n"
        h += figure?.html ?? ""
        var rest = a.kinematicsNotes
        for (title, key) in [("Left side", "left"), ("Right side", "right")] {
            let notes = a.kinematicsNotes.filter { $0.lowercased().contains(key) }
            guard !notes.isEmpty else { continue }
            rest.removeAll { notes.contains($0) }
            h += "<h3>\(title)</h3>\n<ul>\n" + notes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !rest.isEmpty {
            h += "<h3>Sessions</h3>\n<ul>\n" + rest.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        // A finding seen in one session is pending, with its values: one row per finding and the
        // consecutive weeks it stayed pending (issue 15: a finding seen once must not read as normal).
        var pending: [(rule: RuleState, first: String, last: String, weeks: Int)] = []
        for week in a.weeks {
            for rule in week.rules where rule.id.hasPrefix("K") && rule.status == .pendingConfirmation {
                if let i = pending.lastIndex(where: { $0.rule.id == rule.id }), pending[i].rule == rule {
                    pending[i].last = week.week
                    pending[i].weeks += 1
                } else {
                    pending.append((rule, week.week, week.week, 1))
                }
            }
        }
        if !pending.isEmpty {
            h += DataTable(caption: "Findings pending confirmation (seen in one session; another session confirms or clears them)",
                           columns: ["Rule", "Weeks", "Value (°)", "Threshold (°)", "Baseline (°)", "Finding"],
                           numeric: [2, 3, 4],
                           rows: pending.map { p in
                               [p.rule.id, p.first == p.last ? p.first : "\(p.first) – \(p.last) (\(p.weeks) weeks)",
                                ChartLayout.cell(p.rule.value, 1), ChartLayout.cell(p.rule.threshold, 1),
                                ChartLayout.cell(p.rule.baseline, 1), p.rule.note]
                           }).html
        }
        if !kRules.isEmpty {
            h += DataTable(caption: "K rules in the latest week", columns: ["Rule", "State", "Value (°)", "Threshold (°)",
                                                                             "Baseline (°)", "Note"],
                           numeric: [2, 3, 4],
                           rows: kRules.map { [$0.id, $0.status.rawValue, ChartLayout.cell($0.value, 1),
                                               ChartLayout.cell($0.threshold, 1), ChartLayout.cell($0.baseline, 1), $0.note] }).html
        }
        return h + "</section>\n"
    }

    // MARK: - Flagged runs

    static func flaggedRuns(_ a: Assessment, units: DisplayUnits) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"flagged-runs\" class=\"new-page\">\n<h2>Flagged runs and weeks</h2>\n"
        guard !a.firedRules.isEmpty else {
            return h + "<p>No rule fired in this season.</p>\n</section>\n"
        }
        let streaks = FiringStreak.group(a.firedRules)
        h += "<p>One line per rule (and band) and streak of consecutive ISO weeks in which it fired, with the streak's "
            + "first and last date and its strongest firing: value, the threshold it passed, the runner's own baseline "
            + "and the source (study designs are in the method table below). Every single firing is in report.json "
            + "(<code>fired_rules</code>) and weeks.csv. PFP = patellofemoral pain, ITBS = iliotibial band syndrome, "
            + "PT = patellar tendinopathy; a firing without one is context only.</p>\n"
        let caption = "\(ChartLayout.count(a.firedRules.count, "firing")) in \(ChartLayout.count(streaks.count, "streak"))"
        h += "<div class=\"scroll\"><table class=\"firings\">\n<caption>\(e(caption))</caption>\n<thead><tr>"
            + "<th scope=\"col\">Rule</th><th scope=\"col\">Weeks</th>"
            + "<th scope=\"col\" class=\"num\">Strongest</th><th scope=\"col\" class=\"num\">Threshold</th>"
            + "<th scope=\"col\" class=\"num\">Baseline</th></tr></thead>\n"
        for streak in streaks {
            guard let top = streak.strongest else { continue }
            let f = FiredRuleFormat(top, units: units)
            let dates = streak.firstDate == streak.lastDate ? streak.firstDate : "\(streak.firstDate) – \(streak.lastDate)"
            let strongestOn = top.date + (top.runID.isEmpty ? "" : ", \(top.runID)")
            h += "<tbody><tr><th scope=\"row\">\(e(streak.rule))</th>"
                + "<td class=\"nowrap\">\(e(streak.span))</td>"
                + "<td class=\"num\">\(e(f.value))</td><td class=\"num\">\(e(f.threshold))</td>"
                + "<td class=\"num\">\(e(f.baseline))</td></tr>\n"
                + "<tr class=\"detail\"><td colspan=\"5\">"
                + (streak.firings.count > 1
                    ? "\(e(dates)), \(ChartLayout.count(streak.firings.count, "firing")); the strongest, \(e(strongestOn)): "
                    : "\(e(strongestOn)): ")
                + "\(e(top.detail)). "
                + (top.presentations.isEmpty ? "Context only" : "Counts for \(e(top.presentations.map(Self.abbreviation).joined(separator: ", ")))")
                + ". Source: \(e(top.source)).</td></tr></tbody>\n"
        }
        return h + "</table></div>\n</section>\n"
    }

    static func abbreviation(_ p: Presentation) -> String {
        switch p {
        case .pfp: "PFP"
        case .itbs: "ITBS"
        case .patellarTendinopathy: "PT"
        }
    }

    // MARK: - Data quality

    /// Running distance per shoe, when a bulk export names the gear (Strava's `Activity Gear`);
    /// nothing when no run names one.
    static func shoes(_ a: Assessment, units: DisplayUnits) -> String {
        let runs = a.runs.filter { $0.sport == "running" && !$0.distanceM.isNaN }
        guard runs.contains(where: { !$0.gear.isEmpty }) else { return "" }
        var perShoe: [String: (km: Double, runs: Int, last: Int64)] = [:]
        for r in runs {
            let shoe = r.gear.isEmpty ? "(none named)" : r.gear
            let sum = perShoe[shoe, default: (0, 0, 0)]
            perShoe[shoe] = (sum.km + r.distanceM / 1000, sum.runs + 1, max(sum.last, r.startTime))
        }
        let rows = perShoe.sorted { ($0.value.km, $1.key) > ($1.value.km, $0.key) }.map { shoe, sum in
            [shoe, units.text(km: sum.km), String(sum.runs), CalendarDay.date(CalendarDay.dayNumber(sum.last))]
        }
        return "<section id=\"shoes\">\n<h2>Distance per shoe</h2>\n"
            + DataTable(caption: "Running distance this season by the gear the export names", columns: ["Shoe", "Distance", "Runs", "Last run"],
                        numeric: [1, 2], rows: rows).html
            + "</section>\n"
    }

    static func dataQuality(_ a: Assessment) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"data-quality\">\n<h2>Data quality, duplicates and skipped inputs</h2>\n"
        h += "<p>\(e(SeasonFacts(a).coverageText))</p>\n"
        let profileNotes = Array(Set(a.runs.flatMap(\.profileNotes))).sorted()
        if !profileNotes.isEmpty {
            h += "<p>Profile values used:</p>\n<ul>\n" + profileNotes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        h += "<p>\(e(RunQuality.summary(a.runs)))</p>\n"
        let issues = a.runs.filter(RunQuality.hasIssue)
        if issues.isEmpty {
            h += "<p>No run had recording gaps, missing heart rate or more than 1 % of its samples lost or removed.</p>\n"
        } else {
            h += DataTable(caption: "\(ChartLayout.count(issues.count, "run")) with a data-quality remark",
                           columns: ["Run", "Samples", "Recorded time", "Heart rate", "GPS dropouts", "Cadence zeros",
                                     "Removed values", "Warnings"],
                           numeric: [1, 2, 3, 4, 5, 6],
                           rows: issues.map { r in
                               [r.runID, String(r.quality.samples), FixedDecimal.string(r.quality.coverage * 100, 0) + " %",
                                FixedDecimal.string(r.quality.heartRateCoverage * 100, 0) + " %", String(r.quality.gpsDropouts),
                                String(r.quality.cadenceZeros), String(r.quality.implausibleRemoved),
                                r.warnings.joined(separator: "; ")]
                           }).html
        }
        h += "<h3>Duplicates</h3>\n"
        if a.duplicates.isEmpty {
            h += "<p>No recordings overlapped by more than 50 % in time.</p>\n"
        } else {
            h += DataTable(caption: "Recordings not counted (they overlap a kept one by more than 50 %)",
                           columns: ["Not counted", "Kept", "Overlap", "Why"], numeric: [2],
                           rows: a.duplicates.map { [$0.runID, $0.keptRunID, FixedDecimal.string($0.overlap * 100, 0) + " %", $0.reason] }).html
        }
        h += "<h3>Skipped inputs</h3>\n"
        if a.skipped.isEmpty {
            h += "<p>No input was skipped.</p>\n"
        } else {
            h += DataTable(caption: "Inputs that were not used, and why", columns: ["Input", "Stage", "Reason"],
                           rows: a.skipped.map { [$0.path, $0.stage, $0.reason] }).html
        }
        return h + "</section>\n"
    }

    // MARK: - Method, sources, parameters

    static func method(_ a: Assessment) -> String {
        let e = HTMLText.escape
        var h = "<section id=\"method\">\n<h2>Method and sources</h2>\n"
        h += "<p>Each presentation gets points from the rules that fired; 0 points is none, 1 low, 2–3 moderate, "
            + "4 or more high. A week counts every rule that fired in that ISO week or in the 28 days before its "
            + "Sunday. A rule whose data is missing reports insufficient data — never 0 — and adds no points, so a "
            + "level can be lower than a complete record would give, never higher. Evidence for prediction is weak "
            + "(small prospective cohorts, retrospective designs), hence \"pattern consistent with\".</p>\n"
        let stateCounts = Dictionary(grouping: a.weeks.flatMap(\.rules), by: \.id)
        let rows = RuleCatalog.rules.map { rule -> [String] in
            let states = stateCounts[rule.id] ?? []
            let season: String
            if states.isEmpty {
                season = "not evaluated"
            } else {
                let fired = states.filter { $0.status == .fired }.count
                let missing = states.filter { $0.status == .insufficientData }.count
                let pending = states.filter { $0.status == .pendingConfirmation }.count
                season = "fired in \(ChartLayout.count(fired, "week")); insufficient data in \(missing)"
                    + (pending > 0 ? "; pending confirmation in \(pending)" : "")
            }
            return ["\(rule.id) \(rule.title)", RulePoints.countsFor[rule.id] ?? (rule.scored ? "" : "no points"),
                    "\(rule.source) — \(rule.design)", season]
        }
        h += DataTable(caption: "The rules and how they went this season",
                       columns: ["Rule", "Counts for", "Source and design", "This season"], rows: rows).html
        h += "<p>Definitions: the 4-week mean is the mean over the 4 ISO weeks before the assessed one, weeks without "
            + "coverage dropped (fewer than 2 left is insufficient data). A day without activity inside a gap of up to "
            + "6 days is a rest day (load 0); longer gaps are untracked unless listed as rest days. Recordings that "
            + "overlap by more than 50 % are one run. Chronic metrics need 28 days of coverage.</p>\n"
        return h + "<p>\(e(ReportRenderer.disclaimer))</p>\n</section>\n"
    }

    static func parameters(_ a: Assessment, units: DisplayUnits) -> String {
        var rows = a.parameters.map { [$0.name, $0.value] }
        rows.append(["units (load-report)", units.rawValue])
        let baseline = a.baseline
        rows.append(["reference speed (G1/G2)", baseline.referenceSpeedMPS.map { FixedDecimal.string($0, 2) + " m/s" } ?? "—"])
        rows.append(["cadence regression", regression(baseline.cadenceIntercept, baseline.cadenceSlope, places: 1)])
        rows.append(["step-length regression", regression(baseline.stepLengthIntercept, baseline.stepLengthSlope, places: 3)])
        rows.append(["runs in the regressions", String(baseline.runsUsed)])
        return "<section id=\"parameters\">\n<h2>Parameters used</h2>\n"
            + DataTable(caption: "Stage parameters and the season baseline", columns: ["Parameter", "Value"], rows: rows).html
            + "</section>\n"
    }

    static func regression(_ intercept: Double?, _ slope: Double?, places: Int) -> String {
        guard let intercept, let slope else { return "not fitted" }
        return "\(FixedDecimal.string(intercept, places)) + \(FixedDecimal.string(slope, places)) × speed (m/s)"
    }
}
