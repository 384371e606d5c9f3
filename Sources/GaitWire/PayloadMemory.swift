import CGaitpipeWire

/// How a process that handles payloads should set up glibc's allocator, once, at start.
///
/// A run's Activity is 0.3–0.5 MB, and every process that touches it allocates buffers of that size
/// per task (the packed message, unpacked columns, Swift arrays). glibc serves blocks above its mmap
/// threshold (128 KiB at start, raised only after such a block is freed) with fresh pages from the
/// kernel: a page fault for every 4 KiB on every use. Measured on 50 × 26: 820,000 page faults and
/// 6 more CPU seconds than with the threshold fixed at 8 MiB (28,000 faults). A fixed threshold also
/// stops glibc adjusting it, so the heap keeps up to `trimThreshold` of freed memory for the next task.
public enum PayloadMemory {
    public static let mmapThreshold: Int32 = 8 << 20
    public static let trimThreshold: Int32 = 32 << 20

    public static func keepPayloadBuffersInHeap() {
        _ = gaitpipe_set_malloc_thresholds(mmapThreshold, trimThreshold)
    }
}
