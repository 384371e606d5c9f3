import CGaitpipeWire
import CProtobufC
import GaitModel

extension Assessment: WirePayload {
    public static let wireType = "Assessment"

    public func encoded() -> [UInt8] {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__Assessment> = arena.message { gaitpipe__v1__assessment__init($0) }
        m.pointee.athlete = arena.string(athlete)
        m.pointee.as_of = arena.string(asOf)
        m.pointee.n_runs = runs.count
        m.pointee.runs = arena.messages(runs) { $0.fill(arena) }
        m.pointee.n_weeks = weeks.count
        m.pointee.weeks = arena.messages(weeks) { w in
            let c: UnsafeMutablePointer<Gaitpipe__V1__WeekAssessment> =
                arena.message { gaitpipe__v1__week_assessment__init($0) }
            c.pointee.week = arena.string(w.week)
            c.pointee.week_start = arena.string(w.weekStart)
            c.pointee.coverage_days = Int32(w.coverageDays)
            c.pointee.distance_km = w.distanceKm
            c.pointee.runs = Int32(w.runs)
            c.pointee.n_scores = w.scores.count
            c.pointee.scores = arena.messages(w.scores) { s in
                let c: UnsafeMutablePointer<Gaitpipe__V1__PresentationScore> =
                    arena.message { gaitpipe__v1__presentation_score__init($0) }
                c.pointee.presentation = arena.string(s.presentation.rawValue)
                c.pointee.level = arena.string(s.level.rawValue)
                c.pointee.points = Int32(s.points)
                c.pointee.n_rules = s.rules.count
                c.pointee.rules = arena.strings(s.rules)
                return c
            }
            return c
        }
        m.pointee.n_fired_rules = firedRules.count
        m.pointee.fired_rules = arena.messages(firedRules) { r in
            let c: UnsafeMutablePointer<Gaitpipe__V1__FiredRule> = arena.message { gaitpipe__v1__fired_rule__init($0) }
            c.pointee.id = arena.string(r.id)
            c.pointee.band = arena.string(r.band)
            c.pointee.run_id = arena.string(r.runID)
            c.pointee.date = arena.string(r.date)
            c.pointee.value = r.value
            c.pointee.threshold = r.threshold
            c.pointee.baseline = r.baseline
            c.pointee.source = arena.string(r.source)
            c.pointee.detail = arena.string(r.detail)
            return c
        }
        m.pointee.n_skipped = skipped.count
        m.pointee.skipped = arena.messages(skipped) { $0.fill(arena) }
        return arena.pack(m)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__assessment__unpack,
                          gaitpipe__v1__assessment__free_unpacked) { p throws(WireError) in
            let m = p.pointee
            var weeks: [WeekAssessment] = []
            for w in CRead.messages(m.n_weeks, m.weeks, { $0.pointee }) {
                var scores: [PresentationScore] = []
                for s in CRead.messages(w.n_scores, w.scores, { $0.pointee }) {
                    guard let presentation = Presentation(rawValue: CRead.string(s.presentation)),
                          let level = Level(rawValue: CRead.string(s.level)) else {
                        throw WireError(type: Self.wireType, byteCount: bytes.count,
                                        detail: "unknown presentation or level in week \(CRead.string(w.week))")
                    }
                    scores.append(PresentationScore(presentation: presentation, level: level, points: Int(s.points),
                                                    rules: CRead.strings(s.n_rules, s.rules)))
                }
                weeks.append(WeekAssessment(week: CRead.string(w.week), weekStart: CRead.string(w.week_start),
                                            coverageDays: Int(w.coverage_days), distanceKm: w.distance_km,
                                            runs: Int(w.runs), scores: scores))
            }
            let rules = CRead.messages(m.n_fired_rules, m.fired_rules) { r in
                FiredRule(id: CRead.string(r.pointee.id), band: CRead.string(r.pointee.band),
                          runID: CRead.string(r.pointee.run_id), date: CRead.string(r.pointee.date),
                          value: r.pointee.value, threshold: r.pointee.threshold, baseline: r.pointee.baseline,
                          source: CRead.string(r.pointee.source), detail: CRead.string(r.pointee.detail))
            }
            return Assessment(athlete: CRead.string(m.athlete), asOf: CRead.string(m.as_of),
                              runs: CRead.messages(m.n_runs, m.runs) { RunMetrics(reading: $0) },
                              weeks: weeks, firedRules: rules,
                              skipped: CRead.messages(m.n_skipped, m.skipped) { SkippedInput(reading: $0) })
        }
    }
}

extension ReportBundle: WirePayload {
    public static let wireType = "ReportBundle"

    public func encoded() -> [UInt8] {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__ReportBundle> = arena.message { gaitpipe__v1__report_bundle__init($0) }
        m.pointee.athlete = arena.string(athlete)
        m.pointee.n_artifacts = artifacts.count
        m.pointee.artifacts = arena.messages(artifacts) { a in
            let c: UnsafeMutablePointer<Gaitpipe__V1__Artifact> = arena.message { gaitpipe__v1__artifact__init($0) }
            c.pointee.name = arena.string(a.name)
            c.pointee.content = arena.binary(a.content)
            return c
        }
        let i: UnsafeMutablePointer<Gaitpipe__V1__IndexEntry> = arena.message { gaitpipe__v1__index_entry__init($0) }
        i.pointee.athlete = arena.string(index.athlete)
        i.pointee.as_of = arena.string(index.asOf)
        i.pointee.n_levels = index.levels.count
        i.pointee.levels = arena.strings(index.levels.map(\.rawValue))
        i.pointee.n_weekly_distance_km = index.weeklyDistanceKm.count
        i.pointee.weekly_distance_km = arena.copy(index.weeklyDistanceKm)
        m.pointee.index = i
        return arena.pack(m)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__report_bundle__unpack,
                          gaitpipe__v1__report_bundle__free_unpacked) { p throws(WireError) in
            let m = p.pointee
            let artifacts = CRead.messages(m.n_artifacts, m.artifacts) {
                Artifact(name: CRead.string($0.pointee.name), content: CRead.bytes($0.pointee.content))
            }
            var index = IndexEntry(athlete: CRead.string(m.athlete), asOf: "", levels: [], weeklyDistanceKm: [])
            if let i = m.index?.pointee {
                var levels: [Level] = []
                for name in CRead.strings(i.n_levels, i.levels) {
                    guard let level = Level(rawValue: name) else {
                        throw WireError(type: Self.wireType, byteCount: bytes.count, detail: "unknown level '\(name)'")
                    }
                    levels.append(level)
                }
                index = IndexEntry(athlete: CRead.string(i.athlete), asOf: CRead.string(i.as_of), levels: levels,
                                   weeklyDistanceKm: CRead.array(i.n_weekly_distance_km, i.weekly_distance_km))
            }
            return ReportBundle(athlete: CRead.string(m.athlete), artifacts: artifacts, index: index)
        }
    }
}
