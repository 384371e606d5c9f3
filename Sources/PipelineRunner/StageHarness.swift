import Foundation
import GaitModel
public import GaitWire
public import Logging
import ZeroMQ

/// Runs one stage executable on its own, through the same dispatcher a pipeline uses, and records
/// what it answers to each input: the engine of `gaitpipe test-stage`.
public struct StageHarness {
    public struct Input: Sendable {
        public var name: String
        public var payload: [UInt8]
        /// The TASK's payload type; nil = the stage's input type (its first member for a union).
        public var payloadType: String?

        public init(name: String, payload: [UInt8], payloadType: String? = nil) {
            self.name = name
            self.payload = payload
            self.payloadType = payloadType
        }
    }

    public var executable: String
    public var description: StageDescription
    public var params: [String: String]
    /// Attached to every task as the athlete's athlete.yaml.
    public var athleteYAML: [UInt8]

    public init(executable: String, description: StageDescription, params: [String: String] = [:],
                athleteYAML: [UInt8] = []) {
        self.executable = executable
        self.description = description
        self.params = params
        self.athleteYAML = athleteYAML
    }

    /// Problems with `params` against the stage's description (unknown names, bad values).
    public func paramProblems() -> [String] {
        let specs = Dictionary(description.params.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return params.keys.sorted().compactMap { key in
            guard let spec = specs[key] else { return "\(description.name) has no param '\(key)'" }
            return spec.problem(with: params[key] ?? "").map { "param '\(key)': \($0)" }
        }
    }

    /// Feeds every input to one replica and returns the answers by input name.
    public func run(_ inputs: [Input], timeout: Duration = .seconds(120), logger: Logger) throws -> [String: RecordedResult] {
        let job = try JobDirectory.create()
        defer { JobDirectory.remove(job) }
        let entry = PipelineFile.StageEntry(name: description.name, run: executable, replicas: 1, params: params,
                                            paramLines: [:], remote: false, listen: nil, line: 0, runLine: 0,
                                            replicasLine: 0)
        let context = try ZMQContext()
        let dispatcher = try StageDispatcher(stage: .init(entry: entry, executable: executable, description: description),
                                             index: 0, context: context, jobDirectory: job, logger: logger)
        defer { dispatcher.terminate() }
        var names: [UInt64: String] = [:]
        for (i, input) in inputs.enumerated() {
            let id = UInt64(i + 1)
            names[id] = input.name
            dispatcher.enqueue(WorkItem(id: id, athlete: "fixture", source: input.name, payloadType: input.payloadType ?? WireUnion.members(description.input).first ?? description.input,
                                        payload: .bytes(input.payload), athleteYAML: athleteYAML))
        }
        dispatcher.upstreamDone = true
        try dispatcher.startReplicas()
        var results: [String: RecordedResult] = [:]
        var poller = ZMQPoller([dispatcher.socket])
        let deadline = ContinuousClock.now + timeout
        while results.count < inputs.count {
            if let failure = dispatcher.failure { throw HarnessError(message: failure) }
            if ContinuousClock.now > deadline {
                throw HarnessError(message: "\(description.name) answered \(results.count) of \(inputs.count) inputs within \(timeout)")
            }
            let ready = try poller.poll(timeoutMs: 100)
            let events = (ready.isEmpty ? [] : dispatcher.receiveAll()) + dispatcher.tick()
            for event in events {
                switch event {
                case .completed(let item, let outputs, let warnings, let skippedReason, let problems):
                    results[names[item.id] ?? item.source] = RecordedResult(
                        outputTypes: outputs.map(\.type), outputs: outputs.map(\.payload.bytes), warnings: warnings,
                        skippedReason: skippedReason ?? "", problems: problems)
                case .failed(let item, let reason):
                    results[names[item.id] ?? item.source] = RecordedResult(error: reason)
                }
            }
        }
        return results
    }
}

public struct HarnessError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
