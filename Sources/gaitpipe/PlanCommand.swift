import ArgumentParser
import Foundation
import PipelineRunner

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show, per item and stage, what a run would take from the cache and what it would compute, and why.",
        discussion: """
            Nothing is started or written. "will run" says which part of the cache key changed since the \
            stage last saw that input: input changed, stage executable changed, params changed, new input \
            (or upstream will run).

            Example: gaitpipe plan Pipelines/season.yaml --input sample-season
            """)

    @Argument(help: "Pipeline file.")
    var pipeline: String

    @Option(help: ArgumentHelp("Folder of run files, or of athlete folders.", valueName: "dir"))
    var input: String

    @Flag(name: .customLong("deep-hash"), help: ArgumentHelp(
        "Hash every input file again for the result cache, instead of trusting digests remembered by inode, size and modification time."))
    var deepHash = false

    @OptionGroup var options: PipelineOptions

    func run() throws {
        let validated: ValidatedPipeline
        do {
            validated = try PipelineValidator.validate(try PipelineFile.load(pipeline), catalog: options.catalog)
        } catch {
            throw GaitpipeError(.usage, "\(error)")
        }
        var runOptions = RunOptions(input: input, output: "")
        runOptions.cacheDirectory = CacheDirectory.resolve(explicit: options.cacheDirectory, disabled: options.noCache)
        runOptions.deepHash = deepHash
        runOptions.dryRun = true
        let run = PipelineRun(pipeline: validated, options: runOptions,
                              logger: TerminalLogHandler.logger(verbose: options.verbose))
        let code = run.execute()
        print(run.plan.text, terminator: "")
        if code != 0 { throw ExitCode(code) }
    }
}
