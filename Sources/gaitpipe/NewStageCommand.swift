import ArgumentParser
import Foundation

struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Create a new stage: Plugins/NAME (a compiling Swift stage) and its test fixtures.",
        discussion: """
            Writes Plugins/NAME/main.swift — a RunMetrics → RunMetrics stage with one param, ready to \
            edit — and Tests/StageFixtures/NAME/ with a recorded input and the answer the template gives. \
            The only other edit: add "NAME" to the `stages` list in Package.swift. Then:
              swift build
              gaitpipe test-stage NAME Tests/StageFixtures/NAME
            and put `- name: NAME` in a pipeline between gait-metrics and injury-scoring.

            Example: gaitpipe new-stage run-counter
            """)

    @Argument(help: "Stage name, kebab-case (e.g. run-counter).")
    var name: String

    @Option(name: .customLong("package-dir"), help: ArgumentHelp("The SwiftPM package to add it to.", valueName: "dir"))
    var packageDirectory = "."

    func validate() throws {
        if let problem = StageScaffold.problem(with: name) { throw ValidationError(problem) }
        guard FileManager.default.fileExists(atPath: packageDirectory + "/Package.swift") else {
            throw ValidationError("\(packageDirectory) has no Package.swift: run this at the package root or pass --package-dir")
        }
    }

    func run() throws {
        let written = try StageScaffold(name: name).write(into: packageDirectory)
        for path in written { print("wrote \(path)") }
        print("""

            next: add "\(name)" to the `stages` list in Package.swift, then
              swift build
              gaitpipe test-stage \(name) Tests/StageFixtures/\(name)
            """)
    }
}
