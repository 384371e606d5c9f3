import AthleteFiles
import GaitModel
import Testing

@Suite struct AthleteFilesTests {
    @Test func fullProfile() throws {
        let p = try AthleteProfileParser.parse("""
            id: ana
            sex: female
            birth_year: 1994
            height_cm: 168
            hr_max: 189
            hr_rest: 52
            threshold_pace: "4:45"
            threshold_hr: 173
            timezone: Europe/Berlin
            rest_days: [2026-03-08, 2026-03-01]
            session_rpe: {2026-03-03-run.fit: 6}
            """)
        #expect(p.id == "ana" && p.sex == .female && p.birthYear == 1994 && p.hrMax == 189 && p.hrRest == 52)
        #expect(p.thresholdPaceSPerKm == 285 && p.thresholdHR == 173 && p.defaulted.isEmpty)
        #expect(p.restDays == [CalendarDay.dayNumber(year: 2026, month: 3, day: 1), CalendarDay.dayNumber(year: 2026, month: 3, day: 8)])
        #expect(p.sessionRPE == ["2026-03-03-run.fit": 6])
    }

    @Test func missingValuesFallBackToDocumentedDefaults() throws {
        for text in ["", "sex: male\n"] {
            let p = try AthleteProfileParser.parse(text)
            #expect(p.hrMax == 200 && p.hrRest == 60 && p.defaulted == ["hr_max", "hr_rest"])
        }
    }

