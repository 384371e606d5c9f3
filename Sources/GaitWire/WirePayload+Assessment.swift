import CGaitpipeWire
import CProtobufC
public import GaitModel

// NaN on the wire stands for a nil Double (protoc-c 1.4 has no proto3 `optional`).

extension Assessment: WirePayload {
    public static let wireType = "Assessment"

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__Assessment> = arena.message { gaitpipe__v1__assessment__init($0) }
        m.pointee.athlete = arena.string(athlete)
        m.pointee.as_of = arena.string(asOf)
        m.pointee.n_runs = runs.count
        m.pointee.runs = arena.messages(runs) { $0.fill(arena) }
        m.pointee.n_weeks = weeks.count
        m.pointee.weeks = arena.messages(weeks) { $0.fill(arena) }
        m.pointee.n_fired_rules = firedRules.count
        m.pointee.fired_rules = arena.messages(firedRules) { $0.fill(arena) }
        m.pointee.n_skipped = skipped.count
        m.pointee.skipped = arena.messages(skipped) { $0.fill(arena) }
        m.pointee.load_unit = arena.string(loadUnit)
        m.pointee.n_days = days.count
        m.pointee.days = arena.messages(days) { d in
            let c: UnsafeMutablePointer<Gaitpipe__V1__DayLoad> = arena.message { gaitpipe__v1__day_load__init($0) }
            c.pointee.date = arena.string(d.date)
            c.pointee.state = arena.string(d.state.rawValue)
            c.pointee.distance_km = d.distanceKm
            c.pointee.load = d.load ?? .nan
            c.pointee.acute = d.acute ?? .nan
            c.pointee.chronic = d.chronic ?? .nan
            c.pointee.acwr = d.acwr ?? .nan
            c.pointee.acwr_rolling = d.acwrRolling ?? .nan
            c.pointee.fitness = d.fitness ?? .nan
            c.pointee.fatigue = d.fatigue ?? .nan
            c.pointee.form = d.form ?? .nan
            c.pointee.estimated = d.estimated ? 1 : 0
            return c
        }
        m.pointee.n_duplicates = duplicates.count
        m.pointee.duplicates = arena.messages(duplicates) { d in
            let c: UnsafeMutablePointer<Gaitpipe__V1__DuplicateRun> =
                arena.message { gaitpipe__v1__duplicate_run__init($0) }
            c.pointee.run_id = arena.string(d.runID)
            c.pointee.kept_run_id = arena.string(d.keptRunID)
            c.pointee.overlap = d.overlap
            c.pointee.reason = arena.string(d.reason)
            return c
        }
        let b: UnsafeMutablePointer<Gaitpipe__V1__SeasonBaseline> = arena.message { gaitpipe__v1__season_baseline__init($0) }
        b.pointee.reference_speed_mps = baseline.referenceSpeedMPS ?? .nan
        b.pointee.cadence_intercept = baseline.cadenceIntercept ?? .nan
        b.pointee.cadence_slope = baseline.cadenceSlope ?? .nan
        b.pointee.step_length_intercept = baseline.stepLengthIntercept ?? .nan
        b.pointee.step_length_slope = baseline.stepLengthSlope ?? .nan
        b.pointee.runs_used = Int32(clamping: baseline.runsUsed)
        m.pointee.baseline = b
        m.pointee.n_latest = latest.count
        m.pointee.latest = arena.messages(latest) { s in
            let c: UnsafeMutablePointer<Gaitpipe__V1__PresentationSummary> =
                arena.message { gaitpipe__v1__presentation_summary__init($0) }
            c.pointee.presentation = arena.string(s.presentation.rawValue)
            c.pointee.level = arena.string(s.level.rawValue)
            c.pointee.points = Int32(clamping: s.points)
            c.pointee.capped = s.capped ? 1 : 0
            c.pointee.site_reported = s.siteReported ? 1 : 0
            c.pointee.headline = arena.string(s.headline)
            c.pointee.n_reasons = s.reasons.count
            c.pointee.reasons = arena.strings(s.reasons)
            c.pointee.n_advice = s.advice.count
            c.pointee.advice = arena.strings(s.advice)
            c.pointee.n_avoid = s.avoid.count
            c.pointee.avoid = arena.strings(s.avoid)
            return c
        }
        m.pointee.n_notes = notes.count
        m.pointee.notes = arena.strings(notes)
        m.pointee.n_parameters = parameters.count
        m.pointee.parameters = arena.messages(parameters) { p in
            let c: UnsafeMutablePointer<Gaitpipe__V1__ParamValue> = arena.message { gaitpipe__v1__param_value__init($0) }
            c.pointee.name = arena.string(p.name)
            c.pointee.value = arena.string(p.value)
            return c
        }
        m.pointee.n_devices = devices.count
        m.pointee.devices = arena.strings(devices)
        m.pointee.n_kinematics_notes = kinematicsNotes.count
        m.pointee.kinematics_notes = arena.strings(kinematicsNotes)
        m.pointee.symptom_diary = symptomDiary ? 1 : 0
        m.pointee.last_site = lastSite.map { $0.fill(arena) }
        m.pointee.site_summary = arena.string(siteSummary)
        return arena.packer(m, body)
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__assessment__unpack,
                          gaitpipe__v1__assessment__free_unpacked) { p throws(WireError) in
            let m = p.pointee
            func bad(_ detail: String) -> WireError {
                WireError(type: Self.wireType, byteCount: bytes.count, detail: detail)
            }
            var weeks: [WeekAssessment] = []
            for w in CRead.messages(m.n_weeks, m.weeks, { $0 }) {
                guard let week = WeekAssessment(reading: w) else {
                    throw bad("unknown presentation, level or rule status in week \(CRead.string(w.pointee.week))")
                }
                weeks.append(week)
            }
            var rules: [FiredRule] = []
            for r in CRead.messages(m.n_fired_rules, m.fired_rules, { $0 }) {
                guard let rule = FiredRule(reading: r) else {
                    throw bad("unknown presentation in fired rule \(CRead.string(r.pointee.id))")
                }
                rules.append(rule)
            }
            var a = Assessment(athlete: CRead.string(m.athlete), asOf: CRead.string(m.as_of),
                               runs: CRead.messages(m.n_runs, m.runs) { RunMetrics(reading: $0) },
                               weeks: weeks, firedRules: rules,
                               skipped: CRead.messages(m.n_skipped, m.skipped) { SkippedInput(reading: $0) })
            a.loadUnit = CRead.string(m.load_unit)
            for d in CRead.messages(m.n_days, m.days, { $0.pointee }) {
                guard let state = DayLoad.State(rawValue: CRead.string(d.state)) else {
                    throw bad("unknown day state '\(CRead.string(d.state))' on \(CRead.string(d.date))")
                }
                a.days.append(DayLoad(date: CRead.string(d.date), state: state, distanceKm: d.distance_km,
                                      load: RunMetrics.optional(d.load), acute: RunMetrics.optional(d.acute),
                                      chronic: RunMetrics.optional(d.chronic), acwr: RunMetrics.optional(d.acwr),
                                      acwrRolling: RunMetrics.optional(d.acwr_rolling),
                                      fitness: RunMetrics.optional(d.fitness), fatigue: RunMetrics.optional(d.fatigue),
                                      form: RunMetrics.optional(d.form)))
                a.days[a.days.count - 1].estimated = d.estimated != 0
            }
            a.duplicates = CRead.messages(m.n_duplicates, m.duplicates) {
                DuplicateRun(runID: CRead.string($0.pointee.run_id), keptRunID: CRead.string($0.pointee.kept_run_id),
                             overlap: $0.pointee.overlap, reason: CRead.string($0.pointee.reason))
            }
            if let b = m.baseline?.pointee {
                a.baseline = SeasonBaseline(
                    referenceSpeedMPS: RunMetrics.optional(b.reference_speed_mps),
                    cadenceIntercept: RunMetrics.optional(b.cadence_intercept),
                    cadenceSlope: RunMetrics.optional(b.cadence_slope),
                    stepLengthIntercept: RunMetrics.optional(b.step_length_intercept),
                    stepLengthSlope: RunMetrics.optional(b.step_length_slope), runsUsed: Int(b.runs_used))
            }
            for s in CRead.messages(m.n_latest, m.latest, { $0.pointee }) {
                guard let presentation = Presentation(rawValue: CRead.string(s.presentation)),
                      let level = Level(rawValue: CRead.string(s.level)) else {
                    throw bad("unknown presentation or level in the latest summary")
                }
                a.latest.append(PresentationSummary(
                    presentation: presentation, level: level, points: Int(s.points), capped: s.capped != 0,
                    siteReported: s.site_reported != 0, headline: CRead.string(s.headline), reasons: CRead.strings(s.n_reasons, s.reasons),
                    advice: CRead.strings(s.n_advice, s.advice), avoid: CRead.strings(s.n_avoid, s.avoid)))
            }
            a.notes = CRead.strings(m.n_notes, m.notes)
            a.parameters = CRead.messages(m.n_parameters, m.parameters) {
                ParamValue(name: CRead.string($0.pointee.name), value: CRead.string($0.pointee.value))
            }
            a.devices = CRead.strings(m.n_devices, m.devices)
            a.kinematicsNotes = CRead.strings(m.n_kinematics_notes, m.kinematics_notes)
            a.symptomDiary = m.symptom_diary != 0
            if let s = m.last_site {
                guard let site = SiteReport(reading: s) else { throw bad("unknown site, side or aggravator in last_site") }
                a.lastSite = site
            }
            a.siteSummary = CRead.string(m.site_summary)
            return a
        }
    }
}

