import CZeroMQ

/// One frame kept as libzmq's own message, so a large payload can be received, held and sent on
/// without copying its bytes (the runner relays every stage's output this way). Heap-allocated and
/// owned by this object: a `zmq_msg_t` is never copied by value (zmq_msg_copy(3)).
///
/// Sending shares the buffer (`zmq_msg_copy` adds a reference; libzmq counts references
/// atomically, so its I/O thread may release its share while this object still holds the frame):
/// the frame stays readable for a retry after the send.
///
/// Sendable: a frame's bytes are not changed once it is received or filled, and libzmq releases a
/// message's buffer with an atomic reference count, so a frame may be read and released on another
/// thread (a stage replica decodes its TASK payload on its compute thread).
public final class ZMQFrame: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<zmq_msg_t>

    init() {
        pointer = .allocate(capacity: 1)
        zmq_msg_init(pointer)
    }

    /// A frame of `size` uninitialized bytes, for a payload packed straight into it
    /// (`fill` must write every byte before the frame is sent).
    /// Throws when libzmq cannot allocate it (ENOMEM).
    public convenience init(size: Int, fill: (UnsafeMutableRawPointer) -> Void) throws(ZMQError) {
        self.init()
        zmq_msg_close(pointer)
        let pointer = self.pointer
        _ = try zmqCall("zmq_msg_init_size(\(size))") { zmq_msg_init_size(pointer, size) }
        if size > 0, let data = zmq_msg_data(pointer) { fill(data) }
    }

    deinit {
        zmq_msg_close(pointer)
        pointer.deallocate()
    }

    public var count: Int { zmq_msg_size(pointer) }

    /// The frame's bytes, borrowed for the call.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: zmq_msg_data(pointer), count: count))
    }

    /// A copy of the frame's bytes.
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    var hasMore: Bool { zmq_msg_more(pointer) != 0 }

    func property(_ name: String) -> String? {
        zmq_msg_gets(pointer, name).map { String(cString: $0) }
    }
}
