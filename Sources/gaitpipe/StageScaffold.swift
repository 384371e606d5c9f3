import Foundation
import GaitModel
import GaitWire
import PipelineRunner

/// What `gaitpipe new-stage NAME` writes: a compiling RunMetrics → RunMetrics stage and a fixture
/// pair its answer matches, so the new stage has a passing `test-stage` from the first build.
struct StageScaffold {
    let name: String

    /// Kebab-case, starting with a letter: it names an executable and a folder.
    static func problem(with name: String) -> String? {
        let ok = name.first.map { $0.isLowercase && $0.isASCII } == true
            && name.allSatisfy { ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }
            && !name.hasSuffix("-") && !name.contains("--")
        return ok ? nil : "stage names are kebab-case (lower-case letters, digits, single dashes), e.g. run-counter"
    }

    var typeName: String {
        name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Stage"
    }

    var source: String {
        """
        // \(name): a gaitpipe stage. It sits between gait-metrics and injury-scoring and flags short runs;
        // replace `process` with what your stage does. Protocol: Sources/CGaitpipeWire/PROTOCOL.md.
        import StageKit

        struct \(typeName): Stage {
            static let name = "\(name)"
            static let version = "0.1.0"
            static let summary = "Flags runs shorter than min_km (a template: describe your stage here)"
            static let params = [
                ParamSpec(name: "min_km", kind: .number, defaultValue: "3", minimum: 0, maximum: 100,
                          summary: "Runs shorter than this (km) get a warning"),
            ]

            let minKm: Double

            init(params: ResolvedParams) throws(StageFailure) {
                minKm = params.number("min_km")
            }

            func process(_ run: RunMetrics, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<RunMetrics> {
                var run = run
                if run.distanceM < minKm * 1000 {
                    run.warnings.append("\\(Self.name): shorter than \\(minKm) km")
                }
                return StageOutput(outputs: [run])
            }
        }

        StageMain.run(\(typeName).self)

        """
    }

    /// The fixture: a 2.5 km run in, the same run with the template's warning out.
    var fixture: (input: [UInt8], expected: RecordedResult) {
        let run = RunMetrics(runID: "2026-03-02-run.fit", athlete: "fixture", startTime: 1_772_438_400,
                             sport: "running", distanceM: 2500, durationS: 900, movingTimeS: 880)
        var flagged = run
        flagged.warnings.append("\(name): shorter than 3.0 km")
        return (run.encoded(), RecordedResult(outputTypes: [RunMetrics.wireType], outputs: [flagged.encoded()]))
    }

    /// Writes Plugins/NAME/main.swift and Tests/StageFixtures/NAME/; returns the paths written.
    func write(into packageDirectory: String) throws -> [String] {
        let fm = FileManager.default
        let plugin = "\(packageDirectory)/Plugins/\(name)"
        let fixtures = "\(packageDirectory)/Tests/StageFixtures/\(name)"
        for dir in [plugin, fixtures] where fm.fileExists(atPath: dir) {
            throw GaitpipeError(.usage, "\(dir) already exists: choose another name or remove it")
        }
        try fm.createDirectory(atPath: plugin, withIntermediateDirectories: true)
        try fm.createDirectory(atPath: fixtures, withIntermediateDirectories: true)
        try source.write(toFile: plugin + "/main.swift", atomically: true, encoding: .utf8)
        let (input, expected) = fixture
        try Data(input).write(to: URL(fileURLWithPath: fixtures + "/short-run.in.pb"))
        try Data(expected.encoded()).write(to: URL(fileURLWithPath: fixtures + "/short-run.out.pb"))
        return [plugin + "/main.swift", fixtures + "/short-run.in.pb", fixtures + "/short-run.out.pb"]
    }
}