extension FiredRule {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__FiredRule> {
        let c: UnsafeMutablePointer<Gaitpipe__V1__FiredRule> = arena.message { gaitpipe__v1__fired_rule__init($0) }
        c.pointee.id = arena.string(id)
        c.pointee.band = arena.string(band)
        c.pointee.run_id = arena.string(runID)
        c.pointee.date = arena.string(date)
        c.pointee.value = value
        c.pointee.threshold = threshold
        c.pointee.baseline = baseline
        c.pointee.source = arena.string(source)
        c.pointee.detail = arena.string(detail)
        c.pointee.design = arena.string(design)
        c.pointee.unit = arena.string(unit)
        c.pointee.n_presentations = presentations.count
        c.pointee.presentations = arena.strings(presentations.map(\.rawValue))
        c.pointee.n_points = points.count
        c.pointee.points = arena.copy(points.map { Int32(clamping: $0) })
        return c
    }

    /// Nil when a presentation name is unknown.
    init?(reading p: UnsafeMutablePointer<Gaitpipe__V1__FiredRule>) {
        let r = p.pointee
        var presentations: [Presentation] = []
        for name in CRead.strings(r.n_presentations, r.presentations) {
            guard let presentation = Presentation(rawValue: name) else { return nil }
            presentations.append(presentation)
        }
        self.init(id: CRead.string(r.id), band: CRead.string(r.band), runID: CRead.string(r.run_id),
                  date: CRead.string(r.date), value: r.value, threshold: r.threshold, baseline: r.baseline,
                  source: CRead.string(r.source), design: CRead.string(r.design), detail: CRead.string(r.detail),
                  unit: CRead.string(r.unit), presentations: presentations,
                  points: CRead.array(r.n_points, r.points).map(Int.init))
    }
}

