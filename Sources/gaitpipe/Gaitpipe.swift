import ArgumentParser
import PipelineRunner

struct Gaitpipe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaitpipe",
        abstract: "Knee-pain pattern screening and load management from a season of running data.",
        discussion: """
            gaitpipe runs a pipeline of stage executables (Pipelines/*.yaml) over a folder of FIT/CSV \
            run files and writes, per athlete and ISO week, which knee-pain presentation the data is \
            consistent with, which rules fired and why. It is a screening summary, not a diagnosis.

            Quick start:
              gaitpipe synth --out sample-season
              gaitpipe run Pipelines/season.yaml --input sample-season --out out
            """,
        subcommands: [RunCommand.self, ValidateCommand.self, StagesCommand.self, SynthCommand.self,
                      TestStageCommand.self, NewStageCommand.self, InspectCommand.self, KeygenCommand.self,
                      WorkerCommand.self, PlanCommand.self, CacheCommand.self])
}

/// Options every pipeline-reading command shares.
struct PipelineOptions: ParsableArguments {
    @Option(name: .customLong("plugin-path"), help: ArgumentHelp(
        "Extra folder to look for stage executables in (repeatable). Stages next to gaitpipe are always found.",
        valueName: "dir"))
    var pluginPaths: [String] = []

    @Option(name: .customLong("cache-dir"), help: ArgumentHelp(
        "Cache folder (default $XDG_CACHE_HOME/gaitpipe, else ~/.cache/gaitpipe).", valueName: "dir"))
    var cacheDirectory: String?

    @Flag(name: .customLong("no-cache"), help: "Use no cache: describe every stage afresh.")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Log every protocol step (debug level).")
    var verbose = false

    /// The stage catalog these options describe.
    var catalog: StageCatalog {
        StageCatalog(pluginPaths: pluginPaths,
                     cacheDirectory: CacheDirectory.resolve(explicit: cacheDirectory, disabled: noCache))
    }
}
