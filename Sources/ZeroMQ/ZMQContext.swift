import CZeroMQ

/// Owner of a libzmq context. Sockets keep their context alive.
///
/// `@unchecked Sendable`: a libzmq context is thread-safe (zmq_ctx_new(3)); the pointer is
/// immutable after init and destroyed only in deinit, once no socket references it.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    public init() throws(ZMQError) {
        guard let h = zmq_ctx_new() else { throw ZMQError(operation: "zmq_ctx_new") }
        handle = h
    }

    deinit {
        // zmq_ctx_term blocks until every socket is closed; sockets hold a strong reference to
        // the context, so by now all of them are.
        while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}
    }

    /// libzmq's version, "4.3.4".
    public static var version: String {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        zmq_version(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }
}
