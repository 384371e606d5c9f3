#ifndef CPROCESSCONTROL_H
#define CPROCESSCONTROL_H

// prctl(2) is variadic, and Swift does not import variadic C functions: this shim gives the one
// call the stages need a fixed signature.

/// Asks the kernel to send `signal` to the calling process when the thread that spawned it exits
/// (PR_SET_PDEATHSIG): a stage dies with its runner, even after `kill -9` of the runner, which no
/// handler in the runner can catch. Returns 0, or -1 with errno set.
int cprocesscontrol_set_parent_death_signal(int signal);

#endif
