import ArgumentParser
import Foundation
import PipelineRunner

struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Serve replicas of a stage to a runner on another machine (TCP + CURVE).",
        discussion: """
            The runner's pipeline marks the stage `remote: true` with `listen: tcp://…`, and lists this \
            worker's public key in its --authorized-workers file. Workers may join and leave mid-run: \
            tasks of a worker that leaves are requeued. The worker ends when the runner shuts its \
            replicas down, or on Ctrl-C.

            Example: gaitpipe worker gait-metrics --connect tcp://10.0.0.5:5601 \\
                       --server-key keys/runner.key --key keys/worker-a.key_secret --replicas 2
            """)

    @Argument(help: "The stage to serve (a name found next to gaitpipe or in --plugin-path, or a path).")
    var stage: String

    @Option(help: ArgumentHelp("The runner's listen address, tcp://HOST:PORT.", valueName: "endpoint"))
    var connect: String

    @Option(name: .customLong("server-key"), help: ArgumentHelp("The runner's public certificate (from keygen).", valueName: "file"))
    var serverKey: String

    @Option(help: ArgumentHelp("This worker's secret certificate (NAME_secret from keygen, mode 0600).", valueName: "file"))
    var key: String

    @Option(help: "Replicas to run on this machine.")
    var replicas = 1

    @Option(name: .customLong("exit-when-runner-silent"), help: ArgumentHelp(
        "Exit (status 0) once no runner has answered for this many seconds (at least 15), instead of waiting for the next run: for workers a runner launched (Slurm).",
        valueName: "seconds"))
    var exitWhenRunnerSilent: Int?

    @OptionGroup var options: PipelineOptions

    func validate() throws {
        guard (1...64).contains(replicas) else { throw ValidationError("--replicas must be 1…64") }
        // A replica proves it reached a runner only by outliving its admission wait (WorkerPool).
        if let seconds = exitWhenRunnerSilent, seconds < Int(WorkerPool.admissionProof.components.seconds) {
            throw ValidationError("--exit-when-runner-silent must be at least \(WorkerPool.admissionProof.components.seconds) seconds (a replica's admission wait and then some)")
        }
    }

    func run() throws {
        let logger = TerminalLogHandler.logger(verbose: options.verbose)
        guard let executable = options.catalog.locate(stage, relativeTo: FileManager.default.currentDirectoryPath) else {
            throw GaitpipeError(.failed, "no stage executable '\(stage)' (looked in \(options.catalog.searchPath.joined(separator: ", ")))")
        }
        InterruptFlag.install()
        let code = WorkerPool(executable: executable, endpoint: connect, serverKeyFile: serverKey, keyFile: key,
                              replicas: replicas, exitWhenRunnerSilent: exitWhenRunnerSilent.map { .seconds($0) })
            .run(logger: logger)
        if code != 0 { throw ExitCode(code) }
    }
}
