import ArgumentParser
import Foundation
import GaitModel
import PipelineRunner
import StageKit

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the stage executables found next to gaitpipe and in --plugin-path, with their params.")

    @OptionGroup var options: PipelineOptions

    func run() throws {
        let catalog = options.catalog
        let stages = catalog.all()
        if stages.isEmpty { print("no stages found in \(catalog.searchPath.joined(separator: ", "))") }
        for (path, d) in stages {
            print("\(d.name) \(d.version)  \(d.input) → \(d.output)\(d.grouping == .athlete ? " (grouped per athlete)" : "")")
            print("  \(d.summary)")
            print("  \(path)")
            for p in d.params {
                var range = ""
                if p.minimum != nil || p.maximum != nil {
                    range = " [\(p.minimum.map { "\($0)" } ?? "")…\(p.maximum.map { "\($0)" } ?? "")]"
                }
                if !p.choices.isEmpty { range = " {\(p.choices.joined(separator: "|"))}" }
                print("    \(p.name) (\(p.kind.rawValue), default \(p.defaultValue))\(range): \(p.summary)")
            }
        }
    }
}
