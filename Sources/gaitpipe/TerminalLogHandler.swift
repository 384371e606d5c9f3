import Foundation
import Logging

/// `gaitpipe: warning: message` on stderr — what a person reads, without timestamps or labels.
struct TerminalLogHandler: LogHandler {
    var logLevel: Logger.Level = .notice
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix = event.level >= .error ? "error: " : event.level == .warning ? "warning: " : ""
        FileHandle.standardError.write(Data("gaitpipe: \(prefix)\(event.message)\n".utf8))
    }

    static func logger(verbose: Bool) -> Logger {
        var handler = TerminalLogHandler()
        handler.logLevel = verbose ? .debug : .notice
        return Logger(label: "gaitpipe") { _ in handler }
    }
}
