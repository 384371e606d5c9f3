import CGaitpipeWire
import CProtobufC
public import GaitModel

extension SkippedInput {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__SkippedInput> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__SkippedInput> = arena.message { gaitpipe__v1__skipped_input__init($0) }
        m.pointee.path = arena.string(path)
        m.pointee.stage = arena.string(stage)
        m.pointee.reason = arena.string(reason)
        return m
    }

    init(reading p: UnsafeMutablePointer<Gaitpipe__V1__SkippedInput>) {
        self.init(path: CRead.string(p.pointee.path), stage: CRead.string(p.pointee.stage),
                  reason: CRead.string(p.pointee.reason))
    }
}

extension AthleteSeason: WirePayload {
    public static let wireType = "AthleteSeason"

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__AthleteSeason> =
            arena.message { gaitpipe__v1__athlete_season__init($0) }
        m.pointee.athlete = arena.string(athlete)
        m.pointee.n_runs = runs.count
        m.pointee.runs = arena.messages(runs) { $0.fill(arena) }
        m.pointee.athlete_yaml = arena.binary(athleteYAML)
        m.pointee.symptoms_csv = arena.binary(symptomsCSV)
        m.pointee.n_skipped = skipped.count
        m.pointee.skipped = arena.messages(skipped) { $0.fill(arena) }
        m.pointee.n_kinematics = kinematics.count
        m.pointee.kinematics = arena.messages(kinematics) { $0.fill(arena) }
        return arena.packer(m, body)
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__athlete_season__unpack,
                          gaitpipe__v1__athlete_season__free_unpacked) { p in
            let m = p.pointee
            return AthleteSeason(athlete: CRead.string(m.athlete),
                                 runs: CRead.messages(m.n_runs, m.runs) { RunMetrics(reading: $0) },
                                 athleteYAML: CRead.bytes(m.athlete_yaml), symptomsCSV: CRead.bytes(m.symptoms_csv),
                                 skipped: CRead.messages(m.n_skipped, m.skipped) { SkippedInput(reading: $0) },
                                 kinematics: CRead.messages(m.n_kinematics, m.kinematics) { KinematicsSession(reading: $0) })
        }
    }
}
