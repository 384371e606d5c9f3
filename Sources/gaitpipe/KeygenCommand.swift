import ArgumentParser
import Foundation
import PipelineRunner
import ZeroMQ

struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Write a CURVE key pair in ZeroMQ's certificate format, for remote stages.",
        discussion: """
            Writes FILE (the public certificate: hand it to the other side) and FILE_secret (mode 0600: \
            keep it). The runner needs its own FILE_secret (--server-key) and an --authorized-workers \
            file with one `label public-key` line per worker; each worker needs the runner's FILE \
            (--server-key) and its own FILE_secret (--key). Keys are never committed.

            Example: gaitpipe keygen keys/runner.key && gaitpipe keygen keys/worker-a.key
            """)

    @Argument(help: "Where to write the public certificate; the secret one goes to FILE_secret.")
    var file: String

    @Flag(help: "Replace existing files.")
    var force = false

    func run() throws {
        if !force, FileManager.default.fileExists(atPath: file) || FileManager.default.fileExists(atPath: file + "_secret") {
            throw GaitpipeError(.usage, "\(file) exists: pass --force to replace it (workers holding the old key stop working)")
        }
        let certificate = try ZMQCertificate.generate()
        try certificate.write(to: file)
        print("public key \(certificate.publicKey)")
        print("wrote \(file) (public) and \(file)_secret (secret, mode 0600)")
    }
}
