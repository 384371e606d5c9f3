import AthleteFiles
import GaitModel

/// One athlete's season prepared for the rules: duplicates merged, days classified, weeks laid out.
struct ScoringContext {
    let athlete: String
    let params: ScoringParams
    let profile: AthleteProfile
    let symptoms: [SymptomEntry]
    let kinematics: [KinematicsSession]
    /// Every kept activity (running and other sports), sorted by start time then run id.
    private(set) var activities: [RunMetrics]
    /// Kept running runs (L1, L2 and the gait rules use running only, as their studies did).
    private(set) var running: [RunMetrics]
    let duplicates: [DuplicateRun]
    let calendar: SeasonCalendar
    /// The last data day: the last activity's, or a later diary date up to `diaryDaysAfterLastActivity`
    /// after it (DOMAIN.md "Definitions": the as-of date counts diary dates too — a runner who stopped
    /// because of pain still reports it). -1 for an empty season.
    let asOfDay: Int64
    /// Mondays of every ISO week from the first to the as-of date's week.
    let weeks: [Int64]

    /// A diary date further than this after the last activity (a typo'd year, most often) does not
    /// move the as-of date; the scorer notes such entries.
    static let diaryDaysAfterLastActivity: Int64 = 28

    init(athlete: String, activities all: [RunMetrics], profile: AthleteProfile, symptoms: [SymptomEntry],
         kinematics: [KinematicsSession], params: ScoringParams) {
        self.athlete = athlete
        self.params = params
        self.profile = profile
        self.symptoms = symptoms.sorted { $0.day < $1.day }
        self.kinematics = kinematics
        let merged = DuplicateRuns.merge(all)
        activities = merged.kept
        duplicates = merged.duplicates
        running = merged.kept.filter { $0.sport == "running" }
        calendar = SeasonCalendar(activityDays: Set(merged.kept.map { CalendarDay.dayNumber($0.startTime) }),
                                  restDays: Set(profile.restDays), restGapDays: params.restGapDays)
        var weeks: [Int64] = []
        let lastActivity = calendar.lastDay
        let lastDiaryDay = symptoms.map(\.day).filter { $0 <= lastActivity + Self.diaryDaysAfterLastActivity }.max()
        let asOfDay = calendar.isEmpty ? -1 : max(lastActivity, lastDiaryDay ?? lastActivity)
        self.asOfDay = asOfDay
        if let days = calendar.days {
            var monday = CalendarDay.weekStart(days.lowerBound)
            while monday <= asOfDay {
                weeks.append(monday)
                monday += 7
            }
        }
        self.weeks = weeks
    }

    /// Same activities (same ids and times) with season values set.
    mutating func replace(_ annotated: [RunMetrics]) {
        activities = annotated
        running = annotated.filter { $0.sport == "running" }
    }

    static func day(_ run: RunMetrics) -> Int64 { CalendarDay.dayNumber(run.startTime) }

    func activities(in week: Int64) -> [RunMetrics] {
        activities.filter { (week...(week + 6)).contains(Self.day($0)) }
    }

    func running(in week: Int64) -> [RunMetrics] {
        running.filter { (week...(week + 6)).contains(Self.day($0)) }
    }

    /// True when a rule that fired (or a diary entry) on `day` counts for `week`'s level.
    func inWindow(_ day: Int64, week: Int64) -> Bool { WeekLevelWindow.contains(day, weekStart: week, asOf: asOfDay) }

    /// True when the 30 days before `day` lie inside the recorded season (L1, D1's look-back windows).
    func hasThirtyDaysOfHistory(_ day: Int64) -> Bool { day - 30 >= calendar.firstDay }

    /// Days of the week with at least one activity.
    func coverageDays(_ week: Int64) -> Int {
        (week...(week + 6)).filter { calendar.state($0) == .active }.count
    }

    /// The day a week-level rule fires on: the week's last active day (else its last season day).
    func firingDay(_ week: Int64) -> Int64 {
        (week...(week + 6)).last { calendar.state($0) == .active } ?? min(week + 6, asOfDay)
    }

    /// DOMAIN.md "4-week mean": the mean over the 4 ISO weeks before `week`, dropping weeks without
    /// coverage; nil when fewer than 2 are left.
    func fourWeekMean(before week: Int64, _ value: (Int64) -> Double) -> (mean: Double, weeks: Int)? {
        let covered = (1...4).map { week - 7 * Int64($0) }.filter { coverageDays($0) > 0 }
        guard covered.count >= 2 else { return nil }
        return (covered.map(value).reduce(0, +) / Double(covered.count), covered.count)
    }
}

/// "Spike" against a baseline: above `ratio` × baseline, and a zero baseline with a positive value
/// counts as a spike (DOMAIN.md "Definitions").
func isSpike(_ value: Double, baseline: Double, ratio: Double) -> Bool {
    baseline > 0 ? exceeds(value / baseline, ratio) : value > 0
}

/// `value > threshold` for ratios of recorded decimals: a difference within 1e-9 is equality, so
/// 91 km ÷ 70 km − 1 is exactly 30 % (not 30.000000000000004 %) and does not exceed "> 30 %".
func exceeds(_ value: Double, _ threshold: Double) -> Bool { value > threshold + 1e-9 }

/// What the rules produce: week states, firings with their evidence, and the points they carry.
struct Evaluation {
    var fired: [FiredRule] = []
    var contributions: [RuleContribution] = []
    /// Week (Monday day number) → rule id → state.
    var states: [Int64: [String: RuleState]] = [:]

    mutating func set(_ week: Int64, _ state: RuleState) {
        states[week, default: [:]][state.id] = state
    }

    /// Records a firing and the points it adds, per DOMAIN.md "Rules per presentation".
    mutating func fire(_ rule: FiredRule, day: Int64, criteria: [Criterion]) {
        var rule = rule
        let given = rule.presentations
        rule.presentations = Presentation.allCases.filter { p in given.contains(p) || criteria.contains { $0.presentation == p } }
        rule.points = rule.presentations.map { p in
            criteria.filter { $0.presentation == p }.map(\.points).max() ?? (given.firstIndex(of: p).flatMap {
                $0 < rule.points.count ? rule.points[$0] : nil } ?? 0)
        }
        fired.append(rule)
        for c in criteria {
            contributions.append(RuleContribution(day: day, ruleID: rule.id, presentation: c.presentation,
                                                  criterion: c.weight, points: c.points))
        }
    }
}

/// One line of DOMAIN.md's per-presentation rule list, named by its weight param.
struct Criterion {
    var presentation: Presentation
    var weight: String
    var points: Int
}
