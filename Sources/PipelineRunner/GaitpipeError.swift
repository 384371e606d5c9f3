import Foundation
import Glibc
import SystemCall

/// An error a user sees: one line saying what went wrong, where (`file:line` or a path) and how to
/// fix it, and the exit code it ends the command with. Every command reports failures through
/// this type, so no Foundation or NSError text reaches a user (issue 16); shaped like
/// swift-subprocess's `SubprocessError` (a nested `Code`, the underlying errno when a system call
/// failed).
public struct GaitpipeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of failure, and so the exit status (README "Exit codes").
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let exitStatus: Int32

        public init(_ exitStatus: Int32) { self.exitStatus = exitStatus }

        /// A stage failed as a whole, or a command could not do its work (a broken input file).
        public static let failed = Code(RunExitCode.stageFailed)
        /// Bad arguments, a pipeline file that does not validate, no run files, an output folder
        /// that cannot be written, unusable keys: found before anything starts.
        public static let usage = Code(RunExitCode.usage)
        /// `--strict`: an input was skipped or an athlete file had a problem.
        public static let skippedWithStrict = Code(RunExitCode.skippedWithStrict)
        public static let interrupted = Code(RunExitCode.interrupted)

        public var description: String { "exit \(exitStatus)" }
    }

    public let code: Code
    /// The whole line the user reads, e.g. `--out out/x: 'out' is a file, not a folder; choose another --out`.
    public let message: String
    /// The errno of the failed system call, when one did.
    public let underlyingErrno: Int32?

    public init(_ code: Code, _ message: String, errno: Int32? = nil) {
        self.code = code
        self.message = message
        underlyingErrno = errno
    }

    public var description: String { message }

    /// `strerror(3)` in words, for messages: "No such file or directory".
    public static func reason(_ errno: Int32) -> String { String(cString: strerror(errno)) }
}

extension GaitpipeError {
    /// Any error as a user reads it. Ours keep their text; Foundation's file errors become
    /// `nope.fit: no such file` (their own text names no path and reads "The file “nope.fit”
    /// couldn’t be opened…", or is an NSCocoaErrorDomain dump on Linux).
    public init(_ error: any Error, path: String? = nil, code: Code = .failed) {
        if let ours = error as? GaitpipeError {
            self = ours
            return
        }
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else {
            self.init(code, "\(error)")
            return
        }
        let place = path ?? (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        var number = Self.posixErrno(of: ns)
        // Reading a folder fails on Linux with a Cocoa code and no POSIX one: say what it is.
        if number == nil, let place, (try? FileStatus(place))?.isDirectory == true { number = EISDIR }
        let what = number.map(Self.phrase) ?? "cannot be read or written"
        self.init(code, "\(place ?? "a file"): \(what)", errno: number)
    }

    /// The errno behind a Foundation file error: its own code, the underlying POSIX error, or the
    /// Cocoa code's meaning.
    static func posixErrno(of ns: NSError) -> Int32? {
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteFileExists: return EEXIST
        default: return nil
        }
    }

    /// What an errno means for a path, in a message's words.
    public static func phrase(_ errno: Int32) -> String {
        switch errno {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a folder, not a file"
        case ENOTDIR: "a part of the path is a file, not a folder"
        case ENOSPC: "no space left on the device"
        case EROFS: "on a read-only file system"
        case EEXIST: "already exists"
        default: reason(errno).lowercased()
        }
    }
}
