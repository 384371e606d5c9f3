import CGaitpipeWire
import CProtobufC
public import GaitModel

extension KinematicsSession: WirePayload {
    public static let wireType = "KinematicsSession"

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        return arena.packer(fill(arena), body)
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__kinematics_session__unpack,
                          gaitpipe__v1__kinematics_session__free_unpacked) { KinematicsSession(reading: $0) }
    }

    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__KinematicsSession> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__KinematicsSession> =
            arena.message { gaitpipe__v1__kinematics_session__init($0) }
        m.pointee.source = arena.string(source)
        m.pointee.athlete = arena.string(athlete)
        m.pointee.date = arena.string(day.map(CalendarDay.date) ?? "")
        m.pointee.left = left.map { $0.fill(arena) }
        m.pointee.right = right.map { $0.fill(arena) }
        m.pointee.n_notes = notes.count
        m.pointee.notes = arena.strings(notes)
        return m
    }

    init(reading p: UnsafeMutablePointer<Gaitpipe__V1__KinematicsSession>) {
        let m = p.pointee
        let date = CRead.string(m.date)
        self.init(source: CRead.string(m.source), athlete: CRead.string(m.athlete),
                  day: date.isEmpty ? nil : CalendarDay.parseDate(date),
                  left: m.left.flatMap(SideKinematics.init(reading:)), right: m.right.flatMap(SideKinematics.init(reading:)),
                  notes: CRead.strings(m.n_notes, m.notes))
    }
}

extension SideKinematics {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__SideKinematics> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__SideKinematics> = arena.message { gaitpipe__v1__side_kinematics__init($0) }
        m.pointee.side = arena.string(side.rawValue)
        m.pointee.strides = Int32(clamping: strides)
        m.pointee.peak_hip_adduction = peakHipAdduction.fill(arena)
        m.pointee.pelvic_drop_at_midstance = pelvicDropAtMidstance.map { $0.fill(arena) }
        m.pointee.knee_flexion_at_contact = kneeFlexionAtContact.fill(arena)
        m.pointee.peak_knee_internal_rotation = peakKneeInternalRotation.map { $0.fill(arena) }
        m.pointee.peak_hip_internal_rotation = peakHipInternalRotation.map { $0.fill(arena) }
        m.pointee.n_rejected_strides = rejectedStrides.count
        m.pointee.rejected_strides = arena.messages(rejectedStrides) { $0.fill(arena) }
        return m
    }

    /// Nil for a side that names no known side or lacks K1 or K3 (both are required by the model).
    init?(reading p: UnsafeMutablePointer<Gaitpipe__V1__SideKinematics>) {
        let m = p.pointee
        guard let side = BodySide(rawValue: CRead.string(m.side)),
              let k1 = m.peak_hip_adduction.map(AngleStatistic.init(reading:)),
              let k3 = m.knee_flexion_at_contact.map(AngleStatistic.init(reading:)) else { return nil }
        self.init(side: side, strides: Int(m.strides), peakHipAdduction: k1,
                  pelvicDropAtMidstance: m.pelvic_drop_at_midstance.map(AngleStatistic.init(reading:)),
                  kneeFlexionAtContact: k3,
                  peakKneeInternalRotation: m.peak_knee_internal_rotation.map(AngleStatistic.init(reading:)),
                  peakHipInternalRotation: m.peak_hip_internal_rotation.map(AngleStatistic.init(reading:)),
                  rejectedStrides: CRead.messages(m.n_rejected_strides, m.rejected_strides) { RejectedStride(reading: $0) }
                      .compactMap { $0 })
    }
}

extension RejectedStride {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__RejectedStride> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__RejectedStride> = arena.message { gaitpipe__v1__rejected_stride__init($0) }
        m.pointee.strike = Int32(clamping: strike)
        m.pointee.next_strike = Int32(clamping: nextStrike)
        m.pointee.seconds = seconds
        m.pointee.reason = arena.string(reason.rawValue)
        return m
    }

    /// Nil for a reason this build does not know (a newer writer); the model has no "unknown" reason.
    init?(reading p: UnsafeMutablePointer<Gaitpipe__V1__RejectedStride>) {
        let m = p.pointee
        guard let reason = Reason(rawValue: CRead.string(m.reason)) else { return nil }
        self.init(strike: Int(m.strike), nextStrike: Int(m.next_strike), seconds: m.seconds, reason: reason)
    }
}

extension AngleStatistic {
    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__AngleStatistic> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__AngleStatistic> = arena.message { gaitpipe__v1__angle_statistic__init($0) }
        m.pointee.mean = mean
        m.pointee.sd = sd
        m.pointee.strides = Int32(clamping: strides)
        return m
    }

    init(reading p: UnsafeMutablePointer<Gaitpipe__V1__AngleStatistic>) {
        self.init(mean: p.pointee.mean, sd: p.pointee.sd, strides: Int(p.pointee.strides))
    }
}