extension WeekAssessment {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__WeekAssessment> {
        let c: UnsafeMutablePointer<Gaitpipe__V1__WeekAssessment> =
            arena.message { gaitpipe__v1__week_assessment__init($0) }
        c.pointee.week = arena.string(week)
        c.pointee.week_start = arena.string(weekStart)
        c.pointee.coverage_days = Int32(clamping: coverageDays)
        c.pointee.distance_km = distanceKm
        c.pointee.runs = Int32(clamping: runs)
        c.pointee.n_scores = scores.count
        c.pointee.scores = arena.messages(scores) { s in
            let c: UnsafeMutablePointer<Gaitpipe__V1__PresentationScore> =
                arena.message { gaitpipe__v1__presentation_score__init($0) }
            c.pointee.presentation = arena.string(s.presentation.rawValue)
            c.pointee.level = arena.string(s.level.rawValue)
            c.pointee.points = Int32(clamping: s.points)
            c.pointee.n_rules = s.rules.count
            c.pointee.rules = arena.strings(s.rules)
            c.pointee.capped = s.capped ? 1 : 0
            return c
        }
        c.pointee.untracked_days = Int32(clamping: untrackedDays)
        c.pointee.load = load ?? .nan
        c.pointee.monotony = monotony ?? .nan
        c.pointee.strain = strain ?? .nan
        c.pointee.descent_m = descentM ?? .nan
        c.pointee.ascent_m = ascentM ?? .nan
        c.pointee.high_intensity_min = highIntensityMin ?? .nan
        c.pointee.jump_sessions = Int32(clamping: jumpSessions)
        c.pointee.cadence_matched_spm = cadenceMatchedSPM ?? .nan
        c.pointee.n_rules = rules.count
        c.pointee.rules = arena.messages(rules) { r in
            let c: UnsafeMutablePointer<Gaitpipe__V1__RuleState> = arena.message { gaitpipe__v1__rule_state__init($0) }
            c.pointee.id = arena.string(r.id)
            c.pointee.status = arena.string(r.status.rawValue)
            c.pointee.value = r.value ?? .nan
            c.pointee.threshold = r.threshold ?? .nan
            c.pointee.baseline = r.baseline ?? .nan
            c.pointee.note = arena.string(r.note)
            return c
        }
        c.pointee.n_sites = sites.count
        c.pointee.sites = arena.messages(sites) { $0.fill(arena) }
        return c
    }

