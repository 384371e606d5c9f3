/// The three presentations DOMAIN.md scores. Raw values are the column prefixes of weeks.csv.
public enum Presentation: String, Sendable, CaseIterable, Codable {
    case pfp
    case itbs
    case patellarTendinopathy = "patellar_tendinopathy"

    public var title: String {
        switch self {
        case .pfp: "Patellofemoral pain"
        case .itbs: "Iliotibial band syndrome"
        case .patellarTendinopathy: "Patellar tendinopathy"
        }
    }
}

/// Pattern-consistency level (DOMAIN.md "Definitions": 0 → none, 1 → low, 2–3 → moderate, ≥ 4 → high).
public enum Level: String, Sendable, CaseIterable, Codable, Comparable {
    case none, low, moderate, high

    public init(points: Int) {
        switch points {
        case ..<1: self = .none
        case 1: self = .low
        case 2...3: self = .moderate
        default: self = .high
        }
    }

    private var rank: Int { Level.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
}

/// One firing of a DOMAIN.md rule, with the evidence a clinician needs to check it.
public struct FiredRule: Sendable, Equatable, Codable {
    /// Rule id from DOMAIN.md ("L1", "G1", …).
    public var id: String
    /// Band or qualifier ("small", "moderate", "large"), empty when the rule has none.
    public var band: String
    /// The run that fired it (run_id), or empty for week-level rules.
    public var runID: String
    /// Day it fired, `YYYY-MM-DD` (UTC).
    public var date: String
    public var value: Double
    public var threshold: Double
    /// The runner's own baseline the value was compared with.
    public var baseline: Double
    /// Author, year and journal, from DOMAIN.md.
    public var source: String
    /// Study design and strength behind the rule, e.g. "prospective cohort, n = 5,205".
    public var design: String
    /// Human explanation, "pattern consistent with" wording.
    public var detail: String
    /// Unit of `value`, `threshold` and `baseline` ("ratio", "%", "spm", "m", "min", "deg", "pain 0-10").
    public var unit: String
    /// Presentations whose points this firing can add to (DOMAIN.md "Rules per presentation").
    public var presentations: [Presentation]
    /// The points it adds to each of `presentations`, in the same order (0 for S1, which sets a floor).
    public var points: [Int]

    public init(id: String, band: String = "", runID: String = "", date: String, value: Double,
                threshold: Double, baseline: Double, source: String, design: String = "", detail: String,
                unit: String = "", presentations: [Presentation] = [], points: [Int] = []) {
        self.id = id
        self.band = band
        self.runID = runID
        self.date = date
        self.value = value
        self.threshold = threshold
        self.baseline = baseline
        self.source = source
        self.design = design
        self.detail = detail
        self.unit = unit
        self.presentations = presentations
        self.points = points
    }

    /// The points this firing adds to `p` (0 when none).
    public func points(for p: Presentation) -> Int {
        guard let i = presentations.firstIndex(of: p), i < points.count else { return 0 }
        return points[i]
    }
}

/// A rule's state in one week (weeks.csv: "every rule's state").
public enum RuleStatus: String, Sendable, CaseIterable, Codable {
    case fired
    case notFired = "not_fired"
    /// The data the rule needs is missing: never scored as 0 (DOMAIN.md).
    case insufficientData = "insufficient_data"
    /// A kinematic finding seen in fewer sessions than confirmation needs (DOMAIN.md "Measurement
    /// noise": never flag on one noisy session alone, never call it "not fired"); not scored.
    case pendingConfirmation = "pending_confirmation"
}

/// One DOMAIN.md rule evaluated for one ISO week (the week itself, not the 28-day window).
public struct RuleState: Sendable, Equatable, Codable {
    public var id: String
    public var status: RuleStatus
    /// The week's deciding value (e.g. the largest L1 ratio); nil when not measurable.
    public var value: Double?
    public var threshold: Double?
    public var baseline: Double?
    /// Why data was insufficient, or a short reading of the value.
    public var note: String

