
ReportBundle�&
ana-ramp߼
ana-ramp/report.jsonż{
  "as_of": "2026-07-05",
  "athlete": "ana-ramp",
  "baseline": {
    "cadence_at_reference_spm": 154.9,
    "cadence_intercept": 116.269,
    "cadence_slope": 12.744,
    "reference_speed_mps": 3.031,
    "runs_used": 80,
    "step_length_at_reference_m": 1.170,
    "step_length_intercept": 0.2795,
    "step_length_slope": 0.2938
  },
  "current": {
    "itbs": {
      "advice": [
        "Cadence +5–10% of the preferred cadence, the usual first gait change: in healthy runners +10% lowered peak hip adduction and knee energy absorption (Heiderscheit 2011)",
        "Hip strengthening for the longer term",
        "Reduce long runs and downhill running while symptoms settle"
      ],
      "advice_source": "injury-scoring",
      "avoid": [
        "Foam rolling and ITB stretching only as adjuncts, never the primary treatment: the ITB lengthens < 0.5% (Falvey 2010)",
        "It is compression of innervated fat (Fairclough 2006), not friction"
      ],
      "capped": false,
      "capped_by": [],
      "firings": [
        {
          "band": "right",
          "baseline": 9.1361,
          "date": "2026-06-24",
          "design": "prospective: 18 ITBS cases; 15 PFP cases of 400 female runners — side difference ≥ 3° is a heuristic",
          "detail": "right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions",
          "id": "K1",
          "points": [
            2,
            2
          ],
          "presentations": [
            "pfp",
            "itbs"
          ],
          "run_id": "kinematics/2026-06-24-treadmill.csv",
          "source": "Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)",
          "threshold": 3.0000,
          "unit": "deg",
          "value": 13.8736
        },
        {
          "band": "lateral",
          "baseline": 19.0000,
          "date": "2026-07-05",
          "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
          "detail": "pain reported at the lateral knee (right), worst pain 8/10 on 19 days in the 28 days to 2026-07-05 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
          "id": "S2",
          "points": [
            2
          ],
          "presentations": [
            "itbs"
          ],
          "run_id": "",
          "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
          "threshold": 3.0000,
          "unit": "pain 0-10",
          "value": 8.0000
        },
        {
          "band": "low",
          "baseline": 155.2124,
          "date": "2026-06-14",
          "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
          "detail": "cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
          "id": "G1",
          "points": [
            1,
            1
          ],
          "presentations": [
            "pfp",
            "itbs"
          ],
          "run_id": "",
          "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
          "threshold": 166.0000,
          "unit": "spm",
          "value": 155.0045
        },
        {
          "band": "right",
          "baseline": 5.3291,
          "date": "2026-06-24",
          "design": "knee IR: female ITBS, prospective; hip IR +3.7°: male ITBS, cross-sectional",
          "detail": "right peak hip internal rotation 9.1° vs 5.3° for the left side (≥ 3.0° more), seen in 2 sessions",
          "id": "K4",
          "points": [
            1
          ],
          "presentations": [
            "itbs"
          ],
          "run_id": "kinematics/2026-06-24-treadmill.csv",
          "source": "Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3)",
          "threshold": 3.0000,
          "unit": "deg",
          "value": 9.1356
        },
        {
          "band": "lateral",
          "baseline": 0.0000,
          "date": "2026-07-05",
          "design": "clinical descriptions of each presentation's aggravators; expert rule",
          "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-07-05: aggravators of iliotibial band syndrome (+1)",
          "id": "S3",
          "points": [
            1
          ],
          "presentations": [
            "itbs"
          ],
          "run_id": "",
          "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
          "threshold": 2.0000,
          "unit": "aggravators",
          "value": 4.0000
        }
      ],
      "headline": "Pattern consistent with iliotibial band syndrome: high (7 points)",
      "level": "high",
      "points": 7,
      "reasons": [
        "K1 right +2: right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)",
        "S2 lateral +2: pain reported at the lateral knee (right), worst pain 8/10 on 19 days in the 28 days to 2026-07-05 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome (2026-07-05; the strongest of 5 firings in the window) — Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
        "G1 low +1: cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\" (2026-06-14; the strongest of 5 firings in the window) — Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
        "K4 right +1: right peak hip internal rotation 9.1° vs 5.3° for the left side (≥ 3.0° more), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3)",
        "S3 lateral +1: at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-07-05: aggravators of iliotibial band syndrome (+1) (2026-07-05; the strongest of 5 firings in the window) — Lavine 2010, Curr Rev Musculoskelet Med (ITBS)"
      ],
      "rules": [
        "G1",
        "K1",
        "K4",
        "S2",
        "S3"
      ],
      "site_reported": true
    },
    "order": [
      "itbs",
      "pfp",
      "patellar_tendinopathy"
    ],
    "patellar_tendinopathy": {
      "advice": [
        "Heavy slow resistance and progressive tendon loading",
        "Pain-monitored return: pain during ≤ 5/10 that settles by the next morning (Silbernagel 2007)",
        "Avoid load spikes in jumping, sprinting and hills"
      ],
      "advice_source": "injury-scoring",
      "avoid": [
        "No complete rest",
        "Ice and NSAIDs are of limited long-term value (degenerative, not inflammatory)"
      ],
      "capped": true,
      "capped_by": [
        "at the lateral knee (right)"
      ],
      "firings": [
        {
          "band": "",
          "baseline": 715.8192,
          "capped_by": [
            "at the lateral knee (right)"
          ],
          "date": "2026-06-07",
          "design": "expert rule",
          "detail": "948 m climbed in week 2026-W23 vs a 4-week mean of 716 m (> 1.3×)",
          "id": "ASC",
          "points": [
            1
          ],
          "presentations": [
            "patellar_tendinopathy"
          ],
          "run_id": "",
          "source": "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther)",
          "threshold": 930.5649,
          "unit": "m",
          "value": 947.9867
        }
      ],
      "headline": "Pattern consistent with patellar tendinopathy: low (capped at low: pain reported at the lateral knee, not at the inferior pole of the patella; 1 point before the cap)",
      "level": "low",
      "points": 1,
      "reasons": [
        "ASC +1: 948 m climbed in week 2026-W23 vs a 4-week mean of 716 m (> 1.3×) (2026-06-07) — expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther)"
      ],
      "rules": [
        "ASC"
      ],
      "site_reported": false
    },
    "pfp": {
      "advice": [
        "Add hip abductor and external-rotator strengthening to quadriceps work (Lack 2015 meta-analysis; Ferber 2015 RCT: hip programme eased pain about a week sooner)",
        "Gait retraining to reduce peak hip adduction; cadence +5–10% of the preferred cadence (Heiderscheit 2011; Lenhart 2014)",
        "Manage hills (especially descents), stairs and long runs while symptoms settle"
      ],
      "advice_source": "injury-scoring",
      "avoid": [
        "Do not treat only the site of pain: the knee is the site, rarely the source — look at the hip and the load",
        "Hip weakness is an associated deficit (Bolgla 2008), not a proven cause (Rathleff 2014)"
      ],
      "capped": true,
      "capped_by": [
        "at the lateral knee (right)"
      ],
      "firings": [
        {
          "band": "right",
          "baseline": 9.1361,
          "capped_by": [
            "at the lateral knee (right)"
          ],
          "date": "2026-06-24",
          "design": "prospective: 18 ITBS cases; 15 PFP cases of 400 female runners — side difference ≥ 3° is a heuristic",
          "detail": "right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions",
          "id": "K1",
          "points": [
            2,
            2
          ],
          "presentations": [
            "pfp",
            "itbs"
          ],
          "run_id": "kinematics/2026-06-24-treadmill.csv",
          "source": "Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)",
          "threshold": 3.0000,
          "unit": "deg",
          "value": 13.8736
        },
        {
          "band": "low",
          "baseline": 155.2124,
          "capped_by": [
            "at the lateral knee (right)"
          ],
          "date": "2026-06-14",
          "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
          "detail": "cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
          "id": "G1",
          "points": [
            1,
            1
          ],
          "presentations": [
            "pfp",
            "itbs"
          ],
          "run_id": "",
          "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
          "threshold": 166.0000,
          "unit": "spm",
          "value": 155.0045
        },
        {
          "band": "right",
          "baseline": 18.3115,
          "capped_by": [
            "at the lateral knee (right)"
          ],
          "date": "2026-06-24",
          "design": "retrospective case-control",
          "detail": "right knee flexion at initial contact 10.9° vs 18.3° for the left side (≥ 3.0° more extended), seen in 2 sessions",
          "id": "K3",
          "points": [
            1
          ],
          "presentations": [
            "pfp"
          ],
          "run_id": "kinematics/2026-06-24-treadmill.csv",
          "source": "Bramah 2018, AJSM",
          "threshold": 3.0000,
          "unit": "deg",
          "value": 10.9368
        }
      ],
      "headline": "Pattern consistent with patellofemoral pain: low (capped at low: pain reported at the lateral knee, not around the kneecap (peripatellar); 4 points before the cap)",
      "level": "low",
      "points": 4,
      "reasons": [
        "K1 right +2: right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)",
        "G1 low +1: cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\" (2026-06-14; the strongest of 5 firings in the window) — Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
        "K3 right +1: right knee flexion at initial contact 10.9° vs 18.3° for the left side (≥ 3.0° more extended), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Bramah 2018, AJSM"
      ],
      "rules": [
        "G1",
        "K1",
        "K3"
      ],
      "site_reported": false
    },
    "site_summary": "Pain reported at the lateral knee (right), worst 8/10 on 19 days in the 28 days to 2026-07-05: points to iliotibial band syndrome."
  },
  "days": [
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-02",
      "distance_km": 6.52,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 96.82,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-03",
      "distance_km": 7.10,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 99.40,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-04",
      "distance_km": 7.01,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 98.46,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-05",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-06",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-07",
      "distance_km": 9.46,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 141.30,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-08",
      "distance_km": 7.56,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 106.87,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-09",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-10",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-11",
      "distance_km": 6.65,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 92.06,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-12",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-13",
      "distance_km": 7.68,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 112.99,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-14",
      "distance_km": 8.85,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 131.48,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-15",
      "distance_km": 7.50,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 105.45,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-16",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-17",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-18",
      "distance_km": 7.12,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 104.82,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-19",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-20",
      "distance_km": 7.16,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 100.51,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-21",
      "distance_km": 9.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 134.72,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-22",
      "distance_km": 7.25,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 108.46,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-23",
      "distance_km": 7.31,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 101.40,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-24",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-25",
      "distance_km": 6.96,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 104.84,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-26",
      "distance_km": 6.41,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 89.56,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-27",
      "distance_km": 7.63,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 107.02,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-28",
      "distance_km": 9.03,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 131.99,
      "state": "active"
    },
    {
      "acute": 73.55,
      "acwr": 1.008,
      "acwr_rolling": 1.119,
      "chronic": 72.93,
      "date": "2026-03-29",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 73.52,
      "fitness": 53.28,
      "form": -20.24,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 55.16,
      "acwr": 0.812,
      "acwr_rolling": 0.904,
      "chronic": 67.90,
      "date": "2026-03-30",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 55.14,
      "fitness": 50.80,
      "form": -4.34,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 67.81,
      "acwr": 0.962,
      "acwr_rolling": 1.208,
      "chronic": 70.51,
      "date": "2026-03-31",
      "distance_km": 7.66,
      "estimated": false,
      "fatigue": 67.80,
      "fitness": 53.36,
      "form": -14.44,
      "load": 105.75,
      "state": "active"
    },
    {
      "acute": 50.86,
      "acwr": 0.775,
      "acwr_rolling": 0.969,
      "chronic": 65.65,
      "date": "2026-04-01",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 50.85,
      "fitness": 50.88,
      "form": 0.03,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 38.14,
      "acwr": 0.624,
      "acwr_rolling": 0.721,
      "chronic": 61.12,
      "date": "2026-04-02",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 38.14,
      "fitness": 48.51,
      "form": 10.38,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 51.61,
      "acwr": 0.816,
      "acwr_rolling": 0.642,
      "chronic": 63.25,
      "date": "2026-04-03",
      "distance_km": 6.16,
      "estimated": false,
      "fatigue": 51.60,
      "fitness": 50.54,
      "form": -1.07,
      "load": 92.01,
      "state": "active"
    },
    {
      "acute": 71.22,
      "acwr": 1.050,
      "acwr_rolling": 0.642,
      "chronic": 67.86,
      "date": "2026-04-04",
      "distance_km": 8.52,
      "estimated": false,
      "fatigue": 71.22,
      "fitness": 54.23,
      "form": -16.99,
      "load": 130.06,
      "state": "active"
    },
    {
      "acute": 79.83,
      "acwr": 1.133,
      "acwr_rolling": 0.912,
      "chronic": 70.46,
      "date": "2026-04-05",
      "distance_km": 7.52,
      "estimated": false,
      "fatigue": 79.83,
      "fitness": 56.63,
      "form": -23.20,
      "load": 105.65,
      "state": "active"
    },
    {
      "acute": 81.27,
      "acwr": 1.136,
      "acwr_rolling": 1.093,
      "chronic": 71.51,
      "date": "2026-04-06",
      "distance_km": 6.22,
      "estimated": false,
      "fatigue": 81.26,
      "fitness": 57.97,
      "form": -23.29,
      "load": 85.58,
      "state": "active"
    },
    {
      "acute": 81.60,
      "acwr": 1.129,
      "acwr_rolling": 0.972,
      "chronic": 72.27,
      "date": "2026-04-07",
      "distance_km": 6.00,
      "estimated": false,
      "fatigue": 81.60,
      "fitness": 59.12,
      "form": -22.48,
      "load": 82.60,
      "state": "active"
    },
    {
      "acute": 82.61,
      "acwr": 1.129,
      "acwr_rolling": 1.212,
      "chronic": 73.19,
      "date": "2026-04-08",
      "distance_km": 6.03,
      "estimated": false,
      "fatigue": 82.61,
      "fitness": 60.35,
      "form": -22.26,
      "load": 85.65,
      "state": "active"
    },
    {
      "acute": 61.96,
      "acwr": 0.909,
      "acwr_rolling": 1.212,
      "chronic": 68.15,
      "date": "2026-04-09",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 61.96,
      "fitness": 57.54,
      "form": -4.41,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 46.47,
      "acwr": 0.732,
      "acwr_rolling": 1.036,
      "chronic": 63.45,
      "date": "2026-04-10",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 46.47,
      "fitness": 54.87,
      "form": 8.40,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 67.16,
      "acwr": 0.988,
      "acwr_rolling": 1.035,
      "chronic": 67.98,
      "date": "2026-04-11",
      "distance_km": 8.58,
      "estimated": false,
      "fatigue": 67.16,
      "fitness": 58.33,
      "form": -8.83,
      "load": 129.22,
      "state": "active"
    },
    {
      "acute": 50.37,
      "acwr": 0.796,
      "acwr_rolling": 0.811,
      "chronic": 63.29,
      "date": "2026-04-12",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 50.37,
      "fitness": 55.61,
      "form": 5.25,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 37.78,
      "acwr": 0.641,
      "acwr_rolling": 0.594,
      "chronic": 58.93,
      "date": "2026-04-13",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 37.78,
      "fitness": 53.03,
      "form": 15.25,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 66.76,
      "acwr": 1.020,
      "acwr_rolling": 0.698,
      "chronic": 65.46,
      "date": "2026-04-14",
      "distance_km": 10.68,
      "estimated": false,
      "fatigue": 66.76,
      "fitness": 57.71,
      "form": -9.05,
      "load": 153.70,
      "state": "active"
    },
    {
      "acute": 87.78,
      "acwr": 1.230,
      "acwr_rolling": 0.831,
      "chronic": 71.35,
      "date": "2026-04-15",
      "distance_km": 10.56,
      "estimated": false,
      "fatigue": 87.78,
      "fitness": 62.04,
      "form": -25.74,
      "load": 150.87,
      "state": "active"
    },
    {
      "acute": 65.84,
      "acwr": 0.991,
      "acwr_rolling": 0.831,
      "chronic": 66.43,
      "date": "2026-04-16",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 65.84,
      "fitness": 59.16,
      "form": -6.68,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 49.38,
      "acwr": 0.798,
      "acwr_rolling": 0.888,
      "chronic": 61.85,
      "date": "2026-04-17",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 49.38,
      "fitness": 56.40,
      "form": 7.03,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 81.49,
      "acwr": 1.167,
      "acwr_rolling": 0.991,
      "chronic": 69.85,
      "date": "2026-04-18",
      "distance_km": 13.00,
      "estimated": false,
      "fatigue": 81.49,
      "fitness": 62.05,
      "form": -19.43,
      "load": 177.81,
      "state": "active"
    },
    {
      "acute": 96.97,
      "acwr": 1.294,
      "acwr_rolling": 1.389,
      "chronic": 74.92,
      "date": "2026-04-19",
      "distance_km": 10.17,
      "estimated": false,
      "fatigue": 96.97,
      "fitness": 65.84,
      "form": -31.13,
      "load": 143.41,
      "state": "active"
    },
    {
      "acute": 107.12,
      "acwr": 1.352,
      "acwr_rolling": 1.832,
      "chronic": 79.24,
      "date": "2026-04-20",
      "distance_km": 9.23,
      "estimated": false,
      "fatigue": 107.12,
      "fitness": 69.17,
      "form": -37.95,
      "load": 137.57,
      "state": "active"
    },
    {
      "acute": 80.34,
      "acwr": 1.089,
      "acwr_rolling": 1.303,
      "chronic": 73.78,
      "date": "2026-04-21",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 80.34,
      "fitness": 65.95,
      "form": -14.38,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 91.71,
      "acwr": 1.185,
      "acwr_rolling": 1.210,
      "chronic": 77.37,
      "date": "2026-04-22",
      "distance_km": 8.64,
      "estimated": false,
      "fatigue": 91.71,
      "fitness": 68.74,
      "form": -22.97,
      "load": 125.82,
      "state": "active"
    },
    {
      "acute": 108.18,
      "acwr": 1.305,
      "acwr_rolling": 1.637,
      "chronic": 82.90,
      "date": "2026-04-23",
      "distance_km": 10.50,
      "estimated": false,
      "fatigue": 108.18,
      "fitness": 72.87,
      "form": -35.30,
      "load": 157.58,
      "state": "active"
    },
    {
      "acute": 117.54,
      "acwr": 1.348,
      "acwr_rolling": 2.126,
      "chronic": 87.22,
      "date": "2026-04-24",
      "distance_km": 10.08,
      "estimated": false,
      "fatigue": 117.54,
      "fitness": 76.26,
      "form": -41.28,
      "load": 145.63,
      "state": "active"
    },
    {
      "acute": 134.41,
      "acwr": 1.430,
      "acwr_rolling": 2.067,
      "chronic": 93.97,
      "date": "2026-04-25",
      "distance_km": 13.91,
      "estimated": false,
      "fatigue": 134.41,
      "fitness": 81.32,
      "form": -53.10,
      "load": 185.04,
      "state": "active"
    },
    {
      "acute": 100.81,
      "acwr": 1.152,
      "acwr_rolling": 1.563,
      "chronic": 87.49,
      "date": "2026-04-26",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 100.81,
      "fitness": 77.53,
      "form": -23.28,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 107.53,
      "acwr": 1.191,
      "acwr_rolling": 1.408,
      "chronic": 90.26,
      "date": "2026-04-27",
      "distance_km": 9.02,
      "estimated": false,
      "fatigue": 107.53,
      "fitness": 79.87,
      "form": -27.66,
      "load": 127.67,
      "state": "active"
    },
    {
      "acute": 80.64,
      "acwr": 0.960,
      "acwr_rolling": 1.510,
      "chronic": 84.04,
      "date": "2026-04-28",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 80.64,
      "fitness": 76.15,
      "form": -4.49,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 98.22,
      "acwr": 1.108,
      "acwr_rolling": 1.438,
      "chronic": 88.65,
      "date": "2026-04-29",
      "distance_km": 10.55,
      "estimated": false,
      "fatigue": 98.22,
      "fitness": 79.63,
      "form": -18.59,
      "load": 150.95,
      "state": "active"
    },
    {
      "acute": 73.67,
      "acwr": 0.893,
      "acwr_rolling": 1.040,
      "chronic": 82.54,
      "date": "2026-04-30",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 73.67,
      "fitness": 75.93,
      "form": 2.26,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 55.25,
      "acwr": 0.719,
      "acwr_rolling": 0.768,
      "chronic": 76.84,
      "date": "2026-05-01",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 55.25,
      "fitness": 72.39,
      "form": 17.15,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 91.19,
      "acwr": 1.069,
      "acwr_rolling": 0.768,
      "chronic": 85.27,
      "date": "2026-05-02",
      "distance_km": 14.82,
      "estimated": false,
      "fatigue": 91.19,
      "fitness": 78.28,
      "form": -12.90,
      "load": 199.00,
      "state": "active"
    },
    {
      "acute": 104.09,
      "acwr": 1.166,
      "acwr_rolling": 1.057,
      "chronic": 89.24,
      "date": "2026-05-03",
      "distance_km": 10.14,
      "estimated": false,
      "fatigue": 104.09,
      "fitness": 81.28,
      "form": -22.81,
      "load": 142.82,
      "state": "active"
    },
    {
      "acute": 78.07,
      "acwr": 0.940,
      "acwr_rolling": 0.820,
      "chronic": 83.08,
      "date": "2026-05-04",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 78.07,
      "fitness": 77.50,
      "form": -0.57,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 92.79,
      "acwr": 1.069,
      "acwr_rolling": 1.098,
      "chronic": 86.80,
      "date": "2026-05-05",
      "distance_km": 9.57,
      "estimated": false,
      "fatigue": 92.79,
      "fitness": 80.27,
      "form": -12.52,
      "load": 136.96,
      "state": "active"
    },
    {
      "acute": 69.59,
      "acwr": 0.861,
      "acwr_rolling": 0.805,
      "chronic": 80.81,
      "date": "2026-05-06",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 69.59,
      "fitness": 76.54,
      "form": 6.94,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 88.56,
      "acwr": 1.039,
      "acwr_rolling": 1.049,
      "chronic": 85.27,
      "date": "2026-05-07",
      "distance_km": 9.65,
      "estimated": false,
      "fatigue": 88.56,
      "fitness": 79.74,
      "form": -8.82,
      "load": 145.45,
      "state": "active"
    },
    {
      "acute": 107.59,
      "acwr": 1.186,
      "acwr_rolling": 1.326,
      "chronic": 90.75,
      "date": "2026-05-08",
      "distance_km": 10.96,
      "estimated": false,
      "fatigue": 107.59,
      "fitness": 83.69,
      "form": -23.90,
      "load": 164.71,
      "state": "active"
    },
    {
      "acute": 134.68,
      "acwr": 1.355,
      "acwr_rolling": 1.303,
      "chronic": 99.38,
      "date": "2026-05-09",
      "distance_km": 15.73,
      "estimated": false,
      "fatigue": 134.68,
      "fitness": 89.84,
      "form": -44.84,
      "load": 215.95,
      "state": "active"
    },
    {
      "acute": 101.01,
      "acwr": 1.092,
      "acwr_rolling": 0.996,
      "chronic": 92.53,
      "date": "2026-05-10",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 101.01,
      "fitness": 85.67,
      "form": -15.35,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 112.61,
      "acwr": 1.169,
      "acwr_rolling": 1.217,
      "chronic": 96.31,
      "date": "2026-05-11",
      "distance_km": 9.87,
      "estimated": false,
      "fatigue": 112.61,
      "fitness": 88.54,
      "form": -24.07,
      "load": 147.39,
      "state": "active"
    },
    {
      "acute": 117.17,
      "acwr": 1.187,
      "acwr_rolling": 1.218,
      "chronic": 98.70,
      "date": "2026-05-12",
      "distance_km": 8.54,
      "estimated": false,
      "fatigue": 117.17,
      "fitness": 90.51,
      "form": -26.67,
      "load": 130.87,
      "state": "active"
    },
    {
      "acute": 125.91,
      "acwr": 1.230,
      "acwr_rolling": 1.568,
      "chronic": 102.38,
      "date": "2026-05-13",
      "distance_km": 10.02,
      "estimated": false,
      "fatigue": 125.91,
      "fitness": 93.37,
      "form": -32.54,
      "load": 152.14,
      "state": "active"
    },
    {
      "acute": 94.43,
      "acwr": 0.991,
      "acwr_rolling": 1.232,
      "chronic": 95.32,
      "date": "2026-05-14",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 94.43,
      "fitness": 89.03,
      "form": -5.41,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 70.83,
      "acwr": 0.798,
      "acwr_rolling": 0.906,
      "chronic": 88.75,
      "date": "2026-05-15",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 70.83,
      "fitness": 84.89,
      "form": 14.06,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 111.35,
      "acwr": 1.128,
      "acwr_rolling": 0.913,
      "chronic": 98.69,
      "date": "2026-05-16",
      "distance_km": 16.64,
      "estimated": false,
      "fatigue": 111.35,
      "fitness": 91.77,
      "form": -19.58,
      "load": 232.92,
      "state": "active"
    },
    {
      "acute": 119.92,
      "acwr": 1.177,
      "acwr_rolling": 1.192,
      "chronic": 101.93,
      "date": "2026-05-17",
      "distance_km": 10.15,
      "estimated": false,
      "fatigue": 119.92,
      "fitness": 94.28,
      "form": -25.64,
      "load": 145.62,
      "state": "active"
    },
    {
      "acute": 89.94,
      "acwr": 0.948,
      "acwr_rolling": 0.971,
      "chronic": 94.90,
      "date": "2026-05-18",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 89.94,
      "fitness": 89.89,
      "form": -0.05,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 98.71,
      "acwr": 1.018,
      "acwr_rolling": 0.904,
      "chronic": 96.97,
      "date": "2026-05-19",
      "distance_km": 8.79,
      "estimated": false,
      "fatigue": 98.71,
      "fitness": 91.53,
      "form": -7.18,
      "load": 125.02,
      "state": "active"
    },
    {
      "acute": 74.03,
      "acwr": 0.820,
      "acwr_rolling": 0.686,
      "chronic": 90.29,
      "date": "2026-05-20",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 74.03,
      "fitness": 87.27,
      "form": 13.24,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 88.10,
      "acwr": 0.947,
      "acwr_rolling": 0.930,
      "chronic": 93.05,
      "date": "2026-05-21",
      "distance_km": 9.11,
      "estimated": false,
      "fatigue": 88.10,
      "fitness": 89.27,
      "form": 1.17,
      "load": 130.33,
      "state": "active"
    },
    {
      "acute": 100.46,
      "acwr": 1.045,
      "acwr_rolling": 1.219,
      "chronic": 96.11,
      "date": "2026-05-22",
      "distance_km": 9.08,
      "estimated": false,
      "fatigue": 100.46,
      "fitness": 91.52,
      "form": -8.94,
      "load": 137.51,
      "state": "active"
    },
    {
      "acute": 133.90,
      "acwr": 1.268,
      "acwr_rolling": 1.191,
      "chronic": 105.64,
      "date": "2026-05-23",
      "distance_km": 16.90,
      "estimated": false,
      "fatigue": 133.90,
      "fitness": 98.15,
      "form": -35.75,
      "load": 234.23,
      "state": "active"
    },
    {
      "acute": 100.42,
      "acwr": 1.021,
      "acwr_rolling": 0.899,
      "chronic": 98.35,
      "date": "2026-05-24",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 100.42,
      "fitness": 93.59,
      "form": -6.84,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 75.32,
      "acwr": 0.823,
      "acwr_rolling": 0.957,
      "chronic": 91.57,
      "date": "2026-05-25",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 75.32,
      "fitness": 89.24,
      "form": 13.92,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 91.43,
      "acwr": 0.963,
      "acwr_rolling": 0.921,
      "chronic": 94.89,
      "date": "2026-05-26",
      "distance_km": 9.47,
      "estimated": false,
      "fatigue": 91.43,
      "fitness": 91.59,
      "form": 0.16,
      "load": 139.76,
      "state": "active"
    },
    {
      "acute": 105.45,
      "acwr": 1.070,
      "acwr_rolling": 1.221,
      "chronic": 98.52,
      "date": "2026-05-27",
      "distance_km": 10.04,
      "estimated": false,
      "fatigue": 105.45,
      "fitness": 94.19,
      "form": -11.27,
      "load": 147.53,
      "state": "active"
    },
    {
      "acute": 116.84,
      "acwr": 1.144,
      "acwr_rolling": 1.174,
      "chronic": 102.14,
      "date": "2026-05-28",
      "distance_km": 10.52,
      "estimated": false,
      "fatigue": 116.84,
      "fitness": 96.83,
      "form": -20.01,
      "load": 150.99,
      "state": "active"
    },
    {
      "acute": 87.63,
      "acwr": 0.921,
      "acwr_rolling": 0.914,
      "chronic": 95.10,
      "date": "2026-05-29",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 87.63,
      "fitness": 92.33,
      "form": 4.70,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 124.47,
      "acwr": 1.188,
      "acwr_rolling": 0.901,
      "chronic": 104.75,
      "date": "2026-05-30",
      "distance_km": 16.90,
      "estimated": false,
      "fatigue": 124.47,
      "fitness": 98.96,
      "form": -25.51,
      "load": 234.98,
      "state": "active"
    },
    {
      "acute": 129.89,
      "acwr": 1.207,
      "acwr_rolling": 1.171,
      "chronic": 107.60,
      "date": "2026-05-31",
      "distance_km": 10.22,
      "estimated": false,
      "fatigue": 129.89,
      "fitness": 101.16,
      "form": -28.73,
      "load": 146.16,
      "state": "active"
    },
    {
      "acute": 139.73,
      "acwr": 1.249,
      "acwr_rolling": 1.413,
      "chronic": 111.85,
      "date": "2026-06-01",
      "distance_km": 11.17,
      "estimated": false,
      "fatigue": 139.73,
      "fitness": 104.32,
      "form": -35.41,
      "load": 169.25,
      "state": "active"
    },
    {
      "acute": 104.80,
      "acwr": 1.006,
      "acwr_rolling": 1.212,
      "chronic": 104.14,
      "date": "2026-06-02",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 104.80,
      "fitness": 99.47,
      "form": -5.33,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 78.60,
      "acwr": 0.811,
      "acwr_rolling": 0.935,
      "chronic": 96.96,
      "date": "2026-06-03",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 78.60,
      "fitness": 94.84,
      "form": 16.25,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 100.85,
      "acwr": 0.990,
      "acwr_rolling": 0.955,
      "chronic": 101.83,
      "date": "2026-06-04",
      "distance_km": 11.12,
      "estimated": false,
      "fatigue": 100.85,
      "fitness": 98.23,
      "form": -2.62,
      "load": 167.62,
      "state": "active"
    },
    {
      "acute": 109.00,
      "acwr": 1.048,
      "acwr_rolling": 1.222,
      "chronic": 104.01,
      "date": "2026-06-05",
      "distance_km": 9.33,
      "estimated": false,
      "fatigue": 109.00,
      "fitness": 99.87,
      "form": -9.13,
      "load": 133.43,
      "state": "active"
    },
    {
      "acute": 140.14,
      "acwr": 1.241,
      "acwr_rolling": 1.209,
      "chronic": 112.94,
      "date": "2026-06-06",
      "distance_km": 16.90,
      "estimated": false,
      "fatigue": 140.14,
      "fitness": 106.09,
      "form": -34.05,
      "load": 233.57,
      "state": "active"
    },
    {
      "acute": 142.52,
      "acwr": 1.234,
      "acwr_rolling": 1.135,
      "chronic": 115.48,
      "date": "2026-06-07",
      "distance_km": 9.91,
      "estimated": false,
      "fatigue": 142.52,
      "fitness": 108.11,
      "form": -34.41,
      "load": 149.65,
      "state": "active"
    },
    {
      "acute": 143.45,
      "acwr": 1.220,
      "acwr_rolling": 1.094,
      "chronic": 117.60,
      "date": "2026-06-08",
      "distance_km": 10.32,
      "estimated": false,
      "fatigue": 143.45,
      "fitness": 109.89,
      "form": -33.57,
      "load": 146.26,
      "state": "active"
    },
    {
      "acute": 146.80,
      "acwr": 1.220,
      "acwr_rolling": 1.380,
      "chronic": 120.30,
      "date": "2026-06-09",
      "distance_km": 10.66,
      "estimated": false,
      "fatigue": 146.80,
      "fitness": 112.07,
      "form": -34.73,
      "load": 156.83,
      "state": "active"
    },
    {
      "acute": 110.10,
      "acwr": 0.983,
      "acwr_rolling": 1.485,
      "chronic": 112.01,
      "date": "2026-06-10",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 110.10,
      "fitness": 106.86,
      "form": -3.24,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 82.57,
      "acwr": 0.792,
      "acwr_rolling": 1.138,
      "chronic": 104.28,
      "date": "2026-06-11",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 82.57,
      "fitness": 101.89,
      "form": 19.31,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 98.24,
      "acwr": 0.917,
      "acwr_rolling": 1.087,
      "chronic": 107.11,
      "date": "2026-06-12",
      "distance_km": 9.66,
      "estimated": false,
      "fatigue": 98.24,
      "fitness": 103.90,
      "form": 5.67,
      "load": 145.22,
      "state": "active"
    },
    {
      "acute": 133.37,
      "acwr": 1.148,
      "acwr_rolling": 1.093,
      "chronic": 116.19,
      "date": "2026-06-13",
      "distance_km": 16.90,
      "estimated": false,
      "fatigue": 133.37,
      "fitness": 110.17,
      "form": -23.19,
      "load": 238.76,
      "state": "active"
    },
    {
      "acute": 130.89,
      "acwr": 1.122,
      "acwr_rolling": 1.057,
      "chronic": 116.69,
      "date": "2026-06-14",
      "distance_km": 8.65,
      "estimated": false,
      "fatigue": 130.89,
      "fitness": 110.79,
      "form": -20.10,
      "load": 123.45,
      "state": "active"
    },
    {
      "acute": 98.17,
      "acwr": 0.904,
      "acwr_rolling": 0.815,
      "chronic": 108.64,
      "date": "2026-06-15",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 98.17,
      "fitness": 105.64,
      "form": 7.47,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 113.16,
      "acwr": 1.010,
      "acwr_rolling": 0.806,
      "chronic": 112.05,
      "date": "2026-06-16",
      "distance_km": 11.02,
      "estimated": false,
      "fatigue": 113.16,
      "fitness": 108.08,
      "form": -5.08,
      "load": 158.14,
      "state": "active"
    },
    {
      "acute": 84.87,
      "acwr": 0.814,
      "acwr_rolling": 0.806,
      "chronic": 104.33,
      "date": "2026-06-17",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 84.87,
      "fitness": 103.05,
      "form": 18.18,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 97.01,
      "acwr": 0.912,
      "acwr_rolling": 1.021,
      "chronic": 106.33,
      "date": "2026-06-18",
      "distance_km": 9.52,
      "estimated": false,
      "fatigue": 97.01,
      "fitness": 104.47,
      "form": 7.46,
      "load": 133.42,
      "state": "active"
    },
    {
      "acute": 105.39,
      "acwr": 0.976,
      "acwr_rolling": 0.999,
      "chronic": 108.00,
      "date": "2026-06-19",
      "distance_km": 8.85,
      "estimated": false,
      "fatigue": 105.39,
      "fitness": 105.68,
      "form": 0.29,
      "load": 130.52,
      "state": "active"
    },
    {
      "acute": 138.14,
      "acwr": 1.182,
      "acwr_rolling": 0.994,
      "chronic": 116.85,
      "date": "2026-06-20",
      "distance_km": 16.90,
      "estimated": false,
      "fatigue": 138.14,
      "fitness": 111.76,
      "form": -26.38,
      "load": 236.38,
      "state": "active"
    },
    {
      "acute": 140.78,
      "acwr": 1.183,
      "acwr_rolling": 0.975,
      "chronic": 119.05,
      "date": "2026-06-21",
      "distance_km": 10.04,
      "estimated": false,
      "fatigue": 140.78,
      "fitness": 113.48,
      "form": -27.30,
      "load": 148.72,
      "state": "active"
    },
    {
      "acute": 105.59,
      "acwr": 0.953,
      "acwr_rolling": 0.975,
      "chronic": 110.84,
      "date": "2026-06-22",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 105.59,
      "fitness": 108.20,
      "form": 2.61,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 111.69,
      "acwr": 0.996,
      "acwr_rolling": 0.934,
      "chronic": 112.16,
      "date": "2026-06-23",
      "distance_km": 8.95,
      "estimated": false,
      "fatigue": 111.69,
      "fitness": 109.21,
      "form": -2.48,
      "load": 130.01,
      "state": "active"
    },
    {
      "acute": 83.77,
      "acwr": 0.802,
      "acwr_rolling": 0.993,
      "chronic": 104.43,
      "date": "2026-06-24",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 83.77,
      "fitness": 104.13,
      "form": 20.36,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 62.83,
      "acwr": 0.646,
      "acwr_rolling": 0.829,
      "chronic": 97.23,
      "date": "2026-06-25",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 62.83,
      "fitness": 99.29,
      "form": 36.46,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 84.63,
      "acwr": 0.839,
      "acwr_rolling": 0.809,
      "chronic": 100.87,
      "date": "2026-06-26",
      "distance_km": 10.11,
      "estimated": false,
      "fatigue": 84.63,
      "fitness": 101.65,
      "form": 17.02,
      "load": 150.04,
      "state": "active"
    },
    {
      "acute": 123.10,
      "acwr": 1.115,
      "acwr_rolling": 0.811,
      "chronic": 110.36,
      "date": "2026-06-27",
      "distance_km": 16.90,
      "estimated": false,
      "fatigue": 123.10,
      "fitness": 108.02,
      "form": -15.08,
      "load": 238.51,
      "state": "active"
    },
    {
      "acute": 127.92,
      "acwr": 1.136,
      "acwr_rolling": 0.802,
      "chronic": 112.57,
      "date": "2026-06-28",
      "distance_km": 9.40,
      "estimated": false,
      "fatigue": 127.92,
      "fitness": 109.61,
      "form": -18.30,
      "load": 142.37,
      "state": "active"
    },
    {
      "acute": 95.94,
      "acwr": 0.915,
      "acwr_rolling": 0.861,
      "chronic": 104.80,
      "date": "2026-06-29",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 95.94,
      "fitness": 104.52,
      "form": 8.58,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 106.59,
      "acwr": 0.995,
      "acwr_rolling": 0.826,
      "chronic": 107.13,
      "date": "2026-06-30",
      "distance_km": 9.28,
      "estimated": false,
      "fatigue": 106.59,
      "fitness": 106.10,
      "form": -0.49,
      "load": 138.54,
      "state": "active"
    },
    {
      "acute": 79.94,
      "acwr": 0.801,
      "acwr_rolling": 0.826,
      "chronic": 99.74,
      "date": "2026-07-01",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 79.94,
      "fitness": 101.16,
      "form": 21.22,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 59.96,
      "acwr": 0.646,
      "acwr_rolling": 0.887,
      "chronic": 92.86,
      "date": "2026-07-02",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 59.96,
      "fitness": 96.46,
      "form": 36.50,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 78.40,
      "acwr": 0.819,
      "acwr_rolling": 0.859,
      "chronic": 95.68,
      "date": "2026-07-03",
      "distance_km": 9.32,
      "estimated": false,
      "fatigue": 78.40,
      "fitness": 98.19,
      "form": 19.79,
      "load": 133.72,
      "state": "active"
    },
    {
      "acute": 117.46,
      "acwr": 1.116,
      "acwr_rolling": 0.852,
      "chronic": 105.27,
      "date": "2026-07-04",
      "distance_km": 16.90,
      "estimated": false,
      "fatigue": 117.46,
      "fitness": 104.54,
      "form": -12.92,
      "load": 234.63,
      "state": "active"
    },
    {
      "acute": 124.43,
      "acwr": 1.152,
      "acwr_rolling": 0.859,
      "chronic": 108.03,
      "date": "2026-07-05",
      "distance_km": 9.65,
      "estimated": false,
      "fatigue": 124.43,
      "fitness": 106.44,
      "form": -18.00,
      "load": 145.36,
      "state": "active"
    }
  ],
  "devices": [
    "garmin fr945"
  ],
  "disclaimer": "This is a screening summary, not a diagnosis — a clinical assessment decides.",
  "duplicates": [],
  "fired_rules": [
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-03-08",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.3 spm in week 2026-W10 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.2968
    },
    {
      "band": "",
      "baseline": 52.5967,
      "date": "2026-03-08",
      "design": "context only, not scored",
      "detail": "5 runs in the 28 days to 2026-03-08 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 5.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-03-15",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.4 spm in week 2026-W11 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.4183
    },
    {
      "band": "",
      "baseline": 52.5983,
      "date": "2026-03-15",
      "design": "context only, not scored",
      "detail": "9 runs in the 28 days to 2026-03-15 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 9.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-03-22",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.4 spm in week 2026-W12 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.3859
    },
    {
      "band": "",
      "baseline": 52.5996,
      "date": "2026-03-22",
      "design": "context only, not scored",
      "detail": "13 runs in the 28 days to 2026-03-22 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 13.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-03-28",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.3 spm in week 2026-W13 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.2993
    },
    {
      "band": "",
      "baseline": 52.6006,
      "date": "2026-03-28",
      "design": "context only, not scored",
      "detail": "18 runs in the 28 days to 2026-03-29 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 18.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-04-05",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.3 spm in week 2026-W14 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.3382
    },
    {
      "band": "",
      "baseline": 52.6017,
      "date": "2026-04-05",
      "design": "context only, not scored",
      "detail": "18 runs in the 28 days to 2026-04-05 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 18.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-04-11",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.6 spm in week 2026-W15 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.5809
    },
    {
      "band": "",
      "baseline": 52.5985,
      "date": "2026-04-11",
      "design": "context only, not scored",
      "detail": "18 runs in the 28 days to 2026-04-12 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 18.0000
    },
    {
      "band": "small",
      "baseline": 9028.2000,
      "date": "2026-04-14",
      "design": "prospective cohort, 5,205 Garmin runners, 18 months; adjusted HR 1.64 (>1.10–1.30), 1.52 (>1.30–2.0), 2.28 (>2.0)",
      "detail": "distance 10.7 km is 1.18× the longest run of the previous 30 days (9.0 km): small session spike (>1.10); a long run (≥ 75th percentile of the previous 30 days)",
      "id": "L1",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "2026-04-14-run.fit",
      "source": "Frandsen 2025, BJSM",
      "threshold": 1.1000,
      "unit": "ratio",
      "value": 1.1834
    },
    {
      "band": "new long descent",
      "baseline": 40.0000,
      "date": "2026-04-18",
      "design": "expert rule, no direct outcome study",
      "detail": "a continuous descent of 254 m is 6.34× the longest of the previous 30 days (40 m; > 1.3×)",
      "id": "D1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "2026-04-18-run.fit",
      "source": "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med)",
      "threshold": 52.0000,
      "unit": "m",
      "value": 253.6000
    },
    {
      "band": "small",
      "baseline": 10683.9200,
      "date": "2026-04-18",
      "design": "prospective cohort, 5,205 Garmin runners, 18 months; adjusted HR 1.64 (>1.10–1.30), 1.52 (>1.30–2.0), 2.28 (>2.0)",
      "detail": "distance 13.0 km is 1.22× the longest run of the previous 30 days (10.7 km): small session spike (>1.10); a long run (≥ 75th percentile of the previous 30 days)",
      "id": "L1",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "2026-04-18-run.fit",
      "source": "Frandsen 2025, BJSM",
      "threshold": 1.1000,
      "unit": "ratio",
      "value": 1.2167
    },
    {
      "band": "minutes",
      "baseline": 0.0000,
      "date": "2026-04-19",
      "design": "expert rule",
      "detail": "week 2026-W16: 0.2 min of high intensity after 4 weeks without",
      "id": "D2",
      "points": [
        2
      ],
      "presentations": [
        "patellar_tendinopathy"
      ],
      "run_id": "",
      "source": "Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy load management)",
      "threshold": 0.0000,
      "unit": "min",
      "value": 0.1667
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-04-19",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W16 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.0475
    },
    {
      "band": "",
      "baseline": 52.6002,
      "date": "2026-04-19",
      "design": "context only, not scored",
      "detail": "18 runs in the 28 days to 2026-04-19 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 18.0000
    },
    {
      "band": "",
      "baseline": 26.8291,
      "date": "2026-04-19",
      "design": "prospective cohort, 874 novice runners; HR 1.59 (95% CI 0.96–2.66, P = .07) for >30% vs <10% — CI crosses 1",
      "detail": "44.4 km in the 7 days to 2026-04-19 vs 26.8 km the 7 days before: +66% (> 30%)",
      "id": "L2",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "patellar_tendinopathy"
      ],
      "run_id": "",
      "source": "Nielsen 2014, JOSPT",
      "threshold": 30.0000,
      "unit": "%",
      "value": 65.5325
    },
    {
      "band": "",
      "baseline": 490.0567,
      "date": "2026-04-25",
      "design": "expert rule",
      "detail": "840 m climbed in week 2026-W17 vs a 4-week mean of 490 m (> 1.3×)",
      "id": "ASC",
      "points": [
        1
      ],
      "presentations": [
        "patellar_tendinopathy"
      ],
      "run_id": "",
      "source": "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther)",
      "threshold": 637.0737,
      "unit": "m",
      "value": 839.7000
    },
    {
      "band": "weekly descent",
      "baseline": 524.3275,
      "date": "2026-04-25",
      "design": "expert rule, no direct outcome study",
      "detail": "1079 m descended in week 2026-W17 vs a 4-week mean of 524 m (> 1.3×)",
      "id": "D1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med)",
      "threshold": 681.6257,
      "unit": "m",
      "value": 1078.8500
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-04-25",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.3 spm in week 2026-W17 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.2777
    },
    {
      "band": "",
      "baseline": 52.5996,
      "date": "2026-04-25",
      "design": "context only, not scored",
      "detail": "17 runs in the 28 days to 2026-04-26 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 17.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-05-03",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.4 spm in week 2026-W18 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.4014
    },
    {
      "band": "",
      "baseline": 52.6002,
      "date": "2026-05-03",
      "design": "context only, not scored",
      "detail": "18 runs in the 28 days to 2026-05-03 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 18.0000
    },
    {
      "band": "lateral",
      "baseline": 4.0000,
      "date": "2026-05-03",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 5/10 on 4 days in the 28 days to 2026-05-03 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 5.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-05-03",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-05-03: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-05-09",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.1 spm in week 2026-W19 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.1360
    },
    {
      "band": "",
      "baseline": 52.6003,
      "date": "2026-05-09",
      "design": "context only, not scored",
      "detail": "17 runs in the 28 days to 2026-05-10 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 17.0000
    },
    {
      "band": "lateral",
      "baseline": 8.0000,
      "date": "2026-05-09",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 6/10 on 8 days in the 28 days to 2026-05-10 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 6.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-05-09",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-05-10: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "",
      "baseline": 590.0117,
      "date": "2026-05-17",
      "design": "expert rule",
      "detail": "896 m climbed in week 2026-W20 vs a 4-week mean of 590 m (> 1.3×)",
      "id": "ASC",
      "points": [
        1
      ],
      "presentations": [
        "patellar_tendinopathy"
      ],
      "run_id": "",
      "source": "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther)",
      "threshold": 767.0152,
      "unit": "m",
      "value": 895.7633
    },
    {
      "band": "weekly descent",
      "baseline": 794.0742,
      "date": "2026-05-17",
      "design": "expert rule, no direct outcome study",
      "detail": "1043 m descended in week 2026-W20 vs a 4-week mean of 794 m (> 1.3×)",
      "id": "D1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med)",
      "threshold": 1032.2964,
      "unit": "m",
      "value": 1042.9633
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-05-17",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.1 spm in week 2026-W20 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.1155
    },
    {
      "band": "",
      "baseline": 52.6003,
      "date": "2026-05-17",
      "design": "context only, not scored",
      "detail": "19 runs in the 28 days to 2026-05-17 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 19.0000
    },
    {
      "band": "lateral",
      "baseline": 13.0000,
      "date": "2026-05-17",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 7/10 on 13 days in the 28 days to 2026-05-17 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 7.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-05-17",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-05-17: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-05-23",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.1 spm in week 2026-W21 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.1176
    },
    {
      "band": "",
      "baseline": 52.6022,
      "date": "2026-05-23",
      "design": "context only, not scored",
      "detail": "17 runs in the 28 days to 2026-05-24 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 17.0000
    },
    {
      "band": "lateral",
      "baseline": 17.0000,
      "date": "2026-05-23",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 7/10 on 17 days in the 28 days to 2026-05-24 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 7.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-05-23",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-05-24: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-05-31",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.3 spm in week 2026-W22 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.2568
    },
    {
      "band": "",
      "baseline": 52.6030,
      "date": "2026-05-31",
      "design": "context only, not scored",
      "detail": "19 runs in the 28 days to 2026-05-31 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 19.0000
    },
    {
      "band": "",
      "baseline": 43.8724,
      "date": "2026-05-31",
      "design": "prospective cohort, 874 novice runners; HR 1.59 (95% CI 0.96–2.66, P = .07) for >30% vs <10% — CI crosses 1",
      "detail": "57.1 km in the 7 days to 2026-05-31 vs 43.9 km the 7 days before: +30% (> 30%)",
      "id": "L2",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "patellar_tendinopathy"
      ],
      "run_id": "",
      "source": "Nielsen 2014, JOSPT",
      "threshold": 30.0000,
      "unit": "%",
      "value": 30.2452
    },
    {
      "band": "lateral",
      "baseline": 19.0000,
      "date": "2026-05-31",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 8/10 on 19 days in the 28 days to 2026-05-31 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 8.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-05-31",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-05-31: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "",
      "baseline": 715.8192,
      "date": "2026-06-07",
      "design": "expert rule",
      "detail": "948 m climbed in week 2026-W23 vs a 4-week mean of 716 m (> 1.3×)",
      "id": "ASC",
      "points": [
        1
      ],
      "presentations": [
        "patellar_tendinopathy"
      ],
      "run_id": "",
      "source": "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther)",
      "threshold": 930.5649,
      "unit": "m",
      "value": 947.9867
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-06-07",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.1 spm in week 2026-W23 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.1492
    },
    {
      "band": "",
      "baseline": 52.5999,
      "date": "2026-06-07",
      "design": "context only, not scored",
      "detail": "19 runs in the 28 days to 2026-06-07 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 19.0000
    },
    {
      "band": "lateral",
      "baseline": 19.0000,
      "date": "2026-06-07",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 8/10 on 19 days in the 28 days to 2026-06-07 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 8.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-06-07",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-06-07: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-06-14",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.0045
    },
    {
      "band": "",
      "baseline": 52.5997,
      "date": "2026-06-14",
      "design": "context only, not scored",
      "detail": "20 runs in the 28 days to 2026-06-14 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 20.0000
    },
    {
      "band": "lateral",
      "baseline": 20.0000,
      "date": "2026-06-14",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 8/10 on 20 days in the 28 days to 2026-06-14 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 8.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-06-14",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-06-14: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-06-21",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.3 spm in week 2026-W25 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.2855
    },
    {
      "band": "",
      "baseline": 52.5985,
      "date": "2026-06-21",
      "design": "context only, not scored",
      "detail": "20 runs in the 28 days to 2026-06-21 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 20.0000
    },
    {
      "band": "lateral",
      "baseline": 20.0000,
      "date": "2026-06-21",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 8/10 on 20 days in the 28 days to 2026-06-21 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 8.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-06-21",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-06-21: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "right",
      "baseline": 9.1361,
      "date": "2026-06-24",
      "design": "prospective: 18 ITBS cases; 15 PFP cases of 400 female runners — side difference ≥ 3° is a heuristic",
      "detail": "right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions",
      "id": "K1",
      "points": [
        2,
        2
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "kinematics/2026-06-24-treadmill.csv",
      "source": "Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)",
      "threshold": 3.0000,
      "unit": "deg",
      "value": 13.8736
    },
    {
      "band": "right",
      "baseline": 18.3115,
      "date": "2026-06-24",
      "design": "retrospective case-control",
      "detail": "right knee flexion at initial contact 10.9° vs 18.3° for the left side (≥ 3.0° more extended), seen in 2 sessions",
      "id": "K3",
      "points": [
        1
      ],
      "presentations": [
        "pfp"
      ],
      "run_id": "kinematics/2026-06-24-treadmill.csv",
      "source": "Bramah 2018, AJSM",
      "threshold": 3.0000,
      "unit": "deg",
      "value": 10.9368
    },
    {
      "band": "right",
      "baseline": 5.3291,
      "date": "2026-06-24",
      "design": "knee IR: female ITBS, prospective; hip IR +3.7°: male ITBS, cross-sectional",
      "detail": "right peak hip internal rotation 9.1° vs 5.3° for the left side (≥ 3.0° more), seen in 2 sessions",
      "id": "K4",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "kinematics/2026-06-24-treadmill.csv",
      "source": "Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3)",
      "threshold": 3.0000,
      "unit": "deg",
      "value": 9.1356
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-06-28",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.1 spm in week 2026-W26 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.1273
    },
    {
      "band": "",
      "baseline": 52.5982,
      "date": "2026-06-28",
      "design": "context only, not scored",
      "detail": "20 runs in the 28 days to 2026-06-28 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 20.0000
    },
    {
      "band": "lateral",
      "baseline": 20.0000,
      "date": "2026-06-28",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 8/10 on 20 days in the 28 days to 2026-06-28 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 8.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-06-28",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-06-28: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    },
    {
      "band": "low",
      "baseline": 155.2124,
      "date": "2026-07-05",
      "design": "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
      "detail": "cadence at the reference speed 3.03 m/s was 155.1 spm in week 2026-W27 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not \"180\"",
      "id": "G1",
      "points": [
        1,
        1
      ],
      "presentations": [
        "pfp",
        "itbs"
      ],
      "run_id": "",
      "source": "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
      "threshold": 166.0000,
      "unit": "spm",
      "value": 155.1323
    },
    {
      "band": "",
      "baseline": 52.5976,
      "date": "2026-07-05",
      "design": "context only, not scored",
      "detail": "19 runs in the 28 days to 2026-07-05 had a ground-contact balance more than 2% from 50/50 (context only, not scored)",
      "id": "G3",
      "points": [],
      "presentations": [],
      "run_id": "",
      "source": "heuristic (no study)",
      "threshold": 3.0000,
      "unit": "runs",
      "value": 19.0000
    },
    {
      "band": "lateral",
      "baseline": 19.0000,
      "date": "2026-07-05",
      "design": "consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low",
      "detail": "pain reported at the lateral knee (right), worst pain 8/10 on 19 days in the 28 days to 2026-07-05 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome",
      "id": "S2",
      "points": [
        2
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 3.0000,
      "unit": "pain 0-10",
      "value": 8.0000
    },
    {
      "band": "lateral",
      "baseline": 0.0000,
      "date": "2026-07-05",
      "design": "clinical descriptions of each presentation's aggravators; expert rule",
      "detail": "at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-07-05: aggravators of iliotibial band syndrome (+1)",
      "id": "S3",
      "points": [
        1
      ],
      "presentations": [
        "itbs"
      ],
      "run_id": "",
      "source": "Lavine 2010, Curr Rev Musculoskelet Med (ITBS)",
      "threshold": 2.0000,
      "unit": "aggravators",
      "value": 4.0000
    }
  ],
  "kinematics_notes": [
    "kinematics/2026-06-24-treadmill.csv: left: foot strike and toe-off detected from knee flexion",
    "kinematics/2026-06-24-treadmill.csv: right: foot strike and toe-off detected from knee flexion"
  ],
  "latest_week": "2026-W27",
  "load_unit": "trimp",
  "notes": [
    "Loads (L3–L5) in Banister TRIMP: 46% of sessions have an RPE (< 80%) and 100% of runs have heart rate (≥ 80%).",
    "Coverage: 80 active, 46 rest and 0 untracked days from 2026-03-02 to 2026-07-05.",
    "L3 (ACWR) is descriptive only; L5 uses λ = 2/(N+1) (Runalyze convention; GoldenCheetah uses 1 − e^(−1/N))."
  ],
  "parameters": [
    {
      "name": "l1_small",
      "value": "1.10"
    },
    {
      "name": "l1_moderate",
      "value": "1.30"
    },
    {
      "name": "l1_large",
      "value": "2.0"
    },
    {
      "name": "l2_progression",
      "value": "0.30"
    },
    {
      "name": "l4_monotony_note",
      "value": "1.5"
    },
    {
      "name": "l4_monotony_flag",
      "value": "2.0"
    },
    {
      "name": "load_unit",
      "value": "auto"
    },
    {
      "name": "srpe_session_share",
      "value": "0.8"
    },
    {
      "name": "trimp_run_share",
      "value": "0.8"
    },
    {
      "name": "chronic_min_days",
      "value": "28"
    },
    {
      "name": "rest_gap_days",
      "value": "6"
    },
    {
      "name": "g1_low",
      "value": "166"
    },
    {
      "name": "g1_high",
      "value": "178"
    },
    {
      "name": "g2_long",
      "value": "0.10"
    },
    {
      "name": "g3_balance",
      "value": "2.0"
    },
    {
      "name": "g3_runs",
      "value": "3"
    },
    {
      "name": "d1_ratio",
      "value": "1.3"
    },
    {
      "name": "d2_ratio",
      "value": "1.3"
    },
    {
      "name": "ascent_ratio",
      "value": "1.3"
    },
    {
      "name": "k_side_difference",
      "value": "3.0"
    },
    {
      "name": "k_min_sessions",
      "value": "2"
    },
    {
      "name": "k_reference",
      "value": ""
    },
    {
      "name": "s1_pain_during",
      "value": "5"
    },
    {
      "name": "s2_pain",
      "value": "3"
    },
    {
      "name": "s2_days",
      "value": "2"
    },
    {
      "name": "w_pfp_k1",
      "value": "2"
    },
    {
      "name": "w_pfp_k2",
      "value": "1"
    },
    {
      "name": "w_pfp_k3",
      "value": "1"
    },
    {
      "name": "w_pfp_gait",
      "value": "1"
    },
    {
      "name": "w_pfp_d1",
      "value": "1"
    },
    {
      "name": "w_pfp_load",
      "value": "1"
    },
    {
      "name": "w_itbs_k1",
      "value": "2"
    },
    {
      "name": "w_itbs_k4",
      "value": "1"
    },
    {
      "name": "w_itbs_k2",
      "value": "1"
    },
    {
      "name": "w_itbs_gait",
      "value": "1"
    },
    {
      "name": "w_itbs_l1",
      "value": "1"
    },
    {
      "name": "w_itbs_d1",
      "value": "1"
    },
    {
      "name": "w_pt_d2",
      "value": "2"
    },
    {
      "name": "w_pt_load",
      "value": "1"
    },
    {
      "name": "w_pt_ascent",
      "value": "1"
    },
    {
      "name": "w_pt_monotony",
      "value": "1"
    },
    {
      "name": "w_s2_site",
      "value": "2"
    },
    {
      "name": "w_s2_site_mild",
      "value": "1"
    },
    {
      "name": "w_s3_aggravators",
      "value": "1"
    }
  ],
  "runs": [
    {
      "ascent_m": 163.1,
      "average_pace_s_per_km": 350.9,
      "cadence_matched_spm": 156.0,
      "cadence_sd_spm": 3.9,
      "cadence_spm": 153.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 137.4,
      "descent_per_km": 21.1,
      "device": "garmin fr945",
      "distance_m": 6522.6,
      "downhill_time_s": 543,
      "duration_s": 2289,
      "faster_than_threshold_s": 144,
      "gct_balance_pct": 52.60,
      "gct_ms": 295.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 25,
      "hr_z2_s": 37,
      "hr_z3_s": 436,
      "hr_z4_s": 1445,
      "hr_z5_s": 347,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 96.8,
      "load_estimated": false,
      "longest_descent_distance_m": 898.9,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 350.9,
      "moving_time_s": 2289,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 178.3,
      "profile_notes": [],
      "run_id": "2026-03-02-run.fit",
      "samples": 2290,
      "segments": [],
      "session_rpe_load": 114.5,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-02T08:08:00Z",
      "step_length_m": 1.109,
      "step_length_matched_m": 1.163,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2289.0,
      "trimp": 96.8,
      "uphill_time_s": 876,
      "vertical_oscillation_mm": 97.4,
      "vertical_ratio_pct": 8.90,
      "warnings": []
    },
    {
      "ascent_m": 70.9,
      "average_pace_s_per_km": 323.0,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 2.2,
      "cadence_spm": 155.9,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 71.6,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 7101.3,
      "downhill_time_s": 176,
      "duration_s": 2294,
      "faster_than_threshold_s": 27,
      "gct_balance_pct": 52.60,
      "gct_ms": 286.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 30,
      "hr_z3_s": 41,
      "hr_z4_s": 2204,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 99.4,
      "load_estimated": false,
      "longest_descent_distance_m": 189.1,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 323.0,
      "moving_time_s": 2294,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 186.8,
      "profile_notes": [],
      "run_id": "2026-03-03-run.fit",
      "samples": 2295,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-03T06:26:00Z",
      "step_length_m": 1.191,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2294.0,
      "trimp": 99.4,
      "uphill_time_s": 185,
      "vertical_oscillation_mm": 98.4,
      "vertical_ratio_pct": 8.29,
      "warnings": []
    },
    {
      "ascent_m": 68.0,
      "average_pace_s_per_km": 319.3,
      "cadence_matched_spm": 154.8,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 156.2,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 72.0,
      "descent_per_km": 10.3,
      "device": "garmin fr945",
      "distance_m": 7009.0,
      "downhill_time_s": 154,
      "duration_s": 2238,
      "faster_than_threshold_s": 103,
      "gct_balance_pct": 52.59,
      "gct_ms": 285.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 32,
      "hr_z3_s": 48,
      "hr_z4_s": 2145,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 98.5,
      "load_estimated": false,
      "longest_descent_distance_m": 174.9,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 319.3,
      "moving_time_s": 2238,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 187.8,
      "profile_notes": [],
      "run_id": "2026-03-04-run.fit",
      "samples": 2239,
      "segments": [],
      "session_rpe_load": 111.9,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-04T07:33:00Z",
      "step_length_m": 1.202,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2238.0,
      "trimp": 98.5,
      "uphill_time_s": 183,
      "vertical_oscillation_mm": 98.6,
      "vertical_ratio_pct": 8.23,
      "warnings": []
    },
    {
      "ascent_m": 212.0,
      "average_pace_s_per_km": 337.8,
      "cadence_matched_spm": 155.5,
      "cadence_sd_spm": 4.0,
      "cadence_spm": 154.6,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 213.1,
      "descent_per_km": 22.5,
      "device": "garmin fr945",
      "distance_m": 9456.5,
      "downhill_time_s": 814,
      "duration_s": 3194,
      "faster_than_threshold_s": 376,
      "gct_balance_pct": 52.60,
      "gct_ms": 291.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 45,
      "hr_z2_s": 31,
      "hr_z3_s": 312,
      "hr_z4_s": 2189,
      "hr_z5_s": 618,
      "implausible_removed": 1,
      "intervals": 2,
      "load": 141.3,
      "load_estimated": false,
      "longest_descent_distance_m": 903.9,
      "longest_descent_m": 38.1,
      "moving_pace_s_per_km": 337.8,
      "moving_time_s": 3194,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 180.3,
      "profile_notes": [],
      "run_id": "2026-03-07-run.fit",
      "samples": 3195,
      "segments": [
        {
          "distance_m": 280.9,
          "duration_s": 76,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1233
        },
        {
          "distance_m": 90.9,
          "duration_s": 23,
          "grade_pct": -10.3,
          "kind": "stride",
          "start_offset_s": 1873
        },
        {
          "distance_m": 70.1,
          "duration_s": 18,
          "grade_pct": -9.7,
          "kind": "stride",
          "start_offset_s": 2486
        },
        {
          "distance_m": 231.7,
          "duration_s": 64,
          "grade_pct": -7.7,
          "kind": "interval",
          "start_offset_s": 3095
        }
      ],
      "session_rpe_load": 159.7,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-07T08:26:00Z",
      "step_length_m": 1.145,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 2,
      "timer_time_s": 3194.0,
      "trimp": 141.3,
      "uphill_time_s": 1141,
      "vertical_oscillation_mm": 97.8,
      "vertical_ratio_pct": 8.66,
      "warnings": []
    },
    {
      "ascent_m": 75.8,
      "average_pace_s_per_km": 319.5,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 2.2,
      "cadence_spm": 156.2,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 76.0,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 7558.7,
      "downhill_time_s": 171,
      "duration_s": 2415,
      "faster_than_threshold_s": 82,
      "gct_balance_pct": 52.60,
      "gct_ms": 285.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 16,
      "hr_z2_s": 34,
      "hr_z3_s": 37,
      "hr_z4_s": 2329,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 106.9,
      "load_estimated": false,
      "longest_descent_distance_m": 175.5,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 319.5,
      "moving_time_s": 2415,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 188.7,
      "profile_notes": [],
      "run_id": "2026-03-08-run.fit",
      "samples": 2416,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-08T06:24:00Z",
      "step_length_m": 1.201,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2415.0,
      "trimp": 106.9,
      "uphill_time_s": 195,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.23,
      "warnings": []
    },
    {
      "ascent_m": 65.5,
      "average_pace_s_per_km": 332.2,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 155.1,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 67.7,
      "descent_per_km": 10.2,
      "device": "garmin fr945",
      "distance_m": 6649.0,
      "downhill_time_s": 174,
      "duration_s": 2209,
      "faster_than_threshold_s": 1,
      "gct_balance_pct": 52.61,
      "gct_ms": 289.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 23,
      "hr_z3_s": 74,
      "hr_z4_s": 2103,
      "hr_z5_s": 0,
      "implausible_removed": 3,
      "intervals": 0,
      "load": 92.1,
      "load_estimated": false,
      "longest_descent_distance_m": 173.2,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 332.2,
      "moving_time_s": 2209,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 181.0,
      "profile_notes": [],
      "run_id": "2026-03-11-run.fit",
      "samples": 2210,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-11T08:11:00Z",
      "step_length_m": 1.164,
      "step_length_matched_m": 1.170,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2209.0,
      "trimp": 92.1,
      "uphill_time_s": 171,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.45,
      "warnings": []
    },
    {
      "ascent_m": 166.4,
      "average_pace_s_per_km": 332.4,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 155.1,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 171.6,
      "descent_per_km": 22.3,
      "device": "garmin fr945",
      "distance_m": 7683.4,
      "downhill_time_s": 645,
      "duration_s": 2554,
      "faster_than_threshold_s": 322,
      "gct_balance_pct": 52.61,
      "gct_ms": 289.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 7,
      "hr_z2_s": 15,
      "hr_z3_s": 290,
      "hr_z4_s": 1854,
      "hr_z5_s": 389,
      "implausible_removed": 1,
      "intervals": 3,
      "load": 113.0,
      "load_estimated": false,
      "longest_descent_distance_m": 401.7,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 332.4,
      "moving_time_s": 2554,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 182.2,
      "profile_notes": [],
      "run_id": "2026-03-13-run.fit",
      "samples": 2555,
      "segments": [
        {
          "distance_m": 290.6,
          "duration_s": 77,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 465
        },
        {
          "distance_m": 294.1,
          "duration_s": 77,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 1084
        },
        {
          "distance_m": 276.8,
          "duration_s": 73,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1692
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-13T07:29:00Z",
      "step_length_m": 1.160,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2554.0,
      "trimp": 113.0,
      "uphill_time_s": 873,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.56,
      "warnings": []
    },
    {
      "ascent_m": 202.6,
      "average_pace_s_per_km": 346.9,
      "cadence_matched_spm": 155.8,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 153.9,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 196.4,
      "descent_per_km": 22.2,
      "device": "garmin fr945",
      "distance_m": 8850.2,
      "downhill_time_s": 762,
      "duration_s": 3070,
      "faster_than_threshold_s": 310,
      "gct_balance_pct": 52.60,
      "gct_ms": 294.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 21,
      "hr_z3_s": 498,
      "hr_z4_s": 2059,
      "hr_z5_s": 481,
      "implausible_removed": 0,
      "intervals": 2,
      "load": 131.5,
      "load_estimated": false,
      "longest_descent_distance_m": 428.0,
      "longest_descent_m": 27.9,
      "moving_pace_s_per_km": 346.9,
      "moving_time_s": 3070,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 176.7,
      "profile_notes": [],
      "run_id": "2026-03-14-run.fit",
      "samples": 3071,
      "segments": [
        {
          "distance_m": 241.7,
          "duration_s": 66,
          "grade_pct": -8.8,
          "kind": "interval",
          "start_offset_s": 726
        },
        {
          "distance_m": 238.2,
          "duration_s": 65,
          "grade_pct": -8.9,
          "kind": "interval",
          "start_offset_s": 1374
        },
        {
          "distance_m": 47.3,
          "duration_s": 12,
          "grade_pct": -10.6,
          "kind": "stride",
          "start_offset_s": 2033
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-14T06:53:00Z",
      "step_length_m": 1.120,
      "step_length_matched_m": 1.163,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3070.0,
      "trimp": 131.5,
      "uphill_time_s": 1076,
      "vertical_oscillation_mm": 97.5,
      "vertical_ratio_pct": 8.83,
      "warnings": []
    },
    {
      "ascent_m": 72.0,
      "average_pace_s_per_km": 321.4,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 156.0,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 75.8,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 7495.5,
      "downhill_time_s": 166,
      "duration_s": 2409,
      "faster_than_threshold_s": 86,
      "gct_balance_pct": 52.60,
      "gct_ms": 286.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 11,
      "hr_z2_s": 33,
      "hr_z3_s": 52,
      "hr_z4_s": 2314,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 105.5,
      "load_estimated": false,
      "longest_descent_distance_m": 191.1,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 321.4,
      "moving_time_s": 2409,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 187.1,
      "profile_notes": [],
      "run_id": "2026-03-15-run.fit",
      "samples": 2410,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-15T07:44:00Z",
      "step_length_m": 1.196,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2409.0,
      "trimp": 105.5,
      "uphill_time_s": 190,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.26,
      "warnings": []
    },
    {
      "ascent_m": 170.4,
      "average_pace_s_per_km": 346.4,
      "cadence_matched_spm": 155.8,
      "cadence_sd_spm": 3.8,
      "cadence_spm": 154.0,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 156.7,
      "descent_per_km": 22.0,
      "device": "garmin fr945",
      "distance_m": 7121.2,
      "downhill_time_s": 623,
      "duration_s": 2467,
      "faster_than_threshold_s": 231,
      "gct_balance_pct": 52.60,
      "gct_ms": 293.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 21,
      "hr_z2_s": 33,
      "hr_z3_s": 450,
      "hr_z4_s": 1520,
      "hr_z5_s": 424,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 104.8,
      "load_estimated": false,
      "longest_descent_distance_m": 911.1,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 346.4,
      "moving_time_s": 2467,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 177.9,
      "profile_notes": [],
      "run_id": "2026-03-18-run.fit",
      "samples": 2468,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-18T06:57:00Z",
      "step_length_m": 1.122,
      "step_length_matched_m": 1.164,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2467.0,
      "trimp": 104.8,
      "uphill_time_s": 904,
      "vertical_oscillation_mm": 97.6,
      "vertical_ratio_pct": 8.80,
      "warnings": []
    },
    {
      "ascent_m": 72.0,
      "average_pace_s_per_km": 325.0,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 155.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 70.3,
      "descent_per_km": 9.8,
      "device": "garmin fr945",
      "distance_m": 7157.9,
      "downhill_time_s": 174,
      "duration_s": 2326,
      "faster_than_threshold_s": 43,
      "gct_balance_pct": 52.60,
      "gct_ms": 287.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 19,
      "hr_z2_s": 29,
      "hr_z3_s": 35,
      "hr_z4_s": 2244,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 100.5,
      "load_estimated": false,
      "longest_descent_distance_m": 177.4,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 325.0,
      "moving_time_s": 2326,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 185.8,
      "profile_notes": [],
      "run_id": "2026-03-20-run.fit",
      "samples": 2327,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-20T06:22:00Z",
      "step_length_m": 1.185,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2326.0,
      "trimp": 100.5,
      "uphill_time_s": 200,
      "vertical_oscillation_mm": 98.3,
      "vertical_ratio_pct": 8.33,
      "warnings": []
    },
    {
      "ascent_m": 200.4,
      "average_pace_s_per_km": 327.9,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 155.4,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 203.9,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 9002.5,
      "downhill_time_s": 749,
      "duration_s": 2952,
      "faster_than_threshold_s": 481,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 11,
      "hr_z2_s": 15,
      "hr_z3_s": 218,
      "hr_z4_s": 2136,
      "hr_z5_s": 573,
      "implausible_removed": 2,
      "intervals": 5,
      "load": 134.7,
      "load_estimated": false,
      "longest_descent_distance_m": 414.6,
      "longest_descent_m": 27.9,
      "moving_pace_s_per_km": 327.9,
      "moving_time_s": 2952,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 185.1,
      "profile_notes": [],
      "run_id": "2026-03-21-run.fit",
      "samples": 2953,
      "segments": [
        {
          "distance_m": 279.8,
          "duration_s": 72,
          "grade_pct": -8.5,
          "kind": "interval",
          "start_offset_s": 334
        },
        {
          "distance_m": 308.1,
          "duration_s": 81,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 924
        },
        {
          "distance_m": 274.7,
          "duration_s": 72,
          "grade_pct": -8.8,
          "kind": "interval",
          "start_offset_s": 1530
        },
        {
          "distance_m": 279.7,
          "duration_s": 74,
          "grade_pct": -8.6,
          "kind": "interval",
          "start_offset_s": 2145
        },
        {
          "distance_m": 256.5,
          "duration_s": 68,
          "grade_pct": -8.5,
          "kind": "interval",
          "start_offset_s": 2750
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-21T06:49:00Z",
      "step_length_m": 1.174,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2952.0,
      "trimp": 134.7,
      "uphill_time_s": 1012,
      "vertical_oscillation_mm": 98.2,
      "vertical_ratio_pct": 8.48,
      "warnings": []
    },
    {
      "ascent_m": 171.2,
      "average_pace_s_per_km": 332.5,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 155.1,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 156.2,
      "descent_per_km": 21.5,
      "device": "garmin fr945",
      "distance_m": 7251.0,
      "downhill_time_s": 591,
      "duration_s": 2411,
      "faster_than_threshold_s": 379,
      "gct_balance_pct": 52.61,
      "gct_ms": 289.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 16,
      "hr_z3_s": 251,
      "hr_z4_s": 1539,
      "hr_z5_s": 586,
      "implausible_removed": 1,
      "intervals": 2,
      "load": 108.5,
      "load_estimated": false,
      "longest_descent_distance_m": 909.0,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 332.5,
      "moving_time_s": 2411,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 184.8,
      "profile_notes": [],
      "run_id": "2026-03-22-run.fit",
      "samples": 2412,
      "segments": [
        {
          "distance_m": 245.5,
          "duration_s": 65,
          "grade_pct": -8.4,
          "kind": "interval",
          "start_offset_s": 524
        },
        {
          "distance_m": 233.1,
          "duration_s": 63,
          "grade_pct": -7.5,
          "kind": "interval",
          "start_offset_s": 1747
        }
      ],
      "session_rpe_load": 120.5,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-22T06:39:00Z",
      "step_length_m": 1.160,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2411.0,
      "trimp": 108.5,
      "uphill_time_s": 874,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.55,
      "warnings": []
    },
    {
      "ascent_m": 74.8,
      "average_pace_s_per_km": 338.4,
      "cadence_matched_spm": 155.6,
      "cadence_sd_spm": 2.2,
      "cadence_spm": 154.6,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 72.0,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 7307.0,
      "downhill_time_s": 173,
      "duration_s": 2473,
      "faster_than_threshold_s": 1,
      "gct_balance_pct": 52.59,
      "gct_ms": 291.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 18,
      "hr_z3_s": 86,
      "hr_z4_s": 2358,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 101.4,
      "load_estimated": false,
      "longest_descent_distance_m": 174.7,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 338.4,
      "moving_time_s": 2473,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 178.8,
      "profile_notes": [],
      "run_id": "2026-03-23-run.fit",
      "samples": 2474,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-23T07:23:00Z",
      "step_length_m": 1.146,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2473.0,
      "trimp": 101.4,
      "uphill_time_s": 230,
      "vertical_oscillation_mm": 97.8,
      "vertical_ratio_pct": 8.57,
      "warnings": []
    },
    {
      "ascent_m": 165.5,
      "average_pace_s_per_km": 325.7,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 155.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 142.7,
      "descent_per_km": 20.5,
      "device": "garmin fr945",
      "distance_m": 6957.2,
      "downhill_time_s": 520,
      "duration_s": 2266,
      "faster_than_threshold_s": 411,
      "gct_balance_pct": 52.61,
      "gct_ms": 287.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 0,
      "hr_z3_s": 129,
      "hr_z4_s": 1615,
      "hr_z5_s": 503,
      "implausible_removed": 0,
      "intervals": 3,
      "load": 104.8,
      "load_estimated": false,
      "longest_descent_distance_m": 926.5,
      "longest_descent_m": 39.2,
      "moving_pace_s_per_km": 325.7,
      "moving_time_s": 2266,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 191.8,
      "profile_notes": [],
      "run_id": "2026-03-25-run.fit",
      "samples": 2267,
      "segments": [
        {
          "distance_m": 312.1,
          "duration_s": 82,
          "grade_pct": -7.3,
          "kind": "interval",
          "start_offset_s": 461
        },
        {
          "distance_m": 319.1,
          "duration_s": 84,
          "grade_pct": -7.7,
          "kind": "interval",
          "start_offset_s": 1048
        },
        {
          "distance_m": 323.1,
          "duration_s": 85,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 1653
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-25T07:13:00Z",
      "step_length_m": 1.180,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2266.0,
      "trimp": 104.8,
      "uphill_time_s": 845,
      "vertical_oscillation_mm": 98.3,
      "vertical_ratio_pct": 8.43,
      "warnings": []
    },
    {
      "ascent_m": 64.0,
      "average_pace_s_per_km": 323.6,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 155.8,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 63.9,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 6405.7,
      "downhill_time_s": 150,
      "duration_s": 2073,
      "faster_than_threshold_s": 47,
      "gct_balance_pct": 52.61,
      "gct_ms": 286.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 36,
      "hr_z3_s": 38,
      "hr_z4_s": 1986,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 89.6,
      "load_estimated": false,
      "longest_descent_distance_m": 174.3,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 323.6,
      "moving_time_s": 2073,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 186.3,
      "profile_notes": [],
      "run_id": "2026-03-26-run.fit",
      "samples": 2074,
      "segments": [],
      "session_rpe_load": 103.7,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-26T06:41:00Z",
      "step_length_m": 1.189,
      "step_length_matched_m": 1.170,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2073.0,
      "trimp": 89.6,
      "uphill_time_s": 173,
      "vertical_oscillation_mm": 98.3,
      "vertical_ratio_pct": 8.30,
      "warnings": []
    },
    {
      "ascent_m": 75.8,
      "average_pace_s_per_km": 328.0,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 155.4,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 76.0,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 7629.0,
      "downhill_time_s": 187,
      "duration_s": 2502,
      "faster_than_threshold_s": 16,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 13,
      "hr_z2_s": 21,
      "hr_z3_s": 38,
      "hr_z4_s": 2431,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 107.0,
      "load_estimated": false,
      "longest_descent_distance_m": 179.7,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 328.0,
      "moving_time_s": 2502,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 184.0,
      "profile_notes": [],
      "run_id": "2026-03-27-run.fit",
      "samples": 2503,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-27T07:22:00Z",
      "step_length_m": 1.176,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2502.0,
      "trimp": 107.0,
      "uphill_time_s": 242,
      "vertical_oscillation_mm": 98.2,
      "vertical_ratio_pct": 8.38,
      "warnings": []
    },
    {
      "ascent_m": 196.4,
      "average_pace_s_per_km": 336.8,
      "cadence_matched_spm": 155.5,
      "cadence_sd_spm": 4.0,
      "cadence_spm": 154.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 214.1,
      "descent_per_km": 23.7,
      "device": "garmin fr945",
      "distance_m": 9028.2,
      "downhill_time_s": 811,
      "duration_s": 3041,
      "faster_than_threshold_s": 378,
      "gct_balance_pct": 52.60,
      "gct_ms": 291.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 3,
      "hr_z3_s": 519,
      "hr_z4_s": 2012,
      "hr_z5_s": 488,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 132.0,
      "load_estimated": false,
      "longest_descent_distance_m": 910.4,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 336.8,
      "moving_time_s": 3041,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 176.0,
      "profile_notes": [],
      "run_id": "2026-03-28-run.fit",
      "samples": 3042,
      "segments": [
        {
          "distance_m": 246.0,
          "duration_s": 67,
          "grade_pct": -8.4,
          "kind": "interval",
          "start_offset_s": 2154
        }
      ],
      "session_rpe_load": 152.1,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-28T06:54:00Z",
      "step_length_m": 1.148,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3041.0,
      "trimp": 132.0,
      "uphill_time_s": 1060,
      "vertical_oscillation_mm": 97.8,
      "vertical_ratio_pct": 8.63,
      "warnings": []
    },
    {
      "ascent_m": 76.0,
      "average_pace_s_per_km": 346.5,
      "cadence_matched_spm": 155.8,
      "cadence_sd_spm": 2.1,
      "cadence_spm": 154.0,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 75.4,
      "descent_per_km": 9.8,
      "device": "garmin fr945",
      "distance_m": 7664.3,
      "downhill_time_s": 208,
      "duration_s": 2656,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 52.60,
      "gct_ms": 293.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 13,
      "hr_z2_s": 32,
      "hr_z3_s": 92,
      "hr_z4_s": 2520,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 105.8,
      "load_estimated": false,
      "longest_descent_distance_m": 178.1,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 346.5,
      "moving_time_s": 2656,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 173.9,
      "profile_notes": [],
      "run_id": "2026-03-31-run.fit",
      "samples": 2657,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-31T08:30:00Z",
      "step_length_m": 1.124,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2656.0,
      "trimp": 105.8,
      "uphill_time_s": 233,
      "vertical_oscillation_mm": 97.5,
      "vertical_ratio_pct": 8.71,
      "warnings": []
    },
    {
      "ascent_m": 144.4,
      "average_pace_s_per_km": 322.0,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 4.3,
      "cadence_spm": 156.0,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 134.8,
      "descent_per_km": 21.9,
      "device": "garmin fr945",
      "distance_m": 6162.1,
      "downhill_time_s": 488,
      "duration_s": 1984,
      "faster_than_threshold_s": 427,
      "gct_balance_pct": 52.59,
      "gct_ms": 286.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 9,
      "hr_z2_s": 12,
      "hr_z3_s": 118,
      "hr_z4_s": 1393,
      "hr_z5_s": 453,
      "implausible_removed": 1,
      "intervals": 4,
      "load": 92.0,
      "load_estimated": false,
      "longest_descent_distance_m": 897.1,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 322.0,
      "moving_time_s": 1984,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 190.5,
      "profile_notes": [],
      "run_id": "2026-04-03-run.fit",
      "samples": 1985,
      "segments": [
        {
          "distance_m": 251.1,
          "duration_s": 65,
          "grade_pct": -8.1,
          "kind": "interval",
          "start_offset_s": 304
        },
        {
          "distance_m": 262.1,
          "duration_s": 72,
          "grade_pct": -4.8,
          "kind": "interval",
          "start_offset_s": 723
        },
        {
          "distance_m": 296.6,
          "duration_s": 78,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 889
        },
        {
          "distance_m": 300.3,
          "duration_s": 77,
          "grade_pct": -8.4,
          "kind": "interval",
          "start_offset_s": 1469
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-03T07:24:00Z",
      "step_length_m": 1.191,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 1984.0,
      "trimp": 92.0,
      "uphill_time_s": 705,
      "vertical_oscillation_mm": 98.4,
      "vertical_ratio_pct": 8.38,
      "warnings": []
    },
    {
      "ascent_m": 208.2,
      "average_pace_s_per_km": 329.3,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 155.3,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 180.0,
      "descent_per_km": 21.1,
      "device": "garmin fr945",
      "distance_m": 8517.1,
      "downhill_time_s": 673,
      "duration_s": 2805,
      "faster_than_threshold_s": 468,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 17,
      "hr_z2_s": 38,
      "hr_z3_s": 154,
      "hr_z4_s": 1799,
      "hr_z5_s": 798,
      "implausible_removed": 1,
      "intervals": 4,
      "load": 130.1,
      "load_estimated": false,
      "longest_descent_distance_m": 907.6,
      "longest_descent_m": 39.9,
      "moving_pace_s_per_km": 329.3,
      "moving_time_s": 2805,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 189.1,
      "profile_notes": [],
      "run_id": "2026-04-04-run.fit",
      "samples": 2806,
      "segments": [
        {
          "distance_m": 287.9,
          "duration_s": 75,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 414
        },
        {
          "distance_m": 284.9,
          "duration_s": 75,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 1018
        },
        {
          "distance_m": 258.7,
          "duration_s": 69,
          "grade_pct": -7.8,
          "kind": "interval",
          "start_offset_s": 1625
        },
        {
          "distance_m": 239.3,
          "duration_s": 65,
          "grade_pct": -7.3,
          "kind": "interval",
          "start_offset_s": 2222
        },
        {
          "distance_m": 39.1,
          "duration_s": 10,
          "grade_pct": -8.5,
          "kind": "stride",
          "start_offset_s": 2422
        }
      ],
      "session_rpe_load": 140.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-04T06:45:00Z",
      "step_length_m": 1.170,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2805.0,
      "trimp": 130.1,
      "uphill_time_s": 1060,
      "vertical_oscillation_mm": 98.1,
      "vertical_ratio_pct": 8.50,
      "warnings": []
    },
    {
      "ascent_m": 73.3,
      "average_pace_s_per_km": 324.3,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 155.7,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 76.0,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 7521.5,
      "downhill_time_s": 184,
      "duration_s": 2439,
      "faster_than_threshold_s": 20,
      "gct_balance_pct": 52.61,
      "gct_ms": 287.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 23,
      "hr_z3_s": 72,
      "hr_z4_s": 2335,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 105.7,
      "load_estimated": false,
      "longest_descent_distance_m": 174.3,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 324.3,
      "moving_time_s": 2439,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 185.6,
      "profile_notes": [],
      "run_id": "2026-04-05-run.fit",
      "samples": 2440,
      "segments": [],
      "session_rpe_load": 122.0,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-05T06:08:00Z",
      "step_length_m": 1.187,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2439.0,
      "trimp": 105.7,
      "uphill_time_s": 195,
      "vertical_oscillation_mm": 98.3,
      "vertical_ratio_pct": 8.31,
      "warnings": []
    },
    {
      "ascent_m": 59.7,
      "average_pace_s_per_km": 334.4,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 154.9,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 63.3,
      "descent_per_km": 10.2,
      "device": "garmin fr945",
      "distance_m": 6220.1,
      "downhill_time_s": 161,
      "duration_s": 2080,
      "faster_than_threshold_s": 3,
      "gct_balance_pct": 52.60,
      "gct_ms": 290.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 11,
      "hr_z2_s": 36,
      "hr_z3_s": 51,
      "hr_z4_s": 1983,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 85.6,
      "load_estimated": false,
      "longest_descent_distance_m": 180.6,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 334.4,
      "moving_time_s": 2080,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 179.3,
      "profile_notes": [],
      "run_id": "2026-04-06-run.fit",
      "samples": 2081,
      "segments": [],
      "session_rpe_load": 104.0,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-06T07:16:00Z",
      "step_length_m": 1.157,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2080.0,
      "trimp": 85.6,
      "uphill_time_s": 164,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.50,
      "warnings": []
    },
    {
      "ascent_m": 60.0,
      "average_pace_s_per_km": 330.0,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 2.1,
      "cadence_spm": 155.3,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 60.0,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 6000.1,
      "downhill_time_s": 138,
      "duration_s": 1980,
      "faster_than_threshold_s": 12,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.990,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 34,
      "hr_z3_s": 44,
      "hr_z4_s": 1883,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 82.6,
      "load_estimated": false,
      "longest_descent_distance_m": 174.9,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 330.0,
      "moving_time_s": 1980,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 182.7,
      "profile_notes": [],
      "run_id": "2026-04-07-run.fit",
      "samples": 1981,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-07T07:06:00Z",
      "step_length_m": 1.170,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 1980.0,
      "trimp": 82.6,
      "uphill_time_s": 154,
      "vertical_oscillation_mm": 98.1,
      "vertical_ratio_pct": 8.41,
      "warnings": []
    },
    {
      "ascent_m": 129.8,
      "average_pace_s_per_km": 343.0,
      "cadence_matched_spm": 155.7,
      "cadence_sd_spm": 3.7,
      "cadence_spm": 154.2,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 145.9,
      "descent_per_km": 24.2,
      "device": "garmin fr945",
      "distance_m": 6027.0,
      "downhill_time_s": 573,
      "duration_s": 2067,
      "faster_than_threshold_s": 184,
      "gct_balance_pct": 52.59,
      "gct_ms": 292.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 22,
      "hr_z2_s": 75,
      "hr_z3_s": 386,
      "hr_z4_s": 1294,
      "hr_z5_s": 291,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 85.7,
      "load_estimated": false,
      "longest_descent_distance_m": 914.1,
      "longest_descent_m": 39.2,
      "moving_pace_s_per_km": 343.0,
      "moving_time_s": 2067,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 172.1,
      "profile_notes": [],
      "run_id": "2026-04-08-run.fit",
      "samples": 2068,
      "segments": [],
      "session_rpe_load": 103.3,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-08T07:32:00Z",
      "step_length_m": 1.131,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2067.0,
      "trimp": 85.7,
      "uphill_time_s": 667,
      "vertical_oscillation_mm": 97.7,
      "vertical_ratio_pct": 8.73,
      "warnings": []
    },
    {
      "ascent_m": 204.2,
      "average_pace_s_per_km": 345.5,
      "cadence_matched_spm": 155.8,
      "cadence_sd_spm": 3.8,
      "cadence_spm": 154.1,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 178.0,
      "descent_per_km": 20.7,
      "device": "garmin fr945",
      "distance_m": 8581.9,
      "downhill_time_s": 698,
      "duration_s": 2965,
      "faster_than_threshold_s": 238,
      "gct_balance_pct": 52.60,
      "gct_ms": 293.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 39,
      "hr_z3_s": 428,
      "hr_z4_s": 1905,
      "hr_z5_s": 579,
      "implausible_removed": 1,
      "intervals": 2,
      "load": 129.2,
      "load_estimated": false,
      "longest_descent_distance_m": 898.6,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 345.5,
      "moving_time_s": 2965,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 180.9,
      "profile_notes": [],
      "run_id": "2026-04-11-run.fit",
      "samples": 2966,
      "segments": [
        {
          "distance_m": 237.1,
          "duration_s": 64,
          "grade_pct": -9.2,
          "kind": "interval",
          "start_offset_s": 452
        },
        {
          "distance_m": 234.6,
          "duration_s": 63,
          "grade_pct": -8.4,
          "kind": "interval",
          "start_offset_s": 1721
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-11T06:03:00Z",
      "step_length_m": 1.124,
      "step_length_matched_m": 1.165,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2965.0,
      "trimp": 129.2,
      "uphill_time_s": 1081,
      "vertical_oscillation_mm": 97.6,
      "vertical_ratio_pct": 8.79,
      "warnings": []
    },
    {
      "ascent_m": 107.4,
      "average_pace_s_per_km": 322.6,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 2.2,
      "cadence_spm": 155.9,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 106.6,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 10683.9,
      "downhill_time_s": 251,
      "duration_s": 3447,
      "faster_than_threshold_s": 60,
      "gct_balance_pct": 52.60,
      "gct_ms": 286.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.994,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 28,
      "hr_z3_s": 36,
      "hr_z4_s": 3357,
      "hr_z5_s": 7,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 153.7,
      "load_estimated": false,
      "longest_descent_distance_m": 178.4,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 322.6,
      "moving_time_s": 3447,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 187.1,
      "profile_notes": [],
      "run_id": "2026-04-14-run.fit",
      "samples": 3448,
      "segments": [],
      "session_rpe_load": 172.3,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-14T06:29:00Z",
      "step_length_m": 1.192,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3447.0,
      "trimp": 153.7,
      "uphill_time_s": 263,
      "vertical_oscillation_mm": 98.4,
      "vertical_ratio_pct": 8.28,
      "warnings": []
    },
    {
      "ascent_m": 104.0,
      "average_pace_s_per_km": 327.8,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 2.1,
      "cadence_spm": 155.5,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 107.4,
      "descent_per_km": 10.2,
      "device": "garmin fr945",
      "distance_m": 10561.3,
      "downhill_time_s": 253,
      "duration_s": 3462,
      "faster_than_threshold_s": 26,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 35,
      "hr_z3_s": 48,
      "hr_z4_s": 3364,
      "hr_z5_s": 1,
      "implausible_removed": 4,
      "intervals": 0,
      "load": 150.9,
      "load_estimated": false,
      "longest_descent_distance_m": 175.0,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 327.8,
      "moving_time_s": 3462,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 183.4,
      "profile_notes": [],
      "run_id": "2026-04-15-run.fit",
      "samples": 3463,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-15T06:01:00Z",
      "step_length_m": 1.177,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3462.0,
      "trimp": 150.9,
      "uphill_time_s": 279,
      "vertical_oscillation_mm": 98.2,
      "vertical_ratio_pct": 8.37,
      "warnings": []
    },
    {
      "ascent_m": 113.3,
      "average_pace_s_per_km": 303.6,
      "cadence_matched_spm": 154.3,
      "cadence_sd_spm": 3.0,
      "cadence_spm": 157.7,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 301.2,
      "descent_per_km": 23.2,
      "device": "garmin fr945",
      "distance_m": 12999.2,
      "downhill_time_s": 1065,
      "duration_s": 3946,
      "faster_than_threshold_s": 994,
      "gct_balance_pct": 52.60,
      "gct_ms": 279.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 10,
      "hr_z1_s": 13,
      "hr_z2_s": 21,
      "hr_z3_s": 44,
      "hr_z4_s": 3658,
      "hr_z5_s": 211,
      "implausible_removed": 0,
      "intervals": 9,
      "load": 177.8,
      "load_estimated": false,
      "longest_descent_distance_m": 5358.6,
      "longest_descent_m": 253.6,
      "moving_pace_s_per_km": 303.6,
      "moving_time_s": 3946,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 171.7,
      "profile_notes": [],
      "run_id": "2026-04-18-run.fit",
      "samples": 3947,
      "segments": [
        {
          "distance_m": 258.0,
          "duration_s": 70,
          "grade_pct": -6.3,
          "kind": "interval",
          "start_offset_s": 1489
        },
        {
          "distance_m": 261.6,
          "duration_s": 70,
          "grade_pct": -6.0,
          "kind": "interval",
          "start_offset_s": 1703
        },
        {
          "distance_m": 224.1,
          "duration_s": 60,
          "grade_pct": -6.1,
          "kind": "interval",
          "start_offset_s": 1844
        },
        {
          "distance_m": 252.7,
          "duration_s": 67,
          "grade_pct": -6.3,
          "kind": "interval",
          "start_offset_s": 1936
        },
        {
          "distance_m": 226.3,
          "duration_s": 60,
          "grade_pct": -6.6,
          "kind": "interval",
          "start_offset_s": 2051
        },
        {
          "distance_m": 265.5,
          "duration_s": 71,
          "grade_pct": -6.1,
          "kind": "interval",
          "start_offset_s": 2163
        },
        {
          "distance_m": 230.1,
          "duration_s": 63,
          "grade_pct": -6.3,
          "kind": "interval",
          "start_offset_s": 2264
        },
        {
          "distance_m": 306.8,
          "duration_s": 82,
          "grade_pct": -5.7,
          "kind": "interval",
          "start_offset_s": 2492
        },
        {
          "distance_m": 325.0,
          "duration_s": 87,
          "grade_pct": -5.5,
          "kind": "interval",
          "start_offset_s": 2588
        }
      ],
      "session_rpe_load": 197.3,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-18T07:21:00Z",
      "step_length_m": 1.252,
      "step_length_matched_m": 1.175,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3946.0,
      "trimp": 177.8,
      "uphill_time_s": 579,
      "vertical_oscillation_mm": 99.2,
      "vertical_ratio_pct": 7.97,
      "warnings": []
    },
    {
      "ascent_m": 103.5,
      "average_pace_s_per_km": 343.7,
      "cadence_matched_spm": 155.7,
      "cadence_sd_spm": 2.2,
      "cadence_spm": 154.2,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 100.0,
      "descent_per_km": 9.8,
      "device": "garmin fr945",
      "distance_m": 10166.5,
      "downhill_time_s": 267,
      "duration_s": 3494,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 52.60,
      "gct_ms": 293.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 19,
      "hr_z3_s": 155,
      "hr_z4_s": 3311,
      "hr_z5_s": 0,
      "implausible_removed": 3,
      "intervals": 0,
      "load": 143.4,
      "load_estimated": false,
      "longest_descent_distance_m": 180.8,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 343.7,
      "moving_time_s": 3494,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 176.1,
      "profile_notes": [],
      "run_id": "2026-04-19-run.fit",
      "samples": 3495,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-19T06:31:00Z",
      "step_length_m": 1.131,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3494.0,
      "trimp": 143.4,
      "uphill_time_s": 318,
      "vertical_oscillation_mm": 97.6,
      "vertical_ratio_pct": 8.66,
      "warnings": []
    },
    {
      "ascent_m": 212.1,
      "average_pace_s_per_km": 336.5,
      "cadence_matched_spm": 155.5,
      "cadence_sd_spm": 4.0,
      "cadence_spm": 154.8,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 209.0,
      "descent_per_km": 22.6,
      "device": "garmin fr945",
      "distance_m": 9230.5,
      "downhill_time_s": 778,
      "duration_s": 3106,
      "faster_than_threshold_s": 426,
      "gct_balance_pct": 52.60,
      "gct_ms": 291.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 9,
      "hr_z2_s": 19,
      "hr_z3_s": 441,
      "hr_z4_s": 1948,
      "hr_z5_s": 690,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 137.6,
      "load_estimated": false,
      "longest_descent_distance_m": 913.1,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 336.5,
      "moving_time_s": 3106,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 180.5,
      "profile_notes": [],
      "run_id": "2026-04-20-run.fit",
      "samples": 3107,
      "segments": [
        {
          "distance_m": 237.6,
          "duration_s": 62,
          "grade_pct": -9.1,
          "kind": "interval",
          "start_offset_s": 86
        },
        {
          "distance_m": 43.0,
          "duration_s": 11,
          "grade_pct": -10.2,
          "kind": "stride",
          "start_offset_s": 723
        }
      ],
      "session_rpe_load": 155.3,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-20T07:25:00Z",
      "step_length_m": 1.149,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3106.0,
      "trimp": 137.6,
      "uphill_time_s": 1105,
      "vertical_oscillation_mm": 97.9,
      "vertical_ratio_pct": 8.63,
      "warnings": []
    },
    {
      "ascent_m": 186.9,
      "average_pace_s_per_km": 333.8,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 4.0,
      "cadence_spm": 154.9,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 209.4,
      "descent_per_km": 24.2,
      "device": "garmin fr945",
      "distance_m": 8639.0,
      "downhill_time_s": 790,
      "duration_s": 2884,
      "faster_than_threshold_s": 434,
      "gct_balance_pct": 52.59,
      "gct_ms": 290.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 8,
      "hr_z2_s": 14,
      "hr_z3_s": 493,
      "hr_z4_s": 1850,
      "hr_z5_s": 520,
      "implausible_removed": 0,
      "intervals": 3,
      "load": 125.8,
      "load_estimated": false,
      "longest_descent_distance_m": 911.5,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 333.8,
      "moving_time_s": 2884,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 176.6,
      "profile_notes": [],
      "run_id": "2026-04-22-run.fit",
      "samples": 2885,
      "segments": [
        {
          "distance_m": 233.6,
          "duration_s": 63,
          "grade_pct": -8.2,
          "kind": "interval",
          "start_offset_s": 85
        },
        {
          "distance_m": 239.1,
          "duration_s": 64,
          "grade_pct": -7.4,
          "kind": "interval",
          "start_offset_s": 693
        },
        {
          "distance_m": 261.1,
          "duration_s": 69,
          "grade_pct": -8.8,
          "kind": "interval",
          "start_offset_s": 2722
        }
      ],
      "session_rpe_load": 144.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-22T08:23:00Z",
      "step_length_m": 1.156,
      "step_length_matched_m": 1.167,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2884.0,
      "trimp": 125.8,
      "uphill_time_s": 983,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.58,
      "warnings": []
    },
    {
      "ascent_m": 226.3,
      "average_pace_s_per_km": 319.5,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 156.2,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 252.6,
      "descent_per_km": 24.0,
      "device": "garmin fr945",
      "distance_m": 10502.8,
      "downhill_time_s": 907,
      "duration_s": 3356,
      "faster_than_threshold_s": 778,
      "gct_balance_pct": 52.59,
      "gct_ms": 285.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 26,
      "hr_z3_s": 171,
      "hr_z4_s": 2184,
      "hr_z5_s": 961,
      "implausible_removed": 1,
      "intervals": 8,
      "load": 157.6,
      "load_estimated": false,
      "longest_descent_distance_m": 911.5,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 319.5,
      "moving_time_s": 3356,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 184.4,
      "profile_notes": [],
      "run_id": "2026-04-23-run.fit",
      "samples": 3357,
      "segments": [
        {
          "distance_m": 281.5,
          "duration_s": 74,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 152
        },
        {
          "distance_m": 235.4,
          "duration_s": 62,
          "grade_pct": -8.6,
          "kind": "interval",
          "start_offset_s": 753
        },
        {
          "distance_m": 250.6,
          "duration_s": 67,
          "grade_pct": -7.8,
          "kind": "interval",
          "start_offset_s": 1333
        },
        {
          "distance_m": 243.4,
          "duration_s": 65,
          "grade_pct": -7.0,
          "kind": "interval",
          "start_offset_s": 1918
        },
        {
          "distance_m": 258.8,
          "duration_s": 68,
          "grade_pct": -7.3,
          "kind": "interval",
          "start_offset_s": 2088
        },
        {
          "distance_m": 278.1,
          "duration_s": 75,
          "grade_pct": -5.7,
          "kind": "interval",
          "start_offset_s": 2501
        },
        {
          "distance_m": 298.4,
          "duration_s": 78,
          "grade_pct": -7.5,
          "kind": "interval",
          "start_offset_s": 2664
        },
        {
          "distance_m": 286.0,
          "duration_s": 74,
          "grade_pct": -8.2,
          "kind": "interval",
          "start_offset_s": 3268
        }
      ],
      "session_rpe_load": 167.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-23T06:49:00Z",
      "step_length_m": 1.199,
      "step_length_matched_m": 1.170,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3356.0,
      "trimp": 157.6,
      "uphill_time_s": 1129,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.32,
      "warnings": []
    },
    {
      "ascent_m": 100.0,
      "average_pace_s_per_km": 316.0,
      "cadence_matched_spm": 154.9,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 156.5,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 101.3,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 10081.6,
      "downhill_time_s": 228,
      "duration_s": 3186,
      "faster_than_threshold_s": 159,
      "gct_balance_pct": 52.60,
      "gct_ms": 284.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 16,
      "hr_z2_s": 26,
      "hr_z3_s": 30,
      "hr_z4_s": 3042,
      "hr_z5_s": 73,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 145.6,
      "load_estimated": false,
      "longest_descent_distance_m": 183.3,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 316.0,
      "moving_time_s": 3186,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 190.6,
      "profile_notes": [],
      "run_id": "2026-04-24-run.fit",
      "samples": 3187,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-24T08:20:00Z",
      "step_length_m": 1.212,
      "step_length_matched_m": 1.174,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3186.0,
      "trimp": 145.6,
      "uphill_time_s": 259,
      "vertical_oscillation_mm": 98.6,
      "vertical_ratio_pct": 8.17,
      "warnings": []
    },
    {
      "ascent_m": 114.4,
      "average_pace_s_per_km": 336.6,
      "cadence_matched_spm": 155.5,
      "cadence_sd_spm": 2.7,
      "cadence_spm": 154.7,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 306.6,
      "descent_per_km": 22.0,
      "device": "garmin fr945",
      "distance_m": 13909.0,
      "downhill_time_s": 1211,
      "duration_s": 4682,
      "faster_than_threshold_s": 154,
      "gct_balance_pct": 52.61,
      "gct_ms": 291.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 30,
      "hr_z3_s": 957,
      "hr_z4_s": 3684,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 185.0,
      "load_estimated": false,
      "longest_descent_distance_m": 5755.6,
      "longest_descent_m": 252.0,
      "moving_pace_s_per_km": 336.6,
      "moving_time_s": 4682,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 155.9,
      "profile_notes": [],
      "run_id": "2026-04-25-run.fit",
      "samples": 4683,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-25T06:09:00Z",
      "step_length_m": 1.151,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 4682.0,
      "trimp": 185.0,
      "uphill_time_s": 652,
      "vertical_oscillation_mm": 97.9,
      "vertical_ratio_pct": 8.55,
      "warnings": []
    },
    {
      "ascent_m": 88.0,
      "average_pace_s_per_km": 327.2,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 155.5,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 90.8,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 9017.7,
      "downhill_time_s": 231,
      "duration_s": 2951,
      "faster_than_threshold_s": 35,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 11,
      "hr_z2_s": 29,
      "hr_z3_s": 58,
      "hr_z4_s": 2854,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 127.7,
      "load_estimated": false,
      "longest_descent_distance_m": 179.8,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 327.2,
      "moving_time_s": 2951,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 183.8,
      "profile_notes": [],
      "run_id": "2026-04-27-run.fit",
      "samples": 2952,
      "segments": [],
      "session_rpe_load": 147.6,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-27T07:21:00Z",
      "step_length_m": 1.178,
      "step_length_matched_m": 1.170,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2951.0,
      "trimp": 127.7,
      "uphill_time_s": 253,
      "vertical_oscillation_mm": 98.2,
      "vertical_ratio_pct": 8.37,
      "warnings": []
    },
    {
      "ascent_m": 100.8,
      "average_pace_s_per_km": 333.0,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 9.7,
      "cadence_spm": 153.6,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 101.0,
      "descent_per_km": 9.6,
      "device": "garmin fr945",
      "distance_m": 10552.7,
      "downhill_time_s": 258,
      "duration_s": 3514,
      "faster_than_threshold_s": 48,
      "gct_balance_pct": 52.60,
      "gct_ms": 300.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 17,
      "hr_z2_s": 131,
      "hr_z3_s": 107,
      "hr_z4_s": 3256,
      "hr_z5_s": 4,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 150.9,
      "load_estimated": false,
      "longest_descent_distance_m": 172.2,
      "longest_descent_m": 3.8,
      "moving_pace_s_per_km": 333.0,
      "moving_time_s": 3514,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 181.2,
      "profile_notes": [],
      "run_id": "2026-04-29-run.fit",
      "samples": 3515,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-29T07:35:00Z",
      "step_length_m": 1.166,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3514.0,
      "trimp": 150.9,
      "uphill_time_s": 259,
      "vertical_oscillation_mm": 95.5,
      "vertical_ratio_pct": 8.17,
      "warnings": []
    },
    {
      "ascent_m": 120.7,
      "average_pace_s_per_km": 343.6,
      "cadence_matched_spm": 155.5,
      "cadence_sd_spm": 8.0,
      "cadence_spm": 153.3,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 311.1,
      "descent_per_km": 21.0,
      "device": "garmin fr945",
      "distance_m": 14818.2,
      "downhill_time_s": 1303,
      "duration_s": 5092,
      "faster_than_threshold_s": 75,
      "gct_balance_pct": 52.60,
      "gct_ms": 300.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 98,
      "hr_z2_s": 98,
      "hr_z3_s": 865,
      "hr_z4_s": 4030,
      "hr_z5_s": 2,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 199.0,
      "load_estimated": false,
      "longest_descent_distance_m": 6182.6,
      "longest_descent_m": 251.8,
      "moving_pace_s_per_km": 343.6,
      "moving_time_s": 5092,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 154.3,
      "profile_notes": [],
      "run_id": "2026-05-02-run.fit",
      "samples": 5093,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-02T06:10:00Z",
      "step_length_m": 1.135,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5092.0,
      "trimp": 199.0,
      "uphill_time_s": 685,
      "vertical_oscillation_mm": 96.0,
      "vertical_ratio_pct": 8.46,
      "warnings": []
    },
    {
      "ascent_m": 103.5,
      "average_pace_s_per_km": 350.4,
      "cadence_matched_spm": 155.8,
      "cadence_sd_spm": 8.7,
      "cadence_spm": 152.5,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 100.0,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 10143.1,
      "downhill_time_s": 260,
      "duration_s": 3554,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 52.60,
      "gct_ms": 304.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 11,
      "hr_z2_s": 137,
      "hr_z3_s": 152,
      "hr_z4_s": 3255,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 142.8,
      "load_estimated": false,
      "longest_descent_distance_m": 176.0,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 350.4,
      "moving_time_s": 3554,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 172.7,
      "profile_notes": [],
      "run_id": "2026-05-03-run.fit",
      "samples": 3555,
      "segments": [],
      "session_rpe_load": 177.7,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-03T06:06:00Z",
      "step_length_m": 1.118,
      "step_length_matched_m": 1.167,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3554.0,
      "trimp": 142.8,
      "uphill_time_s": 328,
      "vertical_oscillation_mm": 95.2,
      "vertical_ratio_pct": 8.51,
      "warnings": []
    },
    {
      "ascent_m": 95.4,
      "average_pace_s_per_km": 319.0,
      "cadence_matched_spm": 154.9,
      "cadence_sd_spm": 2.2,
      "cadence_spm": 156.2,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 96.0,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 9574.6,
      "downhill_time_s": 218,
      "duration_s": 3054,
      "faster_than_threshold_s": 82,
      "gct_balance_pct": 52.60,
      "gct_ms": 285.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 12,
      "hr_z3_s": 52,
      "hr_z4_s": 2915,
      "hr_z5_s": 56,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 137.0,
      "load_estimated": false,
      "longest_descent_distance_m": 176.0,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 319.0,
      "moving_time_s": 3054,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 189.1,
      "profile_notes": [],
      "run_id": "2026-05-05-run.fit",
      "samples": 3055,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-05T06:28:00Z",
      "step_length_m": 1.204,
      "step_length_matched_m": 1.173,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3054.0,
      "trimp": 137.0,
      "uphill_time_s": 259,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.21,
      "warnings": []
    },
    {
      "ascent_m": 217.1,
      "average_pace_s_per_km": 320.3,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 156.1,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 223.6,
      "descent_per_km": 23.2,
      "device": "garmin fr945",
      "distance_m": 9646.5,
      "downhill_time_s": 819,
      "duration_s": 3090,
      "faster_than_threshold_s": 616,
      "gct_balance_pct": 52.61,
      "gct_ms": 285.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.994,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 43,
      "hr_z3_s": 138,
      "hr_z4_s": 2001,
      "hr_z5_s": 879,
      "implausible_removed": 0,
      "intervals": 6,
      "load": 145.4,
      "load_estimated": false,
      "longest_descent_distance_m": 923.5,
      "longest_descent_m": 39.6,
      "moving_pace_s_per_km": 320.3,
      "moving_time_s": 3090,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 188.5,
      "profile_notes": [],
      "run_id": "2026-05-07-run.fit",
      "samples": 3091,
      "segments": [
        {
          "distance_m": 256.5,
          "duration_s": 69,
          "grade_pct": -6.5,
          "kind": "interval",
          "start_offset_s": 429
        },
        {
          "distance_m": 272.6,
          "duration_s": 72,
          "grade_pct": -7.4,
          "kind": "interval",
          "start_offset_s": 587
        },
        {
          "distance_m": 320.3,
          "duration_s": 85,
          "grade_pct": -7.4,
          "kind": "interval",
          "start_offset_s": 1182
        },
        {
          "distance_m": 245.9,
          "duration_s": 63,
          "grade_pct": -8.8,
          "kind": "interval",
          "start_offset_s": 1784
        },
        {
          "distance_m": 284.8,
          "duration_s": 73,
          "grade_pct": -8.6,
          "kind": "interval",
          "start_offset_s": 2356
        },
        {
          "distance_m": 313.2,
          "duration_s": 81,
          "grade_pct": -8.2,
          "kind": "interval",
          "start_offset_s": 2940
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-07T08:30:00Z",
      "step_length_m": 1.196,
      "step_length_matched_m": 1.170,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3090.0,
      "trimp": 145.4,
      "uphill_time_s": 1094,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.34,
      "warnings": []
    },
    {
      "ascent_m": 240.2,
      "average_pace_s_per_km": 342.0,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 9.3,
      "cadence_spm": 153.2,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 245.2,
      "descent_per_km": 22.4,
      "device": "garmin fr945",
      "distance_m": 10961.8,
      "downhill_time_s": 938,
      "duration_s": 3749,
      "faster_than_threshold_s": 485,
      "gct_balance_pct": 52.59,
      "gct_ms": 301.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 26,
      "hr_z2_s": 133,
      "hr_z3_s": 412,
      "hr_z4_s": 2485,
      "hr_z5_s": 694,
      "implausible_removed": 5,
      "intervals": 5,
      "load": 164.7,
      "load_estimated": false,
      "longest_descent_distance_m": 904.0,
      "longest_descent_m": 38.4,
      "moving_pace_s_per_km": 342.0,
      "moving_time_s": 3749,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 177.1,
      "profile_notes": [],
      "run_id": "2026-05-08-run.fit",
      "samples": 3750,
      "segments": [
        {
          "distance_m": 250.9,
          "duration_s": 67,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1019
        },
        {
          "distance_m": 234.9,
          "duration_s": 63,
          "grade_pct": -9.2,
          "kind": "interval",
          "start_offset_s": 1638
        },
        {
          "distance_m": 261.6,
          "duration_s": 69,
          "grade_pct": -8.9,
          "kind": "interval",
          "start_offset_s": 2255
        },
        {
          "distance_m": 270.2,
          "duration_s": 72,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 2864
        },
        {
          "distance_m": 232.1,
          "duration_s": 61,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 3559
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-08T07:19:00Z",
      "step_length_m": 1.137,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3749.0,
      "trimp": 164.7,
      "uphill_time_s": 1251,
      "vertical_oscillation_mm": 95.7,
      "vertical_ratio_pct": 8.48,
      "warnings": []
    },
    {
      "ascent_m": 126.5,
      "average_pace_s_per_km": 330.3,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 7.9,
      "cadence_spm": 154.4,
      "cadence_zeros": 5,
      "coverage": 1.000,
      "descent_m": 314.6,
      "descent_per_km": 20.0,
      "device": "garmin fr945",
      "distance_m": 15728.6,
      "downhill_time_s": 1265,
      "duration_s": 5195,
      "faster_than_threshold_s": 377,
      "gct_balance_pct": 52.60,
      "gct_ms": 295.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 158,
      "hr_z3_s": 294,
      "hr_z4_s": 4682,
      "hr_z5_s": 47,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 215.9,
      "load_estimated": false,
      "longest_descent_distance_m": 6565.2,
      "longest_descent_m": 251.6,
      "moving_pace_s_per_km": 330.3,
      "moving_time_s": 5195,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 162.0,
      "profile_notes": [],
      "run_id": "2026-05-09-run.fit",
      "samples": 5196,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-09T06:36:00Z",
      "step_length_m": 1.172,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5195.0,
      "trimp": 215.9,
      "uphill_time_s": 676,
      "vertical_oscillation_mm": 96.6,
      "vertical_ratio_pct": 8.25,
      "warnings": []
    },
    {
      "ascent_m": 228.8,
      "average_pace_s_per_km": 349.3,
      "cadence_matched_spm": 155.9,
      "cadence_sd_spm": 3.9,
      "cadence_spm": 153.8,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 214.9,
      "descent_per_km": 21.8,
      "device": "garmin fr945",
      "distance_m": 9874.4,
      "downhill_time_s": 836,
      "duration_s": 3449,
      "faster_than_threshold_s": 269,
      "gct_balance_pct": 52.60,
      "gct_ms": 294.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 18,
      "hr_z3_s": 604,
      "hr_z4_s": 2423,
      "hr_z5_s": 393,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 147.4,
      "load_estimated": false,
      "longest_descent_distance_m": 901.6,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 349.3,
      "moving_time_s": 3449,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 175.9,
      "profile_notes": [],
      "run_id": "2026-05-11-run.fit",
      "samples": 3450,
      "segments": [
        {
          "distance_m": 46.9,
          "duration_s": 12,
          "grade_pct": -9.8,
          "kind": "stride",
          "start_offset_s": 1861
        },
        {
          "distance_m": 226.8,
          "duration_s": 63,
          "grade_pct": -9.0,
          "kind": "interval",
          "start_offset_s": 2473
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-11T06:32:00Z",
      "step_length_m": 1.114,
      "step_length_matched_m": 1.164,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3449.0,
      "trimp": 147.4,
      "uphill_time_s": 1259,
      "vertical_oscillation_mm": 97.4,
      "vertical_ratio_pct": 8.86,
      "warnings": []
    },
    {
      "ascent_m": 210.1,
      "average_pace_s_per_km": 325.6,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 155.7,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 181.8,
      "descent_per_km": 21.3,
      "device": "garmin fr945",
      "distance_m": 8537.6,
      "downhill_time_s": 655,
      "duration_s": 2780,
      "faster_than_threshold_s": 547,
      "gct_balance_pct": 52.60,
      "gct_ms": 287.6,
      "gear": "",
      "gps_dropouts": 1,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 19,
      "hr_z3_s": 185,
      "hr_z4_s": 1722,
      "hr_z5_s": 835,
      "implausible_removed": 0,
      "intervals": 6,
      "load": 130.9,
      "load_estimated": false,
      "longest_descent_distance_m": 914.4,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 325.6,
      "moving_time_s": 2780,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 190.9,
      "profile_notes": [],
      "run_id": "2026-05-12-run.fit",
      "samples": 2781,
      "segments": [
        {
          "distance_m": 229.3,
          "duration_s": 60,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 377
        },
        {
          "distance_m": 220.6,
          "duration_s": 60,
          "grade_pct": -6.9,
          "kind": "interval",
          "start_offset_s": 545
        },
        {
          "distance_m": 251.1,
          "duration_s": 67,
          "grade_pct": -6.9,
          "kind": "interval",
          "start_offset_s": 970
        },
        {
          "distance_m": 256.6,
          "duration_s": 70,
          "grade_pct": -5.9,
          "kind": "interval",
          "start_offset_s": 1566
        },
        {
          "distance_m": 223.2,
          "duration_s": 60,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 1741
        },
        {
          "distance_m": 273.2,
          "duration_s": 72,
          "grade_pct": -8.4,
          "kind": "interval",
          "start_offset_s": 2315
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-12T06:02:00Z",
      "step_length_m": 1.180,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2780.0,
      "trimp": 130.9,
      "uphill_time_s": 1069,
      "vertical_oscillation_mm": 98.3,
      "vertical_ratio_pct": 8.43,
      "warnings": []
    },
    {
      "ascent_m": 228.2,
      "average_pace_s_per_km": 333.8,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 10.5,
      "cadence_spm": 153.5,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 221.2,
      "descent_per_km": 22.1,
      "device": "garmin fr945",
      "distance_m": 10022.1,
      "downhill_time_s": 818,
      "duration_s": 3345,
      "faster_than_threshold_s": 665,
      "gct_balance_pct": 52.61,
      "gct_ms": 301.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 9,
      "hr_z2_s": 102,
      "hr_z3_s": 366,
      "hr_z4_s": 1965,
      "hr_z5_s": 904,
      "implausible_removed": 0,
      "intervals": 7,
      "load": 152.1,
      "load_estimated": false,
      "longest_descent_distance_m": 913.4,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 333.8,
      "moving_time_s": 3345,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 182.8,
      "profile_notes": [],
      "run_id": "2026-05-13-run.fit",
      "samples": 3346,
      "segments": [
        {
          "distance_m": 237.2,
          "duration_s": 62,
          "grade_pct": -9.2,
          "kind": "interval",
          "start_offset_s": 464
        },
        {
          "distance_m": 329.2,
          "duration_s": 87,
          "grade_pct": -7.7,
          "kind": "interval",
          "start_offset_s": 1044
        },
        {
          "distance_m": 288.5,
          "duration_s": 76,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 1648
        },
        {
          "distance_m": 227.5,
          "duration_s": 61,
          "grade_pct": -5.8,
          "kind": "interval",
          "start_offset_s": 1810
        },
        {
          "distance_m": 302.9,
          "duration_s": 80,
          "grade_pct": -7.0,
          "kind": "interval",
          "start_offset_s": 2233
        },
        {
          "distance_m": 250.5,
          "duration_s": 68,
          "grade_pct": -6.5,
          "kind": "interval",
          "start_offset_s": 2401
        },
        {
          "distance_m": 238.9,
          "duration_s": 63,
          "grade_pct": -7.6,
          "kind": "interval",
          "start_offset_s": 3102
        }
      ],
      "session_rpe_load": 167.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-13T06:35:00Z",
      "step_length_m": 1.162,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3345.0,
      "trimp": 152.1,
      "uphill_time_s": 1144,
      "vertical_oscillation_mm": 95.3,
      "vertical_ratio_pct": 8.26,
      "warnings": []
    },
    {
      "ascent_m": 128.6,
      "average_pace_s_per_km": 317.7,
      "cadence_matched_spm": 154.7,
      "cadence_sd_spm": 7.3,
      "cadence_spm": 155.7,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 322.7,
      "descent_per_km": 19.4,
      "device": "garmin fr945",
      "distance_m": 16637.0,
      "downhill_time_s": 1201,
      "duration_s": 5285,
      "faster_than_threshold_s": 722,
      "gct_balance_pct": 52.60,
      "gct_ms": 289.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 136,
      "hr_z3_s": 127,
      "hr_z4_s": 4708,
      "hr_z5_s": 303,
      "implausible_removed": 3,
      "intervals": 0,
      "load": 232.9,
      "load_estimated": false,
      "longest_descent_distance_m": 6980.1,
      "longest_descent_m": 252.2,
      "moving_pace_s_per_km": 317.7,
      "moving_time_s": 5285,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 169.0,
      "profile_notes": [],
      "run_id": "2026-05-16-run.fit",
      "samples": 5286,
      "segments": [],
      "session_rpe_load": 264.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-16T08:30:00Z",
      "step_length_m": 1.209,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5285.0,
      "trimp": 232.9,
      "uphill_time_s": 653,
      "vertical_oscillation_mm": 97.4,
      "vertical_ratio_pct": 8.06,
      "warnings": []
    },
    {
      "ascent_m": 100.0,
      "average_pace_s_per_km": 329.5,
      "cadence_matched_spm": 154.9,
      "cadence_sd_spm": 10.1,
      "cadence_spm": 153.8,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 102.5,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 10150.0,
      "downhill_time_s": 240,
      "duration_s": 3344,
      "faster_than_threshold_s": 101,
      "gct_balance_pct": 52.60,
      "gct_ms": 300.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 48,
      "hr_z3_s": 233,
      "hr_z4_s": 3051,
      "hr_z5_s": 1,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 145.6,
      "load_estimated": false,
      "longest_descent_distance_m": 176.4,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 329.5,
      "moving_time_s": 3344,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 182.5,
      "profile_notes": [],
      "run_id": "2026-05-17-run.fit",
      "samples": 3345,
      "segments": [],
      "session_rpe_load": 167.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-17T06:39:00Z",
      "step_length_m": 1.177,
      "step_length_matched_m": 1.173,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3344.0,
      "trimp": 145.6,
      "uphill_time_s": 288,
      "vertical_oscillation_mm": 95.4,
      "vertical_ratio_pct": 8.08,
      "warnings": []
    },
    {
      "ascent_m": 86.7,
      "average_pace_s_per_km": 320.8,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 156.1,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 88.0,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 8785.6,
      "downhill_time_s": 202,
      "duration_s": 2818,
      "faster_than_threshold_s": 101,
      "gct_balance_pct": 52.60,
      "gct_ms": 285.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 20,
      "hr_z3_s": 65,
      "hr_z4_s": 2724,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 125.0,
      "load_estimated": false,
      "longest_descent_distance_m": 180.3,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 320.8,
      "moving_time_s": 2818,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 187.9,
      "profile_notes": [],
      "run_id": "2026-05-19-run.fit",
      "samples": 2819,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-19T07:04:00Z",
      "step_length_m": 1.198,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2818.0,
      "trimp": 125.0,
      "uphill_time_s": 201,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.25,
      "warnings": []
    },
    {
      "ascent_m": 90.9,
      "average_pace_s_per_km": 318.4,
      "cadence_matched_spm": 154.8,
      "cadence_sd_spm": 2.2,
      "cadence_spm": 156.3,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 91.8,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 9111.1,
      "downhill_time_s": 221,
      "duration_s": 2901,
      "faster_than_threshold_s": 85,
      "gct_balance_pct": 52.61,
      "gct_ms": 285.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 35,
      "hr_z3_s": 38,
      "hr_z4_s": 2807,
      "hr_z5_s": 7,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 130.3,
      "load_estimated": false,
      "longest_descent_distance_m": 173.7,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 318.4,
      "moving_time_s": 2901,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 189.5,
      "profile_notes": [],
      "run_id": "2026-05-21-run.fit",
      "samples": 2902,
      "segments": [],
      "session_rpe_load": 145.1,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-21T06:59:00Z",
      "step_length_m": 1.205,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2901.0,
      "trimp": 130.3,
      "uphill_time_s": 219,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.20,
      "warnings": []
    },
    {
      "ascent_m": 213.6,
      "average_pace_s_per_km": 333.3,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 155.0,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 197.0,
      "descent_per_km": 21.7,
      "device": "garmin fr945",
      "distance_m": 9076.0,
      "downhill_time_s": 739,
      "duration_s": 3025,
      "faster_than_threshold_s": 462,
      "gct_balance_pct": 52.60,
      "gct_ms": 290.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 11,
      "hr_z2_s": 19,
      "hr_z3_s": 214,
      "hr_z4_s": 2072,
      "hr_z5_s": 710,
      "implausible_removed": 3,
      "intervals": 3,
      "load": 137.5,
      "load_estimated": false,
      "longest_descent_distance_m": 909.5,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 333.3,
      "moving_time_s": 3025,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 184.4,
      "profile_notes": [],
      "run_id": "2026-05-22-run.fit",
      "samples": 3026,
      "segments": [
        {
          "distance_m": 241.2,
          "duration_s": 63,
          "grade_pct": -9.1,
          "kind": "interval",
          "start_offset_s": 526
        },
        {
          "distance_m": 243.8,
          "duration_s": 64,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1138
        },
        {
          "distance_m": 245.5,
          "duration_s": 65,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 1740
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-22T06:00:00Z",
      "step_length_m": 1.158,
      "step_length_matched_m": 1.167,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3025.0,
      "trimp": 137.5,
      "uphill_time_s": 1107,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.57,
      "warnings": []
    },
    {
      "ascent_m": 136.0,
      "average_pace_s_per_km": 331.1,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 7.2,
      "cadence_spm": 154.5,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 324.5,
      "descent_per_km": 19.2,
      "device": "garmin fr945",
      "distance_m": 16899.8,
      "downhill_time_s": 1347,
      "duration_s": 5596,
      "faster_than_threshold_s": 275,
      "gct_balance_pct": 52.60,
      "gct_ms": 294.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 85,
      "hr_z2_s": 72,
      "hr_z3_s": 181,
      "hr_z4_s": 5224,
      "hr_z5_s": 35,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 234.2,
      "load_estimated": false,
      "longest_descent_distance_m": 6961.6,
      "longest_descent_m": 253.4,
      "moving_pace_s_per_km": 331.1,
      "moving_time_s": 5596,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 163.0,
      "profile_notes": [],
      "run_id": "2026-05-23-run.fit",
      "samples": 5597,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-23T06:15:00Z",
      "step_length_m": 1.169,
      "step_length_matched_m": 1.170,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5596.0,
      "trimp": 234.2,
      "uphill_time_s": 714,
      "vertical_oscillation_mm": 96.8,
      "vertical_ratio_pct": 8.30,
      "warnings": []
    },
    {
      "ascent_m": 203.0,
      "average_pace_s_per_km": 334.4,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 3.9,
      "cadence_spm": 154.9,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 215.1,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 9465.0,
      "downhill_time_s": 798,
      "duration_s": 3165,
      "faster_than_threshold_s": 395,
      "gct_balance_pct": 52.59,
      "gct_ms": 290.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 6,
      "hr_z2_s": 17,
      "hr_z3_s": 511,
      "hr_z4_s": 2028,
      "hr_z5_s": 604,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 139.8,
      "load_estimated": false,
      "longest_descent_distance_m": 909.5,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 334.4,
      "moving_time_s": 3165,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 178.4,
      "profile_notes": [],
      "run_id": "2026-05-26-run.fit",
      "samples": 3166,
      "segments": [
        {
          "distance_m": 229.1,
          "duration_s": 63,
          "grade_pct": -8.5,
          "kind": "interval",
          "start_offset_s": 2283
        },
        {
          "distance_m": 54.9,
          "duration_s": 14,
          "grade_pct": -9.8,
          "kind": "stride",
          "start_offset_s": 2916
        }
      ],
      "session_rpe_load": 158.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-26T08:25:00Z",
      "step_length_m": 1.155,
      "step_length_matched_m": 1.167,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3165.0,
      "trimp": 139.8,
      "uphill_time_s": 1096,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.59,
      "warnings": []
    },
    {
      "ascent_m": 216.4,
      "average_pace_s_per_km": 357.7,
      "cadence_matched_spm": 155.9,
      "cadence_sd_spm": 9.2,
      "cadence_spm": 152.0,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 230.5,
      "descent_per_km": 22.9,
      "device": "garmin fr945",
      "distance_m": 10043.7,
      "downhill_time_s": 931,
      "duration_s": 3593,
      "faster_than_threshold_s": 261,
      "gct_balance_pct": 52.60,
      "gct_ms": 305.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 26,
      "hr_z2_s": 121,
      "hr_z3_s": 707,
      "hr_z4_s": 2264,
      "hr_z5_s": 476,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 147.5,
      "load_estimated": false,
      "longest_descent_distance_m": 900.0,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 357.7,
      "moving_time_s": 3593,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 167.5,
      "profile_notes": [],
      "run_id": "2026-05-27-run.fit",
      "samples": 3594,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-27T08:18:00Z",
      "step_length_m": 1.096,
      "step_length_matched_m": 1.163,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3593.0,
      "trimp": 147.5,
      "uphill_time_s": 1195,
      "vertical_oscillation_mm": 95.1,
      "vertical_ratio_pct": 8.74,
      "warnings": []
    },
    {
      "ascent_m": 103.3,
      "average_pace_s_per_km": 329.9,
      "cadence_matched_spm": 154.9,
      "cadence_sd_spm": 9.4,
      "cadence_spm": 154.0,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 104.0,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 10516.0,
      "downhill_time_s": 251,
      "duration_s": 3469,
      "faster_than_threshold_s": 73,
      "gct_balance_pct": 52.61,
      "gct_ms": 298.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 133,
      "hr_z3_s": 100,
      "hr_z4_s": 3218,
      "hr_z5_s": 5,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 151.0,
      "load_estimated": false,
      "longest_descent_distance_m": 176.1,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 329.9,
      "moving_time_s": 3469,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 182.9,
      "profile_notes": [],
      "run_id": "2026-05-28-run.fit",
      "samples": 3470,
      "segments": [],
      "session_rpe_load": 173.4,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-28T08:01:00Z",
      "step_length_m": 1.175,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3469.0,
      "trimp": 151.0,
      "uphill_time_s": 295,
      "vertical_oscillation_mm": 95.8,
      "vertical_ratio_pct": 8.13,
      "warnings": []
    },
    {
      "ascent_m": 134.6,
      "average_pace_s_per_km": 328.4,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 7.4,
      "cadence_spm": 154.7,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 325.0,
      "descent_per_km": 19.2,
      "device": "garmin fr945",
      "distance_m": 16899.8,
      "downhill_time_s": 1306,
      "duration_s": 5550,
      "faster_than_threshold_s": 389,
      "gct_balance_pct": 52.59,
      "gct_ms": 293.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 79,
      "hr_z2_s": 87,
      "hr_z3_s": 119,
      "hr_z4_s": 5176,
      "hr_z5_s": 90,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 235.0,
      "load_estimated": false,
      "longest_descent_distance_m": 6978.8,
      "longest_descent_m": 253.8,
      "moving_pace_s_per_km": 328.4,
      "moving_time_s": 5550,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 164.3,
      "profile_notes": [],
      "run_id": "2026-05-30-run.fit",
      "samples": 5551,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-30T08:30:00Z",
      "step_length_m": 1.177,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5550.0,
      "trimp": 235.0,
      "uphill_time_s": 699,
      "vertical_oscillation_mm": 96.9,
      "vertical_ratio_pct": 8.24,
      "warnings": []
    },
    {
      "ascent_m": 103.8,
      "average_pace_s_per_km": 330.5,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 8.5,
      "cadence_spm": 154.2,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 100.0,
      "descent_per_km": 9.8,
      "device": "garmin fr945",
      "distance_m": 10217.1,
      "downhill_time_s": 233,
      "duration_s": 3377,
      "faster_than_threshold_s": 56,
      "gct_balance_pct": 52.60,
      "gct_ms": 297.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.994,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 103,
      "hr_z3_s": 91,
      "hr_z4_s": 3164,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 146.2,
      "load_estimated": false,
      "longest_descent_distance_m": 176.6,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 330.5,
      "moving_time_s": 3377,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 183.3,
      "profile_notes": [],
      "run_id": "2026-05-31-run.fit",
      "samples": 3378,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-31T07:58:00Z",
      "step_length_m": 1.172,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3377.0,
      "trimp": 146.2,
      "uphill_time_s": 270,
      "vertical_oscillation_mm": 96.2,
      "vertical_ratio_pct": 8.19,
      "warnings": []
    },
    {
      "ascent_m": 258.2,
      "average_pace_s_per_km": 336.2,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 9.5,
      "cadence_spm": 153.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 254.9,
      "descent_per_km": 22.8,
      "device": "garmin fr945",
      "distance_m": 11174.1,
      "downhill_time_s": 1003,
      "duration_s": 3757,
      "faster_than_threshold_s": 606,
      "gct_balance_pct": 52.60,
      "gct_ms": 299.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.995,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 40,
      "hr_z2_s": 103,
      "hr_z3_s": 239,
      "hr_z4_s": 2437,
      "hr_z5_s": 919,
      "implausible_removed": 3,
      "intervals": 3,
      "load": 169.2,
      "load_estimated": false,
      "longest_descent_distance_m": 904.1,
      "longest_descent_m": 39.9,
      "moving_pace_s_per_km": 336.2,
      "moving_time_s": 3757,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 180.3,
      "profile_notes": [],
      "run_id": "2026-06-01-run.fit",
      "samples": 3758,
      "segments": [
        {
          "distance_m": 306.8,
          "duration_s": 81,
          "grade_pct": -8.2,
          "kind": "interval",
          "start_offset_s": 335
        },
        {
          "distance_m": 55.0,
          "duration_s": 14,
          "grade_pct": -10.2,
          "kind": "stride",
          "start_offset_s": 974
        },
        {
          "distance_m": 79.0,
          "duration_s": 20,
          "grade_pct": -9.3,
          "kind": "stride",
          "start_offset_s": 1566
        },
        {
          "distance_m": 223.7,
          "duration_s": 60,
          "grade_pct": -7.5,
          "kind": "interval",
          "start_offset_s": 2148
        },
        {
          "distance_m": 266.3,
          "duration_s": 71,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 3603
        }
      ],
      "session_rpe_load": 187.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-01T07:19:00Z",
      "step_length_m": 1.154,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 2,
      "timer_time_s": 3757.0,
      "trimp": 169.2,
      "uphill_time_s": 1329,
      "vertical_oscillation_mm": 95.8,
      "vertical_ratio_pct": 8.37,
      "warnings": []
    },
    {
      "ascent_m": 238.9,
      "average_pace_s_per_km": 333.5,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 9.8,
      "cadence_spm": 153.7,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 255.3,
      "descent_per_km": 22.9,
      "device": "garmin fr945",
      "distance_m": 11122.9,
      "downhill_time_s": 951,
      "duration_s": 3709,
      "faster_than_threshold_s": 614,
      "gct_balance_pct": 52.59,
      "gct_ms": 299.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 20,
      "hr_z2_s": 77,
      "hr_z3_s": 359,
      "hr_z4_s": 2470,
      "hr_z5_s": 784,
      "implausible_removed": 2,
      "intervals": 5,
      "load": 167.6,
      "load_estimated": false,
      "longest_descent_distance_m": 896.2,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 333.5,
      "moving_time_s": 3709,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 179.9,
      "profile_notes": [],
      "run_id": "2026-06-04-run.fit",
      "samples": 3710,
      "segments": [
        {
          "distance_m": 94.9,
          "duration_s": 24,
          "grade_pct": -10.1,
          "kind": "stride",
          "start_offset_s": 213
        },
        {
          "distance_m": 315.0,
          "duration_s": 82,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 778
        },
        {
          "distance_m": 347.0,
          "duration_s": 93,
          "grade_pct": -7.8,
          "kind": "interval",
          "start_offset_s": 1378
        },
        {
          "distance_m": 287.3,
          "duration_s": 75,
          "grade_pct": -8.5,
          "kind": "interval",
          "start_offset_s": 1979
        },
        {
          "distance_m": 241.5,
          "duration_s": 64,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 2593
        },
        {
          "distance_m": 267.0,
          "duration_s": 71,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 3274
        }
      ],
      "session_rpe_load": 185.4,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-04T07:52:00Z",
      "step_length_m": 1.162,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3709.0,
      "trimp": 167.6,
      "uphill_time_s": 1227,
      "vertical_oscillation_mm": 95.7,
      "vertical_ratio_pct": 8.29,
      "warnings": []
    },
    {
      "ascent_m": 92.5,
      "average_pace_s_per_km": 318.8,
      "cadence_matched_spm": 154.9,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 156.3,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 92.0,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 9331.7,
      "downhill_time_s": 215,
      "duration_s": 2975,
      "faster_than_threshold_s": 84,
      "gct_balance_pct": 52.60,
      "gct_ms": 285.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 19,
      "hr_z3_s": 30,
      "hr_z4_s": 2905,
      "hr_z5_s": 2,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 133.4,
      "load_estimated": false,
      "longest_descent_distance_m": 175.1,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 318.8,
      "moving_time_s": 2975,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 189.3,
      "profile_notes": [],
      "run_id": "2026-06-05-run.fit",
      "samples": 2976,
      "segments": [],
      "session_rpe_load": 148.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-05T08:09:00Z",
      "step_length_m": 1.204,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2975.0,
      "trimp": 133.4,
      "uphill_time_s": 249,
      "vertical_oscillation_mm": 98.5,
      "vertical_ratio_pct": 8.21,
      "warnings": []
    },
    {
      "ascent_m": 135.6,
      "average_pace_s_per_km": 336.0,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 7.8,
      "cadence_spm": 153.9,
      "cadence_zeros": 6,
      "coverage": 1.000,
      "descent_m": 323.4,
      "descent_per_km": 19.1,
      "device": "garmin fr945",
      "distance_m": 16897.7,
      "downhill_time_s": 1333,
      "duration_s": 5677,
      "faster_than_threshold_s": 151,
      "gct_balance_pct": 52.60,
      "gct_ms": 297.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 28,
      "hr_z2_s": 164,
      "hr_z3_s": 396,
      "hr_z4_s": 5051,
      "hr_z5_s": 39,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 233.6,
      "load_estimated": false,
      "longest_descent_distance_m": 6939.0,
      "longest_descent_m": 252.2,
      "moving_pace_s_per_km": 336.0,
      "moving_time_s": 5677,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 160.6,
      "profile_notes": [],
      "run_id": "2026-06-06-run.fit",
      "samples": 5678,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-06T08:03:00Z",
      "step_length_m": 1.156,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5677.0,
      "trimp": 233.6,
      "uphill_time_s": 711,
      "vertical_oscillation_mm": 96.3,
      "vertical_ratio_pct": 8.34,
      "warnings": []
    },
    {
      "ascent_m": 222.7,
      "average_pace_s_per_km": 322.7,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 155.9,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 225.3,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 9908.0,
      "downhill_time_s": 821,
      "duration_s": 3197,
      "faster_than_threshold_s": 652,
      "gct_balance_pct": 52.59,
      "gct_ms": 286.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 23,
      "hr_z3_s": 181,
      "hr_z4_s": 2082,
      "hr_z5_s": 900,
      "implausible_removed": 2,
      "intervals": 5,
      "load": 149.7,
      "load_estimated": false,
      "longest_descent_distance_m": 914.6,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 322.7,
      "moving_time_s": 3197,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 187.1,
      "profile_notes": [],
      "run_id": "2026-06-07-run.fit",
      "samples": 3198,
      "segments": [
        {
          "distance_m": 83.4,
          "duration_s": 21,
          "grade_pct": -8.8,
          "kind": "stride",
          "start_offset_s": 509
        },
        {
          "distance_m": 277.0,
          "duration_s": 74,
          "grade_pct": -6.2,
          "kind": "interval",
          "start_offset_s": 635
        },
        {
          "distance_m": 299.0,
          "duration_s": 80,
          "grade_pct": -6.8,
          "kind": "interval",
          "start_offset_s": 1226
        },
        {
          "distance_m": 247.3,
          "duration_s": 65,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 1834
        },
        {
          "distance_m": 292.4,
          "duration_s": 76,
          "grade_pct": -8.1,
          "kind": "interval",
          "start_offset_s": 2406
        },
        {
          "distance_m": 254.7,
          "duration_s": 65,
          "grade_pct": -8.9,
          "kind": "interval",
          "start_offset_s": 3011
        }
      ],
      "session_rpe_load": 159.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-07T07:56:00Z",
      "step_length_m": 1.189,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3197.0,
      "trimp": 149.7,
      "uphill_time_s": 1111,
      "vertical_oscillation_mm": 98.4,
      "vertical_ratio_pct": 8.37,
      "warnings": []
    },
    {
      "ascent_m": 101.7,
      "average_pace_s_per_km": 341.3,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 8.6,
      "cadence_spm": 153.2,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 103.4,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 10323.6,
      "downhill_time_s": 257,
      "duration_s": 3523,
      "faster_than_threshold_s": 3,
      "gct_balance_pct": 52.60,
      "gct_ms": 300.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 35,
      "hr_z3_s": 214,
      "hr_z4_s": 3261,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 146.3,
      "load_estimated": false,
      "longest_descent_distance_m": 180.6,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 341.3,
      "moving_time_s": 3523,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 176.4,
      "profile_notes": [],
      "run_id": "2026-06-08-run.fit",
      "samples": 3524,
      "segments": [],
      "session_rpe_load": 176.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-08T07:53:00Z",
      "step_length_m": 1.142,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3523.0,
      "trimp": 146.3,
      "uphill_time_s": 328,
      "vertical_oscillation_mm": 95.7,
      "vertical_ratio_pct": 8.36,
      "warnings": []
    },
    {
      "ascent_m": 227.3,
      "average_pace_s_per_km": 345.3,
      "cadence_matched_spm": 155.5,
      "cadence_sd_spm": 8.8,
      "cadence_spm": 153.1,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 254.8,
      "descent_per_km": 23.9,
      "device": "garmin fr945",
      "distance_m": 10656.7,
      "downhill_time_s": 975,
      "duration_s": 3680,
      "faster_than_threshold_s": 492,
      "gct_balance_pct": 52.60,
      "gct_ms": 301.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 18,
      "hr_z2_s": 95,
      "hr_z3_s": 595,
      "hr_z4_s": 2332,
      "hr_z5_s": 641,
      "implausible_removed": 0,
      "intervals": 1,
      "load": 156.8,
      "load_estimated": false,
      "longest_descent_distance_m": 909.5,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 345.3,
      "moving_time_s": 3680,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 170.7,
      "profile_notes": [],
      "run_id": "2026-06-09-run.fit",
      "samples": 3681,
      "segments": [
        {
          "distance_m": 237.1,
          "duration_s": 64,
          "grade_pct": -8.1,
          "kind": "interval",
          "start_offset_s": 2869
        }
      ],
      "session_rpe_load": 184.0,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-09T07:30:00Z",
      "step_length_m": 1.128,
      "step_length_matched_m": 1.165,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3680.0,
      "trimp": 156.8,
      "uphill_time_s": 1212,
      "vertical_oscillation_mm": 95.7,
      "vertical_ratio_pct": 8.55,
      "warnings": []
    },
    {
      "ascent_m": 213.8,
      "average_pace_s_per_km": 323.2,
      "cadence_matched_spm": 155.0,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 155.8,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 221.6,
      "descent_per_km": 22.9,
      "device": "garmin fr945",
      "distance_m": 9659.7,
      "downhill_time_s": 816,
      "duration_s": 3122,
      "faster_than_threshold_s": 694,
      "gct_balance_pct": 52.59,
      "gct_ms": 286.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 9,
      "hr_z2_s": 21,
      "hr_z3_s": 284,
      "hr_z4_s": 2002,
      "hr_z5_s": 807,
      "implausible_removed": 1,
      "intervals": 4,
      "load": 145.2,
      "load_estimated": false,
      "longest_descent_distance_m": 913.6,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 323.2,
      "moving_time_s": 3122,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 185.7,
      "profile_notes": [],
      "run_id": "2026-06-12-run.fit",
      "samples": 3123,
      "segments": [
        {
          "distance_m": 47.4,
          "duration_s": 12,
          "grade_pct": -9.2,
          "kind": "stride",
          "start_offset_s": 80
        },
        {
          "distance_m": 43.3,
          "duration_s": 11,
          "grade_pct": -7.1,
          "kind": "stride",
          "start_offset_s": 237
        },
        {
          "distance_m": 232.3,
          "duration_s": 63,
          "grade_pct": -7.2,
          "kind": "interval",
          "start_offset_s": 831
        },
        {
          "distance_m": 275.7,
          "duration_s": 72,
          "grade_pct": -7.7,
          "kind": "interval",
          "start_offset_s": 1409
        },
        {
          "distance_m": 287.7,
          "duration_s": 76,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 1998
        },
        {
          "distance_m": 254.2,
          "duration_s": 66,
          "grade_pct": -8.9,
          "kind": "interval",
          "start_offset_s": 2604
        }
      ],
      "session_rpe_load": 156.1,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-12T06:51:00Z",
      "step_length_m": 1.188,
      "step_length_matched_m": 1.169,
      "step_length_native": true,
      "strides": 2,
      "timer_time_s": 3122.0,
      "trimp": 145.2,
      "uphill_time_s": 1073,
      "vertical_oscillation_mm": 98.4,
      "vertical_ratio_pct": 8.38,
      "warnings": []
    },
    {
      "ascent_m": 133.6,
      "average_pace_s_per_km": 312.7,
      "cadence_matched_spm": 154.5,
      "cadence_sd_spm": 7.3,
      "cadence_spm": 156.1,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 326.2,
      "descent_per_km": 19.3,
      "device": "garmin fr945",
      "distance_m": 16897.0,
      "downhill_time_s": 1192,
      "duration_s": 5283,
      "faster_than_threshold_s": 967,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 118,
      "hr_z3_s": 125,
      "hr_z4_s": 4465,
      "hr_z5_s": 561,
      "implausible_removed": 1,
      "intervals": 2,
      "load": 238.8,
      "load_estimated": false,
      "longest_descent_distance_m": 6736.7,
      "longest_descent_m": 251.0,
      "moving_pace_s_per_km": 312.7,
      "moving_time_s": 5283,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 172.3,
      "profile_notes": [],
      "run_id": "2026-06-13-run.fit",
      "samples": 5284,
      "segments": [
        {
          "distance_m": 241.1,
          "duration_s": 67,
          "grade_pct": -5.3,
          "kind": "interval",
          "start_offset_s": 2168
        },
        {
          "distance_m": 70.4,
          "duration_s": 18,
          "grade_pct": -6.6,
          "kind": "stride",
          "start_offset_s": 3296
        },
        {
          "distance_m": 268.8,
          "duration_s": 73,
          "grade_pct": -5.0,
          "kind": "interval",
          "start_offset_s": 3380
        }
      ],
      "session_rpe_load": 264.1,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-13T06:20:00Z",
      "step_length_m": 1.224,
      "step_length_matched_m": 1.174,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 5283.0,
      "trimp": 238.8,
      "uphill_time_s": 671,
      "vertical_oscillation_mm": 97.6,
      "vertical_ratio_pct": 7.99,
      "warnings": []
    },
    {
      "ascent_m": 86.5,
      "average_pace_s_per_km": 316.1,
      "cadence_matched_spm": 154.7,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 156.5,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 86.8,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 8646.7,
      "downhill_time_s": 200,
      "duration_s": 2733,
      "faster_than_threshold_s": 177,
      "gct_balance_pct": 52.60,
      "gct_ms": 284.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 28,
      "hr_z3_s": 35,
      "hr_z4_s": 2648,
      "hr_z5_s": 3,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 123.5,
      "load_estimated": false,
      "longest_descent_distance_m": 180.0,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 316.1,
      "moving_time_s": 2733,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 190.8,
      "profile_notes": [],
      "run_id": "2026-06-14-run.fit",
      "samples": 2734,
      "segments": [],
      "session_rpe_load": 136.7,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-14T08:11:00Z",
      "step_length_m": 1.212,
      "step_length_matched_m": 1.173,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2733.0,
      "trimp": 123.5,
      "uphill_time_s": 235,
      "vertical_oscillation_mm": 98.6,
      "vertical_ratio_pct": 8.16,
      "warnings": []
    },
    {
      "ascent_m": 108.0,
      "average_pace_s_per_km": 333.7,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 9.6,
      "cadence_spm": 153.6,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 112.0,
      "descent_per_km": 10.2,
      "device": "garmin fr945",
      "distance_m": 11023.5,
      "downhill_time_s": 255,
      "duration_s": 3679,
      "faster_than_threshold_s": 24,
      "gct_balance_pct": 52.60,
      "gct_ms": 300.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 16,
      "hr_z2_s": 83,
      "hr_z3_s": 193,
      "hr_z4_s": 3379,
      "hr_z5_s": 9,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 158.1,
      "load_estimated": false,
      "longest_descent_distance_m": 176.2,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 333.7,
      "moving_time_s": 3679,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 180.1,
      "profile_notes": [],
      "run_id": "2026-06-16-run.fit",
      "samples": 3680,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-16T07:16:00Z",
      "step_length_m": 1.164,
      "step_length_matched_m": 1.171,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3679.0,
      "trimp": 158.1,
      "uphill_time_s": 313,
      "vertical_oscillation_mm": 95.5,
      "vertical_ratio_pct": 8.18,
      "warnings": []
    },
    {
      "ascent_m": 95.8,
      "average_pace_s_per_km": 344.3,
      "cadence_matched_spm": 155.7,
      "cadence_sd_spm": 2.1,
      "cadence_spm": 154.1,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 94.9,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 9519.8,
      "downhill_time_s": 255,
      "duration_s": 3278,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 52.61,
      "gct_ms": 293.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 19,
      "hr_z2_s": 33,
      "hr_z3_s": 65,
      "hr_z4_s": 3162,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 133.4,
      "load_estimated": false,
      "longest_descent_distance_m": 181.4,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 344.3,
      "moving_time_s": 3278,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 175.3,
      "profile_notes": [],
      "run_id": "2026-06-18-run.fit",
      "samples": 3279,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-18T06:26:00Z",
      "step_length_m": 1.130,
      "step_length_matched_m": 1.166,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3278.0,
      "trimp": 133.4,
      "uphill_time_s": 284,
      "vertical_oscillation_mm": 97.7,
      "vertical_ratio_pct": 8.67,
      "warnings": []
    },
    {
      "ascent_m": 200.0,
      "average_pace_s_per_km": 351.5,
      "cadence_matched_spm": 155.9,
      "cadence_sd_spm": 3.8,
      "cadence_spm": 153.6,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 197.4,
      "descent_per_km": 22.3,
      "device": "garmin fr945",
      "distance_m": 8853.9,
      "downhill_time_s": 789,
      "duration_s": 3112,
      "faster_than_threshold_s": 214,
      "gct_balance_pct": 52.60,
      "gct_ms": 295.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 51,
      "hr_z2_s": 34,
      "hr_z3_s": 533,
      "hr_z4_s": 2040,
      "hr_z5_s": 455,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 130.5,
      "load_estimated": false,
      "longest_descent_distance_m": 904.7,
      "longest_descent_m": 39.3,
      "moving_pace_s_per_km": 351.5,
      "moving_time_s": 3112,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 173.9,
      "profile_notes": [],
      "run_id": "2026-06-19-run.fit",
      "samples": 3113,
      "segments": [],
      "session_rpe_load": 155.6,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-19T06:25:00Z",
      "step_length_m": 1.108,
      "step_length_matched_m": 1.163,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3112.0,
      "trimp": 130.5,
      "uphill_time_s": 1101,
      "vertical_oscillation_mm": 97.4,
      "vertical_ratio_pct": 8.90,
      "warnings": []
    },
    {
      "ascent_m": 131.7,
      "average_pace_s_per_km": 320.8,
      "cadence_matched_spm": 154.8,
      "cadence_sd_spm": 7.3,
      "cadence_spm": 155.4,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 321.6,
      "descent_per_km": 19.0,
      "device": "garmin fr945",
      "distance_m": 16898.3,
      "downhill_time_s": 1241,
      "duration_s": 5421,
      "faster_than_threshold_s": 610,
      "gct_balance_pct": 52.59,
      "gct_ms": 291.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.996,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 133,
      "hr_z3_s": 131,
      "hr_z4_s": 4831,
      "hr_z5_s": 307,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 236.4,
      "load_estimated": false,
      "longest_descent_distance_m": 6988.7,
      "longest_descent_m": 251.4,
      "moving_pace_s_per_km": 320.8,
      "moving_time_s": 5421,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 168.0,
      "profile_notes": [],
      "run_id": "2026-06-20-run.fit",
      "samples": 5422,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-20T07:03:00Z",
      "step_length_m": 1.200,
      "step_length_matched_m": 1.172,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5421.0,
      "trimp": 236.4,
      "uphill_time_s": 644,
      "vertical_oscillation_mm": 97.2,
      "vertical_ratio_pct": 8.11,
      "warnings": []
    },
    {
      "ascent_m": 215.4,
      "average_pace_s_per_km": 340.3,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 10.0,
      "cadence_spm": 153.1,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 243.9,
      "descent_per_km": 24.3,
      "device": "garmin fr945",
      "distance_m": 10044.0,
      "downhill_time_s": 918,
      "duration_s": 3418,
      "faster_than_threshold_s": 534,
      "gct_balance_pct": 52.60,
      "gct_ms": 302.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.994,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 39,
      "hr_z3_s": 448,
      "hr_z4_s": 2293,
      "hr_z5_s": 619,
      "implausible_removed": 0,
      "intervals": 2,
      "load": 148.7,
      "load_estimated": false,
      "longest_descent_distance_m": 895.8,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 340.3,
      "moving_time_s": 3418,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 172.8,
      "profile_notes": [],
      "run_id": "2026-06-21-run.fit",
      "samples": 3419,
      "segments": [
        {
          "distance_m": 43.2,
          "duration_s": 11,
          "grade_pct": -10.7,
          "kind": "stride",
          "start_offset_s": 75
        },
        {
          "distance_m": 243.8,
          "duration_s": 67,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 1286
        },
        {
          "distance_m": 230.8,
          "duration_s": 63,
          "grade_pct": -7.6,
          "kind": "interval",
          "start_offset_s": 1890
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-21T07:56:00Z",
      "step_length_m": 1.143,
      "step_length_matched_m": 1.167,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3418.0,
      "trimp": 148.7,
      "uphill_time_s": 1178,
      "vertical_oscillation_mm": 95.3,
      "vertical_ratio_pct": 8.38,
      "warnings": []
    },
    {
      "ascent_m": 192.4,
      "average_pace_s_per_km": 346.4,
      "cadence_matched_spm": 155.8,
      "cadence_sd_spm": 3.9,
      "cadence_spm": 154.0,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 213.2,
      "descent_per_km": 23.8,
      "device": "garmin fr945",
      "distance_m": 8954.7,
      "downhill_time_s": 824,
      "duration_s": 3102,
      "faster_than_threshold_s": 278,
      "gct_balance_pct": 52.60,
      "gct_ms": 294.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 16,
      "hr_z2_s": 70,
      "hr_z3_s": 591,
      "hr_z4_s": 2062,
      "hr_z5_s": 364,
      "implausible_removed": 2,
      "intervals": 1,
      "load": 130.0,
      "load_estimated": false,
      "longest_descent_distance_m": 923.9,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 346.4,
      "moving_time_s": 3102,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 170.5,
      "profile_notes": [],
      "run_id": "2026-06-23-run.fit",
      "samples": 3103,
      "segments": [
        {
          "distance_m": 223.4,
          "duration_s": 60,
          "grade_pct": -9.0,
          "kind": "interval",
          "start_offset_s": 2772
        }
      ],
      "session_rpe_load": 155.1,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-23T06:34:00Z",
      "step_length_m": 1.122,
      "step_length_matched_m": 1.164,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3102.0,
      "trimp": 130.0,
      "uphill_time_s": 1064,
      "vertical_oscillation_mm": 97.5,
      "vertical_ratio_pct": 8.81,
      "warnings": []
    },
    {
      "ascent_m": 221.2,
      "average_pace_s_per_km": 339.8,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 9.4,
      "cadence_spm": 153.3,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 230.9,
      "descent_per_km": 22.8,
      "device": "garmin fr945",
      "distance_m": 10114.7,
      "downhill_time_s": 935,
      "duration_s": 3437,
      "faster_than_threshold_s": 480,
      "gct_balance_pct": 52.59,
      "gct_ms": 300.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.994,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 6,
      "hr_z2_s": 143,
      "hr_z3_s": 446,
      "hr_z4_s": 2145,
      "hr_z5_s": 678,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 150.0,
      "load_estimated": false,
      "longest_descent_distance_m": 895.1,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 339.8,
      "moving_time_s": 3437,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 177.1,
      "profile_notes": [],
      "run_id": "2026-06-26-run.fit",
      "samples": 3438,
      "segments": [
        {
          "distance_m": 260.1,
          "duration_s": 70,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 1349
        },
        {
          "distance_m": 98.7,
          "duration_s": 25,
          "grade_pct": -10.3,
          "kind": "stride",
          "start_offset_s": 2598
        }
      ],
      "session_rpe_load": 171.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-26T07:49:00Z",
      "step_length_m": 1.144,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3437.0,
      "trimp": 150.0,
      "uphill_time_s": 1143,
      "vertical_oscillation_mm": 95.7,
      "vertical_ratio_pct": 8.42,
      "warnings": []
    },
    {
      "ascent_m": 136.4,
      "average_pace_s_per_km": 315.4,
      "cadence_matched_spm": 154.5,
      "cadence_sd_spm": 8.3,
      "cadence_spm": 155.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 323.8,
      "descent_per_km": 19.2,
      "device": "garmin fr945",
      "distance_m": 16899.3,
      "downhill_time_s": 1250,
      "duration_s": 5330,
      "faster_than_threshold_s": 856,
      "gct_balance_pct": 52.60,
      "gct_ms": 290.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 67,
      "hr_z2_s": 111,
      "hr_z3_s": 92,
      "hr_z4_s": 4569,
      "hr_z5_s": 492,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 238.5,
      "load_estimated": false,
      "longest_descent_distance_m": 6941.1,
      "longest_descent_m": 252.6,
      "moving_pace_s_per_km": 315.4,
      "moving_time_s": 5330,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 171.2,
      "profile_notes": [],
      "run_id": "2026-06-27-run.fit",
      "samples": 5331,
      "segments": [
        {
          "distance_m": 224.7,
          "duration_s": 61,
          "grade_pct": -5.5,
          "kind": "interval",
          "start_offset_s": 2439
        }
      ],
      "session_rpe_load": 266.5,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-27T06:55:00Z",
      "step_length_m": 1.217,
      "step_length_matched_m": 1.173,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5330.0,
      "trimp": 238.5,
      "uphill_time_s": 694,
      "vertical_oscillation_mm": 97.1,
      "vertical_ratio_pct": 7.98,
      "warnings": []
    },
    {
      "ascent_m": 219.7,
      "average_pace_s_per_km": 326.6,
      "cadence_matched_spm": 155.2,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 155.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 209.0,
      "descent_per_km": 22.2,
      "device": "garmin fr945",
      "distance_m": 9400.8,
      "downhill_time_s": 752,
      "duration_s": 3070,
      "faster_than_threshold_s": 564,
      "gct_balance_pct": 52.60,
      "gct_ms": 287.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 15,
      "hr_z3_s": 207,
      "hr_z4_s": 2082,
      "hr_z5_s": 757,
      "implausible_removed": 0,
      "intervals": 5,
      "load": 142.4,
      "load_estimated": false,
      "longest_descent_distance_m": 914.5,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 326.6,
      "moving_time_s": 3070,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 187.7,
      "profile_notes": [],
      "run_id": "2026-06-28-run.fit",
      "samples": 3071,
      "segments": [
        {
          "distance_m": 256.1,
          "duration_s": 68,
          "grade_pct": -7.3,
          "kind": "interval",
          "start_offset_s": 352
        },
        {
          "distance_m": 233.7,
          "duration_s": 64,
          "grade_pct": -7.1,
          "kind": "interval",
          "start_offset_s": 512
        },
        {
          "distance_m": 66.8,
          "duration_s": 17,
          "grade_pct": -9.2,
          "kind": "stride",
          "start_offset_s": 1129
        },
        {
          "distance_m": 282.2,
          "duration_s": 75,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 1709
        },
        {
          "distance_m": 282.4,
          "duration_s": 74,
          "grade_pct": -8.4,
          "kind": "interval",
          "start_offset_s": 2297
        },
        {
          "distance_m": 255.8,
          "duration_s": 67,
          "grade_pct": -9.0,
          "kind": "interval",
          "start_offset_s": 2910
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-28T08:21:00Z",
      "step_length_m": 1.177,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3070.0,
      "trimp": 142.4,
      "uphill_time_s": 1145,
      "vertical_oscillation_mm": 98.3,
      "vertical_ratio_pct": 8.46,
      "warnings": []
    },
    {
      "ascent_m": 205.3,
      "average_pace_s_per_km": 328.4,
      "cadence_matched_spm": 155.3,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 155.4,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 208.0,
      "descent_per_km": 22.4,
      "device": "garmin fr945",
      "distance_m": 9282.1,
      "downhill_time_s": 757,
      "duration_s": 3048,
      "faster_than_threshold_s": 537,
      "gct_balance_pct": 52.60,
      "gct_ms": 288.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 17,
      "hr_z3_s": 227,
      "hr_z4_s": 2067,
      "hr_z5_s": 718,
      "implausible_removed": 1,
      "intervals": 4,
      "load": 138.5,
      "load_estimated": false,
      "longest_descent_distance_m": 904.4,
      "longest_descent_m": 39.9,
      "moving_pace_s_per_km": 328.4,
      "moving_time_s": 3048,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 184.3,
      "profile_notes": [],
      "run_id": "2026-06-30-run.fit",
      "samples": 3049,
      "segments": [
        {
          "distance_m": 251.3,
          "duration_s": 66,
          "grade_pct": -9.1,
          "kind": "interval",
          "start_offset_s": 137
        },
        {
          "distance_m": 271.7,
          "duration_s": 71,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 739
        },
        {
          "distance_m": 70.8,
          "duration_s": 18,
          "grade_pct": -10.2,
          "kind": "stride",
          "start_offset_s": 1363
        },
        {
          "distance_m": 251.6,
          "duration_s": 66,
          "grade_pct": -8.0,
          "kind": "interval",
          "start_offset_s": 1940
        },
        {
          "distance_m": 262.0,
          "duration_s": 71,
          "grade_pct": -7.2,
          "kind": "interval",
          "start_offset_s": 2543
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-30T07:51:00Z",
      "step_length_m": 1.172,
      "step_length_matched_m": 1.168,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3048.0,
      "trimp": 138.5,
      "uphill_time_s": 1061,
      "vertical_oscillation_mm": 98.2,
      "vertical_ratio_pct": 8.49,
      "warnings": []
    },
    {
      "ascent_m": 90.3,
      "average_pace_s_per_km": 316.3,
      "cadence_matched_spm": 154.8,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 156.4,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 89.8,
      "descent_per_km": 9.6,
      "device": "garmin fr945",
      "distance_m": 9323.2,
      "downhill_time_s": 210,
      "duration_s": 2949,
      "faster_than_threshold_s": 126,
      "gct_balance_pct": 52.59,
      "gct_ms": 284.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 17,
      "hr_z3_s": 57,
      "hr_z4_s": 2804,
      "hr_z5_s": 52,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 133.7,
      "load_estimated": false,
      "longest_descent_distance_m": 178.8,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 316.3,
      "moving_time_s": 2949,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 190.7,
      "profile_notes": [],
      "run_id": "2026-07-03-run.fit",
      "samples": 2950,
      "segments": [],
      "session_rpe_load": 147.4,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-07-03T06:14:00Z",
      "step_length_m": 1.212,
      "step_length_matched_m": 1.173,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2949.0,
      "trimp": 133.7,
      "uphill_time_s": 246,
      "vertical_oscillation_mm": 98.6,
      "vertical_ratio_pct": 8.17,
      "warnings": []
    },
    {
      "ascent_m": 135.7,
      "average_pace_s_per_km": 331.3,
      "cadence_matched_spm": 155.1,
      "cadence_sd_spm": 8.0,
      "cadence_spm": 154.3,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 323.6,
      "descent_per_km": 19.1,
      "device": "garmin fr945",
      "distance_m": 16898.4,
      "downhill_time_s": 1309,
      "duration_s": 5598,
      "faster_than_threshold_s": 344,
      "gct_balance_pct": 52.59,
      "gct_ms": 296.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 175,
      "hr_z3_s": 227,
      "hr_z4_s": 5058,
      "hr_z5_s": 124,
      "implausible_removed": 5,
      "intervals": 0,
      "load": 234.6,
      "load_estimated": false,
      "longest_descent_distance_m": 6972.0,
      "longest_descent_m": 252.4,
      "moving_pace_s_per_km": 331.3,
      "moving_time_s": 5598,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 163.0,
      "profile_notes": [],
      "run_id": "2026-07-04-run.fit",
      "samples": 5599,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-07-04T06:44:00Z",
      "step_length_m": 1.169,
      "step_length_matched_m": 1.170,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 5598.0,
      "trimp": 234.6,
      "uphill_time_s": 707,
      "vertical_oscillation_mm": 96.5,
      "vertical_ratio_pct": 8.25,
      "warnings": []
    },
    {
      "ascent_m": 225.0,
      "average_pace_s_per_km": 334.4,
      "cadence_matched_spm": 155.4,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 154.9,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 215.3,
      "descent_per_km": 22.3,
      "device": "garmin fr945",
      "distance_m": 9651.9,
      "downhill_time_s": 799,
      "duration_s": 3228,
      "faster_than_threshold_s": 515,
      "gct_balance_pct": 52.60,
      "gct_ms": 290.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 16,
      "hr_z2_s": 32,
      "hr_z3_s": 394,
      "hr_z4_s": 2110,
      "hr_z5_s": 677,
      "implausible_removed": 1,
      "intervals": 4,
      "load": 145.4,
      "load_estimated": false,
      "longest_descent_distance_m": 913.0,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 334.4,
      "moving_time_s": 3228,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 182.7,
      "profile_notes": [],
      "run_id": "2026-07-05-run.fit",
      "samples": 3229,
      "segments": [
        {
          "distance_m": 246.4,
          "duration_s": 68,
          "grade_pct": -7.8,
          "kind": "interval",
          "start_offset_s": 212
        },
        {
          "distance_m": 232.1,
          "duration_s": 63,
          "grade_pct": -7.6,
          "kind": "interval",
          "start_offset_s": 992
        },
        {
          "distance_m": 67.1,
          "duration_s": 17,
          "grade_pct": -9.8,
          "kind": "stride",
          "start_offset_s": 1630
        },
        {
          "distance_m": 232.6,
          "duration_s": 63,
          "grade_pct": -8.8,
          "kind": "interval",
          "start_offset_s": 2215
        },
        {
          "distance_m": 240.7,
          "duration_s": 64,
          "grade_pct": -9.0,
          "kind": "interval",
          "start_offset_s": 2834
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-07-05T06:18:00Z",
      "step_length_m": 1.155,
      "step_length_matched_m": 1.167,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 3228.0,
      "trimp": 145.4,
      "uphill_time_s": 1168,
      "vertical_oscillation_mm": 98.0,
      "vertical_ratio_pct": 8.59,
      "warnings": []
    }
  ],
  "schema": "gaitpipe.report/3",
  "season": {
    "active_days": 80,
    "activities": 80,
    "coverage": "80 of 126 days have a recorded activity, 46 are rest days (load 0) and 0 are untracked (unknown, not 0).",
    "days": 126,
    "first_day": "2026-03-02",
    "last_day": "2026-07-05",
    "rest_days": 46,
    "running_activities": 80,
    "untracked_days": 0,
    "weeks": 18
  },
  "skipped": [],
  "weeks": [
    {
      "ascent_m": 589.8,
      "cadence_matched_spm": 155.3,
      "coverage_days": 5,
      "descent_m": 570.1,
      "distance_km": 37.65,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 542.85,
      "monotony": 1.519,
      "rules": [
        {
          "baseline": null,
          "id": "L1",
          "note": "fewer than 30 days of records before this run",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L2",
          "note": "the 14 days to 2026-03-08 need to be tracked (untracked days or the season's first weeks)",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L3",
          "note": "needs 28 tracked days",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 825; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5193
        },
        {
          "baseline": null,
          "id": "L5",
          "note": "needs 28 tracked days",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 386",
          "status": "not_fired",
          "threshold": null,
          "value": 542.8492
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.2968
        },
        {
          "baseline": null,
          "id": "G2",
          "note": "needs step length in 2 of the 4 weeks before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 52.5967,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 5.0000
        },
        {
          "baseline": null,
          "id": "D1",
          "note": "weekly descent needs 2 covered weeks in the 4 before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "D2",
          "note": "needs 2 covered weeks in the 4 before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "ASC",
          "note": "needs 2 covered weeks in the 4 before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        }
      },
      "sites": [],
      "strain": 824.76,
      "untracked_days": 0,
      "week": "2026-W10",
      "week_start": "2026-03-02"
    },
    {
      "ascent_m": 506.6,
      "cadence_matched_spm": 155.4,
      "coverage_days": 4,
      "descent_m": 511.5,
      "distance_km": 30.68,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 441.99,
      "monotony": 1.133,
      "rules": [
        {
          "baseline": null,
          "id": "L1",
          "note": "fewer than 30 days of records before this run",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 37.6482,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -18.5137
        },
        {
          "baseline": null,
          "id": "L3",
          "note": "needs 28 tracked days",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 501",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1329
        },
        {
          "baseline": null,
          "id": "L5",
          "note": "needs 28 tracked days",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities",
          "status": "not_fired",
          "threshold": null,
          "value": 441.9856
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.4183
        },
        {
          "baseline": null,
          "id": "G2",
          "note": "needs step length in 2 of the 4 weeks before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 52.5983,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 9.0000
        },
        {
          "baseline": null,
          "id": "D1",
          "note": "weekly descent needs 2 covered weeks in the 4 before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "D2",
          "note": "needs 2 covered weeks in the 4 before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "ASC",
          "note": "needs 2 covered weeks in the 4 before",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        }
      },
      "sites": [],
      "strain": 500.74,
      "untracked_days": 0,
      "week": "2026-W11",
      "week_start": "2026-03-09"
    },
    {
      "ascent_m": 613.9,
      "cadence_matched_spm": 155.4,
      "coverage_days": 4,
      "descent_m": 587.1,
      "distance_km": 30.53,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 448.51,
      "monotony": 1.136,
      "rules": [
        {
          "baseline": null,
          "id": "L1",
          "note": "fewer than 30 days of records before this run",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 30.6781,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -0.4743
        },
        {
          "baseline": null,
          "id": "L3",
          "note": "needs 28 tracked days",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 510",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1361
        },
        {
          "baseline": null,
          "id": "L5",
          "note": "needs 28 tracked days",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 121",
          "status": "not_fired",
          "threshold": null,
          "value": 448.5072
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.3859
        },
        {
          "baseline": 1.1682,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0706
        },
        {
          "baseline": 52.5996,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 13.0000
        },
        {
          "baseline": 540.7983,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 703.0378,
          "value": 587.1000
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 548.1983,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 712.6578,
          "value": 613.9000
        },
        {
          "baseline": 9.3231,
          "id": "K1",
          "note": "pending confirmation: right peak hip adduction 14.0° vs 9.3° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 14.0280
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 18.9419,
          "id": "K3",
          "note": "pending confirmation: right knee flexion at initial contact 11.4° vs 18.9° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 11.4068
        },
        {
          "baseline": 6.2069,
          "id": "K4",
          "note": "pending confirmation: right peak knee internal rotation 10.3° vs 6.2° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 10.2742
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        }
      },
      "sites": [],
      "strain": 509.54,
      "untracked_days": 0,
      "week": "2026-W12",
      "week_start": "2026-03-16"
    },
    {
      "ascent_m": 576.5,
      "cadence_matched_spm": 155.3,
      "coverage_days": 5,
      "descent_m": 568.7,
      "distance_km": 37.33,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 534.81,
      "monotony": 1.536,
      "rules": [
        {
          "baseline": null,
          "id": "L1",
          "note": "fewer than 30 days of records before this run",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 30.5326,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 22.2533
        },
        {
          "baseline": 72.9290,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.12",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0085
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 822; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5364
        },
        {
          "baseline": 53.2826,
          "id": "L5",
          "note": "form = fitness 53.3 − fatigue 73.5 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -20.2422
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 256",
          "status": "not_fired",
          "threshold": null,
          "value": 534.8107
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.2993
        },
        {
          "baseline": 1.1679,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0586
        },
        {
          "baseline": 52.6006,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 18.0000
        },
        {
          "baseline": 556.2322,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 723.1019,
          "value": 568.7200
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 570.0989,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 741.1286,
          "value": 576.5200
        },
        {
          "baseline": 9.3231,
          "id": "K1",
          "note": "pending confirmation: right peak hip adduction 14.0° vs 9.3° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 14.0280
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 18.9419,
          "id": "K3",
          "note": "pending confirmation: right knee flexion at initial contact 11.4° vs 18.9° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 11.4068
        },
        {
          "baseline": 6.2069,
          "id": "K4",
          "note": "pending confirmation: right peak knee internal rotation 10.3° vs 6.2° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 10.2742
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        }
      },
      "sites": [],
      "strain": 821.70,
      "untracked_days": 0,
      "week": "2026-W13",
      "week_start": "2026-03-23"
    },
    {
      "ascent_m": 501.9,
      "cadence_matched_spm": 155.3,
      "coverage_days": 4,
      "descent_m": 466.2,
      "distance_km": 29.87,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 433.48,
      "monotony": 1.134,
      "rules": [
        {
          "baseline": 9.4565,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9007
        },
        {
          "baseline": 37.3271,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -19.9910
        },
        {
          "baseline": 70.4646,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.91",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1329
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 491",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1337
        },
        {
          "baseline": 56.6256,
          "id": "L5",
          "note": "form = fitness 56.6 − fatigue 79.8 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -23.2016
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 262",
          "status": "not_fired",
          "threshold": null,
          "value": 433.4798
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.3382
        },
        {
          "baseline": 1.1681,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0450
        },
        {
          "baseline": 52.6017,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 18.0000
        },
        {
          "baseline": 559.3542,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 727.1604,
          "value": 466.2400
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 571.7042,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 743.2154,
          "value": 501.8733
        },
        {
          "baseline": 9.3231,
          "id": "K1",
          "note": "pending confirmation: right peak hip adduction 14.0° vs 9.3° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 14.0280
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 18.9419,
          "id": "K3",
          "note": "pending confirmation: right knee flexion at initial contact 11.4° vs 18.9° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 11.4068
        },
        {
          "baseline": 6.2069,
          "id": "K4",
          "note": "pending confirmation: right peak knee internal rotation 10.3° vs 6.2° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 10.2742
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        }
      },
      "sites": [],
      "strain": 491.44,
      "untracked_days": 0,
      "week": "2026-W14",
      "week_start": "2026-03-30"
    },
    {
      "ascent_m": 453.6,
      "cadence_matched_spm": 155.6,
      "coverage_days": 4,
      "descent_m": 447.1,
      "distance_km": 26.83,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 383.05,
      "monotony": 1.103,
      "rules": [
        {
          "baseline": 9.0282,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9506
        },
        {
          "baseline": 29.8650,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -10.1655
        },
        {
          "baseline": 63.2945,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.81",
          "status": "not_fired",
          "threshold": null,
          "value": 0.7958
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 423",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1033
        },
        {
          "baseline": 55.6136,
          "id": "L5",
          "note": "form = fitness 55.6 − fatigue 50.4 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": 5.2462
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 207",
          "status": "not_fired",
          "threshold": null,
          "value": 383.0483
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.5809
        },
        {
          "baseline": 1.1681,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.1266
        },
        {
          "baseline": 52.5985,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 18.0000
        },
        {
          "baseline": 533.3917,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 693.4092,
          "value": 447.1400
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 549.7208,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 714.6371,
          "value": 453.6400
        },
        {
          "baseline": 9.3231,
          "id": "K1",
          "note": "pending confirmation: right peak hip adduction 14.0° vs 9.3° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 14.0280
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 18.9419,
          "id": "K3",
          "note": "pending confirmation: right knee flexion at initial contact 11.4° vs 18.9° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 11.4068
        },
        {
          "baseline": 6.2069,
          "id": "K4",
          "note": "pending confirmation: right peak knee internal rotation 10.3° vs 6.2° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)",
          "status": "pending_confirmation",
          "threshold": 3.0000,
          "value": 10.2742
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "low",
          "points": 1,
          "rules": [
            "G1"
          ]
        }
      },
      "sites": [],
      "strain": 422.62,
      "untracked_days": 0,
      "week": "2026-W15",
      "week_start": "2026-04-06"
    },
    {
      "ascent_m": 428.2,
      "cadence_matched_spm": 155.0,
      "coverage_days": 4,
      "descent_m": 615.2,
      "distance_km": 44.41,
      "high_intensity_min": 0.2,
      "jump_sessions": 0,
      "load": 625.79,
      "monotony": 1.146,
      "rules": [
        {
          "baseline": 10.6839,
          "id": "L1",
          "note": "small spike; baseline = longest run of 30 days, km",
          "status": "fired",
          "threshold": 1.1000,
          "value": 1.2167
        },
        {
          "baseline": 26.8291,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "fired",
          "threshold": 30.0000,
          "value": 65.5325
        },
        {
          "baseline": 74.9225,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.39",
          "status": "not_fired",
          "threshold": null,
          "value": 1.2942
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 717",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1457
        },
        {
          "baseline": 65.8359,
          "id": "L5",
          "note": "form = fitness 65.8 − fatigue 97.0 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -31.1320
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 370",
          "status": "not_fired",
          "threshold": null,
          "value": 625.7853
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.0475
        },
        {
          "baseline": 1.1678,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.2813
        },
        {
          "baseline": 52.6002,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 18.0000
        },
        {
          "baseline": 40.0000,
          "id": "D1",
          "note": "new long descent on 2026-04-18-run.fit, m",
          "status": "fired",
          "threshold": 52.0000,
          "value": 253.6000
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.2 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "fired",
          "threshold": 0.0000,
          "value": 0.1667
        },
        {
          "baseline": 536.4833,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 697.4283,
          "value": 428.1933
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "moderate",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "moderate",
          "points": 3,
          "rules": [
            "D2",
            "L2"
          ]
        },
        "pfp": {
          "capped": false,
          "level": "moderate",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [],
      "strain": 716.94,
      "untracked_days": 0,
      "week": "2026-W16",
      "week_start": "2026-04-13"
    },
    {
      "ascent_m": 839.7,
      "cadence_matched_spm": 155.3,
      "coverage_days": 5,
      "descent_m": 1078.8,
      "distance_km": 52.36,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 751.63,
      "monotony": 1.533,
      "rules": [
        {
          "baseline": 12.9992,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0700
        },
        {
          "baseline": 44.4109,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 17.9055
        },
        {
          "baseline": 87.4900,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.56",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1523
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 1153; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5334
        },
        {
          "baseline": 77.5331,
          "id": "L5",
          "note": "form = fitness 77.5 − fatigue 100.8 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -23.2775
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 467",
          "status": "not_fired",
          "threshold": null,
          "value": 751.6331
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.2777
        },
        {
          "baseline": 1.1687,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0221
        },
        {
          "baseline": 52.5996,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 17.0000
        },
        {
          "baseline": 524.3275,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "fired",
          "threshold": 681.6257,
          "value": 1078.8500
        },
        {
          "baseline": 0.0417,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0542,
          "value": 0.0000
        },
        {
          "baseline": 490.0567,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "fired",
          "threshold": 637.0737,
          "value": 839.7000
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no pain recorded in the 28-day window",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": null
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "moderate",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "high",
          "points": 4,
          "rules": [
            "ASC",
            "D2",
            "L2"
          ]
        },
        "pfp": {
          "capped": false,
          "level": "moderate",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [],
      "strain": 1152.53,
      "untracked_days": 0,
      "week": "2026-W17",
      "week_start": "2026-04-20"
    },
    {
      "ascent_m": 413.0,
      "cadence_matched_spm": 155.4,
      "coverage_days": 4,
      "descent_m": 602.9,
      "distance_km": 44.53,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 620.44,
      "monotony": 1.117,
      "rules": [
        {
          "baseline": 13.9090,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0654
        },
        {
          "baseline": 52.3629,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -14.9558
        },
        {
          "baseline": 89.2381,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.06",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1665
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 693",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1168
        },
        {
          "baseline": 81.2845,
          "id": "L5",
          "note": "form = fitness 81.3 − fatigue 104.1 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -22.8098
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 325",
          "status": "not_fired",
          "threshold": null,
          "value": 620.4370
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.4014
        },
        {
          "baseline": 1.1688,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0136
        },
        {
          "baseline": 52.6002,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 18.0000
        },
        {
          "baseline": 651.8600,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 847.4180,
          "value": 602.8667
        },
        {
          "baseline": 0.0417,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0542,
          "value": 0.0000
        },
        {
          "baseline": 555.8517,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 722.6072,
          "value": 413.0000
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 4.0000,
          "id": "S2",
          "note": "lateral (right) 5/10 on 4 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 5.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 6,
          "rules": [
            "D1",
            "G1",
            "L1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 4,
          "rules": [
            "ASC",
            "D2",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 4,
          "last_date": "2026-05-03",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 5
        }
      ],
      "strain": 692.90,
      "untracked_days": 0,
      "week": "2026-W18",
      "week_start": "2026-04-27"
    },
    {
      "ascent_m": 679.2,
      "cadence_matched_spm": 155.1,
      "coverage_days": 4,
      "descent_m": 879.4,
      "distance_km": 45.91,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 663.06,
      "monotony": 1.111,
      "rules": [
        {
          "baseline": 14.8182,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0614
        },
        {
          "baseline": 44.5316,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 3.0987
        },
        {
          "baseline": 92.5293,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.00",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0917
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 737",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1112
        },
        {
          "baseline": 85.6654,
          "id": "L5",
          "note": "form = fitness 85.7 − fatigue 101.0 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -15.3469
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities",
          "status": "not_fired",
          "threshold": null,
          "value": 663.0591
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.1360
        },
        {
          "baseline": 1.1689,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.1014
        },
        {
          "baseline": 52.6003,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 17.0000
        },
        {
          "baseline": 686.0167,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 891.8217,
          "value": 879.3700
        },
        {
          "baseline": 0.0417,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0542,
          "value": 0.0000
        },
        {
          "baseline": 533.6333,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 693.7233,
          "value": 679.1533
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 8.0000,
          "id": "S2",
          "note": "lateral (right) 6/10 on 8 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 6.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 6,
          "rules": [
            "D1",
            "G1",
            "L1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 4,
          "rules": [
            "ASC",
            "D2",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 8,
          "last_date": "2026-05-09",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 6
        }
      ],
      "strain": 736.78,
      "untracked_days": 0,
      "week": "2026-W19",
      "week_start": "2026-05-04"
    },
    {
      "ascent_m": 895.8,
      "cadence_matched_spm": 155.1,
      "coverage_days": 5,
      "descent_m": 1043.0,
      "distance_km": 55.22,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 808.94,
      "monotony": 1.458,
      "rules": [
        {
          "baseline": 15.7286,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0578
        },
        {
          "baseline": 45.9115,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 20.2773
        },
        {
          "baseline": 101.9267,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.19",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1765
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 1180",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4581
        },
        {
          "baseline": 94.2780,
          "id": "L5",
          "note": "form = fitness 94.3 − fatigue 119.9 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -25.6404
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 599",
          "status": "not_fired",
          "threshold": null,
          "value": 808.9398
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.1155
        },
        {
          "baseline": 1.1698,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0188
        },
        {
          "baseline": 52.6003,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 19.0000
        },
        {
          "baseline": 794.0742,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "fired",
          "threshold": 1032.2964,
          "value": 1042.9633
        },
        {
          "baseline": 0.0417,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0542,
          "value": 0.0000
        },
        {
          "baseline": 590.0117,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "fired",
          "threshold": 767.0152,
          "value": 895.7633
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 13.0000,
          "id": "S2",
          "note": "lateral (right) 7/10 on 13 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 7.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 5,
          "rules": [
            "D1",
            "G1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 4,
          "rules": [
            "ASC",
            "D2",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 13,
          "last_date": "2026-05-17",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 7
        }
      ],
      "strain": 1179.50,
      "untracked_days": 0,
      "week": "2026-W20",
      "week_start": "2026-05-11"
    },
    {
      "ascent_m": 527.2,
      "cadence_matched_spm": 155.1,
      "coverage_days": 4,
      "descent_m": 701.3,
      "distance_km": 43.87,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 627.08,
      "monotony": 1.058,
      "rules": [
        {
          "baseline": 16.6370,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0158
        },
        {
          "baseline": 55.2212,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -20.5514
        },
        {
          "baseline": 98.3541,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.90",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0211
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 663",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.0577
        },
        {
          "baseline": 93.5884,
          "id": "L5",
          "note": "form = fitness 93.6 − fatigue 100.4 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -6.8365
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 145",
          "status": "not_fired",
          "threshold": null,
          "value": 627.0835
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.1176
        },
        {
          "baseline": 1.1694,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0638
        },
        {
          "baseline": 52.6022,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 17.0000
        },
        {
          "baseline": 901.0125,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 1171.3162,
          "value": 701.3067
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 706.9042,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 918.9754,
          "value": 527.1900
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 17.0000,
          "id": "S2",
          "note": "lateral (right) 7/10 on 17 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 7.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 5,
          "rules": [
            "D1",
            "G1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 1,
          "rules": [
            "ASC"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 2,
          "rules": [
            "D1",
            "G1"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 17,
          "last_date": "2026-05-23",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 7
        }
      ],
      "strain": 663.29,
      "untracked_days": 0,
      "week": "2026-W21",
      "week_start": "2026-05-18"
    },
    {
      "ascent_m": 761.2,
      "cadence_matched_spm": 155.3,
      "coverage_days": 5,
      "descent_m": 974.6,
      "distance_km": 57.14,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 819.42,
      "monotony": 1.464,
      "rules": [
        {
          "baseline": 16.8998,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0000
        },
        {
          "baseline": 43.8724,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "fired",
          "threshold": 30.0000,
          "value": 30.2452
        },
        {
          "baseline": 107.6015,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.17",
          "status": "not_fired",
          "threshold": null,
          "value": 1.2071
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 1200",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4640
        },
        {
          "baseline": 101.1561,
          "id": "L5",
          "note": "form = fitness 101.2 − fatigue 129.9 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -28.7334
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 332",
          "status": "not_fired",
          "threshold": null,
          "value": 819.4177
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.2568
        },
        {
          "baseline": 1.1697,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0646
        },
        {
          "baseline": 52.6030,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 19.0000
        },
        {
          "baseline": 806.6267,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 1048.6147,
          "value": 974.6200
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 628.7767,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 817.4097,
          "value": 761.1700
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 19.0000,
          "id": "S2",
          "note": "lateral (right) 8/10 on 19 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 8.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 5,
          "rules": [
            "D1",
            "G1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 2,
          "rules": [
            "ASC",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 19,
          "last_date": "2026-05-31",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 8
        }
      ],
      "strain": 1199.64,
      "untracked_days": 0,
      "week": "2026-W22",
      "week_start": "2026-05-25"
    },
    {
      "ascent_m": 948.0,
      "cadence_matched_spm": 155.1,
      "coverage_days": 5,
      "descent_m": 1150.9,
      "distance_km": 58.43,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 853.52,
      "monotony": 1.481,
      "rules": [
        {
          "baseline": 16.8998,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9999
        },
        {
          "baseline": 57.1417,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 2.2622
        },
        {
          "baseline": 115.4760,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.14",
          "status": "not_fired",
          "threshold": null,
          "value": 1.2342
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 1264",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4814
        },
        {
          "baseline": 108.1115,
          "id": "L5",
          "note": "form = fitness 108.1 − fatigue 142.5 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -34.4061
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 682",
          "status": "not_fired",
          "threshold": null,
          "value": 853.5160
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.1492
        },
        {
          "baseline": 1.1697,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0327
        },
        {
          "baseline": 52.5999,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 19.0000
        },
        {
          "baseline": 899.5650,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 1169.4345,
          "value": 1150.8700
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 715.8192,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "fired",
          "threshold": 930.5649,
          "value": 947.9867
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 19.0000,
          "id": "S2",
          "note": "lateral (right) 8/10 on 19 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 8.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 5,
          "rules": [
            "D1",
            "G1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 2,
          "rules": [
            "ASC",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 19,
          "last_date": "2026-06-07",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 8
        }
      ],
      "strain": 1264.37,
      "untracked_days": 0,
      "week": "2026-W23",
      "week_start": "2026-06-01"
    },
    {
      "ascent_m": 763.0,
      "cadence_matched_spm": 155.0,
      "coverage_days": 5,
      "descent_m": 992.8,
      "distance_km": 56.18,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 810.53,
      "monotony": 1.437,
      "rules": [
        {
          "baseline": 16.8998,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9998
        },
        {
          "baseline": 58.4344,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -3.8516
        },
        {
          "baseline": 116.6872,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.06",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1217
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 1164",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4366
        },
        {
          "baseline": 110.7923,
          "id": "L5",
          "note": "form = fitness 110.8 − fatigue 130.9 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -20.0957
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 917",
          "status": "not_fired",
          "threshold": null,
          "value": 810.5251
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.0045
        },
        {
          "baseline": 1.1695,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0512
        },
        {
          "baseline": 52.5997,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 20.0000
        },
        {
          "baseline": 967.4400,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 1257.6720,
          "value": 992.8485
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 783.0275,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 1017.9358,
          "value": 762.9818
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 20.0000,
          "id": "S2",
          "note": "lateral (right) 8/10 on 20 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 8.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 5,
          "rules": [
            "D1",
            "G1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 2,
          "rules": [
            "ASC",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 3,
          "rules": [
            "D1",
            "G1",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 20,
          "last_date": "2026-06-14",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 8
        }
      ],
      "strain": 1164.40,
      "untracked_days": 0,
      "week": "2026-W24",
      "week_start": "2026-06-08"
    },
    {
      "ascent_m": 750.9,
      "cadence_matched_spm": 155.3,
      "coverage_days": 5,
      "descent_m": 969.8,
      "distance_km": 56.34,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 807.19,
      "monotony": 1.442,
      "rules": [
        {
          "baseline": 16.8998,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9999
        },
        {
          "baseline": 56.1837,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 0.2773
        },
        {
          "baseline": 119.0524,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.98",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1825
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 1164",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4420
        },
        {
          "baseline": 113.4770,
          "id": "L5",
          "note": "form = fitness 113.5 − fatigue 140.8 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -27.3049
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 5 activities; session RPE load 156",
          "status": "not_fired",
          "threshold": null,
          "value": 807.1907
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.2855
        },
        {
          "baseline": 1.1696,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0964
        },
        {
          "baseline": 52.5985,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 20.0000
        },
        {
          "baseline": 954.9113,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 1241.3847,
          "value": 969.7567
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 749.8321,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 974.7818,
          "value": 750.9400
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K3",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no kinematics session in the 28-day window",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 20.0000,
          "id": "S2",
          "note": "lateral (right) 8/10 on 20 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 8.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 5,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 4,
          "rules": [
            "G1",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 2,
          "rules": [
            "ASC",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 2,
          "rules": [
            "G1",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 20,
          "last_date": "2026-06-21",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 8
        }
      ],
      "strain": 1164.00,
      "untracked_days": 0,
      "week": "2026-W25",
      "week_start": "2026-06-15"
    },
    {
      "ascent_m": 769.7,
      "cadence_matched_spm": 155.1,
      "coverage_days": 4,
      "descent_m": 976.8,
      "distance_km": 45.37,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 660.92,
      "monotony": 1.073,
      "rules": [
        {
          "baseline": 16.8998,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0000
        },
        {
          "baseline": 56.3395,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -19.4713
        },
        {
          "baseline": 112.5683,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.80",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1363
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 709",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.0733
        },
        {
          "baseline": 109.6139,
          "id": "L5",
          "note": "form = fitness 109.6 − fatigue 127.9 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -18.3025
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 593",
          "status": "not_fired",
          "threshold": null,
          "value": 660.9234
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.1273
        },
        {
          "baseline": 1.1692,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0326
        },
        {
          "baseline": 52.5982,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 20.0000
        },
        {
          "baseline": 1022.0238,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 1328.6309,
          "value": 976.8400
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 805.7696,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 1047.5005,
          "value": 769.7400
        },
        {
          "baseline": 9.1361,
          "id": "K1",
          "note": "right, vs the left side",
          "status": "fired",
          "threshold": 3.0000,
          "value": 13.8736
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 18.3115,
          "id": "K3",
          "note": "right, vs the left side",
          "status": "fired",
          "threshold": 3.0000,
          "value": 10.9368
        },
        {
          "baseline": 5.3291,
          "id": "K4",
          "note": "right, vs the left side",
          "status": "fired",
          "threshold": 3.0000,
          "value": 9.1356
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 20.0000,
          "id": "S2",
          "note": "lateral (right) 8/10 on 20 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 8.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 7,
          "rules": [
            "G1",
            "K1",
            "K4",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 2,
          "rules": [
            "ASC",
            "L2"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 5,
          "rules": [
            "G1",
            "K1",
            "K3",
            "L2"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 20,
          "last_date": "2026-06-28",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 8
        }
      ],
      "strain": 709.40,
      "untracked_days": 0,
      "week": "2026-W26",
      "week_start": "2026-06-22"
    },
    {
      "ascent_m": 656.3,
      "cadence_matched_spm": 155.1,
      "coverage_days": 4,
      "descent_m": 836.8,
      "distance_km": 45.16,
      "high_intensity_min": 0.0,
      "jump_sessions": 0,
      "load": 652.26,
      "monotony": 1.076,
      "rules": [
        {
          "baseline": 16.8993,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9999
        },
        {
          "baseline": 45.3695,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -0.4712
        },
        {
          "baseline": 108.0302,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.86",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1518
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 702",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.0761
        },
        {
          "baseline": 106.4362,
          "id": "L5",
          "note": "form = fitness 106.4 − fatigue 124.4 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -17.9960
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 147",
          "status": "not_fired",
          "threshold": null,
          "value": 652.2572
        },
        {
          "baseline": 155.2124,
          "id": "G1",
          "note": "low (≤ 166 spm) at 3.03 m/s",
          "status": "fired",
          "threshold": 166.0000,
          "value": 155.1323
        },
        {
          "baseline": 1.1692,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0189
        },
        {
          "baseline": 52.5976,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "fired",
          "threshold": 3.0000,
          "value": 19.0000
        },
        {
          "baseline": 1022.5788,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 1329.3524,
          "value": 836.8000
        },
        {
          "baseline": 0.0000,
          "id": "D2",
          "note": "0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 0.0000,
          "value": 0.0000
        },
        {
          "baseline": 807.9121,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 1050.2858,
          "value": 656.3333
        },
        {
          "baseline": 9.1361,
          "id": "K1",
          "note": "right, vs the left side",
          "status": "fired",
          "threshold": 3.0000,
          "value": 13.8736
        },
        {
          "baseline": null,
          "id": "K2",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 18.3115,
          "id": "K3",
          "note": "right, vs the left side",
          "status": "fired",
          "threshold": 3.0000,
          "value": 10.9368
        },
        {
          "baseline": 5.3291,
          "id": "K4",
          "note": "right, vs the left side",
          "status": "fired",
          "threshold": 3.0000,
          "value": 9.1356
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no tendon (inferior pole) pain in the diary this week",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": 19.0000,
          "id": "S2",
          "note": "lateral (right) 8/10 on 19 days",
          "status": "fired",
          "threshold": 3.0000,
          "value": 8.0000
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "lateral: predictable_distance, eases_walking, downhill, long_run",
          "status": "fired",
          "threshold": 2.0000,
          "value": 4.0000
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "high",
          "points": 7,
          "rules": [
            "G1",
            "K1",
            "K4",
            "S2",
            "S3"
          ]
        },
        "patellar_tendinopathy": {
          "capped": true,
          "level": "low",
          "points": 1,
          "rules": [
            "ASC"
          ]
        },
        "pfp": {
          "capped": true,
          "level": "low",
          "points": 4,
          "rules": [
            "G1",
            "K1",
            "K3"
          ]
        }
      },
      "sites": [
        {
          "aggravators": [
            "downhill",
            "long_run",
            "predictable_distance",
            "eases_walking"
          ],
          "days": 19,
          "last_date": "2026-07-05",
          "sides": [
            "right"
          ],
          "site": "lateral",
          "worst_pain": 8
        }
      ],
      "strain": 701.93,
      "untracked_days": 0,
      "week": "2026-W27",
      "week_start": "2026-06-29"
    }
  ]
}
��
ana-ramp/report.html��<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knee-load screening — ana-ramp</title>
<style>
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
  background: #fff; max-width: 62rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #0072B2; }
h3 { font-size: 1.05rem; margin: .25rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.level { display: inline-block; padding: 0 .5rem; border-radius: .25rem; font-weight: 600;
  border: 1px solid #666; }
.level-none { background: #f2f2f2; } .level-low { background: #56B4E9; }
.level-moderate { background: #E69F00; } .level-high { background: #D55E00; color: #fff; }
.presentations { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
article.presentation { border: 1px solid #ccc; border-top: 6px solid #0072B2; border-radius: .25rem;
  padding: .5rem .75rem; }
article.presentation.at-moderate, article.presentation.at-high { border-top-color: #D55E00; }
article.presentation ul { padding-left: 1.2rem; margin: .25rem 0; }
.advice { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .5rem; }
.advice h4 { margin: .5rem 0 0; font-size: .95rem; }
.note { color: #444; font-size: .9rem; }
figure.chart-figure { margin: 1.5rem 0; }
figcaption { margin-bottom: .5rem; }
.chart-box { overflow-x: auto; }
/* Charts side by side where two fit, one per row on a phone; each scales to its cell (viewBox). */
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 0 1.5rem; }
.figures figure.chart-figure { margin: 1rem 0; }
svg.chart { display: block; width: 100%; max-width: 36rem; height: auto; }
.site-summary { font-weight: 600; border-left: 6px solid #0072B2; padding: .25rem .75rem; background: #f4f8fb; }
article.presentation .cap { font-weight: 600; }
details.numbers summary { cursor: pointer; color: #0072B2; }
.disclaimer { font-weight: 600; border-top: 2px solid #0072B2; padding-top: .5rem; margin-top: 2rem; }
td.spark svg { display: block; } td.nowrap, th.nowrap { white-space: nowrap; }
table.firings tr.detail td { font-size: .8rem; color: #444; padding-top: 0; }
table.firings tbody tr:first-child > * { border-bottom: none; }
@media (max-width: 40rem) {
  body { padding: .5rem; } dl.facts { grid-template-columns: 1fr; } dl.facts dt { margin-top: .25rem; }
  table { font-size: .8rem; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; } .scroll, .chart-box { overflow: visible; }
  svg.chart { max-height: 120mm; max-width: 100%; }
  .figures { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
  figure, article, tr, tbody, dl.facts { break-inside: avoid; } h2, h3, caption { break-after: avoid; }
  thead { display: table-header-group; }
  details.numbers { display: none; }
  section.new-page { break-before: page; }
  .presentations { display: block; } article.presentation { margin-bottom: 4mm; }
  /* Reference tables in a smaller type, the parameters in three columns: the method and the
     parameters are looked up, not read, and should not take as many pages as the findings. */
  th, td { padding: .15rem .4rem; }
  #method table { font-size: 8pt; }
  #parameters table, #parameters tbody { display: block; font-size: 8pt; }
  #parameters thead { display: none; }
  #parameters tbody { columns: 3; column-gap: 6mm; }
  #parameters tr { display: flex; justify-content: space-between; gap: 2mm; break-inside: avoid; }
  #parameters th, #parameters td { padding: .05rem 0; border-bottom: 1px solid #eee; }
}
</style>
</head>
<body>
<header>
<h1>Knee-load screening: ana-ramp</h1>
<dl class="facts">
<dt>Season</dt><dd>2026-03-02 to 2026-07-05 (126 days, 18 ISO weeks)</dd>
<dt>As of</dt><dd>2026-07-05 (the last data date)</dd>
<dt>Data coverage</dt><dd>80 of 126 days have a recorded activity, 46 are rest days (load 0) and 0 are untracked (unknown, not 0).</dd>
<dt>Activities</dt><dd>80 (80 running)</dd>
<dt>Devices seen</dt><dd>garmin fr945</dd>
<dt>Load units</dt><dd>daily load (L3–L5) in Banister TRIMP, since at least 80 % of runs have heart rate; L1 and L2 use distance</dd>
</dl>
<ul class="note">
<li>Loads (L3–L5) in Banister TRIMP: 46% of sessions have an RPE (&lt; 80%) and 100% of runs have heart rate (≥ 80%).</li>
<li>Coverage: 80 active, 46 rest and 0 untracked days from 2026-03-02 to 2026-07-05.</li>
<li>L3 (ACWR) is descriptive only; L5 uses λ = 2/(N+1) (Runalyze convention; GoldenCheetah uses 1 − e^(−1/N)).</li>
</ul>
</header>
<main>
<section id="now">
<h2>Now (week 2026-W27)</h2>
<p class="site-summary">Pain reported at the lateral knee (right), worst 8/10 on 19 days in the 28 days to 2026-07-05: points to iliotibial band syndrome.</p>
<p>Each level counts the rules that fired in the last ISO week or in the 28 days before its Sunday: 0 points is none, 1 low, 2–3 moderate, 4 or more high. It says how far the data is <em>consistent with</em> a pattern, not how likely an injury is. The presentation the data points to first comes first: the highest level, at equal levels the one at a reported site. The knee is the site, rarely the source — look above (hip, pelvis) and at load.</p>
<div class="presentations">
<article class="presentation at-high">
<h3>Iliotibial band syndrome <span class="level level-high">high</span></h3>
<p>Pattern consistent with iliotibial band syndrome: high (7 points)</p>
<p class="note">7 points from G1, K1, K4, S2, S3.</p>
<h4>Reasons, the most points first</h4>
<ul>
<li>K1 right +2: right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)</li>
<li>S2 lateral +2: pain reported at the lateral knee (right), worst pain 8/10 on 19 days in the 28 days to 2026-07-05 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome (2026-07-05; the strongest of 5 firings in the window) — Lavine 2010, Curr Rev Musculoskelet Med (ITBS)</li>
<li>G1 low +1: cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not &quot;180&quot; (2026-06-14; the strongest of 5 firings in the window) — Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)</li>
</ul>
<details><summary>2 more reasons</summary>
<ul>
<li>K4 right +1: right peak hip internal rotation 9.1° vs 5.3° for the left side (≥ 3.0° more), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3)</li>
<li>S3 lateral +1: at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-07-05: aggravators of iliotibial band syndrome (+1) (2026-07-05; the strongest of 5 firings in the window) — Lavine 2010, Curr Rev Musculoskelet Med (ITBS)</li>
</ul>
</details>
<div class="advice">
<div><h4>Do</h4>
<ul>
<li>Cadence +5–10% of the preferred cadence, the usual first gait change: in healthy runners +10% lowered peak hip adduction and knee energy absorption (Heiderscheit 2011)</li>
<li>Hip strengthening for the longer term</li>
<li>Reduce long runs and downhill running while symptoms settle</li>
</ul></div>
<div><h4>Don't</h4>
<ul>
<li>Foam rolling and ITB stretching only as adjuncts, never the primary treatment: the ITB lengthens &lt; 0.5% (Falvey 2010)</li>
<li>It is compression of innervated fat (Fairclough 2006), not friction</li>
</ul></div>
</div>
</article>
<article class="presentation at-low capped">
<h3>Patellofemoral pain <span class="level level-low">low</span></h3>
<p class="cap">Capped at low: pain reported at the lateral knee (right); its firings stay listed below.</p>
<p>Pattern consistent with patellofemoral pain: low (capped at low: pain reported at the lateral knee, not around the kneecap (peripatellar); 4 points before the cap)</p>
<p class="note">4 points before the cap from G1, K1, K3.</p>
<h4>Reasons, the most points first</h4>
<ul>
<li>K1 right +2: right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)</li>
<li>G1 low +1: cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not &quot;180&quot; (2026-06-14; the strongest of 5 firings in the window) — Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)</li>
<li>K3 right +1: right knee flexion at initial contact 10.9° vs 18.3° for the left side (≥ 3.0° more extended), seen in 2 sessions (2026-06-24, kinematics/2026-06-24-treadmill.csv) — Bramah 2018, AJSM</li>
</ul>
<div class="advice">
<div><h4>Do</h4>
<ul>
<li>Add hip abductor and external-rotator strengthening to quadriceps work (Lack 2015 meta-analysis; Ferber 2015 RCT: hip programme eased pain about a week sooner)</li>
<li>Gait retraining to reduce peak hip adduction; cadence +5–10% of the preferred cadence (Heiderscheit 2011; Lenhart 2014)</li>
<li>Manage hills (especially descents), stairs and long runs while symptoms settle</li>
</ul></div>
<div><h4>Don't</h4>
<ul>
<li>Do not treat only the site of pain: the knee is the site, rarely the source — look at the hip and the load</li>
<li>Hip weakness is an associated deficit (Bolgla 2008), not a proven cause (Rathleff 2014)</li>
</ul></div>
</div>
</article>
<article class="presentation at-low capped">
<h3>Patellar tendinopathy <span class="level level-low">low</span></h3>
<p class="cap">Capped at low: pain reported at the lateral knee (right); its firings stay listed below.</p>
<p>Pattern consistent with patellar tendinopathy: low (capped at low: pain reported at the lateral knee, not at the inferior pole of the patella; 1 point before the cap)</p>
<p class="note">1 point before the cap from ASC.</p>
<h4>Reasons, the most points first</h4>
<ul>
<li>ASC +1: 948 m climbed in week 2026-W23 vs a 4-week mean of 716 m (&gt; 1.3×) (2026-06-07) — expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther)</li>
</ul>
<div class="advice">
<div><h4>Do</h4>
<ul>
<li>Heavy slow resistance and progressive tendon loading</li>
<li>Pain-monitored return: pain during ≤ 5/10 that settles by the next morning (Silbernagel 2007)</li>
<li>Avoid load spikes in jumping, sprinting and hills</li>
</ul></div>
<div><h4>Don't</h4>
<ul>
<li>No complete rest</li>
<li>Ice and NSAIDs are of limited long-term value (degenerative, not inflammatory)</li>
</ul></div>
</div>
</article>
</div>
<details class="rule-states"><summary>Every rule this week: 7 fired, 0 rules with insufficient data</summary>
<div class="scroll"><table>
<caption>Every rule in 2026-W27</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">State</th><th scope="col" class="num">Value</th><th scope="col" class="num">Threshold</th><th scope="col" class="num">Baseline</th><th scope="col">Note</th></tr></thead>
<tbody>
<tr><th scope="row">L1 session spike (distance ÷ longest run in the previous 30 days)</th><td>not fired</td><td class="num">1.00</td><td class="num">1.10</td><td class="num">16.90</td><td>baseline = longest run of 30 days, km</td></tr>
<tr><th scope="row">L2 weekly progression (last 7 d ÷ preceding 7 d − 1)</th><td>not fired</td><td class="num">-0.47</td><td class="num">30.00</td><td class="num">45.37</td><td>% change; baseline = preceding 7 days, km</td></tr>
<tr><th scope="row">L3 acute:chronic workload ratio (EWMA λ 0.25 / 0.069 and uncoupled rolling)</th><td>not fired</td><td class="num">1.15</td><td class="num">—</td><td class="num">108.03</td><td>descriptive only (no threshold: Impellizzeri 2020); rolling 0.86</td></tr>
<tr><th scope="row">L4 Foster monotony (mean ÷ SD of daily load over 7 days) and strain</th><td>not fired</td><td class="num">1.08</td><td class="num">2.00</td><td class="num">—</td><td>strain 702</td></tr>
<tr><th scope="row">L5 fitness / fatigue / form (EWMA 42 d / 7 d, λ = 2/(N+1))</th><td>not fired</td><td class="num">-18.00</td><td class="num">—</td><td class="num">106.44</td><td>form = fitness 106.4 − fatigue 124.4 (trimp, λ = 2/(N+1))</td></tr>
<tr><th scope="row">L6 internal load: Banister TRIMP, session RPE × minutes</th><td>not fired</td><td class="num">652.26</td><td class="num">—</td><td class="num">—</td><td>Banister TRIMP, 4 activities; session RPE load 147</td></tr>
<tr><th scope="row">G1 cadence at matched speed (own cadence-on-speed regression)</th><td>fired</td><td class="num">155.13</td><td class="num">166.00</td><td class="num">155.21</td><td>low (≤ 166 spm) at 3.03 m/s</td></tr>
<tr><th scope="row">G2 step length at matched speed vs own baseline</th><td>not fired</td><td class="num">0.02</td><td class="num">10.00</td><td class="num">1.17</td><td>% vs 4-week mean step length (m) at matched speed</td></tr>
<tr><th scope="row">G3 ground-contact asymmetry (|stance_time_balance − 50| &gt; 2% on &gt; 3 runs)</th><td>fired</td><td class="num">19.00</td><td class="num">3.00</td><td class="num">52.60</td><td>runs with |balance − 50| &gt; 2.0% in the 28-day window (context only)</td></tr>
<tr><th scope="row">D1 descent load (weekly descent vs 4-week mean; new long descent vs 30 days)</th><td>not fired</td><td class="num">836.80</td><td class="num">1329.35</td><td class="num">1022.58</td><td>weekly descent, m</td></tr>
<tr><th scope="row">D2 high-intensity volume: minutes above threshold pace (not downhill) or at HR Z4–5, strides and sprints included; jump sessions (plyometric or HIIT)</th><td>not fired</td><td class="num">0.00</td><td class="num">0.00</td><td class="num">0.00</td><td>0.0 high-intensity min (4-week mean 0.0); 0 jump sessions (4-week mean 0.0)</td></tr>
<tr><th scope="row">ASC ascent / stair spike (weekly ascent vs 4-week mean)</th><td>not fired</td><td class="num">656.33</td><td class="num">1050.29</td><td class="num">807.91</td><td>weekly ascent, m</td></tr>
<tr><th scope="row">K1 peak hip adduction in stance</th><td>fired</td><td class="num">13.87</td><td class="num">3.00</td><td class="num">9.14</td><td>right, vs the left side</td></tr>
<tr><th scope="row">K2 contralateral pelvic drop at midstance</th><td>not fired</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)</td></tr>
<tr><th scope="row">K3 knee more extended at initial contact (overstriding)</th><td>fired</td><td class="num">10.94</td><td class="num">3.00</td><td class="num">18.31</td><td>right, vs the left side</td></tr>
<tr><th scope="row">K4 peak knee or hip internal rotation</th><td>fired</td><td class="num">9.14</td><td class="num">3.00</td><td class="num">5.33</td><td>right, vs the left side</td></tr>
<tr><th scope="row">S1 tendon pain monitoring (pain during &gt; 5/10, not settled by next morning, or morning pain rising)</th><td>not fired</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no tendon (inferior pole) pain in the diary this week</td></tr>
<tr><th scope="row">S2 pain site (peripatellar → PFP, lateral → ITBS, inferior pole → patellar tendinopathy)</th><td>fired</td><td class="num">8.00</td><td class="num">3.00</td><td class="num">19.00</td><td>lateral (right) 8/10 on 19 days</td></tr>
<tr><th scope="row">S3 aggravators of the presentation at its own site (two distinct)</th><td>fired</td><td class="num">4.00</td><td class="num">2.00</td><td class="num">—</td><td>lateral: predictable_distance, eases_walking, downhill, long_run</td></tr>
</tbody>
</table></div>
</details>
<p class="disclaimer">This is a screening summary, not a diagnosis — a clinical assessment decides.</p>
</section>
<section id="charts" class="new-page">
<h2>The season at a glance</h2>
<p class="note">Hatched areas mark days or weeks without data: unknown, not zero. Each chart's numbers are in the table under it.</p>
<div class="figures">
<figure id="fig-weekly-distance" class="chart-figure">
<figcaption><strong>Weekly running distance (km) with session spikes.</strong> Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 58.4 km in 2026-W23. Triangles mark weeks with an L1 session spike (a run longer than 1.10 × the longest run of the previous 30 days): 2026-W16. </figcaption>
<div class="chart-box">
<svg id="weekly-distance" class="chart" viewBox="0 0 380.0 274.0" width="380.0" height="274.0" role="img" aria-labelledby="weekly-distance-title weekly-distance-desc" font-family="system-ui, sans-serif">
<title id="weekly-distance-title">Weekly running distance (km) with session spikes</title>
<desc id="weekly-distance-desc">Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 58.4 km in 2026-W23. Triangles mark weeks with an L1 session spike (a run longer than 1.10 × the longest run of the previous 30 days): 2026-W16. </desc>
<defs><pattern id="weekly-distance-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#0072B2"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">distance</text>
<polygon points="59.0,24.0 69.0,24.0 64.0,33.0" fill="#D55E00"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">L1 session spike that week</text>
<rect x="56.0" y="43.0" width="16.0" height="10.0" fill="url(#weekly-distance-nodata)" stroke="#bbb"/>
<text x="78.0" y="52.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">no recording</text>
<line x1="56.0" y1="248.0" x2="364.0" y2="248.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="252.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="208.0" x2="364.0" y2="208.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="212.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">20</text>
<line class="grid" x1="56.0" y1="168.0" x2="364.0" y2="168.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="172.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">40</text>
<line class="grid" x1="56.0" y1="128.0" x2="364.0" y2="128.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="132.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">60</text>
<line class="grid" x1="56.0" y1="88.0" x2="364.0" y2="88.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="92.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">80</text>
<line x1="56.0" y1="88.0" x2="56.0" y2="248.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="82.0" text-anchor="start" font-size="12.0" fill="#444">km</text>
<rect x="58.6" y="172.7" width="12.0" height="75.3" fill="#0072B2"><title>2026-W10: 37.6 km</title></rect>
<rect x="75.7" y="186.6" width="12.0" height="61.4" fill="#0072B2"><title>2026-W11: 30.7 km</title></rect>
<rect x="92.8" y="186.9" width="12.0" height="61.1" fill="#0072B2"><title>2026-W12: 30.5 km</title></rect>
<rect x="109.9" y="173.3" width="12.0" height="74.7" fill="#0072B2"><title>2026-W13: 37.3 km</title></rect>
<rect x="127.0" y="188.3" width="12.0" height="59.7" fill="#0072B2"><title>2026-W14: 29.9 km</title></rect>
<rect x="144.1" y="194.3" width="12.0" height="53.7" fill="#0072B2"><title>2026-W15: 26.8 km</title></rect>
<rect x="161.2" y="159.2" width="12.0" height="88.8" fill="#0072B2"><title>2026-W16: 44.4 km</title></rect>
<rect x="178.3" y="143.3" width="12.0" height="104.7" fill="#0072B2"><title>2026-W17: 52.4 km</title></rect>
<rect x="195.5" y="158.9" width="12.0" height="89.1" fill="#0072B2"><title>2026-W18: 44.5 km</title></rect>
<rect x="212.6" y="156.2" width="12.0" height="91.8" fill="#0072B2"><title>2026-W19: 45.9 km</title></rect>
<rect x="229.7" y="137.6" width="12.0" height="110.4" fill="#0072B2"><title>2026-W20: 55.2 km</title></rect>
<rect x="246.8" y="160.3" width="12.0" height="87.7" fill="#0072B2"><title>2026-W21: 43.9 km</title></rect>
<rect x="263.9" y="133.7" width="12.0" height="114.3" fill="#0072B2"><title>2026-W22: 57.1 km</title></rect>
<rect x="281.0" y="131.1" width="12.0" height="116.9" fill="#0072B2"><title>2026-W23: 58.4 km</title></rect>
<rect x="298.1" y="135.6" width="12.0" height="112.4" fill="#0072B2"><title>2026-W24: 56.2 km</title></rect>
<rect x="315.2" y="135.3" width="12.0" height="112.7" fill="#0072B2"><title>2026-W25: 56.3 km</title></rect>
<rect x="332.3" y="157.3" width="12.0" height="90.7" fill="#0072B2"><title>2026-W26: 45.4 km</title></rect>
<rect x="349.5" y="157.7" width="12.0" height="90.3" fill="#0072B2"><title>2026-W27: 45.2 km</title></rect>
<polygon points="161.2,146.2 173.2,146.2 167.2,156.2" fill="#D55E00" stroke="#1a1a1a"><title>2026-W16: 2 L1 session spikes, largest small</title></polygon>
<text x="81.7" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="264.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
</svg>
</div>
<details class="numbers"><summary>Weekly running distance (km) with session spikes: the numbers</summary>
<div class="scroll"><table>
<caption>Weekly distance and L1 session spikes</caption>
<thead><tr><th scope="col">Week</th><th scope="col">Starts</th><th scope="col" class="num">Distance (km)</th><th scope="col" class="num">Runs</th><th scope="col" class="num">Days recorded</th><th scope="col" class="num">L1 spikes</th><th scope="col">Largest spike</th></tr></thead>
<tbody>
<tr><th scope="row">2026-W10</th><td>2026-03-02</td><td class="num">37.6</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W11</th><td>2026-03-09</td><td class="num">30.7</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W12</th><td>2026-03-16</td><td class="num">30.5</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W13</th><td>2026-03-23</td><td class="num">37.3</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W14</th><td>2026-03-30</td><td class="num">29.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W15</th><td>2026-04-06</td><td class="num">26.8</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W16</th><td>2026-04-13</td><td class="num">44.4</td><td class="num">4</td><td class="num">4</td><td class="num">2</td><td>small</td></tr>
<tr><th scope="row">2026-W17</th><td>2026-04-20</td><td class="num">52.4</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W18</th><td>2026-04-27</td><td class="num">44.5</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W19</th><td>2026-05-04</td><td class="num">45.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W20</th><td>2026-05-11</td><td class="num">55.2</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W21</th><td>2026-05-18</td><td class="num">43.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W22</th><td>2026-05-25</td><td class="num">57.1</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W23</th><td>2026-06-01</td><td class="num">58.4</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W24</th><td>2026-06-08</td><td class="num">56.2</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W25</th><td>2026-06-15</td><td class="num">56.3</td><td class="num">5</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W26</th><td>2026-06-22</td><td class="num">45.4</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W27</th><td>2026-06-29</td><td class="num">45.2</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-level-strip" class="chart-figure">
<figcaption><strong>Level by week, per presentation.</strong> Each cell is one ISO week from 2026-W10 to 2026-W27; taller and darker means a higher pattern-consistency level, and the letter names it. Patellofemoral pain: highest moderate (first in 2026-W16), 2 weeks at moderate or high, latest low; Iliotibial band syndrome: highest high (first in 2026-W18), 12 weeks at moderate or high, latest high; Patellar tendinopathy: highest high (first in 2026-W17), 2 weeks at moderate or high, latest low.</figcaption>
<div class="chart-box">
<svg id="level-strip" class="chart" viewBox="0 0 380.0 280.0" width="380.0" height="280.0" role="img" aria-labelledby="level-strip-title level-strip-desc" font-family="system-ui, sans-serif">
<title id="level-strip-title">Level by week, per presentation</title>
<desc id="level-strip-desc">Each cell is one ISO week from 2026-W10 to 2026-W27; taller and darker means a higher pattern-consistency level, and the letter names it. Patellofemoral pain: highest moderate (first in 2026-W16), 2 weeks at moderate or high, latest low; Iliotibial band syndrome: highest high (first in 2026-W18), 12 weeks at moderate or high, latest high; Patellar tendinopathy: highest high (first in 2026-W17), 2 weeks at moderate or high, latest low.</desc>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#e8e8e8"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">n = none</text>
<rect x="151.5" y="7.0" width="16.0" height="10.0" fill="#56B4E9"/>
<text x="173.5" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">L = low</text>
<rect x="239.6" y="7.0" width="16.0" height="10.0" fill="#E69F00"/>
<text x="261.6" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">M = moderate</text>
<rect x="56.0" y="25.0" width="16.0" height="10.0" fill="#D55E00"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">H = high</text>
<text x="56.0" y="61.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">Patellofemoral pain</text>
<line x1="56.0" y1="96.0" x2="364.0" y2="96.0" stroke="#666" stroke-width="1.0"/>
<rect x="57.0" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W10 Patellofemoral pain: low, 1 point (G1)</title></rect>
<text x="64.6" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="74.1" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W11 Patellofemoral pain: low, 1 point (G1)</title></rect>
<text x="81.7" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="91.2" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W12 Patellofemoral pain: low, 1 point (G1)</title></rect>
<text x="98.8" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="108.3" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W13 Patellofemoral pain: low, 1 point (G1)</title></rect>
<text x="115.9" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="125.4" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W14 Patellofemoral pain: low, 1 point (G1)</title></rect>
<text x="133.0" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="142.6" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W15 Patellofemoral pain: low, 1 point (G1)</title></rect>
<text x="150.1" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="159.7" y="75.0" width="15.1" height="21.0" fill="#E69F00" stroke="#666"><title>2026-W16 Patellofemoral pain: moderate, 3 points (D1, G1, L2)</title></rect>
<text x="167.2" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">M</text>
<rect x="176.8" y="75.0" width="15.1" height="21.0" fill="#E69F00" stroke="#666"><title>2026-W17 Patellofemoral pain: moderate, 3 points (D1, G1, L2)</title></rect>
<text x="184.3" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">M</text>
<rect x="193.9" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W18 Patellofemoral pain: low, 3 points (D1, G1, L2)</title></rect>
<text x="201.4" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="211.0" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W19 Patellofemoral pain: low, 3 points (D1, G1, L2)</title></rect>
<text x="218.6" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="228.1" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W20 Patellofemoral pain: low, 3 points (D1, G1, L2)</title></rect>
<text x="235.7" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="245.2" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W21 Patellofemoral pain: low, 2 points (D1, G1)</title></rect>
<text x="252.8" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="262.3" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W22 Patellofemoral pain: low, 3 points (D1, G1, L2)</title></rect>
<text x="269.9" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="279.4" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W23 Patellofemoral pain: low, 3 points (D1, G1, L2)</title></rect>
<text x="287.0" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="296.6" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W24 Patellofemoral pain: low, 3 points (D1, G1, L2)</title></rect>
<text x="304.1" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="313.7" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W25 Patellofemoral pain: low, 2 points (G1, L2)</title></rect>
<text x="321.2" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="330.8" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W26 Patellofemoral pain: low, 5 points (G1, K1, K3, L2)</title></rect>
<text x="338.3" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="347.9" y="84.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W27 Patellofemoral pain: low, 4 points (G1, K1, K3)</title></rect>
<text x="355.4" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<text x="56.0" y="131.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">Iliotibial band syndrome</text>
<line x1="56.0" y1="166.0" x2="364.0" y2="166.0" stroke="#666" stroke-width="1.0"/>
<rect x="57.0" y="154.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W10 Iliotibial band syndrome: low, 1 point (G1)</title></rect>
<text x="64.6" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="74.1" y="154.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W11 Iliotibial band syndrome: low, 1 point (G1)</title></rect>
<text x="81.7" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="91.2" y="154.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W12 Iliotibial band syndrome: low, 1 point (G1)</title></rect>
<text x="98.8" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="108.3" y="154.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W13 Iliotibial band syndrome: low, 1 point (G1)</title></rect>
<text x="115.9" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="125.4" y="154.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W14 Iliotibial band syndrome: low, 1 point (G1)</title></rect>
<text x="133.0" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="142.6" y="154.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W15 Iliotibial band syndrome: low, 1 point (G1)</title></rect>
<text x="150.1" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="159.7" y="145.0" width="15.1" height="21.0" fill="#E69F00" stroke="#666"><title>2026-W16 Iliotibial band syndrome: moderate, 3 points (D1, G1, L1)</title></rect>
<text x="167.2" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">M</text>
<rect x="176.8" y="145.0" width="15.1" height="21.0" fill="#E69F00" stroke="#666"><title>2026-W17 Iliotibial band syndrome: moderate, 3 points (D1, G1, L1)</title></rect>
<text x="184.3" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">M</text>
<rect x="193.9" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W18 Iliotibial band syndrome: high, 6 points (D1, G1, L1, S2, S3)</title></rect>
<text x="201.4" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="211.0" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W19 Iliotibial band syndrome: high, 6 points (D1, G1, L1, S2, S3)</title></rect>
<text x="218.6" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="228.1" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W20 Iliotibial band syndrome: high, 5 points (D1, G1, S2, S3)</title></rect>
<text x="235.7" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="245.2" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W21 Iliotibial band syndrome: high, 5 points (D1, G1, S2, S3)</title></rect>
<text x="252.8" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="262.3" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W22 Iliotibial band syndrome: high, 5 points (D1, G1, S2, S3)</title></rect>
<text x="269.9" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="279.4" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W23 Iliotibial band syndrome: high, 5 points (D1, G1, S2, S3)</title></rect>
<text x="287.0" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="296.6" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W24 Iliotibial band syndrome: high, 5 points (D1, G1, S2, S3)</title></rect>
<text x="304.1" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="313.7" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W25 Iliotibial band syndrome: high, 4 points (G1, S2, S3)</title></rect>
<text x="321.2" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="330.8" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W26 Iliotibial band syndrome: high, 7 points (G1, K1, K4, S2, S3)</title></rect>
<text x="338.3" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="347.9" y="136.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W27 Iliotibial band syndrome: high, 7 points (G1, K1, K4, S2, S3)</title></rect>
<text x="355.4" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<text x="56.0" y="201.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">Patellar tendinopathy</text>
<line x1="56.0" y1="236.0" x2="364.0" y2="236.0" stroke="#666" stroke-width="1.0"/>
<rect x="57.0" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W10 Patellar tendinopathy: none, 0 points</title></rect>
<text x="64.6" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="74.1" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W11 Patellar tendinopathy: none, 0 points</title></rect>
<text x="81.7" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="91.2" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W12 Patellar tendinopathy: none, 0 points</title></rect>
<text x="98.8" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="108.3" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W13 Patellar tendinopathy: none, 0 points</title></rect>
<text x="115.9" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="125.4" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W14 Patellar tendinopathy: none, 0 points</title></rect>
<text x="133.0" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="142.6" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W15 Patellar tendinopathy: none, 0 points</title></rect>
<text x="150.1" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="159.7" y="215.0" width="15.1" height="21.0" fill="#E69F00" stroke="#666"><title>2026-W16 Patellar tendinopathy: moderate, 3 points (D2, L2)</title></rect>
<text x="167.2" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">M</text>
<rect x="176.8" y="206.0" width="15.1" height="30.0" fill="#D55E00" stroke="#666"><title>2026-W17 Patellar tendinopathy: high, 4 points (ASC, D2, L2)</title></rect>
<text x="184.3" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a" font-weight="600">H</text>
<rect x="193.9" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W18 Patellar tendinopathy: low, 4 points (ASC, D2, L2)</title></rect>
<text x="201.4" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="211.0" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W19 Patellar tendinopathy: low, 4 points (ASC, D2, L2)</title></rect>
<text x="218.6" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="228.1" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W20 Patellar tendinopathy: low, 4 points (ASC, D2, L2)</title></rect>
<text x="235.7" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="245.2" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W21 Patellar tendinopathy: low, 1 point (ASC)</title></rect>
<text x="252.8" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="262.3" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W22 Patellar tendinopathy: low, 2 points (ASC, L2)</title></rect>
<text x="269.9" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="279.4" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W23 Patellar tendinopathy: low, 2 points (ASC, L2)</title></rect>
<text x="287.0" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="296.6" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W24 Patellar tendinopathy: low, 2 points (ASC, L2)</title></rect>
<text x="304.1" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="313.7" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W25 Patellar tendinopathy: low, 2 points (ASC, L2)</title></rect>
<text x="321.2" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="330.8" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W26 Patellar tendinopathy: low, 2 points (ASC, L2)</title></rect>
<text x="338.3" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<rect x="347.9" y="224.0" width="15.1" height="12.0" fill="#56B4E9" stroke="#666"><title>2026-W27 Patellar tendinopathy: low, 1 point (ASC)</title></rect>
<text x="355.4" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">L</text>
<text x="81.7" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="274.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
</svg>
</div>
<details class="numbers"><summary>Level by week, per presentation: the numbers</summary>
<div class="scroll"><table>
<caption>Level, points and counted rules per week</caption>
<thead><tr><th scope="col">Week</th><th scope="col">Patellofemoral pain</th><th scope="col">Iliotibial band syndrome</th><th scope="col">Patellar tendinopathy</th></tr></thead>
<tbody>
<tr><th scope="row">2026-W10</th><td>low (1): G1</td><td>low (1): G1</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W11</th><td>low (1): G1</td><td>low (1): G1</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W12</th><td>low (1): G1</td><td>low (1): G1</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W13</th><td>low (1): G1</td><td>low (1): G1</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W14</th><td>low (1): G1</td><td>low (1): G1</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W15</th><td>low (1): G1</td><td>low (1): G1</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W16</th><td>moderate (3): D1, G1, L2</td><td>moderate (3): D1, G1, L1</td><td>moderate (3): D2, L2</td></tr>
<tr><th scope="row">2026-W17</th><td>moderate (3): D1, G1, L2</td><td>moderate (3): D1, G1, L1</td><td>high (4): ASC, D2, L2</td></tr>
<tr><th scope="row">2026-W18</th><td>low (3): D1, G1, L2; capped at low (another site reported)</td><td>high (6): D1, G1, L1, S2, S3</td><td>low (4): ASC, D2, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W19</th><td>low (3): D1, G1, L2; capped at low (another site reported)</td><td>high (6): D1, G1, L1, S2, S3</td><td>low (4): ASC, D2, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W20</th><td>low (3): D1, G1, L2; capped at low (another site reported)</td><td>high (5): D1, G1, S2, S3</td><td>low (4): ASC, D2, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W21</th><td>low (2): D1, G1; capped at low (another site reported)</td><td>high (5): D1, G1, S2, S3</td><td>low (1): ASC; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W22</th><td>low (3): D1, G1, L2; capped at low (another site reported)</td><td>high (5): D1, G1, S2, S3</td><td>low (2): ASC, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W23</th><td>low (3): D1, G1, L2; capped at low (another site reported)</td><td>high (5): D1, G1, S2, S3</td><td>low (2): ASC, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W24</th><td>low (3): D1, G1, L2; capped at low (another site reported)</td><td>high (5): D1, G1, S2, S3</td><td>low (2): ASC, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W25</th><td>low (2): G1, L2; capped at low (another site reported)</td><td>high (4): G1, S2, S3</td><td>low (2): ASC, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W26</th><td>low (5): G1, K1, K3, L2; capped at low (another site reported)</td><td>high (7): G1, K1, K4, S2, S3</td><td>low (2): ASC, L2; capped at low (another site reported)</td></tr>
<tr><th scope="row">2026-W27</th><td>low (4): G1, K1, K3; capped at low (another site reported)</td><td>high (7): G1, K1, K4, S2, S3</td><td>low (1): ASC; capped at low (another site reported)</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-daily-load" class="chart-figure">
<figcaption><strong>Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive).</strong> Bars show the load of each day from 2026-03-02 to 2026-07-05 in TRIMP (Banister TRIMP, since at least 80 % of runs have heart rate); 46 rest days count as 0 and 0 untracked days are hatched (unknown, not 0). The solid line is the acute load (EWMA, λ = 0.25), the dashed line the chronic load (EWMA, λ = 0.069; Williams 2017). The lower panel shows their ratio and the uncoupled rolling ratio; on 2026-07-05 the ratio was 1.15. The acute:chronic workload ratio is descriptive only: its cut-offs (0.8–1.3, ≥ 1.5; Gabbett 2016) have not held up (Impellizzeri 2020 and 2021; Lolli 2019), and Frandsen 2025 found no positive association with running injury. It adds no points to any level.</figcaption>
<div class="chart-box">
<svg id="daily-load" class="chart" viewBox="0 0 380.0 439.5" width="380.0" height="439.5" role="img" aria-labelledby="daily-load-title daily-load-desc" font-family="system-ui, sans-serif">
<title id="daily-load-title">Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive)</title>
<desc id="daily-load-desc">Bars show the load of each day from 2026-03-02 to 2026-07-05 in TRIMP (Banister TRIMP, since at least 80 % of runs have heart rate); 46 rest days count as 0 and 0 untracked days are hatched (unknown, not 0). The solid line is the acute load (EWMA, λ = 0.25), the dashed line the chronic load (EWMA, λ = 0.069; Williams 2017). The lower panel shows their ratio and the uncoupled rolling ratio; on 2026-07-05 the ratio was 1.15. The acute:chronic workload ratio is descriptive only: its cut-offs (0.8–1.3, ≥ 1.5; Gabbett 2016) have not held up (Impellizzeri 2020 and 2021; Lolli 2019), and Frandsen 2025 found no positive association with running injury. It adds no points to any level.</desc>
<defs><pattern id="daily-load-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#56B4E9"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">daily load</text>
<line x1="166.4" y1="12.0" x2="182.4" y2="12.0" stroke="#0072B2" stroke-width="2.5"/>
<text x="188.4" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">acute (7-day EWMA)</text>
<line x1="56.0" y1="30.0" x2="72.0" y2="30.0" stroke="#E69F00" stroke-width="2.5" stroke-dasharray="7 4"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">chronic (28-day EWMA)</text>
<line x1="56.0" y1="48.0" x2="72.0" y2="48.0" stroke="#1a1a1a" stroke-width="2.5"/>
<text x="78.0" y="52.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">ratio of the EWMAs</text>
<line x1="56.0" y1="66.0" x2="72.0" y2="66.0" stroke="#CC79A7" stroke-width="2.5" stroke-dasharray="2 3"/>
<text x="78.0" y="70.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">ratio, rolling 7:21 days</text>
<line x1="56.0" y1="84.0" x2="72.0" y2="84.0" stroke="#444" stroke-width="2.5" stroke-dasharray="6 3"/>
<text x="78.0" y="88.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">acute = chronic (ratio 1)</text>
<rect x="56.0" y="97.0" width="16.0" height="10.0" fill="url(#daily-load-nodata)" stroke="#bbb"/>
<text x="78.0" y="106.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">untracked day</text>
<line x1="56.0" y1="272.0" x2="364.0" y2="272.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="276.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="228.7" x2="364.0" y2="228.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="232.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">100</text>
<line class="grid" x1="56.0" y1="185.3" x2="364.0" y2="185.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="189.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">200</text>
<line class="grid" x1="56.0" y1="142.0" x2="364.0" y2="142.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="146.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">300</text>
<line x1="56.0" y1="142.0" x2="56.0" y2="272.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="136.0" text-anchor="start" font-size="12.0" fill="#444">load (TRIMP)</text>
<rect x="56.2" y="230.0" width="2.0" height="42.0" fill="#56B4E9"><title>2026-03-02: active, load 96.8</title></rect>
<rect x="58.7" y="228.9" width="2.0" height="43.1" fill="#56B4E9"><title>2026-03-03: active, load 99.4</title></rect>
<rect x="61.1" y="229.3" width="2.0" height="42.7" fill="#56B4E9"><title>2026-03-04: active, load 98.5</title></rect>
<rect x="63.6" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-05: rest, load 0.0</title></rect>
<rect x="66.0" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-06: rest, load 0.0</title></rect>
<rect x="68.5" y="210.8" width="2.0" height="61.2" fill="#56B4E9"><title>2026-03-07: active, load 141.3</title></rect>
<rect x="70.9" y="225.7" width="2.0" height="46.3" fill="#56B4E9"><title>2026-03-08: active, load 106.9</title></rect>
<rect x="73.4" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-09: rest, load 0.0</title></rect>
<rect x="75.8" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-10: rest, load 0.0</title></rect>
<rect x="78.2" y="232.1" width="2.0" height="39.9" fill="#56B4E9"><title>2026-03-11: active, load 92.1</title></rect>
<rect x="80.7" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-12: rest, load 0.0</title></rect>
<rect x="83.1" y="223.0" width="2.0" height="49.0" fill="#56B4E9"><title>2026-03-13: active, load 113.0</title></rect>
<rect x="85.6" y="215.0" width="2.0" height="57.0" fill="#56B4E9"><title>2026-03-14: active, load 131.5</title></rect>
<rect x="88.0" y="226.3" width="2.0" height="45.7" fill="#56B4E9"><title>2026-03-15: active, load 105.5</title></rect>
<rect x="90.5" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-16: rest, load 0.0</title></rect>
<rect x="92.9" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-17: rest, load 0.0</title></rect>
<rect x="95.4" y="226.6" width="2.0" height="45.4" fill="#56B4E9"><title>2026-03-18: active, load 104.8</title></rect>
<rect x="97.8" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-19: rest, load 0.0</title></rect>
<rect x="100.2" y="228.4" width="2.0" height="43.6" fill="#56B4E9"><title>2026-03-20: active, load 100.5</title></rect>
<rect x="102.7" y="213.6" width="2.0" height="58.4" fill="#56B4E9"><title>2026-03-21: active, load 134.7</title></rect>
<rect x="105.1" y="225.0" width="2.0" height="47.0" fill="#56B4E9"><title>2026-03-22: active, load 108.5</title></rect>
<rect x="107.6" y="228.1" width="2.0" height="43.9" fill="#56B4E9"><title>2026-03-23: active, load 101.4</title></rect>
<rect x="110.0" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-24: rest, load 0.0</title></rect>
<rect x="112.5" y="226.6" width="2.0" height="45.4" fill="#56B4E9"><title>2026-03-25: active, load 104.8</title></rect>
<rect x="114.9" y="233.2" width="2.0" height="38.8" fill="#56B4E9"><title>2026-03-26: active, load 89.6</title></rect>
<rect x="117.4" y="225.6" width="2.0" height="46.4" fill="#56B4E9"><title>2026-03-27: active, load 107.0</title></rect>
<rect x="119.8" y="214.8" width="2.0" height="57.2" fill="#56B4E9"><title>2026-03-28: active, load 132.0</title></rect>
<rect x="122.2" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-29: rest, load 0.0</title></rect>
<rect x="124.7" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-30: rest, load 0.0</title></rect>
<rect x="127.1" y="226.2" width="2.0" height="45.8" fill="#56B4E9"><title>2026-03-31: active, load 105.8</title></rect>
<rect x="129.6" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-01: rest, load 0.0</title></rect>
<rect x="132.0" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-02: rest, load 0.0</title></rect>
<rect x="134.5" y="232.1" width="2.0" height="39.9" fill="#56B4E9"><title>2026-04-03: active, load 92.0</title></rect>
<rect x="136.9" y="215.6" width="2.0" height="56.4" fill="#56B4E9"><title>2026-04-04: active, load 130.1</title></rect>
<rect x="139.4" y="226.2" width="2.0" height="45.8" fill="#56B4E9"><title>2026-04-05: active, load 105.7</title></rect>
<rect x="141.8" y="234.9" width="2.0" height="37.1" fill="#56B4E9"><title>2026-04-06: active, load 85.6</title></rect>
<rect x="144.2" y="236.2" width="2.0" height="35.8" fill="#56B4E9"><title>2026-04-07: active, load 82.6</title></rect>
<rect x="146.7" y="234.9" width="2.0" height="37.1" fill="#56B4E9"><title>2026-04-08: active, load 85.7</title></rect>
<rect x="149.1" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-09: rest, load 0.0</title></rect>
<rect x="151.6" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-10: rest, load 0.0</title></rect>
<rect x="154.0" y="216.0" width="2.0" height="56.0" fill="#56B4E9"><title>2026-04-11: active, load 129.2</title></rect>
<rect x="156.5" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-12: rest, load 0.0</title></rect>
<rect x="158.9" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-13: rest, load 0.0</title></rect>
<rect x="161.4" y="205.4" width="2.0" height="66.6" fill="#56B4E9"><title>2026-04-14: active, load 153.7</title></rect>
<rect x="163.8" y="206.6" width="2.0" height="65.4" fill="#56B4E9"><title>2026-04-15: active, load 150.9</title></rect>
<rect x="166.2" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-16: rest, load 0.0</title></rect>
<rect x="168.7" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-17: rest, load 0.0</title></rect>
<rect x="171.1" y="194.9" width="2.0" height="77.1" fill="#56B4E9"><title>2026-04-18: active, load 177.8</title></rect>
<rect x="173.6" y="209.9" width="2.0" height="62.1" fill="#56B4E9"><title>2026-04-19: active, load 143.4</title></rect>
<rect x="176.0" y="212.4" width="2.0" height="59.6" fill="#56B4E9"><title>2026-04-20: active, load 137.6</title></rect>
<rect x="178.5" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-21: rest, load 0.0</title></rect>
<rect x="180.9" y="217.5" width="2.0" height="54.5" fill="#56B4E9"><title>2026-04-22: active, load 125.8</title></rect>
<rect x="183.4" y="203.7" width="2.0" height="68.3" fill="#56B4E9"><title>2026-04-23: active, load 157.6</title></rect>
<rect x="185.8" y="208.9" width="2.0" height="63.1" fill="#56B4E9"><title>2026-04-24: active, load 145.6</title></rect>
<rect x="188.2" y="191.8" width="2.0" height="80.2" fill="#56B4E9"><title>2026-04-25: active, load 185.0</title></rect>
<rect x="190.7" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-26: rest, load 0.0</title></rect>
<rect x="193.1" y="216.7" width="2.0" height="55.3" fill="#56B4E9"><title>2026-04-27: active, load 127.7</title></rect>
<rect x="195.6" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-28: rest, load 0.0</title></rect>
<rect x="198.0" y="206.6" width="2.0" height="65.4" fill="#56B4E9"><title>2026-04-29: active, load 150.9</title></rect>
<rect x="200.5" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-30: rest, load 0.0</title></rect>
<rect x="202.9" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-01: rest, load 0.0</title></rect>
<rect x="205.4" y="185.8" width="2.0" height="86.2" fill="#56B4E9"><title>2026-05-02: active, load 199.0</title></rect>
<rect x="207.8" y="210.1" width="2.0" height="61.9" fill="#56B4E9"><title>2026-05-03: active, load 142.8</title></rect>
<rect x="210.2" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-04: rest, load 0.0</title></rect>
<rect x="212.7" y="212.7" width="2.0" height="59.3" fill="#56B4E9"><title>2026-05-05: active, load 137.0</title></rect>
<rect x="215.1" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-06: rest, load 0.0</title></rect>
<rect x="217.6" y="209.0" width="2.0" height="63.0" fill="#56B4E9"><title>2026-05-07: active, load 145.4</title></rect>
<rect x="220.0" y="200.6" width="2.0" height="71.4" fill="#56B4E9"><title>2026-05-08: active, load 164.7</title></rect>
<rect x="222.5" y="178.4" width="2.0" height="93.6" fill="#56B4E9"><title>2026-05-09: active, load 215.9</title></rect>
<rect x="224.9" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-10: rest, load 0.0</title></rect>
<rect x="227.4" y="208.1" width="2.0" height="63.9" fill="#56B4E9"><title>2026-05-11: active, load 147.4</title></rect>
<rect x="229.8" y="215.3" width="2.0" height="56.7" fill="#56B4E9"><title>2026-05-12: active, load 130.9</title></rect>
<rect x="232.2" y="206.1" width="2.0" height="65.9" fill="#56B4E9"><title>2026-05-13: active, load 152.1</title></rect>
<rect x="234.7" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-14: rest, load 0.0</title></rect>
<rect x="237.1" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-15: rest, load 0.0</title></rect>
<rect x="239.6" y="171.1" width="2.0" height="100.9" fill="#56B4E9"><title>2026-05-16: active, load 232.9</title></rect>
<rect x="242.0" y="208.9" width="2.0" height="63.1" fill="#56B4E9"><title>2026-05-17: active, load 145.6</title></rect>
<rect x="244.5" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-18: rest, load 0.0</title></rect>
<rect x="246.9" y="217.8" width="2.0" height="54.2" fill="#56B4E9"><title>2026-05-19: active, load 125.0</title></rect>
<rect x="249.4" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-20: rest, load 0.0</title></rect>
<rect x="251.8" y="215.5" width="2.0" height="56.5" fill="#56B4E9"><title>2026-05-21: active, load 130.3</title></rect>
<rect x="254.2" y="212.4" width="2.0" height="59.6" fill="#56B4E9"><title>2026-05-22: active, load 137.5</title></rect>
<rect x="256.7" y="170.5" width="2.0" height="101.5" fill="#56B4E9"><title>2026-05-23: active, load 234.2</title></rect>
<rect x="259.1" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-24: rest, load 0.0</title></rect>
<rect x="261.6" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-25: rest, load 0.0</title></rect>
<rect x="264.0" y="211.4" width="2.0" height="60.6" fill="#56B4E9"><title>2026-05-26: active, load 139.8</title></rect>
<rect x="266.5" y="208.1" width="2.0" height="63.9" fill="#56B4E9"><title>2026-05-27: active, load 147.5</title></rect>
<rect x="268.9" y="206.6" width="2.0" height="65.4" fill="#56B4E9"><title>2026-05-28: active, load 151.0</title></rect>
<rect x="271.4" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-29: rest, load 0.0</title></rect>
<rect x="273.8" y="170.2" width="2.0" height="101.8" fill="#56B4E9"><title>2026-05-30: active, load 235.0</title></rect>
<rect x="276.2" y="208.7" width="2.0" height="63.3" fill="#56B4E9"><title>2026-05-31: active, load 146.2</title></rect>
<rect x="278.7" y="198.7" width="2.0" height="73.3" fill="#56B4E9"><title>2026-06-01: active, load 169.2</title></rect>
<rect x="281.1" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-02: rest, load 0.0</title></rect>
<rect x="283.6" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-03: rest, load 0.0</title></rect>
<rect x="286.0" y="199.4" width="2.0" height="72.6" fill="#56B4E9"><title>2026-06-04: active, load 167.6</title></rect>
<rect x="288.5" y="214.2" width="2.0" height="57.8" fill="#56B4E9"><title>2026-06-05: active, load 133.4</title></rect>
<rect x="290.9" y="170.8" width="2.0" height="101.2" fill="#56B4E9"><title>2026-06-06: active, load 233.6</title></rect>
<rect x="293.4" y="207.2" width="2.0" height="64.8" fill="#56B4E9"><title>2026-06-07: active, load 149.7</title></rect>
<rect x="295.8" y="208.6" width="2.0" height="63.4" fill="#56B4E9"><title>2026-06-08: active, load 146.3</title></rect>
<rect x="298.2" y="204.0" width="2.0" height="68.0" fill="#56B4E9"><title>2026-06-09: active, load 156.8</title></rect>
<rect x="300.7" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-10: rest, load 0.0</title></rect>
<rect x="303.1" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-11: rest, load 0.0</title></rect>
<rect x="305.6" y="209.1" width="2.0" height="62.9" fill="#56B4E9"><title>2026-06-12: active, load 145.2</title></rect>
<rect x="308.0" y="168.5" width="2.0" height="103.5" fill="#56B4E9"><title>2026-06-13: active, load 238.8</title></rect>
<rect x="310.5" y="218.5" width="2.0" height="53.5" fill="#56B4E9"><title>2026-06-14: active, load 123.5</title></rect>
<rect x="312.9" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-15: rest, load 0.0</title></rect>
<rect x="315.4" y="203.5" width="2.0" height="68.5" fill="#56B4E9"><title>2026-06-16: active, load 158.1</title></rect>
<rect x="317.8" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-17: rest, load 0.0</title></rect>
<rect x="320.2" y="214.2" width="2.0" height="57.8" fill="#56B4E9"><title>2026-06-18: active, load 133.4</title></rect>
<rect x="322.7" y="215.4" width="2.0" height="56.6" fill="#56B4E9"><title>2026-06-19: active, load 130.5</title></rect>
<rect x="325.1" y="169.6" width="2.0" height="102.4" fill="#56B4E9"><title>2026-06-20: active, load 236.4</title></rect>
<rect x="327.6" y="207.6" width="2.0" height="64.4" fill="#56B4E9"><title>2026-06-21: active, load 148.7</title></rect>
<rect x="330.0" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-22: rest, load 0.0</title></rect>
<rect x="332.5" y="215.7" width="2.0" height="56.3" fill="#56B4E9"><title>2026-06-23: active, load 130.0</title></rect>
<rect x="334.9" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-24: rest, load 0.0</title></rect>
<rect x="337.4" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-25: rest, load 0.0</title></rect>
<rect x="339.8" y="207.0" width="2.0" height="65.0" fill="#56B4E9"><title>2026-06-26: active, load 150.0</title></rect>
<rect x="342.2" y="168.6" width="2.0" height="103.4" fill="#56B4E9"><title>2026-06-27: active, load 238.5</title></rect>
<rect x="344.7" y="210.3" width="2.0" height="61.7" fill="#56B4E9"><title>2026-06-28: active, load 142.4</title></rect>
<rect x="347.1" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-29: rest, load 0.0</title></rect>
<rect x="349.6" y="212.0" width="2.0" height="60.0" fill="#56B4E9"><title>2026-06-30: active, load 138.5</title></rect>
<rect x="352.0" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-07-01: rest, load 0.0</title></rect>
<rect x="354.5" y="272.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-07-02: rest, load 0.0</title></rect>
<rect x="356.9" y="214.1" width="2.0" height="57.9" fill="#56B4E9"><title>2026-07-03: active, load 133.7</title></rect>
<rect x="359.4" y="170.3" width="2.0" height="101.7" fill="#56B4E9"><title>2026-07-04: active, load 234.6</title></rect>
<rect x="361.8" y="209.0" width="2.0" height="63.0" fill="#56B4E9"><title>2026-07-05: active, load 145.4</title></rect>
<polyline fill="none" stroke="#E69F00" stroke-width="2.5" stroke-dasharray="7 4" stroke-linejoin="round" points="123.2,240.4 125.7,242.6 128.1,241.4 130.6,243.6 133.0,245.5 135.4,244.6 137.9,242.6 140.3,241.5 142.8,241.0 145.2,240.7 147.7,240.3 150.1,242.5 152.6,244.5 155.0,242.5 157.4,244.6 159.9,246.5 162.3,243.6 164.8,241.1 167.2,243.2 169.7,245.2 172.1,241.7 174.6,239.5 177.0,237.7 179.4,240.0 181.9,238.5 184.3,236.1 186.8,234.2 189.2,231.3 191.7,234.1 194.1,232.9 196.6,235.6 199.0,233.6 201.4,236.2 203.9,238.7 206.3,235.0 208.8,233.3 211.2,236.0 213.7,234.4 216.1,237.0 218.6,235.0 221.0,232.7 223.4,228.9 225.9,231.9 228.3,230.3 230.8,229.2 233.2,227.6 235.7,230.7 238.1,233.5 240.6,229.2 243.0,227.8 245.4,230.9 247.9,230.0 250.3,232.9 252.8,231.7 255.2,230.4 257.7,226.2 260.1,229.4 262.6,232.3 265.0,230.9 267.4,229.3 269.9,227.7 272.3,230.8 274.8,226.6 277.2,225.4 279.7,223.5 282.1,226.9 284.6,230.0 287.0,227.9 289.4,226.9 291.9,223.1 294.3,222.0 296.8,221.0 299.2,219.9 301.7,223.5 304.1,226.8 306.6,225.6 309.0,221.7 311.4,221.4 313.9,224.9 316.3,223.4 318.8,226.8 321.2,225.9 323.7,225.2 326.1,221.4 328.6,220.4 331.0,224.0 333.4,223.4 335.9,226.7 338.3,229.9 340.8,228.3 343.2,224.2 345.7,223.2 348.1,226.6 350.6,225.6 353.0,228.8 355.4,231.8 357.9,230.5 360.3,226.4 362.8,225.2"/>
<polyline fill="none" stroke="#0072B2" stroke-width="2.5" stroke-linejoin="round" points="123.2,240.1 125.7,248.1 128.1,242.6 130.6,250.0 133.0,255.5 135.4,249.6 137.9,241.1 140.3,237.4 142.8,236.8 145.2,236.6 147.7,236.2 150.1,245.2 152.6,251.9 155.0,242.9 157.4,250.2 159.9,255.6 162.3,243.1 164.8,234.0 167.2,243.5 169.7,250.6 172.1,236.7 174.6,230.0 177.0,225.6 179.4,237.2 181.9,232.3 184.3,225.1 186.8,221.1 189.2,213.8 191.7,228.3 194.1,225.4 196.6,237.1 199.0,229.4 201.4,240.1 203.9,248.1 206.3,232.5 208.8,226.9 211.2,238.2 213.7,231.8 216.1,241.8 218.6,233.6 221.0,225.4 223.4,213.6 225.9,228.2 228.3,223.2 230.8,221.2 233.2,217.4 235.7,231.1 238.1,241.3 240.6,223.7 243.0,220.0 245.4,233.0 247.9,229.2 250.3,239.9 252.8,233.8 255.2,228.5 257.7,214.0 260.1,228.5 262.6,239.4 265.0,232.4 267.4,226.3 269.9,221.4 272.3,234.0 274.8,218.1 277.2,215.7 279.7,211.5 282.1,226.6 284.6,237.9 287.0,228.3 289.4,224.8 291.9,211.3 294.3,210.2 296.8,209.8 299.2,208.4 301.7,224.3 304.1,236.2 306.6,229.4 309.0,214.2 311.4,215.3 313.9,229.5 316.3,223.0 318.8,235.2 321.2,230.0 323.7,226.3 326.1,212.1 328.6,211.0 331.0,226.2 333.4,223.6 335.9,235.7 338.3,244.8 340.8,235.3 343.2,218.7 345.7,216.6 348.1,230.4 350.6,225.8 353.0,237.4 355.4,246.0 357.9,238.0 360.3,221.1 362.8,218.1"/>
<text x="74.3" y="288.0" text-anchor="middle" font-size="12.0" fill="#444">03-09</text>
<text x="125.7" y="288.0" text-anchor="middle" font-size="12.0" fill="#444">03-30</text>
<text x="177.0" y="288.0" text-anchor="middle" font-size="12.0" fill="#444">04-20</text>
<text x="228.3" y="288.0" text-anchor="middle" font-size="12.0" fill="#444">05-11</text>
<text x="279.7" y="288.0" text-anchor="middle" font-size="12.0" fill="#444">06-01</text>
<text x="331.0" y="288.0" text-anchor="middle" font-size="12.0" fill="#444">06-22</text>
<line x1="56.0" y1="413.5" x2="364.0" y2="413.5" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="417.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="381.0" x2="364.0" y2="381.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="385.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">1</text>
<line class="grid" x1="56.0" y1="348.5" x2="364.0" y2="348.5" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="352.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">2</text>
<line class="grid" x1="56.0" y1="316.0" x2="364.0" y2="316.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="320.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">3</text>
<line x1="56.0" y1="316.0" x2="56.0" y2="413.5" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="310.0" text-anchor="start" font-size="12.0" fill="#444">acute:chronic ratio (descriptive)</text>
<line x1="56.0" y1="381.0" x2="364.0" y2="381.0" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<polyline fill="none" stroke="#CC79A7" stroke-width="2.0" stroke-dasharray="2 3" stroke-linejoin="round" points="123.2,377.1 125.7,384.1 128.1,374.2 130.6,382.0 133.0,390.1 135.4,392.6 137.9,392.6 140.3,383.8 142.8,378.0 145.2,381.9 147.7,374.1 150.1,374.1 152.6,379.8 155.0,379.9 157.4,387.1 159.9,394.2 162.3,390.8 164.8,386.5 167.2,386.5 169.7,384.6 172.1,381.3 174.6,368.3 177.0,354.0 179.4,371.2 181.9,374.2 184.3,360.3 186.8,344.4 189.2,346.3 191.7,362.7 194.1,367.7 196.6,364.4 199.0,366.8 201.4,379.7 203.9,388.5 206.3,388.5 208.8,379.1 211.2,386.8 213.7,377.8 216.1,387.4 218.6,379.4 221.0,370.4 223.4,371.1 225.9,381.1 228.3,373.9 230.8,373.9 233.2,362.5 235.7,373.5 238.1,384.1 240.6,383.8 243.0,374.7 245.4,382.0 247.9,384.1 250.3,391.2 252.8,383.3 255.2,373.9 257.7,374.8 260.1,384.3 262.6,382.4 265.0,383.6 267.4,373.8 269.9,375.3 272.3,383.8 274.8,384.2 277.2,375.4 279.7,367.6 282.1,374.1 284.6,383.1 287.0,382.5 289.4,373.8 291.9,374.2 294.3,376.6 296.8,377.9 299.2,368.6 301.7,365.2 304.1,376.5 306.6,378.2 309.0,378.0 311.4,379.1 313.9,387.0 316.3,387.3 318.8,387.3 321.2,380.3 323.7,381.0 326.1,381.2 328.6,381.8 331.0,381.8 333.4,383.1 335.9,381.2 338.3,386.6 340.8,387.2 343.2,387.1 345.7,387.4 348.1,385.5 350.6,386.7 353.0,386.7 355.4,384.7 357.9,385.6 360.3,385.8 362.8,385.6"/>
<polyline fill="none" stroke="#1a1a1a" stroke-width="2.0" stroke-linejoin="round" points="123.2,380.7 125.7,387.1 128.1,382.2 130.6,388.3 133.0,393.2 135.4,387.0 137.9,379.4 140.3,376.7 142.8,376.6 145.2,376.8 147.7,376.8 150.1,384.0 152.6,389.7 155.0,381.4 157.4,387.6 159.9,392.7 162.3,380.4 164.8,373.5 167.2,381.3 169.7,387.6 172.1,375.6 174.6,371.4 177.0,369.6 179.4,378.1 181.9,375.0 184.3,371.1 186.8,369.7 189.2,367.0 191.7,376.1 194.1,374.8 196.6,382.3 199.0,377.5 201.4,384.5 203.9,390.1 206.3,378.7 208.8,375.6 211.2,383.0 213.7,378.8 216.1,385.5 218.6,379.7 221.0,375.0 223.4,369.5 225.9,378.0 228.3,375.5 230.8,374.9 233.2,373.5 235.7,381.3 238.1,387.6 240.6,376.8 243.0,375.3 245.4,382.7 247.9,380.4 250.3,386.9 252.8,382.7 255.2,379.5 257.7,372.3 260.1,380.3 262.6,386.8 265.0,382.2 267.4,378.7 269.9,376.3 272.3,383.6 274.8,374.9 277.2,374.3 279.7,372.9 282.1,380.8 284.6,387.2 287.0,381.3 289.4,379.4 291.9,373.2 294.3,373.4 296.8,373.9 299.2,373.8 301.7,381.6 304.1,387.8 306.6,383.7 309.0,376.2 311.4,377.0 313.9,384.1 316.3,380.7 318.8,387.1 321.2,383.8 323.7,381.8 326.1,375.1 328.6,375.1 331.0,382.5 333.4,381.1 335.9,387.4 338.3,392.5 340.8,386.2 343.2,377.2 345.7,376.6 348.1,383.7 350.6,381.2 353.0,387.5 355.4,392.5 357.9,386.9 360.3,377.2 362.8,376.1"/>
<text x="74.3" y="429.5" text-anchor="middle" font-size="12.0" fill="#444">03-09</text>
<text x="125.7" y="429.5" text-anchor="middle" font-size="12.0" fill="#444">03-30</text>
<text x="177.0" y="429.5" text-anchor="middle" font-size="12.0" fill="#444">04-20</text>
<text x="228.3" y="429.5" text-anchor="middle" font-size="12.0" fill="#444">05-11</text>
<text x="279.7" y="429.5" text-anchor="middle" font-size="12.0" fill="#444">06-01</text>
<text x="331.0" y="429.5" text-anchor="middle" font-size="12.0" fill="#444">06-22</text>
</svg>
</div>
<details class="numbers"><summary>Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive): the numbers</summary>
<div class="scroll"><table>
<caption>Daily load (TRIMP), EWMA averages and ratios, fitness/fatigue/form (L5)</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Day</th><th scope="col" class="num">Distance (km)</th><th scope="col" class="num">Load</th><th scope="col" class="num">Acute</th><th scope="col" class="num">Chronic</th><th scope="col" class="num">Ratio (EWMA)</th><th scope="col" class="num">Ratio (rolling)</th><th scope="col" class="num">Fitness</th><th scope="col" class="num">Fatigue</th><th scope="col" class="num">Form</th></tr></thead>
<tbody>
<tr><th scope="row">2026-03-02</th><td>active</td><td class="num">6.5</td><td class="num">96.8</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-03</th><td>active</td><td class="num">7.1</td><td class="num">99.4</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-04</th><td>active</td><td class="num">7.0</td><td class="num">98.5</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-05</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-06</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-07</th><td>active</td><td class="num">9.5</td><td class="num">141.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-08</th><td>active</td><td class="num">7.6</td><td class="num">106.9</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-09</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-10</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-11</th><td>active</td><td class="num">6.6</td><td class="num">92.1</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-12</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-13</th><td>active</td><td class="num">7.7</td><td class="num">113.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-14</th><td>active</td><td class="num">8.9</td><td class="num">131.5</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-15</th><td>active</td><td class="num">7.5</td><td class="num">105.5</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-16</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-17</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-18</th><td>active</td><td class="num">7.1</td><td class="num">104.8</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-19</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-20</th><td>active</td><td class="num">7.2</td><td class="num">100.5</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-21</th><td>active</td><td class="num">9.0</td><td class="num">134.7</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-22</th><td>active</td><td class="num">7.3</td><td class="num">108.5</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-23</th><td>active</td><td class="num">7.3</td><td class="num">101.4</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-24</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-25</th><td>active</td><td class="num">7.0</td><td class="num">104.8</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-26</th><td>active</td><td class="num">6.4</td><td class="num">89.6</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-27</th><td>active</td><td class="num">7.6</td><td class="num">107.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-28</th><td>active</td><td class="num">9.0</td><td class="num">132.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">73.5</td><td class="num">72.9</td><td class="num">1.01</td><td class="num">1.12</td><td class="num">53.3</td><td class="num">73.5</td><td class="num">-20.2</td></tr>
<tr><th scope="row">2026-03-30</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">55.2</td><td class="num">67.9</td><td class="num">0.81</td><td class="num">0.90</td><td class="num">50.8</td><td class="num">55.1</td><td class="num">-4.3</td></tr>
<tr><th scope="row">2026-03-31</th><td>active</td><td class="num">7.7</td><td class="num">105.8</td><td class="num">67.8</td><td class="num">70.5</td><td class="num">0.96</td><td class="num">1.21</td><td class="num">53.4</td><td class="num">67.8</td><td class="num">-14.4</td></tr>
<tr><th scope="row">2026-04-01</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">50.9</td><td class="num">65.6</td><td class="num">0.77</td><td class="num">0.97</td><td class="num">50.9</td><td class="num">50.8</td><td class="num">0.0</td></tr>
<tr><th scope="row">2026-04-02</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">38.1</td><td class="num">61.1</td><td class="num">0.62</td><td class="num">0.72</td><td class="num">48.5</td><td class="num">38.1</td><td class="num">10.4</td></tr>
<tr><th scope="row">2026-04-03</th><td>active</td><td class="num">6.2</td><td class="num">92.0</td><td class="num">51.6</td><td class="num">63.3</td><td class="num">0.82</td><td class="num">0.64</td><td class="num">50.5</td><td class="num">51.6</td><td class="num">-1.1</td></tr>
<tr><th scope="row">2026-04-04</th><td>active</td><td class="num">8.5</td><td class="num">130.1</td><td class="num">71.2</td><td class="num">67.9</td><td class="num">1.05</td><td class="num">0.64</td><td class="num">54.2</td><td class="num">71.2</td><td class="num">-17.0</td></tr>
<tr><th scope="row">2026-04-05</th><td>active</td><td class="num">7.5</td><td class="num">105.7</td><td class="num">79.8</td><td class="num">70.5</td><td class="num">1.13</td><td class="num">0.91</td><td class="num">56.6</td><td class="num">79.8</td><td class="num">-23.2</td></tr>
<tr><th scope="row">2026-04-06</th><td>active</td><td class="num">6.2</td><td class="num">85.6</td><td class="num">81.3</td><td class="num">71.5</td><td class="num">1.14</td><td class="num">1.09</td><td class="num">58.0</td><td class="num">81.3</td><td class="num">-23.3</td></tr>
<tr><th scope="row">2026-04-07</th><td>active</td><td class="num">6.0</td><td class="num">82.6</td><td class="num">81.6</td><td class="num">72.3</td><td class="num">1.13</td><td class="num">0.97</td><td class="num">59.1</td><td class="num">81.6</td><td class="num">-22.5</td></tr>
<tr><th scope="row">2026-04-08</th><td>active</td><td class="num">6.0</td><td class="num">85.7</td><td class="num">82.6</td><td class="num">73.2</td><td class="num">1.13</td><td class="num">1.21</td><td class="num">60.4</td><td class="num">82.6</td><td class="num">-22.3</td></tr>
<tr><th scope="row">2026-04-09</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">62.0</td><td class="num">68.1</td><td class="num">0.91</td><td class="num">1.21</td><td class="num">57.5</td><td class="num">62.0</td><td class="num">-4.4</td></tr>
<tr><th scope="row">2026-04-10</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">46.5</td><td class="num">63.4</td><td class="num">0.73</td><td class="num">1.04</td><td class="num">54.9</td><td class="num">46.5</td><td class="num">8.4</td></tr>
<tr><th scope="row">2026-04-11</th><td>active</td><td class="num">8.6</td><td class="num">129.2</td><td class="num">67.2</td><td class="num">68.0</td><td class="num">0.99</td><td class="num">1.03</td><td class="num">58.3</td><td class="num">67.2</td><td class="num">-8.8</td></tr>
<tr><th scope="row">2026-04-12</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">50.4</td><td class="num">63.3</td><td class="num">0.80</td><td class="num">0.81</td><td class="num">55.6</td><td class="num">50.4</td><td class="num">5.2</td></tr>
<tr><th scope="row">2026-04-13</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">37.8</td><td class="num">58.9</td><td class="num">0.64</td><td class="num">0.59</td><td class="num">53.0</td><td class="num">37.8</td><td class="num">15.3</td></tr>
<tr><th scope="row">2026-04-14</th><td>active</td><td class="num">10.7</td><td class="num">153.7</td><td class="num">66.8</td><td class="num">65.5</td><td class="num">1.02</td><td class="num">0.70</td><td class="num">57.7</td><td class="num">66.8</td><td class="num">-9.0</td></tr>
<tr><th scope="row">2026-04-15</th><td>active</td><td class="num">10.6</td><td class="num">150.9</td><td class="num">87.8</td><td class="num">71.4</td><td class="num">1.23</td><td class="num">0.83</td><td class="num">62.0</td><td class="num">87.8</td><td class="num">-25.7</td></tr>
<tr><th scope="row">2026-04-16</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">65.8</td><td class="num">66.4</td><td class="num">0.99</td><td class="num">0.83</td><td class="num">59.2</td><td class="num">65.8</td><td class="num">-6.7</td></tr>
<tr><th scope="row">2026-04-17</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">49.4</td><td class="num">61.9</td><td class="num">0.80</td><td class="num">0.89</td><td class="num">56.4</td><td class="num">49.4</td><td class="num">7.0</td></tr>
<tr><th scope="row">2026-04-18</th><td>active</td><td class="num">13.0</td><td class="num">177.8</td><td class="num">81.5</td><td class="num">69.8</td><td class="num">1.17</td><td class="num">0.99</td><td class="num">62.1</td><td class="num">81.5</td><td class="num">-19.4</td></tr>
<tr><th scope="row">2026-04-19</th><td>active</td><td class="num">10.2</td><td class="num">143.4</td><td class="num">97.0</td><td class="num">74.9</td><td class="num">1.29</td><td class="num">1.39</td><td class="num">65.8</td><td class="num">97.0</td><td class="num">-31.1</td></tr>
<tr><th scope="row">2026-04-20</th><td>active</td><td class="num">9.2</td><td class="num">137.6</td><td class="num">107.1</td><td class="num">79.2</td><td class="num">1.35</td><td class="num">1.83</td><td class="num">69.2</td><td class="num">107.1</td><td class="num">-37.9</td></tr>
<tr><th scope="row">2026-04-21</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">80.3</td><td class="num">73.8</td><td class="num">1.09</td><td class="num">1.30</td><td class="num">66.0</td><td class="num">80.3</td><td class="num">-14.4</td></tr>
<tr><th scope="row">2026-04-22</th><td>active</td><td class="num">8.6</td><td class="num">125.8</td><td class="num">91.7</td><td class="num">77.4</td><td class="num">1.19</td><td class="num">1.21</td><td class="num">68.7</td><td class="num">91.7</td><td class="num">-23.0</td></tr>
<tr><th scope="row">2026-04-23</th><td>active</td><td class="num">10.5</td><td class="num">157.6</td><td class="num">108.2</td><td class="num">82.9</td><td class="num">1.30</td><td class="num">1.64</td><td class="num">72.9</td><td class="num">108.2</td><td class="num">-35.3</td></tr>
<tr><th scope="row">2026-04-24</th><td>active</td><td class="num">10.1</td><td class="num">145.6</td><td class="num">117.5</td><td class="num">87.2</td><td class="num">1.35</td><td class="num">2.13</td><td class="num">76.3</td><td class="num">117.5</td><td class="num">-41.3</td></tr>
<tr><th scope="row">2026-04-25</th><td>active</td><td class="num">13.9</td><td class="num">185.0</td><td class="num">134.4</td><td class="num">94.0</td><td class="num">1.43</td><td class="num">2.07</td><td class="num">81.3</td><td class="num">134.4</td><td class="num">-53.1</td></tr>
<tr><th scope="row">2026-04-26</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">100.8</td><td class="num">87.5</td><td class="num">1.15</td><td class="num">1.56</td><td class="num">77.5</td><td class="num">100.8</td><td class="num">-23.3</td></tr>
<tr><th scope="row">2026-04-27</th><td>active</td><td class="num">9.0</td><td class="num">127.7</td><td class="num">107.5</td><td class="num">90.3</td><td class="num">1.19</td><td class="num">1.41</td><td class="num">79.9</td><td class="num">107.5</td><td class="num">-27.7</td></tr>
<tr><th scope="row">2026-04-28</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">80.6</td><td class="num">84.0</td><td class="num">0.96</td><td class="num">1.51</td><td class="num">76.2</td><td class="num">80.6</td><td class="num">-4.5</td></tr>
<tr><th scope="row">2026-04-29</th><td>active</td><td class="num">10.6</td><td class="num">150.9</td><td class="num">98.2</td><td class="num">88.7</td><td class="num">1.11</td><td class="num">1.44</td><td class="num">79.6</td><td class="num">98.2</td><td class="num">-18.6</td></tr>
<tr><th scope="row">2026-04-30</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">73.7</td><td class="num">82.5</td><td class="num">0.89</td><td class="num">1.04</td><td class="num">75.9</td><td class="num">73.7</td><td class="num">2.3</td></tr>
<tr><th scope="row">2026-05-01</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">55.2</td><td class="num">76.8</td><td class="num">0.72</td><td class="num">0.77</td><td class="num">72.4</td><td class="num">55.2</td><td class="num">17.1</td></tr>
<tr><th scope="row">2026-05-02</th><td>active</td><td class="num">14.8</td><td class="num">199.0</td><td class="num">91.2</td><td class="num">85.3</td><td class="num">1.07</td><td class="num">0.77</td><td class="num">78.3</td><td class="num">91.2</td><td class="num">-12.9</td></tr>
<tr><th scope="row">2026-05-03</th><td>active</td><td class="num">10.1</td><td class="num">142.8</td><td class="num">104.1</td><td class="num">89.2</td><td class="num">1.17</td><td class="num">1.06</td><td class="num">81.3</td><td class="num">104.1</td><td class="num">-22.8</td></tr>
<tr><th scope="row">2026-05-04</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">78.1</td><td class="num">83.1</td><td class="num">0.94</td><td class="num">0.82</td><td class="num">77.5</td><td class="num">78.1</td><td class="num">-0.6</td></tr>
<tr><th scope="row">2026-05-05</th><td>active</td><td class="num">9.6</td><td class="num">137.0</td><td class="num">92.8</td><td class="num">86.8</td><td class="num">1.07</td><td class="num">1.10</td><td class="num">80.3</td><td class="num">92.8</td><td class="num">-12.5</td></tr>
<tr><th scope="row">2026-05-06</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">69.6</td><td class="num">80.8</td><td class="num">0.86</td><td class="num">0.80</td><td class="num">76.5</td><td class="num">69.6</td><td class="num">6.9</td></tr>
<tr><th scope="row">2026-05-07</th><td>active</td><td class="num">9.6</td><td class="num">145.4</td><td class="num">88.6</td><td class="num">85.3</td><td class="num">1.04</td><td class="num">1.05</td><td class="num">79.7</td><td class="num">88.6</td><td class="num">-8.8</td></tr>
<tr><th scope="row">2026-05-08</th><td>active</td><td class="num">11.0</td><td class="num">164.7</td><td class="num">107.6</td><td class="num">90.7</td><td class="num">1.19</td><td class="num">1.33</td><td class="num">83.7</td><td class="num">107.6</td><td class="num">-23.9</td></tr>
<tr><th scope="row">2026-05-09</th><td>active</td><td class="num">15.7</td><td class="num">215.9</td><td class="num">134.7</td><td class="num">99.4</td><td class="num">1.36</td><td class="num">1.30</td><td class="num">89.8</td><td class="num">134.7</td><td class="num">-44.8</td></tr>
<tr><th scope="row">2026-05-10</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">101.0</td><td class="num">92.5</td><td class="num">1.09</td><td class="num">1.00</td><td class="num">85.7</td><td class="num">101.0</td><td class="num">-15.3</td></tr>
<tr><th scope="row">2026-05-11</th><td>active</td><td class="num">9.9</td><td class="num">147.4</td><td class="num">112.6</td><td class="num">96.3</td><td class="num">1.17</td><td class="num">1.22</td><td class="num">88.5</td><td class="num">112.6</td><td class="num">-24.1</td></tr>
<tr><th scope="row">2026-05-12</th><td>active</td><td class="num">8.5</td><td class="num">130.9</td><td class="num">117.2</td><td class="num">98.7</td><td class="num">1.19</td><td class="num">1.22</td><td class="num">90.5</td><td class="num">117.2</td><td class="num">-26.7</td></tr>
<tr><th scope="row">2026-05-13</th><td>active</td><td class="num">10.0</td><td class="num">152.1</td><td class="num">125.9</td><td class="num">102.4</td><td class="num">1.23</td><td class="num">1.57</td><td class="num">93.4</td><td class="num">125.9</td><td class="num">-32.5</td></tr>
<tr><th scope="row">2026-05-14</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">94.4</td><td class="num">95.3</td><td class="num">0.99</td><td class="num">1.23</td><td class="num">89.0</td><td class="num">94.4</td><td class="num">-5.4</td></tr>
<tr><th scope="row">2026-05-15</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">70.8</td><td class="num">88.7</td><td class="num">0.80</td><td class="num">0.91</td><td class="num">84.9</td><td class="num">70.8</td><td class="num">14.1</td></tr>
<tr><th scope="row">2026-05-16</th><td>active</td><td class="num">16.6</td><td class="num">232.9</td><td class="num">111.4</td><td class="num">98.7</td><td class="num">1.13</td><td class="num">0.91</td><td class="num">91.8</td><td class="num">111.4</td><td class="num">-19.6</td></tr>
<tr><th scope="row">2026-05-17</th><td>active</td><td class="num">10.2</td><td class="num">145.6</td><td class="num">119.9</td><td class="num">101.9</td><td class="num">1.18</td><td class="num">1.19</td><td class="num">94.3</td><td class="num">119.9</td><td class="num">-25.6</td></tr>
<tr><th scope="row">2026-05-18</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">89.9</td><td class="num">94.9</td><td class="num">0.95</td><td class="num">0.97</td><td class="num">89.9</td><td class="num">89.9</td><td class="num">0.0</td></tr>
<tr><th scope="row">2026-05-19</th><td>active</td><td class="num">8.8</td><td class="num">125.0</td><td class="num">98.7</td><td class="num">97.0</td><td class="num">1.02</td><td class="num">0.90</td><td class="num">91.5</td><td class="num">98.7</td><td class="num">-7.2</td></tr>
<tr><th scope="row">2026-05-20</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">74.0</td><td class="num">90.3</td><td class="num">0.82</td><td class="num">0.69</td><td class="num">87.3</td><td class="num">74.0</td><td class="num">13.2</td></tr>
<tr><th scope="row">2026-05-21</th><td>active</td><td class="num">9.1</td><td class="num">130.3</td><td class="num">88.1</td><td class="num">93.0</td><td class="num">0.95</td><td class="num">0.93</td><td class="num">89.3</td><td class="num">88.1</td><td class="num">1.2</td></tr>
<tr><th scope="row">2026-05-22</th><td>active</td><td class="num">9.1</td><td class="num">137.5</td><td class="num">100.5</td><td class="num">96.1</td><td class="num">1.05</td><td class="num">1.22</td><td class="num">91.5</td><td class="num">100.5</td><td class="num">-8.9</td></tr>
<tr><th scope="row">2026-05-23</th><td>active</td><td class="num">16.9</td><td class="num">234.2</td><td class="num">133.9</td><td class="num">105.6</td><td class="num">1.27</td><td class="num">1.19</td><td class="num">98.2</td><td class="num">133.9</td><td class="num">-35.7</td></tr>
<tr><th scope="row">2026-05-24</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">100.4</td><td class="num">98.4</td><td class="num">1.02</td><td class="num">0.90</td><td class="num">93.6</td><td class="num">100.4</td><td class="num">-6.8</td></tr>
<tr><th scope="row">2026-05-25</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">75.3</td><td class="num">91.6</td><td class="num">0.82</td><td class="num">0.96</td><td class="num">89.2</td><td class="num">75.3</td><td class="num">13.9</td></tr>
<tr><th scope="row">2026-05-26</th><td>active</td><td class="num">9.5</td><td class="num">139.8</td><td class="num">91.4</td><td class="num">94.9</td><td class="num">0.96</td><td class="num">0.92</td><td class="num">91.6</td><td class="num">91.4</td><td class="num">0.2</td></tr>
<tr><th scope="row">2026-05-27</th><td>active</td><td class="num">10.0</td><td class="num">147.5</td><td class="num">105.5</td><td class="num">98.5</td><td class="num">1.07</td><td class="num">1.22</td><td class="num">94.2</td><td class="num">105.5</td><td class="num">-11.3</td></tr>
<tr><th scope="row">2026-05-28</th><td>active</td><td class="num">10.5</td><td class="num">151.0</td><td class="num">116.8</td><td class="num">102.1</td><td class="num">1.14</td><td class="num">1.17</td><td class="num">96.8</td><td class="num">116.8</td><td class="num">-20.0</td></tr>
<tr><th scope="row">2026-05-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">87.6</td><td class="num">95.1</td><td class="num">0.92</td><td class="num">0.91</td><td class="num">92.3</td><td class="num">87.6</td><td class="num">4.7</td></tr>
<tr><th scope="row">2026-05-30</th><td>active</td><td class="num">16.9</td><td class="num">235.0</td><td class="num">124.5</td><td class="num">104.7</td><td class="num">1.19</td><td class="num">0.90</td><td class="num">99.0</td><td class="num">124.5</td><td class="num">-25.5</td></tr>
<tr><th scope="row">2026-05-31</th><td>active</td><td class="num">10.2</td><td class="num">146.2</td><td class="num">129.9</td><td class="num">107.6</td><td class="num">1.21</td><td class="num">1.17</td><td class="num">101.2</td><td class="num">129.9</td><td class="num">-28.7</td></tr>
<tr><th scope="row">2026-06-01</th><td>active</td><td class="num">11.2</td><td class="num">169.2</td><td class="num">139.7</td><td class="num">111.9</td><td class="num">1.25</td><td class="num">1.41</td><td class="num">104.3</td><td class="num">139.7</td><td class="num">-35.4</td></tr>
<tr><th scope="row">2026-06-02</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">104.8</td><td class="num">104.1</td><td class="num">1.01</td><td class="num">1.21</td><td class="num">99.5</td><td class="num">104.8</td><td class="num">-5.3</td></tr>
<tr><th scope="row">2026-06-03</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">78.6</td><td class="num">97.0</td><td class="num">0.81</td><td class="num">0.94</td><td class="num">94.8</td><td class="num">78.6</td><td class="num">16.2</td></tr>
<tr><th scope="row">2026-06-04</th><td>active</td><td class="num">11.1</td><td class="num">167.6</td><td class="num">100.9</td><td class="num">101.8</td><td class="num">0.99</td><td class="num">0.96</td><td class="num">98.2</td><td class="num">100.9</td><td class="num">-2.6</td></tr>
<tr><th scope="row">2026-06-05</th><td>active</td><td class="num">9.3</td><td class="num">133.4</td><td class="num">109.0</td><td class="num">104.0</td><td class="num">1.05</td><td class="num">1.22</td><td class="num">99.9</td><td class="num">109.0</td><td class="num">-9.1</td></tr>
<tr><th scope="row">2026-06-06</th><td>active</td><td class="num">16.9</td><td class="num">233.6</td><td class="num">140.1</td><td class="num">112.9</td><td class="num">1.24</td><td class="num">1.21</td><td class="num">106.1</td><td class="num">140.1</td><td class="num">-34.1</td></tr>
<tr><th scope="row">2026-06-07</th><td>active</td><td class="num">9.9</td><td class="num">149.7</td><td class="num">142.5</td><td class="num">115.5</td><td class="num">1.23</td><td class="num">1.14</td><td class="num">108.1</td><td class="num">142.5</td><td class="num">-34.4</td></tr>
<tr><th scope="row">2026-06-08</th><td>active</td><td class="num">10.3</td><td class="num">146.3</td><td class="num">143.5</td><td class="num">117.6</td><td class="num">1.22</td><td class="num">1.09</td><td class="num">109.9</td><td class="num">143.5</td><td class="num">-33.6</td></tr>
<tr><th scope="row">2026-06-09</th><td>active</td><td class="num">10.7</td><td class="num">156.8</td><td class="num">146.8</td><td class="num">120.3</td><td class="num">1.22</td><td class="num">1.38</td><td class="num">112.1</td><td class="num">146.8</td><td class="num">-34.7</td></tr>
<tr><th scope="row">2026-06-10</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">110.1</td><td class="num">112.0</td><td class="num">0.98</td><td class="num">1.49</td><td class="num">106.9</td><td class="num">110.1</td><td class="num">-3.2</td></tr>
<tr><th scope="row">2026-06-11</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">82.6</td><td class="num">104.3</td><td class="num">0.79</td><td class="num">1.14</td><td class="num">101.9</td><td class="num">82.6</td><td class="num">19.3</td></tr>
<tr><th scope="row">2026-06-12</th><td>active</td><td class="num">9.7</td><td class="num">145.2</td><td class="num">98.2</td><td class="num">107.1</td><td class="num">0.92</td><td class="num">1.09</td><td class="num">103.9</td><td class="num">98.2</td><td class="num">5.7</td></tr>
<tr><th scope="row">2026-06-13</th><td>active</td><td class="num">16.9</td><td class="num">238.8</td><td class="num">133.4</td><td class="num">116.2</td><td class="num">1.15</td><td class="num">1.09</td><td class="num">110.2</td><td class="num">133.4</td><td class="num">-23.2</td></tr>
<tr><th scope="row">2026-06-14</th><td>active</td><td class="num">8.6</td><td class="num">123.5</td><td class="num">130.9</td><td class="num">116.7</td><td class="num">1.12</td><td class="num">1.06</td><td class="num">110.8</td><td class="num">130.9</td><td class="num">-20.1</td></tr>
<tr><th scope="row">2026-06-15</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">98.2</td><td class="num">108.6</td><td class="num">0.90</td><td class="num">0.81</td><td class="num">105.6</td><td class="num">98.2</td><td class="num">7.5</td></tr>
<tr><th scope="row">2026-06-16</th><td>active</td><td class="num">11.0</td><td class="num">158.1</td><td class="num">113.2</td><td class="num">112.1</td><td class="num">1.01</td><td class="num">0.81</td><td class="num">108.1</td><td class="num">113.2</td><td class="num">-5.1</td></tr>
<tr><th scope="row">2026-06-17</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">84.9</td><td class="num">104.3</td><td class="num">0.81</td><td class="num">0.81</td><td class="num">103.1</td><td class="num">84.9</td><td class="num">18.2</td></tr>
<tr><th scope="row">2026-06-18</th><td>active</td><td class="num">9.5</td><td class="num">133.4</td><td class="num">97.0</td><td class="num">106.3</td><td class="num">0.91</td><td class="num">1.02</td><td class="num">104.5</td><td class="num">97.0</td><td class="num">7.5</td></tr>
<tr><th scope="row">2026-06-19</th><td>active</td><td class="num">8.9</td><td class="num">130.5</td><td class="num">105.4</td><td class="num">108.0</td><td class="num">0.98</td><td class="num">1.00</td><td class="num">105.7</td><td class="num">105.4</td><td class="num">0.3</td></tr>
<tr><th scope="row">2026-06-20</th><td>active</td><td class="num">16.9</td><td class="num">236.4</td><td class="num">138.1</td><td class="num">116.9</td><td class="num">1.18</td><td class="num">0.99</td><td class="num">111.8</td><td class="num">138.1</td><td class="num">-26.4</td></tr>
<tr><th scope="row">2026-06-21</th><td>active</td><td class="num">10.0</td><td class="num">148.7</td><td class="num">140.8</td><td class="num">119.1</td><td class="num">1.18</td><td class="num">0.98</td><td class="num">113.5</td><td class="num">140.8</td><td class="num">-27.3</td></tr>
<tr><th scope="row">2026-06-22</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">105.6</td><td class="num">110.8</td><td class="num">0.95</td><td class="num">0.98</td><td class="num">108.2</td><td class="num">105.6</td><td class="num">2.6</td></tr>
<tr><th scope="row">2026-06-23</th><td>active</td><td class="num">9.0</td><td class="num">130.0</td><td class="num">111.7</td><td class="num">112.2</td><td class="num">1.00</td><td class="num">0.93</td><td class="num">109.2</td><td class="num">111.7</td><td class="num">-2.5</td></tr>
<tr><th scope="row">2026-06-24</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">83.8</td><td class="num">104.4</td><td class="num">0.80</td><td class="num">0.99</td><td class="num">104.1</td><td class="num">83.8</td><td class="num">20.4</td></tr>
<tr><th scope="row">2026-06-25</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">62.8</td><td class="num">97.2</td><td class="num">0.65</td><td class="num">0.83</td><td class="num">99.3</td><td class="num">62.8</td><td class="num">36.5</td></tr>
<tr><th scope="row">2026-06-26</th><td>active</td><td class="num">10.1</td><td class="num">150.0</td><td class="num">84.6</td><td class="num">100.9</td><td class="num">0.84</td><td class="num">0.81</td><td class="num">101.7</td><td class="num">84.6</td><td class="num">17.0</td></tr>
<tr><th scope="row">2026-06-27</th><td>active</td><td class="num">16.9</td><td class="num">238.5</td><td class="num">123.1</td><td class="num">110.4</td><td class="num">1.12</td><td class="num">0.81</td><td class="num">108.0</td><td class="num">123.1</td><td class="num">-15.1</td></tr>
<tr><th scope="row">2026-06-28</th><td>active</td><td class="num">9.4</td><td class="num">142.4</td><td class="num">127.9</td><td class="num">112.6</td><td class="num">1.14</td><td class="num">0.80</td><td class="num">109.6</td><td class="num">127.9</td><td class="num">-18.3</td></tr>
<tr><th scope="row">2026-06-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">95.9</td><td class="num">104.8</td><td class="num">0.92</td><td class="num">0.86</td><td class="num">104.5</td><td class="num">95.9</td><td class="num">8.6</td></tr>
<tr><th scope="row">2026-06-30</th><td>active</td><td class="num">9.3</td><td class="num">138.5</td><td class="num">106.6</td><td class="num">107.1</td><td class="num">0.99</td><td class="num">0.83</td><td class="num">106.1</td><td class="num">106.6</td><td class="num">-0.5</td></tr>
<tr><th scope="row">2026-07-01</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">79.9</td><td class="num">99.7</td><td class="num">0.80</td><td class="num">0.83</td><td class="num">101.2</td><td class="num">79.9</td><td class="num">21.2</td></tr>
<tr><th scope="row">2026-07-02</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">60.0</td><td class="num">92.9</td><td class="num">0.65</td><td class="num">0.89</td><td class="num">96.5</td><td class="num">60.0</td><td class="num">36.5</td></tr>
<tr><th scope="row">2026-07-03</th><td>active</td><td class="num">9.3</td><td class="num">133.7</td><td class="num">78.4</td><td class="num">95.7</td><td class="num">0.82</td><td class="num">0.86</td><td class="num">98.2</td><td class="num">78.4</td><td class="num">19.8</td></tr>
<tr><th scope="row">2026-07-04</th><td>active</td><td class="num">16.9</td><td class="num">234.6</td><td class="num">117.5</td><td class="num">105.3</td><td class="num">1.12</td><td class="num">0.85</td><td class="num">104.5</td><td class="num">117.5</td><td class="num">-12.9</td></tr>
<tr><th scope="row">2026-07-05</th><td>active</td><td class="num">9.7</td><td class="num">145.4</td><td class="num">124.4</td><td class="num">108.0</td><td class="num">1.15</td><td class="num">0.86</td><td class="num">106.4</td><td class="num">124.4</td><td class="num">-18.0</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-monotony-strain" class="chart-figure">
<figcaption><strong>Training monotony and strain per week.</strong> Upper panel: monotony, the mean ÷ SD of the daily load over each week (recorded rest days count as 0); lower panel: strain, the weekly load × monotony (Foster 1998; n = 25, outcome illness). The 1.5 (note) and 2.0 (flag) lines are Runalyze&#39;s convention, not study cut-offs. 18 weeks could be computed; weeks with an untracked day are hatched. No week was above 2.0. Between 1.5 and 2.0: 2026-W10, 2026-W13, 2026-W17.</figcaption>
<div class="chart-box">
<svg id="monotony-strain" class="chart" viewBox="0 0 380.0 366.0" width="380.0" height="366.0" role="img" aria-labelledby="monotony-strain-title monotony-strain-desc" font-family="system-ui, sans-serif">
<title id="monotony-strain-title">Training monotony and strain per week</title>
<desc id="monotony-strain-desc">Upper panel: monotony, the mean ÷ SD of the daily load over each week (recorded rest days count as 0); lower panel: strain, the weekly load × monotony (Foster 1998; n = 25, outcome illness). The 1.5 (note) and 2.0 (flag) lines are Runalyze&#39;s convention, not study cut-offs. 18 weeks could be computed; weeks with an untracked day are hatched. No week was above 2.0. Between 1.5 and 2.0: 2026-W10, 2026-W13, 2026-W17.</desc>
<defs><pattern id="monotony-strain-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#0072B2"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">monotony</text>
<rect x="151.5" y="7.0" width="16.0" height="10.0" fill="#E69F00"/>
<text x="173.5" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">strain</text>
<line x1="56.0" y1="30.0" x2="72.0" y2="30.0" stroke="#444" stroke-width="2.5" stroke-dasharray="3 3"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">note 1.5 (Runalyze)</text>
<line x1="56.0" y1="48.0" x2="72.0" y2="48.0" stroke="#444" stroke-width="2.5" stroke-dasharray="6 3"/>
<text x="78.0" y="52.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">flag 2.0 (Runalyze)</text>
<rect x="233.4" y="43.0" width="16.0" height="10.0" fill="url(#monotony-strain-nodata)" stroke="#bbb"/>
<text x="255.4" y="52.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">not computable</text>
<line x1="56.0" y1="192.0" x2="364.0" y2="192.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="196.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="157.3" x2="364.0" y2="157.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="161.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">1</text>
<line class="grid" x1="56.0" y1="122.7" x2="364.0" y2="122.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="126.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">2</text>
<line class="grid" x1="56.0" y1="88.0" x2="364.0" y2="88.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="92.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">3</text>
<line x1="56.0" y1="88.0" x2="56.0" y2="192.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="82.0" text-anchor="start" font-size="12.0" fill="#444">monotony (mean ÷ SD of daily load)</text>
<rect x="58.6" y="139.3" width="12.0" height="52.7" fill="#0072B2"><title>2026-W10: monotony 1.52</title></rect>
<rect x="75.7" y="152.7" width="12.0" height="39.3" fill="#0072B2"><title>2026-W11: monotony 1.13</title></rect>
<rect x="92.8" y="152.6" width="12.0" height="39.4" fill="#0072B2"><title>2026-W12: monotony 1.14</title></rect>
<rect x="109.9" y="138.7" width="12.0" height="53.3" fill="#0072B2"><title>2026-W13: monotony 1.54</title></rect>
<rect x="127.0" y="152.7" width="12.0" height="39.3" fill="#0072B2"><title>2026-W14: monotony 1.13</title></rect>
<rect x="144.1" y="153.8" width="12.0" height="38.2" fill="#0072B2"><title>2026-W15: monotony 1.10</title></rect>
<rect x="161.2" y="152.3" width="12.0" height="39.7" fill="#0072B2"><title>2026-W16: monotony 1.15</title></rect>
<rect x="178.3" y="138.8" width="12.0" height="53.2" fill="#0072B2"><title>2026-W17: monotony 1.53</title></rect>
<rect x="195.5" y="153.3" width="12.0" height="38.7" fill="#0072B2"><title>2026-W18: monotony 1.12</title></rect>
<rect x="212.6" y="153.5" width="12.0" height="38.5" fill="#0072B2"><title>2026-W19: monotony 1.11</title></rect>
<rect x="229.7" y="141.5" width="12.0" height="50.5" fill="#0072B2"><title>2026-W20: monotony 1.46</title></rect>
<rect x="246.8" y="155.3" width="12.0" height="36.7" fill="#0072B2"><title>2026-W21: monotony 1.06</title></rect>
<rect x="263.9" y="141.2" width="12.0" height="50.8" fill="#0072B2"><title>2026-W22: monotony 1.46</title></rect>
<rect x="281.0" y="140.6" width="12.0" height="51.4" fill="#0072B2"><title>2026-W23: monotony 1.48</title></rect>
<rect x="298.1" y="142.2" width="12.0" height="49.8" fill="#0072B2"><title>2026-W24: monotony 1.44</title></rect>
<rect x="315.2" y="142.0" width="12.0" height="50.0" fill="#0072B2"><title>2026-W25: monotony 1.44</title></rect>
<rect x="332.3" y="154.8" width="12.0" height="37.2" fill="#0072B2"><title>2026-W26: monotony 1.07</title></rect>
<rect x="349.5" y="154.7" width="12.0" height="37.3" fill="#0072B2"><title>2026-W27: monotony 1.08</title></rect>
<line x1="56.0" y1="140.0" x2="364.0" y2="140.0" stroke="#444" stroke-width="1.0" stroke-dasharray="3 3"/>
<line x1="56.0" y1="122.7" x2="364.0" y2="122.7" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<text x="81.7" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="208.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
<line x1="56.0" y1="340.0" x2="364.0" y2="340.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="344.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="305.3" x2="364.0" y2="305.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="309.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">500</text>
<line class="grid" x1="56.0" y1="270.7" x2="364.0" y2="270.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="274.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">1000</text>
<line class="grid" x1="56.0" y1="236.0" x2="364.0" y2="236.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="240.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">1500</text>
<line x1="56.0" y1="236.0" x2="56.0" y2="340.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="230.0" text-anchor="start" font-size="12.0" fill="#444">strain (weekly load × monotony, TRIMP)</text>
<rect x="58.6" y="282.8" width="12.0" height="57.2" fill="#E69F00"><title>2026-W10: strain 825</title></rect>
<rect x="75.7" y="305.3" width="12.0" height="34.7" fill="#E69F00"><title>2026-W11: strain 501</title></rect>
<rect x="92.8" y="304.7" width="12.0" height="35.3" fill="#E69F00"><title>2026-W12: strain 510</title></rect>
<rect x="109.9" y="283.0" width="12.0" height="57.0" fill="#E69F00"><title>2026-W13: strain 822</title></rect>
<rect x="127.0" y="305.9" width="12.0" height="34.1" fill="#E69F00"><title>2026-W14: strain 491</title></rect>
<rect x="144.1" y="310.7" width="12.0" height="29.3" fill="#E69F00"><title>2026-W15: strain 423</title></rect>
<rect x="161.2" y="290.3" width="12.0" height="49.7" fill="#E69F00"><title>2026-W16: strain 717</title></rect>
<rect x="178.3" y="260.1" width="12.0" height="79.9" fill="#E69F00"><title>2026-W17: strain 1153</title></rect>
<rect x="195.5" y="292.0" width="12.0" height="48.0" fill="#E69F00"><title>2026-W18: strain 693</title></rect>
<rect x="212.6" y="288.9" width="12.0" height="51.1" fill="#E69F00"><title>2026-W19: strain 737</title></rect>
<rect x="229.7" y="258.2" width="12.0" height="81.8" fill="#E69F00"><title>2026-W20: strain 1180</title></rect>
<rect x="246.8" y="294.0" width="12.0" height="46.0" fill="#E69F00"><title>2026-W21: strain 663</title></rect>
<rect x="263.9" y="256.8" width="12.0" height="83.2" fill="#E69F00"><title>2026-W22: strain 1200</title></rect>
<rect x="281.0" y="252.3" width="12.0" height="87.7" fill="#E69F00"><title>2026-W23: strain 1264</title></rect>
<rect x="298.1" y="259.3" width="12.0" height="80.7" fill="#E69F00"><title>2026-W24: strain 1164</title></rect>
<rect x="315.2" y="259.3" width="12.0" height="80.7" fill="#E69F00"><title>2026-W25: strain 1164</title></rect>
<rect x="332.3" y="290.8" width="12.0" height="49.2" fill="#E69F00"><title>2026-W26: strain 709</title></rect>
<rect x="349.5" y="291.3" width="12.0" height="48.7" fill="#E69F00"><title>2026-W27: strain 702</title></rect>
<text x="81.7" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="356.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
</svg>
</div>
<details class="numbers"><summary>Training monotony and strain per week: the numbers</summary>
<div class="scroll"><table>
<caption>Weekly load, monotony and strain (TRIMP)</caption>
<thead><tr><th scope="col">Week</th><th scope="col" class="num">Untracked days</th><th scope="col" class="num">Load</th><th scope="col" class="num">Monotony</th><th scope="col" class="num">Strain</th></tr></thead>
<tbody>
<tr><th scope="row">2026-W10</th><td class="num">0</td><td class="num">542.8</td><td class="num">1.52</td><td class="num">825</td></tr>
<tr><th scope="row">2026-W11</th><td class="num">0</td><td class="num">442.0</td><td class="num">1.13</td><td class="num">501</td></tr>
<tr><th scope="row">2026-W12</th><td class="num">0</td><td class="num">448.5</td><td class="num">1.14</td><td class="num">510</td></tr>
<tr><th scope="row">2026-W13</th><td class="num">0</td><td class="num">534.8</td><td class="num">1.54</td><td class="num">822</td></tr>
<tr><th scope="row">2026-W14</th><td class="num">0</td><td class="num">433.5</td><td class="num">1.13</td><td class="num">491</td></tr>
<tr><th scope="row">2026-W15</th><td class="num">0</td><td class="num">383.0</td><td class="num">1.10</td><td class="num">423</td></tr>
<tr><th scope="row">2026-W16</th><td class="num">0</td><td class="num">625.8</td><td class="num">1.15</td><td class="num">717</td></tr>
<tr><th scope="row">2026-W17</th><td class="num">0</td><td class="num">751.6</td><td class="num">1.53</td><td class="num">1153</td></tr>
<tr><th scope="row">2026-W18</th><td class="num">0</td><td class="num">620.4</td><td class="num">1.12</td><td class="num">693</td></tr>
<tr><th scope="row">2026-W19</th><td class="num">0</td><td class="num">663.1</td><td class="num">1.11</td><td class="num">737</td></tr>
<tr><th scope="row">2026-W20</th><td class="num">0</td><td class="num">808.9</td><td class="num">1.46</td><td class="num">1180</td></tr>
<tr><th scope="row">2026-W21</th><td class="num">0</td><td class="num">627.1</td><td class="num">1.06</td><td class="num">663</td></tr>
<tr><th scope="row">2026-W22</th><td class="num">0</td><td class="num">819.4</td><td class="num">1.46</td><td class="num">1200</td></tr>
<tr><th scope="row">2026-W23</th><td class="num">0</td><td class="num">853.5</td><td class="num">1.48</td><td class="num">1264</td></tr>
<tr><th scope="row">2026-W24</th><td class="num">0</td><td class="num">810.5</td><td class="num">1.44</td><td class="num">1164</td></tr>
<tr><th scope="row">2026-W25</th><td class="num">0</td><td class="num">807.2</td><td class="num">1.44</td><td class="num">1164</td></tr>
<tr><th scope="row">2026-W26</th><td class="num">0</td><td class="num">660.9</td><td class="num">1.07</td><td class="num">709</td></tr>
<tr><th scope="row">2026-W27</th><td class="num">0</td><td class="num">652.3</td><td class="num">1.08</td><td class="num">702</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-matched-cadence" class="chart-figure">
<figcaption><strong>Cadence and step length at matched speed over the season.</strong> Each circle is one run&#39;s cadence at the runner&#39;s reference speed (10.9 km/h (5:30 /km), the median speed of runs without intervals), from 80 runs in the season&#39;s regression; the solid line is the weekly mean. Over 80 runs it ranged from 154.3 to 156.0 steps/min around a season baseline of 154.9. The 166 and 178 steps/min lines are soft absolute flags (Luedke 2016; Thakkar 2019); advice is +5–10 % of the runner&#39;s own cadence, not a fixed 180. The lower panel shows step length at the same speed; more than 10 % above the baseline is a long stride (G2; Willson 2014).</figcaption>
<div class="chart-box">
<svg id="matched-cadence" class="chart" viewBox="0 0 380.0 410.0" width="380.0" height="410.0" role="img" aria-labelledby="matched-cadence-title matched-cadence-desc" font-family="system-ui, sans-serif">
<title id="matched-cadence-title">Cadence and step length at matched speed over the season</title>
<desc id="matched-cadence-desc">Each circle is one run&#39;s cadence at the runner&#39;s reference speed (10.9 km/h (5:30 /km), the median speed of runs without intervals), from 80 runs in the season&#39;s regression; the solid line is the weekly mean. Over 80 runs it ranged from 154.3 to 156.0 steps/min around a season baseline of 154.9. The 166 and 178 steps/min lines are soft absolute flags (Luedke 2016; Thakkar 2019); advice is +5–10 % of the runner&#39;s own cadence, not a fixed 180. The lower panel shows step length at the same speed; more than 10 % above the baseline is a long stride (G2; Willson 2014).</desc>
<circle cx="64.0" cy="12.0" r="3.5" fill="#fff" stroke="#0072B2" stroke-width="1.5"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">run</text>
<line x1="114.3" y1="12.0" x2="130.3" y2="12.0" stroke="#1a1a1a" stroke-width="2.5"/>
<text x="136.3" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">weekly mean</text>
<line x1="232.2" y1="12.0" x2="248.2" y2="12.0" stroke="#009E73" stroke-width="2.5" stroke-dasharray="8 3"/>
<text x="254.2" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">season baseline</text>
<line x1="56.0" y1="30.0" x2="72.0" y2="30.0" stroke="#444" stroke-width="2.5" stroke-dasharray="6 3"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">166 steps/min: low (soft flag)</text>
<line x1="56.0" y1="48.0" x2="72.0" y2="48.0" stroke="#444" stroke-width="2.5" stroke-dasharray="3 3"/>
<text x="78.0" y="52.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">178 steps/min: high</text>
<line x1="56.0" y1="66.0" x2="72.0" y2="66.0" stroke="#444" stroke-width="2.5" stroke-dasharray="1 3"/>
<text x="78.0" y="70.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">baseline +10 %: long stride (G2)</text>
<line x1="56.0" y1="236.0" x2="364.0" y2="236.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="240.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">150</text>
<line class="grid" x1="56.0" y1="192.7" x2="364.0" y2="192.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="196.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">160</text>
<line class="grid" x1="56.0" y1="149.3" x2="364.0" y2="149.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="153.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">170</text>
<line class="grid" x1="56.0" y1="106.0" x2="364.0" y2="106.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="110.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">180</text>
<line x1="56.0" y1="106.0" x2="56.0" y2="236.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="100.0" text-anchor="start" font-size="12.0" fill="#444">steps/min at 10.9 km/h (5:30 /km)</text>
<line x1="56.0" y1="166.7" x2="364.0" y2="166.7" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<line x1="56.0" y1="114.7" x2="364.0" y2="114.7" stroke="#444" stroke-width="1.0" stroke-dasharray="3 3"/>
<line x1="56.0" y1="214.8" x2="364.0" y2="214.8" stroke="#009E73" stroke-width="2.0" stroke-dasharray="8 3"/>
<polyline fill="none" stroke="#1a1a1a" stroke-width="2.0" stroke-linejoin="round" points="64.6,213.0 81.7,212.5 98.8,212.7 115.9,213.0 133.0,212.9 150.1,211.8 167.2,214.1 184.3,213.1 201.4,212.6 218.6,213.7 235.7,213.8 252.8,213.8 269.9,213.2 287.0,213.7 304.1,214.3 321.2,213.1 338.3,213.8 355.4,213.8"/>
<circle cx="57.2" cy="210.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-02-run.fit: 156.0 steps/min</title></circle>
<circle cx="59.7" cy="214.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-03-run.fit: 155.1 steps/min</title></circle>
<circle cx="62.1" cy="215.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-04-run.fit: 154.8 steps/min</title></circle>
<circle cx="69.4" cy="212.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-07-run.fit: 155.5 steps/min</title></circle>
<circle cx="71.9" cy="214.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-08-run.fit: 155.0 steps/min</title></circle>
<circle cx="79.2" cy="212.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-11-run.fit: 155.3 steps/min</title></circle>
<circle cx="84.1" cy="212.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-13-run.fit: 155.4 steps/min</title></circle>
<circle cx="86.6" cy="210.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-14-run.fit: 155.8 steps/min</title></circle>
<circle cx="89.0" cy="214.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-15-run.fit: 155.0 steps/min</title></circle>
<circle cx="96.3" cy="210.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-18-run.fit: 155.8 steps/min</title></circle>
<circle cx="101.2" cy="213.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-20-run.fit: 155.1 steps/min</title></circle>
<circle cx="103.7" cy="213.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-21-run.fit: 155.3 steps/min</title></circle>
<circle cx="106.1" cy="212.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-22-run.fit: 155.3 steps/min</title></circle>
<circle cx="108.6" cy="211.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-23-run.fit: 155.6 steps/min</title></circle>
<circle cx="113.4" cy="213.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-25-run.fit: 155.2 steps/min</title></circle>
<circle cx="115.9" cy="214.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-26-run.fit: 155.0 steps/min</title></circle>
<circle cx="118.3" cy="213.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-27-run.fit: 155.2 steps/min</title></circle>
<circle cx="120.8" cy="212.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-28-run.fit: 155.5 steps/min</title></circle>
<circle cx="128.1" cy="210.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-31-run.fit: 155.8 steps/min</title></circle>
<circle cx="135.4" cy="213.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-03-run.fit: 155.1 steps/min</title></circle>
<circle cx="137.9" cy="213.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-04-run.fit: 155.3 steps/min</title></circle>
<circle cx="140.3" cy="214.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-05-run.fit: 155.1 steps/min</title></circle>
<circle cx="142.8" cy="212.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-06-run.fit: 155.4 steps/min</title></circle>
<circle cx="145.2" cy="213.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-07-run.fit: 155.2 steps/min</title></circle>
<circle cx="147.7" cy="211.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-08-run.fit: 155.7 steps/min</title></circle>
<circle cx="155.0" cy="210.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-11-run.fit: 155.8 steps/min</title></circle>
<circle cx="162.3" cy="214.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-14-run.fit: 155.0 steps/min</title></circle>
<circle cx="164.8" cy="213.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-15-run.fit: 155.2 steps/min</title></circle>
<circle cx="172.1" cy="217.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-18-run.fit: 154.3 steps/min</title></circle>
<circle cx="174.6" cy="211.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-19-run.fit: 155.7 steps/min</title></circle>
<circle cx="177.0" cy="212.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run.fit: 155.5 steps/min</title></circle>
<circle cx="181.9" cy="212.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-22-run.fit: 155.4 steps/min</title></circle>
<circle cx="184.3" cy="214.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-23-run.fit: 155.0 steps/min</title></circle>
<circle cx="186.8" cy="214.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-24-run.fit: 154.9 steps/min</title></circle>
<circle cx="189.2" cy="212.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-25-run.fit: 155.5 steps/min</title></circle>
<circle cx="194.1" cy="213.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-27-run.fit: 155.2 steps/min</title></circle>
<circle cx="199.0" cy="214.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-29-run.fit: 155.1 steps/min</title></circle>
<circle cx="206.3" cy="212.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-02-run.fit: 155.5 steps/min</title></circle>
<circle cx="208.8" cy="211.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-03-run.fit: 155.8 steps/min</title></circle>
<circle cx="213.7" cy="214.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-05-run.fit: 154.9 steps/min</title></circle>
<circle cx="218.6" cy="213.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-07-run.fit: 155.1 steps/min</title></circle>
<circle cx="221.0" cy="212.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-08-run.fit: 155.4 steps/min</title></circle>
<circle cx="223.4" cy="213.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run.fit: 155.1 steps/min</title></circle>
<circle cx="228.3" cy="210.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-11-run.fit: 155.9 steps/min</title></circle>
<circle cx="230.8" cy="213.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-12-run.fit: 155.2 steps/min</title></circle>
<circle cx="233.2" cy="213.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-13-run.fit: 155.2 steps/min</title></circle>
<circle cx="240.6" cy="215.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-16-run.fit: 154.7 steps/min</title></circle>
<circle cx="243.0" cy="214.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-17-run.fit: 154.9 steps/min</title></circle>
<circle cx="247.9" cy="214.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run.fit: 155.0 steps/min</title></circle>
<circle cx="252.8" cy="215.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-21-run.fit: 154.8 steps/min</title></circle>
<circle cx="255.2" cy="212.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-22-run.fit: 155.4 steps/min</title></circle>
<circle cx="257.7" cy="213.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-23-run.fit: 155.2 steps/min</title></circle>
<circle cx="265.0" cy="212.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-26-run.fit: 155.4 steps/min</title></circle>
<circle cx="267.4" cy="210.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-27-run.fit: 155.9 steps/min</title></circle>
<circle cx="269.9" cy="214.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-28-run.fit: 154.9 steps/min</title></circle>
<circle cx="274.8" cy="214.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-30-run.fit: 155.0 steps/min</title></circle>
<circle cx="277.2" cy="214.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-31-run.fit: 155.1 steps/min</title></circle>
<circle cx="279.7" cy="213.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-01-run.fit: 155.3 steps/min</title></circle>
<circle cx="287.0" cy="213.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-04-run.fit: 155.1 steps/min</title></circle>
<circle cx="289.4" cy="214.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-05-run.fit: 154.9 steps/min</title></circle>
<circle cx="291.9" cy="213.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-06-run.fit: 155.3 steps/min</title></circle>
<circle cx="294.3" cy="214.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-07-run.fit: 155.1 steps/min</title></circle>
<circle cx="296.8" cy="212.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-08-run.fit: 155.4 steps/min</title></circle>
<circle cx="299.2" cy="212.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-09-run.fit: 155.5 steps/min</title></circle>
<circle cx="306.6" cy="214.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-12-run.fit: 155.0 steps/min</title></circle>
<circle cx="309.0" cy="216.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-13-run.fit: 154.5 steps/min</title></circle>
<circle cx="311.4" cy="215.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-14-run.fit: 154.7 steps/min</title></circle>
<circle cx="316.3" cy="214.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-16-run.fit: 155.1 steps/min</title></circle>
<circle cx="321.2" cy="211.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-18-run.fit: 155.7 steps/min</title></circle>
<circle cx="323.7" cy="210.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-19-run.fit: 155.9 steps/min</title></circle>
<circle cx="326.1" cy="215.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-20-run.fit: 154.8 steps/min</title></circle>
<circle cx="328.6" cy="212.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-21-run.fit: 155.3 steps/min</title></circle>
<circle cx="333.4" cy="211.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-23-run.fit: 155.8 steps/min</title></circle>
<circle cx="340.8" cy="212.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-26-run.fit: 155.4 steps/min</title></circle>
<circle cx="343.2" cy="216.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-27-run.fit: 154.5 steps/min</title></circle>
<circle cx="345.7" cy="213.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-28-run.fit: 155.2 steps/min</title></circle>
<circle cx="350.6" cy="213.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-30-run.fit: 155.3 steps/min</title></circle>
<circle cx="357.9" cy="215.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-03-run.fit: 154.8 steps/min</title></circle>
<circle cx="360.3" cy="213.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-04-run.fit: 155.1 steps/min</title></circle>
<circle cx="362.8" cy="212.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-05-run.fit: 155.4 steps/min</title></circle>
<text x="81.7" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="252.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
<line x1="56.0" y1="384.0" x2="364.0" y2="384.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="388.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.5</text>
<line class="grid" x1="56.0" y1="349.3" x2="364.0" y2="349.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="353.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.0</text>
<line class="grid" x1="56.0" y1="314.7" x2="364.0" y2="314.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="318.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.5</text>
<line class="grid" x1="56.0" y1="280.0" x2="364.0" y2="280.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="284.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">2.0</text>
<line x1="56.0" y1="280.0" x2="56.0" y2="384.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="274.0" text-anchor="start" font-size="12.0" fill="#444">step length (m) at the same speed</text>
<line x1="56.0" y1="337.5" x2="364.0" y2="337.5" stroke="#009E73" stroke-width="2.0" stroke-dasharray="8 3"/>
<line x1="56.0" y1="329.4" x2="364.0" y2="329.4" stroke="#444" stroke-width="1.0" stroke-dasharray="1 3"/>
<circle cx="57.2" cy="338.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-02-run.fit: 1.16 m</title></circle>
<circle cx="59.7" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-03-run.fit: 1.17 m</title></circle>
<circle cx="62.1" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-04-run.fit: 1.17 m</title></circle>
<circle cx="69.4" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-07-run.fit: 1.17 m</title></circle>
<circle cx="71.9" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-08-run.fit: 1.17 m</title></circle>
<circle cx="79.2" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-11-run.fit: 1.17 m</title></circle>
<circle cx="84.1" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-13-run.fit: 1.17 m</title></circle>
<circle cx="86.6" cy="338.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-14-run.fit: 1.16 m</title></circle>
<circle cx="89.0" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-15-run.fit: 1.17 m</title></circle>
<circle cx="96.3" cy="338.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-18-run.fit: 1.16 m</title></circle>
<circle cx="101.2" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-20-run.fit: 1.17 m</title></circle>
<circle cx="103.7" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-21-run.fit: 1.17 m</title></circle>
<circle cx="106.1" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-22-run.fit: 1.17 m</title></circle>
<circle cx="108.6" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-23-run.fit: 1.17 m</title></circle>
<circle cx="113.4" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-25-run.fit: 1.17 m</title></circle>
<circle cx="115.9" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-26-run.fit: 1.17 m</title></circle>
<circle cx="118.3" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-27-run.fit: 1.17 m</title></circle>
<circle cx="120.8" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-28-run.fit: 1.17 m</title></circle>
<circle cx="128.1" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-31-run.fit: 1.17 m</title></circle>
<circle cx="135.4" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-03-run.fit: 1.17 m</title></circle>
<circle cx="137.9" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-04-run.fit: 1.17 m</title></circle>
<circle cx="140.3" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-05-run.fit: 1.17 m</title></circle>
<circle cx="142.8" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-06-run.fit: 1.17 m</title></circle>
<circle cx="145.2" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-07-run.fit: 1.17 m</title></circle>
<circle cx="147.7" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-08-run.fit: 1.17 m</title></circle>
<circle cx="155.0" cy="337.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-11-run.fit: 1.16 m</title></circle>
<circle cx="162.3" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-14-run.fit: 1.17 m</title></circle>
<circle cx="164.8" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-15-run.fit: 1.17 m</title></circle>
<circle cx="172.1" cy="337.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-18-run.fit: 1.17 m</title></circle>
<circle cx="174.6" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-19-run.fit: 1.17 m</title></circle>
<circle cx="177.0" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run.fit: 1.17 m</title></circle>
<circle cx="181.9" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-22-run.fit: 1.17 m</title></circle>
<circle cx="184.3" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-23-run.fit: 1.17 m</title></circle>
<circle cx="186.8" cy="337.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-24-run.fit: 1.17 m</title></circle>
<circle cx="189.2" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-25-run.fit: 1.17 m</title></circle>
<circle cx="194.1" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-27-run.fit: 1.17 m</title></circle>
<circle cx="199.0" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-29-run.fit: 1.17 m</title></circle>
<circle cx="206.3" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-02-run.fit: 1.17 m</title></circle>
<circle cx="208.8" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-03-run.fit: 1.17 m</title></circle>
<circle cx="213.7" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-05-run.fit: 1.17 m</title></circle>
<circle cx="218.6" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-07-run.fit: 1.17 m</title></circle>
<circle cx="221.0" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-08-run.fit: 1.17 m</title></circle>
<circle cx="223.4" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run.fit: 1.17 m</title></circle>
<circle cx="228.3" cy="338.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-11-run.fit: 1.16 m</title></circle>
<circle cx="230.8" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-12-run.fit: 1.17 m</title></circle>
<circle cx="233.2" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-13-run.fit: 1.17 m</title></circle>
<circle cx="240.6" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-16-run.fit: 1.17 m</title></circle>
<circle cx="243.0" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-17-run.fit: 1.17 m</title></circle>
<circle cx="247.9" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run.fit: 1.17 m</title></circle>
<circle cx="252.8" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-21-run.fit: 1.17 m</title></circle>
<circle cx="255.2" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-22-run.fit: 1.17 m</title></circle>
<circle cx="257.7" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-23-run.fit: 1.17 m</title></circle>
<circle cx="265.0" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-26-run.fit: 1.17 m</title></circle>
<circle cx="267.4" cy="338.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-27-run.fit: 1.16 m</title></circle>
<circle cx="269.9" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-28-run.fit: 1.17 m</title></circle>
<circle cx="274.8" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-30-run.fit: 1.17 m</title></circle>
<circle cx="277.2" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-31-run.fit: 1.17 m</title></circle>
<circle cx="279.7" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-01-run.fit: 1.17 m</title></circle>
<circle cx="287.0" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-04-run.fit: 1.17 m</title></circle>
<circle cx="289.4" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-05-run.fit: 1.17 m</title></circle>
<circle cx="291.9" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-06-run.fit: 1.17 m</title></circle>
<circle cx="294.3" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-07-run.fit: 1.17 m</title></circle>
<circle cx="296.8" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-08-run.fit: 1.17 m</title></circle>
<circle cx="299.2" cy="337.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-09-run.fit: 1.17 m</title></circle>
<circle cx="306.6" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-12-run.fit: 1.17 m</title></circle>
<circle cx="309.0" cy="337.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-13-run.fit: 1.17 m</title></circle>
<circle cx="311.4" cy="337.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-14-run.fit: 1.17 m</title></circle>
<circle cx="316.3" cy="337.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-16-run.fit: 1.17 m</title></circle>
<circle cx="321.2" cy="337.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-18-run.fit: 1.17 m</title></circle>
<circle cx="323.7" cy="338.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-19-run.fit: 1.16 m</title></circle>
<circle cx="326.1" cy="337.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-20-run.fit: 1.17 m</title></circle>
<circle cx="328.6" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-21-run.fit: 1.17 m</title></circle>
<circle cx="333.4" cy="338.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-23-run.fit: 1.16 m</title></circle>
<circle cx="340.8" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-26-run.fit: 1.17 m</title></circle>
<circle cx="343.2" cy="337.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-27-run.fit: 1.17 m</title></circle>
<circle cx="345.7" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-28-run.fit: 1.17 m</title></circle>
<circle cx="350.6" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-30-run.fit: 1.17 m</title></circle>
<circle cx="357.9" cy="337.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-03-run.fit: 1.17 m</title></circle>
<circle cx="360.3" cy="337.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-04-run.fit: 1.17 m</title></circle>
<circle cx="362.8" cy="337.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-05-run.fit: 1.17 m</title></circle>
<text x="81.7" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="400.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
</svg>
</div>
<details class="numbers"><summary>Cadence and step length at matched speed over the season: the numbers</summary>
<div class="scroll"><table>
<caption>Cadence and step length at matched speed, per run</caption>
<thead><tr><th scope="col">Run</th><th scope="col">Date</th><th scope="col" class="num">Cadence (steps/min)</th><th scope="col" class="num">At matched speed</th><th scope="col" class="num">Step length (m)</th><th scope="col" class="num">At matched speed</th></tr></thead>
<tbody>
<tr><th scope="row">2026-03-02-run.fit</th><td>2026-03-02</td><td class="num">153.7</td><td class="num">156.0</td><td class="num">1.11</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-03-03-run.fit</th><td>2026-03-03</td><td class="num">155.9</td><td class="num">155.1</td><td class="num">1.19</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-04-run.fit</th><td>2026-03-04</td><td class="num">156.2</td><td class="num">154.8</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-07-run.fit</th><td>2026-03-07</td><td class="num">154.6</td><td class="num">155.5</td><td class="num">1.15</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-08-run.fit</th><td>2026-03-08</td><td class="num">156.2</td><td class="num">155.0</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-11-run.fit</th><td>2026-03-11</td><td class="num">155.1</td><td class="num">155.3</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-13-run.fit</th><td>2026-03-13</td><td class="num">155.1</td><td class="num">155.4</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-14-run.fit</th><td>2026-03-14</td><td class="num">153.9</td><td class="num">155.8</td><td class="num">1.12</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-03-15-run.fit</th><td>2026-03-15</td><td class="num">156.0</td><td class="num">155.0</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-18-run.fit</th><td>2026-03-18</td><td class="num">154.0</td><td class="num">155.8</td><td class="num">1.12</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-03-20-run.fit</th><td>2026-03-20</td><td class="num">155.7</td><td class="num">155.1</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-21-run.fit</th><td>2026-03-21</td><td class="num">155.4</td><td class="num">155.3</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-22-run.fit</th><td>2026-03-22</td><td class="num">155.1</td><td class="num">155.3</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-23-run.fit</th><td>2026-03-23</td><td class="num">154.6</td><td class="num">155.6</td><td class="num">1.15</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-25-run.fit</th><td>2026-03-25</td><td class="num">155.6</td><td class="num">155.2</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-26-run.fit</th><td>2026-03-26</td><td class="num">155.8</td><td class="num">155.0</td><td class="num">1.19</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-27-run.fit</th><td>2026-03-27</td><td class="num">155.4</td><td class="num">155.2</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-28-run.fit</th><td>2026-03-28</td><td class="num">154.7</td><td class="num">155.5</td><td class="num">1.15</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-03-31-run.fit</th><td>2026-03-31</td><td class="num">154.0</td><td class="num">155.8</td><td class="num">1.12</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-03-run.fit</th><td>2026-04-03</td><td class="num">156.0</td><td class="num">155.1</td><td class="num">1.19</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-04-run.fit</th><td>2026-04-04</td><td class="num">155.3</td><td class="num">155.3</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-05-run.fit</th><td>2026-04-05</td><td class="num">155.7</td><td class="num">155.1</td><td class="num">1.19</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-06-run.fit</th><td>2026-04-06</td><td class="num">154.9</td><td class="num">155.4</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-07-run.fit</th><td>2026-04-07</td><td class="num">155.3</td><td class="num">155.2</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-08-run.fit</th><td>2026-04-08</td><td class="num">154.2</td><td class="num">155.7</td><td class="num">1.13</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-11-run.fit</th><td>2026-04-11</td><td class="num">154.1</td><td class="num">155.8</td><td class="num">1.12</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-04-14-run.fit</th><td>2026-04-14</td><td class="num">155.9</td><td class="num">155.0</td><td class="num">1.19</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-15-run.fit</th><td>2026-04-15</td><td class="num">155.5</td><td class="num">155.2</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-18-run.fit</th><td>2026-04-18</td><td class="num">157.7</td><td class="num">154.3</td><td class="num">1.25</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-19-run.fit</th><td>2026-04-19</td><td class="num">154.2</td><td class="num">155.7</td><td class="num">1.13</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-20-run.fit</th><td>2026-04-20</td><td class="num">154.8</td><td class="num">155.5</td><td class="num">1.15</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-22-run.fit</th><td>2026-04-22</td><td class="num">154.9</td><td class="num">155.4</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-23-run.fit</th><td>2026-04-23</td><td class="num">156.2</td><td class="num">155.0</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-24-run.fit</th><td>2026-04-24</td><td class="num">156.5</td><td class="num">154.9</td><td class="num">1.21</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-25-run.fit</th><td>2026-04-25</td><td class="num">154.7</td><td class="num">155.5</td><td class="num">1.15</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-27-run.fit</th><td>2026-04-27</td><td class="num">155.5</td><td class="num">155.2</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-04-29-run.fit</th><td>2026-04-29</td><td class="num">153.6</td><td class="num">155.1</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-02-run.fit</th><td>2026-05-02</td><td class="num">153.3</td><td class="num">155.5</td><td class="num">1.13</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-03-run.fit</th><td>2026-05-03</td><td class="num">152.5</td><td class="num">155.8</td><td class="num">1.12</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-05-run.fit</th><td>2026-05-05</td><td class="num">156.2</td><td class="num">154.9</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-07-run.fit</th><td>2026-05-07</td><td class="num">156.1</td><td class="num">155.1</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-08-run.fit</th><td>2026-05-08</td><td class="num">153.2</td><td class="num">155.4</td><td class="num">1.14</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-09-run.fit</th><td>2026-05-09</td><td class="num">154.4</td><td class="num">155.1</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-11-run.fit</th><td>2026-05-11</td><td class="num">153.8</td><td class="num">155.9</td><td class="num">1.11</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-05-12-run.fit</th><td>2026-05-12</td><td class="num">155.7</td><td class="num">155.2</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-13-run.fit</th><td>2026-05-13</td><td class="num">153.5</td><td class="num">155.2</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-16-run.fit</th><td>2026-05-16</td><td class="num">155.7</td><td class="num">154.7</td><td class="num">1.21</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-17-run.fit</th><td>2026-05-17</td><td class="num">153.8</td><td class="num">154.9</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-19-run.fit</th><td>2026-05-19</td><td class="num">156.1</td><td class="num">155.0</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-21-run.fit</th><td>2026-05-21</td><td class="num">156.3</td><td class="num">154.8</td><td class="num">1.21</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-22-run.fit</th><td>2026-05-22</td><td class="num">155.0</td><td class="num">155.4</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-23-run.fit</th><td>2026-05-23</td><td class="num">154.5</td><td class="num">155.2</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-26-run.fit</th><td>2026-05-26</td><td class="num">154.9</td><td class="num">155.4</td><td class="num">1.15</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-27-run.fit</th><td>2026-05-27</td><td class="num">152.0</td><td class="num">155.9</td><td class="num">1.10</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-05-28-run.fit</th><td>2026-05-28</td><td class="num">154.0</td><td class="num">154.9</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-30-run.fit</th><td>2026-05-30</td><td class="num">154.7</td><td class="num">155.0</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-05-31-run.fit</th><td>2026-05-31</td><td class="num">154.2</td><td class="num">155.1</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-01-run.fit</th><td>2026-06-01</td><td class="num">153.6</td><td class="num">155.3</td><td class="num">1.15</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-04-run.fit</th><td>2026-06-04</td><td class="num">153.7</td><td class="num">155.1</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-05-run.fit</th><td>2026-06-05</td><td class="num">156.3</td><td class="num">154.9</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-06-run.fit</th><td>2026-06-06</td><td class="num">153.9</td><td class="num">155.3</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-07-run.fit</th><td>2026-06-07</td><td class="num">155.9</td><td class="num">155.1</td><td class="num">1.19</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-08-run.fit</th><td>2026-06-08</td><td class="num">153.2</td><td class="num">155.4</td><td class="num">1.14</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-09-run.fit</th><td>2026-06-09</td><td class="num">153.1</td><td class="num">155.5</td><td class="num">1.13</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-12-run.fit</th><td>2026-06-12</td><td class="num">155.8</td><td class="num">155.0</td><td class="num">1.19</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-13-run.fit</th><td>2026-06-13</td><td class="num">156.1</td><td class="num">154.5</td><td class="num">1.22</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-14-run.fit</th><td>2026-06-14</td><td class="num">156.5</td><td class="num">154.7</td><td class="num">1.21</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-16-run.fit</th><td>2026-06-16</td><td class="num">153.6</td><td class="num">155.1</td><td class="num">1.16</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-18-run.fit</th><td>2026-06-18</td><td class="num">154.1</td><td class="num">155.7</td><td class="num">1.13</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-19-run.fit</th><td>2026-06-19</td><td class="num">153.6</td><td class="num">155.9</td><td class="num">1.11</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-06-20-run.fit</th><td>2026-06-20</td><td class="num">155.4</td><td class="num">154.8</td><td class="num">1.20</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-21-run.fit</th><td>2026-06-21</td><td class="num">153.1</td><td class="num">155.3</td><td class="num">1.14</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-23-run.fit</th><td>2026-06-23</td><td class="num">154.0</td><td class="num">155.8</td><td class="num">1.12</td><td class="num">1.16</td></tr>
<tr><th scope="row">2026-06-26-run.fit</th><td>2026-06-26</td><td class="num">153.3</td><td class="num">155.4</td><td class="num">1.14</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-27-run.fit</th><td>2026-06-27</td><td class="num">155.6</td><td class="num">154.5</td><td class="num">1.22</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-28-run.fit</th><td>2026-06-28</td><td class="num">155.6</td><td class="num">155.2</td><td class="num">1.18</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-06-30-run.fit</th><td>2026-06-30</td><td class="num">155.4</td><td class="num">155.3</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-07-03-run.fit</th><td>2026-07-03</td><td class="num">156.4</td><td class="num">154.8</td><td class="num">1.21</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-07-04-run.fit</th><td>2026-07-04</td><td class="num">154.3</td><td class="num">155.1</td><td class="num">1.17</td><td class="num">1.17</td></tr>
<tr><th scope="row">2026-07-05-run.fit</th><td>2026-07-05</td><td class="num">154.9</td><td class="num">155.4</td><td class="num">1.16</td><td class="num">1.17</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-descent-intensity" class="chart-figure">
<figcaption><strong>Weekly descent and high-intensity minutes.</strong> Upper panel: metres descended per week from smoothed altitude (D1: a week above 1.3 × its 4-week mean is flagged). Lower panel: minutes faster than threshold pace, else at ≥ 80 % of HRmax, with triangles counting jump sessions — plyometric or jump exercises, or HIIT; strides count as minutes (D2; Malliaras 2015). The most descent was 1151 m in 2026-W23. 0 jump sessions in the season.</figcaption>
<div class="chart-box">
<svg id="descent-intensity" class="chart" viewBox="0 0 380.0 361.0" width="380.0" height="361.0" role="img" aria-labelledby="descent-intensity-title descent-intensity-desc" font-family="system-ui, sans-serif">
<title id="descent-intensity-title">Weekly descent and high-intensity minutes</title>
<desc id="descent-intensity-desc">Upper panel: metres descended per week from smoothed altitude (D1: a week above 1.3 × its 4-week mean is flagged). Lower panel: minutes faster than threshold pace, else at ≥ 80 % of HRmax, with triangles counting jump sessions — plyometric or jump exercises, or HIIT; strides count as minutes (D2; Malliaras 2015). The most descent was 1151 m in 2026-W23. 0 jump sessions in the season.</desc>
<defs><pattern id="descent-intensity-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#009E73"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">descent (m)</text>
<rect x="173.8" y="7.0" width="16.0" height="10.0" fill="#E69F00"/>
<text x="195.8" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">high-intensity minutes</text>
<polygon points="59.0,24.0 69.0,24.0 64.0,33.0" fill="#CC79A7"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">jump sessions (count)</text>
<rect x="248.2" y="25.0" width="16.0" height="10.0" fill="url(#descent-intensity-nodata)" stroke="#bbb"/>
<text x="270.2" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">no data</text>
<line x1="56.0" y1="180.5" x2="364.0" y2="180.5" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="184.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="143.7" x2="364.0" y2="143.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="147.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">500</text>
<line class="grid" x1="56.0" y1="106.8" x2="364.0" y2="106.8" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="110.8" text-anchor="end" font-size="12.0" fill="#1a1a1a">1000</text>
<line class="grid" x1="56.0" y1="70.0" x2="364.0" y2="70.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="74.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">1500</text>
<line x1="56.0" y1="70.0" x2="56.0" y2="180.5" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="64.0" text-anchor="start" font-size="12.0" fill="#444">descent (m)</text>
<rect x="58.6" y="138.5" width="12.0" height="42.0" fill="#009E73"><title>2026-W10: descent 570 m</title></rect>
<rect x="75.7" y="142.8" width="12.0" height="37.7" fill="#009E73"><title>2026-W11: descent 512 m</title></rect>
<rect x="92.8" y="137.3" width="12.0" height="43.2" fill="#009E73"><title>2026-W12: descent 587 m</title></rect>
<rect x="109.9" y="138.6" width="12.0" height="41.9" fill="#009E73"><title>2026-W13: descent 569 m</title></rect>
<rect x="127.0" y="146.2" width="12.0" height="34.3" fill="#009E73"><title>2026-W14: descent 466 m</title></rect>
<rect x="144.1" y="147.6" width="12.0" height="32.9" fill="#009E73"><title>2026-W15: descent 447 m</title></rect>
<rect x="161.2" y="135.2" width="12.0" height="45.3" fill="#009E73"><title>2026-W16: descent 615 m</title></rect>
<rect x="178.3" y="101.0" width="12.0" height="79.5" fill="#009E73"><title>2026-W17: descent 1079 m</title></rect>
<rect x="195.5" y="136.1" width="12.0" height="44.4" fill="#009E73"><title>2026-W18: descent 603 m</title></rect>
<rect x="212.6" y="115.7" width="12.0" height="64.8" fill="#009E73"><title>2026-W19: descent 879 m</title></rect>
<rect x="229.7" y="103.7" width="12.0" height="76.8" fill="#009E73"><title>2026-W20: descent 1043 m</title></rect>
<rect x="246.8" y="128.8" width="12.0" height="51.7" fill="#009E73"><title>2026-W21: descent 701 m</title></rect>
<rect x="263.9" y="108.7" width="12.0" height="71.8" fill="#009E73"><title>2026-W22: descent 975 m</title></rect>
<rect x="281.0" y="95.7" width="12.0" height="84.8" fill="#009E73"><title>2026-W23: descent 1151 m</title></rect>
<rect x="298.1" y="107.4" width="12.0" height="73.1" fill="#009E73"><title>2026-W24: descent 993 m</title></rect>
<rect x="315.2" y="109.1" width="12.0" height="71.4" fill="#009E73"><title>2026-W25: descent 970 m</title></rect>
<rect x="332.3" y="108.5" width="12.0" height="72.0" fill="#009E73"><title>2026-W26: descent 977 m</title></rect>
<rect x="349.5" y="118.9" width="12.0" height="61.6" fill="#009E73"><title>2026-W27: descent 837 m</title></rect>
<text x="81.7" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
<line x1="56.0" y1="335.0" x2="364.0" y2="335.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="339.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.00</text>
<line class="grid" x1="56.0" y1="307.4" x2="364.0" y2="307.4" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="311.4" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.05</text>
<line class="grid" x1="56.0" y1="279.8" x2="364.0" y2="279.8" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="283.8" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.10</text>
<line class="grid" x1="56.0" y1="252.1" x2="364.0" y2="252.1" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="256.1" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.15</text>
<line class="grid" x1="56.0" y1="224.5" x2="364.0" y2="224.5" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="228.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.20</text>
<line x1="56.0" y1="224.5" x2="56.0" y2="335.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="218.5" text-anchor="start" font-size="12.0" fill="#444">high-intensity minutes</text>
<rect x="58.6" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W10: 0 min high intensity</title></rect>
<rect x="75.7" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W11: 0 min high intensity</title></rect>
<rect x="92.8" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W12: 0 min high intensity</title></rect>
<rect x="109.9" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W13: 0 min high intensity</title></rect>
<rect x="127.0" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W14: 0 min high intensity</title></rect>
<rect x="144.1" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W15: 0 min high intensity</title></rect>
<rect x="161.2" y="242.9" width="12.0" height="92.1" fill="#E69F00"><title>2026-W16: 0 min high intensity</title></rect>
<rect x="178.3" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W17: 0 min high intensity</title></rect>
<rect x="195.5" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W18: 0 min high intensity</title></rect>
<rect x="212.6" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W19: 0 min high intensity</title></rect>
<rect x="229.7" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W20: 0 min high intensity</title></rect>
<rect x="246.8" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W21: 0 min high intensity</title></rect>
<rect x="263.9" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W22: 0 min high intensity</title></rect>
<rect x="281.0" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W23: 0 min high intensity</title></rect>
<rect x="298.1" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W24: 0 min high intensity</title></rect>
<rect x="315.2" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W25: 0 min high intensity</title></rect>
<rect x="332.3" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W26: 0 min high intensity</title></rect>
<rect x="349.5" y="335.0" width="12.0" height="0.0" fill="#E69F00"><title>2026-W27: 0 min high intensity</title></rect>
<text x="81.7" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="115.9" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="150.1" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="184.3" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="218.6" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="252.8" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="287.0" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="321.2" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="355.4" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
</svg>
</div>
<details class="numbers"><summary>Weekly descent and high-intensity minutes: the numbers</summary>
<div class="scroll"><table>
<caption>Weekly terrain and intensity</caption>
<thead><tr><th scope="col">Week</th><th scope="col" class="num">Descent (m)</th><th scope="col" class="num">Ascent (m)</th><th scope="col" class="num">High-intensity (min)</th><th scope="col" class="num">Jump sessions</th></tr></thead>
<tbody>
<tr><th scope="row">2026-W10</th><td class="num">570</td><td class="num">590</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W11</th><td class="num">512</td><td class="num">507</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W12</th><td class="num">587</td><td class="num">614</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W13</th><td class="num">569</td><td class="num">577</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W14</th><td class="num">466</td><td class="num">502</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W15</th><td class="num">447</td><td class="num">454</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W16</th><td class="num">615</td><td class="num">428</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W17</th><td class="num">1079</td><td class="num">840</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W18</th><td class="num">603</td><td class="num">413</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W19</th><td class="num">879</td><td class="num">679</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W20</th><td class="num">1043</td><td class="num">896</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W21</th><td class="num">701</td><td class="num">527</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W22</th><td class="num">975</td><td class="num">761</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W23</th><td class="num">1151</td><td class="num">948</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W24</th><td class="num">993</td><td class="num">763</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W25</th><td class="num">970</td><td class="num">751</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W26</th><td class="num">977</td><td class="num">770</td><td class="num">0</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W27</th><td class="num">837</td><td class="num">656</td><td class="num">0</td><td class="num">0</td></tr>
</tbody>
</table></div>
</details>
</figure>
</div>
</section>
<section id="kinematics">
<h2>Kinematics (lab or video)</h2>
<p>2D joint angles vary 3–8° within a day and 9–14° between days (Damsted 2015): one session alone never flags — a finding seen once is pending confirmation, shown with its values, until another session shows it. Without a reference table (a param) sides are compared with each other and with the runner's earlier sessions only.</p>
<figure id="fig-kinematics-sides" class="chart-figure">
<figcaption><strong>Kinematics per side (degrees).</strong> Pairs of bars compare the left and the right side for each K rule that fired on a side difference of at least the threshold (heuristic ≥ 3°): K1 on 2026-06-24: left 9.1°, right 13.9°; K3 on 2026-06-24: left 18.3°, right 10.9°; K4 on 2026-06-24: left 5.3°, right 9.1°. One session alone never flags (Damsted 2015: 9–14° between days).</figcaption>
<div class="chart-box">
<svg id="kinematics-sides" class="chart" viewBox="0 0 380.0 196.0" width="380.0" height="196.0" role="img" aria-labelledby="kinematics-sides-title kinematics-sides-desc" font-family="system-ui, sans-serif">
<title id="kinematics-sides-title">Kinematics per side (degrees)</title>
<desc id="kinematics-sides-desc">Pairs of bars compare the left and the right side for each K rule that fired on a side difference of at least the threshold (heuristic ≥ 3°): K1 on 2026-06-24: left 9.1°, right 13.9°; K3 on 2026-06-24: left 18.3°, right 10.9°; K4 on 2026-06-24: left 5.3°, right 9.1°. One session alone never flags (Damsted 2015: 9–14° between days).</desc>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#0072B2"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">left</text>
<rect x="121.8" y="7.0" width="16.0" height="10.0" fill="#E69F00"/>
<text x="143.8" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">right</text>
<polygon points="198.0,6.0 208.0,6.0 203.0,15.0" fill="#D55E00"/>
<text x="217.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">flagged side</text>
<text x="56.0" y="45.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">K1, 2026-06-24</text>
<rect x="56.0" y="49.0" width="81.6" height="11.0" fill="#0072B2"><title>K1 left: 9.1°</title></rect>
<text x="141.6" y="59.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">9.1°</text>
<rect x="56.0" y="62.0" width="123.9" height="11.0" fill="#E69F00"><title>K1 right: 13.9°</title></rect>
<text x="197.9" y="72.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">13.9°</text>
<polygon points="183.9,62.0 193.9,62.0 188.9,71.0" fill="#D55E00" stroke="#1a1a1a"/>
<text x="56.0" y="91.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">K3, 2026-06-24</text>
<rect x="56.0" y="95.0" width="163.6" height="11.0" fill="#0072B2"><title>K3 left: 18.3°</title></rect>
<text x="223.6" y="105.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">18.3°</text>
<rect x="56.0" y="108.0" width="97.7" height="11.0" fill="#E69F00"><title>K3 right: 10.9°</title></rect>
<text x="171.7" y="118.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">10.9°</text>
<polygon points="157.7,108.0 167.7,108.0 162.7,117.0" fill="#D55E00" stroke="#1a1a1a"/>
<text x="56.0" y="137.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">K4, 2026-06-24</text>
<rect x="56.0" y="141.0" width="47.6" height="11.0" fill="#0072B2"><title>K4 left: 5.3°</title></rect>
<text x="107.6" y="151.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">5.3°</text>
<rect x="56.0" y="154.0" width="81.6" height="11.0" fill="#E69F00"><title>K4 right: 9.1°</title></rect>
<text x="155.6" y="164.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">9.1°</text>
<polygon points="141.6,154.0 151.6,154.0 146.6,163.0" fill="#D55E00" stroke="#1a1a1a"/>
<line x1="56.0" y1="174.0" x2="324.0" y2="174.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="188.0" text-anchor="middle" font-size="12.0" fill="#444">0°</text>
<text x="145.3" y="188.0" text-anchor="middle" font-size="12.0" fill="#444">10°</text>
<text x="234.7" y="188.0" text-anchor="middle" font-size="12.0" fill="#444">20°</text>
<text x="324.0" y="188.0" text-anchor="middle" font-size="12.0" fill="#444">30°</text>
</svg>
</div>
<details class="numbers"><summary>Kinematics per side (degrees): the numbers</summary>
<div class="scroll"><table>
<caption>Angles per side</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Date</th><th scope="col">Session</th><th scope="col" class="num">Left (°)</th><th scope="col" class="num">Right (°)</th><th scope="col">Flagged side</th></tr></thead>
<tbody>
<tr><th scope="row">K1</th><td>2026-06-24</td><td>kinematics/2026-06-24-treadmill.csv</td><td class="num">9.1</td><td class="num">13.9</td><td>right</td></tr>
<tr><th scope="row">K3</th><td>2026-06-24</td><td>kinematics/2026-06-24-treadmill.csv</td><td class="num">18.3</td><td class="num">10.9</td><td>right</td></tr>
<tr><th scope="row">K4</th><td>2026-06-24</td><td>kinematics/2026-06-24-treadmill.csv</td><td class="num">5.3</td><td class="num">9.1</td><td>right</td></tr>
</tbody>
</table></div>
</details>
</figure>
<h3>Left side</h3>
<ul>
<li>kinematics/2026-06-24-treadmill.csv: left: foot strike and toe-off detected from knee flexion</li>
</ul>
<h3>Right side</h3>
<ul>
<li>kinematics/2026-06-24-treadmill.csv: right: foot strike and toe-off detected from knee flexion</li>
</ul>
<div class="scroll"><table>
<caption>Findings pending confirmation (seen in one session; another session confirms or clears them)</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Weeks</th><th scope="col" class="num">Value (°)</th><th scope="col" class="num">Threshold (°)</th><th scope="col" class="num">Baseline (°)</th><th scope="col">Finding</th></tr></thead>
<tbody>
<tr><th scope="row">K1</th><td>2026-W12 – 2026-W15 (4 weeks)</td><td class="num">14.0</td><td class="num">3.0</td><td class="num">9.3</td><td>pending confirmation: right peak hip adduction 14.0° vs 9.3° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)</td></tr>
<tr><th scope="row">K3</th><td>2026-W12 – 2026-W15 (4 weeks)</td><td class="num">11.4</td><td class="num">3.0</td><td class="num">18.9</td><td>pending confirmation: right knee flexion at initial contact 11.4° vs 18.9° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)</td></tr>
<tr><th scope="row">K4</th><td>2026-W12 – 2026-W15 (4 weeks)</td><td class="num">10.3</td><td class="num">3.0</td><td class="num">6.2</td><td>pending confirmation: right peak knee internal rotation 10.3° vs 6.2° for the left side, seen in 1 of the 2 sessions needed (kinematics/2026-03-18-treadmill.csv)</td></tr>
</tbody>
</table></div>
<div class="scroll"><table>
<caption>K rules in the latest week</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">State</th><th scope="col" class="num">Value (°)</th><th scope="col" class="num">Threshold (°)</th><th scope="col" class="num">Baseline (°)</th><th scope="col">Note</th></tr></thead>
<tbody>
<tr><th scope="row">K1</th><td>fired</td><td class="num">13.9</td><td class="num">3.0</td><td class="num">9.1</td><td>right, vs the left side</td></tr>
<tr><th scope="row">K2</th><td>not_fired</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)</td></tr>
<tr><th scope="row">K3</th><td>fired</td><td class="num">10.9</td><td class="num">3.0</td><td class="num">18.3</td><td>right, vs the left side</td></tr>
<tr><th scope="row">K4</th><td>fired</td><td class="num">9.1</td><td class="num">3.0</td><td class="num">5.3</td><td>right, vs the left side</td></tr>
</tbody>
</table></div>
</section>
<section id="flagged-runs" class="new-page">
<h2>Flagged runs and weeks</h2>
<p>One line per rule (and band) and streak of consecutive ISO weeks in which it fired, with the streak's first and last date and its strongest firing: value, the threshold it passed, the runner's own baseline and the source (study designs are in the method table below). Every single firing is in report.json (<code>fired_rules</code>) and weeks.csv. PFP = patellofemoral pain, ITBS = iliotibial band syndrome, PT = patellar tendinopathy; a firing without one is context only.</p>
<div class="scroll"><table class="firings">
<caption>70 firings in 17 streaks</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Weeks</th><th scope="col" class="num">Strongest</th><th scope="col" class="num">Threshold</th><th scope="col" class="num">Baseline</th></tr></thead>
<tbody><tr><th scope="row">L1 small</th><td class="nowrap">W16</td><td class="num">1.22×</td><td class="num">1.10×</td><td class="num">10.7 km</td></tr>
<tr class="detail"><td colspan="5">2026-04-14 – 2026-04-18, 2 firings; the strongest, 2026-04-18, 2026-04-18-run.fit: distance 13.0 km is 1.22× the longest run of the previous 30 days (10.7 km): small session spike (&gt;1.10); a long run (≥ 75th percentile of the previous 30 days). Counts for ITBS. Source: Frandsen 2025, BJSM.</td></tr></tbody>
<tbody><tr><th scope="row">L2</th><td class="nowrap">W16</td><td class="num">65.5 %</td><td class="num">30.0 %</td><td class="num">26.8 km</td></tr>
<tr class="detail"><td colspan="5">2026-04-19: 44.4 km in the 7 days to 2026-04-19 vs 26.8 km the 7 days before: +66% (&gt; 30%). Counts for PFP, PT. Source: Nielsen 2014, JOSPT.</td></tr></tbody>
<tbody><tr><th scope="row">L2</th><td class="nowrap">W22</td><td class="num">30.2 %</td><td class="num">30.0 %</td><td class="num">43.9 km</td></tr>
<tr class="detail"><td colspan="5">2026-05-31: 57.1 km in the 7 days to 2026-05-31 vs 43.9 km the 7 days before: +30% (&gt; 30%). Counts for PFP, PT. Source: Nielsen 2014, JOSPT.</td></tr></tbody>
<tbody><tr><th scope="row">G1 low</th><td class="nowrap">W10–W27, 18 weeks</td><td class="num">155.0 steps/min</td><td class="num">166.0 steps/min</td><td class="num">155.2 steps/min</td></tr>
<tr class="detail"><td colspan="5">2026-03-08 – 2026-07-05, 18 firings; the strongest, 2026-06-14: cadence at the reference speed 3.03 m/s was 155.0 spm in week 2026-W24 (≤ 166 spm, a soft flag); consider +5–10% of the preferred cadence (≈ 163–171 spm), not &quot;180&quot;. Counts for PFP, ITBS. Source: Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7).</td></tr></tbody>
<tbody><tr><th scope="row">G3</th><td class="nowrap">W10–W27, 18 weeks</td><td class="num">20 runs</td><td class="num">3 runs</td><td class="num">52.6 % left</td></tr>
<tr class="detail"><td colspan="5">2026-03-08 – 2026-07-05, 18 firings; the strongest, 2026-06-28: 20 runs in the 28 days to 2026-06-28 had a ground-contact balance more than 2% from 50/50 (context only, not scored). Context only. Source: heuristic (no study).</td></tr></tbody>
<tbody><tr><th scope="row">D1 new long descent</th><td class="nowrap">W16</td><td class="num">254 m</td><td class="num">52 m</td><td class="num">40 m</td></tr>
<tr class="detail"><td colspan="5">2026-04-18, 2026-04-18-run.fit: a continuous descent of 254 m is 6.34× the longest of the previous 30 days (40 m; &gt; 1.3×). Counts for PFP, ITBS. Source: expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med).</td></tr></tbody>
<tbody><tr><th scope="row">D1 weekly descent</th><td class="nowrap">W17</td><td class="num">1079 m</td><td class="num">682 m</td><td class="num">524 m</td></tr>
<tr class="detail"><td colspan="5">2026-04-25: 1079 m descended in week 2026-W17 vs a 4-week mean of 524 m (&gt; 1.3×). Counts for PFP, ITBS. Source: expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med).</td></tr></tbody>
<tbody><tr><th scope="row">D1 weekly descent</th><td class="nowrap">W20</td><td class="num">1043 m</td><td class="num">1032 m</td><td class="num">794 m</td></tr>
<tr class="detail"><td colspan="5">2026-05-17: 1043 m descended in week 2026-W20 vs a 4-week mean of 794 m (&gt; 1.3×). Counts for PFP, ITBS. Source: expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med).</td></tr></tbody>
<tbody><tr><th scope="row">D2 minutes</th><td class="nowrap">W16</td><td class="num">0 min</td><td class="num">0 min</td><td class="num">0 min</td></tr>
<tr class="detail"><td colspan="5">2026-04-19: week 2026-W16: 0.2 min of high intensity after 4 weeks without. Counts for PT. Source: Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy load management).</td></tr></tbody>
<tbody><tr><th scope="row">ASC</th><td class="nowrap">W17</td><td class="num">840 m</td><td class="num">637 m</td><td class="num">490 m</td></tr>
<tr class="detail"><td colspan="5">2026-04-25: 840 m climbed in week 2026-W17 vs a 4-week mean of 490 m (&gt; 1.3×). Counts for PT. Source: expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther).</td></tr></tbody>
<tbody><tr><th scope="row">ASC</th><td class="nowrap">W20</td><td class="num">896 m</td><td class="num">767 m</td><td class="num">590 m</td></tr>
<tr class="detail"><td colspan="5">2026-05-17: 896 m climbed in week 2026-W20 vs a 4-week mean of 590 m (&gt; 1.3×). Counts for PT. Source: expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther).</td></tr></tbody>
<tbody><tr><th scope="row">ASC</th><td class="nowrap">W23</td><td class="num">948 m</td><td class="num">931 m</td><td class="num">716 m</td></tr>
<tr class="detail"><td colspan="5">2026-06-07: 948 m climbed in week 2026-W23 vs a 4-week mean of 716 m (&gt; 1.3×). Counts for PT. Source: expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther).</td></tr></tbody>
<tbody><tr><th scope="row">K1 right</th><td class="nowrap">W26</td><td class="num">13.9°</td><td class="num">3.0°</td><td class="num">9.1°</td></tr>
<tr class="detail"><td colspan="5">2026-06-24, kinematics/2026-06-24-treadmill.csv: right peak hip adduction 13.9° vs 9.1° for the left side (≥ 3.0° more), seen in 2 sessions. Counts for PFP, ITBS. Source: Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP).</td></tr></tbody>
<tbody><tr><th scope="row">K3 right</th><td class="nowrap">W26</td><td class="num">10.9°</td><td class="num">3.0°</td><td class="num">18.3°</td></tr>
<tr class="detail"><td colspan="5">2026-06-24, kinematics/2026-06-24-treadmill.csv: right knee flexion at initial contact 10.9° vs 18.3° for the left side (≥ 3.0° more extended), seen in 2 sessions. Counts for PFP. Source: Bramah 2018, AJSM.</td></tr></tbody>
<tbody><tr><th scope="row">K4 right</th><td class="nowrap">W26</td><td class="num">9.1°</td><td class="num">3.0°</td><td class="num">5.3°</td></tr>
<tr class="detail"><td colspan="5">2026-06-24, kinematics/2026-06-24-treadmill.csv: right peak hip internal rotation 9.1° vs 5.3° for the left side (≥ 3.0° more), seen in 2 sessions. Counts for ITBS. Source: Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3).</td></tr></tbody>
<tbody><tr><th scope="row">S2 lateral</th><td class="nowrap">W18–W27, 10 weeks</td><td class="num">8/10</td><td class="num">3/10</td><td class="num">19 days</td></tr>
<tr class="detail"><td colspan="5">2026-05-03 – 2026-07-05, 10 firings; the strongest, 2026-07-05: pain reported at the lateral knee (right), worst pain 8/10 on 19 days in the 28 days to 2026-07-05 (≥ 3/10 or ≥ 2 days: +2): points to iliotibial band syndrome. Counts for ITBS. Source: Lavine 2010, Curr Rev Musculoskelet Med (ITBS).</td></tr></tbody>
<tbody><tr><th scope="row">S3 lateral</th><td class="nowrap">W18–W27, 10 weeks</td><td class="num">4 aggravators</td><td class="num">2 aggravators</td><td class="num">—</td></tr>
<tr class="detail"><td colspan="5">2026-05-03 – 2026-07-05, 10 firings; the strongest, 2026-07-05: at the lateral knee the diary lists predictable distance, eases walking, downhill, long run in the 28 days to 2026-07-05: aggravators of iliotibial band syndrome (+1). Counts for ITBS. Source: Lavine 2010, Curr Rev Musculoskelet Med (ITBS).</td></tr></tbody>
</table></div>
</section>
<section id="data-quality">
<h2>Data quality, duplicates and skipped inputs</h2>
<p>80 of 126 days have a recorded activity, 46 are rest days (load 0) and 0 are untracked (unknown, not 0).</p>
<p>Across 80 activities and 264024 samples: 1 GPS or pod dropout, 145 cadence-zero samples left out of cadence means, 90 implausible values removed, 0 runs with heart rate on less than 80 % of its moving time.</p>
<div class="scroll"><table>
<caption>1 run with a data-quality remark</caption>
<thead><tr><th scope="col">Run</th><th scope="col" class="num">Samples</th><th scope="col" class="num">Recorded time</th><th scope="col" class="num">Heart rate</th><th scope="col" class="num">GPS dropouts</th><th scope="col" class="num">Cadence zeros</th><th scope="col" class="num">Removed values</th><th scope="col">Warnings</th></tr></thead>
<tbody>
<tr><th scope="row">2026-05-12-run.fit</th><td class="num">2781</td><td class="num">100 %</td><td class="num">99 %</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td></td></tr>
</tbody>
</table></div>
<h3>Duplicates</h3>
<p>No recordings overlapped by more than 50 % in time.</p>
<h3>Skipped inputs</h3>
<p>No input was skipped.</p>
</section>
<section id="method">
<h2>Method and sources</h2>
<p>Each presentation gets points from the rules that fired; 0 points is none, 1 low, 2–3 moderate, 4 or more high. A week counts every rule that fired in that ISO week or in the 28 days before its Sunday. A rule whose data is missing reports insufficient data — never 0 — and adds no points, so a level can be lower than a complete record would give, never higher. Evidence for prediction is weak (small prospective cohorts, retrospective designs), hence "pattern consistent with".</p>
<div class="scroll"><table>
<caption>The rules and how they went this season</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Counts for</th><th scope="col">Source and design</th><th scope="col">This season</th></tr></thead>
<tbody>
<tr><th scope="row">L1 session spike (distance ÷ longest run in the previous 30 days)</th><td>PFP and patellar tendinopathy +1 when ≥ moderate; ITBS +1 when ≥ small</td><td>Frandsen 2025, BJSM — prospective cohort, 5,205 Garmin runners, 18 months; adjusted HR 1.64 (&gt;1.10–1.30), 1.52 (&gt;1.30–2.0), 2.28 (&gt;2.0)</td><td>fired in 1 week; insufficient data in 4</td></tr>
<tr><th scope="row">L2 weekly progression (last 7 d ÷ preceding 7 d − 1)</th><td>PFP and patellar tendinopathy +1 (the same line as L1 ≥ moderate)</td><td>Nielsen 2014, JOSPT — prospective cohort, 874 novice runners; HR 1.59 (95% CI 0.96–2.66, P = .07) for &gt;30% vs &lt;10% — CI crosses 1</td><td>fired in 2 weeks; insufficient data in 1</td></tr>
<tr><th scope="row">L3 acute:chronic workload ratio (EWMA λ 0.25 / 0.069 and uncoupled rolling)</th><td>no points: descriptive trend only</td><td>Williams 2017, BJSM (EWMA); Gabbett 2016, BJSM (thresholds) — descriptive only: thresholds do not survive scrutiny (Impellizzeri 2020/2021, Lolli 2019; none in Frandsen 2025)</td><td>fired in 0 weeks; insufficient data in 3</td></tr>
<tr><th scope="row">L4 Foster monotony (mean ÷ SD of daily load over 7 days) and strain</th><td>patellar tendinopathy +1 when monotony &gt; 2.0</td><td>Foster 1998, Med Sci Sports Exerc — n = 25, outcome illness, individual thresholds; the 1.5 / 2.0 cut-offs are Runalyze&#39;s convention</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">L5 fitness / fatigue / form (EWMA 42 d / 7 d, λ = 2/(N+1))</th><td>no points: context</td><td>Banister 1975, Aust J Sports Med (fitness-fatigue model); λ = 2/(N+1) is Runalyze&#39;s convention (GoldenCheetah uses λ = 1 − e^(−1/N)) — descriptive model, no injury outcome</td><td>fired in 0 weeks; insufficient data in 3</td></tr>
<tr><th scope="row">L6 internal load: Banister TRIMP, session RPE × minutes</th><td>no points: the load unit of L3–L5</td><td>Banister 1991, Physiological Testing of the High-Performance Athlete (Human Kinetics); Foster 2001, J Strength Cond Res — load quantification, no injury outcome</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">G1 cadence at matched speed (own cadence-on-speed regression)</th><td>PFP +1 and ITBS +1 when low (or G2 long)</td><td>Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7) — 68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag</td><td>fired in 18 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">G2 step length at matched speed vs own baseline</th><td>PFP +1 and ITBS +1 when long (or G1 low)</td><td>Willson 2014, Clin Biomech 29:243 — laboratory study: +10% step length → +31% patellofemoral joint stress per step</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">G3 ground-contact asymmetry (|stance_time_balance − 50| &gt; 2% on &gt; 3 runs)</th><td>no points: context</td><td>heuristic (no study) — context only, not scored</td><td>fired in 18 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">D1 descent load (weekly descent vs 4-week mean; new long descent vs 30 days)</th><td>PFP +1; ITBS +1</td><td>expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med) — expert rule, no direct outcome study</td><td>fired in 3 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">D2 high-intensity volume: minutes above threshold pace (not downhill) or at HR Z4–5, strides and sprints included; jump sessions (plyometric or HIIT)</th><td>patellar tendinopathy +2</td><td>Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy load management) — expert rule</td><td>fired in 1 week; insufficient data in 2</td></tr>
<tr><th scope="row">ASC ascent / stair spike (weekly ascent vs 4-week mean)</th><td>patellar tendinopathy +1</td><td>expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther) — expert rule</td><td>fired in 3 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">K1 peak hip adduction in stance</th><td>PFP +2; ITBS +2</td><td>Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP) — prospective: 18 ITBS cases; 15 PFP cases of 400 female runners — side difference ≥ 3° is a heuristic</td><td>fired in 2 weeks; insufficient data in 12; pending confirmation in 4</td></tr>
<tr><th scope="row">K2 contralateral pelvic drop at midstance</th><td>PFP +1; ITBS +1</td><td>Bramah 2018, AJSM — retrospective case-control; OR ≈ 1.8 per degree — context</td><td>fired in 0 weeks; insufficient data in 12</td></tr>
<tr><th scope="row">K3 knee more extended at initial contact (overstriding)</th><td>PFP +1</td><td>Bramah 2018, AJSM — retrospective case-control</td><td>fired in 2 weeks; insufficient data in 12; pending confirmation in 4</td></tr>
<tr><th scope="row">K4 peak knee or hip internal rotation</th><td>ITBS +1</td><td>Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3) — knee IR: female ITBS, prospective; hip IR +3.7°: male ITBS, cross-sectional</td><td>fired in 2 weeks; insufficient data in 12; pending confirmation in 4</td></tr>
<tr><th scope="row">S1 tendon pain monitoring (pain during &gt; 5/10, not settled by next morning, or morning pain rising)</th><td>patellar tendinopathy at least moderate; advice: reduce energy-storage load first</td><td>Silbernagel 2007, Am J Sports Med; applied to the patellar tendon per Malliaras 2015, J Orthop Sports Phys Ther — RCT in Achilles tendinopathy (pain-monitoring model)</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">S2 pain site (peripatellar → PFP, lateral → ITBS, inferior pole → patellar tendinopathy)</th><td>the reported site&#39;s presentation +2 (worst pain ≥ s2_pain or on ≥ s2_days days) or +1; while another site is reported, a presentation whose site is not is capped at low</td><td>Crossley 2016, Br J Sports Med (PFP consensus, part 1); Lavine 2010, Curr Rev Musculoskelet Med (ITBS); Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy) — consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low</td><td>fired in 10 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">S3 aggravators of the presentation at its own site (two distinct)</th><td>the presentation at its own site +1 with two distinct aggravators of it</td><td>Crossley 2016, Br J Sports Med; Lavine 2010, Curr Rev Musculoskelet Med; Malliaras 2015, J Orthop Sports Phys Ther — clinical descriptions of each presentation&#39;s aggravators; expert rule</td><td>fired in 10 weeks; insufficient data in 0</td></tr>
</tbody>
</table></div>
<p>Definitions: the 4-week mean is the mean over the 4 ISO weeks before the assessed one, weeks without coverage dropped (fewer than 2 left is insufficient data). A day without activity inside a gap of up to 6 days is a rest day (load 0); longer gaps are untracked unless listed as rest days. Recordings that overlap by more than 50 % are one run. Chronic metrics need 28 days of coverage.</p>
<p>This is a screening summary, not a diagnosis — a clinical assessment decides.</p>
</section>
<section id="parameters">
<h2>Parameters used</h2>
<div class="scroll"><table>
<caption>Stage parameters and the season baseline</caption>
<thead><tr><th scope="col">Parameter</th><th scope="col">Value</th></tr></thead>
<tbody>
<tr><th scope="row">l1_small</th><td>1.10</td></tr>
<tr><th scope="row">l1_moderate</th><td>1.30</td></tr>
<tr><th scope="row">l1_large</th><td>2.0</td></tr>
<tr><th scope="row">l2_progression</th><td>0.30</td></tr>
<tr><th scope="row">l4_monotony_note</th><td>1.5</td></tr>
<tr><th scope="row">l4_monotony_flag</th><td>2.0</td></tr>
<tr><th scope="row">load_unit</th><td>auto</td></tr>
<tr><th scope="row">srpe_session_share</th><td>0.8</td></tr>
<tr><th scope="row">trimp_run_share</th><td>0.8</td></tr>
<tr><th scope="row">chronic_min_days</th><td>28</td></tr>
<tr><th scope="row">rest_gap_days</th><td>6</td></tr>
<tr><th scope="row">g1_low</th><td>166</td></tr>
<tr><th scope="row">g1_high</th><td>178</td></tr>
<tr><th scope="row">g2_long</th><td>0.10</td></tr>
<tr><th scope="row">g3_balance</th><td>2.0</td></tr>
<tr><th scope="row">g3_runs</th><td>3</td></tr>
<tr><th scope="row">d1_ratio</th><td>1.3</td></tr>
<tr><th scope="row">d2_ratio</th><td>1.3</td></tr>
<tr><th scope="row">ascent_ratio</th><td>1.3</td></tr>
<tr><th scope="row">k_side_difference</th><td>3.0</td></tr>
<tr><th scope="row">k_min_sessions</th><td>2</td></tr>
<tr><th scope="row">k_reference</th><td></td></tr>
<tr><th scope="row">s1_pain_during</th><td>5</td></tr>
<tr><th scope="row">s2_pain</th><td>3</td></tr>
<tr><th scope="row">s2_days</th><td>2</td></tr>
<tr><th scope="row">w_pfp_k1</th><td>2</td></tr>
<tr><th scope="row">w_pfp_k2</th><td>1</td></tr>
<tr><th scope="row">w_pfp_k3</th><td>1</td></tr>
<tr><th scope="row">w_pfp_gait</th><td>1</td></tr>
<tr><th scope="row">w_pfp_d1</th><td>1</td></tr>
<tr><th scope="row">w_pfp_load</th><td>1</td></tr>
<tr><th scope="row">w_itbs_k1</th><td>2</td></tr>
<tr><th scope="row">w_itbs_k4</th><td>1</td></tr>
<tr><th scope="row">w_itbs_k2</th><td>1</td></tr>
<tr><th scope="row">w_itbs_gait</th><td>1</td></tr>
<tr><th scope="row">w_itbs_l1</th><td>1</td></tr>
<tr><th scope="row">w_itbs_d1</th><td>1</td></tr>
<tr><th scope="row">w_pt_d2</th><td>2</td></tr>
<tr><th scope="row">w_pt_load</th><td>1</td></tr>
<tr><th scope="row">w_pt_ascent</th><td>1</td></tr>
<tr><th scope="row">w_pt_monotony</th><td>1</td></tr>
<tr><th scope="row">w_s2_site</th><td>2</td></tr>
<tr><th scope="row">w_s2_site_mild</th><td>1</td></tr>
<tr><th scope="row">w_s3_aggravators</th><td>1</td></tr>
<tr><th scope="row">units (load-report)</th><td>km</td></tr>
<tr><th scope="row">reference speed (G1/G2)</th><td>3.03 m/s</td></tr>
<tr><th scope="row">cadence regression</th><td>116.3 + 12.7 × speed (m/s)</td></tr>
<tr><th scope="row">step-length regression</th><td>0.280 + 0.294 × speed (m/s)</td></tr>
<tr><th scope="row">runs in the regressions</th><td>80</td></tr>
</tbody>
</table></div>
</section>
</main>
<footer><p class="disclaimer">This is a screening summary, not a diagnosis — a clinical assessment decides.</p></footer>
</body>
</html>
ڿ
ana-ramp/runs.csvÿathlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,timer_time_s,duration_s,moving_pace_s_per_km,device,step_length_matched_m,step_length_native,average_pace_s_per_km,paused_time_s,pause_count,cadence_sd_spm,vertical_ratio_pct,power_w,descent_per_km,downhill_time_s,uphill_time_s,longest_descent_m,longest_descent_distance_m,hr_z1_s,hr_z2_s,hr_z3_s,hr_z4_s,hr_z5_s,faster_than_threshold_s,high_intensity_s,high_intensity_basis,intervals,strides,sprints,session_rpe_load,load,load_estimated,samples,coverage,heart_rate_coverage,gps_dropouts,cadence_zeros,implausible_removed,warnings,gear
ana-ramp,2026-03-02-run.fit,2026-03-02T08:08:00Z,running,6522.6,2289,153.7,156.0,1.109,295.2,52.60,97.4,163.1,137.4,96.8,2289.0,2289,350.9,garmin fr945,1.163,true,350.9,0,0,3.9,8.90,178.3,21.1,543,876,39.8,898.9,25,37,436,1445,347,144,0,threshold_pace,0,0,0,114.5,96.8,false,2290,1.000,1.000,0,2,0,,
ana-ramp,2026-03-03-run.fit,2026-03-03T06:26:00Z,running,7101.3,2294,155.9,155.1,1.191,286.7,52.60,98.4,70.9,71.6,99.4,2294.0,2294,323.0,garmin fr945,1.172,true,323.0,0,0,2.2,8.29,186.8,10.1,176,185,4.0,189.1,0,30,41,2204,0,27,0,threshold_pace,0,0,0,,99.4,false,2295,1.000,0.991,0,3,2,,
ana-ramp,2026-03-04-run.fit,2026-03-04T07:33:00Z,running,7009.0,2238,156.2,154.8,1.202,285.4,52.59,98.6,68.0,72.0,98.5,2238.0,2238,319.3,garmin fr945,1.171,true,319.3,0,0,2.3,8.23,187.8,10.3,154,183,4.0,174.9,14,32,48,2145,0,103,0,threshold_pace,0,0,0,111.9,98.5,false,2239,1.000,1.000,0,0,1,,
ana-ramp,2026-03-07-run.fit,2026-03-07T08:26:00Z,running,9456.5,3194,154.6,155.5,1.145,291.4,52.60,97.8,212.0,213.1,141.3,3194.0,3194,337.8,garmin fr945,1.166,true,337.8,0,0,4.0,8.66,180.3,22.5,814,1141,38.1,903.9,45,31,312,2189,618,376,0,threshold_pace,2,2,0,159.7,141.3,false,3195,1.000,1.000,0,2,1,,
ana-ramp,2026-03-08-run.fit,2026-03-08T06:24:00Z,running,7558.7,2415,156.2,155.0,1.201,285.4,52.60,98.5,75.8,76.0,106.9,2415.0,2415,319.5,garmin fr945,1.172,true,319.5,0,0,2.2,8.23,188.7,10.1,171,195,4.0,175.5,16,34,37,2329,0,82,0,threshold_pace,0,0,0,,106.9,false,2416,1.000,1.000,0,3,0,,
ana-ramp,2026-03-11-run.fit,2026-03-11T08:11:00Z,running,6649.0,2209,155.1,155.3,1.164,289.7,52.61,98.0,65.5,67.7,92.1,2209.0,2209,332.2,garmin fr945,1.170,true,332.2,0,0,2.3,8.45,181.0,10.2,174,171,4.0,173.2,10,23,74,2103,0,1,0,threshold_pace,0,0,0,,92.1,false,2210,1.000,1.000,0,0,3,,
ana-ramp,2026-03-13-run.fit,2026-03-13T07:29:00Z,running,7683.4,2554,155.1,155.4,1.160,289.6,52.61,98.0,166.4,171.6,113.0,2554.0,2554,332.4,garmin fr945,1.168,true,332.4,0,0,4.1,8.56,182.2,22.3,645,873,27.8,401.7,7,15,290,1854,389,322,0,threshold_pace,3,0,0,,113.0,false,2555,1.000,1.000,0,1,1,,
ana-ramp,2026-03-14-run.fit,2026-03-14T06:53:00Z,running,8850.2,3070,153.9,155.8,1.120,294.1,52.60,97.5,202.6,196.4,131.5,3070.0,3070,346.9,garmin fr945,1.163,true,346.9,0,0,4.1,8.83,176.7,22.2,762,1076,27.9,428.0,12,21,498,2059,481,310,0,threshold_pace,2,1,0,,131.5,false,3071,1.000,1.000,0,3,0,,
ana-ramp,2026-03-15-run.fit,2026-03-15T07:44:00Z,running,7495.5,2409,156.0,155.0,1.196,286.1,52.60,98.5,72.0,75.8,105.5,2409.0,2409,321.4,garmin fr945,1.171,true,321.4,0,0,2.3,8.26,187.1,10.1,166,190,4.0,191.1,11,33,52,2314,0,86,0,threshold_pace,0,0,0,,105.5,false,2410,1.000,1.000,0,2,0,,
ana-ramp,2026-03-18-run.fit,2026-03-18T06:57:00Z,running,7121.2,2467,154.0,155.8,1.122,293.9,52.60,97.6,170.4,156.7,104.8,2467.0,2467,346.4,garmin fr945,1.164,true,346.4,0,0,3.8,8.80,177.9,22.0,623,904,40.0,911.1,21,33,450,1520,424,231,0,threshold_pace,0,0,0,,104.8,false,2468,1.000,0.992,0,3,1,,
ana-ramp,2026-03-20-run.fit,2026-03-20T06:22:00Z,running,7157.9,2326,155.7,155.1,1.185,287.2,52.60,98.3,72.0,70.3,100.5,2326.0,2326,325.0,garmin fr945,1.172,true,325.0,0,0,2.4,8.33,185.8,9.8,174,200,4.0,177.4,19,29,35,2244,0,43,0,threshold_pace,0,0,0,,100.5,false,2327,1.000,1.000,0,2,1,,
ana-ramp,2026-03-21-run.fit,2026-03-21T06:49:00Z,running,9002.5,2952,155.4,155.3,1.174,288.3,52.60,98.2,200.4,203.9,134.7,2952.0,2952,327.9,garmin fr945,1.168,true,327.9,0,0,4.2,8.48,185.1,22.7,749,1012,27.9,414.6,11,15,218,2136,573,481,0,threshold_pace,5,0,0,,134.7,false,2953,1.000,1.000,0,2,2,,
ana-ramp,2026-03-22-run.fit,2026-03-22T06:39:00Z,running,7251.0,2411,155.1,155.3,1.160,289.7,52.61,98.0,171.2,156.2,108.5,2411.0,2411,332.5,garmin fr945,1.166,true,332.5,0,0,4.1,8.55,184.8,21.5,591,874,40.0,909.0,0,16,251,1539,586,379,0,threshold_pace,2,0,0,120.5,108.5,false,2412,1.000,0.992,0,1,1,,
ana-ramp,2026-03-23-run.fit,2026-03-23T07:23:00Z,running,7307.0,2473,154.6,155.6,1.146,291.5,52.59,97.8,74.8,72.0,101.4,2473.0,2473,338.4,garmin fr945,1.168,true,338.4,0,0,2.2,8.57,178.8,9.9,173,230,4.0,174.7,12,18,86,2358,0,1,0,threshold_pace,0,0,0,,101.4,false,2474,1.000,1.000,0,0,1,,
ana-ramp,2026-03-25-run.fit,2026-03-25T07:13:00Z,running,6957.2,2266,155.6,155.2,1.180,287.5,52.61,98.3,165.5,142.7,104.8,2266.0,2266,325.7,garmin fr945,1.169,true,325.7,0,0,4.2,8.43,191.8,20.5,520,845,39.2,926.5,0,0,129,1615,503,411,0,threshold_pace,3,0,0,,104.8,false,2267,1.000,0.991,0,1,0,,
ana-ramp,2026-03-26-run.fit,2026-03-26T06:41:00Z,running,6405.7,2073,155.8,155.0,1.189,286.8,52.61,98.3,64.0,63.9,89.6,2073.0,2073,323.6,garmin fr945,1.170,true,323.6,0,0,2.4,8.30,186.3,10.0,150,173,4.0,174.3,14,36,38,1986,0,47,0,threshold_pace,0,0,0,103.7,89.6,false,2074,1.000,1.000,0,1,1,,
ana-ramp,2026-03-27-run.fit,2026-03-27T07:22:00Z,running,7629.0,2502,155.4,155.2,1.176,288.3,52.60,98.2,75.8,76.0,107.0,2502.0,2502,328.0,garmin fr945,1.171,true,328.0,0,0,2.3,8.38,184.0,10.0,187,242,4.0,179.7,13,21,38,2431,0,16,0,threshold_pace,0,0,0,,107.0,false,2503,1.000,1.000,0,0,1,,
ana-ramp,2026-03-28-run.fit,2026-03-28T06:54:00Z,running,9028.2,3041,154.7,155.5,1.148,291.1,52.60,97.8,196.4,214.1,132.0,3041.0,3041,336.8,garmin fr945,1.166,true,336.8,0,0,4.0,8.63,176.0,23.7,811,1060,40.0,910.4,0,3,519,2012,488,378,0,threshold_pace,1,0,0,152.1,132.0,false,3042,1.000,0.993,0,2,1,,
ana-ramp,2026-03-31-run.fit,2026-03-31T08:30:00Z,running,7664.3,2656,154.0,155.8,1.124,293.9,52.60,97.5,76.0,75.4,105.8,2656.0,2656,346.5,garmin fr945,1.166,true,346.5,0,0,2.1,8.71,173.9,9.8,208,233,4.0,178.1,13,32,92,2520,0,0,0,threshold_pace,0,0,0,,105.8,false,2657,1.000,1.000,0,1,1,,
ana-ramp,2026-04-03-run.fit,2026-04-03T07:24:00Z,running,6162.1,1984,156.0,155.1,1.191,286.2,52.59,98.4,144.4,134.8,92.0,1984.0,1984,322.0,garmin fr945,1.169,true,322.0,0,0,4.3,8.38,190.5,21.9,488,705,38.8,897.1,9,12,118,1393,453,427,0,threshold_pace,4,0,0,,92.0,false,1985,1.000,1.000,0,1,1,,
ana-ramp,2026-04-04-run.fit,2026-04-04T06:45:00Z,running,8517.1,2805,155.3,155.3,1.170,288.7,52.60,98.1,208.2,180.0,130.1,2805.0,2805,329.3,garmin fr945,1.168,true,329.3,0,0,4.1,8.50,189.1,21.1,673,1060,39.9,907.6,17,38,154,1799,798,468,0,threshold_pace,4,1,0,140.2,130.1,false,2806,1.000,1.000,0,1,1,,
ana-ramp,2026-04-05-run.fit,2026-04-05T06:08:00Z,running,7521.5,2439,155.7,155.1,1.187,287.0,52.61,98.3,73.3,76.0,105.7,2439.0,2439,324.3,garmin fr945,1.171,true,324.3,0,0,2.3,8.31,185.6,10.1,184,195,4.0,174.3,10,23,72,2335,0,20,0,threshold_pace,0,0,0,122.0,105.7,false,2440,1.000,1.000,0,1,2,,
ana-ramp,2026-04-06-run.fit,2026-04-06T07:16:00Z,running,6220.1,2080,154.9,155.4,1.157,290.4,52.60,98.0,59.7,63.3,85.6,2080.0,2080,334.4,garmin fr945,1.168,true,334.4,0,0,2.3,8.50,179.3,10.2,161,164,4.0,180.6,11,36,51,1983,0,3,0,threshold_pace,0,0,0,104.0,85.6,false,2081,1.000,1.000,0,3,1,,
ana-ramp,2026-04-07-run.fit,2026-04-07T07:06:00Z,running,6000.1,1980,155.3,155.2,1.170,288.9,52.60,98.1,60.0,60.0,82.6,1980.0,1980,330.0,garmin fr945,1.169,true,330.0,0,0,2.1,8.41,182.7,10.0,138,154,4.0,174.9,0,34,44,1883,0,12,0,threshold_pace,0,0,0,,82.6,false,1981,1.000,0.990,0,0,1,,
ana-ramp,2026-04-08-run.fit,2026-04-08T07:32:00Z,running,6027.0,2067,154.2,155.7,1.131,292.9,52.59,97.7,129.8,145.9,85.7,2067.0,2067,343.0,garmin fr945,1.166,true,343.0,0,0,3.7,8.73,172.1,24.2,573,667,39.2,914.1,22,75,386,1294,291,184,0,threshold_pace,0,0,0,103.3,85.7,false,2068,1.000,1.000,0,2,0,,
ana-ramp,2026-04-11-run.fit,2026-04-11T06:03:00Z,running,8581.9,2965,154.1,155.8,1.124,293.7,52.60,97.6,204.2,178.0,129.2,2965.0,2965,345.5,garmin fr945,1.165,true,345.5,0,0,3.8,8.79,180.9,20.7,698,1081,38.8,898.6,15,39,428,1905,579,238,0,threshold_pace,2,0,0,,129.2,false,2966,1.000,1.000,0,2,1,,
ana-ramp,2026-04-14-run.fit,2026-04-14T06:29:00Z,running,10683.9,3447,155.9,155.0,1.192,286.5,52.60,98.4,107.4,106.6,153.7,3447.0,3447,322.6,garmin fr945,1.172,true,322.6,0,0,2.2,8.28,187.1,10.0,251,263,4.0,178.4,0,28,36,3357,7,60,0,threshold_pace,0,0,0,172.3,153.7,false,3448,1.000,0.994,0,1,0,,
ana-ramp,2026-04-15-run.fit,2026-04-15T06:01:00Z,running,10561.3,3462,155.5,155.2,1.177,288.2,52.60,98.2,104.0,107.4,150.9,3462.0,3462,327.8,garmin fr945,1.171,true,327.8,0,0,2.1,8.37,183.4,10.2,253,279,4.0,175.0,15,35,48,3364,1,26,0,threshold_pace,0,0,0,,150.9,false,3463,1.000,1.000,0,4,4,,
ana-ramp,2026-04-18-run.fit,2026-04-18T07:21:00Z,running,12999.2,3946,157.7,154.3,1.252,279.8,52.60,99.2,113.3,301.2,177.8,3946.0,3946,303.6,garmin fr945,1.175,true,303.6,0,0,3.0,7.97,171.7,23.2,1065,579,253.6,5358.6,13,21,44,3658,211,994,10,threshold_pace,9,0,0,197.3,177.8,false,3947,1.000,1.000,0,1,0,,
ana-ramp,2026-04-19-run.fit,2026-04-19T06:31:00Z,running,10166.5,3494,154.2,155.7,1.131,293.1,52.60,97.6,103.5,100.0,143.4,3494.0,3494,343.7,garmin fr945,1.166,true,343.7,0,0,2.2,8.66,176.1,9.8,267,318,4.0,180.8,10,19,155,3311,0,0,0,threshold_pace,0,0,0,,143.4,false,3495,1.000,1.000,0,1,3,,
ana-ramp,2026-04-20-run.fit,2026-04-20T07:25:00Z,running,9230.5,3106,154.8,155.5,1.149,291.0,52.60,97.9,212.1,209.0,137.6,3106.0,3106,336.5,garmin fr945,1.166,true,336.5,0,0,4.0,8.63,180.5,22.6,778,1105,40.0,913.1,9,19,441,1948,690,426,0,threshold_pace,1,1,0,155.3,137.6,false,3107,1.000,1.000,0,0,1,,
ana-ramp,2026-04-22-run.fit,2026-04-22T08:23:00Z,running,8639.0,2884,154.9,155.4,1.156,290.1,52.59,98.0,186.9,209.4,125.8,2884.0,2884,333.8,garmin fr945,1.167,true,333.8,0,0,4.0,8.58,176.6,24.2,790,983,40.0,911.5,8,14,493,1850,520,434,0,threshold_pace,3,0,0,144.2,125.8,false,2885,1.000,1.000,0,3,0,,
ana-ramp,2026-04-23-run.fit,2026-04-23T06:49:00Z,running,10502.8,3356,156.2,155.0,1.199,285.4,52.59,98.5,226.3,252.6,157.6,3356.0,3356,319.5,garmin fr945,1.170,true,319.5,0,0,4.2,8.32,184.4,24.0,907,1129,40.0,911.5,15,26,171,2184,961,778,0,threshold_pace,8,0,0,167.8,157.6,false,3357,1.000,1.000,0,2,1,,
ana-ramp,2026-04-24-run.fit,2026-04-24T08:20:00Z,running,10081.6,3186,156.5,154.9,1.212,284.3,52.60,98.6,100.0,101.3,145.6,3186.0,3186,316.0,garmin fr945,1.174,true,316.0,0,0,2.4,8.17,190.6,10.0,228,259,4.0,183.3,16,26,30,3042,73,159,0,threshold_pace,0,0,0,,145.6,false,3187,1.000,1.000,0,0,0,,
ana-ramp,2026-04-25-run.fit,2026-04-25T06:09:00Z,running,13909.0,4682,154.7,155.5,1.151,291.0,52.61,97.9,114.4,306.6,185.0,4682.0,4682,336.6,garmin fr945,1.169,true,336.6,0,0,2.7,8.55,155.9,22.0,1211,652,252.0,5755.6,12,30,957,3684,0,154,0,threshold_pace,0,0,0,,185.0,false,4683,1.000,1.000,0,1,1,,
ana-ramp,2026-04-27-run.fit,2026-04-27T07:21:00Z,running,9017.7,2951,155.5,155.2,1.178,288.1,52.60,98.2,88.0,90.8,127.7,2951.0,2951,327.2,garmin fr945,1.170,true,327.2,0,0,2.3,8.37,183.8,10.1,231,253,4.0,179.8,11,29,58,2854,0,35,0,threshold_pace,0,0,0,147.6,127.7,false,2952,1.000,1.000,0,2,1,,
ana-ramp,2026-04-29-run.fit,2026-04-29T07:35:00Z,running,10552.7,3514,153.6,155.1,1.166,300.3,52.60,95.5,100.8,101.0,150.9,3514.0,3514,333.0,garmin fr945,1.171,true,333.0,0,0,9.7,8.17,181.2,9.6,258,259,3.8,172.2,17,131,107,3256,4,48,0,threshold_pace,0,0,0,,150.9,false,3515,1.000,1.000,0,4,1,,
ana-ramp,2026-05-02-run.fit,2026-05-02T06:10:00Z,running,14818.2,5092,153.3,155.5,1.135,300.1,52.60,96.0,120.7,311.1,199.0,5092.0,5092,343.6,garmin fr945,1.168,true,343.6,0,0,8.0,8.46,154.3,21.0,1303,685,251.8,6182.6,98,98,865,4030,2,75,0,threshold_pace,0,0,0,,199.0,false,5093,1.000,1.000,0,3,2,,
ana-ramp,2026-05-03-run.fit,2026-05-03T06:06:00Z,running,10143.1,3554,152.5,155.8,1.118,304.0,52.60,95.2,103.5,100.0,142.8,3554.0,3554,350.4,garmin fr945,1.167,true,350.4,0,0,8.7,8.51,172.7,9.9,260,328,4.0,176.0,11,137,152,3255,0,0,0,threshold_pace,0,0,0,177.7,142.8,false,3555,1.000,1.000,0,2,2,,
ana-ramp,2026-05-05-run.fit,2026-05-05T06:28:00Z,running,9574.6,3054,156.2,154.9,1.204,285.2,52.60,98.5,95.4,96.0,137.0,3054.0,3054,319.0,garmin fr945,1.173,true,319.0,0,0,2.2,8.21,189.1,10.0,218,259,4.0,176.0,0,12,52,2915,56,82,0,threshold_pace,0,0,0,,137.0,false,3055,1.000,0.993,0,1,0,,
ana-ramp,2026-05-07-run.fit,2026-05-07T08:30:00Z,running,9646.5,3090,156.1,155.1,1.196,285.6,52.61,98.5,217.1,223.6,145.4,3090.0,3090,320.3,garmin fr945,1.170,true,320.3,0,0,4.1,8.34,188.5,23.2,819,1094,39.6,923.5,10,43,138,2001,879,616,0,threshold_pace,6,0,0,,145.4,false,3091,1.000,0.994,0,0,0,,
ana-ramp,2026-05-08-run.fit,2026-05-08T07:19:00Z,running,10961.8,3749,153.2,155.4,1.137,301.1,52.59,95.7,240.2,245.2,164.7,3749.0,3749,342.0,garmin fr945,1.166,true,342.0,0,0,9.3,8.48,177.1,22.4,938,1251,38.4,904.0,26,133,412,2485,694,485,0,threshold_pace,5,0,0,,164.7,false,3750,1.000,1.000,0,2,5,,
ana-ramp,2026-05-09-run.fit,2026-05-09T06:36:00Z,running,15728.6,5195,154.4,155.1,1.172,295.5,52.60,96.6,126.5,314.6,215.9,5195.0,5195,330.3,garmin fr945,1.172,true,330.3,0,0,7.9,8.25,162.0,20.0,1265,676,251.6,6565.2,15,158,294,4682,47,377,0,threshold_pace,0,0,0,,215.9,false,5196,1.000,1.000,0,5,0,,
ana-ramp,2026-05-11-run.fit,2026-05-11T06:32:00Z,running,9874.4,3449,153.8,155.9,1.114,294.8,52.60,97.4,228.8,214.9,147.4,3449.0,3449,349.3,garmin fr945,1.164,true,349.3,0,0,3.9,8.86,175.9,21.8,836,1259,39.8,901.6,12,18,604,2423,393,269,0,threshold_pace,1,1,0,,147.4,false,3450,1.000,1.000,0,2,1,,
ana-ramp,2026-05-12-run.fit,2026-05-12T06:02:00Z,running,8537.6,2780,155.7,155.2,1.180,287.6,52.60,98.3,210.1,181.8,130.9,2780.0,2780,325.6,garmin fr945,1.169,true,325.6,0,0,4.2,8.43,190.9,21.3,655,1069,40.0,914.4,0,19,185,1722,835,547,0,threshold_pace,6,0,0,,130.9,false,2781,1.000,0.993,1,1,0,,
ana-ramp,2026-05-13-run.fit,2026-05-13T06:35:00Z,running,10022.1,3345,153.5,155.2,1.162,301.2,52.61,95.3,228.2,221.2,152.1,3345.0,3345,333.8,garmin fr945,1.169,true,333.8,0,0,10.5,8.26,182.8,22.1,818,1144,40.0,913.4,9,102,366,1965,904,665,0,threshold_pace,7,0,0,167.2,152.1,false,3346,1.000,1.000,0,4,0,,
ana-ramp,2026-05-16-run.fit,2026-05-16T08:30:00Z,running,16637.0,5285,155.7,154.7,1.209,289.8,52.60,97.4,128.6,322.7,232.9,5285.0,5285,317.7,garmin fr945,1.172,true,317.7,0,0,7.3,8.06,169.0,19.4,1201,653,252.2,6980.1,12,136,127,4708,303,722,0,threshold_pace,0,0,0,264.2,232.9,false,5286,1.000,1.000,0,4,3,,
ana-ramp,2026-05-17-run.fit,2026-05-17T06:39:00Z,running,10150.0,3344,153.8,154.9,1.177,300.0,52.60,95.4,100.0,102.5,145.6,3344.0,3344,329.5,garmin fr945,1.173,true,329.5,0,0,10.1,8.08,182.5,10.1,240,288,4.0,176.4,12,48,233,3051,1,101,0,threshold_pace,0,0,0,167.2,145.6,false,3345,1.000,1.000,0,0,1,,
ana-ramp,2026-05-19-run.fit,2026-05-19T07:04:00Z,running,8785.6,2818,156.1,155.0,1.198,285.9,52.60,98.5,86.7,88.0,125.0,2818.0,2818,320.8,garmin fr945,1.172,true,320.8,0,0,2.3,8.25,187.9,10.0,202,201,4.0,180.3,10,20,65,2724,0,101,0,threshold_pace,0,0,0,,125.0,false,2819,1.000,1.000,0,1,2,,
ana-ramp,2026-05-21-run.fit,2026-05-21T06:59:00Z,running,9111.1,2901,156.3,154.8,1.205,285.1,52.61,98.5,90.9,91.8,130.3,2901.0,2901,318.4,garmin fr945,1.172,true,318.4,0,0,2.2,8.20,189.5,10.1,221,219,4.0,173.7,15,35,38,2807,7,85,0,threshold_pace,0,0,0,145.1,130.3,false,2902,1.000,1.000,0,3,0,,
ana-ramp,2026-05-22-run.fit,2026-05-22T06:00:00Z,running,9076.0,3025,155.0,155.4,1.158,290.1,52.60,98.0,213.6,197.0,137.5,3025.0,3025,333.3,garmin fr945,1.167,true,333.3,0,0,4.1,8.57,184.4,21.7,739,1107,40.0,909.5,11,19,214,2072,710,462,0,threshold_pace,3,0,0,,137.5,false,3026,1.000,1.000,0,2,3,,
ana-ramp,2026-05-23-run.fit,2026-05-23T06:15:00Z,running,16899.8,5596,154.5,155.2,1.169,294.4,52.60,96.8,136.0,324.5,234.2,5596.0,5596,331.1,garmin fr945,1.170,true,331.1,0,0,7.2,8.30,163.0,19.2,1347,714,253.4,6961.6,85,72,181,5224,35,275,0,threshold_pace,0,0,0,,234.2,false,5597,1.000,1.000,0,3,1,,
ana-ramp,2026-05-26-run.fit,2026-05-26T08:25:00Z,running,9465.0,3165,154.9,155.4,1.155,290.4,52.59,98.0,203.0,215.1,139.8,3165.0,3165,334.4,garmin fr945,1.167,true,334.4,0,0,3.9,8.59,178.4,22.7,798,1096,40.0,909.5,6,17,511,2028,604,395,0,threshold_pace,1,1,0,158.2,139.8,false,3166,1.000,1.000,0,4,1,,
ana-ramp,2026-05-27-run.fit,2026-05-27T08:18:00Z,running,10043.7,3593,152.0,155.9,1.096,305.9,52.60,95.1,216.4,230.5,147.5,3593.0,3593,357.7,garmin fr945,1.163,true,357.7,0,0,9.2,8.74,167.5,22.9,931,1195,38.8,900.0,26,121,707,2264,476,261,0,threshold_pace,0,0,0,,147.5,false,3594,1.000,1.000,0,0,0,,
ana-ramp,2026-05-28-run.fit,2026-05-28T08:01:00Z,running,10516.0,3469,154.0,154.9,1.175,298.8,52.61,95.8,103.3,104.0,151.0,3469.0,3469,329.9,garmin fr945,1.171,true,329.9,0,0,9.4,8.13,182.9,9.9,251,295,4.0,176.1,14,133,100,3218,5,73,0,threshold_pace,0,0,0,173.4,151.0,false,3470,1.000,1.000,0,4,1,,
ana-ramp,2026-05-30-run.fit,2026-05-30T08:30:00Z,running,16899.8,5550,154.7,155.0,1.177,293.7,52.59,96.9,134.6,325.0,235.0,5550.0,5550,328.4,garmin fr945,1.171,true,328.4,0,0,7.4,8.24,164.3,19.2,1306,699,253.8,6978.8,79,87,119,5176,90,389,0,threshold_pace,0,0,0,,235.0,false,5551,1.000,1.000,0,0,1,,
ana-ramp,2026-05-31-run.fit,2026-05-31T07:58:00Z,running,10217.1,3377,154.2,155.1,1.172,297.1,52.60,96.2,103.8,100.0,146.2,3377.0,3377,330.5,garmin fr945,1.172,true,330.5,0,0,8.5,8.19,183.3,9.8,233,270,4.0,176.6,0,103,91,3164,0,56,0,threshold_pace,0,0,0,,146.2,false,3378,1.000,0.994,0,3,1,,
ana-ramp,2026-06-01-run.fit,2026-06-01T07:19:00Z,running,11174.1,3757,153.6,155.3,1.154,299.7,52.60,95.8,258.2,254.9,169.2,3757.0,3757,336.2,garmin fr945,1.168,true,336.2,0,0,9.5,8.37,180.3,22.8,1003,1329,39.9,904.1,40,103,239,2437,919,606,0,threshold_pace,3,2,0,187.8,169.2,false,3758,1.000,0.995,0,1,3,,
ana-ramp,2026-06-04-run.fit,2026-06-04T07:52:00Z,running,11122.9,3709,153.7,155.1,1.162,299.4,52.59,95.7,238.9,255.3,167.6,3709.0,3709,333.5,garmin fr945,1.168,true,333.5,0,0,9.8,8.29,179.9,22.9,951,1227,38.8,896.2,20,77,359,2470,784,614,0,threshold_pace,5,1,0,185.4,167.6,false,3710,1.000,1.000,0,4,2,,
ana-ramp,2026-06-05-run.fit,2026-06-05T08:09:00Z,running,9331.7,2975,156.3,154.9,1.204,285.2,52.60,98.5,92.5,92.0,133.4,2975.0,2975,318.8,garmin fr945,1.172,true,318.8,0,0,2.3,8.21,189.3,9.9,215,249,4.0,175.1,0,19,30,2905,2,84,0,threshold_pace,0,0,0,148.8,133.4,false,2976,1.000,0.993,0,2,2,,
ana-ramp,2026-06-06-run.fit,2026-06-06T08:03:00Z,running,16897.7,5677,153.9,155.3,1.156,297.4,52.60,96.3,135.6,323.4,233.6,5677.0,5677,336.0,garmin fr945,1.169,true,336.0,0,0,7.8,8.34,160.6,19.1,1333,711,252.2,6939.0,28,164,396,5051,39,151,0,threshold_pace,0,0,0,,233.6,false,5678,1.000,1.000,0,6,0,,
ana-ramp,2026-06-07-run.fit,2026-06-07T07:56:00Z,running,9908.0,3197,155.9,155.1,1.189,286.6,52.59,98.4,222.7,225.3,149.7,3197.0,3197,322.7,garmin fr945,1.169,true,322.7,0,0,4.1,8.37,187.1,22.7,821,1111,40.0,914.6,12,23,181,2082,900,652,0,threshold_pace,5,1,0,159.8,149.7,false,3198,1.000,1.000,0,2,2,,
ana-ramp,2026-06-08-run.fit,2026-06-08T07:53:00Z,running,10323.6,3523,153.2,155.4,1.142,300.9,52.60,95.7,101.7,103.4,146.3,3523.0,3523,341.3,garmin fr945,1.169,true,341.3,0,0,8.6,8.36,176.4,10.0,257,328,4.0,180.6,14,35,214,3261,0,3,0,threshold_pace,0,0,0,176.2,146.3,false,3524,1.000,1.000,0,2,2,,
ana-ramp,2026-06-09-run.fit,2026-06-09T07:30:00Z,running,10656.7,3680,153.1,155.5,1.128,301.3,52.60,95.7,227.3,254.8,156.8,3680.0,3680,345.3,garmin fr945,1.165,true,345.3,0,0,8.8,8.55,170.7,23.9,975,1212,40.0,909.5,18,95,595,2332,641,492,0,threshold_pace,1,0,0,184.0,156.8,false,3681,1.000,1.000,0,0,0,,
ana-ramp,2026-06-12-run.fit,2026-06-12T06:51:00Z,running,9659.7,3122,155.8,155.0,1.188,286.6,52.59,98.4,213.8,221.6,145.2,3122.0,3122,323.2,garmin fr945,1.169,true,323.2,0,0,4.1,8.38,185.7,22.9,816,1073,40.0,913.6,9,21,284,2002,807,694,0,threshold_pace,4,2,0,156.1,145.2,false,3123,1.000,1.000,0,1,1,,
ana-ramp,2026-06-13-run.fit,2026-06-13T06:20:00Z,running,16897.0,5283,156.1,154.5,1.224,288.0,52.60,97.6,133.6,326.2,238.8,5283.0,5283,312.7,garmin fr945,1.174,true,312.7,0,0,7.3,7.99,172.3,19.3,1192,671,251.0,6736.7,15,118,125,4465,561,967,0,threshold_pace,2,1,0,264.1,238.8,false,5284,1.000,1.000,0,3,1,,
ana-ramp,2026-06-14-run.fit,2026-06-14T08:11:00Z,running,8646.7,2733,156.5,154.7,1.212,284.3,52.60,98.6,86.5,86.8,123.5,2733.0,2733,316.1,garmin fr945,1.173,true,316.1,0,0,2.3,8.16,190.8,10.0,200,235,4.0,180.0,0,28,35,2648,3,177,0,threshold_pace,0,0,0,136.7,123.5,false,2734,1.000,0.993,0,0,1,,
ana-ramp,2026-06-16-run.fit,2026-06-16T07:16:00Z,running,11023.5,3679,153.6,155.1,1.164,300.3,52.60,95.5,108.0,112.0,158.1,3679.0,3679,333.7,garmin fr945,1.171,true,333.7,0,0,9.6,8.18,180.1,10.2,255,313,4.0,176.2,16,83,193,3379,9,24,0,threshold_pace,0,0,0,,158.1,false,3680,1.000,1.000,0,2,0,,
ana-ramp,2026-06-18-run.fit,2026-06-18T06:26:00Z,running,9519.8,3278,154.1,155.7,1.130,293.4,52.61,97.7,95.8,94.9,133.4,3278.0,3278,344.3,garmin fr945,1.166,true,344.3,0,0,2.1,8.67,175.3,10.0,255,284,4.0,181.4,19,33,65,3162,0,0,0,threshold_pace,0,0,0,,133.4,false,3279,1.000,1.000,0,1,1,,
ana-ramp,2026-06-19-run.fit,2026-06-19T06:25:00Z,running,8853.9,3112,153.6,155.9,1.108,295.5,52.60,97.4,200.0,197.4,130.5,3112.0,3112,351.5,garmin fr945,1.163,true,351.5,0,0,3.8,8.90,173.9,22.3,789,1101,39.3,904.7,51,34,533,2040,455,214,0,threshold_pace,0,0,0,155.6,130.5,false,3113,1.000,1.000,0,2,0,,
ana-ramp,2026-06-20-run.fit,2026-06-20T07:03:00Z,running,16898.3,5421,155.4,154.8,1.200,291.1,52.59,97.2,131.7,321.6,236.4,5421.0,5421,320.8,garmin fr945,1.172,true,320.8,0,0,7.3,8.11,168.0,19.0,1241,644,251.4,6988.7,0,133,131,4831,307,610,0,threshold_pace,0,0,0,,236.4,false,5422,1.000,0.996,0,2,1,,
ana-ramp,2026-06-21-run.fit,2026-06-21T07:56:00Z,running,10044.0,3418,153.1,155.3,1.143,302.5,52.60,95.3,215.4,243.9,148.7,3418.0,3418,340.3,garmin fr945,1.167,true,340.3,0,0,10.0,8.38,172.8,24.3,918,1178,39.8,895.8,0,39,448,2293,619,534,0,threshold_pace,2,1,0,,148.7,false,3419,1.000,0.994,0,3,0,,
ana-ramp,2026-06-23-run.fit,2026-06-23T06:34:00Z,running,8954.7,3102,154.0,155.8,1.122,294.0,52.60,97.5,192.4,213.2,130.0,3102.0,3102,346.4,garmin fr945,1.164,true,346.4,0,0,3.9,8.81,170.5,23.8,824,1064,39.8,923.9,16,70,591,2062,364,278,0,threshold_pace,1,0,0,155.1,130.0,false,3103,1.000,1.000,0,2,2,,
ana-ramp,2026-06-26-run.fit,2026-06-26T07:49:00Z,running,10114.7,3437,153.3,155.4,1.144,300.8,52.59,95.7,221.2,230.9,150.0,3437.0,3437,339.8,garmin fr945,1.168,true,339.8,0,0,9.4,8.42,177.1,22.8,935,1143,39.8,895.1,6,143,446,2145,678,480,0,threshold_pace,1,1,0,171.8,150.0,false,3438,1.000,0.994,0,2,1,,
ana-ramp,2026-06-27-run.fit,2026-06-27T06:55:00Z,running,16899.3,5330,155.6,154.5,1.217,290.6,52.60,97.1,136.4,323.8,238.5,5330.0,5330,315.4,garmin fr945,1.173,true,315.4,0,0,8.3,7.98,171.2,19.2,1250,694,252.6,6941.1,67,111,92,4569,492,856,0,threshold_pace,1,0,0,266.5,238.5,false,5331,1.000,1.000,0,1,1,,
ana-ramp,2026-06-28-run.fit,2026-06-28T08:21:00Z,running,9400.8,3070,155.6,155.2,1.177,287.8,52.60,98.3,219.7,209.0,142.4,3070.0,3070,326.6,garmin fr945,1.168,true,326.6,0,0,4.1,8.46,187.7,22.2,752,1145,40.0,914.5,10,15,207,2082,757,564,0,threshold_pace,5,1,0,,142.4,false,3071,1.000,1.000,0,1,0,,
ana-ramp,2026-06-30-run.fit,2026-06-30T07:51:00Z,running,9282.1,3048,155.4,155.3,1.172,288.4,52.60,98.2,205.3,208.0,138.5,3048.0,3048,328.4,garmin fr945,1.168,true,328.4,0,0,4.2,8.49,184.3,22.4,757,1061,39.9,904.4,0,17,227,2067,718,537,0,threshold_pace,4,1,0,,138.5,false,3049,1.000,0.993,0,1,1,,
ana-ramp,2026-07-03-run.fit,2026-07-03T06:14:00Z,running,9323.2,2949,156.4,154.8,1.212,284.3,52.59,98.6,90.3,89.8,133.7,2949.0,2949,316.3,garmin fr945,1.173,true,316.3,0,0,2.3,8.17,190.7,9.6,210,246,4.0,178.8,0,17,57,2804,52,126,0,threshold_pace,0,0,0,147.4,133.7,false,2950,1.000,0.993,0,3,2,,
ana-ramp,2026-07-04-run.fit,2026-07-04T06:44:00Z,running,16898.4,5598,154.3,155.1,1.169,296.1,52.59,96.5,135.7,323.6,234.6,5598.0,5598,331.3,garmin fr945,1.170,true,331.3,0,0,8.0,8.25,163.0,19.1,1309,707,252.4,6972.0,15,175,227,5058,124,344,0,threshold_pace,0,0,0,,234.6,false,5599,1.000,1.000,0,2,5,,
ana-ramp,2026-07-05-run.fit,2026-07-05T06:18:00Z,running,9651.9,3228,154.9,155.4,1.155,290.3,52.60,98.0,225.0,215.3,145.4,3228.0,3228,334.4,garmin fr945,1.167,true,334.4,0,0,4.1,8.59,182.7,22.3,799,1168,40.0,913.0,16,32,394,2110,677,515,0,threshold_pace,4,1,0,,145.4,false,3229,1.000,1.000,0,0,1,,
�J
ana-ramp/weeks.csv�Iathlete,week,week_start,coverage_days,distance_km,runs,untracked_days,load_unit,load,monotony,strain,descent_m,ascent_m,high_intensity_min,jump_sessions,cadence_matched_spm,pfp_level,pfp_points,pfp_rules,pfp_capped,itbs_level,itbs_points,itbs_rules,itbs_capped,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules,patellar_tendinopathy_capped,fired_rules,l1_state,l1_value,l2_state,l2_value,l3_state,l3_value,l4_state,l4_value,l5_state,l5_value,l6_state,l6_value,g1_state,g1_value,g2_state,g2_value,g3_state,g3_value,d1_state,d1_value,d2_state,d2_value,asc_state,asc_value,k1_state,k1_value,k2_state,k2_value,k3_state,k3_value,k4_state,k4_value,s1_state,s1_value,s2_state,s2_value,s3_state,s3_value,other_rule_states
ana-ramp,2026-W10,2026-03-02,5,37.65,5,0,trimp,542.85,1.519,824.76,570.1,589.8,0.0,0,155.3,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,1.5193,insufficient_data,,not_fired,542.8492,fired,155.2968,insufficient_data,,fired,5.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W11,2026-03-09,4,30.68,4,0,trimp,441.99,1.133,500.74,511.5,506.6,0.0,0,155.4,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,not_fired,-18.5137,insufficient_data,,not_fired,1.1329,insufficient_data,,not_fired,441.9856,fired,155.4183,insufficient_data,,fired,9.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W12,2026-03-16,4,30.53,4,0,trimp,448.51,1.136,509.54,587.1,613.9,0.0,0,155.4,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,not_fired,-0.4743,insufficient_data,,not_fired,1.1361,insufficient_data,,not_fired,448.5072,fired,155.3859,not_fired,-0.0706,fired,13.0000,not_fired,587.1000,not_fired,0.0000,not_fired,613.9000,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W13,2026-03-23,5,37.33,5,0,trimp,534.81,1.536,821.70,568.7,576.5,0.0,0,155.3,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,not_fired,22.2533,not_fired,1.0085,not_fired,1.5364,not_fired,-20.2422,not_fired,534.8107,fired,155.2993,not_fired,0.0586,fired,18.0000,not_fired,568.7200,not_fired,0.0000,not_fired,576.5200,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W14,2026-03-30,4,29.87,4,0,trimp,433.48,1.134,491.44,466.2,501.9,0.0,0,155.3,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,not_fired,0.9007,not_fired,-19.9910,not_fired,1.1329,not_fired,1.1337,not_fired,-23.2016,not_fired,433.4798,fired,155.3382,not_fired,0.0450,fired,18.0000,not_fired,466.2400,not_fired,0.0000,not_fired,501.8733,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W15,2026-04-06,4,26.83,4,0,trimp,383.05,1.103,422.62,447.1,453.6,0.0,0,155.6,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,not_fired,0.9506,not_fired,-10.1655,not_fired,0.7958,not_fired,1.1033,not_fired,5.2462,not_fired,383.0483,fired,155.5809,not_fired,-0.1266,fired,18.0000,not_fired,447.1400,not_fired,0.0000,not_fired,453.6400,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W16,2026-04-13,4,44.41,4,0,trimp,625.79,1.146,716.94,615.2,428.2,0.2,0,155.0,moderate,3,D1;G1;L2,false,moderate,3,D1;G1;L1,false,moderate,3,D2;L2,false,L1;L2;G1;G3;D1;D2,fired,1.2167,fired,65.5325,not_fired,1.2942,not_fired,1.1457,not_fired,-31.1320,not_fired,625.7853,fired,155.0475,not_fired,0.2813,fired,18.0000,fired,253.6000,fired,0.1667,not_fired,428.1933,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W17,2026-04-20,5,52.36,5,0,trimp,751.63,1.533,1152.53,1078.8,839.7,0.0,0,155.3,moderate,3,D1;G1;L2,false,moderate,3,D1;G1;L1,false,high,4,ASC;D2;L2,false,G1;G3;D1;ASC,not_fired,1.0700,not_fired,17.9055,not_fired,1.1523,not_fired,1.5334,not_fired,-23.2775,not_fired,751.6331,fired,155.2777,not_fired,0.0221,fired,17.0000,fired,1078.8500,not_fired,0.0000,fired,839.7000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,
ana-ramp,2026-W18,2026-04-27,4,44.53,4,0,trimp,620.44,1.117,692.90,602.9,413.0,0.0,0,155.4,low,3,D1;G1;L2,true,high,6,D1;G1;L1;S2;S3,false,low,4,ASC;D2;L2,true,G1;G3;S2;S3,not_fired,1.0654,not_fired,-14.9558,not_fired,1.1665,not_fired,1.1168,not_fired,-22.8098,not_fired,620.4370,fired,155.4014,not_fired,0.0136,fired,18.0000,not_fired,602.8667,not_fired,0.0000,not_fired,413.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,5.0000,fired,4.0000,
ana-ramp,2026-W19,2026-05-04,4,45.91,4,0,trimp,663.06,1.111,736.78,879.4,679.2,0.0,0,155.1,low,3,D1;G1;L2,true,high,6,D1;G1;L1;S2;S3,false,low,4,ASC;D2;L2,true,G1;G3;S2;S3,not_fired,1.0614,not_fired,3.0987,not_fired,1.0917,not_fired,1.1112,not_fired,-15.3469,not_fired,663.0591,fired,155.1360,not_fired,0.1014,fired,17.0000,not_fired,879.3700,not_fired,0.0000,not_fired,679.1533,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,6.0000,fired,4.0000,
ana-ramp,2026-W20,2026-05-11,5,55.22,5,0,trimp,808.94,1.458,1179.50,1043.0,895.8,0.0,0,155.1,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,4,ASC;D2;L2,true,G1;G3;D1;ASC;S2;S3,not_fired,1.0578,not_fired,20.2773,not_fired,1.1765,not_fired,1.4581,not_fired,-25.6404,not_fired,808.9398,fired,155.1155,not_fired,-0.0188,fired,19.0000,fired,1042.9633,not_fired,0.0000,fired,895.7633,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,7.0000,fired,4.0000,
ana-ramp,2026-W21,2026-05-18,4,43.87,4,0,trimp,627.08,1.058,663.29,701.3,527.2,0.0,0,155.1,low,2,D1;G1,true,high,5,D1;G1;S2;S3,false,low,1,ASC,true,G1;G3;S2;S3,not_fired,1.0158,not_fired,-20.5514,not_fired,1.0211,not_fired,1.0577,not_fired,-6.8365,not_fired,627.0835,fired,155.1176,not_fired,0.0638,fired,17.0000,not_fired,701.3067,not_fired,0.0000,not_fired,527.1900,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,7.0000,fired,4.0000,
ana-ramp,2026-W22,2026-05-25,5,57.14,5,0,trimp,819.42,1.464,1199.64,974.6,761.2,0.0,0,155.3,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,2,ASC;L2,true,L2;G1;G3;S2;S3,not_fired,1.0000,fired,30.2452,not_fired,1.2071,not_fired,1.4640,not_fired,-28.7334,not_fired,819.4177,fired,155.2568,not_fired,-0.0646,fired,19.0000,not_fired,974.6200,not_fired,0.0000,not_fired,761.1700,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,
ana-ramp,2026-W23,2026-06-01,5,58.43,5,0,trimp,853.52,1.481,1264.37,1150.9,948.0,0.0,0,155.1,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,2,ASC;L2,true,G1;G3;ASC;S2;S3,not_fired,0.9999,not_fired,2.2622,not_fired,1.2342,not_fired,1.4814,not_fired,-34.4061,not_fired,853.5160,fired,155.1492,not_fired,-0.0327,fired,19.0000,not_fired,1150.8700,not_fired,0.0000,fired,947.9867,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,
ana-ramp,2026-W24,2026-06-08,5,56.18,5,0,trimp,810.53,1.437,1164.40,992.8,763.0,0.0,0,155.0,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,2,ASC;L2,true,G1;G3;S2;S3,not_fired,0.9998,not_fired,-3.8516,not_fired,1.1217,not_fired,1.4366,not_fired,-20.0957,not_fired,810.5251,fired,155.0045,not_fired,0.0512,fired,20.0000,not_fired,992.8485,not_fired,0.0000,not_fired,762.9818,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,
ana-ramp,2026-W25,2026-06-15,5,56.34,5,0,trimp,807.19,1.442,1164.00,969.8,750.9,0.0,0,155.3,low,2,G1;L2,true,high,4,G1;S2;S3,false,low,2,ASC;L2,true,G1;G3;S2;S3,not_fired,0.9999,not_fired,0.2773,not_fired,1.1825,not_fired,1.4420,not_fired,-27.3049,not_fired,807.1907,fired,155.2855,not_fired,-0.0964,fired,20.0000,not_fired,969.7567,not_fired,0.0000,not_fired,750.9400,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,
ana-ramp,2026-W26,2026-06-22,4,45.37,4,0,trimp,660.92,1.073,709.40,976.8,769.7,0.0,0,155.1,low,5,G1;K1;K3;L2,true,high,7,G1;K1;K4;S2;S3,false,low,2,ASC;L2,true,G1;G3;K1;K3;K4;S2;S3,not_fired,1.0000,not_fired,-19.4713,not_fired,1.1363,not_fired,1.0733,not_fired,-18.3025,not_fired,660.9234,fired,155.1273,not_fired,-0.0326,fired,20.0000,not_fired,976.8400,not_fired,0.0000,not_fired,769.7400,fired,13.8736,not_fired,,fired,10.9368,fired,9.1356,not_fired,,fired,8.0000,fired,4.0000,
ana-ramp,2026-W27,2026-06-29,4,45.16,4,0,trimp,652.26,1.076,701.93,836.8,656.3,0.0,0,155.1,low,4,G1;K1;K3,true,high,7,G1;K1;K4;S2;S3,false,low,1,ASC,true,G1;G3;K1;K3;K4;S2;S3,not_fired,0.9999,not_fired,-0.4712,not_fired,1.1518,not_fired,1.0761,not_fired,-17.9960,not_fired,652.2572,fired,155.1323,not_fired,0.0189,fired,19.0000,not_fired,836.8000,not_fired,0.0000,not_fired,656.3333,fired,13.8736,not_fired,,fired,10.9368,fired,9.1356,not_fired,,fired,8.0000,fired,4.0000,
"��
runs.csv�athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,timer_time_s,duration_s,moving_pace_s_per_km,device,step_length_matched_m,step_length_native,average_pace_s_per_km,paused_time_s,pause_count,cadence_sd_spm,vertical_ratio_pct,power_w,descent_per_km,downhill_time_s,uphill_time_s,longest_descent_m,longest_descent_distance_m,hr_z1_s,hr_z2_s,hr_z3_s,hr_z4_s,hr_z5_s,faster_than_threshold_s,high_intensity_s,high_intensity_basis,intervals,strides,sprints,session_rpe_load,load,load_estimated,samples,coverage,heart_rate_coverage,gps_dropouts,cadence_zeros,implausible_removed,warnings,gear�ana-ramp,2026-03-02-run.fit,2026-03-02T08:08:00Z,running,6522.6,2289,153.7,156.0,1.109,295.2,52.60,97.4,163.1,137.4,96.8,2289.0,2289,350.9,garmin fr945,1.163,true,350.9,0,0,3.9,8.90,178.3,21.1,543,876,39.8,898.9,25,37,436,1445,347,144,0,threshold_pace,0,0,0,114.5,96.8,false,2290,1.000,1.000,0,2,0,,�ana-ramp,2026-03-03-run.fit,2026-03-03T06:26:00Z,running,7101.3,2294,155.9,155.1,1.191,286.7,52.60,98.4,70.9,71.6,99.4,2294.0,2294,323.0,garmin fr945,1.172,true,323.0,0,0,2.2,8.29,186.8,10.1,176,185,4.0,189.1,0,30,41,2204,0,27,0,threshold_pace,0,0,0,,99.4,false,2295,1.000,0.991,0,3,2,,�ana-ramp,2026-03-04-run.fit,2026-03-04T07:33:00Z,running,7009.0,2238,156.2,154.8,1.202,285.4,52.59,98.6,68.0,72.0,98.5,2238.0,2238,319.3,garmin fr945,1.171,true,319.3,0,0,2.3,8.23,187.8,10.3,154,183,4.0,174.9,14,32,48,2145,0,103,0,threshold_pace,0,0,0,111.9,98.5,false,2239,1.000,1.000,0,0,1,,�ana-ramp,2026-03-07-run.fit,2026-03-07T08:26:00Z,running,9456.5,3194,154.6,155.5,1.145,291.4,52.60,97.8,212.0,213.1,141.3,3194.0,3194,337.8,garmin fr945,1.166,true,337.8,0,0,4.0,8.66,180.3,22.5,814,1141,38.1,903.9,45,31,312,2189,618,376,0,threshold_pace,2,2,0,159.7,141.3,false,3195,1.000,1.000,0,2,1,,�ana-ramp,2026-03-08-run.fit,2026-03-08T06:24:00Z,running,7558.7,2415,156.2,155.0,1.201,285.4,52.60,98.5,75.8,76.0,106.9,2415.0,2415,319.5,garmin fr945,1.172,true,319.5,0,0,2.2,8.23,188.7,10.1,171,195,4.0,175.5,16,34,37,2329,0,82,0,threshold_pace,0,0,0,,106.9,false,2416,1.000,1.000,0,3,0,,�ana-ramp,2026-03-11-run.fit,2026-03-11T08:11:00Z,running,6649.0,2209,155.1,155.3,1.164,289.7,52.61,98.0,65.5,67.7,92.1,2209.0,2209,332.2,garmin fr945,1.170,true,332.2,0,0,2.3,8.45,181.0,10.2,174,171,4.0,173.2,10,23,74,2103,0,1,0,threshold_pace,0,0,0,,92.1,false,2210,1.000,1.000,0,0,3,,�ana-ramp,2026-03-13-run.fit,2026-03-13T07:29:00Z,running,7683.4,2554,155.1,155.4,1.160,289.6,52.61,98.0,166.4,171.6,113.0,2554.0,2554,332.4,garmin fr945,1.168,true,332.4,0,0,4.1,8.56,182.2,22.3,645,873,27.8,401.7,7,15,290,1854,389,322,0,threshold_pace,3,0,0,,113.0,false,2555,1.000,1.000,0,1,1,,�ana-ramp,2026-03-14-run.fit,2026-03-14T06:53:00Z,running,8850.2,3070,153.9,155.8,1.120,294.1,52.60,97.5,202.6,196.4,131.5,3070.0,3070,346.9,garmin fr945,1.163,true,346.9,0,0,4.1,8.83,176.7,22.2,762,1076,27.9,428.0,12,21,498,2059,481,310,0,threshold_pace,2,1,0,,131.5,false,3071,1.000,1.000,0,3,0,,�ana-ramp,2026-03-15-run.fit,2026-03-15T07:44:00Z,running,7495.5,2409,156.0,155.0,1.196,286.1,52.60,98.5,72.0,75.8,105.5,2409.0,2409,321.4,garmin fr945,1.171,true,321.4,0,0,2.3,8.26,187.1,10.1,166,190,4.0,191.1,11,33,52,2314,0,86,0,threshold_pace,0,0,0,,105.5,false,2410,1.000,1.000,0,2,0,,�ana-ramp,2026-03-18-run.fit,2026-03-18T06:57:00Z,running,7121.2,2467,154.0,155.8,1.122,293.9,52.60,97.6,170.4,156.7,104.8,2467.0,2467,346.4,garmin fr945,1.164,true,346.4,0,0,3.8,8.80,177.9,22.0,623,904,40.0,911.1,21,33,450,1520,424,231,0,threshold_pace,0,0,0,,104.8,false,2468,1.000,0.992,0,3,1,,�ana-ramp,2026-03-20-run.fit,2026-03-20T06:22:00Z,running,7157.9,2326,155.7,155.1,1.185,287.2,52.60,98.3,72.0,70.3,100.5,2326.0,2326,325.0,garmin fr945,1.172,true,325.0,0,0,2.4,8.33,185.8,9.8,174,200,4.0,177.4,19,29,35,2244,0,43,0,threshold_pace,0,0,0,,100.5,false,2327,1.000,1.000,0,2,1,,�ana-ramp,2026-03-21-run.fit,2026-03-21T06:49:00Z,running,9002.5,2952,155.4,155.3,1.174,288.3,52.60,98.2,200.4,203.9,134.7,2952.0,2952,327.9,garmin fr945,1.168,true,327.9,0,0,4.2,8.48,185.1,22.7,749,1012,27.9,414.6,11,15,218,2136,573,481,0,threshold_pace,5,0,0,,134.7,false,2953,1.000,1.000,0,2,2,,�ana-ramp,2026-03-22-run.fit,2026-03-22T06:39:00Z,running,7251.0,2411,155.1,155.3,1.160,289.7,52.61,98.0,171.2,156.2,108.5,2411.0,2411,332.5,garmin fr945,1.166,true,332.5,0,0,4.1,8.55,184.8,21.5,591,874,40.0,909.0,0,16,251,1539,586,379,0,threshold_pace,2,0,0,120.5,108.5,false,2412,1.000,0.992,0,1,1,,�ana-ramp,2026-03-23-run.fit,2026-03-23T07:23:00Z,running,7307.0,2473,154.6,155.6,1.146,291.5,52.59,97.8,74.8,72.0,101.4,2473.0,2473,338.4,garmin fr945,1.168,true,338.4,0,0,2.2,8.57,178.8,9.9,173,230,4.0,174.7,12,18,86,2358,0,1,0,threshold_pace,0,0,0,,101.4,false,2474,1.000,1.000,0,0,1,,�ana-ramp,2026-03-25-run.fit,2026-03-25T07:13:00Z,running,6957.2,2266,155.6,155.2,1.180,287.5,52.61,98.3,165.5,142.7,104.8,2266.0,2266,325.7,garmin fr945,1.169,true,325.7,0,0,4.2,8.43,191.8,20.5,520,845,39.2,926.5,0,0,129,1615,503,411,0,threshold_pace,3,0,0,,104.8,false,2267,1.000,0.991,0,1,0,,�ana-ramp,2026-03-26-run.fit,2026-03-26T06:41:00Z,running,6405.7,2073,155.8,155.0,1.189,286.8,52.61,98.3,64.0,63.9,89.6,2073.0,2073,323.6,garmin fr945,1.170,true,323.6,0,0,2.4,8.30,186.3,10.0,150,173,4.0,174.3,14,36,38,1986,0,47,0,threshold_pace,0,0,0,103.7,89.6,false,2074,1.000,1.000,0,1,1,,�ana-ramp,2026-03-27-run.fit,2026-03-27T07:22:00Z,running,7629.0,2502,155.4,155.2,1.176,288.3,52.60,98.2,75.8,76.0,107.0,2502.0,2502,328.0,garmin fr945,1.171,true,328.0,0,0,2.3,8.38,184.0,10.0,187,242,4.0,179.7,13,21,38,2431,0,16,0,threshold_pace,0,0,0,,107.0,false,2503,1.000,1.000,0,0,1,,�ana-ramp,2026-03-28-run.fit,2026-03-28T06:54:00Z,running,9028.2,3041,154.7,155.5,1.148,291.1,52.60,97.8,196.4,214.1,132.0,3041.0,3041,336.8,garmin fr945,1.166,true,336.8,0,0,4.0,8.63,176.0,23.7,811,1060,40.0,910.4,0,3,519,2012,488,378,0,threshold_pace,1,0,0,152.1,132.0,false,3042,1.000,0.993,0,2,1,,�ana-ramp,2026-03-31-run.fit,2026-03-31T08:30:00Z,running,7664.3,2656,154.0,155.8,1.124,293.9,52.60,97.5,76.0,75.4,105.8,2656.0,2656,346.5,garmin fr945,1.166,true,346.5,0,0,2.1,8.71,173.9,9.8,208,233,4.0,178.1,13,32,92,2520,0,0,0,threshold_pace,0,0,0,,105.8,false,2657,1.000,1.000,0,1,1,,�ana-ramp,2026-04-03-run.fit,2026-04-03T07:24:00Z,running,6162.1,1984,156.0,155.1,1.191,286.2,52.59,98.4,144.4,134.8,92.0,1984.0,1984,322.0,garmin fr945,1.169,true,322.0,0,0,4.3,8.38,190.5,21.9,488,705,38.8,897.1,9,12,118,1393,453,427,0,threshold_pace,4,0,0,,92.0,false,1985,1.000,1.000,0,1,1,,�ana-ramp,2026-04-04-run.fit,2026-04-04T06:45:00Z,running,8517.1,2805,155.3,155.3,1.170,288.7,52.60,98.1,208.2,180.0,130.1,2805.0,2805,329.3,garmin fr945,1.168,true,329.3,0,0,4.1,8.50,189.1,21.1,673,1060,39.9,907.6,17,38,154,1799,798,468,0,threshold_pace,4,1,0,140.2,130.1,false,2806,1.000,1.000,0,1,1,,�ana-ramp,2026-04-05-run.fit,2026-04-05T06:08:00Z,running,7521.5,2439,155.7,155.1,1.187,287.0,52.61,98.3,73.3,76.0,105.7,2439.0,2439,324.3,garmin fr945,1.171,true,324.3,0,0,2.3,8.31,185.6,10.1,184,195,4.0,174.3,10,23,72,2335,0,20,0,threshold_pace,0,0,0,122.0,105.7,false,2440,1.000,1.000,0,1,2,,�ana-ramp,2026-04-06-run.fit,2026-04-06T07:16:00Z,running,6220.1,2080,154.9,155.4,1.157,290.4,52.60,98.0,59.7,63.3,85.6,2080.0,2080,334.4,garmin fr945,1.168,true,334.4,0,0,2.3,8.50,179.3,10.2,161,164,4.0,180.6,11,36,51,1983,0,3,0,threshold_pace,0,0,0,104.0,85.6,false,2081,1.000,1.000,0,3,1,,�ana-ramp,2026-04-07-run.fit,2026-04-07T07:06:00Z,running,6000.1,1980,155.3,155.2,1.170,288.9,52.60,98.1,60.0,60.0,82.6,1980.0,1980,330.0,garmin fr945,1.169,true,330.0,0,0,2.1,8.41,182.7,10.0,138,154,4.0,174.9,0,34,44,1883,0,12,0,threshold_pace,0,0,0,,82.6,false,1981,1.000,0.990,0,0,1,,�ana-ramp,2026-04-08-run.fit,2026-04-08T07:32:00Z,running,6027.0,2067,154.2,155.7,1.131,292.9,52.59,97.7,129.8,145.9,85.7,2067.0,2067,343.0,garmin fr945,1.166,true,343.0,0,0,3.7,8.73,172.1,24.2,573,667,39.2,914.1,22,75,386,1294,291,184,0,threshold_pace,0,0,0,103.3,85.7,false,2068,1.000,1.000,0,2,0,,�ana-ramp,2026-04-11-run.fit,2026-04-11T06:03:00Z,running,8581.9,2965,154.1,155.8,1.124,293.7,52.60,97.6,204.2,178.0,129.2,2965.0,2965,345.5,garmin fr945,1.165,true,345.5,0,0,3.8,8.79,180.9,20.7,698,1081,38.8,898.6,15,39,428,1905,579,238,0,threshold_pace,2,0,0,,129.2,false,2966,1.000,1.000,0,2,1,,�ana-ramp,2026-04-14-run.fit,2026-04-14T06:29:00Z,running,10683.9,3447,155.9,155.0,1.192,286.5,52.60,98.4,107.4,106.6,153.7,3447.0,3447,322.6,garmin fr945,1.172,true,322.6,0,0,2.2,8.28,187.1,10.0,251,263,4.0,178.4,0,28,36,3357,7,60,0,threshold_pace,0,0,0,172.3,153.7,false,3448,1.000,0.994,0,1,0,,�ana-ramp,2026-04-15-run.fit,2026-04-15T06:01:00Z,running,10561.3,3462,155.5,155.2,1.177,288.2,52.60,98.2,104.0,107.4,150.9,3462.0,3462,327.8,garmin fr945,1.171,true,327.8,0,0,2.1,8.37,183.4,10.2,253,279,4.0,175.0,15,35,48,3364,1,26,0,threshold_pace,0,0,0,,150.9,false,3463,1.000,1.000,0,4,4,,�ana-ramp,2026-04-18-run.fit,2026-04-18T07:21:00Z,running,12999.2,3946,157.7,154.3,1.252,279.8,52.60,99.2,113.3,301.2,177.8,3946.0,3946,303.6,garmin fr945,1.175,true,303.6,0,0,3.0,7.97,171.7,23.2,1065,579,253.6,5358.6,13,21,44,3658,211,994,10,threshold_pace,9,0,0,197.3,177.8,false,3947,1.000,1.000,0,1,0,,�ana-ramp,2026-04-19-run.fit,2026-04-19T06:31:00Z,running,10166.5,3494,154.2,155.7,1.131,293.1,52.60,97.6,103.5,100.0,143.4,3494.0,3494,343.7,garmin fr945,1.166,true,343.7,0,0,2.2,8.66,176.1,9.8,267,318,4.0,180.8,10,19,155,3311,0,0,0,threshold_pace,0,0,0,,143.4,false,3495,1.000,1.000,0,1,3,,�ana-ramp,2026-04-20-run.fit,2026-04-20T07:25:00Z,running,9230.5,3106,154.8,155.5,1.149,291.0,52.60,97.9,212.1,209.0,137.6,3106.0,3106,336.5,garmin fr945,1.166,true,336.5,0,0,4.0,8.63,180.5,22.6,778,1105,40.0,913.1,9,19,441,1948,690,426,0,threshold_pace,1,1,0,155.3,137.6,false,3107,1.000,1.000,0,0,1,,�ana-ramp,2026-04-22-run.fit,2026-04-22T08:23:00Z,running,8639.0,2884,154.9,155.4,1.156,290.1,52.59,98.0,186.9,209.4,125.8,2884.0,2884,333.8,garmin fr945,1.167,true,333.8,0,0,4.0,8.58,176.6,24.2,790,983,40.0,911.5,8,14,493,1850,520,434,0,threshold_pace,3,0,0,144.2,125.8,false,2885,1.000,1.000,0,3,0,,�ana-ramp,2026-04-23-run.fit,2026-04-23T06:49:00Z,running,10502.8,3356,156.2,155.0,1.199,285.4,52.59,98.5,226.3,252.6,157.6,3356.0,3356,319.5,garmin fr945,1.170,true,319.5,0,0,4.2,8.32,184.4,24.0,907,1129,40.0,911.5,15,26,171,2184,961,778,0,threshold_pace,8,0,0,167.8,157.6,false,3357,1.000,1.000,0,2,1,,�ana-ramp,2026-04-24-run.fit,2026-04-24T08:20:00Z,running,10081.6,3186,156.5,154.9,1.212,284.3,52.60,98.6,100.0,101.3,145.6,3186.0,3186,316.0,garmin fr945,1.174,true,316.0,0,0,2.4,8.17,190.6,10.0,228,259,4.0,183.3,16,26,30,3042,73,159,0,threshold_pace,0,0,0,,145.6,false,3187,1.000,1.000,0,0,0,,�ana-ramp,2026-04-25-run.fit,2026-04-25T06:09:00Z,running,13909.0,4682,154.7,155.5,1.151,291.0,52.61,97.9,114.4,306.6,185.0,4682.0,4682,336.6,garmin fr945,1.169,true,336.6,0,0,2.7,8.55,155.9,22.0,1211,652,252.0,5755.6,12,30,957,3684,0,154,0,threshold_pace,0,0,0,,185.0,false,4683,1.000,1.000,0,1,1,,�ana-ramp,2026-04-27-run.fit,2026-04-27T07:21:00Z,running,9017.7,2951,155.5,155.2,1.178,288.1,52.60,98.2,88.0,90.8,127.7,2951.0,2951,327.2,garmin fr945,1.170,true,327.2,0,0,2.3,8.37,183.8,10.1,231,253,4.0,179.8,11,29,58,2854,0,35,0,threshold_pace,0,0,0,147.6,127.7,false,2952,1.000,1.000,0,2,1,,�ana-ramp,2026-04-29-run.fit,2026-04-29T07:35:00Z,running,10552.7,3514,153.6,155.1,1.166,300.3,52.60,95.5,100.8,101.0,150.9,3514.0,3514,333.0,garmin fr945,1.171,true,333.0,0,0,9.7,8.17,181.2,9.6,258,259,3.8,172.2,17,131,107,3256,4,48,0,threshold_pace,0,0,0,,150.9,false,3515,1.000,1.000,0,4,1,,�ana-ramp,2026-05-02-run.fit,2026-05-02T06:10:00Z,running,14818.2,5092,153.3,155.5,1.135,300.1,52.60,96.0,120.7,311.1,199.0,5092.0,5092,343.6,garmin fr945,1.168,true,343.6,0,0,8.0,8.46,154.3,21.0,1303,685,251.8,6182.6,98,98,865,4030,2,75,0,threshold_pace,0,0,0,,199.0,false,5093,1.000,1.000,0,3,2,,�ana-ramp,2026-05-03-run.fit,2026-05-03T06:06:00Z,running,10143.1,3554,152.5,155.8,1.118,304.0,52.60,95.2,103.5,100.0,142.8,3554.0,3554,350.4,garmin fr945,1.167,true,350.4,0,0,8.7,8.51,172.7,9.9,260,328,4.0,176.0,11,137,152,3255,0,0,0,threshold_pace,0,0,0,177.7,142.8,false,3555,1.000,1.000,0,2,2,,�ana-ramp,2026-05-05-run.fit,2026-05-05T06:28:00Z,running,9574.6,3054,156.2,154.9,1.204,285.2,52.60,98.5,95.4,96.0,137.0,3054.0,3054,319.0,garmin fr945,1.173,true,319.0,0,0,2.2,8.21,189.1,10.0,218,259,4.0,176.0,0,12,52,2915,56,82,0,threshold_pace,0,0,0,,137.0,false,3055,1.000,0.993,0,1,0,,�ana-ramp,2026-05-07-run.fit,2026-05-07T08:30:00Z,running,9646.5,3090,156.1,155.1,1.196,285.6,52.61,98.5,217.1,223.6,145.4,3090.0,3090,320.3,garmin fr945,1.170,true,320.3,0,0,4.1,8.34,188.5,23.2,819,1094,39.6,923.5,10,43,138,2001,879,616,0,threshold_pace,6,0,0,,145.4,false,3091,1.000,0.994,0,0,0,,�ana-ramp,2026-05-08-run.fit,2026-05-08T07:19:00Z,running,10961.8,3749,153.2,155.4,1.137,301.1,52.59,95.7,240.2,245.2,164.7,3749.0,3749,342.0,garmin fr945,1.166,true,342.0,0,0,9.3,8.48,177.1,22.4,938,1251,38.4,904.0,26,133,412,2485,694,485,0,threshold_pace,5,0,0,,164.7,false,3750,1.000,1.000,0,2,5,,�ana-ramp,2026-05-09-run.fit,2026-05-09T06:36:00Z,running,15728.6,5195,154.4,155.1,1.172,295.5,52.60,96.6,126.5,314.6,215.9,5195.0,5195,330.3,garmin fr945,1.172,true,330.3,0,0,7.9,8.25,162.0,20.0,1265,676,251.6,6565.2,15,158,294,4682,47,377,0,threshold_pace,0,0,0,,215.9,false,5196,1.000,1.000,0,5,0,,�ana-ramp,2026-05-11-run.fit,2026-05-11T06:32:00Z,running,9874.4,3449,153.8,155.9,1.114,294.8,52.60,97.4,228.8,214.9,147.4,3449.0,3449,349.3,garmin fr945,1.164,true,349.3,0,0,3.9,8.86,175.9,21.8,836,1259,39.8,901.6,12,18,604,2423,393,269,0,threshold_pace,1,1,0,,147.4,false,3450,1.000,1.000,0,2,1,,�ana-ramp,2026-05-12-run.fit,2026-05-12T06:02:00Z,running,8537.6,2780,155.7,155.2,1.180,287.6,52.60,98.3,210.1,181.8,130.9,2780.0,2780,325.6,garmin fr945,1.169,true,325.6,0,0,4.2,8.43,190.9,21.3,655,1069,40.0,914.4,0,19,185,1722,835,547,0,threshold_pace,6,0,0,,130.9,false,2781,1.000,0.993,1,1,0,,�ana-ramp,2026-05-13-run.fit,2026-05-13T06:35:00Z,running,10022.1,3345,153.5,155.2,1.162,301.2,52.61,95.3,228.2,221.2,152.1,3345.0,3345,333.8,garmin fr945,1.169,true,333.8,0,0,10.5,8.26,182.8,22.1,818,1144,40.0,913.4,9,102,366,1965,904,665,0,threshold_pace,7,0,0,167.2,152.1,false,3346,1.000,1.000,0,4,0,,�ana-ramp,2026-05-16-run.fit,2026-05-16T08:30:00Z,running,16637.0,5285,155.7,154.7,1.209,289.8,52.60,97.4,128.6,322.7,232.9,5285.0,5285,317.7,garmin fr945,1.172,true,317.7,0,0,7.3,8.06,169.0,19.4,1201,653,252.2,6980.1,12,136,127,4708,303,722,0,threshold_pace,0,0,0,264.2,232.9,false,5286,1.000,1.000,0,4,3,,�ana-ramp,2026-05-17-run.fit,2026-05-17T06:39:00Z,running,10150.0,3344,153.8,154.9,1.177,300.0,52.60,95.4,100.0,102.5,145.6,3344.0,3344,329.5,garmin fr945,1.173,true,329.5,0,0,10.1,8.08,182.5,10.1,240,288,4.0,176.4,12,48,233,3051,1,101,0,threshold_pace,0,0,0,167.2,145.6,false,3345,1.000,1.000,0,0,1,,�ana-ramp,2026-05-19-run.fit,2026-05-19T07:04:00Z,running,8785.6,2818,156.1,155.0,1.198,285.9,52.60,98.5,86.7,88.0,125.0,2818.0,2818,320.8,garmin fr945,1.172,true,320.8,0,0,2.3,8.25,187.9,10.0,202,201,4.0,180.3,10,20,65,2724,0,101,0,threshold_pace,0,0,0,,125.0,false,2819,1.000,1.000,0,1,2,,�ana-ramp,2026-05-21-run.fit,2026-05-21T06:59:00Z,running,9111.1,2901,156.3,154.8,1.205,285.1,52.61,98.5,90.9,91.8,130.3,2901.0,2901,318.4,garmin fr945,1.172,true,318.4,0,0,2.2,8.20,189.5,10.1,221,219,4.0,173.7,15,35,38,2807,7,85,0,threshold_pace,0,0,0,145.1,130.3,false,2902,1.000,1.000,0,3,0,,�ana-ramp,2026-05-22-run.fit,2026-05-22T06:00:00Z,running,9076.0,3025,155.0,155.4,1.158,290.1,52.60,98.0,213.6,197.0,137.5,3025.0,3025,333.3,garmin fr945,1.167,true,333.3,0,0,4.1,8.57,184.4,21.7,739,1107,40.0,909.5,11,19,214,2072,710,462,0,threshold_pace,3,0,0,,137.5,false,3026,1.000,1.000,0,2,3,,�ana-ramp,2026-05-23-run.fit,2026-05-23T06:15:00Z,running,16899.8,5596,154.5,155.2,1.169,294.4,52.60,96.8,136.0,324.5,234.2,5596.0,5596,331.1,garmin fr945,1.170,true,331.1,0,0,7.2,8.30,163.0,19.2,1347,714,253.4,6961.6,85,72,181,5224,35,275,0,threshold_pace,0,0,0,,234.2,false,5597,1.000,1.000,0,3,1,,�ana-ramp,2026-05-26-run.fit,2026-05-26T08:25:00Z,running,9465.0,3165,154.9,155.4,1.155,290.4,52.59,98.0,203.0,215.1,139.8,3165.0,3165,334.4,garmin fr945,1.167,true,334.4,0,0,3.9,8.59,178.4,22.7,798,1096,40.0,909.5,6,17,511,2028,604,395,0,threshold_pace,1,1,0,158.2,139.8,false,3166,1.000,1.000,0,4,1,,�ana-ramp,2026-05-27-run.fit,2026-05-27T08:18:00Z,running,10043.7,3593,152.0,155.9,1.096,305.9,52.60,95.1,216.4,230.5,147.5,3593.0,3593,357.7,garmin fr945,1.163,true,357.7,0,0,9.2,8.74,167.5,22.9,931,1195,38.8,900.0,26,121,707,2264,476,261,0,threshold_pace,0,0,0,,147.5,false,3594,1.000,1.000,0,0,0,,�ana-ramp,2026-05-28-run.fit,2026-05-28T08:01:00Z,running,10516.0,3469,154.0,154.9,1.175,298.8,52.61,95.8,103.3,104.0,151.0,3469.0,3469,329.9,garmin fr945,1.171,true,329.9,0,0,9.4,8.13,182.9,9.9,251,295,4.0,176.1,14,133,100,3218,5,73,0,threshold_pace,0,0,0,173.4,151.0,false,3470,1.000,1.000,0,4,1,,�ana-ramp,2026-05-30-run.fit,2026-05-30T08:30:00Z,running,16899.8,5550,154.7,155.0,1.177,293.7,52.59,96.9,134.6,325.0,235.0,5550.0,5550,328.4,garmin fr945,1.171,true,328.4,0,0,7.4,8.24,164.3,19.2,1306,699,253.8,6978.8,79,87,119,5176,90,389,0,threshold_pace,0,0,0,,235.0,false,5551,1.000,1.000,0,0,1,,�ana-ramp,2026-05-31-run.fit,2026-05-31T07:58:00Z,running,10217.1,3377,154.2,155.1,1.172,297.1,52.60,96.2,103.8,100.0,146.2,3377.0,3377,330.5,garmin fr945,1.172,true,330.5,0,0,8.5,8.19,183.3,9.8,233,270,4.0,176.6,0,103,91,3164,0,56,0,threshold_pace,0,0,0,,146.2,false,3378,1.000,0.994,0,3,1,,�ana-ramp,2026-06-01-run.fit,2026-06-01T07:19:00Z,running,11174.1,3757,153.6,155.3,1.154,299.7,52.60,95.8,258.2,254.9,169.2,3757.0,3757,336.2,garmin fr945,1.168,true,336.2,0,0,9.5,8.37,180.3,22.8,1003,1329,39.9,904.1,40,103,239,2437,919,606,0,threshold_pace,3,2,0,187.8,169.2,false,3758,1.000,0.995,0,1,3,,�ana-ramp,2026-06-04-run.fit,2026-06-04T07:52:00Z,running,11122.9,3709,153.7,155.1,1.162,299.4,52.59,95.7,238.9,255.3,167.6,3709.0,3709,333.5,garmin fr945,1.168,true,333.5,0,0,9.8,8.29,179.9,22.9,951,1227,38.8,896.2,20,77,359,2470,784,614,0,threshold_pace,5,1,0,185.4,167.6,false,3710,1.000,1.000,0,4,2,,�ana-ramp,2026-06-05-run.fit,2026-06-05T08:09:00Z,running,9331.7,2975,156.3,154.9,1.204,285.2,52.60,98.5,92.5,92.0,133.4,2975.0,2975,318.8,garmin fr945,1.172,true,318.8,0,0,2.3,8.21,189.3,9.9,215,249,4.0,175.1,0,19,30,2905,2,84,0,threshold_pace,0,0,0,148.8,133.4,false,2976,1.000,0.993,0,2,2,,�ana-ramp,2026-06-06-run.fit,2026-06-06T08:03:00Z,running,16897.7,5677,153.9,155.3,1.156,297.4,52.60,96.3,135.6,323.4,233.6,5677.0,5677,336.0,garmin fr945,1.169,true,336.0,0,0,7.8,8.34,160.6,19.1,1333,711,252.2,6939.0,28,164,396,5051,39,151,0,threshold_pace,0,0,0,,233.6,false,5678,1.000,1.000,0,6,0,,�ana-ramp,2026-06-07-run.fit,2026-06-07T07:56:00Z,running,9908.0,3197,155.9,155.1,1.189,286.6,52.59,98.4,222.7,225.3,149.7,3197.0,3197,322.7,garmin fr945,1.169,true,322.7,0,0,4.1,8.37,187.1,22.7,821,1111,40.0,914.6,12,23,181,2082,900,652,0,threshold_pace,5,1,0,159.8,149.7,false,3198,1.000,1.000,0,2,2,,�ana-ramp,2026-06-08-run.fit,2026-06-08T07:53:00Z,running,10323.6,3523,153.2,155.4,1.142,300.9,52.60,95.7,101.7,103.4,146.3,3523.0,3523,341.3,garmin fr945,1.169,true,341.3,0,0,8.6,8.36,176.4,10.0,257,328,4.0,180.6,14,35,214,3261,0,3,0,threshold_pace,0,0,0,176.2,146.3,false,3524,1.000,1.000,0,2,2,,�ana-ramp,2026-06-09-run.fit,2026-06-09T07:30:00Z,running,10656.7,3680,153.1,155.5,1.128,301.3,52.60,95.7,227.3,254.8,156.8,3680.0,3680,345.3,garmin fr945,1.165,true,345.3,0,0,8.8,8.55,170.7,23.9,975,1212,40.0,909.5,18,95,595,2332,641,492,0,threshold_pace,1,0,0,184.0,156.8,false,3681,1.000,1.000,0,0,0,,�ana-ramp,2026-06-12-run.fit,2026-06-12T06:51:00Z,running,9659.7,3122,155.8,155.0,1.188,286.6,52.59,98.4,213.8,221.6,145.2,3122.0,3122,323.2,garmin fr945,1.169,true,323.2,0,0,4.1,8.38,185.7,22.9,816,1073,40.0,913.6,9,21,284,2002,807,694,0,threshold_pace,4,2,0,156.1,145.2,false,3123,1.000,1.000,0,1,1,,�ana-ramp,2026-06-13-run.fit,2026-06-13T06:20:00Z,running,16897.0,5283,156.1,154.5,1.224,288.0,52.60,97.6,133.6,326.2,238.8,5283.0,5283,312.7,garmin fr945,1.174,true,312.7,0,0,7.3,7.99,172.3,19.3,1192,671,251.0,6736.7,15,118,125,4465,561,967,0,threshold_pace,2,1,0,264.1,238.8,false,5284,1.000,1.000,0,3,1,,�ana-ramp,2026-06-14-run.fit,2026-06-14T08:11:00Z,running,8646.7,2733,156.5,154.7,1.212,284.3,52.60,98.6,86.5,86.8,123.5,2733.0,2733,316.1,garmin fr945,1.173,true,316.1,0,0,2.3,8.16,190.8,10.0,200,235,4.0,180.0,0,28,35,2648,3,177,0,threshold_pace,0,0,0,136.7,123.5,false,2734,1.000,0.993,0,0,1,,�ana-ramp,2026-06-16-run.fit,2026-06-16T07:16:00Z,running,11023.5,3679,153.6,155.1,1.164,300.3,52.60,95.5,108.0,112.0,158.1,3679.0,3679,333.7,garmin fr945,1.171,true,333.7,0,0,9.6,8.18,180.1,10.2,255,313,4.0,176.2,16,83,193,3379,9,24,0,threshold_pace,0,0,0,,158.1,false,3680,1.000,1.000,0,2,0,,�ana-ramp,2026-06-18-run.fit,2026-06-18T06:26:00Z,running,9519.8,3278,154.1,155.7,1.130,293.4,52.61,97.7,95.8,94.9,133.4,3278.0,3278,344.3,garmin fr945,1.166,true,344.3,0,0,2.1,8.67,175.3,10.0,255,284,4.0,181.4,19,33,65,3162,0,0,0,threshold_pace,0,0,0,,133.4,false,3279,1.000,1.000,0,1,1,,�ana-ramp,2026-06-19-run.fit,2026-06-19T06:25:00Z,running,8853.9,3112,153.6,155.9,1.108,295.5,52.60,97.4,200.0,197.4,130.5,3112.0,3112,351.5,garmin fr945,1.163,true,351.5,0,0,3.8,8.90,173.9,22.3,789,1101,39.3,904.7,51,34,533,2040,455,214,0,threshold_pace,0,0,0,155.6,130.5,false,3113,1.000,1.000,0,2,0,,�ana-ramp,2026-06-20-run.fit,2026-06-20T07:03:00Z,running,16898.3,5421,155.4,154.8,1.200,291.1,52.59,97.2,131.7,321.6,236.4,5421.0,5421,320.8,garmin fr945,1.172,true,320.8,0,0,7.3,8.11,168.0,19.0,1241,644,251.4,6988.7,0,133,131,4831,307,610,0,threshold_pace,0,0,0,,236.4,false,5422,1.000,0.996,0,2,1,,�ana-ramp,2026-06-21-run.fit,2026-06-21T07:56:00Z,running,10044.0,3418,153.1,155.3,1.143,302.5,52.60,95.3,215.4,243.9,148.7,3418.0,3418,340.3,garmin fr945,1.167,true,340.3,0,0,10.0,8.38,172.8,24.3,918,1178,39.8,895.8,0,39,448,2293,619,534,0,threshold_pace,2,1,0,,148.7,false,3419,1.000,0.994,0,3,0,,�ana-ramp,2026-06-23-run.fit,2026-06-23T06:34:00Z,running,8954.7,3102,154.0,155.8,1.122,294.0,52.60,97.5,192.4,213.2,130.0,3102.0,3102,346.4,garmin fr945,1.164,true,346.4,0,0,3.9,8.81,170.5,23.8,824,1064,39.8,923.9,16,70,591,2062,364,278,0,threshold_pace,1,0,0,155.1,130.0,false,3103,1.000,1.000,0,2,2,,�ana-ramp,2026-06-26-run.fit,2026-06-26T07:49:00Z,running,10114.7,3437,153.3,155.4,1.144,300.8,52.59,95.7,221.2,230.9,150.0,3437.0,3437,339.8,garmin fr945,1.168,true,339.8,0,0,9.4,8.42,177.1,22.8,935,1143,39.8,895.1,6,143,446,2145,678,480,0,threshold_pace,1,1,0,171.8,150.0,false,3438,1.000,0.994,0,2,1,,�ana-ramp,2026-06-27-run.fit,2026-06-27T06:55:00Z,running,16899.3,5330,155.6,154.5,1.217,290.6,52.60,97.1,136.4,323.8,238.5,5330.0,5330,315.4,garmin fr945,1.173,true,315.4,0,0,8.3,7.98,171.2,19.2,1250,694,252.6,6941.1,67,111,92,4569,492,856,0,threshold_pace,1,0,0,266.5,238.5,false,5331,1.000,1.000,0,1,1,,�ana-ramp,2026-06-28-run.fit,2026-06-28T08:21:00Z,running,9400.8,3070,155.6,155.2,1.177,287.8,52.60,98.3,219.7,209.0,142.4,3070.0,3070,326.6,garmin fr945,1.168,true,326.6,0,0,4.1,8.46,187.7,22.2,752,1145,40.0,914.5,10,15,207,2082,757,564,0,threshold_pace,5,1,0,,142.4,false,3071,1.000,1.000,0,1,0,,�ana-ramp,2026-06-30-run.fit,2026-06-30T07:51:00Z,running,9282.1,3048,155.4,155.3,1.172,288.4,52.60,98.2,205.3,208.0,138.5,3048.0,3048,328.4,garmin fr945,1.168,true,328.4,0,0,4.2,8.49,184.3,22.4,757,1061,39.9,904.4,0,17,227,2067,718,537,0,threshold_pace,4,1,0,,138.5,false,3049,1.000,0.993,0,1,1,,�ana-ramp,2026-07-03-run.fit,2026-07-03T06:14:00Z,running,9323.2,2949,156.4,154.8,1.212,284.3,52.59,98.6,90.3,89.8,133.7,2949.0,2949,316.3,garmin fr945,1.173,true,316.3,0,0,2.3,8.17,190.7,9.6,210,246,4.0,178.8,0,17,57,2804,52,126,0,threshold_pace,0,0,0,147.4,133.7,false,2950,1.000,0.993,0,3,2,,�ana-ramp,2026-07-04-run.fit,2026-07-04T06:44:00Z,running,16898.4,5598,154.3,155.1,1.169,296.1,52.59,96.5,135.7,323.6,234.6,5598.0,5598,331.3,garmin fr945,1.170,true,331.3,0,0,8.0,8.25,163.0,19.1,1309,707,252.4,6972.0,15,175,227,5058,124,344,0,threshold_pace,0,0,0,,234.6,false,5599,1.000,1.000,0,2,5,,�ana-ramp,2026-07-05-run.fit,2026-07-05T06:18:00Z,running,9651.9,3228,154.9,155.4,1.155,290.3,52.60,98.0,225.0,215.3,145.4,3228.0,3228,334.4,garmin fr945,1.167,true,334.4,0,0,4.1,8.59,182.7,22.3,799,1168,40.0,913.0,16,32,394,2110,677,515,0,threshold_pace,4,1,0,,145.4,false,3229,1.000,1.000,0,0,1,,"�J
	weeks.csv�athlete,week,week_start,coverage_days,distance_km,runs,untracked_days,load_unit,load,monotony,strain,descent_m,ascent_m,high_intensity_min,jump_sessions,cadence_matched_spm,pfp_level,pfp_points,pfp_rules,pfp_capped,itbs_level,itbs_points,itbs_rules,itbs_capped,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules,patellar_tendinopathy_capped,fired_rules,l1_state,l1_value,l2_state,l2_value,l3_state,l3_value,l4_state,l4_value,l5_state,l5_value,l6_state,l6_value,g1_state,g1_value,g2_state,g2_value,g3_state,g3_value,d1_state,d1_value,d2_state,d2_value,asc_state,asc_value,k1_state,k1_value,k2_state,k2_value,k3_state,k3_value,k4_state,k4_value,s1_state,s1_value,s2_state,s2_value,s3_state,s3_value,other_rule_states�ana-ramp,2026-W10,2026-03-02,5,37.65,5,0,trimp,542.85,1.519,824.76,570.1,589.8,0.0,0,155.3,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,1.5193,insufficient_data,,not_fired,542.8492,fired,155.2968,insufficient_data,,fired,5.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W11,2026-03-09,4,30.68,4,0,trimp,441.99,1.133,500.74,511.5,506.6,0.0,0,155.4,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,not_fired,-18.5137,insufficient_data,,not_fired,1.1329,insufficient_data,,not_fired,441.9856,fired,155.4183,insufficient_data,,fired,9.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W12,2026-03-16,4,30.53,4,0,trimp,448.51,1.136,509.54,587.1,613.9,0.0,0,155.4,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,not_fired,-0.4743,insufficient_data,,not_fired,1.1361,insufficient_data,,not_fired,448.5072,fired,155.3859,not_fired,-0.0706,fired,13.0000,not_fired,587.1000,not_fired,0.0000,not_fired,613.9000,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W13,2026-03-23,5,37.33,5,0,trimp,534.81,1.536,821.70,568.7,576.5,0.0,0,155.3,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,insufficient_data,,not_fired,22.2533,not_fired,1.0085,not_fired,1.5364,not_fired,-20.2422,not_fired,534.8107,fired,155.2993,not_fired,0.0586,fired,18.0000,not_fired,568.7200,not_fired,0.0000,not_fired,576.5200,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W14,2026-03-30,4,29.87,4,0,trimp,433.48,1.134,491.44,466.2,501.9,0.0,0,155.3,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,not_fired,0.9007,not_fired,-19.9910,not_fired,1.1329,not_fired,1.1337,not_fired,-23.2016,not_fired,433.4798,fired,155.3382,not_fired,0.0450,fired,18.0000,not_fired,466.2400,not_fired,0.0000,not_fired,501.8733,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W15,2026-04-06,4,26.83,4,0,trimp,383.05,1.103,422.62,447.1,453.6,0.0,0,155.6,low,1,G1,false,low,1,G1,false,none,0,,false,G1;G3,not_fired,0.9506,not_fired,-10.1655,not_fired,0.7958,not_fired,1.1033,not_fired,5.2462,not_fired,383.0483,fired,155.5809,not_fired,-0.1266,fired,18.0000,not_fired,447.1400,not_fired,0.0000,not_fired,453.6400,pending_confirmation,14.0280,not_fired,,pending_confirmation,11.4068,pending_confirmation,10.2742,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W16,2026-04-13,4,44.41,4,0,trimp,625.79,1.146,716.94,615.2,428.2,0.2,0,155.0,moderate,3,D1;G1;L2,false,moderate,3,D1;G1;L1,false,moderate,3,D2;L2,false,L1;L2;G1;G3;D1;D2,fired,1.2167,fired,65.5325,not_fired,1.2942,not_fired,1.1457,not_fired,-31.1320,not_fired,625.7853,fired,155.0475,not_fired,0.2813,fired,18.0000,fired,253.6000,fired,0.1667,not_fired,428.1933,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W17,2026-04-20,5,52.36,5,0,trimp,751.63,1.533,1152.53,1078.8,839.7,0.0,0,155.3,moderate,3,D1;G1;L2,false,moderate,3,D1;G1;L1,false,high,4,ASC;D2;L2,false,G1;G3;D1;ASC,not_fired,1.0700,not_fired,17.9055,not_fired,1.1523,not_fired,1.5334,not_fired,-23.2775,not_fired,751.6331,fired,155.2777,not_fired,0.0221,fired,17.0000,fired,1078.8500,not_fired,0.0000,fired,839.7000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,not_fired,,not_fired,,�ana-ramp,2026-W18,2026-04-27,4,44.53,4,0,trimp,620.44,1.117,692.90,602.9,413.0,0.0,0,155.4,low,3,D1;G1;L2,true,high,6,D1;G1;L1;S2;S3,false,low,4,ASC;D2;L2,true,G1;G3;S2;S3,not_fired,1.0654,not_fired,-14.9558,not_fired,1.1665,not_fired,1.1168,not_fired,-22.8098,not_fired,620.4370,fired,155.4014,not_fired,0.0136,fired,18.0000,not_fired,602.8667,not_fired,0.0000,not_fired,413.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,5.0000,fired,4.0000,�ana-ramp,2026-W19,2026-05-04,4,45.91,4,0,trimp,663.06,1.111,736.78,879.4,679.2,0.0,0,155.1,low,3,D1;G1;L2,true,high,6,D1;G1;L1;S2;S3,false,low,4,ASC;D2;L2,true,G1;G3;S2;S3,not_fired,1.0614,not_fired,3.0987,not_fired,1.0917,not_fired,1.1112,not_fired,-15.3469,not_fired,663.0591,fired,155.1360,not_fired,0.1014,fired,17.0000,not_fired,879.3700,not_fired,0.0000,not_fired,679.1533,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,6.0000,fired,4.0000,�ana-ramp,2026-W20,2026-05-11,5,55.22,5,0,trimp,808.94,1.458,1179.50,1043.0,895.8,0.0,0,155.1,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,4,ASC;D2;L2,true,G1;G3;D1;ASC;S2;S3,not_fired,1.0578,not_fired,20.2773,not_fired,1.1765,not_fired,1.4581,not_fired,-25.6404,not_fired,808.9398,fired,155.1155,not_fired,-0.0188,fired,19.0000,fired,1042.9633,not_fired,0.0000,fired,895.7633,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,7.0000,fired,4.0000,�ana-ramp,2026-W21,2026-05-18,4,43.87,4,0,trimp,627.08,1.058,663.29,701.3,527.2,0.0,0,155.1,low,2,D1;G1,true,high,5,D1;G1;S2;S3,false,low,1,ASC,true,G1;G3;S2;S3,not_fired,1.0158,not_fired,-20.5514,not_fired,1.0211,not_fired,1.0577,not_fired,-6.8365,not_fired,627.0835,fired,155.1176,not_fired,0.0638,fired,17.0000,not_fired,701.3067,not_fired,0.0000,not_fired,527.1900,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,7.0000,fired,4.0000,�ana-ramp,2026-W22,2026-05-25,5,57.14,5,0,trimp,819.42,1.464,1199.64,974.6,761.2,0.0,0,155.3,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,2,ASC;L2,true,L2;G1;G3;S2;S3,not_fired,1.0000,fired,30.2452,not_fired,1.2071,not_fired,1.4640,not_fired,-28.7334,not_fired,819.4177,fired,155.2568,not_fired,-0.0646,fired,19.0000,not_fired,974.6200,not_fired,0.0000,not_fired,761.1700,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,�ana-ramp,2026-W23,2026-06-01,5,58.43,5,0,trimp,853.52,1.481,1264.37,1150.9,948.0,0.0,0,155.1,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,2,ASC;L2,true,G1;G3;ASC;S2;S3,not_fired,0.9999,not_fired,2.2622,not_fired,1.2342,not_fired,1.4814,not_fired,-34.4061,not_fired,853.5160,fired,155.1492,not_fired,-0.0327,fired,19.0000,not_fired,1150.8700,not_fired,0.0000,fired,947.9867,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,�ana-ramp,2026-W24,2026-06-08,5,56.18,5,0,trimp,810.53,1.437,1164.40,992.8,763.0,0.0,0,155.0,low,3,D1;G1;L2,true,high,5,D1;G1;S2;S3,false,low,2,ASC;L2,true,G1;G3;S2;S3,not_fired,0.9998,not_fired,-3.8516,not_fired,1.1217,not_fired,1.4366,not_fired,-20.0957,not_fired,810.5251,fired,155.0045,not_fired,0.0512,fired,20.0000,not_fired,992.8485,not_fired,0.0000,not_fired,762.9818,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,�ana-ramp,2026-W25,2026-06-15,5,56.34,5,0,trimp,807.19,1.442,1164.00,969.8,750.9,0.0,0,155.3,low,2,G1;L2,true,high,4,G1;S2;S3,false,low,2,ASC;L2,true,G1;G3;S2;S3,not_fired,0.9999,not_fired,0.2773,not_fired,1.1825,not_fired,1.4420,not_fired,-27.3049,not_fired,807.1907,fired,155.2855,not_fired,-0.0964,fired,20.0000,not_fired,969.7567,not_fired,0.0000,not_fired,750.9400,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,,fired,8.0000,fired,4.0000,�ana-ramp,2026-W26,2026-06-22,4,45.37,4,0,trimp,660.92,1.073,709.40,976.8,769.7,0.0,0,155.1,low,5,G1;K1;K3;L2,true,high,7,G1;K1;K4;S2;S3,false,low,2,ASC;L2,true,G1;G3;K1;K3;K4;S2;S3,not_fired,1.0000,not_fired,-19.4713,not_fired,1.1363,not_fired,1.0733,not_fired,-18.3025,not_fired,660.9234,fired,155.1273,not_fired,-0.0326,fired,20.0000,not_fired,976.8400,not_fired,0.0000,not_fired,769.7400,fired,13.8736,not_fired,,fired,10.9368,fired,9.1356,not_fired,,fired,8.0000,fired,4.0000,�ana-ramp,2026-W27,2026-06-29,4,45.16,4,0,trimp,652.26,1.076,701.93,836.8,656.3,0.0,0,155.1,low,4,G1;K1;K3,true,high,7,G1;K1;K4;S2;S3,false,low,1,ASC,true,G1;G3;K1;K3;K4;S2;S3,not_fired,0.9999,not_fired,-0.4712,not_fired,1.1518,not_fired,1.0761,not_fired,-17.9960,not_fired,652.2572,fired,155.1323,not_fired,0.0189,fired,19.0000,not_fired,836.8000,not_fired,0.0000,not_fired,656.3333,fired,13.8736,not_fired,,fired,10.9368,fired,9.1356,not_fired,,fired,8.0000,fired,4.0000,*�
ana-ramp
2026-07-05lowhighlow"�3��7��B@vöE��>@�=yX�>@���ީB@�g��s�=@�uT5A�:@��_�4F@��ׁs.J@HɫsDF@T����F@y���N�K@OGɫ�E@}DL�$�L@��Ù7M@9#J{�L@UMu+L@WC�K�F@9(a��F@*lateral (right) 8/1008