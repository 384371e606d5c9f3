import Foundation

/// Per-stage progress: a live line on a TTY (rewritten in place), otherwise a plain log line
/// every few seconds so CI logs stay readable.
final class ProgressReporter {
    private let live: Bool
    private let write: (String) -> Void
    private var lastPrint = ContinuousClock.now
    private var printedLive = false

    /// `write` receives the text, escape sequences included; the caller decides where it goes.
    init(live: Bool, write: @escaping (String) -> Void) {
        self.live = live
        self.write = write
    }

    /// `stages` is only evaluated when a line is due.
    /// `extra` (launched workers' states) follows the stages.
    func update(_ stages: @autoclosure () -> [(name: String, stats: StageStats, pending: Int)],
                extra: @autoclosure () -> String = "") {
        let now = ContinuousClock.now
        let interval: Duration = live ? .milliseconds(200) : .seconds(5)
        guard now - lastPrint >= interval else { return }
        lastPrint = now
        let parts = stages().map { s -> String in
            let rate = s.stats.seconds > 0 ? String(format: " %.0f/s", Double(s.stats.completed) / s.stats.seconds) : ""
            return "\(s.name) \(s.stats.completed + s.stats.failed)/\(s.stats.received)\(rate)"
        }
        let more = extra()
        let line = (parts + (more.isEmpty ? [] : [more])).joined(separator: " | ")
        if live {
            write("\r\u{1B}[K\(line)")
            printedLive = true
        } else {
            write("progress: \(line)\n")
        }
    }

    func finish() {
        if printedLive { write("\r\u{1B}[K") }
    }
}