    public init(id: String, status: RuleStatus, value: Double? = nil, threshold: Double? = nil,
                baseline: Double? = nil, note: String = "") {
        self.id = id
        self.status = status
        self.value = value
        self.threshold = threshold
        self.baseline = baseline
        self.note = note
    }

    public static func insufficient(_ id: String, _ note: String) -> RuleState {
        RuleState(id: id, status: .insufficientData, note: note)
    }
}


/// Level and contributing rules of one presentation in one week.
public struct PresentationScore: Sendable, Equatable, Codable {
    public var presentation: Presentation
    public var level: Level
    public var points: Int
    /// Ids of the rules counted (in the week or the 28 days before its last day), sorted, unique.
    public var rules: [String]
    /// DOMAIN.md S2: another knee site was reported in the window and this presentation's was not, so
    /// its level is capped at low. `points` and `rules` are before the cap.
    public var capped: Bool

    public init(presentation: Presentation, level: Level, points: Int, rules: [String], capped: Bool = false) {
        self.presentation = presentation
        self.level = level
        self.points = points
        self.rules = rules
        self.capped = capped
    }
}

/// One ISO week of one athlete.
public struct WeekAssessment: Sendable, Equatable, Codable {
    /// ISO week, `YYYY-Www`.
    public var week: String
    /// Monday of the week, `YYYY-MM-DD`.
    public var weekStart: String
    /// Days of the week with at least one recorded activity.
    public var coverageDays: Int
    public var distanceKm: Double
    public var runs: Int
    public var scores: [PresentationScore]
    /// Days of the week that are untracked (no device, not a rest day): unknown, not zero.
    public var untrackedDays: Int = 0
    /// Week load in the assessment's `loadUnit`; nil when a day of the week is untracked.
    public var load: Double?
    /// L4 Foster monotony and strain of the week (nil when not computable).
    public var monotony: Double?
    public var strain: Double?
    /// D1/ascent inputs: metres descended and climbed in the week's runs (nil without altitude).
    public var descentM: Double?
    public var ascentM: Double?
    /// D2: minutes of high intensity, and jump/plyometric/strides sessions.
    public var highIntensityMin: Double?
    public var jumpSessions: Int = 0
    /// G1: mean cadence at the reference speed over the week's runs (nil without cadence).
    public var cadenceMatchedSPM: Double?
    /// Every DOMAIN.md rule's state for this week, in `RuleCatalog` order.
    public var rules: [RuleState] = []
    /// DOMAIN.md S2: the knee sites the symptom diary reported in the week's window, in
    /// `SymptomEntry.Location` order (`other` included; it gates nothing).
    public var sites: [SiteReport] = []

    public init(week: String, weekStart: String, coverageDays: Int, distanceKm: Double, runs: Int,
                scores: [PresentationScore]) {
        self.week = week
        self.weekStart = weekStart
        self.coverageDays = coverageDays
        self.distanceKm = distanceKm
        self.runs = runs
        self.scores = scores
    }

