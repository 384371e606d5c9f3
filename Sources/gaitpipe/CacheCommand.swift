import ArgumentParser
import Foundation
import PipelineRunner

struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Inspect or prune the result cache ($XDG_CACHE_HOME/gaitpipe, else ~/.cache/gaitpipe).",
        subcommands: [Info.self, Prune.self])

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Where the cache is, how many entries, how large.")
        @OptionGroup var options: PipelineOptions

        func run() throws {
            guard let dir = CacheDirectory.resolve(explicit: options.cacheDirectory, disabled: false) else { return }
            let stats = CacheFolder(dir).statistics()
            func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
            print("cache: \(dir)")
            print("results: \(stats.entries) entries, \(mib(stats.bytes)) of at most \(mib(try CacheDirectory.maxBytes(explicit: nil)))"
                + " (GAITPIPE_CACHE_MAX_SIZE, run --cache-max-size)")
            for s in stats.stages { print("  \(s.stage): \(s.entries) entries, \(mib(s.bytes))") }
            print("stage descriptions: \(stats.descriptions)")
        }
    }

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete cached results not used for some days (or all of them).",
            discussion: "Example: gaitpipe cache prune --older-than 30")
        @Option(name: .customLong("older-than"), help: "Delete results not written or read for this many days.")
        var olderThan: Int?
        @Flag(help: "Delete every cached result and description.")
        var all = false
        @OptionGroup var options: PipelineOptions

        func validate() throws {
            if (olderThan == nil) == !all { throw ValidationError("give either --older-than DAYS or --all") }
        }

        func run() throws {
            guard let dir = CacheDirectory.resolve(explicit: options.cacheDirectory, disabled: false) else { return }
            let removed = CacheFolder(dir).prune(olderThanDays: all ? nil : olderThan)
            print("removed \(removed.entries) entries (\(String(format: "%.1f", Double(removed.bytes) / 1_048_576)) MiB) from \(dir)")
        }
    }
}
