import Foundation
import GaitModel
import GaitWire
import Logging

/// Entry point of every stage executable: `StageMain.run(MyStage.self)` in its main.swift.
///
///     STAGE --describe            print the stage's description as JSON and exit
///     STAGE --connect ENDPOINT    serve tasks from the runner's dispatcher at ENDPOINT
public enum StageMain {
    public static func run<S: Stage>(_ stage: S.Type, arguments: [String] = CommandLine.arguments) -> Never {
        let args = Array(arguments.dropFirst())
        if args == ["--describe"] {
            do {
                print(try StageDescription(stage).json())
                exit(0)
            } catch {
                FileHandle.standardError.write(Data("\(S.name): cannot describe: \(error)\n".utf8))
                exit(1)
            }
        }
        if args.count == 2, args[0] == "--connect" {
            var logger = Logger(label: S.name)
            logger.logLevel = ProcessInfo.processInfo.environment["GAITPIPE_STAGE_DEBUG"] == nil ? .notice : .debug
            exit(StageWorker<S>(endpoint: args[1], logger: logger).run())
        }
        let usage = """
            \(S.name) \(S.version): \(S.summary)
            A gaitpipe stage: the runner starts it; you rarely run it by hand.

            usage: \(S.name) --describe            print name, version, message types and params as JSON
                   \(S.name) --connect ENDPOINT    serve tasks from a gaitpipe dispatcher (e.g. ipc:///tmp/job/stage.sock)

            """
        let wantsHelp = args.contains("--help") || args.contains("-h")
        FileHandle(fileDescriptor: wantsHelp ? 1 : 2).write(Data(usage.utf8))
        exit(wantsHelp ? 0 : 2)
    }
}
