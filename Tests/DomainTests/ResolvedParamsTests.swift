import GaitModel
import Testing

/// Params are read through checked, typed accessors (issue 17: a misspelt name used to read as NaN).
@Suite struct ResolvedParamsTests {
    static let specs = [
        ParamSpec(name: "ratio", kind: .number, defaultValue: "1.3", summary: "a number"),
        ParamSpec(name: "runs", kind: .integer, defaultValue: "3", summary: "an integer"),
        ParamSpec(name: "strict", kind: .boolean, defaultValue: "false", summary: "a flag"),
        ParamSpec(name: "units", kind: .string, defaultValue: "km", choices: ["km", "mi"], summary: "a choice"),
    ]

    @Test func typedValuesOverDefaults() {
        let p = ResolvedParams(specs: Self.specs, given: ["strict": "true", "runs": "5", "unknown": "x"])
        #expect(p.number("ratio") == 1.3)
        #expect(p.integer("runs") == 5)
        #expect(p.number("runs") == 5)
        #expect(p.bool("strict"))
        #expect(!ResolvedParams(specs: Self.specs, given: [:]).bool("strict"))
        #expect(p.string("units") == "km")
        #expect(p.values["unknown"] == nil)  // only declared params are resolved
    }

    @Test func aMisspeltNameStops() async {
        await #expect(processExitsWith: .failure) {
            _ = ResolvedParams(specs: ResolvedParamsTests.specs, given: [:]).number("raito")
        }
    }

    @Test func theWrongKindStops() async {
        await #expect(processExitsWith: .failure) {
            _ = ResolvedParams(specs: ResolvedParamsTests.specs, given: [:]).bool("units")
        }
    }
}
