import ArgumentParser
import Foundation
import PipelineRunner

extension Gaitpipe {
    /// `main()` with README's exit codes and one-line errors: every failure leaves through here as
    /// a `GaitpipeError` — its line on stderr, its code as the exit status. Argument errors exit 2
    /// (swift-argument-parser's own `main()` exits 64, EX_USAGE, which README does not promise).
    static func mainWithDocumentedExitCodes() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            // --help, --version, and a status a command already reported (ExitCode): as the parser does.
            if error is ExitCode || exitCode(for: error) == .success { exit(withError: error) }
            let failure: GaitpipeError
            if exitCode(for: error) == .validationFailure {
                failure = GaitpipeError(.usage, Self.argumentErrorLine(error))
            } else {
                failure = GaitpipeError(error)
            }
            FileHandle.standardError.write(Data("gaitpipe: error: \(failure.message)\n".utf8))
            Foundation.exit(failure.code.exitStatus)
        }
    }

    /// The parser's message and where to read more, on one line:
    /// `Missing expected argument '--input <dir>' (see 'gaitpipe run --help')`.
    static func argumentErrorLine(_ error: any Error) -> String {
        var message = self.message(for: error)
        if message.hasSuffix(".") { message.removeLast() }
        // The full message ends "  See 'gaitpipe run --help' for more information."
        let see = fullMessage(for: error).split(separator: "\n")
            .first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("See '") }
            .flatMap { line in line.split(separator: "'").dropFirst().first }
        return see.map { "\(message) (see '\($0)')" } ?? message
    }
}
