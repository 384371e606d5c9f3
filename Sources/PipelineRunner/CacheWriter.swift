import Foundation
import Logging

/// Writes result-cache files on a thread of its own, so the runner's loop keeps dispatching while
/// the file system creates entries. On 50 × 26 a first run spent half of the loop's time in
/// `open`/`write`/`rename` of 13,000 entries (1.9 GB), while the stages waited for work.
///
/// At most `limit` bytes wait at once: beyond that `write` blocks until the thread catches up, so the
/// runner's memory stays bounded. `finish` returns when everything handed over is on disk (the end
/// of a run) and ends the thread; a later `write` is done at once, on the caller's thread. A failed
/// write only costs time on the next run: it is reported, not retried.
final class CacheWriter: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [(path: String, bytes: [UInt8])] = []
    private var head = 0
    private var pendingBytes = 0
    private var writing = false
    private var finished = false
    private var madeFolders: Set<String> = []
    private let limit: Int
    private let logger: Logger

    init(limit: Int = 16 << 20, logger: Logger) {
        self.limit = limit
        self.logger = logger
        let thread = Thread { [self] in run() }
        thread.name = "gaitpipe-cache-writer"
        thread.start()
    }

    /// Queues `bytes` to replace the file at `path` (temp file + rename; its folder is made if needed).
    func write(_ path: String, _ bytes: [UInt8]) {
        condition.lock()
        while !finished && pendingBytes > 0 && pendingBytes + bytes.count > limit { condition.wait() }
        if finished {
            condition.unlock()
            perform((path, bytes), makeFolder: true)
            return
        }
        queue.append((path, bytes))
        pendingBytes += bytes.count
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every queued file is written, then ends the thread.
    func finish() {
        condition.lock()
        while head < queue.count || writing { condition.wait() }
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while head == queue.count && !finished { condition.wait() }
            if head == queue.count {  // finished, nothing left
                condition.unlock()
                return
            }
            let job = queue[head]
            queue[head] = ("", [])  // the slot must not keep the bytes until the queue is compacted
            head += 1
            if head > 1024 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            writing = true
            let folder = (job.path as NSString).deletingLastPathComponent
            let needsFolder = !madeFolders.contains(folder)
            condition.unlock()

            perform(job, makeFolder: needsFolder)

            condition.lock()
            if needsFolder { madeFolders.insert(folder) }
            writing = false
            pendingBytes -= job.bytes.count
            condition.broadcast()
            condition.unlock()
        }
    }

    private func perform(_ job: (path: String, bytes: [UInt8]), makeFolder: Bool) {
        do {
            if makeFolder { try OutputFolder.makeFolder((job.path as NSString).deletingLastPathComponent) }
            try OutputFolder.replace(job.path, with: job.bytes)
        } catch {
            logger.warning("cannot write the cache file \(job.path): \(error)")
        }
    }
}
