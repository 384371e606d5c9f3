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
        ("2026-04-31x,left,lateral,1,1,1,\n", "date '2026-04-31x' is not YYYY-MM-DD"),
        ("2026-04-01,up,lateral,1,1,1,\n", "side 'up' is not left, right or both"),
        ("2026-04-01,left,knee,1,1,1,\n", "location 'knee' is not"),
        ("2026-04-01,left,lateral,11,1,1,\n", "pain_during '11' is not a whole number from 0 to 10"),
        ("2026-04-01,left,lateral,1,1,1,running\n", "aggravator 'running' is not one of"),
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
}
