import ActivityImport
import AthleteFiles
import FITCodec
import GaitMetrics
import GaitModel
import SeasonSynth
import Testing

/// The demo season's stories show up in the per-run metrics (issue 4, "The sample season").
@Suite struct SeasonStoryTests {
    @Test func metricsTellTheThreeStories() throws {
        var runs: [String: [RunMetrics]] = [:]
        var profiles: [String: AthleteProfile] = [:]
        var symptoms: [String: [SymptomEntry]] = [:]
        var kinematics: [String: [String]] = [:]
        let params = ResolvedParams(specs: RunMetricsCalculator.paramSpecs, given: [:])
        var failures: [String] = []
        SeasonGenerator(seed: 3, kinematics: true).forEachFile { path, bytes in
            let athlete = String(path.prefix { $0 != "/" }), name = String(path.dropFirst(athlete.count + 1))
            do {
                if name == "athlete.yaml" { profiles[athlete] = try AthleteProfileParser.parse(bytes) }
                else if name == "symptoms.csv" { symptoms[athlete] = try SymptomDiaryParser.parse(bytes) }
                else if name.hasPrefix("kinematics/") { kinematics[athlete, default: []].append(name) }
                else {
                    for a in ActivityImporter.importFile(data: bytes, path: name, athlete: athlete).activities {
                        runs[athlete, default: []].append(RunMetricsCalculator.metrics(for: a, profile: profiles[athlete] ?? AthleteProfile(), params: params))
                    }
                }
            } catch {
                failures.append("\(path): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        let ana = try #require(runs["ana-ramp"]).filter { $0.sport == "running" }
        let ben = try #require(runs["ben-steady"]).filter { $0.sport == "running" }
        let cleo = try #require(runs["cleo-hills"])
        func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }

        // ITBS story: low cadence and long strides against the others, long descents, walk breaks.
        #expect(median(ana.compactMap(\.cadenceSPM)) < 160 && median(ben.compactMap(\.cadenceSPM)) > 165)
        #expect(median(ana.compactMap(\.stepLengthM)) > median(ben.compactMap(\.stepLengthM)))
        #expect(ana.compactMap(\.longestDescentM).max() ?? 0 > 200)
        #expect(ana.contains { $0.pauseCount == 0 && $0.cadenceHistogram.contains { $0.lower < 120 } })
        #expect(symptoms["ana-ramp"]?.contains { $0.location == .lateral && $0.aggravators.contains(.predictableDistance) } == true)

        // Tendinopathy story: sprints only from the block on, strength/plyometric sessions, inferior-pole pain.
        let sprints = cleo.filter { $0.segments.contains { $0.kind == .sprint } }
        #expect(sprints.count >= 10)
        let blockStart = try #require(sprints.map(\.startTime).min())
        #expect(cleo.filter { $0.startTime < blockStart }.allSatisfy { !$0.segments.contains { $0.kind == .sprint } })
        #expect(cleo.contains { $0.sport == "training" })
        #expect(symptoms["cleo-hills"]?.allSatisfy { $0.location == .inferiorPole && $0.day * 86_400 >= blockStart - 86_400 } == true)

        // Control: no symptoms, tempo intervals every week, running dynamics present and plausible.
        #expect(symptoms["ben-steady"]?.isEmpty == true)
        #expect(ben.filter { $0.segments.contains { $0.kind == .interval } }.count >= 15)
        #expect(ben.allSatisfy { ($0.gctMS ?? 0) > 200 && ($0.gctMS ?? 0) < 300 && $0.powerW != nil && $0.trimp != nil })
        #expect(kinematics.values.reduce(0) { $0 + $1.count } == 4)

        // Every running file has an oscillation: on Stryd-pod days from the cm developer field, in mm.
        #expect(ben.allSatisfy { ($0.verticalOscillationMM ?? 0) > 60 && ($0.verticalOscillationMM ?? 0) < 110 })
        // Strength/plyometric sessions: duration from the session message, categories and RPE load.
        let sessions = cleo.filter { $0.sport == "training" }
        #expect(sessions.allSatisfy { $0.durationS > 600 && $0.sessionRPESource == "fit" && ($0.sessionRPELoad ?? 0) > 0 })
        #expect(sessions.contains { $0.exerciseCategories.contains("plyo") && $0.sessionRPE == 7 })
        #expect(ana.contains { $0.sessionRPESource == "fit" } && ana.contains { $0.sessionRPESource.isEmpty })
    }

    /// Some runs carry a Stryd-like pod's developer fields, named and in the units Stryd writes them;
    /// the others keep the watch's native vertical oscillation.
    @Test func strydDeveloperFieldsOnSomeRuns() throws {
        var withPod: [String] = [], without: [String] = []
        var failures: [String] = []
        SeasonGenerator(seed: 3, athletes: 3, weeks: 3).forEachFile { path, bytes in
            guard path.hasSuffix("-run.fit") else { return }
            let file = FITDecoder().decode(bytes)
            let oscillation = FITActivity(file).records.compactMap { $0.verticalOscillation.isNaN ? nil : $0.verticalOscillation }
            let names = file.developerFields.map { "\($0.name) [\($0.units)]" }
            if names.isEmpty {
                without.append(path)
            } else {
                withPod.append(path)
                if names != ["Leg Spring Stiffness [KN/m]", "Vertical Oscillation [Centimeters]"] { failures.append("\(path): \(names)") }
                let stiffness = file.messages(20).compactMap { $0.developerFields.first { $0.number == 4 }?.value.double }
                if !(stiffness.contains { (7...14).contains($0) }) { failures.append("\(path): leg spring stiffness \(stiffness.prefix(3))") }
            }
            // Native or from the pod (cm → mm), every run has a plausible oscillation in mm.
            if oscillation.isEmpty || !oscillation.allSatisfy({ (40...140).contains($0) }) { failures.append("\(path): oscillation") }
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(withPod.allSatisfy { $0.hasPrefix("ben-steady/") } && withPod.count >= 3)
        #expect(without.contains { $0.hasPrefix("ben-steady/") } && without.count > withPod.count)
    }
}
