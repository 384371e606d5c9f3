import Foundation
import Testing
import ZeroMQ

@Suite(.serialized) struct ZeroMQTests {
    @Test func routerAndDealerExchangeMultipartMessagesOverIPC() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zmqt-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let context = try ZMQContext()
        let router = try ZMQSocket(context, .router)
        try router.setRouterMandatory()
        try router.bind("ipc://\(dir)/r.sock")
        let dealer = try ZMQSocket(context, .dealer)
        try dealer.connect("ipc://\(dir)/r.sock")
        let big = [UInt8](repeating: 7, count: 1 << 20)
        try dealer.send([[1, 2, 3], [], big])

        var poller = ZMQPoller([router])
        var got: [[UInt8]]?
        for _ in 0..<50 where got == nil {
            if try !poller.poll(timeoutMs: 100).isEmpty { got = try router.receive() }
        }
        let frames = try #require(got)
        #expect(frames.count == 4)  // identity + 3
        #expect(frames[1] == [1, 2, 3] && frames[2].isEmpty && frames[3] == big)

        try router.send([frames[0], [9]])
        var reply: [[UInt8]]?
        var dealerPoller = ZMQPoller([dealer])
        for _ in 0..<50 where reply == nil {
            if try !dealerPoller.poll(timeoutMs: 100).isEmpty { reply = try dealer.receive() }
        }
        #expect(reply == [[9]])
    }

    @Test func sendingToAnUnknownPeerFailsWithHostUnreachable() throws {
        let context = try ZMQContext()
        let router = try ZMQSocket(context, .router)
        try router.setRouterMandatory()
        #expect {
            try router.send([[0, 1, 2, 3], [1]])
        } throws: { error in
            (error as? ZMQError)?.code == .hostUnreachable
        }
    }

    @Test func bindingAnOverlongIPCPathIsAnEndpointError() throws {
        let context = try ZMQContext()
        let router = try ZMQSocket(context, .router)
        let path = "/tmp/" + String(repeating: "x", count: 200)
        #expect {
            try router.bind("ipc://\(path)")
        } throws: { error in
            (error as? ZMQError)?.code == .endpoint
        }
    }
}