    @Test(arguments: [
        ("sex: female\nhr_max: fast\n", 2, "hr_max 'fast' is not bpm from 100 to 240"),
        ("sex: woman\n", 1, "sex 'woman' is not female, male or unknown"),
        ("id: a\nthreshold_pace: 4.45\n", 2, "threshold_pace '4.45' is not mm:ss per km"),
        ("id: a\n\nrest_days:\n  - 2026-13-01\n", 4, "rest day '2026-13-01' is not a date"),
        ("id: a\nweight: 60\n", 2, "unknown key 'weight'"),
        ("hr_max: 150\nhr_rest: 110\nbirth_year: 1850\n", 3, "birth_year '1850' is not a year"),
    ])
    func badProfilesNameTheLine(text: String, line: Int, message: String) {
        #expect {
            _ = try AthleteProfileParser.parse(text)
        } throws: { error in
            guard let e = error as? AthleteFileError, let p = e.problems.first else { return false }
            return p.line == line && p.message.hasPrefix(message) && p.description.hasPrefix("athlete.yaml:\(line): ")
        }
    }

    static let header = "date,side,location,pain_during,pain_after,pain_next_morning,aggravators\n"

    @Test func symptomDiary() throws {
        let entries = try SymptomDiaryParser.parse(Self.header + """
            2026-04-27,right,lateral,6,4,,predictable_distance;downhill;eases_walking
            2026-04-20,both,inferior_pole,3,,2,"jumping; stairs"

            """)
        #expect(entries.count == 2)
        #expect(entries[0].location == .inferiorPole && entries[0].painAfter == nil && entries[0].aggravators == [.jumping, .stairs])
        #expect(entries[1].side == .right && entries[1].painNextMorning == nil
                && entries[1].aggravators == [.predictableDistance, .downhill, .easesWalking])
    }

    @Test(arguments: [
        ("2026-04-31x,left,lateral,1,1,1,\n", "date '2026-04-31x': expected YYYY-MM-DD"),
        ("2026-04-01,up,lateral,1,1,1,\n", "side 'up': expected left, right or both"),
        ("2026-04-01,left,knee,1,1,1,\n", "location 'knee': expected peripatellar"),
        ("2026-04-01,left,lateral,11,1,1,\n", "pain_during '11': expected a whole number from 0 to 10"),
        ("2026-04-01,left,lateral,1,1,1,running\n", "aggravator 'running': expected one of"),
        ("2026-04-01,left,lateral,1\n", "4 fields; expected 7"),
    ])
    func badDiaryLinesNameTheLine(line: String, message: String) {
        #expect {
            _ = try SymptomDiaryParser.parse(Self.header + "2026-04-01,left,lateral,1,1,1,\n" + line)
        } throws: { error in
            guard let e = error as? AthleteFileError, let p = e.problems.first else { return false }
            return p.line == 3 && p.file == "symptoms.csv" && p.message.hasPrefix(message)
        }
    }

    @Test func wrongHeaderListsTheExpectedColumns() {
        #expect {
            _ = try SymptomDiaryParser.parse("day,pain\n2026-04-01,3\n")
        } throws: { error in
            (error as? AthleteFileError)?.description.contains("expected 'date,side,location,pain_during") == true
        }
    }

    // Issue 16: a bad line or key costs only itself.

    @Test(arguments: [
        ("2026-04-01,bth,lateral,1,1,1,\n", "side 'bth': expected left, right or both"),
        ("2026-04-01,left,lateral,1,1,1,running\n", "aggravator 'running': expected one of"),
        ("2026-04-01,left\n", "2 fields; expected 7"),
    ])
    func aBadDiaryLineCostsOnlyItself(bad: String, message: String) {
        let reading = SymptomDiaryParser.read(Self.header + "2026-04-02,left,lateral,1,1,1,\n" + bad + "2026-04-03,right,other,,2,,\n")
        #expect(!reading.unreadable)
        #expect(reading.value.map(\.side) == [.left, .right], "the two good lines count")
        #expect(reading.problems.count == 1)
        let described = reading.problems.first.map(\.description) ?? ""
        #expect(described.hasPrefix("symptoms.csv:3: \(message)"), "\(described)")
        #expect(reading.skippedInputs(stage: "runner", folder: "cleo/").map(\.path) == ["cleo/symptoms.csv:3"])
    }

    @Test func aWrongHeaderMakesTheDiaryOneSkippedInput() {
        let reading = SymptomDiaryParser.read("day,pain\n2026-04-01,3\n")
        #expect(reading.unreadable && reading.value.isEmpty)
        let skipped = reading.skippedInputs(stage: "runner", folder: "cleo/")
        #expect(skipped.map(\.path) == ["cleo/symptoms.csv"])
        let reason = skipped.first.map(\.reason) ?? ""
        #expect(reason.hasPrefix("line 1: header is 'day,pain'; expected 'date,side,location"))
        #expect(reason.hasSuffix("; the diary is not used"))
    }

    @Test func aTypodKeyIsNamedOnceWithTheNearestKeyAndTheGoodKeysCount() {
        let reading = AthleteProfileParser.read("sxe: female\nhr_max: 190\nhr_rest: 50\nweight: 60\n")
        #expect(reading.problems.map(\.description) == [
            "athlete.yaml:1: unknown key 'sxe'; did you mean 'sex'?",
            "athlete.yaml:4: unknown key 'weight'; expected one of id, sex, birth_year, height_cm, hr_max, hr_rest, threshold_pace, threshold_hr, timezone, rest_days, session_rpe",
        ])
        #expect(reading.value.hrMax == 190 && reading.value.hrRest == 50 && reading.value.defaulted.isEmpty)
    }

    @Test func aBadValueFallsBackToItsDefaultAndSaysSo() {
        let reading = AthleteProfileParser.read("sex: female\nhr_max: fast\n")
        #expect(reading.value.sex == .female && reading.value.hrMax == 200 && reading.value.defaulted == ["hr_max", "hr_rest"])
        #expect(reading.problems.count == 1)
    }

    @Test(arguments: [
        ("Europe/Berln", "athlete.yaml:2: timezone 'Europe/Berln' is not an IANA time zone name; did you mean 'Europe/Berlin'"),
        ("america/new_york", "athlete.yaml:2: timezone 'america/new_york' is not an IANA time zone name; did you mean 'America/New_York'"),
        ("Mars/Olympus", "athlete.yaml:2: timezone 'Mars/Olympus' is not an IANA time zone name;"),
    ])
    func anUnknownTimeZoneNamesTheLineAndTheClosestZones(zone: String, expected: String) {
        let reading = AthleteProfileParser.read("sex: male\ntimezone: \(zone)\n")
        #expect(reading.problems.count == 1)
        let described = reading.problems.first.map(\.description) ?? ""
        #expect(described.hasPrefix(expected), "\(described)")
        #expect(reading.value.timezone == nil && reading.value.sex == .male)
    }

    @Test func notYAMLIsUnreadableAndUsesDefaults() {
        let reading = AthleteProfileParser.read("sex: [female\n")
        #expect(reading.unreadable && reading.value.defaulted == ["hr_max", "hr_rest"])
        let reason = reading.skippedInputs(stage: "runner").first.map(\.reason) ?? ""
        #expect(reason.hasPrefix("not valid YAML (") && reason.hasSuffix("; defaults used for every key"), "\(reason)")
    }
}
