import CGaitpipeWire
import CProtobufC
public import GaitModel

extension ReportBundle: WirePayload {
    public static let wireType = "ReportBundle"

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__ReportBundle> = arena.message { gaitpipe__v1__report_bundle__init($0) }
        m.pointee.athlete = arena.string(athlete)
        m.pointee.n_artifacts = artifacts.count
        m.pointee.artifacts = arena.messages(artifacts) { a in
            let c: UnsafeMutablePointer<Gaitpipe__V1__Artifact> = arena.message { gaitpipe__v1__artifact__init($0) }
            c.pointee.name = arena.string(a.name)
            c.pointee.content = arena.binary(a.content)
            return c
        }
        m.pointee.n_tables = tables.count
        m.pointee.tables = arena.messages(tables) { t in
            let c: UnsafeMutablePointer<Gaitpipe__V1__TableRows> = arena.message { gaitpipe__v1__table_rows__init($0) }
            c.pointee.name = arena.string(t.name)
            c.pointee.header = arena.string(t.header)
            c.pointee.n_rows = t.rows.count
            c.pointee.rows = arena.strings(t.rows)
            return c
        }
        m.pointee.season_entry = arena.binary(seasonEntry)
        return arena.packer(m, body)
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__report_bundle__unpack,
                          gaitpipe__v1__report_bundle__free_unpacked) { p in
            let m = p.pointee
            return ReportBundle(
                athlete: CRead.string(m.athlete),
                artifacts: CRead.messages(m.n_artifacts, m.artifacts) {
                    Artifact(name: CRead.string($0.pointee.name), content: CRead.bytes($0.pointee.content))
                },
                tables: CRead.messages(m.n_tables, m.tables) {
                    TableRows(name: CRead.string($0.pointee.name), header: CRead.string($0.pointee.header),
                              rows: CRead.strings($0.pointee.n_rows, $0.pointee.rows))
                },
                seasonEntry: CRead.bytes(m.season_entry))
        }
    }
}

/// load-report's `ReportBundle.seasonEntry`: what its season-wide task needs of one athlete.
extension IndexEntry: WirePayload {
    public static let wireType = "IndexEntry"

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let i: UnsafeMutablePointer<Gaitpipe__V1__IndexEntry> = arena.message { gaitpipe__v1__index_entry__init($0) }
        i.pointee.athlete = arena.string(athlete)
        i.pointee.as_of = arena.string(asOf)
        i.pointee.n_levels = levels.count
        i.pointee.levels = arena.strings(levels.map(\.rawValue))
        i.pointee.n_weekly_distance_km = weeklyDistanceKm.count
        i.pointee.weekly_distance_km = arena.copy(weeklyDistanceKm)
        i.pointee.sites = arena.string(sites)
        i.pointee.worst_pain = Int32(worstPain ?? -1)
        i.pointee.symptom_diary = symptomDiary ? 1 : 0
        i.pointee.last_reported = arena.string(lastReported)
        return arena.packer(i, body)
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__index_entry__unpack,
                          gaitpipe__v1__index_entry__free_unpacked) { p throws(WireError) in
            let i = p.pointee
            var levels: [Level] = []
            for name in CRead.strings(i.n_levels, i.levels) {
                guard let level = Level(rawValue: name) else {
                    throw WireError(type: Self.wireType, byteCount: bytes.count, detail: "unknown level '\(name)'")
                }
                levels.append(level)
            }
            return IndexEntry(athlete: CRead.string(i.athlete), asOf: CRead.string(i.as_of), levels: levels,
                              weeklyDistanceKm: CRead.array(i.n_weekly_distance_km, i.weekly_distance_km),
                              sites: CRead.string(i.sites), worstPain: i.worst_pain >= 0 ? Int(i.worst_pain) : nil,
                              symptomDiary: i.symptom_diary != 0, lastReported: CRead.string(i.last_reported))
        }
    }
}

extension ClinicSeason: WirePayload {
    public static let wireType = "ClinicSeason"

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__ClinicSeason> = arena.message { gaitpipe__v1__clinic_season__init($0) }
        m.pointee.n_entries = entries.count
        m.pointee.entries = arena.messages(entries) { e in
            let c: UnsafeMutablePointer<Gaitpipe__V1__SeasonEntry> = arena.message { gaitpipe__v1__season_entry__init($0) }
            c.pointee.athlete = arena.string(e.athlete)
            c.pointee.entry = arena.binary(e.entry)
            return c
        }
        m.pointee.n_unscored = unscored.count
        m.pointee.unscored = arena.messages(unscored) { u in
            let c: UnsafeMutablePointer<Gaitpipe__V1__UnscoredFolder> = arena.message { gaitpipe__v1__unscored_folder__init($0) }
            c.pointee.athlete = arena.string(u.athlete)
            c.pointee.note = arena.string(u.note)
            return c
        }
        m.pointee.n_skipped = skipped.count
        m.pointee.skipped = arena.messages(skipped) { $0.fill(arena) }
        return arena.packer(m, body)
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__clinic_season__unpack,
                          gaitpipe__v1__clinic_season__free_unpacked) { p in
            let m = p.pointee
            return ClinicSeason(
                entries: CRead.messages(m.n_entries, m.entries) {
                    ClinicSeason.Entry(athlete: CRead.string($0.pointee.athlete), entry: CRead.bytes($0.pointee.entry))
                },
                unscored: CRead.messages(m.n_unscored, m.unscored) {
                    ClinicSeason.Unscored(athlete: CRead.string($0.pointee.athlete), note: CRead.string($0.pointee.note))
                },
                skipped: CRead.messages(m.n_skipped, m.skipped) { SkippedInput(reading: $0) })
        }
    }
}

/// load-report's input: an athlete's assessment, or the season-wide task.
public typealias ReportInput = WirePair<Assessment, ClinicSeason>
