import GaitModel

/// What one athlete does week by week, and how their knee feels: the sessions of a week and the
/// symptom-diary lines of the story (SeasonAthlete.Story).
struct SeasonStory {
    struct Session {
        enum Kind {
            case run(distance: Double, speed: Double, workout: Workout, route: Route.Kind)
            case strength(minutes: Double, categories: [Int])
        }

        var day: Int64
        var secondOfDay: Int
        var suffix: String
        var kind: Kind
    }

    static let symptomsHeader = "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n"

    var athlete: SeasonAthlete
    var weeks: Int

    /// ITBS story: the ramp week and the first week with pain.
    var rampWeek: Int { max(1, weeks / 3) }
    var painWeek: Int { rampWeek + 2 }
    /// Tendinopathy story: the block's first week and the first week with pain.
    var blockWeek: Int { max(1, weeks / 2) }
    var tendonPainWeek: Int { blockWeek + 2 }
    /// Where the lateral knee pain comes on.
    static let painDistance = 9_000.0

    func sessions(week: Int, monday: Int64, history: [(day: Int64, distance: Double)],
                  rng: inout SplitMix64) -> [Session] {
        var runs: [(day: Int, distance: Double, workout: Workout, route: Route.Kind)] = []
        var strength: [(day: Int, categories: [Int])] = []
        let easy = { (rng: inout SplitMix64) in rng.uniform(athlete.easySpeed) }
        let rolling = Route.Kind.rolling
        switch athlete.story {
        case .itbsRamp:
            let ramped = week >= rampWeek
            let growth = ramped ? min(1.3, 1 + 0.07 * Double(week - rampWeek)) : 1
            let count = rng.integer(4...5)
            for _ in 0..<(count - 1) {
                runs.append((0, 1000 * rng.uniform(6...8) * (ramped ? 1.4 : 1), .easy, rng.unit() < 0.5 ? .flat : rolling))
            }
            // Long run on Saturday: 9 km before the ramp, then 13 km on the long-descent route, growing.
            runs.append((5, 1000 * (ramped ? 13 * growth : rng.uniform(8.5...9.5)), .easy, ramped ? .longDescent : rolling))
        case .steadyControl:
            for i in 0..<4 { runs.append((0, 1000 * rng.uniform(7.5...10), i == 1 ? .tempo : .easy, i == 2 ? .flat : rolling)) }
            strength.append((2, [28, 17, 11]))
        case .hillSprintBlock:
            let block = week >= blockWeek
            if block {
                runs.append((1, 1000 * rng.uniform(6.5...7.5), .hillSprints, .hillRepeats(repeats: 10)))
                runs.append((3, 1000 * rng.uniform(6.5...7.5), .hillSprints, .hillRepeats(repeats: 10)))
                runs.append((0, 1000 * rng.uniform(7...9), .easy, .flat))
                runs.append((6, 1000 * rng.uniform(10...12), .easy, rolling))
                strength.append((2, [20, 28]))
                strength.append((5, [20, 17]))
            } else {
                for i in 0..<4 { runs.append((0, 1000 * rng.uniform(7.5...9.5), i == 0 ? .strides : .easy, rolling)) }
                // Her long run stays within 1.25 × the week's other runs: no L1 spike in this story.
                let longest = runs.map(\.distance).max() ?? 9_000
                runs.append((6, min(1000 * rng.uniform(10...12), 1.25 * longest), .easy, rolling))
                if week % 2 == 0 { strength.append((2, [28, 11])) }
            }
        }
        // Runs without a fixed day get distinct free days (Fisher–Yates with our generator).
        let fixed = Set(runs.map(\.day).filter { $0 != 0 } + strength.map(\.day))
        var free = Array(0..<7).filter { !fixed.contains($0) }
        for i in stride(from: free.count - 1, to: 0, by: -1) { free.swapAt(i, rng.integer(0...i)) }
        var next = 0
        var sessions: [Session] = []
        var used: [Int: Int] = [:]
        for run in runs {
            var day = run.day
            if day == 0 {
                if next < free.count { day = free[next]; next += 1 } else { day = free.first ?? 0 }
            }
            sessions.append(session(day: day, monday: monday, used: &used, rng: &rng,
                                    kind: .run(distance: min(run.distance, athlete.easySpeed.upperBound * SeasonGenerator.maxRunSeconds),
                                               speed: easy(&rng), workout: run.workout, route: run.route)))
        }
        for s in strength {
            sessions.append(session(day: s.day, monday: monday, used: &used, rng: &rng,
                                    kind: .strength(minutes: rng.uniform(35...50), categories: s.categories)))
        }
        // Occasionally two sessions on one day: the later one is the "-2" file.
        if rng.unit() < athlete.doubleDayChance, sessions.count >= 2, case .run = sessions[0].kind {
            sessions[0].day = sessions[1].day
            sessions[0].secondOfDay = 18 * 3600
            sessions[0].suffix = String(sessions[0].suffix.dropLast(4)) + "-2.fit"
        }
        return sessions.sorted { ($0.day, $0.secondOfDay) < ($1.day, $1.secondOfDay) }
    }

    private func session(day: Int, monday: Int64, used: inout [Int: Int], rng: inout SplitMix64, kind: Session.Kind) -> Session {
        let n = used[day, default: 0]
        used[day] = n + 1
        let isRun: Bool
        if case .run = kind { isRun = true } else { isRun = false }
        // Mornings 06:00–08:30; a second session that day at 17:00.
        let second = n == 0 ? 6 * 3600 + 60 * rng.integer(0...150) : 17 * 3600
        let suffix = (isRun ? "-run" : "-strength") + (n == 0 ? "" : "-\(n + 1)") + ".fit"
        return Session(day: monday + Int64(day), secondOfDay: second, suffix: suffix, kind: kind)
    }

    /// The ITBS runner stops to walk where the pain comes on, once it has started.
    func walkBreakDistance(week: Int, distance: Double) -> Double? {
        athlete.story == .itbsRamp && week >= painWeek && distance > Self.painDistance + 1_000 ? Self.painDistance : nil
    }

    /// Borg CR-10 session RPE by workout.
    func rpe(_ workout: Workout) -> Double {
        switch workout {
        case .easy: 3
        case .strides: 4
        case .tempo: 7
        case .hillSprints: 8
        }
    }

    /// A diary line for a session day when the story has symptoms then.
    func symptomLine(day: Int64, week: Int, run distance: Double?, walkBreak: Double?, rng: inout SplitMix64) -> String? {
        let date = CalendarDay.date(day)
        switch athlete.story {
        case .itbsRamp:
            guard week >= painWeek, let distance else { return nil }
            if walkBreak != nil {
                let during = min(8, 5 + (week - painWeek) / 2 + rng.integer(0...1))
                return "\(date),right,lateral,\(during),\(during - 2),1,predictable_distance;downhill;long_run;eases_walking\n"
            }
            return distance > 8_000 ? "\(date),right,lateral,2,1,0,downhill\n" : nil
        case .hillSprintBlock:
            guard week >= tendonPainWeek else { return nil }
            let k = week - tendonPainWeek
            let during = min(8, 3 + k + rng.integer(0...1)), after = min(8, 3 + k), morning = min(7, 2 + k)
            return "\(date),both,inferior_pole,\(during),\(after),\(morning),jumping;sprinting;stairs;hills\n"
        case .steadyControl:
            return nil
        }
    }
}
