import ArgumentParser
import Foundation
import GaitModel
import PipelineRunner
import StageKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline file against its stages' descriptions without running anything.",
        discussion: """
            Finds every stage executable, asks it for --describe, and checks keys, params (type and \
            range) and that each stage reads what the one before writes. Errors are file:line.

            Example: gaitpipe validate Pipelines/season.yaml
            """)

    @Argument(help: "Pipeline file.")
    var pipeline: String

    @OptionGroup var options: PipelineOptions

    func run() throws {
        do {
            let v = try PipelineValidator.validate(try PipelineFile.load(pipeline),
                                                   catalog: options.catalog)
            print("\(pipeline): ok")
            for s in v.stages {
                let d = s.description
                print("  \(s.entry.name): \(d.name) \(d.version), \(d.input) → \(d.output), replicas \(s.entry.replicas)\(d.grouping == .athlete ? ", grouped per athlete" : "")")
            }
        } catch {
            throw GaitpipeError(.usage, "\(error)")
        }
    }
}
