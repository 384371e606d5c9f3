import ArgumentParser
import Foundation
import SeasonSynth

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a deterministic sample season of FIT files (the demo's input).",
        discussion: """
            Three athletes over 18 weeks with per-second records: one ramps to a distance spike, one \
            is a steady control, one builds gradually. The same seed writes byte-identical files.

            Example: gaitpipe synth --out sample-season --seed 1
            """)

    @Option(help: ArgumentHelp("Folder to write the season to.", valueName: "dir"))
    var out: String

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    func run() throws {
        let files = try SeasonGenerator(seed: seed).write(to: out)
        print("wrote \(files.count) files to \(out)")
    }
}
