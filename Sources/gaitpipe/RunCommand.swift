import ArgumentParser
import Foundation
import PipelineRunner

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline file over an input folder and write the reports.",
        discussion: """
            Input: run files (*.fit, *.csv, *.gpx, *.tcx, also .gz/.zip) directly in the folder (one athlete), or one \
            sub-folder per athlete with optional athlete.yaml and symptoms.csv. A Strava or Garmin Connect \
            bulk export (zip or folder) is one athlete: as --input, as an athlete folder, or beside athlete.yaml.
            Output: <out>/<athlete>/report.html, report.json, runs.csv, weeks.csv; <out>/index.html, \
            runs.csv, weeks.csv, summary.json.
            Exit codes: 0 all inputs processed or listed as skipped; 1 a stage failed; 2 usage or \
            validation error; 3 with --strict when anything was skipped or an athlete file had a problem; \
            130 interrupted.

            Example: gaitpipe run Pipelines/season.yaml --input sample-season --out out
            """)

    @Argument(help: "Pipeline file, e.g. Pipelines/season.yaml.")
    var pipeline: String

    @Option(help: ArgumentHelp("Folder of run files, or of athlete folders.", valueName: "dir"))
    var input: String

    @Option(help: ArgumentHelp("Folder to write the reports to (created, mode 0700).", valueName: "dir"))
    var out: String

    @Flag(help: "Exit 3 when any input was skipped or an athlete file had a problem.")
    var strict = false

    @Option(help: ArgumentHelp("Also write the first tasks' inputs of each stage to DIR/<stage>/NAME.in.pb: fixtures for `gaitpipe test-stage`.",
                               valueName: "dir"))
    var capture: String?

    @Option(name: .customLong("capture-limit"), help: "Inputs captured per stage with --capture.")
    var captureLimit = 3

    @Option(help: ArgumentHelp("Write a Chrome trace-event JSON of every task (open it in Perfetto).", valueName: "file"))
    var trace: String?

    @Option(name: .customLong("task-timeout"), help: "Seconds a task may run before its replica is presumed stuck, killed and the task retried.")
    var taskTimeout: Int = 300

    @Option(name: .customLong("server-key"), help: ArgumentHelp(
        "The runner's secret certificate (NAME_secret from `gaitpipe keygen`), for stages marked remote.", valueName: "file"))
    var serverKey: String?

    @Option(name: .customLong("authorized-workers"), help: ArgumentHelp(
        "File of `label public-key` lines: the only workers admitted to remote stages.", valueName: "file"))
    var authorizedWorkers: String?

    @Option(name: .customLong("cache-max-size"), help: ArgumentHelp(
        "Bound of the result cache: least recently used entries are removed at the end of the run (default $GAITPIPE_CACHE_MAX_SIZE, else 5G).",
        valueName: "size"))
    var cacheMaxSize: String?

    @Flag(name: .customLong("deep-hash"), help: ArgumentHelp(
        "Hash every input file again for the result cache, instead of trusting digests remembered by inode, size and modification time."))
    var deepHash = false

    @OptionGroup var options: PipelineOptions

    func run() throws {
        let logger = TerminalLogHandler.logger(verbose: options.verbose)
        let validated: ValidatedPipeline
        do {
            validated = try PipelineValidator.validate(try PipelineFile.load(pipeline),
                                                       catalog: options.catalog)
        } catch {
            throw GaitpipeError(.usage, "\(error)")
        }
        InterruptFlag.install()
        var runOptions = RunOptions(input: input, output: out, strict: strict, liveProgress: isatty(2) != 0,
                                    captureDirectory: capture, captureLimit: captureLimit)
        runOptions.progressOutput = { FileHandle.standardError.write(Data($0.utf8)) }
        runOptions.traceFile = trace
        runOptions.taskDeadline = .seconds(max(1, taskTimeout))
        runOptions.cacheDirectory = CacheDirectory.resolve(explicit: options.cacheDirectory, disabled: options.noCache)
        runOptions.deepHash = deepHash
        runOptions.cacheMaxBytes = try CacheDirectory.maxBytes(explicit: cacheMaxSize)
        runOptions.serverCertificate = serverKey
        runOptions.authorizedWorkers = authorizedWorkers
        // Fail closed: no TCP listener without CURVE keys and a list of admitted workers — unless the
        // runner launches its workers (launch: slurm), when it makes a key pair for each of them and,
        // without --server-key, its own server certificate for this run.
        let launches = validated.stages.contains { $0.entry.launch != nil }
        if validated.stages.contains(where: \.entry.remote) && !launches && (serverKey == nil || authorizedWorkers == nil) {
            throw GaitpipeError(.usage, "\(pipeline): remote stages need --server-key and --authorized-workers (see gaitpipe keygen --help)")
        }
        let run = PipelineRun(pipeline: validated, options: runOptions, logger: logger)
        let code = run.execute()
        if code != 0 { throw ExitCode(code) }
        // The clinic index comes from the pipeline's report stage (load-report's season-wide task).
        if run.written.contains("index.html") { print("open \((out as NSString).appendingPathComponent("index.html"))") }
    }
}