    public func score(_ p: Presentation) -> PresentationScore? { scores.first { $0.presentation == p } }
    public func rule(_ id: String) -> RuleState? { rules.first { $0.id == id } }
}

/// One calendar day of the load series (L3–L5), from the first to the last data day.
public struct DayLoad: Sendable, Equatable, Codable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case active
        /// No activity, inside a gap of ≤ 6 days or listed in athlete.yaml `rest_days`: load 0.
        case rest
        /// No device recorded and not a rest day: unknown (DOMAIN.md "Definitions").
        case untracked
    }

    /// `YYYY-MM-DD`.
    public var date: String
    public var state: State
    public var distanceKm: Double
    /// Load in the assessment's `loadUnit`; nil when untracked or a session's load is unknown.
    public var load: Double?
    /// A session of the day has an estimated load (DOMAIN.md "Load units": drawn hollow).
    public var estimated: Bool = false
    /// L3 EWMA acute (λ = 0.25) and chronic (λ = 0.069), their ratio, and the uncoupled rolling ratio
    /// (acute t−6..t, chronic t−27..t−7). nil until 28 days of coverage. Descriptive only.
    public var acute: Double?
    public var chronic: Double?
    public var acwr: Double?
    public var acwrRolling: Double?
    /// L5 fitness (EWMA 42 d), fatigue (EWMA 7 d), form = fitness − fatigue; λ = 2/(N+1) (Runalyze).
    public var fitness: Double?
    public var fatigue: Double?
    public var form: Double?

    public init(date: String, state: State, distanceKm: Double, load: Double?, acute: Double? = nil,
                chronic: Double? = nil, acwr: Double? = nil, acwrRolling: Double? = nil, fitness: Double? = nil,
                fatigue: Double? = nil, form: Double? = nil) {
        self.date = date
        self.state = state
        self.distanceKm = distanceKm
        self.load = load
        self.acute = acute
        self.chronic = chronic
        self.acwr = acwr
        self.acwrRolling = acwrRolling
        self.fitness = fitness
        self.fatigue = fatigue
        self.form = form
    }
}

/// A recording that overlapped another by more than 50 % in time and was not counted (DOMAIN.md).
public struct DuplicateRun: Sendable, Equatable, Codable {
    public var runID: String
    public var keptRunID: String
    /// Share of the shorter recording's time covered by the other, 0–1.
    public var overlap: Double
    /// Why the other recording was kept (DOMAIN.md's order: complete, more sample columns, longer).
    public var reason: String

    public init(runID: String, keptRunID: String, overlap: Double, reason: String = "") {
        self.runID = runID
        self.keptRunID = keptRunID
        self.overlap = overlap
        self.reason = reason
    }
}

/// The runner's own matched-speed baselines (G1, G2), from the season's easy runs.
public struct SeasonBaseline: Sendable, Equatable, Codable {
    /// Median speed over runs without interval segments (DOMAIN.md "Definitions"), m/s; nil when none.
    public var referenceSpeedMPS: Double?
    /// Cadence = intercept + slope × speed, steps/min and steps/min per m/s; nil when not fitted.
    public var cadenceIntercept: Double?
    public var cadenceSlope: Double?
    /// Step length = intercept + slope × speed, metres; nil when not fitted.
    public var stepLengthIntercept: Double?
    public var stepLengthSlope: Double?
    /// Runs with speed bins that entered the regressions.
    public var runsUsed: Int

    public init(referenceSpeedMPS: Double? = nil, cadenceIntercept: Double? = nil, cadenceSlope: Double? = nil,
                stepLengthIntercept: Double? = nil, stepLengthSlope: Double? = nil, runsUsed: Int = 0) {
        self.referenceSpeedMPS = referenceSpeedMPS
        self.cadenceIntercept = cadenceIntercept
        self.cadenceSlope = cadenceSlope
        self.stepLengthIntercept = stepLengthIntercept
        self.stepLengthSlope = stepLengthSlope
        self.runsUsed = runsUsed
    }
}

/// The latest week's reading of one presentation, with reasons and advice (DOMAIN.md table).
public struct PresentationSummary: Sendable, Equatable, Codable {
    public var presentation: Presentation
    public var level: Level
    /// Before S2's cap (DOMAIN.md "Order: points first, then S2's cap, then S1's floor").
    public var points: Int
    /// Capped at low because another knee site was reported (DOMAIN.md S2).
    public var capped: Bool
    /// This presentation's own site was reported in the window (DOMAIN.md S2).
    public var siteReported: Bool
    /// "pattern consistent with …" sentence.
    public var headline: String
    /// The counted rules' explanations, strongest first.
    public var reasons: [String]
    public var advice: [String]
    /// What not to do.
    public var avoid: [String]

