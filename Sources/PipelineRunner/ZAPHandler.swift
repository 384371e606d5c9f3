import Logging
import ZeroMQ

/// The ZAP handler (ZeroMQ RFC 27) for remote stages: admits a CURVE client only when its public
/// key is in the authorized-workers file, and names it with its label (the User-Id every message
/// from it then carries). Without a handler CURVE would only encrypt: anyone holding the server's
/// public key could connect. PLAIN and NULL are refused.
final class ZAPHandler {
    static let endpoint = "inproc://zeromq.zap.01"
    static let domain = "gaitpipe"

    let socket: ZMQSocket
    private let workers: AuthorizedWorkers
    private let logger: Logger

    init(context: ZMQContext, workers: AuthorizedWorkers, logger: Logger) throws {
        socket = try ZMQSocket(context, .rep)
        try socket.bind(Self.endpoint)
        self.workers = workers
        self.logger = logger
    }

    /// Answers every pending authentication request.
    func handleAll() {
        while let frames = try? socket.receive() {
            guard frames.count >= 6 else {
                logger.warning("ZAP: malformed request (\(frames.count) frames) dropped")
                try? socket.send([Array("1.0".utf8), frames.count > 1 ? frames[1] : [], Array("400".utf8),
                                  Array("malformed request".utf8), [], []])
                continue
            }
            let requestID = frames[1]
            let address = String(decoding: frames[3], as: UTF8.self)
            let mechanism = String(decoding: frames[5], as: UTF8.self)
            var status = "400", text = "", user = ""
            if mechanism != "CURVE" {
                text = "mechanism \(mechanism) refused"
                logger.warning("refused a peer from \(address): mechanism \(mechanism) (only CURVE is admitted)")
            } else if frames.count >= 7, let key = ZMQCurve.z85(frames[6]), let label = workers.labels[key] {
                status = "200"
                text = "OK"
                user = label
                logger.notice("admitted worker '\(label)' from \(address)")
            } else {
                let key = frames.count >= 7 ? (ZMQCurve.z85(frames[6]) ?? "?") : "none"
                text = "unknown key"
                logger.warning("refused a worker from \(address): key \(key) is not in the authorized-workers file")
            }
            try? socket.send([Array("1.0".utf8), requestID, Array(status.utf8), Array(text.utf8), Array(user.utf8), []])
        }
    }
}
