import Foundation
import GaitModel
import GaitWire
import InjuryScoring
@testable import LoadReport
import Testing

@Suite struct ReportRendererTests {
    static let params = ResolvedParams(specs: ReportRenderer.paramSpecs, given: [:])

    /// Three ISO weeks (2025-W02…W04): runs in the first two, nothing recorded in the third; loads,
    /// rule states and scores in week 2; days 14–20 untracked; the acute EWMA missing before day 7
    /// and on days 10–11.
    static func sample(athlete: String = "ana") -> Assessment {
        var b = AssessmentBuilder(athlete: athlete, weeks: 3)
        b.run("2025/a.fit", day: 0, km: 5, cadence: nil, matched: nil, stepMatched: nil)
        b.run("2025/b,long.fit", day: 2, km: 12)
        b.run("c.fit", day: 9, km: 8, matched: 164.2, stepMatched: 1.12)
        b.weekLoads(0, load: 204, monotony: nil, strain: nil)
        b.weekLoads(1, load: 96, monotony: 1.8, strain: 172.8, descent: 85, ascent: 80, intensity: 12, jumps: 1, cadence: 164.2)
        b.score(0, .itbs, points: 1, rules: ["L1"])
        b.score(1, .pfp, points: 2, rules: ["G1", "L2"], capped: true)
        b.score(1, .patellarTendinopathy, points: 4, rules: ["ASC", "D2", "L2"])
        b.score(2, .patellarTendinopathy, points: 4, rules: ["ASC", "D2", "L2"])
        b.rule(1, RuleState(id: "L1", status: .fired, value: 1.4, threshold: 1.1, baseline: 5.0))
        b.rule(1, .insufficient("G1", "no cadence regression"))
        b.rule(1, RuleState(id: "X9", status: .notFired, value: 2))
        b.rule(2, RuleState(id: "L1", status: .notFired, value: 0.5, threshold: 1.1, baseline: 12))
        b.days(load: { d in d >= 14 ? nil : (d % 3 == 1 ? 0 : Double(d) * 10) },
               acute: { d in d < 7 || (10...11).contains(d) || d >= 14 ? nil : Double(d) * 8 },
               chronic: { d in d < 7 || d >= 14 ? nil : Double(d) * 6 },
               acwr: { d in d < 7 || d >= 14 ? nil : 1.2 })
        b.fire("L1", day: 2, run: "2025/b,long.fit", band: "large", value: 2.4, threshold: 2.0, baseline: 5000, unit: "",
               presentations: [.pfp, .itbs, .patellarTendinopathy])
        b.fire("L2", day: 13, value: 36, threshold: 30, baseline: 17, unit: "%", presentations: [.pfp, .patellarTendinopathy])
        b.assessment.skipped = [SkippedInput(path: "notes.txt", stage: "runner", reason: "not a run file")]
        b.assessment.parameters = [ParamValue(name: "g1_low", value: "160")]
        return b.assessment
    }

    /// The athlete's file `name` (report.html: the artifact `<athlete folder>/report.html`).
    static func text(_ bundle: ReportBundle, _ name: String) -> String {
        String(decoding: bundle.artifacts.first { $0.name == name || $0.name.hasSuffix("/" + name) }?.content ?? [],
               as: UTF8.self)
    }

    static func render(_ a: Assessment, units: String = "km") -> ReportBundle {
        ReportRenderer.render(a, params: ResolvedParams(specs: ReportRenderer.paramSpecs, given: ["units": units]))
    }

