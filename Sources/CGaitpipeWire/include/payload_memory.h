// Allocator set-up for processes that handle payloads (PayloadMemory.swift says why). In C because
// Swift's Glibc module does not bring in <malloc.h>.
#ifndef GAITPIPE_PAYLOAD_MEMORY_H
#define GAITPIPE_PAYLOAD_MEMORY_H

/// Fixes glibc's mmap threshold (which also stops its dynamic adjustment) and its trim threshold,
/// both in bytes. Returns 1 when glibc took both.
int gaitpipe_set_malloc_thresholds(int mmap_threshold, int trim_threshold);

#endif
