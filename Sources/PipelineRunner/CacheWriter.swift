import Foundation
import Logging

/// Writes the result cache on a thread of its own, so the runner's loop keeps dispatching while the
/// file system works: entries are appended to this run's packs (`ResultPacks`), other files
/// (inputs.tsv, the plan index) replaced whole. On 50 × 26 a first run once spent half of the loop's
/// time in `open`/`write`/`rename` of 13,000 entry files, while the stages waited for work.
///
/// At most `limit` bytes wait at once: beyond that `write` blocks until the thread catches up, so the
/// runner's memory stays bounded. `finish` returns when everything handed over is on disk (the end
/// of a run) and ends the thread; a later `write` is done at once, on the caller's thread. A failed
/// write only costs time on the next run: it is reported, not retried.
final class CacheWriter: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    enum Job {
        /// Replaces the file at `path` (temp file + rename; its folder is made if needed).
        case file(path: String, bytes: [UInt8])
        /// Appends a result entry to this run's pack of the stage folder.
        case entry(stage: String, key: String, bytes: [UInt8])

        var byteCount: Int {
            switch self {
            case .file(_, let b), .entry(_, _, let b): b.count
            }
        }
    }

    private var queue: [Job] = []
    private var head = 0
    private var pendingBytes = 0
    private var writing = false
    private var finished = false
    private var madeFolders: Set<String> = []
    private let limit: Int
    private let logger: Logger
    /// Used on the writer's thread only (or the caller's, after `finish`).
    private let packs: PackAppender?

    init(limit: Int = 16 << 20, resultsDirectory: String? = nil, logger: Logger) {
        self.limit = limit
        self.logger = logger
        packs = resultsDirectory.map { PackAppender(directory: $0) }
        let thread = Thread { [self] in run() }
        thread.name = "gaitpipe-cache-writer"
        thread.start()
    }

    /// Queues `bytes` to replace the file at `path` (temp file + rename; its folder is made if needed).
    func write(_ path: String, _ bytes: [UInt8]) { enqueue(.file(path: path, bytes: bytes)) }

    /// Queues a result entry for this run's pack of `stage` (a stage folder name).
    func append(stage: String, key: String, _ bytes: [UInt8]) { enqueue(.entry(stage: stage, key: key, bytes: bytes)) }

    /// The pack this run's entries of `stage` go to.
    func packPath(stage: String) -> String? { packs?.packPath(stage: stage) }

    private func enqueue(_ job: Job) {
        condition.lock()
        while !finished && pendingBytes > 0 && pendingBytes + job.byteCount > limit { condition.wait() }
        if finished {
            condition.unlock()
            perform(job, makeFolder: true)
            return
        }
        queue.append(job)
        pendingBytes += job.byteCount
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every queued file is written, then ends the thread and closes the packs.
    func finish() {
        condition.lock()
        while head < queue.count || writing { condition.wait() }
        finished = true
        condition.broadcast()
        condition.unlock()
        packs?.closeAll()
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
            queue[head] = .file(path: "", bytes: [])  // the slot must not keep the bytes until the queue is compacted
            head += 1
            if head > 1024 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            writing = true
            var folder = ""
            if case .file(let path, _) = job { folder = (path as NSString).deletingLastPathComponent }
            let needsFolder = !folder.isEmpty && !madeFolders.contains(folder)
            condition.unlock()

            perform(job, makeFolder: needsFolder)

            condition.lock()
            if needsFolder { madeFolders.insert(folder) }
            writing = false
            pendingBytes -= job.byteCount
            condition.broadcast()
            condition.unlock()
        }
    }

    private func perform(_ job: Job, makeFolder: Bool) {
        switch job {
        case .file(let path, let bytes):
            do {
                if makeFolder { try OutputFolder.makeFolder((path as NSString).deletingLastPathComponent) }
                try OutputFolder.replace(path, with: bytes)
            } catch {
                logger.warning("cannot write the cache file \(path): \(error)")
            }
        case .entry(let stage, let key, let bytes):
            do { try packs?.append(stage: stage, key: key, bytes: bytes) } catch {
                logger.warning("cannot write the cache pack \(packs?.packPath(stage: stage) ?? stage): \(error); this run keeps no more of \(stage)'s answers")
            }
        }
    }
}