    /// The `<svg id="ID" …>…</svg>` element of a chart.
    static func chart(_ html: String, _ id: String) -> String {
        guard let start = html.range(of: "<svg id=\"\(id)\""),
              let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// CSV rows as dictionaries keyed by the header's names (RFC 4180 quotes understood).
    static func table(_ csv: String) -> (header: [String], rows: [[String: String]]) {
        var lines: [[String]] = []
        var field = "", row: [String] = [], quoted = false, previousQuote = false
        for c in csv {
            if quoted {
                if c == "\"" { quoted = false; previousQuote = true } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": if previousQuote { field.append("\"") }; quoted = true
            case ",": row.append(field); field = ""
            case "\n": row.append(field); lines.append(row); row = []; field = ""
            default: field.append(c)
            }
            previousQuote = false
        }
        let header = lines.first ?? []
        let rows = lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        #expect(lines.allSatisfy { $0.count == header.count }, "every row has as many fields as the header")
        return (header, rows)
    }

    @Test func artifactsAndIndexEntry() throws {
        let bundle = Self.render(Self.sample())
        #expect(bundle.artifacts.map(\.name) == ["ana/report.json", "ana/report.html", "ana/runs.csv", "ana/weeks.csv"])
        // The last week's levels (none of its scores given for PFP and ITBS → none).
        #expect(bundle.index.levels == [.none, .none, .high])
        #expect(bundle.index.weeklyDistanceKm == [17, 8, 0])
        // The run-wide tables get the athlete's own CSV rows, under the same header.
        for name in ["runs.csv", "weeks.csv"] {
            let table = try #require(bundle.tables.first { $0.name == name })
            #expect(([table.header] + table.rows).map { $0 + "\n" }.joined() == Self.text(bundle, name))
        }
        // An id that is not a safe file name: its files go in the folder the index links to.
        let odd = Self.render(Self.sample(athlete: "ana #2"))
        #expect(odd.artifacts.allSatisfy { $0.name.hasPrefix("ana__2/") }, "\(odd.artifacts.map(\.name))")
        let index = ClinicIndex.html(entries: [odd.index], skipped: [])
        #expect(index.contains("href=\"ana__2/report.html\""))
    }

    /// The season-wide task: index.html from each athlete's entry; an entry that does not decode is
    /// listed, not dropped.
    @Test func theSeasonWideTaskWritesTheIndex() throws {
        let params = ResolvedParams(specs: ReportRenderer.paramSpecs, given: ["units": "km"])
        let season = ClinicSeason(entries: [.init(athlete: "ana", entry: Self.render(Self.sample()).seasonEntry),
                                            .init(athlete: "bo", entry: [0xff, 0xff])],
                                  unscored: [.init(athlete: "cy", note: "no run files")])
        let answer = ReportRenderer.index(season, params: params)
        #expect(answer.athlete.isEmpty && answer.tables.isEmpty)
        #expect(answer.artifacts.map(\.name) == ["index.html"])
        let html = Self.text(answer, "index.html")
        #expect(html.contains("href=\"ana/report.html\""))
        #expect(html.contains("not scored: no run files"))
        #expect(html.contains("not in the index: its report&#39;s index entry does not decode")
                || html.contains("not in the index: its report's index entry does not decode"), "\(html)")
    }

    @Test func runsCSVHasTheFixedPrefixThenEveryMetric() throws {
        let fixed = "athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,"
            + "step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp"
        #expect(RunsCSV.header.hasPrefix(fixed + ","))
        let (header, rows) = Self.table(Self.text(Self.render(Self.sample()), "runs.csv"))
        #expect(header.joined(separator: ",") == RunsCSV.header)
        #expect(Set(header).count == header.count, "column names are unique")
        #expect(rows.map { $0["run_id"] } == ["2025/a.fit", "2025/b,long.fit", "c.fit"])
        let a = try #require(rows.first), b = rows[1]
        #expect(a["cadence_spm"] == "" && a["cadence_matched_spm"] == "", "missing is empty, never 0")
        #expect(b["cadence_matched_spm"] == "166.5")
        #expect(b["step_length_matched_m"] == "1.050")
        #expect(b["start_time"] == "2025-01-08T08:00:00Z")
        #expect(b["distance_m"] == "12000.0" && b["trimp"] == "144.0" && b["descent_m"] == "42.5")
        #expect(b["hr_z1_s"] == "" && b["intervals"] == "0" && b["step_length_native"] == "false")
        #expect(b["samples"] == "3960" && b["coverage"] == "1.000")
    }

    @Test func weeksCSVHasTheFixedPrefixRuleStatesAndLevels() throws {
        #expect(WeeksCSV.header.hasPrefix("athlete,week,week_start,coverage_days,distance_km,"))
        for p in ["pfp", "itbs", "patellar_tendinopathy"] {
            #expect(WeeksCSV.header.contains("\(p)_level,\(p)_points,\(p)_rules,\(p)_capped"))
        }
        let (header, rows) = Self.table(Self.text(Self.render(Self.sample()), "weeks.csv"))
        #expect(header.joined(separator: ",") == WeeksCSV.header)
        for id in ["l1", "l2", "l3", "l4", "l5", "l6", "g1", "g2", "g3", "d1", "d2", "asc", "k1", "k2", "k3", "k4", "s1", "s2", "s3"] {
            #expect(header.contains("\(id)_state") && header.contains("\(id)_value"), "\(id) has its columns")
        }
        #expect(rows.map { $0["week"] } == ["2025-W02", "2025-W03", "2025-W04"])
        let w1 = rows[1]
        #expect(w1["week_start"] == "2025-01-13" && w1["coverage_days"] == "1" && w1["distance_km"] == "8.00")
        #expect(w1["load_unit"] == "trimp" && w1["load"] == "96.00" && w1["monotony"] == "1.800" && w1["strain"] == "172.80")
        #expect(w1["pfp_level"] == "moderate" && w1["pfp_points"] == "2" && w1["pfp_rules"] == "G1;L2")
        #expect(w1["pfp_capped"] == "true")
        #expect(w1["patellar_tendinopathy_level"] == "high" && w1["itbs_level"] == "none" && w1["itbs_points"] == "0")
        #expect(w1["fired_rules"] == "L1")
        #expect(w1["l1_state"] == "fired" && w1["l1_value"] == "1.4000")
        #expect(w1["g1_state"] == "insufficient_data" && w1["g1_value"] == "")
        #expect(w1["d2_state"] == "", "a rule the week does not list is empty, not not_fired")
        #expect(w1["other_rule_states"] == "X9=not_fired:2.0000")
        let w2 = rows[2]
        #expect(w2["coverage_days"] == "0" && w2["load"] == "" && w2["monotony"] == "")
        #expect(w2["l1_state"] == "not_fired" && w2["fired_rules"] == "")
    }

    @Test func reportJSONIsVersionedCompleteAndDeterministic() throws {
        let a = Self.sample()
        let first = Self.render(a).artifacts
        let second = Self.render(a).artifacts
        for (x, y) in zip(first, second) {
            #expect(x.content == y.content, "\(x.name) differs between renders")
        }
        let json = Self.text(Self.render(a), "report.json")
        #expect(json.hasPrefix("{\n  \"as_of\": \"2025-01-26\",\n  \"athlete\": \"ana\","))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "gaitpipe.report/3")
        #expect(root["load_unit"] as? String == "trimp")
        let current = try #require(root["current"] as? [String: Any])
        let pt = try #require(current["patellar_tendinopathy"] as? [String: Any])
        #expect(pt["level"] as? String == "high")
        #expect(pt["advice_source"] as? String == "load-report")
        #expect(pt["capped"] as? Bool == false && pt["site_reported"] as? Bool == false)
        // High first, then the two at none in DOMAIN.md's order; no diary, so no site summary.
        #expect(current["order"] as? [String] == ["patellar_tendinopathy", "pfp", "itbs"])
        #expect(current["site_summary"] as? String == "")
        let weeks = try #require(root["weeks"] as? [[String: Any]])
        let rules = try #require(weeks[1]["rules"] as? [[String: Any]])
        #expect(rules.map { $0["status"] as? String } == ["fired", "insufficient_data", "not_fired"])
        #expect(rules[1]["value"] is NSNull)
        let days = try #require(root["days"] as? [[String: Any]])
        #expect(days.count == 21)
        #expect(days[15]["state"] as? String == "untracked" && days[15]["load"] is NSNull)
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs[0]["cadence_matched_spm"] is NSNull)
        #expect(runs[1]["cadence_matched_spm"] as? Double == 166.5)
        let fired = try #require(root["fired_rules"] as? [[String: Any]])
        #expect(fired[0]["presentations"] as? [String] == ["pfp", "itbs", "patellar_tendinopathy"])
        #expect(fired[0]["design"] as? String == "cohort, n = 10")
        // Every runs.csv column but `athlete` is a key of each run.
        for column in RunsCSV.header.split(separator: ",").dropFirst() {
            #expect(runs[0][String(column)] != nil, "runs[] lacks \(column)")
        }
    }

    @Test(arguments: ["km", "mi"])
    func htmlIsSelfContainedSemanticAndHasEveryChart(units: String) {
        let html = Self.text(Self.render(Self.sample(), units: units), "report.html")
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains(ReportRenderer.disclaimer))
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("@media print") && html.contains("@page { size: A4"))
        let ids = ["weekly-distance", "level-strip", "daily-load", "monotony-strain", "matched-cadence", "descent-intensity"]
        for id in ids {
            let svg = Self.chart(html, id)
            #expect(!svg.isEmpty, "chart \(id) missing")
            #expect(svg.contains("<title id=\"\(id)-title\">") && svg.contains("<desc id=\"\(id)-desc\">"))
            #expect(html.contains("<figure id=\"fig-\(id)\""))
        }
        #expect(html.components(separatedBy: "<figure").count - 1 == ids.count)
        #expect(html.components(separatedBy: "<figcaption>").count - 1 == ids.count)
        #expect(html.components(separatedBy: "<details class=\"numbers\">").count - 1 == ids.count)
        #expect(html.contains("<title id=\"weekly-distance-title\">Weekly running distance (\(units)) with session spikes</title>"))
        #expect(html.contains("2025-W02: \(units == "km" ? "17.0 km" : "10.6 mi")"), "bar tooltip in the chosen units")
        #expect(html.contains("5.0 \(units)") || html.contains("3.1 \(units)"), "L1 baseline (5000 m) in the chosen units")
    }

    @Test func missingValuesAreGapsNotZeros() {
        let html = Self.text(Self.render(Self.sample()), "report.html")
        // Week 3 has no recording: hatched, not a zero bar.
        let weekly = Self.chart(html, "weekly-distance")
        #expect(weekly.contains("url(#weekly-distance-nodata)\"><title>2025-W04: no recording</title>"))
        // Monotony unknown in weeks 1 and 3: hatched; week 2 drawn.
        let monotony = Self.chart(html, "monotony-strain")
        #expect(monotony.components(separatedBy: "url(#monotony-strain-nodata)\"><title>").count - 1 == 4,
                "weeks 1 and 3 hatched in both panels")
        #expect(monotony.contains("2025-W03: monotony 1.80"))
        // The acute EWMA is missing on days 10–11: two line pieces (days 7–9, 12–13), not one through 0.
        let daily = Self.chart(html, "daily-load")
        let acute = daily.components(separatedBy: "<polyline fill=\"none\" stroke=\"\(ReportStyle.Palette.blue)\"").count - 1
        #expect(acute == 2)
        #expect(daily.contains("2025-01-21: untracked"))
        // The ACWR is descriptive: caveat in words, no vermillion (the "risk" colour) anywhere in the chart.
        #expect(!daily.contains(ReportStyle.Palette.vermillion))
        #expect(html.contains("descriptive only") && html.contains("adds no points"))
        // The scorer's own G1 threshold (160, a param) is the reference line drawn and named in the
        // legend, not the default 166.
        #expect(Self.chart(html, "matched-cadence").contains(">160 steps/min: low (soft flag)</text>"))
    }

    @Test func anAssessmentWithoutDataRendersNoDataStates() {
        let empty = Assessment(athlete: "new", asOf: "", runs: [], weeks: [], firedRules: [], skipped: [])
        let bundle = Self.render(empty)
        let html = Self.text(bundle, "report.html")
        #expect(html.contains("No daily load computed yet"))
        #expect(html.contains("No cadence at matched speed yet"))
        #expect(html.contains("No rule fired in this season."))
        #expect(Self.text(bundle, "weeks.csv") == WeeksCSV.header + "\n")
        #expect(!html.contains(">nan<") && !html.contains("\"nan\"") && !html.contains("\"inf\""))
    }

    @Test func theScorersLatestSummaryIsRenderedElseTheFallbackAdvice() {
        var a = Self.sample()
        let fallback = Self.text(Self.render(a), "report.html")
        #expect(fallback.contains("Pattern consistent with patellar tendinopathy — level high."))
        #expect(fallback.contains("Heavy slow resistance"), "InjuryScoring's advice for the presentation")
        a.latest = [PresentationSummary(presentation: .patellarTendinopathy, level: .moderate, points: 3,
                                        headline: "Pattern consistent with PT — scorer's words", reasons: ["r1", "r2", "r3", "r4"],
                                        advice: ["do this"], avoid: ["not that"])]
        let html = Self.text(Self.render(a), "report.html")
        #expect(html.contains("Pattern consistent with PT — scorer&#39;s words"), "escaped like every text")
        #expect(html.contains("<li>do this</li>") && html.contains("<li>not that</li>"))
        #expect(Self.render(a).index.levels == [.none, .none, .moderate])
        // The reasons are the report's own, one per counted rule found in the window: of ASC, D2 and
        // L2 only L2 fired (day 13, in the 28 days to day 20), worth +1 to patellar tendinopathy.
        #expect(html.contains("<li>L2 +1: L2 detail (2025-01-19) — Source 2020, J</li>"))
        #expect(!html.contains("<li>r1</li>"))
    }

    @Test func firedRulesShowValueThresholdBaselineAndSource() {
        let html = Self.text(Self.render(Self.sample()), "report.html")
        #expect(html.contains("<th scope=\"row\">L1 large</th><td class=\"nowrap\">W02</td><td class=\"num\">2.40×</td>"
            + "<td class=\"num\">2.00×</td><td class=\"num\">5.0 km</td>"))
        #expect(html.contains("2025-01-08, 2025/b,long.fit: L1 detail. Counts for PFP, ITBS, PT. Source: Source 2020, J."))
        #expect(html.contains("<td class=\"num\">36.0 %</td><td class=\"num\">30.0 %</td><td class=\"num\">17.0 km</td>"))
        #expect(html.contains("<th scope=\"row\">notes.txt</th><td>runner</td><td>not a run file</td>"))
        #expect(!html.contains("id=\"kinematics\""), "no kinematics section without lab data")
    }

    /// DOMAIN.md "Load units": a day with an estimated session is drawn hollow (outlined, not filled),
    /// the legend says so and the table marks it; a pending K finding is counted in the rule table.
    @Test func estimatedLoadsAreHollowAndPendingFindingsCounted() {
        var a = Self.sample()
        a.loadUnit = "trimp"
        a.days[3].estimated = true
        let finding = RuleState(id: "K1", status: .pendingConfirmation, value: 14, threshold: 3, baseline: 9.1,
                                note: "right 14.0° vs left 9.1°: seen in 1 session of 2")
        a.weeks[1].rules.append(finding)
        a.weeks[2].rules.append(finding)
        let html = Self.text(Self.render(a), "report.html")
        let chart = html.components(separatedBy: "<svg").first { $0.contains("id=\"daily-load\"") } ?? ""
        #expect(chart.contains("fill=\"#fff\" stroke=\"\(ReportStyle.Palette.skyBlue)\"><title>\(a.days[3].date): "))
        #expect(chart.contains("with an estimated session"))
        #expect(html.contains("(est.)"))
        #expect(html.contains("pending confirmation in 2"))
        // The finding is shown with its values, once for the weeks it stayed pending.
        #expect(html.contains("Findings pending confirmation"))
        #expect(html.contains("2025-W03 – 2025-W04 (2 weeks)</td><td class=\"num\">14.0</td><td class=\"num\">3.0</td>"
                              + "<td class=\"num\">9.1</td><td>right 14.0° vs left 9.1°: seen in 1 session of 2</td>"), "\(html)")
        let plain = Self.text(Self.render(Self.sample()), "report.html")
        #expect(!plain.contains("with an estimated session") && !plain.contains("(est.)"))
    }

    /// The reasons come from the window the scorer counted: for the last, partial week the 28 days up
    /// to the as-of date. As of Tuesday of week 3 (day 15), a firing on day −12 is 27 days back — in
    /// the window, though more than 28 days before that week's Sunday (day 20).
    @Test func reasonsUseTheLastWeeksAsOfWindow() {
        var b = AssessmentBuilder(athlete: "ana", weeks: 3)
        b.run("a.fit", day: 1, km: 5)
        b.score(2, .patellarTendinopathy, points: 1, rules: ["ASC"])
        b.fire("ASC", day: -12, value: 900, threshold: 800, baseline: 600, unit: "m", presentations: [.patellarTendinopathy])
        b.assessment.asOf = AssessmentBuilder.date(15)
        let reasons = CurrentLevel.all(b.assessment).first { $0.presentation == .patellarTendinopathy }?.reasons ?? []
        #expect(reasons.map(\.firing.id) == ["ASC"])
        b.assessment.asOf = AssessmentBuilder.date(20)
        #expect(CurrentLevel.all(b.assessment).first { $0.presentation == .patellarTendinopathy }?.reasons.isEmpty == true)
    }

    /// A report cites studies, never a file of this repository (issue 15): no "DOMAIN.md", no source path.
    @Test func noReportNamesARepositoryFile() throws {
        let a = Self.scored(diary: Self.diaryHeader + "2025-02-05,right,lateral,6,2,0,predictable_distance;eases_walking\n")
        let pattern = try Regex(#"[A-Za-z_]+\.(md|swift|proto|py)\b|Sources/|Tests/"#)
        for name in ["report.html", "report.json", "weeks.csv", "runs.csv"] {
            let text = Self.text(Self.render(a), name)
            #expect(text.firstMatch(of: pattern) == nil, "\(name): \(text.firstMatch(of: pattern).map { String(text[$0.range]) } ?? "")")
        }
    }

    @Test func kinematicsAreShownPerSide() {
        var b = AssessmentBuilder(weeks: 2)
        b.run("a.fit", day: 1, km: 6)
        b.fire("K1", day: 3, run: "kinematics/s1.csv", band: "right", value: 13.9, threshold: 3, baseline: 9.1,
               unit: "deg", presentations: [.pfp, .itbs])
        b.rule(1, RuleState(id: "K1", status: .notFired, note: "no side difference"))
        b.assessment.kinematicsNotes = ["kinematics/s1.csv: left: events from knee flexion",
                                        "kinematics/s1.csv: right: events from knee flexion"]
        let html = Self.text(Self.render(b.assessment), "report.html")
        let svg = Self.chart(html, "kinematics-sides")
        #expect(svg.contains("<title>K1 left: 9.1°</title>") && svg.contains("<title>K1 right: 13.9°</title>"))
        #expect(html.contains("<h3>Left side</h3>") && html.contains("<h3>Right side</h3>"))
        #expect(html.contains("<td>not_fired</td>"))
    }

    @Test func xLabelsAreThinnedToTheirWidth() {
        func weeks(_ n: Int) -> [(x: Double, text: String)] {
            (0..<n).map { i -> (x: Double, text: String) in
                let x: Double = 56 + (Double(i) + 0.5) * 568 / Double(n)
                return (x, "W" + String(i + 1))
            }
        }
        let kept = ChartPanel.thinned(weeks(52), left: 54, right: 636)
        #expect(kept.count > 6 && kept.count < 52)
        for (a, b) in zip(kept, kept.dropFirst()) {
            let aEnd: Double = a.x + SVGCanvas.textWidth(a.text) / 2
            let bStart: Double = b.x - SVGCanvas.textWidth(b.text) / 2
            #expect(bStart >= aEnd, "\(a.text) and \(b.text) touch")
        }
        // 18 weeks fit one label each.
        #expect(ChartPanel.thinned(weeks(18), left: 54, right: 636).count == 18)
    }

    @Test func niceScalesHaveRoundTicks() {
        let s = NiceScale(maximum: 57.7)
        #expect(s.lower == 0 && s.upper == 60 && s.ticks == [0, 20, 40, 60])
        let cadence = NiceScale.spanning([154, 155.4], include: [166, 178])
        #expect(cadence.lower <= 154 && cadence.upper >= 178)
    }

    @Test func htmlEscapesAthleteName() {
        let a = Self.sample(athlete: "<script>alert(1)</script>")
        let bundle = Self.render(a)
        let html = Self.text(bundle, "report.html")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let index = ClinicIndex.html(entries: [bundle.index], skipped: a.skipped)
        #expect(!index.contains("<script>"))
        #expect(!index.contains("http://") && !index.contains("https://"))
        // The link goes to the folder the report is written in (it went to the %-encoded id, which no folder had).
        #expect(bundle.artifacts.map(\.name).contains("_script_alert_1___script_/report.html"))
        #expect(index.contains("href=\"_script_alert_1___script_/report.html\""))
    }

    @Test func clinicIndexSortsByLevelThenNameInTheChosenUnits() {
        let entries = [
            IndexEntry(athlete: "zoe", asOf: "2025-01-01", levels: [.none, .none, .none], weeklyDistanceKm: [1]),
            IndexEntry(athlete: "bob", asOf: "2025-01-01", levels: [.low, .high, .none], weeklyDistanceKm: [1, 2]),
            IndexEntry(athlete: "amy", asOf: "2025-01-01", levels: [.none, .none, .none], weeklyDistanceKm: []),
            IndexEntry(athlete: "cat", asOf: "2025-01-01", levels: [.moderate, .none, .none], weeklyDistanceKm: [3, 16.09344]),
        ]
        let skipped = [SkippedInput(path: "x.gpx", stage: "runner", reason: "not a run file")]
        let html = ClinicIndex.html(entries: entries, skipped: skipped, units: "mi")
        let order = ["bob/report.html", "cat/report.html", "amy/report.html", "zoe/report.html"]
            .compactMap { html.firstRange(of: $0)?.lowerBound }
        #expect(order.count == 4)
        #expect(order == order.sorted())
        #expect(html.contains("<th scope=\"row\">x.gpx</th><td>runner</td><td>not a run file</td>"))
        #expect(html.contains("<polyline"))
        #expect(html.contains("Last week (mi)") && html.contains("<td class=\"num\">10.0</td>"), "16.09 km is 10.0 mi")
        #expect(ClinicIndex.html(entries: entries, skipped: [], units: "km").contains("<td class=\"num\">16.1</td>"))
    }

    // MARK: - The report leads with the pain site (issue 14)

    static let diaryHeader = "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n"

    /// Five weeks (2025-W02…W06) of 6 km on Monday, Wednesday and Friday at cadence 168 (between
    /// G1's 166 and 178): no load, gait or terrain rule fires, so the levels come from the diary alone.
    /// Scored by the real injury-scoring stage.
    static func scored(diary: String) -> Assessment {
        let runs = (0..<5).flatMap { w in [0, 2, 4].map { d in
            Fixtures.run("w\(w)d\(d).fit", day: Fixtures.monday + Int64(7 * w + d), km: 6)
        } }
        return SeasonScorerSpecs.assess(AthleteSeason(athlete: "ana", runs: runs, symptomsCSV: Array(diary.utf8)))
    }

    /// The now section, from its heading to the rule-state table.
    static func nowSection(_ html: String) -> String {
        guard let start = html.range(of: "<section id=\"now\">"),
              let end = html.range(of: "<details class=\"rule-states\"", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.lowerBound..<end.lowerBound])
    }

    /// The presentations' titles in the order the cards show them.
    static func cardOrder(_ now: String) -> [String] {
        now.components(separatedBy: "<article class=\"presentation").dropFirst().compactMap { card in
            Presentation.allCases.first { card.contains("<h3>\($0.title) ") }?.title
        }
    }

    /// Lateral 6/10 on Wednesday 2025-02-05 with two ITBS aggravators (DOMAIN.md S2, S3): ITBS +2
    /// (6 ≥ 3/10) +1 (predictable distance, eases walking) = 3 → moderate; PFP and patellar
    /// tendinopathy 0 points (capped, but a cap changes nothing at 0). The cards: ITBS first, then the
    /// two at none in DOMAIN.md's order; the section opens with the site sentence.
    @Test func nowCardsOpenWithTheReportedSiteAndPutItsPresentationFirst() throws {
        let a = Self.scored(diary: Self.diaryHeader + "2025-02-05,right,lateral,6,2,0,predictable_distance;eases_walking\n")
        #expect(a.weeks.last?.score(.itbs)?.points == 3 && a.weeks.last?.score(.itbs)?.level == .moderate)
        let bundle = Self.render(a)
        let now = Self.nowSection(Self.text(bundle, "report.html"))
        let opening = try #require(now.range(of: "<p class=\"site-summary\">"))
        #expect(now[..<opening.lowerBound].hasSuffix("</h2>\n"), "the site sentence comes right after the heading")
        let sentence = String(now[opening.upperBound...].prefix { $0 != "<" })
        #expect(sentence == HTMLText.escape(a.siteSummary))
        #expect(sentence.contains("lateral") && sentence.contains("right") && sentence.contains("6/10"))
        #expect(sentence.contains("points to iliotibial band syndrome"))
        #expect(Self.cardOrder(now) == ["Iliotibial band syndrome", "Patellofemoral pain", "Patellar tendinopathy"])
        #expect(!now.contains("<p class=\"cap\">"), "no card with points is capped")
        // The ITBS reasons: S2 (+2) before S3 (+1), whatever their dates.
        let s2 = try #require(now.range(of: "<li>S2 lateral +2: "))
        let s3 = try #require(now.range(of: "<li>S3 lateral +1: "))
        #expect(s2.lowerBound < s3.lowerBound)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.text(bundle, "report.json").utf8)) as? [String: Any])
        let current = try #require(json["current"] as? [String: Any])
        #expect(current["site_summary"] as? String == a.siteSummary)
        #expect(current["order"] as? [String] == ["itbs", "pfp", "patellar_tendinopathy"])
        #expect((current["itbs"] as? [String: Any])?["site_reported"] as? Bool == true)
        #expect((current["pfp"] as? [String: Any])?["capped"] as? Bool == true)
        let lastWeek = try #require((json["weeks"] as? [[String: Any]])?.last)
        let sites = try #require(lastWeek["sites"] as? [[String: Any]])
        #expect(sites.count == 1)
        #expect(sites.first?["site"] as? String == "lateral" && sites.first?["sides"] as? [String] == ["right"])
        #expect(sites.first?["worst_pain"] as? Int == 6 && sites.first?["days"] as? Int == 1)
        #expect(sites.first?["last_date"] as? String == "2025-02-05")
        #expect(bundle.index.sites == "lateral (right) 6/10" && bundle.index.worstPain == 6 && bundle.index.symptomDiary)
    }

    /// DOMAIN.md's three wordings where nothing tells the presentations apart: no diary; a diary whose
    /// only site (lateral 5/10 on 2025-01-06) lies before the last week's window (2025-01-12 to
    /// 2025-02-09); pain only at `other` (4/10 on 2025-02-05). No level, so the cards keep
    /// DOMAIN.md's order; the index column says "no diary", no pain with the last report, and the
    /// other site with its pain.
    @Test(arguments: [
        ("", "No symptoms recorded", "no diary"),
        ("2025-01-06,left,lateral,5,0,0,\n", "No pain recorded in the last 28 days; last reported: lateral, 2025-01-06",
         "no pain recorded in the last 28 days (last reported: lateral, 2025-01-06)"),
        ("2025-02-05,right,other,4,0,0,\n", "Pain outside the three sites (other)", "other (right) 4/10"),
    ])
    func nowCardsSayWhenTheDiaryDoesNotTellThePresentationsApart(entries: String, opening: String, indexCell: String) throws {
        let a = Self.scored(diary: entries.isEmpty ? "" : Self.diaryHeader + entries)
        let bundle = Self.render(a)
        let now = Self.nowSection(Self.text(bundle, "report.html"))
        #expect(now.contains("<p class=\"site-summary\">\(opening)"), "\(now.prefix(400))")
        #expect(now.contains("do not tell the presentations apart; ask where it hurts."))
        #expect(Self.cardOrder(now) == ["Patellofemoral pain", "Iliotibial band syndrome", "Patellar tendinopathy"])
        #expect(!now.contains("<p class=\"cap\">"), "only a knee site caps")
        #expect(ClinicIndex.html(entries: [bundle.index], skipped: []).contains("<td>\(indexCell)</td>"))
    }

    /// A capped card says so and keeps every reason, the most points first: PFP counts D1, G1, K1 and
    /// L2 (1 + 1 + 2 + 1 = 5 points) but the diary reported the lateral knee only, so it is capped at
    /// low. K1 (+2) leads although it is the last firing; D1 and G1 follow in the order of the rules;
    /// L2 is folded ("1 more reason"). Of G1's two firings the strongest is the lower cadence (158 on
    /// 2025-01-21, not 160 on 2025-01-20). ITBS, at moderate with its site reported, comes first.
    @Test func aCappedCardNamesTheSiteAndKeepsItsReasonsStrongestFirst() throws {
        var a = Self.sample()
        a.weeks[2].scores = [
            PresentationScore(presentation: .pfp, level: .low, points: 5, rules: ["D1", "G1", "K1", "L2"], capped: true),
            PresentationScore(presentation: .itbs, level: .moderate, points: 2, rules: ["S2"]),
            PresentationScore(presentation: .patellarTendinopathy, level: .low, points: 1, rules: ["L2"], capped: true),
        ]
        a.weeks[2].sites = [SiteReport(site: .lateral, sides: [.left], worstPain: 5, days: 2, lastDate: "2025-01-25")]
        a.symptomDiary = true
        func fire(_ id: String, _ day: Int, band: String = "", value: Double, threshold: Double, unit: String,
                  _ presentations: [Presentation], points: Int = 1) {
            a.firedRules.append(FiredRule(id: id, band: band, date: AssessmentBuilder.date(day), value: value,
                                          threshold: threshold, baseline: 0, source: "S", detail: "\(id) \(Int(value))",
                                          unit: unit, presentations: presentations,
                                          points: presentations.map { _ in points }))
        }
        fire("G1", 14, band: "low", value: 160, threshold: 166, unit: "spm", [.pfp, .itbs])
        fire("G1", 15, band: "low", value: 158, threshold: 166, unit: "spm", [.pfp, .itbs])
        fire("D1", 16, value: 900, threshold: 800, unit: "m", [.pfp, .itbs])
        fire("K1", 17, band: "right", value: 5, threshold: 3, unit: "deg", [.pfp, .itbs], points: 2)
        fire("S2", 19, band: "lateral", value: 5, threshold: 3, unit: "pain 0-10", [.itbs], points: 2)
        let html = Self.text(Self.render(a), "report.html")
        let now = Self.nowSection(html)
        #expect(Self.cardOrder(now) == ["Iliotibial band syndrome", "Patellofemoral pain", "Patellar tendinopathy"])
        let pfp = try #require(now.components(separatedBy: "<article ").first { $0.contains("<h3>Patellofemoral pain ") })
        #expect(pfp.contains("<p class=\"cap\">Capped at low: pain reported at the lateral knee (left)"))
        #expect(pfp.contains("5 points before the cap from D1, G1, K1, L2."))
        let shown = ["<li>K1 right +2: K1 5 (2025-01-23) — S</li>",
                     "<li>D1 +1: D1 900 (2025-01-22) — S</li>",
                     "<li>G1 low +1: G1 158 (2025-01-21; the strongest of 2 firings in the window) — S</li>",
                     "<summary>1 more reason</summary>",
                     "<li>L2 +1: L2 detail (2025-01-19) — Source 2020, J</li>"]
        let positions = shown.compactMap { pfp.range(of: $0)?.lowerBound }
        #expect(positions.count == shown.count, "\(pfp)")
        #expect(positions == positions.sorted())
        // Patellar tendinopathy's cap line too; ITBS (its own site) is not capped.
        let itbs = try #require(now.components(separatedBy: "<article ").first { $0.contains("<h3>Iliotibial band syndrome ") })
        #expect(!itbs.contains("Capped at low") && itbs.contains("<li>S2 lateral +2: S2 5 (2025-01-25) — S</li>"))
        #expect(now.components(separatedBy: "<p class=\"cap\">").count - 1 == 2)
        // report.json: the capped presentation's firings stay, each marked with the site that capped it.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.text(Self.render(a), "report.json").utf8)) as? [String: Any])
        let current = try #require(json["current"] as? [String: Any])
        let pfpJSON = try #require(current["pfp"] as? [String: Any])
        #expect(pfpJSON["capped_by"] as? [String] == ["at the lateral knee (left)"])
        let firings = try #require(pfpJSON["firings"] as? [[String: Any]])
        #expect(firings.map { $0["id"] as? String } == ["K1", "D1", "G1", "L2"])
        #expect(firings.allSatisfy { $0["capped_by"] as? [String] == ["at the lateral knee (left)"] })
        let itbsJSON = try #require(current["itbs"] as? [String: Any])
        #expect(itbsJSON["capped_by"] as? [String] == [])
        #expect((itbsJSON["firings"] as? [[String: Any]])?.allSatisfy { $0["capped_by"] == nil } == true)
    }

    /// Five G1-low firings in 2025-W02, W03, W04, W06 and W07 are two streaks (W05 has none); a G1
    /// "high" firing in W05 is another band and bridges nothing; the L1 firing keeps its own line.
    /// Strongest G1 low: 158 in the first streak (lower cadence is stronger), 150 in the second.
    @Test func flaggedRunsAreOneLinePerRuleAndStreakOfWeeks() throws {
        var b = AssessmentBuilder(weeks: 6)
        for (day, value) in [(3, 160.0), (10, 158), (17, 162), (31, 150), (38, 155)] {
            b.fire("G1", day: day, band: "low", value: value, threshold: 166, baseline: 164, unit: "spm", presentations: [.pfp, .itbs])
        }
        b.fire("G1", day: 24, band: "high", value: 180, threshold: 178, baseline: 164, unit: "spm", presentations: [])
        b.fire("L1", day: 9, run: "r.fit", band: "small", value: 1.2, threshold: 1.1, baseline: 8000, unit: "",
               presentations: [.itbs])
        let streaks = FiringStreak.group(b.assessment.firedRules)
        #expect(streaks.map(\.rule) == ["L1 small", "G1 high", "G1 low", "G1 low"])
        #expect(streaks.map(\.span) == ["W03", "W05", "W02–W04, 3 weeks", "W06–W07, 2 weeks"])
        #expect(streaks.map(\.firings.count) == [1, 1, 3, 2])
        // S2 and S3 carry the site as their band: the reader sees its words.
        #expect(FiringStreak.group([FiredRule(id: "S2", band: "inferior_pole", date: "2025-01-09", value: 6, threshold: 3,
                                              baseline: 2, source: "S", detail: "d")]).map(\.rule) == ["S2 inferior pole"])
        #expect(streaks[2].firstDate == "2025-01-09" && streaks[2].lastDate == "2025-01-23")
        #expect(streaks[2].strongest?.value == 158 && streaks[3].strongest?.value == 150)
        let html = Self.text(Self.render(b.assessment), "report.html")
        #expect(html.contains("<caption>7 firings in 4 streaks</caption>"))
        #expect(html.contains("<th scope=\"row\">G1 low</th><td class=\"nowrap\">W02–W04, 3 weeks</td>"
            + "<td class=\"num\">158.0 steps/min</td><td class=\"num\">166.0 steps/min</td><td class=\"num\">164.0 steps/min</td>"))
        #expect(html.contains("2025-01-09 – 2025-01-23, 3 firings; the strongest, 2025-01-16: G1 detail."))
        #expect(html.contains("<th scope=\"row\">G1 low</th><td class=\"nowrap\">W06–W07, 2 weeks</td><td class=\"num\">150.0 steps/min</td>"))
        #expect(html.contains("2025-01-15, r.fit: L1 detail. Counts for ITBS."))
        #expect(html.contains("2025-01-30: G1 detail. Context only."))
        // A streak across the new year writes the years.
        let newYear = [FiredRule(id: "L2", date: "2025-12-28", value: 40, threshold: 30, baseline: 10, source: "S", detail: "d"),
                       FiredRule(id: "L2", date: "2026-01-02", value: 35, threshold: 30, baseline: 10, source: "S", detail: "d")]
        #expect(FiringStreak.group(newYear).map(\.span) == ["2025-W52–2026-W01, 2 weeks"])
    }

    /// The index column: the last week's sites with sides, each with its own worst pain; "no pain
    /// recorded in the last 28 days" with a diary but no site in the window (and the last report
    /// before it), "no diary" without one; a site reported without a pain score says so.
    @Test func clinicIndexShowsTheLatestSiteAndWorstPain() {
        var a = Self.sample()
        a.symptomDiary = true
        a.weeks[2].sites = [SiteReport(site: .lateral, sides: [.left], worstPain: 5, days: 2, lastDate: "2025-01-25"),
                            SiteReport(site: .other, sides: [.right], worstPain: 7, days: 1, lastDate: "2025-01-20")]
        let entry = Self.render(a).index
        #expect(entry.sites == "lateral (left) 5/10, other (right) 7/10" && entry.worstPain == 7 && entry.symptomDiary,
                "each site with its own worst pain: the 7/10 was at `other`")
        #expect(entry.lastReported.isEmpty, "sites in the window: no 'last reported'")
        #expect(entry.levels == [.none, .none, .high], "the index keeps DOMAIN.md's column order")
        var unscored = entry
        unscored.worstPain = nil
        unscored.sites = "peripatellar (both) (no pain score)"
        var quiet = entry
        quiet.athlete = "quiet"
        quiet.sites = ""
        quiet.worstPain = nil
        var earlier = quiet
        earlier.athlete = "earlier"
        earlier.lastReported = "lateral, 2024-11-02"
        var none = entry
        none.athlete = "none"
        none.symptomDiary = false
        #expect(ClinicIndex.symptoms(entry) == "lateral (left) 5/10, other (right) 7/10")
        #expect(ClinicIndex.symptoms(unscored) == "peripatellar (both) (no pain score)")
        #expect(ClinicIndex.symptoms(quiet) == "no pain recorded in the last 28 days")
        #expect(ClinicIndex.symptoms(earlier) == "no pain recorded in the last 28 days (last reported: lateral, 2024-11-02)")
        #expect(ClinicIndex.symptoms(none) == "no diary")
        // Rendered: a diary whose last site report is older than the window says when it was.
        var before = Self.sample()
        before.symptomDiary = true
        before.lastSite = SiteReport(site: .lateral, sides: [.right], worstPain: 3, days: 1, lastDate: "2024-11-02")
        #expect(Self.render(before).index.lastReported == "lateral, 2024-11-02")
        let html = ClinicIndex.html(entries: [entry, quiet, none], skipped: [])
        #expect(html.contains("<th scope=\"col\">Reported site, worst pain (28 days)</th>"))
        #expect(html.contains("<td>lateral (left) 5/10, other (right) 7/10</td>")
                && html.contains("<td>no pain recorded in the last 28 days</td>") && html.contains("<td>no diary</td>"))
    }
}

