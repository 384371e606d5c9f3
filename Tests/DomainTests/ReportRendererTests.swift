import GaitModel
import LoadReport
import Testing

@Suite struct ReportRendererTests {
    static let params = ResolvedParams(specs: ReportRenderer.paramSpecs, given: [:])

    static func sample(athlete: String = "ana") -> Assessment {
        var runs = [Fixtures.run("2025/a.fit", day: Fixtures.monday, km: 5, athlete: athlete),
                    Fixtures.run("2025/b,long.fit", day: Fixtures.monday + 2, km: 12, athlete: athlete),
                    Fixtures.run("ride.fit", day: Fixtures.monday + 20, km: 40, sport: "cycling", athlete: athlete)]
        runs[0].cadenceSPM = nil
        let skipped = [SkippedInput(path: "notes.txt", stage: "runner", reason: "not a run file")]
        return Fixtures.assess(runs, athlete: athlete, skipped: skipped)
    }

    static func text(_ bundle: ReportBundle, _ name: String) -> String {
        String(decoding: bundle.artifacts.first { $0.name == name }?.content ?? [], as: UTF8.self)
    }

    @Test func artifactNames() {
        let bundle = ReportRenderer.render(Self.sample(), params: Self.params)
        #expect(bundle.artifacts.map(\.name) == ["report.json", "report.html", "runs.csv", "weeks.csv"])
        #expect(bundle.index.levels == [.low, .low, .low])
        #expect(bundle.index.weeklyDistanceKm == [17, 0, 0])
    }

    @Test func csvHeadersAreExact() {
        let runsFixed = "athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,"
            + "step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp"
        #expect(RunsCSV.header.hasPrefix(runsFixed))
        #expect(WeeksCSV.header == "athlete,week,week_start,coverage_days,distance_km,runs,pfp_level,pfp_points,"
            + "pfp_rules,itbs_level,itbs_points,itbs_rules,patellar_tendinopathy_level,patellar_tendinopathy_points,"
            + "patellar_tendinopathy_rules")
        let bundle = ReportRenderer.render(Self.sample(), params: Self.params)
        #expect(Self.text(bundle, "runs.csv").split(separator: "\n").first.map(String.init) == RunsCSV.header)
        #expect(Self.text(bundle, "weeks.csv").split(separator: "\n").first.map(String.init) == WeeksCSV.header)
    }

    @Test func csvRows() {
        let bundle = ReportRenderer.render(Self.sample(), params: Self.params)
        let runs = Self.text(bundle, "runs.csv").split(separator: "\n").map(String.init)
        #expect(runs.count == 4)
        #expect(runs[1] == "ana,2025/a.fit,2025-01-06T08:00:00Z,running,5000.0,1650,,,,,,,,,,1800,330.0,garmin fenix2")
        #expect(runs[2].hasPrefix("ana,\"2025/b,long.fit\",2025-01-08T08:00:00Z,running,12000.0,3960,168.0,"))
        let weeks = Self.text(bundle, "weeks.csv").split(separator: "\n").map(String.init)
        #expect(weeks[1] == "ana,2025-W02,2025-01-06,2,17.00,2,low,1,L1,low,1,L1,low,1,L1")
        #expect(weeks[3] == "ana,2025-W04,2025-01-20,1,0.00,0,low,1,L1,low,1,L1,low,1,L1")
    }

    @Test func jsonIsDeterministic() {
        let a = Self.sample()
        let first = ReportRenderer.render(a, params: Self.params).artifacts
        let second = ReportRenderer.render(a, params: ResolvedParams(specs: ReportRenderer.paramSpecs, given: [:]))
            .artifacts
        for (x, y) in zip(first, second) where x.name != "report.html" {
            #expect(x.content == y.content, "\(x.name) differs between renders")
        }
        let json = Self.text(ReportRenderer.render(a, params: Self.params), "report.json")
        #expect(json.contains("\"schema_version\": 1,"))
        #expect(json.contains("\"value\": 2.4000\n"))
        #expect(json.contains("\"cadence_spm\": null,"))
        #expect(json.hasPrefix("{\n  \"as_of\": \"2025-01-26\",\n  \"athlete\": \"ana\","))
    }

    @Test(arguments: ["km", "mi"])
    func htmlIsSelfContainedAndWorded(units: String) {
        let params = ResolvedParams(specs: ReportRenderer.paramSpecs, given: ["units": units])
        let html = Self.text(ReportRenderer.render(Self.sample(), params: params), "report.html")
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<script"))
        #expect(html.contains("This is a screening summary, not a diagnosis — a clinical assessment decides."))
        #expect(html.contains("Pattern consistent with patellofemoral pain"))
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("<title id=\"chart-title\">Weekly running distance (\(units))</title>"))
    }

    @Test func htmlEscapesAthleteName() {
        let a = Self.sample(athlete: "<script>alert(1)</script>")
        let bundle = ReportRenderer.render(a, params: Self.params)
        let html = Self.text(bundle, "report.html")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let index = ClinicIndex.html(entries: [bundle.index], skipped: a.skipped)
        #expect(!index.contains("<script>"))
        #expect(!index.contains("http://") && !index.contains("https://"))
        #expect(index.contains("%3Cscript%3Ealert%281%29%3C%2Fscript%3E/report.html"))
    }

    @Test func clinicIndexSortsByLevelThenName() {
        let entries = [
            IndexEntry(athlete: "zoe", asOf: "2025-01-01", levels: [.none, .none, .none], weeklyDistanceKm: [1]),
            IndexEntry(athlete: "bob", asOf: "2025-01-01", levels: [.low, .high, .none], weeklyDistanceKm: [1, 2]),
            IndexEntry(athlete: "amy", asOf: "2025-01-01", levels: [.none, .none, .none], weeklyDistanceKm: []),
            IndexEntry(athlete: "cat", asOf: "2025-01-01", levels: [.moderate, .none, .none], weeklyDistanceKm: [3, 1]),
        ]
        let html = ClinicIndex.html(entries: entries, skipped: [SkippedInput(path: "x.gpx", stage: "runner",
                                                                             reason: "not a run file")])
        let order = ["bob/report.html", "cat/report.html", "amy/report.html", "zoe/report.html"]
            .compactMap { html.firstRange(of: $0)?.lowerBound }
        #expect(order.count == 4)
        #expect(order == order.sorted())
        #expect(html.contains("x.gpx"))
        #expect(html.contains("<polyline"))
    }
}
