import Glibc
import Synchronization

/// Set by SIGINT/SIGTERM; the run loop checks it every iteration (≤ 100 ms) and tears down.
/// A lock-free atomic is async-signal-safe, which a lock or an allocation would not be.
let interruptFlag = Atomic<Int32>(0)

public enum InterruptFlag {
    public static func install() {
        // A parent may have blocked these signals; a blocked signal would never reach the handler.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { sig in interruptFlag.store(sig, ordering: .relaxed) }
        signal(SIGTERM) { sig in interruptFlag.store(sig, ordering: .relaxed) }
        // A replica that died mid-send must not kill the runner.
        signal(SIGPIPE, SIG_IGN)
    }

    /// The signal received, or 0.
    public static var received: Int32 { interruptFlag.load(ordering: .relaxed) }
}
