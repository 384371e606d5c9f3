import CZeroMQ

/// Owner of one libzmq socket. Not Sendable: libzmq sockets are not thread-safe (zmq(7)), so a
/// socket lives and dies on the thread that created it.
public final class ZMQSocket {
    public enum Kind {
        case router, dealer
        /// For a ZAP handler (zmq_zap(7)), which answers each authentication request in turn.
        case rep
        /// The receiving end of a socket monitor (zmq_socket_monitor(3) publishes on a PAIR).
        case pair

        var raw: Int32 {
            switch self {
            case .router: ZMQ_ROUTER
            case .dealer: ZMQ_DEALER
            case .rep: ZMQ_REP
            case .pair: ZMQ_PAIR
            }
        }
    }

    let handle: UnsafeMutableRawPointer
    let context: ZMQContext

    public init(_ context: ZMQContext, _ kind: Kind) throws(ZMQError) {
        guard let h = zmq_socket(context.handle, kind.raw) else { throw ZMQError(operation: "zmq_socket") }
        handle = h
        self.context = context
        // Never block process exit on unsent messages (zmq_setsockopt(3), ZMQ_LINGER).
        try setOption(ZMQ_LINGER, Int32(0))
    }

    deinit { zmq_close(handle) }

    public func bind(_ endpoint: String) throws(ZMQError) {
        _ = try zmqCall("zmq_bind(\(endpoint))") { zmq_bind(handle, endpoint) }
    }

    public func connect(_ endpoint: String) throws(ZMQError) {
        _ = try zmqCall("zmq_connect(\(endpoint))") { zmq_connect(handle, endpoint) }
    }

    /// ROUTER only: fail with EHOSTUNREACH instead of silently dropping a message to an unknown peer.
    public func setRouterMandatory() throws(ZMQError) { try setOption(ZMQ_ROUTER_MANDATORY, Int32(1)) }

    /// Largest inbound message a peer may send; larger ones disconnect it (ZMQ_MAXMSGSIZE).
    public func setMaxMessageSize(_ bytes: Int64) throws(ZMQError) { try setOption(ZMQ_MAXMSGSIZE, bytes) }

    /// High-water marks for queued messages, each direction (0 = unlimited).
    public func setHighWaterMark(_ messages: Int32) throws(ZMQError) {
        try setOption(ZMQ_SNDHWM, messages)
        try setOption(ZMQ_RCVHWM, messages)
    }

    /// CURVE server (zmq_curve(7)): this socket proves `secretKey` (Z85) and requires clients to
    /// use CURVE; who may connect is decided by the ZAP handler of `zapDomain`.
    public func setCurveServer(secretKey: String, zapDomain: String) throws(ZMQError) {
        try setOption(ZMQ_CURVE_SERVER, Int32(1))
        try setString(ZMQ_CURVE_SECRETKEY, secretKey)
        try setString(ZMQ_ZAP_DOMAIN, zapDomain)
    }

    /// CURVE client: talk only to the server whose public key is `serverKey` (all keys Z85).
    public func setCurveClient(serverKey: String, publicKey: String, secretKey: String) throws(ZMQError) {
        try setString(ZMQ_CURVE_SERVERKEY, serverKey)
        try setString(ZMQ_CURVE_PUBLICKEY, publicKey)
        try setString(ZMQ_CURVE_SECRETKEY, secretKey)
    }

    /// Time a peer has to complete the security handshake (ZMQ_HANDSHAKE_IVL).
    public func setHandshakeInterval(milliseconds: Int32) throws(ZMQError) {
        try setOption(ZMQ_HANDSHAKE_IVL, milliseconds)
    }

    private func setString(_ option: Int32, _ value: String) throws(ZMQError) {
        let bytes = Array(value.utf8)
        _ = try zmqCall("zmq_setsockopt(\(option))") {
            bytes.withUnsafeBytes { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) }
        }
    }

    private func setOption<T: BitwiseCopyable>(_ option: Int32, _ value: T) throws(ZMQError) {
        _ = try zmqCall("zmq_setsockopt(\(option))") {
            withUnsafeBytes(of: value) { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) }
        }
    }

    /// Sends a multipart message. libzmq copies each buffer (zmq_send(3)), so no `zmq_msg_t`
    /// ownership crosses into Swift here.
    public func send(_ frames: [[UInt8]]) throws(ZMQError) {
        for (i, frame) in frames.enumerated() {
            let flags = i == frames.count - 1 ? Int32(0) : ZMQ_SNDMORE
            _ = try zmqCall("zmq_send") {
                frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
            }
        }
    }

    /// Sends a one-frame message if libzmq can take it now; false when it would block (a DEALER
    /// with no connection: zmq_send(3) blocks until there is one, which may be never — a CURVE
    /// peer that refused our key does not take us back).
    public func sendIfReady(_ frame: [UInt8]) throws(ZMQError) -> Bool {
        let rc = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, ZMQ_DONTWAIT) }
        if rc >= 0 { return true }
        let err = zmq_errno()
        if err == EAGAIN || err == EINTR { return false }
        throw ZMQError(operation: "zmq_send", errno: err)
    }

    /// One frame of an outgoing message: bytes (libzmq copies them) or a held frame (shared, not copied).
    public enum Part: Sendable {
        case bytes([UInt8])
        case frame(ZMQFrame)
    }

    /// Sends a multipart message whose frames may be held `ZMQFrame`s: those go out by reference.
    public func send(_ parts: [Part]) throws(ZMQError) {
        for (i, part) in parts.enumerated() {
            let flags = i == parts.count - 1 ? Int32(0) : ZMQ_SNDMORE
            switch part {
            case .bytes(let frame):
                _ = try zmqCall("zmq_send") {
                    frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
                }
            case .frame(let held):
                let share = ZMQFrame()
                _ = try zmqCall("zmq_msg_copy") { zmq_msg_copy(share.pointer, held.pointer) }
                // On success libzmq owns the shared message and leaves `share` empty; closing it is a no-op.
                _ = try zmqCall("zmq_msg_send") { zmq_msg_send(share.pointer, handle, flags) }
            }
        }
    }

    /// Receives one whole multipart message as held frames (no copy of any payload), plus the ZAP
    /// User-Id of the peer (empty over ipc); nil when none is waiting (non-blocking).
    public func receiveFrames() throws(ZMQError) -> (frames: [ZMQFrame], userID: String)? {
        var frames: [ZMQFrame] = []
        var userID = ""
        while true {
            let frame = ZMQFrame()
            let rc = zmq_msg_recv(frame.pointer, handle, frames.isEmpty ? ZMQ_DONTWAIT : 0)
            if rc < 0 {
                let err = zmq_errno()
                if err == EINTR { continue }
                if err == EAGAIN && frames.isEmpty { return nil }
                throw ZMQError(operation: "zmq_msg_recv", errno: err)
            }
            frames.append(frame)
            if frames.count == 2 { userID = frame.property("User-Id") ?? "" }
            if !frame.hasMore { return (frames, userID) }
        }
    }

    /// Receives one whole multipart message as copied bytes, or nil when none is waiting (non-blocking).
    public func receive() throws(ZMQError) -> [[UInt8]]? {
        try receiveFrames()?.frames.map(\.bytes)
    }
}