/// report.json's writer: keys sorted by their UTF-8 bytes, two-space indentation, RFC 8259 escapes
/// (quote, backslash, control characters as \n, \t, \r or \u00xx), other text as literal UTF-8.
@Suite struct JSONValueTests {
    @Test func writesSortedEscapedAndIndented() {
        let doc = JSONValue.object([
            "b": .array([.number("1.50"), .null, .bool(true), .array([]), .object([:])]),
            "a": .string("say \"hi\"\\ \n\t\r\u{01}\u{1F} é ✓ 🏃"),
            "Z": .bool(false),
        ])
        let expected = "{\n  \"Z\": false,\n  \"a\": \"say \\\"hi\\\"\\\\ \\n\\t\\r\\u0001\\u001f é ✓ 🏃\",\n"
            + "  \"b\": [\n    1.50,\n    null,\n    true,\n    [],\n    {}\n  ]\n}\n"
        #expect(doc.rendered() == expected)
    }
}

/// Numbers in reports: the integer path must print exactly what `%.Nf` prints.
@Suite struct FixedDecimalTests {
    @Test(arguments: 0...6)
    func theIntegerPathMatchesPrintf(places: Int) {
        var rng = SystemRandomNumberGenerator()
        var mismatches: [String] = []
        var fast = 0
        for i in 0..<40_000 {
            // Magnitudes from 1e-4 to 1e9, both signs, plus values on and near decimal halves.
            let magnitude = pow(10, Double.random(in: -4...9, using: &rng))
            var v = Double.random(in: -magnitude...magnitude, using: &rng)
            if i % 4 == 0 { v = (v * pow(10, Double(places))).rounded(.down) / pow(10, Double(places)) + 0.5 / pow(10, Double(places)) }
            if i % 8 == 1 { v = v.nextUp }
            let expected = FixedDecimal.formatted(v, places)
            if let text = FixedDecimal.scaledInteger(v, places) {
                fast += 1
                if text != expected { mismatches.append("\(v) → \(text), %.\(places)f → \(expected)") }
            }
            #expect(FixedDecimal.string(v, places) == expected)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(fast > 10_000, "the integer path should take most values")
    }

    @Test func edgeCases() {
        #expect(FixedDecimal.string(-0.004, 2) == "0.00")
        #expect(FixedDecimal.string(-0.0, 1) == "0.0")
        #expect(FixedDecimal.string(0.125, 2) == String(format: "%.2f", 0.125))   // an exact half: printf decides
        #expect(FixedDecimal.string(2.5, 0) == "2")
        #expect(FixedDecimal.string(-7.25, 1) == "-7.2")
        #expect(FixedDecimal.string(1e12 + 0.5, 1) == "1000000000000.5")
        #expect(FixedDecimal.string(Double.nan, 2) == "")
        #expect(FixedDecimal.string(170.04999, 1) == "170.0")
        #expect(FixedDecimal.string(3, 0) == "3")
    }
}

extension ReportBundle {
    /// load-report's season entry for this athlete (tests only: the runner never reads it).
    var index: IndexEntry { (try? IndexEntry(decoding: seasonEntry)) ?? IndexEntry(athlete: "", asOf: "", levels: [], weeklyDistanceKm: []) }
}
