import CZeroMQ

/// A libzmq failure: which call, the errno behind it, and libzmq's own text.
public struct ZMQError: Error, CustomStringConvertible, Sendable {
    public enum Code: Sendable, Equatable {
        /// The peer is unknown or gone (EHOSTUNREACH with ROUTER_MANDATORY).
        case hostUnreachable
        /// The context was terminated while the call was blocked.
        case terminated
        /// An endpoint could not be bound or connected (bad address, path too long, in use).
        case endpoint
        case other
    }

    public let code: Code
    public let errno: Int32
    /// The libzmq call and its argument, e.g. "zmq_bind(ipc:///tmp/…/import.sock)".
    public let operation: String

    init(operation: String, errno: Int32 = zmq_errno()) {
        self.operation = operation
        self.errno = errno
        switch errno {
        case EHOSTUNREACH: code = .hostUnreachable
        case ETERM: code = .terminated
        case EADDRINUSE, EADDRNOTAVAIL, EINVAL, ENAMETOOLONG, ENOENT, EPROTONOSUPPORT: code = .endpoint
        default: code = .other
        }
    }

    public var description: String {
        let text = zmq_strerror(errno).map { String(cString: $0) } ?? "errno \(errno)"
        return "\(operation) failed: \(text)"
    }
}

/// The one funnel for libzmq calls returning -1/errno: retries EINTR, throws a typed error otherwise
/// (the pattern of swift-nio's `syscall`).
@inline(__always)
func zmqCall(_ operation: @autoclosure () -> String, _ body: () -> Int32) throws(ZMQError) -> Int32 {
    while true {
        let rc = body()
        if rc >= 0 { return rc }
        let err = zmq_errno()
        if err == EINTR { continue }
        throw ZMQError(operation: operation(), errno: err)
    }
}