    public init(presentation: Presentation, level: Level, points: Int, capped: Bool = false, siteReported: Bool = false,
                headline: String, reasons: [String], advice: [String], avoid: [String]) {
        self.presentation = presentation
        self.level = level
        self.points = points
        self.capped = capped
        self.siteReported = siteReported
        self.headline = headline
        self.reasons = reasons
        self.advice = advice
        self.avoid = avoid
    }

    /// DOMAIN.md "Which presentation the data points to first": the highest level; at equal levels,
    /// the one at a reported site; then `Presentation.allCases` order.
    public static func pointsToFirst(_ summaries: [PresentationSummary]) -> [PresentationSummary] {
        func order(_ p: Presentation) -> Int { Presentation.allCases.firstIndex(of: p) ?? 0 }
        return summaries.sorted { a, b in
            a.level != b.level ? a.level > b.level
                : a.siteReported != b.siteReported ? a.siteReported : order(a.presentation) < order(b.presentation)
        }
    }
}

/// One pipeline parameter as the stage used it (the report lists them).
public struct ParamValue: Sendable, Equatable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An input that was not processed, and why.
public struct SkippedInput: Sendable, Equatable, Codable {
    /// Path relative to the input folder.
    public var path: String
    /// The stage (or "runner") that skipped it.
    public var stage: String
    public var reason: String

    public init(path: String, stage: String, reason: String) {
        self.path = path
        self.stage = stage
        self.reason = reason
    }
}

/// injury-scoring's output for one athlete's whole season.
public struct Assessment: Sendable, Equatable {
    public var athlete: String
    /// The last data date (`YYYY-MM-DD`), never the wall clock.
    public var asOf: String
    /// Every run of the season, sorted by start time then run id.
    public var runs: [RunMetrics]
    public var weeks: [WeekAssessment]
    public var firedRules: [FiredRule]
    public var skipped: [SkippedInput]
    /// "srpe", "trimp" or "km": what L3–L5 loads are measured in (DOMAIN.md "Load units").
    public var loadUnit: String = "km"
    /// One entry per calendar day from the first to the last data day.
    public var days: [DayLoad] = []
    public var duplicates: [DuplicateRun] = []
    public var baseline: SeasonBaseline = SeasonBaseline()
    /// The latest week, per presentation, in `Presentation.allCases` order.
    public var latest: [PresentationSummary] = []
    /// Facts the reader must know: defaulted profile values, load unit choice, coverage.
    public var notes: [String] = []
    public var parameters: [ParamValue] = []
    /// Device names seen in the season, sorted.
    public var devices: [String] = []
    /// K1–K4 summaries the assessment used (from `AthleteSeason.kinematics`), rendered per side.
    public var kinematicsNotes: [String] = []
    /// The athlete has a symptom diary with at least one entry.
    public var symptomDiary: Bool = false
    /// The diary's most recent site report (any window), for "last reported: lateral, DATE".
    public var lastSite: SiteReport?
    /// Where the levels are shown: the reported site and what it points to, or one of DOMAIN.md's
    /// three wordings (no diary / no pain in 28 days / pain outside the three sites).
    public var siteSummary: String = ""

    public init(athlete: String, asOf: String, runs: [RunMetrics], weeks: [WeekAssessment],
                firedRules: [FiredRule], skipped: [SkippedInput]) {
        self.athlete = athlete
        self.asOf = asOf
        self.runs = runs
        self.weeks = weeks
        self.firedRules = firedRules
        self.skipped = skipped
    }
}

/// A file a report stage returns for the runner to write (only the runner writes files). `name` is
/// a path relative to the output folder, e.g. "ana-ramp/report.html" (see `FileName`).
public struct Artifact: Sendable, Equatable {
    public var name: String
    public var content: [UInt8]

    public init(name: String, content: [UInt8]) {
        self.name = name
        self.content = content
    }
}

/// Rows a report stage adds to a table of the whole run (one file for every athlete, like the
/// top-level runs.csv): the runner writes `header`, then each athlete's rows in athlete-id order.
public struct TableRows: Sendable, Equatable {
    public var name: String
    public var header: String
    public var rows: [String]

