import Foundation
public import GaitModel

/// Banister's training impulse (DOMAIN.md L6): Σ minutes × HRr × a·e^(b·HRr), with
/// HRr = (HR − HRrest) ÷ (HRmax − HRrest); a = 0.64, b = 1.92 for men, 0.86 and 1.67 for women.
/// Worked example (DOMAIN.md): 45 min at 150 bpm, rest 60, max 190, male → 75.3.
public struct BanisterTRIMP: Sendable {
    public let a: Double
    public let b: Double
    public let hrRest: Double
    public let hrMax: Double

    /// `sex == .unknown` uses Banister's original (male) coefficients; the caller notes it.
    public init(sex: AthleteProfile.Sex, hrRest: Double, hrMax: Double) {
        (a, b) = sex == .female ? (0.86, 1.67) : (0.64, 1.92)
        self.hrRest = hrRest
        self.hrMax = hrMax
    }

    /// TRIMP of `minutes` at `heartRate`; HRr is clamped to 0…1 (above HRmax counts as HRmax).
    public func impulse(minutes: Double, heartRate: Double) -> Double {
        guard hrMax > hrRest else { return 0 }
        let reserve = min(1, max(0, (heartRate - hrRest) / (hrMax - hrRest)))
        return minutes * reserve * a * exp(b * reserve)
    }
}
