import Foundation
import GaitModel
import GaitWire
import Logging
@testable import PipelineRunner
import StageKit
import Testing
import ZeroMQ

/// A TASK captured from a real dispatcher by a test DEALER decodes with another protobuf
/// implementation (Google's `protoc --decode`), so the wire format is what PROTOCOL.md says.
@Suite(.serialized) struct DispatcherWireTests {
    @Test func aTaskDecodesWithProtoc() throws {
        let job = try JobDirectory.create()
        defer { JobDirectory.remove(job) }
        let input = job + "/run.fit"
        try Data([1, 2, 3, 4]).write(to: URL(fileURLWithPath: input))

        let description = StageDescription(name: "activity-import", version: "test", protocolVersion: protocolVersion,
                                           summary: "", input: "RawFile", output: "Activity", grouping: .none, params: [])
        let entry = PipelineFile.StageEntry(name: "activity-import", run: "activity-import", replicas: 1,
                                            params: ["answer": "42"], paramLines: [:], remote: false, listen: nil,
                                            line: 1, runLine: 1, replicasLine: 1)
        let context = try ZMQContext()
        let dispatcher = try StageDispatcher(stage: .init(entry: entry, executable: "/bin/false", description: description),
                                             index: 0, context: context, jobDirectory: job, logger: Logger(label: "test"))
        dispatcher.enqueue(WorkItem(id: 77, athlete: "ana", source: "ana/run.fit", payloadType: "RawFile",
                                    payload: .inputFile(path: input, runPath: "run.fit"), athleteYAML: Array("sex: female\n".utf8)))

        let dealer = try ZMQSocket(context, .dealer)
        try dealer.connect(dispatcher.endpoint)
        try dealer.send([ControlMessage.hello(.init(protocolVersion: protocolVersion, stage: "activity-import",
                                                    version: "test", inputType: "RawFile", outputType: "Activity",
                                                    pid: 1)).encoded()])
        var poller = ZMQPoller([dealer])
        var task: [[UInt8]]?
        for _ in 0..<100 where task == nil {
            _ = dispatcher.receiveAll()
            _ = dispatcher.tick()
            if try !poller.poll(timeoutMs: 20).isEmpty, let frames = try dealer.receive() {
                let control = try ControlMessage(decoding: frames[0])
                if case .config(let params, _) = control {
                    #expect(params == ["answer": "42"])
                    try dealer.send([ControlMessage.ready(credit: 1).encoded()])
                } else if case .task = control {
                    task = frames
                }
            }
        }
        let frames = try #require(task)
        #expect(frames.count == 2)
        let control = try protocDecode("gaitpipe.v1.Control", frames[0], in: job)
        #expect(control.contains("item_id: 77"), "protoc said: \(control)")
        #expect(control.contains("athlete: \"ana\"") && control.contains("attempt: 1"))
        #expect(control.contains("payload_type: \"RawFile\""))
        #expect(control.contains("athlete_yaml: \"sex: female\\n\""), "protoc said: \(control)")
        let payload = try protocDecode("gaitpipe.v1.RawFile", frames[1], in: job)
        #expect(payload.contains("path: \"run.fit\""), "protoc said: \(payload)")
        #expect(payload.contains("data: \"\\001\\002\\003\\004\""))
    }

    private func protocDecode(_ type: String, _ bytes: [UInt8], in dir: String) throws -> String {
        let file = dir + "/frame.bin"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let proto = TestSupport.packageRoot + "/Sources/CGaitpipeWire"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/protoc")
        process.arguments = ["--proto_path=\(proto)", "--decode=\(type)", "gaitpipe.proto"]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "protoc --decode failed")
        return String(decoding: data, as: UTF8.self)
    }
}
