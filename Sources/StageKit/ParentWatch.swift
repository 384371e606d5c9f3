import CProcessControl
import Foundation

/// A stage dies with the process that started it. The runner (or `gaitpipe worker`) names itself in
/// `GAITPIPE_PARENT_PID`; the stage asks the kernel for SIGTERM when that parent goes
/// (PR_SET_PDEATHSIG), which works even after `kill -9` of the runner, where heartbeat loss alone
/// took 3 s. A stage started by hand (no variable) keeps relying on heartbeats.
enum ParentWatch {
    static let environmentKey = "GAITPIPE_PARENT_PID"

    static func dieWithParent() {
        guard let value = ProcessInfo.processInfo.environment[environmentKey], let parent = pid_t(value), parent > 1
        else { return }
        guard cprocesscontrol_set_parent_death_signal(SIGTERM) == 0 else { return }
        // The parent may have died between our spawn and the request above: then no signal comes.
        if getppid() != parent { exit(0) }
    }
}
