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
    /// Author, year, journal and study design, from DOMAIN.md.
    public var source: String
    /// Human explanation, "pattern consistent with" wording.
    public var detail: String

    public init(id: String, band: String = "", runID: String = "", date: String, value: Double,
                threshold: Double, baseline: Double, source: String, detail: String) {
        self.id = id
        self.band = band
        self.runID = runID
        self.date = date
        self.value = value
        self.threshold = threshold
        self.baseline = baseline
        self.source = source
        self.detail = detail
    }
}

/// Level and contributing rules of one presentation in one week.
public struct PresentationScore: Sendable, Equatable, Codable {
    public var presentation: Presentation
    public var level: Level
    public var points: Int
    /// Ids of the rules counted (in the week or the 28 days before its last day), sorted, unique.
    public var rules: [String]

    public init(presentation: Presentation, level: Level, points: Int, rules: [String]) {
        self.presentation = presentation
        self.level = level
        self.points = points
        self.rules = rules
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

/// A file produced by load-report, returned to the runner as bytes (only the runner writes files).
public struct Artifact: Sendable, Equatable {
    public var name: String
    public var content: [UInt8]

    public init(name: String, content: [UInt8]) {
        self.name = name
        self.content = content
    }
}

/// What the clinic index needs of one athlete.
public struct IndexEntry: Sendable, Equatable, Codable {
    public var athlete: String
    public var asOf: String
    /// Latest level per presentation, in `Presentation.allCases` order.
    public var levels: [Level]
    public var weeklyDistanceKm: [Double]

    public init(athlete: String, asOf: String, levels: [Level], weeklyDistanceKm: [Double]) {
        self.athlete = athlete
        self.asOf = asOf
        self.levels = levels
        self.weeklyDistanceKm = weeklyDistanceKm
    }

    public var highest: Level { levels.max() ?? .none }
}

/// load-report's output for one athlete.
public struct ReportBundle: Sendable, Equatable {
    public var athlete: String
    public var artifacts: [Artifact]
    public var index: IndexEntry

    public init(athlete: String, artifacts: [Artifact], index: IndexEntry) {
        self.athlete = athlete
        self.artifacts = artifacts
        self.index = index
    }
}