    public init(name: String, header: String, rows: [String]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// A file or folder name for an id read from the user's files (an athlete id from athlete.yaml, a
/// stage name): letters, digits, `-`, `_` and `.` are kept, anything else becomes `_`, and it never
/// starts with a dot. An athlete's files in the output go in the folder `FileName.safe(athlete)`.
public enum FileName {
    public static func safe(_ id: String) -> String {
        let safe = id.map { c -> Character in
            c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." ? c : "_"
        }
        let name = String(safe)
        return name.isEmpty || name.hasPrefix(".") ? "_" + name : name
    }
}

/// What the clinic index needs of one athlete.
public struct IndexEntry: Sendable, Equatable, Codable {
    public var athlete: String
    public var asOf: String
    /// Latest level per presentation, in `Presentation.allCases` order.
    public var levels: [Level]
    public var weeklyDistanceKm: [Double]
    /// The knee sites reported in the last 28 days, each with its sides and its own worst pain
    /// ("lateral (left) 7/10, other (right) 2/10"), empty when none.
    public var sites: String
    /// Worst pain (0–10) reported in the last 28 days at any site; nil when none was reported.
    public var worstPain: Int?
    /// The athlete has a symptom diary: the index tells "no diary" (nobody asked) from "no pain recorded".
    public var symptomDiary: Bool
    /// The diary's most recent site report before the last 28 days ("lateral, 2026-03-10"), empty
    /// when there is none or `sites` is not empty.
    public var lastReported: String

    public init(athlete: String, asOf: String, levels: [Level], weeklyDistanceKm: [Double], sites: String = "",
                worstPain: Int? = nil, symptomDiary: Bool = false, lastReported: String = "") {
        self.athlete = athlete
        self.asOf = asOf
        self.levels = levels
        self.weeklyDistanceKm = weeklyDistanceKm
        self.sites = sites
        self.worstPain = worstPain
        self.symptomDiary = symptomDiary
        self.lastReported = lastReported
    }

    public var highest: Level { levels.max() ?? .none }
}

/// What a report stage returns for one athlete (or, with `athlete` empty, for the season-wide
/// task): files to write, rows for run-wide tables, and a note the runner hands back unread in the
/// season-wide task (`ClinicSeason`).
public struct ReportBundle: Sendable, Equatable {
    public var athlete: String
    public var artifacts: [Artifact]
    public var tables: [TableRows]
    public var seasonEntry: [UInt8]

    public init(athlete: String, artifacts: [Artifact], tables: [TableRows] = [], seasonEntry: [UInt8] = []) {
        self.athlete = athlete
        self.artifacts = artifacts
        self.tables = tables
        self.seasonEntry = seasonEntry
    }
}

/// The season-wide task: once every athlete's report is written, the last stage whose input
/// includes this type gets one task with each report's `seasonEntry`, in athlete-id order, the
/// athlete folders with nothing to score, and everything skipped (load-report writes index.html).
public struct ClinicSeason: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var athlete: String
        public var entry: [UInt8]

        public init(athlete: String, entry: [UInt8]) {
            self.athlete = athlete
            self.entry = entry
        }
    }

    /// An athlete folder with nothing to score (no run files): listed, never scored "none" — a
    /// diary without runs may mean the athlete stopped running because of pain.
    public struct Unscored: Sendable, Equatable {
        public var athlete: String
        /// What the folder holds instead, e.g. "no run files; symptoms.csv has 6 entries".
        public var note: String

        public init(athlete: String, note: String) {
            self.athlete = athlete
            self.note = note
        }
    }

    public var entries: [Entry]
    public var unscored: [Unscored]
    public var skipped: [SkippedInput]

    public init(entries: [Entry], unscored: [Unscored] = [], skipped: [SkippedInput] = []) {
        self.entries = entries
        self.unscored = unscored
        self.skipped = skipped
    }
}
