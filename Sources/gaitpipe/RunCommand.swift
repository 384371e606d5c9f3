import ArgumentParser
import Foundation
import PipelineRunner

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline file over an input folder and write the reports.",
        discussion: """
            Input: run files (*.fit, *.csv, also .gz/.zip) directly in the folder (one athlete), or one \
            sub-folder per athlete with optional athlete.yaml and symptoms.csv.
            Output: <out>/<athlete>/report.html, report.json, runs.csv, weeks.csv; <out>/index.html, \
            runs.csv, weeks.csv, summary.json.
            Exit codes: 0 all inputs processed or listed as skipped; 1 a stage failed; 2 usage or \
            validation error; 3 with --strict when anything was skipped; 130 interrupted.

            Example: gaitpipe run Pipelines/season.yaml --input sample-season --out out
            """)

    @Argument(help: "Pipeline file, e.g. Pipelines/season.yaml.")
    var pipeline: String

    @Option(help: ArgumentHelp("Folder of run files, or of athlete folders.", valueName: "dir"))
    var input: String

    @Option(help: ArgumentHelp("Folder to write the reports to (created, mode 0700).", valueName: "dir"))
    var out: String

    @Flag(help: "Exit 3 when any input was skipped.")
    var strict = false

    @Option(help: ArgumentHelp("Also write the first tasks' inputs of each stage to DIR/<stage>/NAME.in.pb: fixtures for `gaitpipe test-stage`.",
                               valueName: "dir"))
    var capture: String?

    @Option(name: .customLong("capture-limit"), help: "Inputs captured per stage with --capture.")
    var captureLimit = 3

    @OptionGroup var options: PipelineOptions

    func run() throws {
        let logger = TerminalLogHandler.logger(verbose: options.verbose)
        let validated: ValidatedPipeline
        do {
            validated = try PipelineValidator.validate(try PipelineFile.load(pipeline),
                                                       catalog: options.catalog)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(RunExitCode.usage)
        }
        InterruptFlag.install()
        let run = PipelineRun(pipeline: validated,
                              options: RunOptions(input: input, output: out, strict: strict,
                                                  liveProgress: isatty(2) != 0, captureDirectory: capture,
                                                  captureLimit: captureLimit),
                              logger: logger)
        let code = run.execute()
        if code != 0 { throw ExitCode(code) }
        print("open \((out as NSString).appendingPathComponent("index.html"))")
    }
}
