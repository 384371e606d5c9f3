import GaitModel

/// Heart-rate zones, time faster than threshold, D2's high-intensity time and Banister TRIMP
/// (DOMAIN.md L6, D2 and Definitions); session-RPE load is `SessionLoad`'s.
enum IntensityAnalysis {
    /// Zone edges as fractions of HRmax: 50–60–70–80–90–100 % (Edwards; DOMAIN.md Definitions).
    static let zoneEdges = [0.5, 0.6, 0.7, 0.8, 0.9]
    /// D2 without threshold pace: time at ≥ 80 % HRmax (zones 4–5).
    static let highIntensityHRFraction = 0.8
    /// Pace counts as high intensity only at a grade ≥ −2 % (DOMAIN.md "Definitions"; Minetti 2002:
    /// running downhill costs less energy at the same speed, so a fast descent is not a speed session).
    static let minimumIntensityGrade = -0.02
    /// Pace-based high intensity counts in stretches of at least this long: DOMAIN.md's shortest
    /// intensity unit is a ≥ 10 s stride; isolated seconds above threshold are GPS speed noise.
    static let minimumIntensityStretchS = 10.0

    /// `grades`: each sample's grade over ≥ 50 m (TerrainAnalysis), NaN where unknown; a sample of
    /// unknown grade (no altitude: treadmill, indoor) counts by pace alone.
    static func apply(_ p: PreparedSamples, profile: AthleteProfile, grades: [Double], to m: inout RunMetrics) {
        let trimpModel = BanisterTRIMP(sex: profile.sex, hrRest: profile.hrRest, hrMax: profile.hrMax)
        var zones = [Double](repeating: 0, count: zoneEdges.count)
        var trimp = 0.0, hrSeconds = 0.0, highHR = 0.0, faster = 0.0, fasterNotDownhill = 0.0, stretch = 0.0
        let threshold = profile.thresholdSpeedMPS
        for i in 0..<p.count {
            let w = p.weight[i]
            let hr = p.heartRate[i]
            if hr.isFinite {
                hrSeconds += w
                trimp += trimpModel.impulse(minutes: w / 60, heartRate: hr)
                let fraction = hr / profile.hrMax
                if let zone = zoneEdges.lastIndex(where: { fraction >= $0 }) { zones[zone] += w }
                if fraction >= highIntensityHRFraction { highHR += w }
            }
            if let threshold, p.moving[i], p.speed[i] > threshold {
                faster += w
                if !(grades[i] < minimumIntensityGrade) {
                    stretch += w
                    continue
                }
            }
            if stretch >= minimumIntensityStretchS { fasterNotDownhill += stretch }
            stretch = 0
        }

        if stretch >= minimumIntensityStretchS { fasterNotDownhill += stretch }
        m.hrZoneTimesS = hrSeconds > 0 ? zones : []
        m.trimp = hrSeconds > 0 ? trimp : nil
        if threshold != nil {
            m.fasterThanThresholdS = faster
            m.highIntensityS = fasterNotDownhill
            m.highIntensityBasis = "threshold_pace"
        } else if hrSeconds > 0 {
            m.highIntensityS = highHR
            m.highIntensityBasis = "hr_max"
        }
        if let threshold, m.sport == "running" {
            m.segments = IntensitySegmentDetector(thresholdSpeed: threshold).segments(p)
        }
        var notes: [String] = []
        if hrSeconds > 0 {
            if profile.defaulted.contains("hr_max") { notes.append("hr_max: default \(Int(AthleteProfile.defaultHRMax)) bpm used (not in athlete.yaml)") }
            if profile.defaulted.contains("hr_rest") { notes.append("hr_rest: default \(Int(AthleteProfile.defaultHRRest)) bpm used (not in athlete.yaml)") }
            if profile.sex == .unknown { notes.append("trimp: sex unknown, Banister's male coefficients used") }
        }
        if threshold == nil, m.sport == "running" {
            notes.append("threshold_pace: not in athlete.yaml; no interval/stride/sprint detection"
                         + (hrSeconds > 0 ? ", high intensity = time at ≥ 80 % HRmax" : ""))
        }
        m.profileNotes = notes
    }
}
