import Foundation
import GaitModel
import GaitWire
import Logging
@testable import PipelineRunner
import StageKit
import Testing
import ZeroMQ

/// A dispatcher serving a real gait-metrics replica while a rogue peer sends garbage: everything
/// the rogue sends is dropped and logged, and every real task still completes.
@Suite(.serialized) struct RoguePeerTests {
    @Test func garbageFromARoguePeerIsDroppedAndTheRunCarriesOn() throws {
        let job = try JobDirectory.create()
        defer { JobDirectory.remove(job) }
        let executable = TestSupport.productsDirectory + "/gait-metrics"
        let description = try StageCatalog().describe(executable)
        let entry = PipelineFile.StageEntry(name: "gait-metrics", run: executable, replicas: 1, params: [:],
                                            paramLines: [:], remote: false, listen: nil, line: 1, runLine: 1,
                                            replicasLine: 1)
        let context = try ZMQContext()
        let dispatcher = try StageDispatcher(stage: .init(entry: entry, executable: executable, description: description),
                                             index: 0, context: context, jobDirectory: job, logger: Logger(label: "rogue-test"),
                                             maxMessageSize: 1 << 20)
        defer { dispatcher.terminate() }
        let items = 20
        for i in 1...items {
            let samples = SampleColumns(timestamp: (0..<120).map { 1_772_438_400 + Int64($0) },
                                        distance: (0..<120).map { Double($0) * 3 }, speed: Array(repeating: 3, count: 120),
                                        altitude: Array(repeating: 10, count: 120), heartRate: Array(repeating: 150, count: 120),
                                        cadence: Array(repeating: 170, count: 120))
            let activity = Activity(runID: "run-\(i).fit", athlete: "a", sport: "running", startTime: 1_772_438_400,
                                    samples: samples)
            dispatcher.enqueue(WorkItem(id: UInt64(i), athlete: "a", source: "run-\(i).fit", payloadType: "Activity",
                                        payload: .bytes(activity.encoded()), athleteYAML: []))
        }
        dispatcher.upstreamDone = true
        try dispatcher.startReplicas()

        let rogue = try ZMQSocket(context, .dealer)
        try rogue.connect(dispatcher.endpoint)
        var rng = SystemRandomNumberGenerator()
        let attacks: [[[UInt8]]] = [
            [(0..<64).map { _ in UInt8.random(in: 0...255, using: &rng) }],                  // random bytes
            [ControlMessage.result(.init(itemID: 3, outputTypes: [])).encoded()],            // RESULT before HELLO
            [Activity(runID: "x", athlete: "x", sport: "running", startTime: 0).encoded()],  // wrong message type
            [ControlMessage.hello(.init(protocolVersion: 99, stage: "gait-metrics", version: "evil", inputType: "Activity",
                                        outputType: "RunMetrics", pid: 1)).encoded()],      // wrong protocol
            [ControlMessage.result(.init(itemID: 999_999, outputTypes: [])).encoded()],      // unknown task
            [[UInt8](repeating: 0x41, count: 2 << 20)],                                     // oversized frame
        ]
        for attack in attacks { try rogue.send(attack) }

        var completed: Set<UInt64> = []
        var poller = ZMQPoller([dispatcher.socket])
        let deadline = ContinuousClock.now + .seconds(60)
        while completed.count < items && ContinuousClock.now < deadline {
            _ = try poller.poll(timeoutMs: 50)
            for event in dispatcher.receiveAll() + dispatcher.tick() {
                if case .completed(let item, let outputs, _, _, _) = event, outputs.count == 1 { completed.insert(item.id) }
            }
        }
        #expect(completed.count == items, "every real task completes despite the rogue peer")
        #expect(dispatcher.droppedFromStrangers >= 1, "the RESULT before HELLO was dropped")
        #expect(dispatcher.stats.completed == items)
    }
}