    /// Nil when a presentation, level, rule status or site is unknown.
    init?(reading p: UnsafeMutablePointer<Gaitpipe__V1__WeekAssessment>) {
        let w = p.pointee
        var scores: [PresentationScore] = []
        for s in CRead.messages(w.n_scores, w.scores, { $0.pointee }) {
            guard let presentation = Presentation(rawValue: CRead.string(s.presentation)),
                  let level = Level(rawValue: CRead.string(s.level)) else { return nil }
            scores.append(PresentationScore(presentation: presentation, level: level, points: Int(s.points),
                                            rules: CRead.strings(s.n_rules, s.rules), capped: s.capped != 0))
        }
        self.init(week: CRead.string(w.week), weekStart: CRead.string(w.week_start),
                  coverageDays: Int(w.coverage_days), distanceKm: w.distance_km, runs: Int(w.runs), scores: scores)
        untrackedDays = Int(w.untracked_days)
        load = RunMetrics.optional(w.load)
        monotony = RunMetrics.optional(w.monotony)
        strain = RunMetrics.optional(w.strain)
        descentM = RunMetrics.optional(w.descent_m)
        ascentM = RunMetrics.optional(w.ascent_m)
        highIntensityMin = RunMetrics.optional(w.high_intensity_min)
        jumpSessions = Int(w.jump_sessions)
        cadenceMatchedSPM = RunMetrics.optional(w.cadence_matched_spm)
        for r in CRead.messages(w.n_rules, w.rules, { $0.pointee }) {
            guard let status = RuleStatus(rawValue: CRead.string(r.status)) else { return nil }
            rules.append(RuleState(id: CRead.string(r.id), status: status, value: RunMetrics.optional(r.value),
                                   threshold: RunMetrics.optional(r.threshold), baseline: RunMetrics.optional(r.baseline),
                                   note: CRead.string(r.note)))
        }
        for site in CRead.messages(w.n_sites, w.sites, { $0 }) {
            guard let report = SiteReport(reading: site) else { return nil }
            sites.append(report)
        }
    }
}

extension SiteReport {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__SiteReport> {
        let c: UnsafeMutablePointer<Gaitpipe__V1__SiteReport> = arena.message { gaitpipe__v1__site_report__init($0) }
        c.pointee.site = arena.string(site.rawValue)
        c.pointee.n_sides = sides.count
        c.pointee.sides = arena.strings(sides.map(\.rawValue))
        c.pointee.worst_pain = Int32(worstPain ?? -1)
        c.pointee.days = Int32(clamping: days)
        c.pointee.last_date = arena.string(lastDate)
        c.pointee.n_aggravators = aggravators.count
        c.pointee.aggravators = arena.strings(aggravators.map(\.rawValue))
        return c
    }

    /// Nil when a site, side or aggravator name is unknown.
    init?(reading p: UnsafeMutablePointer<Gaitpipe__V1__SiteReport>) {
        let r = p.pointee
        guard let site = SymptomEntry.Location(rawValue: CRead.string(r.site)) else { return nil }
        var sides: [SymptomEntry.Side] = []
        for name in CRead.strings(r.n_sides, r.sides) {
            guard let side = SymptomEntry.Side(rawValue: name) else { return nil }
            sides.append(side)
        }
        var aggravators: [SymptomEntry.Aggravator] = []
        for name in CRead.strings(r.n_aggravators, r.aggravators) {
            guard let a = SymptomEntry.Aggravator(rawValue: name) else { return nil }
            aggravators.append(a)
        }
        self.init(site: site, sides: sides, worstPain: r.worst_pain >= 0 ? Int(r.worst_pain) : nil, days: Int(r.days),
                  lastDate: CRead.string(r.last_date), aggravators: aggravators)
    }
}
