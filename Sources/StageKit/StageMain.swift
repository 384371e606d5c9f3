import Foundation
import GaitModel
import GaitWire
import Logging
import ZeroMQ

/// Entry point of every stage executable: `StageMain.run(MyStage.self)` in its main.swift.
///
///     STAGE --describe            print the stage's description as JSON and exit
///     STAGE --connect ENDPOINT    serve tasks from the runner's dispatcher at ENDPOINT
public enum StageMain {
    public static func run<S: Stage>(_ stage: S.Type, arguments: [String] = CommandLine.arguments) -> Never {
        PayloadMemory.keepPayloadBuffersInHeap()
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
        if args.first == "--connect", args.count >= 2 {
            ParentWatch.dieWithParent()
            var logger = Logger(label: S.name)
            logger.logLevel = ProcessInfo.processInfo.environment["GAITPIPE_STAGE_DEBUG"] == nil ? .notice : .debug
            var security: StageWorker<S>.Security?
            var rest = args.dropFirst(2)
            var serverKeyFile: String?, keyFile: String?
            while let flag = rest.popFirst() {
                guard let value = rest.popFirst() else { usage(S.self, exitCode: 2) }
                switch flag {
                case "--server-key": serverKeyFile = value
                case "--key": keyFile = value
                default: usage(S.self, exitCode: 2)
                }
            }
            if args[1].hasPrefix("tcp://") {
                // Fail closed: TCP only with CURVE, so both keys are required.
                guard let serverKeyFile, let keyFile else {
                    FileHandle.standardError.write(Data("\(S.name): tcp:// needs --server-key FILE and --key FILE (CURVE)\n".utf8))
                    exit(2)
                }
                do {
                    let server = try ZMQCertificate.load(serverKeyFile, requireSecret: false)
                    let own = try ZMQCertificate.load(keyFile, requireSecret: true)
                    security = .init(serverKey: server.publicKey, certificate: own)
                } catch {
                    FileHandle.standardError.write(Data("\(S.name): \(error)\n".utf8))
                    exit(2)
                }
            }
            exit(StageWorker<S>(endpoint: args[1], security: security, logger: logger).run())
        }
        usage(S.self, exitCode: args.contains("--help") || args.contains("-h") ? 0 : 2)
    }

    private static func usage<S: Stage>(_ stage: S.Type = S.self, exitCode: Int32) -> Never {
        let usage = """
            \(S.name) \(S.version): \(S.summary)
            A gaitpipe stage: the runner starts it; you rarely run it by hand.

            usage: \(S.name) --describe            print name, version, message types and params as JSON
                   \(S.name) --connect ENDPOINT    serve tasks from a gaitpipe dispatcher (e.g. ipc:///tmp/job/stage.sock)
                   \(S.name) --connect tcp://HOST:PORT --server-key FILE --key FILE
                                                  the same over TCP with CURVE (what `gaitpipe worker` starts)

            """
        FileHandle(fileDescriptor: exitCode == 0 ? 1 : 2).write(Data(usage.utf8))
        exit(exitCode)
    }
}
