import ArgumentParser
import Foundation
import GaitWire
import PipelineRunner
import StageKit
import Yams

struct TestStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-stage",
        abstract: "Feed recorded inputs to a stage and compare its outputs with the recorded ones.",
        discussion: """
            FIXTURES_DIR holds NAME.in.pb (a payload of the stage's input type; NAME.TYPE.in.pb for another \
            member of a union input such as Activity|KinematicsFile) and NAME.out.pb (what the \
            stage answered: a gaitpipe.v1.RecordedResult), plus optionally params.yaml (flat name: value) \
            and athlete.yaml (attached to every task). The stage runs as a real replica behind a real \
            dispatcher. With --record, NAME.out.pb is (re)written from what the stage answers now.

            Example: gaitpipe test-stage gait-metrics Tests/StageFixtures/gait-metrics
            """)

    @Argument(help: "The stage: a path to its executable, or a name found next to gaitpipe or in --plugin-path.")
    var executable: String

    @Argument(help: "Folder of NAME.in.pb / NAME.out.pb pairs.")
    var fixtures: String

    @Flag(help: "Write NAME.out.pb from the stage's current answers instead of comparing.")
    var record = false

    @OptionGroup var options: PipelineOptions

    func run() throws {
        let logger = TerminalLogHandler.logger(verbose: options.verbose)
        let catalog = options.catalog
        guard let path = catalog.locate(executable, relativeTo: FileManager.default.currentDirectoryPath) else {
            throw GaitpipeError(.failed, "no stage executable '\(executable)' (looked in \(catalog.searchPath.joined(separator: ", ")))")
        }
        let description = try catalog.describe(path)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []
        let names = files.filter { $0.hasSuffix(".in.pb") }.map { String($0.dropLast(6)) }.sorted()
        guard !names.isEmpty else { throw GaitpipeError(.failed, "no NAME.in.pb files in \(fixtures)") }
        let harness = StageHarness(executable: path, description: description,
                                   params: try Self.params(in: fixtures),
                                   athleteYAML: FileManager.default.contents(atPath: fixtures + "/athlete.yaml").map { [UInt8]($0) } ?? [])
        let problems = harness.paramProblems()
        guard problems.isEmpty else {
            throw GaitpipeError(.failed, "\(fixtures)/params.yaml: " + problems.joined(separator: "; "))
        }
        // NAME.TYPE.in.pb: a payload of that member of a union input (`run --capture` names them so).
        let members = WireUnion.members(description.input)
        let inputs = try names.map { name in
            let suffix = String(name.split(separator: ".").last ?? "")
            return StageHarness.Input(name: name, payload: [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(fixtures)/\(name).in.pb"))),
                                      payloadType: members.dropFirst().contains(suffix) ? suffix : nil)
        }
        let results = try harness.run(inputs, logger: logger)
        var failures = 0
        for name in names {
            let actual = results[name] ?? RecordedResult(error: "no answer")
            let outPath = "\(fixtures)/\(name).out.pb"
            if record {
                try Data(actual.encoded()).write(to: URL(fileURLWithPath: outPath))
                print("recorded  \(name)  \(Self.summary(actual))")
                continue
            }
            guard let data = FileManager.default.contents(atPath: outPath) else {
                failures += 1
                print("MISSING   \(name)  no \(name).out.pb (run with --record)")
                continue
            }
            let expected = try RecordedResult(decoding: [UInt8](data))
            if let difference = Self.difference(expected, actual) {
                failures += 1
                print("DIFFERS   \(name)  \(difference)")
            } else {
                print("ok        \(name)  \(Self.summary(actual))")
            }
        }
        if !record {
            print("\(names.count - failures) passed, \(failures) failed")
            if failures > 0 { throw ExitCode.failure }
        }
    }

    static func params(in dir: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: dir + "/params.yaml") else { return [:] }
        guard let node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self)) else { return [:] }
        guard case .mapping(let map) = node else { throw GaitpipeError(.failed, "\(dir)/params.yaml: expected name: value lines") }
        var params: [String: String] = [:]
        for (k, v) in map {
            guard let key = k.string, let value = v.string else {
                throw GaitpipeError(.failed, "\(dir)/params.yaml:\(k.mark?.line ?? 0): expected a scalar name: value")
            }
            params[key] = value
        }
        return params
    }

    static func summary(_ r: RecordedResult) -> String {
        if !r.error.isEmpty { return "error: \(r.error)" }
        if !r.skippedReason.isEmpty { return "skipped: \(r.skippedReason)" }
        let sizes = zip(r.outputTypes, r.outputs).map { "\($0.0) (\($0.1.count) B)" }
        return sizes.isEmpty ? "no outputs" : sizes.joined(separator: ", ")
    }

    /// What differs, for a person: the first mismatch found.
    static func difference(_ e: RecordedResult, _ a: RecordedResult) -> String? {
        if e.error != a.error { return "error: expected '\(e.error)', got '\(a.error)'" }
        if e.skippedReason != a.skippedReason { return "skipped: expected '\(e.skippedReason)', got '\(a.skippedReason)'" }
        if e.outputTypes != a.outputTypes { return "outputs: expected \(e.outputTypes), got \(a.outputTypes)" }
        for (i, (x, y)) in zip(e.outputs, a.outputs).enumerated() where x != y {
            let at = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
            return "output \(i + 1) (\(e.outputTypes[i])): \(x.count) B expected, \(y.count) B got, first difference at byte \(at)"
        }
        if e.warnings != a.warnings { return "warnings: expected \(e.warnings), got \(a.warnings)" }
        return nil
    }
}
