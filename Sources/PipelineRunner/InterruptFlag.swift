import Glibc
import Synchronization

/// Set by SIGINT/SIGTERM; the run loop checks it every iteration (≤ 100 ms) and tears down.
/// A lock-free atomic is async-signal-safe, which a lock or an allocation would not be.
let interruptFlag = Atomic<Int32>(0)

public enum InterruptFlag {
    public static func install() {
        signal(SIGINT) { sig in interruptFlag.store(sig, ordering: .relaxed) }
        signal(SIGTERM) { sig in interruptFlag.store(sig, ordering: .relaxed) }
        // A replica that died mid-send must not kill the runner.
        signal(SIGPIPE, SIG_IGN)
    }

    /// The signal received, or 0.
    public static var received: Int32 { interruptFlag.load(ordering: .relaxed) }
}
