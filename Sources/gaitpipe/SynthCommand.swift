import ArgumentParser
import Foundation
import PipelineRunner
import SeasonSynth

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a deterministic sample season (the demo's input; large settings are the benchmark's).",
        discussion: """
            Per athlete: FIT runs with per-second records and running dynamics, strength and plyometric \
            sessions, athlete.yaml, symptoms.csv and, with --kinematics, lab joint-angle files. The \
            default three athletes tell three stories: ana-ramp (40 % ramp, low cadence, long downhill \
            runs, lateral knee pain at a predictable distance), ben-steady (control) and cleo-hills \
            (hill-sprint and plyometric block, inferior-pole pain). More athletes repeat the stories with \
            varied profiles. The same options write byte-identical files.

            With --export, each athlete folder holds the season as a bulk export instead of FIT files: \
            strava (activities.csv with Strava's English header beside athlete.yaml, activities/*.fit.gz; \
            the steady runner's strength sessions are manual entries without a file) or garmin \
            (DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip with the FIT files and a \
            settings and a weight file); with --zip, the export is one zip beside athlete.yaml.

            Example: gaitpipe synth --out sample-season --seed 1
                     gaitpipe synth --athletes 50 --weeks 52 --out big-season
                     gaitpipe synth --export strava --zip --out strava-season
            """)

    @Option(help: ArgumentHelp("Folder to write the season to.", valueName: "dir"))
    var out: String

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Number of athletes (the first three are the demo's stories).")
    var athletes: Int = 3

    @Option(help: "Number of ISO weeks, from Monday 2026-03-02.")
    var weeks: Int = 18

    @Flag(help: "Also write lab kinematics files (kinematics/*.csv, *.mot).")
    var kinematics = false

    @Option(help: ArgumentHelp("Write each athlete's activities as a bulk export: strava or garmin.", valueName: "kind"))
    var export: String?

    @Flag(help: "With --export: the export as one zip beside athlete.yaml, not unpacked.")
    var zip = false

    func validate() throws {
        guard (1...10_000).contains(athletes) else { throw ValidationError("--athletes must be from 1 to 10000") }
        guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be from 1 to 520") }
        guard !zip || export != nil else { throw ValidationError("--zip needs --export strava|garmin") }
        if let export, SeasonExportWriter.Kind(rawValue: export) == nil {
            throw ValidationError("--export must be strava or garmin, not '\(export)'")
        }
    }

    func run() throws {
        try OutputFolder.checkWritable(out)
        let season = SeasonGenerator(seed: seed, athletes: athletes, weeks: weeks, kinematics: kinematics)
        let files = try export.flatMap(SeasonExportWriter.Kind.init(rawValue:))
            .map { try season.write(to: out, export: SeasonExportWriter(kind: $0, zip: zip)) }
            ?? season.write(to: out)
        print("wrote \(files.count) files to \(out)")
    }
}
