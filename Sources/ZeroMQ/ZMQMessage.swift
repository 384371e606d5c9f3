import CZeroMQ

/// A heap-allocated `zmq_msg_t`, never copied by value: a `zmq_msg_t` must not be copied
/// bytewise (zmq_msg_copy(3)), so it lives at one address from init to close.
struct ZMQMessage: ~Copyable {
    private let pointer: UnsafeMutablePointer<zmq_msg_t>

    init() {
        pointer = .allocate(capacity: 1)
        zmq_msg_init(pointer)
    }

    deinit {
        zmq_msg_close(pointer)
        pointer.deallocate()
    }

    /// zmq_msg_recv: reinitialises the message with the next frame (the old content is released).
    func receive(from socket: UnsafeMutableRawPointer, flags: Int32) -> Int32 {
        zmq_msg_recv(pointer, socket, flags)
    }

    var hasMore: Bool { zmq_msg_more(pointer) != 0 }

    /// A metadata property of the connection the frame came from ("User-Id", "Peer-Address").
    func property(_ name: String) -> String? {
        zmq_msg_gets(pointer, name).map { String(cString: $0) }
    }

    /// A copy of the frame's bytes; the message buffer stays owned by libzmq.
    var bytes: [UInt8] {
        let size = zmq_msg_size(pointer)
        guard size > 0, let data = zmq_msg_data(pointer) else { return [] }
        return Array(UnsafeRawBufferPointer(start: data, count: size))
    }
}
