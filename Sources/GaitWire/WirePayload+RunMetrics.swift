import CGaitpipeWire
import CProtobufC
public import GaitModel

extension RunMetrics: WirePayload {
    public static let wireType = "RunMetrics"

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        let arena = PackArena()
        return arena.packer(fill(arena), body)
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: Self.wireType, gaitpipe__v1__run_metrics__unpack,
                          gaitpipe__v1__run_metrics__free_unpacked) { RunMetrics(reading: $0) }
    }

    func fill(_ arena: PackArena) -> UnsafeMutablePointer<Gaitpipe__V1__RunMetrics> {
        let m: UnsafeMutablePointer<Gaitpipe__V1__RunMetrics> = arena.message { gaitpipe__v1__run_metrics__init($0) }
        m.pointee.run_id = arena.string(runID)
        m.pointee.athlete = arena.string(athlete)
        m.pointee.start_time = startTime
        m.pointee.sport = arena.string(sport)
        m.pointee.device = arena.string(device)
        m.pointee.distance_m = distanceM
        m.pointee.duration_s = durationS
        m.pointee.moving_time_s = movingTimeS
        m.pointee.timer_time_s = timerTimeS ?? .nan
        // NaN stands for "not measurable": protoc-c 1.4 has no proto3 `optional`.
        m.pointee.moving_pace_s_per_km = movingPaceSPerKm ?? .nan
        m.pointee.cadence_spm = cadenceSPM ?? .nan
        m.pointee.n_warnings = warnings.count
        m.pointee.warnings = arena.strings(warnings)

        m.pointee.paused_time_s = pausedTimeS
        m.pointee.pause_count = Int32(clamping: pauseCount)
        m.pointee.average_pace_s_per_km = averagePaceSPerKm ?? .nan
        m.pointee.cadence_sd_spm = cadenceSDSPM ?? .nan
        m.pointee.n_cadence_histogram = cadenceHistogram.count
        m.pointee.cadence_histogram = arena.messages(cadenceHistogram) { bin in
            let b: UnsafeMutablePointer<Gaitpipe__V1__HistogramBin> = arena.message { gaitpipe__v1__histogram_bin__init($0) }
            b.pointee.lower = bin.lower
            b.pointee.seconds = bin.seconds
            return b
        }
        m.pointee.n_speed_bins = speedBins.count
        m.pointee.speed_bins = arena.messages(speedBins) { bin in
            let b: UnsafeMutablePointer<Gaitpipe__V1__SpeedBin> = arena.message { gaitpipe__v1__speed_bin__init($0) }
            b.pointee.lower_mps = bin.lowerMPS
            b.pointee.seconds = bin.seconds
            b.pointee.cadence_spm = bin.cadenceSPM
            b.pointee.step_length_m = bin.stepLengthM
            return b
        }
        m.pointee.step_length_m = stepLengthM ?? .nan
        m.pointee.step_length_is_native = stepLengthIsNative ? 1 : 0
        m.pointee.gct_ms = gctMS ?? .nan
        m.pointee.gct_balance_pct = gctBalancePct ?? .nan
        m.pointee.vertical_oscillation_mm = verticalOscillationMM ?? .nan
        m.pointee.vertical_ratio_pct = verticalRatioPct ?? .nan
        m.pointee.power_w = powerW ?? .nan

        m.pointee.ascent_m = ascentM ?? .nan
        m.pointee.descent_m = descentM ?? .nan
        m.pointee.descent_per_km = descentPerKm ?? .nan
        m.pointee.downhill_time_s = downhillTimeS ?? .nan
        m.pointee.uphill_time_s = uphillTimeS ?? .nan
        m.pointee.longest_descent_m = longestDescentM ?? .nan
        m.pointee.longest_descent_distance_m = longestDescentDistanceM ?? .nan

        m.pointee.n_hr_zone_times_s = hrZoneTimesS.count
        m.pointee.hr_zone_times_s = arena.copy(hrZoneTimesS)
        m.pointee.faster_than_threshold_s = fasterThanThresholdS ?? .nan
        m.pointee.high_intensity_s = highIntensityS ?? .nan
        m.pointee.high_intensity_basis = arena.string(highIntensityBasis)
        m.pointee.n_segments = segments.count
        m.pointee.segments = arena.messages(segments) { segment in
            let s: UnsafeMutablePointer<Gaitpipe__V1__IntensitySegment> =
                arena.message { gaitpipe__v1__intensity_segment__init($0) }
            s.pointee.kind = arena.string(segment.kind.rawValue)
            s.pointee.start_offset_s = segment.startOffsetS
            s.pointee.duration_s = segment.durationS
            s.pointee.distance_m = segment.distanceM
            s.pointee.grade_pct = segment.gradePct
            return s
        }
        m.pointee.trimp = trimp ?? .nan
        m.pointee.session_rpe_load = sessionRPELoad ?? .nan
        m.pointee.session_rpe = sessionRPE ?? .nan
        m.pointee.session_rpe_source = arena.string(sessionRPESource)
        m.pointee.load = load ?? .nan
        m.pointee.load_estimated = loadEstimated ? 1 : 0
        m.pointee.damaged = damaged ? 1 : 0
        m.pointee.gear = arena.string(gear)
        m.pointee.sub_sport = arena.string(subSport)
        m.pointee.n_exercise_categories = exerciseCategories.count
        m.pointee.exercise_categories = arena.strings(exerciseCategories)
        m.pointee.n_profile_notes = profileNotes.count
        m.pointee.profile_notes = arena.strings(profileNotes)

        let q: UnsafeMutablePointer<Gaitpipe__V1__DataQuality> = arena.message { gaitpipe__v1__data_quality__init($0) }
        q.pointee.samples = Int32(clamping: quality.samples)
        q.pointee.coverage = quality.coverage
        q.pointee.heart_rate_coverage = quality.heartRateCoverage
        q.pointee.gps_dropouts = Int32(clamping: quality.gpsDropouts)
        q.pointee.cadence_zeros = Int32(clamping: quality.cadenceZeros)
        q.pointee.implausible_removed = Int32(clamping: quality.implausibleRemoved)
        m.pointee.quality = q
        m.pointee.cadence_matched_spm = cadenceMatchedSPM ?? .nan
        m.pointee.step_length_matched_m = stepLengthMatchedM ?? .nan
        return m
    }

    init(reading p: UnsafeMutablePointer<Gaitpipe__V1__RunMetrics>) {
        let m = p.pointee
        self.init(runID: CRead.string(m.run_id), athlete: CRead.string(m.athlete), startTime: m.start_time,
                  sport: CRead.string(m.sport), device: CRead.string(m.device), distanceM: m.distance_m,
                  durationS: m.duration_s, movingTimeS: m.moving_time_s,
                  movingPaceSPerKm: Self.optional(m.moving_pace_s_per_km), cadenceSPM: Self.optional(m.cadence_spm),
                  warnings: CRead.strings(m.n_warnings, m.warnings))
        pausedTimeS = m.paused_time_s
        timerTimeS = Self.optional(m.timer_time_s)
        pauseCount = Int(m.pause_count)
        averagePaceSPerKm = Self.optional(m.average_pace_s_per_km)
        cadenceSDSPM = Self.optional(m.cadence_sd_spm)
        cadenceHistogram = CRead.messages(m.n_cadence_histogram, m.cadence_histogram) {
            HistogramBin(lower: $0.pointee.lower, seconds: $0.pointee.seconds)
        }
        speedBins = CRead.messages(m.n_speed_bins, m.speed_bins) {
            SpeedBin(lowerMPS: $0.pointee.lower_mps, seconds: $0.pointee.seconds, cadenceSPM: $0.pointee.cadence_spm,
                     stepLengthM: $0.pointee.step_length_m)
        }
        stepLengthM = Self.optional(m.step_length_m)
        stepLengthIsNative = m.step_length_is_native != 0
        gctMS = Self.optional(m.gct_ms)
        gctBalancePct = Self.optional(m.gct_balance_pct)
        verticalOscillationMM = Self.optional(m.vertical_oscillation_mm)
        verticalRatioPct = Self.optional(m.vertical_ratio_pct)
        powerW = Self.optional(m.power_w)
        ascentM = Self.optional(m.ascent_m)
        descentM = Self.optional(m.descent_m)
        descentPerKm = Self.optional(m.descent_per_km)
        downhillTimeS = Self.optional(m.downhill_time_s)
        uphillTimeS = Self.optional(m.uphill_time_s)
        longestDescentM = Self.optional(m.longest_descent_m)
        longestDescentDistanceM = Self.optional(m.longest_descent_distance_m)
        hrZoneTimesS = CRead.array(m.n_hr_zone_times_s, m.hr_zone_times_s)
        fasterThanThresholdS = Self.optional(m.faster_than_threshold_s)
        highIntensityS = Self.optional(m.high_intensity_s)
        highIntensityBasis = CRead.string(m.high_intensity_basis)
        segments = CRead.messages(m.n_segments, m.segments) { s in
            // An unknown kind (a newer writer) reads as an interval, the least specific kind.
            IntensitySegment(kind: IntensitySegment.Kind(rawValue: CRead.string(s.pointee.kind)) ?? .interval,
                             startOffsetS: s.pointee.start_offset_s, durationS: s.pointee.duration_s,
                             distanceM: s.pointee.distance_m, gradePct: s.pointee.grade_pct)
        }
        trimp = Self.optional(m.trimp)
        sessionRPELoad = Self.optional(m.session_rpe_load)
        sessionRPE = Self.optional(m.session_rpe)
        sessionRPESource = CRead.string(m.session_rpe_source)
        load = Self.optional(m.load)
        loadEstimated = m.load_estimated != 0
        damaged = m.damaged != 0
        gear = CRead.string(m.gear)
        subSport = CRead.string(m.sub_sport)
        exerciseCategories = CRead.strings(m.n_exercise_categories, m.exercise_categories)
        profileNotes = CRead.strings(m.n_profile_notes, m.profile_notes)
        if let q = m.quality?.pointee {
            quality = DataQuality(samples: Int(q.samples), coverage: q.coverage, heartRateCoverage: q.heart_rate_coverage,
                                  gpsDropouts: Int(q.gps_dropouts), cadenceZeros: Int(q.cadence_zeros),
                                  implausibleRemoved: Int(q.implausible_removed))
        }
        cadenceMatchedSPM = Self.optional(m.cadence_matched_spm)
        stepLengthMatchedM = Self.optional(m.step_length_matched_m)
    }

    /// NaN on the wire is "not measurable".
    static func optional(_ v: Double) -> Double? { v.isNaN ? nil : v }
}
