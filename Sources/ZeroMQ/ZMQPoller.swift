import CZeroMQ

/// Waits for input on several sockets at once (zmq_poll(3)). Lives on its sockets' thread.
public struct ZMQPoller {
    private var items: [zmq_pollitem_t]

    /// Polls `sockets`, then the plain file descriptors `fds` (e.g. a pipe another thread writes
    /// to for a wake-up); indices in `poll`'s answer count sockets first, then fds.
    public init(_ sockets: [ZMQSocket], fds: [Int32] = []) {
        items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
            + fds.map { zmq_pollitem_t(socket: nil, fd: $0, events: Int16(ZMQ_POLLIN), revents: 0) }
    }

    /// Indices of the sockets that have input, after at most `timeoutMs`. A signal interrupting the
    /// wait returns an empty list so the caller's loop can look at its shutdown flag.
    public mutating func poll(timeoutMs: Int) throws(ZMQError) -> [Int] {
        let rc = items.withUnsafeMutableBufferPointer { zmq_poll($0.baseAddress, Int32($0.count), timeoutMs) }
        if rc < 0 {
            if zmq_errno() == EINTR { return [] }
            throw ZMQError(operation: "zmq_poll")
        }
        return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
