import CZeroMQ

/// One event of a socket monitor (zmq_socket_monitor(3)): what happened to a connection, its
/// value (an errno, a ZAP status code, or unused) and the endpoint. All events used here are in
/// libzmq 4.3's stable API (Debian's libzmq has no DRAFT API).
public struct ZMQSocketEvent: Sendable, Equatable {
    public struct Kind: OptionSet, Sendable, Hashable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let connected = Kind(rawValue: ZMQ_EVENT_CONNECTED)
        /// A connect attempt failed (e.g. ECONNREFUSED: nothing listens) and will be retried.
        public static let connectRetried = Kind(rawValue: ZMQ_EVENT_CONNECT_RETRIED)
        public static let disconnected = Kind(rawValue: ZMQ_EVENT_DISCONNECTED)
        public static let handshakeSucceeded = Kind(rawValue: ZMQ_EVENT_HANDSHAKE_SUCCEEDED)
        public static let handshakeFailedNoDetail = Kind(rawValue: ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL)
        public static let handshakeFailedProtocol = Kind(rawValue: ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL)
        /// The peer's ZAP handler refused us; the value is the ZAP status code (300, 400, 500).
        public static let handshakeFailedAuth = Kind(rawValue: ZMQ_EVENT_HANDSHAKE_FAILED_AUTH)

        public static let handshakeFailed: Kind = [.handshakeFailedNoDetail, .handshakeFailedProtocol, .handshakeFailedAuth]
    }

    public var kind: Kind
    public var value: UInt32
    public var endpoint: String

    /// The two frames a monitor sends: 6 bytes (event number UInt16, value UInt32, native byte
    /// order), then the endpoint text. nil for anything else.
    public init?(frames: [[UInt8]]) {
        guard frames.count == 2, frames[0].count == 6 else { return nil }
        let f = frames[0]
        kind = Kind(rawValue: Int32(UInt16(f[0]) | UInt16(f[1]) << 8))
        value = UInt32(f[2]) | UInt32(f[3]) << 8 | UInt32(f[4]) << 16 | UInt32(f[5]) << 24
        endpoint = String(decoding: frames[1], as: UTF8.self)
    }
}

extension ZMQSocket {
    /// Starts libzmq's monitor of this socket for `events` and returns the PAIR socket they arrive
    /// on (poll it with this socket; it lives on the same thread). Only little-endian hosts decode
    /// the events as written (x86-64 and arm64, where this runs).
    public func monitor(_ events: ZMQSocketEvent.Kind) throws(ZMQError) -> ZMQSocket {
        // One inproc name per socket: the handle's address is unique while the socket lives.
        let endpoint = "inproc://gaitpipe-monitor-\(UInt(bitPattern: handle))"
        _ = try zmqCall("zmq_socket_monitor(\(endpoint))") { zmq_socket_monitor(handle, endpoint, events.rawValue) }
        let pair = try ZMQSocket(context, .pair)
        try pair.connect(endpoint)
        return pair
    }
}
