
ReportBundle��"

ben-steady��
ben-steady/report.json��{
  "as_of": "2026-07-05",
  "athlete": "ben-steady",
  "baseline": {
    "cadence_at_reference_spm": 171.2,
    "cadence_intercept": 142.665,
    "cadence_slope": 8.800,
    "reference_speed_mps": 3.247,
    "runs_used": 72,
    "step_length_at_reference_m": 1.135,
    "step_length_intercept": 0.2172,
    "step_length_slope": 0.2826
  },
  "current": {
    "itbs": {
      "advice": [],
      "advice_source": "injury-scoring",
      "avoid": [],
      "capped": false,
      "capped_by": [],
      "firings": [],
      "headline": "No pattern consistent with iliotibial band syndrome in the 4 weeks to 2026-07-05",
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": [],
      "site_reported": false
    },
    "order": [
      "pfp",
      "itbs",
      "patellar_tendinopathy"
    ],
    "patellar_tendinopathy": {
      "advice": [],
      "advice_source": "injury-scoring",
      "avoid": [],
      "capped": false,
      "capped_by": [],
      "firings": [],
      "headline": "No pattern consistent with patellar tendinopathy in the 4 weeks to 2026-07-05",
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": [],
      "site_reported": false
    },
    "pfp": {
      "advice": [],
      "advice_source": "injury-scoring",
      "avoid": [],
      "capped": false,
      "capped_by": [],
      "firings": [],
      "headline": "No pattern consistent with patellofemoral pain in the 4 weeks to 2026-07-05",
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": [],
      "site_reported": false
    },
    "site_summary": "No symptoms recorded: the levels share load rules and do not tell the presentations apart; ask where it hurts."
  },
  "days": [
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-02",
      "distance_km": 7.75,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 92.32,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-03",
      "distance_km": 7.81,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 92.32,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-04",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 147.66,
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
      "distance_km": 7.84,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 92.89,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-07",
      "distance_km": 8.86,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 98.80,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-08",
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
      "date": "2026-03-09",
      "distance_km": 8.48,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 101.88,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-10",
      "distance_km": 9.18,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 104.13,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-11",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 143.28,
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
      "distance_km": 7.99,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 97.25,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-14",
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
      "date": "2026-03-15",
      "distance_km": 7.63,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 90.59,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-16",
      "distance_km": 8.06,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 98.11,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-17",
      "distance_km": 8.00,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 94.12,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-18",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 189.97,
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
      "distance_km": 8.44,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 93.90,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-21",
      "distance_km": 8.49,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 102.69,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-22",
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
      "date": "2026-03-23",
      "distance_km": 9.72,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 119.58,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-24",
      "distance_km": 8.67,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 100.30,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-25",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 133.39,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-26",
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
      "date": "2026-03-27",
      "distance_km": 9.71,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 110.28,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-28",
      "distance_km": 9.13,
      "estimated": false,
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 109.01,
      "state": "active"
    },
    {
      "acute": 66.63,
      "acwr": 0.863,
      "acwr_rolling": 1.047,
      "chronic": 77.17,
      "date": "2026-03-29",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 66.60,
      "fitness": 57.22,
      "form": -9.39,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 73.02,
      "acwr": 0.934,
      "acwr_rolling": 0.981,
      "chronic": 78.21,
      "date": "2026-03-30",
      "distance_km": 7.68,
      "estimated": false,
      "fatigue": 73.00,
      "fitness": 58.84,
      "form": -14.16,
      "load": 92.19,
      "state": "active"
    },
    {
      "acute": 54.76,
      "acwr": 0.752,
      "acwr_rolling": 0.797,
      "chronic": 72.81,
      "date": "2026-03-31",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 54.75,
      "fitness": 56.11,
      "form": 1.36,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 78.16,
      "acwr": 1.002,
      "acwr_rolling": 0.831,
      "chronic": 78.02,
      "date": "2026-04-01",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 78.15,
      "fitness": 60.40,
      "form": -17.76,
      "load": 148.36,
      "state": "active"
    },
    {
      "acute": 86.29,
      "acwr": 1.075,
      "acwr_rolling": 1.031,
      "chronic": 80.28,
      "date": "2026-04-02",
      "distance_km": 9.07,
      "estimated": false,
      "fatigue": 86.28,
      "fitness": 62.74,
      "form": -23.55,
      "load": 110.68,
      "state": "active"
    },
    {
      "acute": 92.62,
      "acwr": 1.124,
      "acwr_rolling": 1.022,
      "chronic": 82.44,
      "date": "2026-04-03",
      "distance_km": 9.48,
      "estimated": false,
      "fatigue": 92.62,
      "fitness": 65.01,
      "form": -27.61,
      "load": 111.61,
      "state": "active"
    },
    {
      "acute": 69.47,
      "acwr": 0.905,
      "acwr_rolling": 0.822,
      "chronic": 76.75,
      "date": "2026-04-04",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 69.46,
      "fitness": 61.99,
      "form": -7.48,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 79.18,
      "acwr": 1.003,
      "acwr_rolling": 1.015,
      "chronic": 78.93,
      "date": "2026-04-05",
      "distance_km": 9.40,
      "estimated": false,
      "fatigue": 79.18,
      "fitness": 64.14,
      "form": -15.04,
      "load": 108.34,
      "state": "active"
    },
    {
      "acute": 59.39,
      "acwr": 0.808,
      "acwr_rolling": 0.856,
      "chronic": 73.49,
      "date": "2026-04-06",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 59.39,
      "fitness": 61.16,
      "form": 1.77,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 72.64,
      "acwr": 0.954,
      "acwr_rolling": 1.127,
      "chronic": 76.17,
      "date": "2026-04-07",
      "distance_km": 9.21,
      "estimated": false,
      "fatigue": 72.63,
      "fitness": 63.54,
      "form": -9.09,
      "load": 112.38,
      "state": "active"
    },
    {
      "acute": 98.35,
      "acwr": 1.185,
      "acwr_rolling": 1.175,
      "chronic": 83.02,
      "date": "2026-04-08",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 98.35,
      "fitness": 68.75,
      "form": -29.60,
      "load": 175.50,
      "state": "active"
    },
    {
      "acute": 97.81,
      "acwr": 1.165,
      "acwr_rolling": 1.072,
      "chronic": 83.93,
      "date": "2026-04-09",
      "distance_km": 7.96,
      "estimated": false,
      "fatigue": 97.81,
      "fitness": 70.02,
      "form": -27.78,
      "load": 96.18,
      "state": "active"
    },
    {
      "acute": 73.36,
      "acwr": 0.939,
      "acwr_rolling": 0.866,
      "chronic": 78.14,
      "date": "2026-04-10",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 73.36,
      "fitness": 66.77,
      "form": -6.59,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 76.23,
      "acwr": 0.970,
      "acwr_rolling": 1.016,
      "chronic": 78.60,
      "date": "2026-04-11",
      "distance_km": 7.57,
      "estimated": false,
      "fatigue": 76.23,
      "fitness": 67.61,
      "form": -8.62,
      "load": 84.84,
      "state": "active"
    },
    {
      "acute": 83.65,
      "acwr": 1.039,
      "acwr_rolling": 1.001,
      "chronic": 80.49,
      "date": "2026-04-12",
      "distance_km": 8.86,
      "estimated": false,
      "fatigue": 83.65,
      "fitness": 69.39,
      "form": -14.26,
      "load": 105.92,
      "state": "active"
    },
    {
      "acute": 62.74,
      "acwr": 0.837,
      "acwr_rolling": 1.062,
      "chronic": 74.93,
      "date": "2026-04-13",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 62.74,
      "fitness": 66.16,
      "form": 3.42,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 71.50,
      "acwr": 0.935,
      "acwr_rolling": 1.023,
      "chronic": 76.51,
      "date": "2026-04-14",
      "distance_km": 8.50,
      "estimated": false,
      "fatigue": 71.50,
      "fitness": 67.63,
      "form": -3.87,
      "load": 97.78,
      "state": "active"
    },
    {
      "acute": 94.39,
      "acwr": 1.144,
      "acwr_rolling": 1.009,
      "chronic": 82.48,
      "date": "2026-04-15",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 94.39,
      "fitness": 72.07,
      "form": -22.32,
      "load": 163.07,
      "state": "active"
    },
    {
      "acute": 97.10,
      "acwr": 1.155,
      "acwr_rolling": 0.969,
      "chronic": 84.05,
      "date": "2026-04-16",
      "distance_km": 9.01,
      "estimated": false,
      "fatigue": 97.10,
      "fitness": 73.61,
      "form": -23.49,
      "load": 105.23,
      "state": "active"
    },
    {
      "acute": 96.09,
      "acwr": 1.135,
      "acwr_rolling": 1.196,
      "chronic": 84.67,
      "date": "2026-04-17",
      "distance_km": 7.65,
      "estimated": false,
      "fatigue": 96.09,
      "fitness": 74.52,
      "form": -21.57,
      "load": 93.07,
      "state": "active"
    },
    {
      "acute": 99.03,
      "acwr": 1.148,
      "acwr_rolling": 1.252,
      "chronic": 86.27,
      "date": "2026-04-18",
      "distance_km": 9.59,
      "estimated": false,
      "fatigue": 99.03,
      "fitness": 76.07,
      "form": -22.96,
      "load": 107.83,
      "state": "active"
    },
    {
      "acute": 74.27,
      "acwr": 0.925,
      "acwr_rolling": 0.990,
      "chronic": 80.32,
      "date": "2026-04-19",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 74.27,
      "fitness": 72.53,
      "form": -1.74,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 104.76,
      "acwr": 1.186,
      "acwr_rolling": 1.432,
      "chronic": 88.31,
      "date": "2026-04-20",
      "distance_km": 16.17,
      "estimated": false,
      "fatigue": 104.76,
      "fitness": 78.28,
      "form": -26.48,
      "load": 196.24,
      "state": "active"
    },
    {
      "acute": 78.57,
      "acwr": 0.956,
      "acwr_rolling": 1.250,
      "chronic": 82.22,
      "date": "2026-04-21",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 78.57,
      "fitness": 74.64,
      "form": -3.93,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 103.80,
      "acwr": 1.167,
      "acwr_rolling": 1.258,
      "chronic": 88.93,
      "date": "2026-04-22",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 103.80,
      "fitness": 79.52,
      "form": -24.28,
      "load": 179.50,
      "state": "active"
    },
    {
      "acute": 77.85,
      "acwr": 0.940,
      "acwr_rolling": 0.999,
      "chronic": 82.80,
      "date": "2026-04-23",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 77.85,
      "fitness": 75.82,
      "form": -2.03,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 87.72,
      "acwr": 1.030,
      "acwr_rolling": 1.052,
      "chronic": 85.18,
      "date": "2026-04-24",
      "distance_km": 9.91,
      "estimated": false,
      "fatigue": 87.72,
      "fitness": 77.75,
      "form": -9.97,
      "load": 117.31,
      "state": "active"
    },
    {
      "acute": 104.37,
      "acwr": 1.160,
      "acwr_rolling": 1.134,
      "chronic": 89.95,
      "date": "2026-04-25",
      "distance_km": 8.39,
      "estimated": true,
      "fatigue": 104.37,
      "fitness": 81.31,
      "form": -23.06,
      "load": 154.33,
      "state": "active"
    },
    {
      "acute": 78.28,
      "acwr": 0.935,
      "acwr_rolling": 1.134,
      "chronic": 83.74,
      "date": "2026-04-26",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 78.28,
      "fitness": 77.53,
      "form": -0.75,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 83.00,
      "acwr": 0.980,
      "acwr_rolling": 0.905,
      "chronic": 84.67,
      "date": "2026-04-27",
      "distance_km": 8.44,
      "estimated": false,
      "fatigue": 83.00,
      "fitness": 78.44,
      "form": -4.56,
      "load": 97.18,
      "state": "active"
    },
    {
      "acute": 87.16,
      "acwr": 1.017,
      "acwr_rolling": 1.070,
      "chronic": 85.70,
      "date": "2026-04-28",
      "distance_km": 8.41,
      "estimated": false,
      "fatigue": 87.16,
      "fitness": 79.43,
      "form": -7.73,
      "load": 99.65,
      "state": "active"
    },
    {
      "acute": 107.95,
      "acwr": 1.179,
      "acwr_rolling": 1.037,
      "chronic": 91.54,
      "date": "2026-04-29",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 107.95,
      "fitness": 83.66,
      "form": -24.29,
      "load": 170.30,
      "state": "active"
    },
    {
      "acute": 80.96,
      "acwr": 0.950,
      "acwr_rolling": 1.103,
      "chronic": 85.22,
      "date": "2026-04-30",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 80.96,
      "fitness": 79.77,
      "form": -1.20,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 60.72,
      "acwr": 0.765,
      "acwr_rolling": 0.897,
      "chronic": 79.35,
      "date": "2026-05-01",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 60.72,
      "fitness": 76.06,
      "form": 15.33,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 75.40,
      "acwr": 0.918,
      "acwr_rolling": 0.769,
      "chronic": 82.11,
      "date": "2026-05-02",
      "distance_km": 9.92,
      "estimated": false,
      "fatigue": 75.40,
      "fitness": 78.07,
      "form": 2.67,
      "load": 119.44,
      "state": "active"
    },
    {
      "acute": 84.36,
      "acwr": 1.003,
      "acwr_rolling": 1.002,
      "chronic": 84.12,
      "date": "2026-05-03",
      "distance_km": 9.84,
      "estimated": false,
      "fatigue": 84.36,
      "fitness": 79.62,
      "form": -4.75,
      "load": 111.25,
      "state": "active"
    },
    {
      "acute": 63.27,
      "acwr": 0.808,
      "acwr_rolling": 0.796,
      "chronic": 78.32,
      "date": "2026-05-04",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 63.27,
      "fitness": 75.91,
      "form": 12.64,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 47.45,
      "acwr": 0.651,
      "acwr_rolling": 0.642,
      "chronic": 72.92,
      "date": "2026-05-05",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 47.45,
      "fitness": 72.38,
      "form": 24.93,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 78.67,
      "acwr": 0.986,
      "acwr_rolling": 0.647,
      "chronic": 79.78,
      "date": "2026-05-06",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 78.67,
      "fitness": 77.03,
      "form": -1.64,
      "load": 172.33,
      "state": "active"
    },
    {
      "acute": 59.01,
      "acwr": 0.794,
      "acwr_rolling": 0.682,
      "chronic": 74.27,
      "date": "2026-05-07",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 59.01,
      "fitness": 73.45,
      "form": 14.44,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 66.14,
      "acwr": 0.880,
      "acwr_rolling": 0.830,
      "chronic": 75.19,
      "date": "2026-05-08",
      "distance_km": 7.68,
      "estimated": false,
      "fatigue": 66.14,
      "fitness": 74.10,
      "form": 7.97,
      "load": 87.53,
      "state": "active"
    },
    {
      "acute": 105.96,
      "acwr": 1.239,
      "acwr_rolling": 0.990,
      "chronic": 85.55,
      "date": "2026-05-09",
      "distance_km": 18.56,
      "estimated": false,
      "fatigue": 105.96,
      "fitness": 81.14,
      "form": -24.82,
      "load": 225.45,
      "state": "active"
    },
    {
      "acute": 102.70,
      "acwr": 1.193,
      "acwr_rolling": 0.957,
      "chronic": 86.06,
      "date": "2026-05-10",
      "distance_km": 7.94,
      "estimated": false,
      "fatigue": 102.70,
      "fitness": 81.69,
      "form": -21.01,
      "load": 92.89,
      "state": "active"
    },
    {
      "acute": 105.92,
      "acwr": 1.202,
      "acwr_rolling": 1.149,
      "chronic": 88.09,
      "date": "2026-05-11",
      "distance_km": 9.64,
      "estimated": false,
      "fatigue": 105.92,
      "fitness": 83.27,
      "form": -22.65,
      "load": 115.57,
      "state": "active"
    },
    {
      "acute": 102.17,
      "acwr": 1.157,
      "acwr_rolling": 1.373,
      "chronic": 88.29,
      "date": "2026-05-12",
      "distance_km": 7.73,
      "estimated": false,
      "fatigue": 102.17,
      "fitness": 83.62,
      "form": -18.55,
      "load": 90.94,
      "state": "active"
    },
    {
      "acute": 121.41,
      "acwr": 1.284,
      "acwr_rolling": 1.378,
      "chronic": 94.55,
      "date": "2026-05-13",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 121.41,
      "fitness": 88.06,
      "form": -33.34,
      "load": 179.12,
      "state": "active"
    },
    {
      "acute": 91.06,
      "acwr": 1.034,
      "acwr_rolling": 1.467,
      "chronic": 88.03,
      "date": "2026-05-14",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 91.06,
      "fitness": 83.97,
      "form": -7.09,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 95.52,
      "acwr": 1.068,
      "acwr_rolling": 1.512,
      "chronic": 89.47,
      "date": "2026-05-15",
      "distance_km": 9.57,
      "estimated": false,
      "fatigue": 95.52,
      "fitness": 85.13,
      "form": -10.39,
      "load": 108.92,
      "state": "active"
    },
    {
      "acute": 99.89,
      "acwr": 1.097,
      "acwr_rolling": 1.214,
      "chronic": 91.09,
      "date": "2026-05-16",
      "distance_km": 9.29,
      "estimated": false,
      "fatigue": 99.89,
      "fitness": 86.42,
      "form": -13.46,
      "load": 112.99,
      "state": "active"
    },
    {
      "acute": 74.92,
      "acwr": 0.883,
      "acwr_rolling": 1.000,
      "chronic": 84.81,
      "date": "2026-05-17",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 74.92,
      "fitness": 82.40,
      "form": 7.49,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 79.70,
      "acwr": 0.933,
      "acwr_rolling": 1.009,
      "chronic": 85.45,
      "date": "2026-05-18",
      "distance_km": 7.99,
      "estimated": false,
      "fatigue": 79.70,
      "fitness": 82.95,
      "form": 3.25,
      "load": 94.03,
      "state": "active"
    },
    {
      "acute": 113.21,
      "acwr": 1.201,
      "acwr_rolling": 1.160,
      "chronic": 94.30,
      "date": "2026-05-19",
      "distance_km": 17.78,
      "estimated": false,
      "fatigue": 113.21,
      "fitness": 89.03,
      "form": -24.18,
      "load": 213.76,
      "state": "active"
    },
    {
      "acute": 128.71,
      "acwr": 1.289,
      "acwr_rolling": 1.153,
      "chronic": 99.88,
      "date": "2026-05-20",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 128.71,
      "fitness": 93.04,
      "form": -35.67,
      "load": 175.19,
      "state": "active"
    },
    {
      "acute": 96.53,
      "acwr": 1.038,
      "acwr_rolling": 1.153,
      "chronic": 92.99,
      "date": "2026-05-21",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 96.53,
      "fitness": 88.71,
      "form": -7.82,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 112.78,
      "acwr": 1.154,
      "acwr_rolling": 1.245,
      "chronic": 97.72,
      "date": "2026-05-22",
      "distance_km": 8.91,
      "estimated": true,
      "fatigue": 112.78,
      "fitness": 92.10,
      "form": -20.68,
      "load": 161.54,
      "state": "active"
    },
    {
      "acute": 84.59,
      "acwr": 0.930,
      "acwr_rolling": 1.084,
      "chronic": 90.98,
      "date": "2026-05-23",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 84.59,
      "fitness": 87.81,
      "form": 3.23,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 63.44,
      "acwr": 0.749,
      "acwr_rolling": 1.084,
      "chronic": 84.70,
      "date": "2026-05-24",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 63.44,
      "fitness": 83.73,
      "form": 20.29,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 73.47,
      "acwr": 0.854,
      "acwr_rolling": 1.102,
      "chronic": 86.00,
      "date": "2026-05-25",
      "distance_km": 8.67,
      "estimated": false,
      "fatigue": 73.47,
      "fitness": 84.65,
      "form": 11.18,
      "load": 103.57,
      "state": "active"
    },
    {
      "acute": 55.10,
      "acwr": 0.688,
      "acwr_rolling": 0.697,
      "chronic": 80.07,
      "date": "2026-05-26",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 55.10,
      "fitness": 80.72,
      "form": 25.61,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 80.10,
      "acwr": 0.940,
      "acwr_rolling": 0.664,
      "chronic": 85.25,
      "date": "2026-05-27",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 80.10,
      "fitness": 84.17,
      "form": 4.08,
      "load": 155.08,
      "state": "active"
    },
    {
      "acute": 85.70,
      "acwr": 0.991,
      "acwr_rolling": 0.826,
      "chronic": 86.43,
      "date": "2026-05-28",
      "distance_km": 9.04,
      "estimated": false,
      "fatigue": 85.70,
      "fitness": 85.03,
      "form": -0.67,
      "load": 102.49,
      "state": "active"
    },
    {
      "acute": 64.27,
      "acwr": 0.799,
      "acwr_rolling": 0.526,
      "chronic": 80.47,
      "date": "2026-05-29",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 64.27,
      "fitness": 81.07,
      "form": 16.80,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 74.28,
      "acwr": 0.905,
      "acwr_rolling": 0.719,
      "chronic": 82.12,
      "date": "2026-05-30",
      "distance_km": 8.90,
      "estimated": false,
      "fatigue": 74.28,
      "fitness": 82.15,
      "form": 7.87,
      "load": 104.32,
      "state": "active"
    },
    {
      "acute": 84.85,
      "acwr": 1.004,
      "acwr_rolling": 0.954,
      "chronic": 84.49,
      "date": "2026-05-31",
      "distance_km": 9.69,
      "estimated": false,
      "fatigue": 84.85,
      "fitness": 83.75,
      "form": -1.10,
      "load": 116.55,
      "state": "active"
    },
    {
      "acute": 88.70,
      "acwr": 1.036,
      "acwr_rolling": 0.898,
      "chronic": 85.58,
      "date": "2026-06-01",
      "distance_km": 8.76,
      "estimated": false,
      "fatigue": 88.70,
      "fitness": 84.52,
      "form": -4.18,
      "load": 100.26,
      "state": "active"
    },
    {
      "acute": 66.53,
      "acwr": 0.835,
      "acwr_rolling": 0.898,
      "chronic": 79.68,
      "date": "2026-06-02",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 66.53,
      "fitness": 80.59,
      "form": 14.06,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 96.12,
      "acwr": 1.106,
      "acwr_rolling": 0.952,
      "chronic": 86.93,
      "date": "2026-06-03",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 96.12,
      "fitness": 85.44,
      "form": -10.68,
      "load": 184.89,
      "state": "active"
    },
    {
      "acute": 93.97,
      "acwr": 1.080,
      "acwr_rolling": 0.882,
      "chronic": 86.97,
      "date": "2026-06-04",
      "distance_km": 7.50,
      "estimated": false,
      "fatigue": 93.97,
      "fitness": 85.54,
      "form": -8.43,
      "load": 87.52,
      "state": "active"
    },
    {
      "acute": 70.48,
      "acwr": 0.870,
      "acwr_rolling": 0.922,
      "chronic": 80.98,
      "date": "2026-06-05",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 70.48,
      "fitness": 81.56,
      "form": 11.08,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 81.57,
      "acwr": 0.979,
      "acwr_rolling": 1.001,
      "chronic": 83.31,
      "date": "2026-06-06",
      "distance_km": 9.53,
      "estimated": false,
      "fatigue": 81.57,
      "fitness": 83.11,
      "form": 1.54,
      "load": 114.84,
      "state": "active"
    },
    {
      "acute": 89.64,
      "acwr": 1.049,
      "acwr_rolling": 0.984,
      "chronic": 85.42,
      "date": "2026-06-07",
      "distance_km": 9.40,
      "estimated": false,
      "fatigue": 89.64,
      "fitness": 84.54,
      "form": -5.10,
      "load": 113.85,
      "state": "active"
    },
    {
      "acute": 67.23,
      "acwr": 0.845,
      "acwr_rolling": 0.827,
      "chronic": 79.53,
      "date": "2026-06-08",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 67.23,
      "fitness": 80.60,
      "form": 13.38,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 73.11,
      "acwr": 0.910,
      "acwr_rolling": 1.028,
      "chronic": 80.30,
      "date": "2026-06-09",
      "distance_km": 7.54,
      "estimated": false,
      "fatigue": 73.11,
      "fitness": 81.08,
      "form": 7.97,
      "load": 90.75,
      "state": "active"
    },
    {
      "acute": 96.01,
      "acwr": 1.115,
      "acwr_rolling": 0.989,
      "chronic": 86.12,
      "date": "2026-06-10",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 96.01,
      "fitness": 84.97,
      "form": -11.05,
      "load": 164.72,
      "state": "active"
    },
    {
      "acute": 72.01,
      "acwr": 0.898,
      "acwr_rolling": 0.798,
      "chronic": 80.18,
      "date": "2026-06-11",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 72.01,
      "fitness": 81.01,
      "form": 9.01,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 75.77,
      "acwr": 0.939,
      "acwr_rolling": 1.001,
      "chronic": 80.66,
      "date": "2026-06-12",
      "distance_km": 7.69,
      "estimated": false,
      "fatigue": 75.77,
      "fitness": 81.29,
      "form": 5.53,
      "load": 87.03,
      "state": "active"
    },
    {
      "acute": 82.13,
      "acwr": 1.001,
      "acwr_rolling": 0.976,
      "chronic": 82.07,
      "date": "2026-06-13",
      "distance_km": 8.76,
      "estimated": false,
      "fatigue": 82.13,
      "fitness": 82.22,
      "form": 0.09,
      "load": 101.22,
      "state": "active"
    },
    {
      "acute": 87.32,
      "acwr": 1.046,
      "acwr_rolling": 0.897,
      "chronic": 83.51,
      "date": "2026-06-14",
      "distance_km": 8.55,
      "estimated": false,
      "fatigue": 87.32,
      "fitness": 83.18,
      "form": -4.14,
      "load": 102.88,
      "state": "active"
    },
    {
      "acute": 65.49,
      "acwr": 0.842,
      "acwr_rolling": 0.946,
      "chronic": 77.75,
      "date": "2026-06-15",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 65.49,
      "fitness": 79.31,
      "form": 13.83,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 74.51,
      "acwr": 0.939,
      "acwr_rolling": 1.038,
      "chronic": 79.39,
      "date": "2026-06-16",
      "distance_km": 8.69,
      "estimated": false,
      "fatigue": 74.51,
      "fitness": 80.35,
      "form": 5.84,
      "load": 101.58,
      "state": "active"
    },
    {
      "acute": 97.98,
      "acwr": 1.146,
      "acwr_rolling": 1.052,
      "chronic": 85.53,
      "date": "2026-06-17",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 97.98,
      "fitness": 84.44,
      "form": -13.54,
      "load": 168.40,
      "state": "active"
    },
    {
      "acute": 97.21,
      "acwr": 1.128,
      "acwr_rolling": 1.230,
      "chronic": 86.18,
      "date": "2026-06-18",
      "distance_km": 7.93,
      "estimated": false,
      "fatigue": 97.21,
      "fitness": 84.93,
      "form": -12.28,
      "load": 94.90,
      "state": "active"
    },
    {
      "acute": 116.18,
      "acwr": 1.260,
      "acwr_rolling": 1.459,
      "chronic": 92.17,
      "date": "2026-06-19",
      "distance_km": 9.78,
      "estimated": true,
      "fatigue": 116.18,
      "fitness": 89.03,
      "form": -27.15,
      "load": 173.09,
      "state": "active"
    },
    {
      "acute": 87.14,
      "acwr": 1.015,
      "acwr_rolling": 1.182,
      "chronic": 85.82,
      "date": "2026-06-20",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 87.14,
      "fitness": 84.89,
      "form": -2.25,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 89.73,
      "acwr": 1.036,
      "acwr_rolling": 1.102,
      "chronic": 86.62,
      "date": "2026-06-21",
      "distance_km": 8.21,
      "estimated": false,
      "fatigue": 89.73,
      "fitness": 85.48,
      "form": -4.25,
      "load": 97.51,
      "state": "active"
    },
    {
      "acute": 67.30,
      "acwr": 0.834,
      "acwr_rolling": 1.172,
      "chronic": 80.65,
      "date": "2026-06-22",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 67.30,
      "fitness": 81.50,
      "form": 14.20,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 73.11,
      "acwr": 0.899,
      "acwr_rolling": 1.084,
      "chronic": 81.33,
      "date": "2026-06-23",
      "distance_km": 7.97,
      "estimated": false,
      "fatigue": 73.11,
      "fitness": 81.92,
      "form": 8.82,
      "load": 90.53,
      "state": "active"
    },
    {
      "acute": 89.87,
      "acwr": 1.053,
      "acwr_rolling": 1.027,
      "chronic": 85.39,
      "date": "2026-06-24",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 89.87,
      "fitness": 84.63,
      "form": -5.24,
      "load": 140.18,
      "state": "active"
    },
    {
      "acute": 96.21,
      "acwr": 1.100,
      "acwr_rolling": 1.067,
      "chronic": 87.44,
      "date": "2026-06-25",
      "distance_km": 9.55,
      "estimated": false,
      "fatigue": 96.21,
      "fitness": 86.05,
      "form": -10.16,
      "load": 115.22,
      "state": "active"
    },
    {
      "acute": 97.32,
      "acwr": 1.101,
      "acwr_rolling": 0.856,
      "chronic": 88.36,
      "date": "2026-06-26",
      "distance_km": 8.37,
      "estimated": false,
      "fatigue": 97.32,
      "fitness": 86.73,
      "form": -10.59,
      "load": 100.65,
      "state": "active"
    },
    {
      "acute": 102.17,
      "acwr": 1.131,
      "acwr_rolling": 1.100,
      "chronic": 90.31,
      "date": "2026-06-27",
      "distance_km": 9.77,
      "estimated": false,
      "fatigue": 102.17,
      "fitness": 88.13,
      "form": -14.04,
      "load": 116.72,
      "state": "active"
    },
    {
      "acute": 76.63,
      "acwr": 0.911,
      "acwr_rolling": 0.948,
      "chronic": 84.08,
      "date": "2026-06-28",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 76.63,
      "fitness": 84.03,
      "form": 7.40,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 57.47,
      "acwr": 0.734,
      "acwr_rolling": 1.004,
      "chronic": 78.28,
      "date": "2026-06-29",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 57.47,
      "fitness": 80.12,
      "form": 22.65,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 72.66,
      "acwr": 0.897,
      "acwr_rolling": 1.000,
      "chronic": 81.04,
      "date": "2026-06-30",
      "distance_km": 9.88,
      "estimated": false,
      "fatigue": 72.66,
      "fitness": 81.89,
      "form": 9.23,
      "load": 118.22,
      "state": "active"
    },
    {
      "acute": 92.53,
      "acwr": 1.077,
      "acwr_rolling": 1.046,
      "chronic": 85.94,
      "date": "2026-07-01",
      "distance_km": 0.00,
      "estimated": true,
      "fatigue": 92.53,
      "fitness": 85.16,
      "form": -7.37,
      "load": 152.16,
      "state": "active"
    },
    {
      "acute": 69.40,
      "acwr": 0.867,
      "acwr_rolling": 0.833,
      "chronic": 80.02,
      "date": "2026-07-02",
      "distance_km": 0.00,
      "estimated": false,
      "fatigue": 69.40,
      "fitness": 81.20,
      "form": 11.80,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 78.53,
      "acwr": 0.960,
      "acwr_rolling": 0.796,
      "chronic": 81.80,
      "date": "2026-07-03",
      "distance_km": 9.42,
      "estimated": false,
      "fatigue": 78.53,
      "fitness": 82.35,
      "form": 3.82,
      "load": 105.93,
      "state": "active"
    },
    {
      "acute": 87.27,
      "acwr": 1.039,
      "acwr_rolling": 0.790,
      "chronic": 83.99,
      "date": "2026-07-04",
      "distance_km": 9.35,
      "estimated": false,
      "fatigue": 87.27,
      "fitness": 83.80,
      "form": -3.47,
      "load": 113.48,
      "state": "active"
    },
    {
      "acute": 89.50,
      "acwr": 1.055,
      "acwr_rolling": 1.007,
      "chronic": 84.83,
      "date": "2026-07-05",
      "distance_km": 8.04,
      "estimated": false,
      "fatigue": 89.50,
      "fitness": 84.37,
      "form": -5.13,
      "load": 96.19,
      "state": "active"
    }
  ],
  "devices": [
    "garmin fr945"
  ],
  "disclaimer": "This is a screening summary, not a diagnosis — a clinical assessment decides.",
  "duplicates": [],
  "fired_rules": [],
  "kinematics_notes": [
    "kinematics/2026-05-06-treadmill.csv: left: foot strike and toe-off detected from knee flexion",
    "kinematics/2026-05-06-treadmill.csv: right: foot strike and toe-off detected from knee flexion"
  ],
  "latest_week": "2026-W27",
  "load_unit": "trimp",
  "notes": [
    "Loads (L3–L5) in Banister TRIMP: 54% of sessions have an RPE (< 80%) and 100% of runs have heart rate (≥ 80%).",
    "21 sessions without the unit's measure: load estimated (RPE × minutes × k, k = 0.76 from the athlete's sessions with both; else minutes × the athlete's median load per minute in the same sport), drawn hollow and flagged in runs.csv.",
    "Coverage: 87 active, 39 rest and 0 untracked days from 2026-03-02 to 2026-07-05.",
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
      "ascent_m": 179.8,
      "average_pace_s_per_km": 309.3,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.7,
      "cadence_spm": 171.1,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 171.4,
      "descent_per_km": 22.1,
      "device": "garmin fr945",
      "distance_m": 7746.2,
      "downhill_time_s": 581,
      "duration_s": 2396,
      "faster_than_threshold_s": 242,
      "gct_balance_pct": 50.30,
      "gct_ms": 243.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 21,
      "hr_z2_s": 33,
      "hr_z3_s": 385,
      "hr_z4_s": 1674,
      "hr_z5_s": 284,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 92.3,
      "load_estimated": false,
      "longest_descent_distance_m": 911.8,
      "longest_descent_m": 39.5,
      "moving_pace_s_per_km": 309.3,
      "moving_time_s": 2396,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 245.8,
      "profile_notes": [],
      "run_id": "2026-03-02-run.fit",
      "samples": 2397,
      "segments": [
        {
          "distance_m": 258.0,
          "duration_s": 62,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1480
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-02T06:11:00Z",
      "step_length_m": 1.130,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2396.0,
      "trimp": 92.3,
      "uphill_time_s": 871,
      "vertical_oscillation_mm": 85.0,
      "vertical_ratio_pct": 7.63,
      "warnings": []
    },
    {
      "ascent_m": 171.7,
      "average_pace_s_per_km": 308.0,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 171.2,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 171.2,
      "descent_per_km": 21.9,
      "device": "garmin fr945",
      "distance_m": 7805.7,
      "downhill_time_s": 616,
      "duration_s": 2404,
      "faster_than_threshold_s": 176,
      "gct_balance_pct": 50.31,
      "gct_ms": 243.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 40,
      "hr_z2_s": 33,
      "hr_z3_s": 389,
      "hr_z4_s": 1616,
      "hr_z5_s": 327,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 92.3,
      "load_estimated": false,
      "longest_descent_distance_m": 785.9,
      "longest_descent_m": 32.9,
      "moving_pace_s_per_km": 308.0,
      "moving_time_s": 2404,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 244.9,
      "profile_notes": [],
      "run_id": "2026-03-03-run.fit",
      "samples": 2405,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-03T07:49:00Z",
      "step_length_m": 1.135,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2404.0,
      "trimp": 92.3,
      "uphill_time_s": 816,
      "vertical_oscillation_mm": 85.0,
      "vertical_ratio_pct": 7.57,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2328,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 147.7,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-03-04-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 194.0,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-03-04T07:24:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2328.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 181.7,
      "average_pace_s_per_km": 282.1,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.4,
      "cadence_spm": 173.9,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 176.1,
      "descent_per_km": 22.5,
      "device": "garmin fr945",
      "distance_m": 7843.5,
      "downhill_time_s": 642,
      "duration_s": 2213,
      "faster_than_threshold_s": 1013,
      "gct_balance_pct": 50.29,
      "gct_ms": 233.0,
      "gear": "",
      "gps_dropouts": 1,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 628,
      "hr_z1_s": 23,
      "hr_z2_s": 55,
      "hr_z3_s": 497,
      "hr_z4_s": 941,
      "hr_z5_s": 698,
      "implausible_removed": 1,
      "intervals": 6,
      "load": 92.9,
      "load_estimated": false,
      "longest_descent_distance_m": 893.7,
      "longest_descent_m": 39.4,
      "moving_pace_s_per_km": 282.1,
      "moving_time_s": 2213,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 269.1,
      "profile_notes": [],
      "run_id": "2026-03-06-run.fit",
      "samples": 2214,
      "segments": [
        {
          "distance_m": 957.0,
          "duration_s": 234,
          "grade_pct": 2.2,
          "kind": "interval",
          "start_offset_s": 599
        },
        {
          "distance_m": 246.9,
          "duration_s": 61,
          "grade_pct": 1.2,
          "kind": "interval",
          "start_offset_s": 997
        },
        {
          "distance_m": 275.7,
          "duration_s": 67,
          "grade_pct": null,
          "kind": "interval",
          "start_offset_s": 1131
        },
        {
          "distance_m": 458.0,
          "duration_s": 112,
          "grade_pct": -1.8,
          "kind": "interval",
          "start_offset_s": 1350
        },
        {
          "distance_m": 609.6,
          "duration_s": 151,
          "grade_pct": 2.8,
          "kind": "interval",
          "start_offset_s": 1739
        },
        {
          "distance_m": 289.4,
          "duration_s": 71,
          "grade_pct": 2.8,
          "kind": "interval",
          "start_offset_s": 2124
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-06T08:18:00Z",
      "step_length_m": 1.218,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2213.0,
      "trimp": 92.9,
      "uphill_time_s": 673,
      "vertical_oscillation_mm": 86.2,
      "vertical_ratio_pct": 7.21,
      "warnings": []
    },
    {
      "ascent_m": 88.0,
      "average_pace_s_per_km": 308.1,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 171.2,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 87.8,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 8861.2,
      "downhill_time_s": 191,
      "duration_s": 2730,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.29,
      "gct_ms": 243.3,
      "gear": "",
      "gps_dropouts": 1,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 42,
      "hr_z3_s": 60,
      "hr_z4_s": 2609,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 98.8,
      "load_estimated": false,
      "longest_descent_distance_m": 180.0,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 308.1,
      "moving_time_s": 2730,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 243.1,
      "profile_notes": [],
      "run_id": "2026-03-07-run.fit",
      "samples": 2731,
      "segments": [],
      "session_rpe_load": 136.5,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-07T07:58:00Z",
      "step_length_m": 1.137,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2730.0,
      "trimp": 98.8,
      "uphill_time_s": 226,
      "vertical_oscillation_mm": 85.0,
      "vertical_ratio_pct": 7.50,
      "warnings": []
    },
    {
      "ascent_m": 187.6,
      "average_pace_s_per_km": 293.4,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 4.5,
      "cadence_spm": 172.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 194.0,
      "descent_per_km": 22.9,
      "device": "garmin fr945",
      "distance_m": 8475.4,
      "downhill_time_s": 659,
      "duration_s": 2487,
      "faster_than_threshold_s": 374,
      "gct_balance_pct": 50.31,
      "gct_ms": 237.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 17,
      "hr_z2_s": 68,
      "hr_z3_s": 252,
      "hr_z4_s": 1713,
      "hr_z5_s": 438,
      "implausible_removed": 1,
      "intervals": 3,
      "load": 101.9,
      "load_estimated": false,
      "longest_descent_distance_m": 902.0,
      "longest_descent_m": 38.4,
      "moving_pace_s_per_km": 293.4,
      "moving_time_s": 2487,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 255.6,
      "profile_notes": [],
      "run_id": "2026-03-09-run.fit",
      "samples": 2488,
      "segments": [
        {
          "distance_m": 282.6,
          "duration_s": 68,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 1110
        },
        {
          "distance_m": 264.0,
          "duration_s": 62,
          "grade_pct": -8.8,
          "kind": "interval",
          "start_offset_s": 1667
        },
        {
          "distance_m": 291.6,
          "duration_s": 69,
          "grade_pct": -8.5,
          "kind": "interval",
          "start_offset_s": 2192
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-09T06:49:00Z",
      "step_length_m": 1.180,
      "step_length_matched_m": 1.136,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2487.0,
      "trimp": 101.9,
      "uphill_time_s": 858,
      "vertical_oscillation_mm": 85.6,
      "vertical_ratio_pct": 7.34,
      "warnings": []
    },
    {
      "ascent_m": 92.0,
      "average_pace_s_per_km": 298.8,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 172.1,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 91.2,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 9176.1,
      "downhill_time_s": 202,
      "duration_s": 2742,
      "faster_than_threshold_s": 2,
      "gct_balance_pct": 50.31,
      "gct_ms": 239.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 2,
      "hr_z2_s": 30,
      "hr_z3_s": 32,
      "hr_z4_s": 2659,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 104.1,
      "load_estimated": false,
      "longest_descent_distance_m": 191.8,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 298.8,
      "moving_time_s": 2742,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 250.8,
      "profile_notes": [],
      "run_id": "2026-03-10-run.fit",
      "samples": 2743,
      "segments": [],
      "session_rpe_load": 137.1,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-10T08:22:00Z",
      "step_length_m": 1.166,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2742.0,
      "trimp": 104.1,
      "uphill_time_s": 239,
      "vertical_oscillation_mm": 85.4,
      "vertical_ratio_pct": 7.35,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2259,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 143.3,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-03-11-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 188.2,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-03-11T06:16:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2259.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 181.2,
      "average_pace_s_per_km": 278.4,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.2,
      "cadence_spm": 174.3,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 174.0,
      "descent_per_km": 21.8,
      "device": "garmin fr945",
      "distance_m": 7994.8,
      "downhill_time_s": 590,
      "duration_s": 2226,
      "faster_than_threshold_s": 947,
      "gct_balance_pct": 50.31,
      "gct_ms": 231.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 488,
      "hr_z1_s": 14,
      "hr_z2_s": 41,
      "hr_z3_s": 402,
      "hr_z4_s": 1047,
      "hr_z5_s": 723,
      "implausible_removed": 1,
      "intervals": 4,
      "load": 97.3,
      "load_estimated": false,
      "longest_descent_distance_m": 908.2,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 278.4,
      "moving_time_s": 2226,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 271.7,
      "profile_notes": [],
      "run_id": "2026-03-13-run.fit",
      "samples": 2227,
      "segments": [
        {
          "distance_m": 257.6,
          "duration_s": 60,
          "grade_pct": -8.9,
          "kind": "interval",
          "start_offset_s": 202
        },
        {
          "distance_m": 267.3,
          "duration_s": 66,
          "grade_pct": 8.0,
          "kind": "interval",
          "start_offset_s": 962
        },
        {
          "distance_m": 268.1,
          "duration_s": 66,
          "grade_pct": -5.9,
          "kind": "interval",
          "start_offset_s": 1361
        },
        {
          "distance_m": 298.7,
          "duration_s": 74,
          "grade_pct": 2.5,
          "kind": "interval",
          "start_offset_s": 1484
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-13T06:30:00Z",
      "step_length_m": 1.231,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2226.0,
      "trimp": 97.3,
      "uphill_time_s": 712,
      "vertical_oscillation_mm": 86.4,
      "vertical_ratio_pct": 7.13,
      "warnings": []
    },
    {
      "ascent_m": 172.4,
      "average_pace_s_per_km": 312.6,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.5,
      "cadence_spm": 170.8,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 163.0,
      "descent_per_km": 21.4,
      "device": "garmin fr945",
      "distance_m": 7626.5,
      "downhill_time_s": 587,
      "duration_s": 2384,
      "faster_than_threshold_s": 182,
      "gct_balance_pct": 50.29,
      "gct_ms": 245.0,
      "gear": "",
      "gps_dropouts": 1,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 32,
      "hr_z2_s": 26,
      "hr_z3_s": 457,
      "hr_z4_s": 1596,
      "hr_z5_s": 274,
      "implausible_removed": 3,
      "intervals": 0,
      "load": 90.6,
      "load_estimated": false,
      "longest_descent_distance_m": 923.1,
      "longest_descent_m": 39.4,
      "moving_pace_s_per_km": 312.6,
      "moving_time_s": 2384,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 242.7,
      "profile_notes": [],
      "run_id": "2026-03-15-run.fit",
      "samples": 2385,
      "segments": [],
      "session_rpe_load": 119.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-15T07:23:00Z",
      "step_length_m": 1.120,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2384.0,
      "trimp": 90.6,
      "uphill_time_s": 836,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.67,
      "warnings": []
    },
    {
      "ascent_m": 186.1,
      "average_pace_s_per_km": 281.1,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.7,
      "cadence_spm": 174.0,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 175.2,
      "descent_per_km": 21.7,
      "device": "garmin fr945",
      "distance_m": 8062.3,
      "downhill_time_s": 595,
      "duration_s": 2266,
      "faster_than_threshold_s": 1084,
      "gct_balance_pct": 50.30,
      "gct_ms": 232.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 528,
      "hr_z1_s": 25,
      "hr_z2_s": 25,
      "hr_z3_s": 395,
      "hr_z4_s": 1068,
      "hr_z5_s": 754,
      "implausible_removed": 1,
      "intervals": 5,
      "load": 98.1,
      "load_estimated": false,
      "longest_descent_distance_m": 914.2,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 281.1,
      "moving_time_s": 2266,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 270.2,
      "profile_notes": [],
      "run_id": "2026-03-16-run.fit",
      "samples": 2267,
      "segments": [
        {
          "distance_m": 713.2,
          "duration_s": 174,
          "grade_pct": -0.5,
          "kind": "interval",
          "start_offset_s": 990
        },
        {
          "distance_m": 643.0,
          "duration_s": 156,
          "grade_pct": -4.0,
          "kind": "interval",
          "start_offset_s": 1404
        },
        {
          "distance_m": 674.0,
          "duration_s": 167,
          "grade_pct": 1.9,
          "kind": "interval",
          "start_offset_s": 1751
        },
        {
          "distance_m": 473.1,
          "duration_s": 116,
          "grade_pct": -3.1,
          "kind": "interval",
          "start_offset_s": 2042
        },
        {
          "distance_m": 263.1,
          "duration_s": 65,
          "grade_pct": 0.2,
          "kind": "interval",
          "start_offset_s": 2202
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-16T06:24:00Z",
      "step_length_m": 1.221,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2266.0,
      "trimp": 98.1,
      "uphill_time_s": 759,
      "vertical_oscillation_mm": 86.2,
      "vertical_ratio_pct": 7.21,
      "warnings": []
    },
    {
      "ascent_m": 180.7,
      "average_pace_s_per_km": 312.7,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.3,
      "cadence_spm": 170.8,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 185.3,
      "descent_per_km": 23.2,
      "device": "garmin fr945",
      "distance_m": 7995.2,
      "downhill_time_s": 652,
      "duration_s": 2500,
      "faster_than_threshold_s": 196,
      "gct_balance_pct": 50.30,
      "gct_ms": 245.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 16,
      "hr_z2_s": 26,
      "hr_z3_s": 585,
      "hr_z4_s": 1573,
      "hr_z5_s": 300,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 94.1,
      "load_estimated": false,
      "longest_descent_distance_m": 924.8,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 312.7,
      "moving_time_s": 2500,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 238.5,
      "profile_notes": [],
      "run_id": "2026-03-17-run.fit",
      "samples": 2501,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-17T07:02:00Z",
      "step_length_m": 1.120,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2500.0,
      "trimp": 94.1,
      "uphill_time_s": 891,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.67,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2995,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 190.0,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-03-18-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 249.6,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-03-18T08:20:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2995.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 84.0,
      "average_pace_s_per_km": 310.0,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 171.0,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 84.0,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 8435.8,
      "downhill_time_s": 192,
      "duration_s": 2615,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.29,
      "gct_ms": 244.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 23,
      "hr_z3_s": 117,
      "hr_z4_s": 2461,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 93.9,
      "load_estimated": false,
      "longest_descent_distance_m": 173.7,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 310.0,
      "moving_time_s": 2615,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 241.6,
      "profile_notes": [],
      "run_id": "2026-03-20-run.fit",
      "samples": 2616,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-20T08:19:00Z",
      "step_length_m": 1.131,
      "step_length_matched_m": 1.136,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2615.0,
      "trimp": 93.9,
      "uphill_time_s": 197,
      "vertical_oscillation_mm": 84.9,
      "vertical_ratio_pct": 7.53,
      "warnings": []
    },
    {
      "ascent_m": 204.4,
      "average_pace_s_per_km": 315.3,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.3,
      "cadence_spm": 170.5,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 181.1,
      "descent_per_km": 21.3,
      "device": "garmin fr945",
      "distance_m": 8493.6,
      "downhill_time_s": 631,
      "duration_s": 2678,
      "faster_than_threshold_s": 199,
      "gct_balance_pct": 50.30,
      "gct_ms": 246.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 18,
      "hr_z2_s": 22,
      "hr_z3_s": 511,
      "hr_z4_s": 1751,
      "hr_z5_s": 377,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 102.7,
      "load_estimated": false,
      "longest_descent_distance_m": 902.5,
      "longest_descent_m": 39.2,
      "moving_pace_s_per_km": 315.3,
      "moving_time_s": 2678,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 245.3,
      "profile_notes": [],
      "run_id": "2026-03-21-run.fit",
      "samples": 2679,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-21T06:12:00Z",
      "step_length_m": 1.113,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2678.0,
      "trimp": 102.7,
      "uphill_time_s": 1007,
      "vertical_oscillation_mm": 84.7,
      "vertical_ratio_pct": 7.71,
      "warnings": []
    },
    {
      "ascent_m": 226.1,
      "average_pace_s_per_km": 280.1,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.4,
      "cadence_spm": 174.2,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 214.3,
      "descent_per_km": 22.0,
      "device": "garmin fr945",
      "distance_m": 9722.8,
      "downhill_time_s": 735,
      "duration_s": 2723,
      "faster_than_threshold_s": 1185,
      "gct_balance_pct": 50.31,
      "gct_ms": 232.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 659,
      "hr_z1_s": 0,
      "hr_z2_s": 17,
      "hr_z3_s": 389,
      "hr_z4_s": 1436,
      "hr_z5_s": 862,
      "implausible_removed": 2,
      "intervals": 7,
      "load": 119.6,
      "load_estimated": false,
      "longest_descent_distance_m": 906.6,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 280.1,
      "moving_time_s": 2723,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 272.4,
      "profile_notes": [],
      "run_id": "2026-03-23-run.fit",
      "samples": 2724,
      "segments": [
        {
          "distance_m": 139.0,
          "duration_s": 31,
          "grade_pct": -10.3,
          "kind": "stride",
          "start_offset_s": 347
        },
        {
          "distance_m": 324.5,
          "duration_s": 80,
          "grade_pct": 2.0,
          "kind": "interval",
          "start_offset_s": 625
        },
        {
          "distance_m": 256.1,
          "duration_s": 63,
          "grade_pct": 2.9,
          "kind": "interval",
          "start_offset_s": 721
        },
        {
          "distance_m": 363.3,
          "duration_s": 89,
          "grade_pct": 7.1,
          "kind": "interval",
          "start_offset_s": 1047
        },
        {
          "distance_m": 633.6,
          "duration_s": 155,
          "grade_pct": -3.8,
          "kind": "interval",
          "start_offset_s": 1322
        },
        {
          "distance_m": 287.4,
          "duration_s": 70,
          "grade_pct": -6.5,
          "kind": "interval",
          "start_offset_s": 1818
        },
        {
          "distance_m": 418.2,
          "duration_s": 102,
          "grade_pct": 4.7,
          "kind": "interval",
          "start_offset_s": 2058
        },
        {
          "distance_m": 404.0,
          "duration_s": 98,
          "grade_pct": 2.2,
          "kind": "interval",
          "start_offset_s": 2170
        },
        {
          "distance_m": 48.1,
          "duration_s": 11,
          "grade_pct": -8.2,
          "kind": "stride",
          "start_offset_s": 2513
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-23T07:17:00Z",
      "step_length_m": 1.225,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 2,
      "timer_time_s": 2723.0,
      "trimp": 119.6,
      "uphill_time_s": 907,
      "vertical_oscillation_mm": 86.2,
      "vertical_ratio_pct": 7.17,
      "warnings": []
    },
    {
      "ascent_m": 178.7,
      "average_pace_s_per_km": 312.5,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 170.8,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 205.8,
      "descent_per_km": 23.7,
      "device": "garmin fr945",
      "distance_m": 8665.6,
      "downhill_time_s": 738,
      "duration_s": 2708,
      "faster_than_threshold_s": 147,
      "gct_balance_pct": 50.31,
      "gct_ms": 245.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 17,
      "hr_z2_s": 51,
      "hr_z3_s": 642,
      "hr_z4_s": 1713,
      "hr_z5_s": 286,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 100.3,
      "load_estimated": false,
      "longest_descent_distance_m": 906.8,
      "longest_descent_m": 39.2,
      "moving_pace_s_per_km": 312.5,
      "moving_time_s": 2708,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 234.2,
      "profile_notes": [],
      "run_id": "2026-03-24-run.fit",
      "samples": 2709,
      "segments": [],
      "session_rpe_load": 135.4,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-24T07:39:00Z",
      "step_length_m": 1.121,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2708.0,
      "trimp": 100.3,
      "uphill_time_s": 893,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.66,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2103,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 133.4,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-03-25-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 175.2,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-03-25T07:21:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2103.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 96.0,
      "average_pace_s_per_km": 299.4,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 172.0,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 98.4,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 9712.2,
      "downhill_time_s": 214,
      "duration_s": 2908,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.29,
      "gct_ms": 240.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 3,
      "hr_z2_s": 32,
      "hr_z3_s": 35,
      "hr_z4_s": 2819,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 110.3,
      "load_estimated": false,
      "longest_descent_distance_m": 175.2,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 299.4,
      "moving_time_s": 2908,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 249.5,
      "profile_notes": [],
      "run_id": "2026-03-27-run.fit",
      "samples": 2909,
      "segments": [],
      "session_rpe_load": 145.4,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-27T06:26:00Z",
      "step_length_m": 1.164,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2908.0,
      "trimp": 110.3,
      "uphill_time_s": 258,
      "vertical_oscillation_mm": 85.4,
      "vertical_ratio_pct": 7.36,
      "warnings": []
    },
    {
      "ascent_m": 211.6,
      "average_pace_s_per_km": 315.9,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 170.5,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 204.3,
      "descent_per_km": 22.4,
      "device": "garmin fr945",
      "distance_m": 9129.6,
      "downhill_time_s": 736,
      "duration_s": 2884,
      "faster_than_threshold_s": 120,
      "gct_balance_pct": 50.28,
      "gct_ms": 246.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 47,
      "hr_z2_s": 28,
      "hr_z3_s": 597,
      "hr_z4_s": 1899,
      "hr_z5_s": 314,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 109.0,
      "load_estimated": false,
      "longest_descent_distance_m": 920.8,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 315.9,
      "moving_time_s": 2884,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 238.8,
      "profile_notes": [],
      "run_id": "2026-03-28-run.fit",
      "samples": 2885,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-28T06:01:00Z",
      "step_length_m": 1.111,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2884.0,
      "trimp": 109.0,
      "uphill_time_s": 1032,
      "vertical_oscillation_mm": 84.6,
      "vertical_ratio_pct": 7.71,
      "warnings": []
    },
    {
      "ascent_m": 177.0,
      "average_pace_s_per_km": 287.0,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 6.2,
      "cadence_spm": 173.4,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 167.3,
      "descent_per_km": 21.8,
      "device": "garmin fr945",
      "distance_m": 7676.3,
      "downhill_time_s": 581,
      "duration_s": 2203,
      "faster_than_threshold_s": 977,
      "gct_balance_pct": 50.30,
      "gct_ms": 235.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 577,
      "hr_z1_s": 23,
      "hr_z2_s": 29,
      "hr_z3_s": 487,
      "hr_z4_s": 1007,
      "hr_z5_s": 658,
      "implausible_removed": 1,
      "intervals": 4,
      "load": 92.2,
      "load_estimated": false,
      "longest_descent_distance_m": 905.6,
      "longest_descent_m": 39.4,
      "moving_pace_s_per_km": 287.0,
      "moving_time_s": 2203,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 266.2,
      "profile_notes": [],
      "run_id": "2026-03-30-run.fit",
      "samples": 2204,
      "segments": [
        {
          "distance_m": 566.0,
          "duration_s": 137,
          "grade_pct": -4.1,
          "kind": "interval",
          "start_offset_s": 701
        },
        {
          "distance_m": 609.5,
          "duration_s": 148,
          "grade_pct": 1.0,
          "kind": "interval",
          "start_offset_s": 1051
        },
        {
          "distance_m": 544.2,
          "duration_s": 134,
          "grade_pct": -3.7,
          "kind": "interval",
          "start_offset_s": 1727
        },
        {
          "distance_m": 302.9,
          "duration_s": 75,
          "grade_pct": 0.6,
          "kind": "interval",
          "start_offset_s": 2073
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-03-30T08:17:00Z",
      "step_length_m": 1.199,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2203.0,
      "trimp": 92.2,
      "uphill_time_s": 739,
      "vertical_oscillation_mm": 85.9,
      "vertical_ratio_pct": 7.36,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2339,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 148.4,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-04-01-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 194.9,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-04-01T06:22:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2339.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 213.1,
      "average_pace_s_per_km": 301.3,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.5,
      "cadence_spm": 171.9,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 196.8,
      "descent_per_km": 21.7,
      "device": "garmin fr945",
      "distance_m": 9072.7,
      "downhill_time_s": 674,
      "duration_s": 2734,
      "faster_than_threshold_s": 380,
      "gct_balance_pct": 50.31,
      "gct_ms": 240.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 18,
      "hr_z2_s": 48,
      "hr_z3_s": 287,
      "hr_z4_s": 1885,
      "hr_z5_s": 477,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 110.7,
      "load_estimated": false,
      "longest_descent_distance_m": 910.6,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 301.3,
      "moving_time_s": 2734,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 253.7,
      "profile_notes": [],
      "run_id": "2026-04-02-run.fit",
      "samples": 2735,
      "segments": [
        {
          "distance_m": 71.2,
          "duration_s": 16,
          "grade_pct": -9.6,
          "kind": "stride",
          "start_offset_s": 1141
        }
      ],
      "session_rpe_load": 136.7,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-02T06:27:00Z",
      "step_length_m": 1.155,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2734.0,
      "trimp": 110.7,
      "uphill_time_s": 1010,
      "vertical_oscillation_mm": 85.3,
      "vertical_ratio_pct": 7.47,
      "warnings": []
    },
    {
      "ascent_m": 207.9,
      "average_pace_s_per_km": 314.2,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 170.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 215.4,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 9477.4,
      "downhill_time_s": 753,
      "duration_s": 2978,
      "faster_than_threshold_s": 202,
      "gct_balance_pct": 50.29,
      "gct_ms": 245.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 7,
      "hr_z2_s": 15,
      "hr_z3_s": 785,
      "hr_z4_s": 1828,
      "hr_z5_s": 344,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 111.6,
      "load_estimated": false,
      "longest_descent_distance_m": 900.3,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 314.2,
      "moving_time_s": 2978,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 237.2,
      "profile_notes": [],
      "run_id": "2026-04-03-run.fit",
      "samples": 2979,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-03T06:06:00Z",
      "step_length_m": 1.116,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2978.0,
      "trimp": 111.6,
      "uphill_time_s": 1038,
      "vertical_oscillation_mm": 84.7,
      "vertical_ratio_pct": 7.68,
      "warnings": []
    },
    {
      "ascent_m": 94.7,
      "average_pace_s_per_km": 290.5,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 173.0,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 93.3,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 9403.3,
      "downhill_time_s": 221,
      "duration_s": 2732,
      "faster_than_threshold_s": 31,
      "gct_balance_pct": 50.31,
      "gct_ms": 236.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 22,
      "hr_z2_s": 25,
      "hr_z3_s": 32,
      "hr_z4_s": 2654,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 108.3,
      "load_estimated": false,
      "longest_descent_distance_m": 181.1,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 290.5,
      "moving_time_s": 2732,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 258.1,
      "profile_notes": [],
      "run_id": "2026-04-05-run.fit",
      "samples": 2733,
      "segments": [],
      "session_rpe_load": 136.6,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-05T06:07:00Z",
      "step_length_m": 1.193,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2732.0,
      "trimp": 108.3,
      "uphill_time_s": 247,
      "vertical_oscillation_mm": 85.8,
      "vertical_ratio_pct": 7.21,
      "warnings": []
    },
    {
      "ascent_m": 213.3,
      "average_pace_s_per_km": 299.3,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 4.4,
      "cadence_spm": 172.1,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 199.2,
      "descent_per_km": 21.6,
      "device": "garmin fr945",
      "distance_m": 9205.5,
      "downhill_time_s": 683,
      "duration_s": 2755,
      "faster_than_threshold_s": 380,
      "gct_balance_pct": 50.30,
      "gct_ms": 240.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 20,
      "hr_z2_s": 58,
      "hr_z3_s": 296,
      "hr_z4_s": 1821,
      "hr_z5_s": 561,
      "implausible_removed": 4,
      "intervals": 1,
      "load": 112.4,
      "load_estimated": false,
      "longest_descent_distance_m": 916.0,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 299.3,
      "moving_time_s": 2755,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 253.7,
      "profile_notes": [],
      "run_id": "2026-04-07-run.fit",
      "samples": 2756,
      "segments": [
        {
          "distance_m": 57.9,
          "duration_s": 13,
          "grade_pct": -9.3,
          "kind": "stride",
          "start_offset_s": 452
        },
        {
          "distance_m": 281.7,
          "duration_s": 68,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 2217
        }
      ],
      "session_rpe_load": 137.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-07T06:32:00Z",
      "step_length_m": 1.162,
      "step_length_matched_m": 1.136,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2755.0,
      "trimp": 112.4,
      "uphill_time_s": 982,
      "vertical_oscillation_mm": 85.3,
      "vertical_ratio_pct": 7.43,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2767,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 175.5,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-04-08-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 230.6,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-04-08T07:51:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2767.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 184.6,
      "average_pace_s_per_km": 300.4,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 4.7,
      "cadence_spm": 172.0,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 174.6,
      "descent_per_km": 21.9,
      "device": "garmin fr945",
      "distance_m": 7957.2,
      "downhill_time_s": 591,
      "duration_s": 2390,
      "faster_than_threshold_s": 332,
      "gct_balance_pct": 50.29,
      "gct_ms": 240.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 45,
      "hr_z3_s": 254,
      "hr_z4_s": 1648,
      "hr_z5_s": 430,
      "implausible_removed": 0,
      "intervals": 1,
      "load": 96.2,
      "load_estimated": false,
      "longest_descent_distance_m": 909.4,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 300.4,
      "moving_time_s": 2390,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 254.5,
      "profile_notes": [],
      "run_id": "2026-04-09-run.fit",
      "samples": 2391,
      "segments": [
        {
          "distance_m": 279.4,
          "duration_s": 66,
          "grade_pct": -8.8,
          "kind": "interval",
          "start_offset_s": 403
        },
        {
          "distance_m": 62.2,
          "duration_s": 14,
          "grade_pct": -10.0,
          "kind": "stride",
          "start_offset_s": 1523
        },
        {
          "distance_m": 53.6,
          "duration_s": 12,
          "grade_pct": -9.3,
          "kind": "stride",
          "start_offset_s": 2080
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-09T06:24:00Z",
      "step_length_m": 1.158,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 2,
      "timer_time_s": 2390.0,
      "trimp": 96.2,
      "uphill_time_s": 857,
      "vertical_oscillation_mm": 85.3,
      "vertical_ratio_pct": 7.47,
      "warnings": []
    },
    {
      "ascent_m": 74.3,
      "average_pace_s_per_km": 298.1,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 172.2,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 75.6,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 7567.6,
      "downhill_time_s": 162,
      "duration_s": 2256,
      "faster_than_threshold_s": 3,
      "gct_balance_pct": 50.29,
      "gct_ms": 239.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 13,
      "hr_z2_s": 29,
      "hr_z3_s": 71,
      "hr_z4_s": 2144,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 84.8,
      "load_estimated": false,
      "longest_descent_distance_m": 179.8,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 298.1,
      "moving_time_s": 2256,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 251.1,
      "profile_notes": [],
      "run_id": "2026-04-11-run.fit",
      "samples": 2257,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-11T07:42:00Z",
      "step_length_m": 1.168,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2256.0,
      "trimp": 84.8,
      "uphill_time_s": 169,
      "vertical_oscillation_mm": 85.4,
      "vertical_ratio_pct": 7.34,
      "warnings": []
    },
    {
      "ascent_m": 192.6,
      "average_pace_s_per_km": 280.2,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.5,
      "cadence_spm": 174.2,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 212.5,
      "descent_per_km": 24.0,
      "device": "garmin fr945",
      "distance_m": 8858.7,
      "downhill_time_s": 713,
      "duration_s": 2482,
      "faster_than_threshold_s": 1120,
      "gct_balance_pct": 50.30,
      "gct_ms": 232.1,
      "gear": "",
      "gps_dropouts": 1,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 585,
      "hr_z1_s": 0,
      "hr_z2_s": 8,
      "hr_z3_s": 480,
      "hr_z4_s": 1320,
      "hr_z5_s": 655,
      "implausible_removed": 1,
      "intervals": 8,
      "load": 105.9,
      "load_estimated": false,
      "longest_descent_distance_m": 908.0,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 280.2,
      "moving_time_s": 2482,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 261.6,
      "profile_notes": [],
      "run_id": "2026-04-12-run.fit",
      "samples": 2483,
      "segments": [
        {
          "distance_m": 257.7,
          "duration_s": 61,
          "grade_pct": -8.5,
          "kind": "interval",
          "start_offset_s": 79
        },
        {
          "distance_m": 579.7,
          "duration_s": 141,
          "grade_pct": -2.6,
          "kind": "interval",
          "start_offset_s": 697
        },
        {
          "distance_m": 598.4,
          "duration_s": 147,
          "grade_pct": 3.0,
          "kind": "interval",
          "start_offset_s": 962
        },
        {
          "distance_m": 410.9,
          "duration_s": 100,
          "grade_pct": 0.9,
          "kind": "interval",
          "start_offset_s": 1319
        },
        {
          "distance_m": 258.6,
          "duration_s": 63,
          "grade_pct": -0.8,
          "kind": "interval",
          "start_offset_s": 1681
        },
        {
          "distance_m": 466.1,
          "duration_s": 115,
          "grade_pct": -4.8,
          "kind": "interval",
          "start_offset_s": 1747
        },
        {
          "distance_m": 472.1,
          "duration_s": 115,
          "grade_pct": -0.7,
          "kind": "interval",
          "start_offset_s": 2065
        },
        {
          "distance_m": 382.0,
          "duration_s": 94,
          "grade_pct": -2.0,
          "kind": "interval",
          "start_offset_s": 2185
        }
      ],
      "session_rpe_load": 289.6,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-12T06:11:00Z",
      "step_length_m": 1.224,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2482.0,
      "trimp": 105.9,
      "uphill_time_s": 793,
      "vertical_oscillation_mm": 86.2,
      "vertical_ratio_pct": 7.18,
      "warnings": []
    },
    {
      "ascent_m": 179.9,
      "average_pace_s_per_km": 313.2,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.4,
      "cadence_spm": 170.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 208.7,
      "descent_per_km": 24.6,
      "device": "garmin fr945",
      "distance_m": 8498.9,
      "downhill_time_s": 731,
      "duration_s": 2662,
      "faster_than_threshold_s": 153,
      "gct_balance_pct": 50.32,
      "gct_ms": 245.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 7,
      "hr_z3_s": 719,
      "hr_z4_s": 1700,
      "hr_z5_s": 217,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 97.8,
      "load_estimated": false,
      "longest_descent_distance_m": 903.8,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 313.2,
      "moving_time_s": 2662,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 232.4,
      "profile_notes": [],
      "run_id": "2026-04-14-run.fit",
      "samples": 2663,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-14T08:03:00Z",
      "step_length_m": 1.118,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2662.0,
      "trimp": 97.8,
      "uphill_time_s": 879,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.68,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2571,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 163.1,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-04-15-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 214.2,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-04-15T06:27:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2571.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 196.2,
      "average_pace_s_per_km": 317.2,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 170.4,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 209.3,
      "descent_per_km": 23.2,
      "device": "garmin fr945",
      "distance_m": 9006.1,
      "downhill_time_s": 769,
      "duration_s": 2857,
      "faster_than_threshold_s": 222,
      "gct_balance_pct": 50.28,
      "gct_ms": 246.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 39,
      "hr_z2_s": 41,
      "hr_z3_s": 582,
      "hr_z4_s": 1844,
      "hr_z5_s": 352,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 105.2,
      "load_estimated": false,
      "longest_descent_distance_m": 397.2,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 317.2,
      "moving_time_s": 2857,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 235.1,
      "profile_notes": [],
      "run_id": "2026-04-16-run.fit",
      "samples": 2858,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-16T07:01:00Z",
      "step_length_m": 1.107,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2857.0,
      "trimp": 105.2,
      "uphill_time_s": 942,
      "vertical_oscillation_mm": 84.6,
      "vertical_ratio_pct": 7.74,
      "warnings": []
    },
    {
      "ascent_m": 170.9,
      "average_pace_s_per_km": 281.3,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.6,
      "cadence_spm": 174.0,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 160.5,
      "descent_per_km": 21.0,
      "device": "garmin fr945",
      "distance_m": 7650.1,
      "downhill_time_s": 542,
      "duration_s": 2152,
      "faster_than_threshold_s": 973,
      "gct_balance_pct": 50.29,
      "gct_ms": 232.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 532,
      "hr_z1_s": 20,
      "hr_z2_s": 23,
      "hr_z3_s": 367,
      "hr_z4_s": 1055,
      "hr_z5_s": 688,
      "implausible_removed": 2,
      "intervals": 6,
      "load": 93.1,
      "load_estimated": false,
      "longest_descent_distance_m": 399.5,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 281.3,
      "moving_time_s": 2152,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 271.9,
      "profile_notes": [],
      "run_id": "2026-04-17-run.fit",
      "samples": 2153,
      "segments": [
        {
          "distance_m": 260.6,
          "duration_s": 63,
          "grade_pct": -9.0,
          "kind": "interval",
          "start_offset_s": 488
        },
        {
          "distance_m": 247.2,
          "duration_s": 60,
          "grade_pct": 1.1,
          "kind": "interval",
          "start_offset_s": 779
        },
        {
          "distance_m": 255.3,
          "duration_s": 62,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 997
        },
        {
          "distance_m": 546.6,
          "duration_s": 133,
          "grade_pct": -1.0,
          "kind": "interval",
          "start_offset_s": 1066
        },
        {
          "distance_m": 355.0,
          "duration_s": 88,
          "grade_pct": 2.7,
          "kind": "interval",
          "start_offset_s": 1398
        },
        {
          "distance_m": 766.0,
          "duration_s": 187,
          "grade_pct": 3.9,
          "kind": "interval",
          "start_offset_s": 1731
        }
      ],
      "session_rpe_load": 251.1,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-17T08:05:00Z",
      "step_length_m": 1.220,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2152.0,
      "trimp": 93.1,
      "uphill_time_s": 704,
      "vertical_oscillation_mm": 86.2,
      "vertical_ratio_pct": 7.20,
      "warnings": []
    },
    {
      "ascent_m": 95.4,
      "average_pace_s_per_km": 306.8,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.3,
      "cadence_spm": 171.3,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 96.0,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 9589.6,
      "downhill_time_s": 208,
      "duration_s": 2942,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.30,
      "gct_ms": 243.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 13,
      "hr_z2_s": 31,
      "hr_z3_s": 81,
      "hr_z4_s": 2818,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 107.8,
      "load_estimated": false,
      "longest_descent_distance_m": 179.1,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 306.8,
      "moving_time_s": 2942,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 244.0,
      "profile_notes": [],
      "run_id": "2026-04-18-run.fit",
      "samples": 2943,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-18T06:48:00Z",
      "step_length_m": 1.141,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2942.0,
      "trimp": 107.8,
      "uphill_time_s": 230,
      "vertical_oscillation_mm": 85.0,
      "vertical_ratio_pct": 7.48,
      "warnings": []
    },
    {
      "ascent_m": 176.2,
      "average_pace_s_per_km": 278.5,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.3,
      "cadence_spm": 174.3,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 172.2,
      "descent_per_km": 22.1,
      "device": "garmin fr945",
      "distance_m": 7784.8,
      "downhill_time_s": 584,
      "duration_s": 2168,
      "faster_than_threshold_s": 1013,
      "gct_balance_pct": 50.30,
      "gct_ms": 231.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 598,
      "hr_z1_s": 0,
      "hr_z2_s": 0,
      "hr_z3_s": 404,
      "hr_z4_s": 1021,
      "hr_z5_s": 724,
      "implausible_removed": 0,
      "intervals": 5,
      "load": 93.5,
      "load_estimated": false,
      "longest_descent_distance_m": 912.2,
      "longest_descent_m": 39.6,
      "moving_pace_s_per_km": 278.5,
      "moving_time_s": 2168,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 272.3,
      "profile_notes": [],
      "run_id": "2026-04-20-run.fit",
      "samples": 2169,
      "segments": [
        {
          "distance_m": 265.4,
          "duration_s": 62,
          "grade_pct": -8.9,
          "kind": "interval",
          "start_offset_s": 265
        },
        {
          "distance_m": 551.2,
          "duration_s": 134,
          "grade_pct": 1.6,
          "kind": "interval",
          "start_offset_s": 602
        },
        {
          "distance_m": 281.6,
          "duration_s": 69,
          "grade_pct": -5.5,
          "kind": "interval",
          "start_offset_s": 739
        },
        {
          "distance_m": 416.9,
          "duration_s": 103,
          "grade_pct": -1.4,
          "kind": "interval",
          "start_offset_s": 1347
        },
        {
          "distance_m": 385.5,
          "duration_s": 96,
          "grade_pct": 4.1,
          "kind": "interval",
          "start_offset_s": 1682
        }
      ],
      "session_rpe_load": 252.9,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-20T08:25:00Z",
      "step_length_m": 1.231,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2168.0,
      "trimp": 93.5,
      "uphill_time_s": 688,
      "vertical_oscillation_mm": 86.4,
      "vertical_ratio_pct": 7.14,
      "warnings": []
    },
    {
      "ascent_m": 197.1,
      "average_pace_s_per_km": 302.4,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.7,
      "cadence_spm": 171.7,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 175.0,
      "descent_per_km": 20.9,
      "device": "garmin fr945",
      "distance_m": 8389.5,
      "downhill_time_s": 574,
      "duration_s": 2537,
      "faster_than_threshold_s": 286,
      "gct_balance_pct": 50.29,
      "gct_ms": 241.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 9,
      "hr_z2_s": 16,
      "hr_z3_s": 246,
      "hr_z4_s": 1808,
      "hr_z5_s": 459,
      "implausible_removed": 0,
      "intervals": 2,
      "load": 102.7,
      "load_estimated": false,
      "longest_descent_distance_m": 399.5,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 302.4,
      "moving_time_s": 2537,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 256.5,
      "profile_notes": [],
      "run_id": "2026-04-20-run-2.fit",
      "samples": 2538,
      "segments": [
        {
          "distance_m": 254.5,
          "duration_s": 61,
          "grade_pct": -8.6,
          "kind": "interval",
          "start_offset_s": 449
        },
        {
          "distance_m": 119.2,
          "duration_s": 27,
          "grade_pct": -10.3,
          "kind": "stride",
          "start_offset_s": 1013
        },
        {
          "distance_m": 287.2,
          "duration_s": 68,
          "grade_pct": -8.6,
          "kind": "interval",
          "start_offset_s": 2097
        }
      ],
      "session_rpe_load": 126.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-20T18:00:00Z",
      "step_length_m": 1.152,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2537.0,
      "trimp": 102.7,
      "uphill_time_s": 926,
      "vertical_oscillation_mm": 85.2,
      "vertical_ratio_pct": 7.50,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2830,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 179.5,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-04-22-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 235.8,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-04-22T07:57:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2830.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 214.1,
      "average_pace_s_per_km": 313.2,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.3,
      "cadence_spm": 170.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 227.9,
      "descent_per_km": 23.0,
      "device": "garmin fr945",
      "distance_m": 9905.1,
      "downhill_time_s": 790,
      "duration_s": 3102,
      "faster_than_threshold_s": 211,
      "gct_balance_pct": 50.31,
      "gct_ms": 245.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 19,
      "hr_z2_s": 82,
      "hr_z3_s": 499,
      "hr_z4_s": 2126,
      "hr_z5_s": 377,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 117.3,
      "load_estimated": false,
      "longest_descent_distance_m": 402.1,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 313.2,
      "moving_time_s": 3102,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 237.7,
      "profile_notes": [],
      "run_id": "2026-04-24-run.fit",
      "samples": 3103,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-24T06:22:00Z",
      "step_length_m": 1.119,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3102.0,
      "trimp": 117.3,
      "uphill_time_s": 1048,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.67,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 8992.5,
      "downhill_time_s": null,
      "duration_s": 1200,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 60.9,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-04-25-brick.fit#cycling",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 80.0,
      "sport": "cycling",
      "sprints": 0,
      "start_time": "2026-04-25T08:07:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 1200.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 83.4,
      "average_pace_s_per_km": 307.3,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 171.3,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 84.0,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 8385.9,
      "downhill_time_s": 182,
      "duration_s": 2577,
      "faster_than_threshold_s": 1,
      "gct_balance_pct": 50.31,
      "gct_ms": 243.2,
      "gear": "",
      "gps_dropouts": 1,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 13,
      "hr_z2_s": 31,
      "hr_z3_s": 75,
      "hr_z4_s": 2459,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 93.4,
      "load_estimated": false,
      "longest_descent_distance_m": 177.7,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 307.3,
      "moving_time_s": 2577,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 243.6,
      "profile_notes": [],
      "run_id": "2026-04-25-brick.fit",
      "samples": 2578,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-25T08:28:00Z",
      "step_length_m": 1.139,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2577.0,
      "trimp": 93.4,
      "uphill_time_s": 194,
      "vertical_oscillation_mm": 85.0,
      "vertical_ratio_pct": 7.49,
      "warnings": []
    },
    {
      "ascent_m": 176.5,
      "average_pace_s_per_km": 311.9,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.1,
      "cadence_spm": 170.9,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 206.4,
      "descent_per_km": 24.5,
      "device": "garmin fr945",
      "distance_m": 8438.2,
      "downhill_time_s": 736,
      "duration_s": 2632,
      "faster_than_threshold_s": 155,
      "gct_balance_pct": 50.30,
      "gct_ms": 244.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 17,
      "hr_z2_s": 92,
      "hr_z3_s": 566,
      "hr_z4_s": 1621,
      "hr_z5_s": 337,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 97.2,
      "load_estimated": false,
      "longest_descent_distance_m": 910.0,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 311.9,
      "moving_time_s": 2632,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 233.6,
      "profile_notes": [],
      "run_id": "2026-04-27-run.fit",
      "samples": 2633,
      "segments": [],
      "session_rpe_load": 131.6,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-27T06:53:00Z",
      "step_length_m": 1.123,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2632.0,
      "trimp": 97.2,
      "uphill_time_s": 853,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.64,
      "warnings": []
    },
    {
      "ascent_m": 173.8,
      "average_pace_s_per_km": 280.7,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.3,
      "cadence_spm": 174.1,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 198.0,
      "descent_per_km": 23.5,
      "device": "garmin fr945",
      "distance_m": 8408.1,
      "downhill_time_s": 689,
      "duration_s": 2360,
      "faster_than_threshold_s": 1006,
      "gct_balance_pct": 50.31,
      "gct_ms": 232.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 496,
      "hr_z1_s": 20,
      "hr_z2_s": 62,
      "hr_z3_s": 449,
      "hr_z4_s": 1100,
      "hr_z5_s": 730,
      "implausible_removed": 1,
      "intervals": 6,
      "load": 99.6,
      "load_estimated": false,
      "longest_descent_distance_m": 399.1,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 280.7,
      "moving_time_s": 2360,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 263.1,
      "profile_notes": [],
      "run_id": "2026-04-28-run.fit",
      "samples": 2361,
      "segments": [
        {
          "distance_m": 88.1,
          "duration_s": 20,
          "grade_pct": -10.3,
          "kind": "stride",
          "start_offset_s": 206
        },
        {
          "distance_m": 325.0,
          "duration_s": 80,
          "grade_pct": -0.8,
          "kind": "interval",
          "start_offset_s": 599
        },
        {
          "distance_m": 372.0,
          "duration_s": 93,
          "grade_pct": 6.9,
          "kind": "interval",
          "start_offset_s": 980
        },
        {
          "distance_m": 290.3,
          "duration_s": 71,
          "grade_pct": -0.2,
          "kind": "interval",
          "start_offset_s": 1091
        },
        {
          "distance_m": 312.5,
          "duration_s": 77,
          "grade_pct": 7.9,
          "kind": "interval",
          "start_offset_s": 1443
        },
        {
          "distance_m": 284.0,
          "duration_s": 69,
          "grade_pct": 2.6,
          "kind": "interval",
          "start_offset_s": 2112
        },
        {
          "distance_m": 374.7,
          "duration_s": 92,
          "grade_pct": -5.2,
          "kind": "interval",
          "start_offset_s": 2187
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-04-28T08:12:00Z",
      "step_length_m": 1.223,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2360.0,
      "trimp": 99.6,
      "uphill_time_s": 685,
      "vertical_oscillation_mm": 86.3,
      "vertical_ratio_pct": 7.18,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2685,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 170.3,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-04-29-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 223.8,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-04-29T06:53:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2685.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 216.9,
      "average_pace_s_per_km": 301.5,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.5,
      "cadence_spm": 171.8,
      "cadence_zeros": 4,
      "coverage": 1.000,
      "descent_m": 225.6,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 9921.4,
      "downhill_time_s": 761,
      "duration_s": 2991,
      "faster_than_threshold_s": 381,
      "gct_balance_pct": 50.31,
      "gct_ms": 241.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 22,
      "hr_z3_s": 410,
      "hr_z4_s": 2007,
      "hr_z5_s": 539,
      "implausible_removed": 3,
      "intervals": 0,
      "load": 119.4,
      "load_estimated": false,
      "longest_descent_distance_m": 908.4,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 301.5,
      "moving_time_s": 2991,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 248.6,
      "profile_notes": [],
      "run_id": "2026-05-02-run.fit",
      "samples": 2992,
      "segments": [
        {
          "distance_m": 65.8,
          "duration_s": 15,
          "grade_pct": -10.4,
          "kind": "stride",
          "start_offset_s": 112
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-02T07:30:00Z",
      "step_length_m": 1.155,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2991.0,
      "trimp": 119.4,
      "uphill_time_s": 1026,
      "vertical_oscillation_mm": 85.3,
      "vertical_ratio_pct": 7.48,
      "warnings": []
    },
    {
      "ascent_m": 97.3,
      "average_pace_s_per_km": 303.5,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 171.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 99.6,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 9836.3,
      "downhill_time_s": 222,
      "duration_s": 2985,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.28,
      "gct_ms": 241.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 25,
      "hr_z2_s": 34,
      "hr_z3_s": 38,
      "hr_z4_s": 2889,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 111.3,
      "load_estimated": false,
      "longest_descent_distance_m": 175.6,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 303.5,
      "moving_time_s": 2985,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 246.4,
      "profile_notes": [],
      "run_id": "2026-05-03-run.fit",
      "samples": 2986,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-03T06:32:00Z",
      "step_length_m": 1.151,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2985.0,
      "trimp": 111.3,
      "uphill_time_s": 253,
      "vertical_oscillation_mm": 85.2,
      "vertical_ratio_pct": 7.42,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2717,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 172.3,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-05-06-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 226.4,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-05-06T08:14:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2717.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 76.1,
      "average_pace_s_per_km": 291.1,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.6,
      "cadence_spm": 172.9,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 73.9,
      "descent_per_km": 9.6,
      "device": "garmin fr945",
      "distance_m": 7681.2,
      "downhill_time_s": 185,
      "duration_s": 2236,
      "faster_than_threshold_s": 25,
      "gct_balance_pct": 50.30,
      "gct_ms": 236.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 24,
      "hr_z3_s": 80,
      "hr_z4_s": 2121,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 87.5,
      "load_estimated": false,
      "longest_descent_distance_m": 185.0,
      "longest_descent_m": 3.9,
      "moving_pace_s_per_km": 291.1,
      "moving_time_s": 2236,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 257.9,
      "profile_notes": [],
      "run_id": "2026-05-08-run.fit",
      "samples": 2237,
      "segments": [],
      "session_rpe_load": 111.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-08T06:21:00Z",
      "step_length_m": 1.191,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2236.0,
      "trimp": 87.5,
      "uphill_time_s": 203,
      "vertical_oscillation_mm": 85.7,
      "vertical_ratio_pct": 7.22,
      "warnings": []
    },
    {
      "ascent_m": 207.4,
      "average_pace_s_per_km": 284.6,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.6,
      "cadence_spm": 173.6,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 198.7,
      "descent_per_km": 21.6,
      "device": "garmin fr945",
      "distance_m": 9220.7,
      "downhill_time_s": 658,
      "duration_s": 2624,
      "faster_than_threshold_s": 1150,
      "gct_balance_pct": 50.30,
      "gct_ms": 234.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 533,
      "hr_z1_s": 17,
      "hr_z2_s": 27,
      "hr_z3_s": 448,
      "hr_z4_s": 1359,
      "hr_z5_s": 773,
      "implausible_removed": 1,
      "intervals": 10,
      "load": 112.8,
      "load_estimated": false,
      "longest_descent_distance_m": 404.2,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 284.6,
      "moving_time_s": 2624,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 268.6,
      "profile_notes": [],
      "run_id": "2026-05-09-run.fit",
      "samples": 2625,
      "segments": [
        {
          "distance_m": 248.9,
          "duration_s": 60,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 96
        },
        {
          "distance_m": 398.2,
          "duration_s": 97,
          "grade_pct": -6.3,
          "kind": "interval",
          "start_offset_s": 602
        },
        {
          "distance_m": 261.9,
          "duration_s": 64,
          "grade_pct": -0.8,
          "kind": "interval",
          "start_offset_s": 774
        },
        {
          "distance_m": 532.6,
          "duration_s": 132,
          "grade_pct": -1.4,
          "kind": "interval",
          "start_offset_s": 977
        },
        {
          "distance_m": 333.1,
          "duration_s": 82,
          "grade_pct": -7.7,
          "kind": "interval",
          "start_offset_s": 1116
        },
        {
          "distance_m": 400.3,
          "duration_s": 97,
          "grade_pct": 6.8,
          "kind": "interval",
          "start_offset_s": 1374
        },
        {
          "distance_m": 398.9,
          "duration_s": 99,
          "grade_pct": 0.9,
          "kind": "interval",
          "start_offset_s": 1737
        },
        {
          "distance_m": 242.5,
          "duration_s": 60,
          "grade_pct": 6.5,
          "kind": "interval",
          "start_offset_s": 1858
        },
        {
          "distance_m": 382.4,
          "duration_s": 94,
          "grade_pct": -4.5,
          "kind": "interval",
          "start_offset_s": 2103
        },
        {
          "distance_m": 286.1,
          "duration_s": 71,
          "grade_pct": 0.0,
          "kind": "interval",
          "start_offset_s": 2207
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-09T06:24:00Z",
      "step_length_m": 1.209,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2624.0,
      "trimp": 112.8,
      "uphill_time_s": 874,
      "vertical_oscillation_mm": 86.1,
      "vertical_ratio_pct": 7.26,
      "warnings": []
    },
    {
      "ascent_m": 212.2,
      "average_pace_s_per_km": 308.9,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.4,
      "cadence_spm": 171.2,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 200.9,
      "descent_per_km": 21.5,
      "device": "garmin fr945",
      "distance_m": 9336.5,
      "downhill_time_s": 680,
      "duration_s": 2884,
      "faster_than_threshold_s": 254,
      "gct_balance_pct": 50.29,
      "gct_ms": 243.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 37,
      "hr_z3_s": 424,
      "hr_z4_s": 1984,
      "hr_z5_s": 420,
      "implausible_removed": 0,
      "intervals": 2,
      "load": 112.6,
      "load_estimated": false,
      "longest_descent_distance_m": 401.0,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 308.9,
      "moving_time_s": 2884,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 247.6,
      "profile_notes": [],
      "run_id": "2026-05-09-run-2.fit",
      "samples": 2885,
      "segments": [
        {
          "distance_m": 241.9,
          "duration_s": 60,
          "grade_pct": -9.0,
          "kind": "interval",
          "start_offset_s": 1184
        },
        {
          "distance_m": 274.4,
          "duration_s": 67,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 2312
        }
      ],
      "session_rpe_load": 144.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-09T18:00:00Z",
      "step_length_m": 1.132,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2884.0,
      "trimp": 112.6,
      "uphill_time_s": 1013,
      "vertical_oscillation_mm": 84.9,
      "vertical_ratio_pct": 7.60,
      "warnings": []
    },
    {
      "ascent_m": 172.7,
      "average_pace_s_per_km": 311.4,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.4,
      "cadence_spm": 170.9,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 185.4,
      "descent_per_km": 23.3,
      "device": "garmin fr945",
      "distance_m": 7941.5,
      "downhill_time_s": 648,
      "duration_s": 2473,
      "faster_than_threshold_s": 221,
      "gct_balance_pct": 50.29,
      "gct_ms": 244.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 85,
      "hr_z3_s": 487,
      "hr_z4_s": 1586,
      "hr_z5_s": 302,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 92.9,
      "load_estimated": false,
      "longest_descent_distance_m": 897.4,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 311.4,
      "moving_time_s": 2473,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 237.8,
      "profile_notes": [],
      "run_id": "2026-05-10-run.fit",
      "samples": 2474,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-10T07:40:00Z",
      "step_length_m": 1.124,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2473.0,
      "trimp": 92.9,
      "uphill_time_s": 827,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.65,
      "warnings": []
    },
    {
      "ascent_m": 212.3,
      "average_pace_s_per_km": 290.3,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 6.0,
      "cadence_spm": 173.0,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 217.9,
      "descent_per_km": 22.6,
      "device": "garmin fr945",
      "distance_m": 9641.5,
      "downhill_time_s": 766,
      "duration_s": 2799,
      "faster_than_threshold_s": 1124,
      "gct_balance_pct": 50.30,
      "gct_ms": 236.4,
      "gear": "",
      "gps_dropouts": 1,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 601,
      "hr_z1_s": 0,
      "hr_z2_s": 32,
      "hr_z3_s": 627,
      "hr_z4_s": 1414,
      "hr_z5_s": 707,
      "implausible_removed": 1,
      "intervals": 7,
      "load": 115.6,
      "load_estimated": false,
      "longest_descent_distance_m": 900.2,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 290.3,
      "moving_time_s": 2799,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 258.2,
      "profile_notes": [],
      "run_id": "2026-05-11-run.fit",
      "samples": 2800,
      "segments": [
        {
          "distance_m": 328.0,
          "duration_s": 81,
          "grade_pct": 7.2,
          "kind": "interval",
          "start_offset_s": 666
        },
        {
          "distance_m": 440.6,
          "duration_s": 107,
          "grade_pct": -5.3,
          "kind": "interval",
          "start_offset_s": 961
        },
        {
          "distance_m": 497.6,
          "duration_s": 122,
          "grade_pct": -0.6,
          "kind": "interval",
          "start_offset_s": 1076
        },
        {
          "distance_m": 376.2,
          "duration_s": 93,
          "grade_pct": 0.9,
          "kind": "interval",
          "start_offset_s": 1392
        },
        {
          "distance_m": 542.6,
          "duration_s": 132,
          "grade_pct": 3.9,
          "kind": "interval",
          "start_offset_s": 1682
        },
        {
          "distance_m": 321.4,
          "duration_s": 79,
          "grade_pct": 1.6,
          "kind": "interval",
          "start_offset_s": 1819
        },
        {
          "distance_m": 462.9,
          "duration_s": 115,
          "grade_pct": -2.4,
          "kind": "interval",
          "start_offset_s": 2055
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-11T07:39:00Z",
      "step_length_m": 1.188,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2799.0,
      "trimp": 115.6,
      "uphill_time_s": 885,
      "vertical_oscillation_mm": 85.8,
      "vertical_ratio_pct": 7.39,
      "warnings": []
    },
    {
      "ascent_m": 171.4,
      "average_pace_s_per_km": 306.9,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.6,
      "cadence_spm": 171.3,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 184.7,
      "descent_per_km": 23.9,
      "device": "garmin fr945",
      "distance_m": 7734.7,
      "downhill_time_s": 643,
      "duration_s": 2374,
      "faster_than_threshold_s": 323,
      "gct_balance_pct": 50.30,
      "gct_ms": 242.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 58,
      "hr_z3_s": 435,
      "hr_z4_s": 1583,
      "hr_z5_s": 285,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 90.9,
      "load_estimated": false,
      "longest_descent_distance_m": 911.1,
      "longest_descent_m": 39.9,
      "moving_pace_s_per_km": 306.9,
      "moving_time_s": 2374,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 240.1,
      "profile_notes": [],
      "run_id": "2026-05-12-run.fit",
      "samples": 2375,
      "segments": [
        {
          "distance_m": 96.4,
          "duration_s": 22,
          "grade_pct": -9.6,
          "kind": "stride",
          "start_offset_s": 2331
        }
      ],
      "session_rpe_load": 118.7,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-12T07:14:00Z",
      "step_length_m": 1.137,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2374.0,
      "trimp": 90.9,
      "uphill_time_s": 822,
      "vertical_oscillation_mm": 85.0,
      "vertical_ratio_pct": 7.57,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2824,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 179.1,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-05-13-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 235.3,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-05-13T06:38:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2824.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 96.0,
      "average_pace_s_per_km": 299.4,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 172.1,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 95.7,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 9565.3,
      "downhill_time_s": 219,
      "duration_s": 2864,
      "faster_than_threshold_s": 1,
      "gct_balance_pct": 50.31,
      "gct_ms": 240.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 24,
      "hr_z2_s": 38,
      "hr_z3_s": 30,
      "hr_z4_s": 2773,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 108.9,
      "load_estimated": false,
      "longest_descent_distance_m": 175.7,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 299.4,
      "moving_time_s": 2864,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 250.1,
      "profile_notes": [],
      "run_id": "2026-05-15-run.fit",
      "samples": 2865,
      "segments": [],
      "session_rpe_load": 143.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-15T08:05:00Z",
      "step_length_m": 1.164,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2864.0,
      "trimp": 108.9,
      "uphill_time_s": 242,
      "vertical_oscillation_mm": 85.4,
      "vertical_ratio_pct": 7.36,
      "warnings": []
    },
    {
      "ascent_m": 213.7,
      "average_pace_s_per_km": 297.0,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 4.6,
      "cadence_spm": 172.3,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 214.9,
      "descent_per_km": 23.1,
      "device": "garmin fr945",
      "distance_m": 9292.3,
      "downhill_time_s": 724,
      "duration_s": 2760,
      "faster_than_threshold_s": 462,
      "gct_balance_pct": 50.30,
      "gct_ms": 239.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 27,
      "hr_z2_s": 27,
      "hr_z3_s": 287,
      "hr_z4_s": 1882,
      "hr_z5_s": 538,
      "implausible_removed": 1,
      "intervals": 3,
      "load": 113.0,
      "load_estimated": false,
      "longest_descent_distance_m": 904.1,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 297.0,
      "moving_time_s": 2760,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 252.1,
      "profile_notes": [],
      "run_id": "2026-05-16-run.fit",
      "samples": 2761,
      "segments": [
        {
          "distance_m": 74.9,
          "duration_s": 17,
          "grade_pct": -8.5,
          "kind": "stride",
          "start_offset_s": 1085
        },
        {
          "distance_m": 246.5,
          "duration_s": 60,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 1614
        },
        {
          "distance_m": 293.7,
          "duration_s": 70,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 2141
        },
        {
          "distance_m": 301.4,
          "duration_s": 72,
          "grade_pct": -8.3,
          "kind": "interval",
          "start_offset_s": 2686
        }
      ],
      "session_rpe_load": 138.0,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-16T08:14:00Z",
      "step_length_m": 1.169,
      "step_length_matched_m": 1.136,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2760.0,
      "trimp": 113.0,
      "uphill_time_s": 988,
      "vertical_oscillation_mm": 85.5,
      "vertical_ratio_pct": 7.41,
      "warnings": []
    },
    {
      "ascent_m": 172.7,
      "average_pace_s_per_km": 303.8,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 171.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 185.5,
      "descent_per_km": 23.2,
      "device": "garmin fr945",
      "distance_m": 7992.2,
      "downhill_time_s": 647,
      "duration_s": 2428,
      "faster_than_threshold_s": 272,
      "gct_balance_pct": 50.30,
      "gct_ms": 241.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 19,
      "hr_z2_s": 75,
      "hr_z3_s": 374,
      "hr_z4_s": 1607,
      "hr_z5_s": 354,
      "implausible_removed": 0,
      "intervals": 1,
      "load": 94.0,
      "load_estimated": false,
      "longest_descent_distance_m": 909.9,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 303.8,
      "moving_time_s": 2428,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 242.6,
      "profile_notes": [],
      "run_id": "2026-05-18-run.fit",
      "samples": 2429,
      "segments": [
        {
          "distance_m": 243.7,
          "duration_s": 60,
          "grade_pct": -8.6,
          "kind": "interval",
          "start_offset_s": 1866
        }
      ],
      "session_rpe_load": 121.4,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-18T06:06:00Z",
      "step_length_m": 1.148,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2428.0,
      "trimp": 94.0,
      "uphill_time_s": 806,
      "vertical_oscillation_mm": 85.1,
      "vertical_ratio_pct": 7.50,
      "warnings": []
    },
    {
      "ascent_m": 212.4,
      "average_pace_s_per_km": 284.1,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 5.6,
      "cadence_spm": 173.7,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 223.7,
      "descent_per_km": 23.4,
      "device": "garmin fr945",
      "distance_m": 9549.2,
      "downhill_time_s": 781,
      "duration_s": 2713,
      "faster_than_threshold_s": 1157,
      "gct_balance_pct": 50.30,
      "gct_ms": 233.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 631,
      "hr_z1_s": 15,
      "hr_z2_s": 76,
      "hr_z3_s": 407,
      "hr_z4_s": 1457,
      "hr_z5_s": 759,
      "implausible_removed": 1,
      "intervals": 5,
      "load": 116.1,
      "load_estimated": false,
      "longest_descent_distance_m": 892.1,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 284.1,
      "moving_time_s": 2713,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 260.6,
      "profile_notes": [],
      "run_id": "2026-05-19-run.fit",
      "samples": 2714,
      "segments": [
        {
          "distance_m": 601.5,
          "duration_s": 146,
          "grade_pct": -3.8,
          "kind": "interval",
          "start_offset_s": 618
        },
        {
          "distance_m": 715.3,
          "duration_s": 175,
          "grade_pct": -0.7,
          "kind": "interval",
          "start_offset_s": 1023
        },
        {
          "distance_m": 449.2,
          "duration_s": 110,
          "grade_pct": 4.0,
          "kind": "interval",
          "start_offset_s": 1354
        },
        {
          "distance_m": 612.6,
          "duration_s": 150,
          "grade_pct": 0.4,
          "kind": "interval",
          "start_offset_s": 1766
        },
        {
          "distance_m": 886.0,
          "duration_s": 214,
          "grade_pct": -3.1,
          "kind": "interval",
          "start_offset_s": 2067
        }
      ],
      "session_rpe_load": 316.5,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-19T07:36:00Z",
      "step_length_m": 1.210,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2713.0,
      "trimp": 116.1,
      "uphill_time_s": 894,
      "vertical_oscillation_mm": 86.1,
      "vertical_ratio_pct": 7.26,
      "warnings": []
    },
    {
      "ascent_m": 195.0,
      "average_pace_s_per_km": 316.7,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 170.4,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 180.3,
      "descent_per_km": 21.9,
      "device": "garmin fr945",
      "distance_m": 8226.0,
      "downhill_time_s": 638,
      "duration_s": 2605,
      "faster_than_threshold_s": 181,
      "gct_balance_pct": 50.29,
      "gct_ms": 246.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 35,
      "hr_z2_s": 32,
      "hr_z3_s": 553,
      "hr_z4_s": 1749,
      "hr_z5_s": 237,
      "implausible_removed": 3,
      "intervals": 0,
      "load": 97.7,
      "load_estimated": false,
      "longest_descent_distance_m": 909.7,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 316.7,
      "moving_time_s": 2605,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 240.7,
      "profile_notes": [],
      "run_id": "2026-05-19-run-2.fit",
      "samples": 2606,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-19T18:00:00Z",
      "step_length_m": 1.109,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2605.0,
      "trimp": 97.7,
      "uphill_time_s": 969,
      "vertical_oscillation_mm": 84.6,
      "vertical_ratio_pct": 7.72,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2762,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 175.2,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-05-20-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 230.2,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-05-20T07:19:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2762.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 8992.5,
      "downhill_time_s": null,
      "duration_s": 1200,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 60.9,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-05-22-brick.fit#cycling",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 80.0,
      "sport": "cycling",
      "sprints": 0,
      "start_time": "2026-05-22T07:17:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 1200.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 90.7,
      "average_pace_s_per_km": 302.6,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 171.8,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 87.8,
      "descent_per_km": 9.9,
      "device": "garmin fr945",
      "distance_m": 8914.6,
      "downhill_time_s": 198,
      "duration_s": 2698,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.31,
      "gct_ms": 241.3,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 12,
      "hr_z2_s": 22,
      "hr_z3_s": 91,
      "hr_z4_s": 2574,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 100.6,
      "load_estimated": false,
      "longest_descent_distance_m": 181.4,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 302.6,
      "moving_time_s": 2698,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 248.2,
      "profile_notes": [],
      "run_id": "2026-05-22-brick.fit",
      "samples": 2699,
      "segments": [],
      "session_rpe_load": 134.9,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-22T07:38:00Z",
      "step_length_m": 1.153,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2698.0,
      "trimp": 100.6,
      "uphill_time_s": 258,
      "vertical_oscillation_mm": 85.2,
      "vertical_ratio_pct": 7.41,
      "warnings": []
    },
    {
      "ascent_m": 189.6,
      "average_pace_s_per_km": 284.3,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.8,
      "cadence_spm": 173.6,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 208.8,
      "descent_per_km": 24.1,
      "device": "garmin fr945",
      "distance_m": 8669.9,
      "downhill_time_s": 713,
      "duration_s": 2465,
      "faster_than_threshold_s": 1078,
      "gct_balance_pct": 50.31,
      "gct_ms": 234.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 500,
      "hr_z1_s": 11,
      "hr_z2_s": 17,
      "hr_z3_s": 527,
      "hr_z4_s": 1228,
      "hr_z5_s": 683,
      "implausible_removed": 0,
      "intervals": 6,
      "load": 103.6,
      "load_estimated": false,
      "longest_descent_distance_m": 908.0,
      "longest_descent_m": 40.0,
      "moving_pace_s_per_km": 284.3,
      "moving_time_s": 2465,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 258.4,
      "profile_notes": [],
      "run_id": "2026-05-25-run.fit",
      "samples": 2466,
      "segments": [
        {
          "distance_m": 256.7,
          "duration_s": 62,
          "grade_pct": -5.1,
          "kind": "interval",
          "start_offset_s": 677
        },
        {
          "distance_m": 891.2,
          "duration_s": 219,
          "grade_pct": 0.2,
          "kind": "interval",
          "start_offset_s": 1339
        },
        {
          "distance_m": 322.7,
          "duration_s": 80,
          "grade_pct": -0.6,
          "kind": "interval",
          "start_offset_s": 1726
        },
        {
          "distance_m": 247.6,
          "duration_s": 61,
          "grade_pct": -6.3,
          "kind": "interval",
          "start_offset_s": 1849
        },
        {
          "distance_m": 320.9,
          "duration_s": 78,
          "grade_pct": 7.8,
          "kind": "interval",
          "start_offset_s": 2093
        },
        {
          "distance_m": 248.8,
          "duration_s": 61,
          "grade_pct": -1.3,
          "kind": "interval",
          "start_offset_s": 2215
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-25T08:29:00Z",
      "step_length_m": 1.209,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2465.0,
      "trimp": 103.6,
      "uphill_time_s": 810,
      "vertical_oscillation_mm": 86.1,
      "vertical_ratio_pct": 7.27,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2445,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 155.1,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-05-27-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 203.8,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-05-27T07:38:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2445.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 88.0,
      "average_pace_s_per_km": 297.9,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 172.2,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 91.5,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 9040.6,
      "downhill_time_s": 221,
      "duration_s": 2693,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.30,
      "gct_ms": 239.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 40,
      "hr_z3_s": 48,
      "hr_z4_s": 2591,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 102.5,
      "load_estimated": false,
      "longest_descent_distance_m": 175.0,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 297.9,
      "moving_time_s": 2693,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 250.3,
      "profile_notes": [],
      "run_id": "2026-05-28-run.fit",
      "samples": 2694,
      "segments": [],
      "session_rpe_load": 134.7,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-28T07:07:00Z",
      "step_length_m": 1.169,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2693.0,
      "trimp": 102.5,
      "uphill_time_s": 243,
      "vertical_oscillation_mm": 85.4,
      "vertical_ratio_pct": 7.33,
      "warnings": []
    },
    {
      "ascent_m": 192.4,
      "average_pace_s_per_km": 317.6,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 170.3,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 205.2,
      "descent_per_km": 23.1,
      "device": "garmin fr945",
      "distance_m": 8900.3,
      "downhill_time_s": 739,
      "duration_s": 2827,
      "faster_than_threshold_s": 154,
      "gct_balance_pct": 50.30,
      "gct_ms": 246.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 22,
      "hr_z2_s": 90,
      "hr_z3_s": 588,
      "hr_z4_s": 1788,
      "hr_z5_s": 340,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 104.3,
      "load_estimated": false,
      "longest_descent_distance_m": 904.5,
      "longest_descent_m": 39.6,
      "moving_pace_s_per_km": 317.6,
      "moving_time_s": 2827,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 235.4,
      "profile_notes": [],
      "run_id": "2026-05-30-run.fit",
      "samples": 2828,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-30T06:45:00Z",
      "step_length_m": 1.106,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2827.0,
      "trimp": 104.3,
      "uphill_time_s": 962,
      "vertical_oscillation_mm": 84.6,
      "vertical_ratio_pct": 7.74,
      "warnings": []
    },
    {
      "ascent_m": 215.3,
      "average_pace_s_per_km": 303.3,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 4.6,
      "cadence_spm": 171.7,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 224.9,
      "descent_per_km": 23.2,
      "device": "garmin fr945",
      "distance_m": 9689.6,
      "downhill_time_s": 749,
      "duration_s": 2939,
      "faster_than_threshold_s": 332,
      "gct_balance_pct": 50.31,
      "gct_ms": 241.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 13,
      "hr_z2_s": 23,
      "hr_z3_s": 408,
      "hr_z4_s": 1988,
      "hr_z5_s": 508,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 116.6,
      "load_estimated": false,
      "longest_descent_distance_m": 900.6,
      "longest_descent_m": 38.4,
      "moving_pace_s_per_km": 303.3,
      "moving_time_s": 2939,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 246.4,
      "profile_notes": [],
      "run_id": "2026-05-31-run.fit",
      "samples": 2940,
      "segments": [
        {
          "distance_m": 62.3,
          "duration_s": 14,
          "grade_pct": -10.7,
          "kind": "stride",
          "start_offset_s": 107
        },
        {
          "distance_m": 269.1,
          "duration_s": 64,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1191
        }
      ],
      "session_rpe_load": 146.9,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-05-31T06:31:00Z",
      "step_length_m": 1.149,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2939.0,
      "trimp": 116.6,
      "uphill_time_s": 1025,
      "vertical_oscillation_mm": 85.2,
      "vertical_ratio_pct": 7.52,
      "warnings": []
    },
    {
      "ascent_m": 88.0,
      "average_pace_s_per_km": 292.2,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 172.8,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 85.7,
      "descent_per_km": 9.8,
      "device": "garmin fr945",
      "distance_m": 8756.3,
      "downhill_time_s": 208,
      "duration_s": 2559,
      "faster_than_threshold_s": 16,
      "gct_balance_pct": 50.30,
      "gct_ms": 237.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 22,
      "hr_z2_s": 29,
      "hr_z3_s": 31,
      "hr_z4_s": 2478,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 100.3,
      "load_estimated": false,
      "longest_descent_distance_m": 177.0,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 292.2,
      "moving_time_s": 2559,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 256.5,
      "profile_notes": [],
      "run_id": "2026-06-01-run.fit",
      "samples": 2560,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-01T06:22:00Z",
      "step_length_m": 1.187,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2559.0,
      "trimp": 100.3,
      "uphill_time_s": 224,
      "vertical_oscillation_mm": 85.7,
      "vertical_ratio_pct": 7.24,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2915,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 184.9,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-06-03-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 242.9,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-06-03T07:00:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2915.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 174.9,
      "average_pace_s_per_km": 320.7,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.3,
      "cadence_spm": 170.1,
      "cadence_zeros": 3,
      "coverage": 1.000,
      "descent_m": 169.9,
      "descent_per_km": 22.6,
      "device": "garmin fr945",
      "distance_m": 7504.9,
      "downhill_time_s": 623,
      "duration_s": 2407,
      "faster_than_threshold_s": 135,
      "gct_balance_pct": 50.30,
      "gct_ms": 247.9,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 1,
      "hr_z3_s": 645,
      "hr_z4_s": 1516,
      "hr_z5_s": 226,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 87.5,
      "load_estimated": false,
      "longest_descent_distance_m": 910.6,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 320.7,
      "moving_time_s": 2407,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 237.2,
      "profile_notes": [],
      "run_id": "2026-06-04-run.fit",
      "samples": 2408,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-04T07:28:00Z",
      "step_length_m": 1.097,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2407.0,
      "trimp": 87.5,
      "uphill_time_s": 870,
      "vertical_oscillation_mm": 84.5,
      "vertical_ratio_pct": 7.81,
      "warnings": []
    },
    {
      "ascent_m": 207.6,
      "average_pace_s_per_km": 280.3,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.3,
      "cadence_spm": 174.1,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 213.3,
      "descent_per_km": 22.4,
      "device": "garmin fr945",
      "distance_m": 9535.0,
      "downhill_time_s": 735,
      "duration_s": 2673,
      "faster_than_threshold_s": 1124,
      "gct_balance_pct": 50.29,
      "gct_ms": 232.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 594,
      "hr_z1_s": 17,
      "hr_z2_s": 50,
      "hr_z3_s": 467,
      "hr_z4_s": 1373,
      "hr_z5_s": 767,
      "implausible_removed": 0,
      "intervals": 4,
      "load": 114.8,
      "load_estimated": false,
      "longest_descent_distance_m": 902.9,
      "longest_descent_m": 39.0,
      "moving_pace_s_per_km": 280.3,
      "moving_time_s": 2673,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 268.2,
      "profile_notes": [],
      "run_id": "2026-06-06-run.fit",
      "samples": 2674,
      "segments": [
        {
          "distance_m": 123.4,
          "duration_s": 28,
          "grade_pct": -9.2,
          "kind": "stride",
          "start_offset_s": 386
        },
        {
          "distance_m": 477.0,
          "duration_s": 117,
          "grade_pct": 2.3,
          "kind": "interval",
          "start_offset_s": 1016
        },
        {
          "distance_m": 469.6,
          "duration_s": 114,
          "grade_pct": -0.1,
          "kind": "interval",
          "start_offset_s": 1750
        },
        {
          "distance_m": 314.4,
          "duration_s": 78,
          "grade_pct": 1.3,
          "kind": "interval",
          "start_offset_s": 2069
        },
        {
          "distance_m": 427.2,
          "duration_s": 105,
          "grade_pct": 0.8,
          "kind": "interval",
          "start_offset_s": 2173
        },
        {
          "distance_m": 166.2,
          "duration_s": 38,
          "grade_pct": -9.9,
          "kind": "stride",
          "start_offset_s": 2402
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-06T08:11:00Z",
      "step_length_m": 1.224,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 2,
      "timer_time_s": 2673.0,
      "trimp": 114.8,
      "uphill_time_s": 824,
      "vertical_oscillation_mm": 86.3,
      "vertical_ratio_pct": 7.17,
      "warnings": []
    },
    {
      "ascent_m": 212.6,
      "average_pace_s_per_km": 298.6,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.6,
      "cadence_spm": 172.2,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 214.6,
      "descent_per_km": 22.8,
      "device": "garmin fr945",
      "distance_m": 9402.5,
      "downhill_time_s": 715,
      "duration_s": 2808,
      "faster_than_threshold_s": 394,
      "gct_balance_pct": 50.30,
      "gct_ms": 239.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 17,
      "hr_z3_s": 413,
      "hr_z4_s": 1887,
      "hr_z5_s": 482,
      "implausible_removed": 2,
      "intervals": 1,
      "load": 113.8,
      "load_estimated": false,
      "longest_descent_distance_m": 899.5,
      "longest_descent_m": 39.8,
      "moving_pace_s_per_km": 298.6,
      "moving_time_s": 2808,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 251.2,
      "profile_notes": [],
      "run_id": "2026-06-07-run.fit",
      "samples": 2809,
      "segments": [
        {
          "distance_m": 70.2,
          "duration_s": 16,
          "grade_pct": -9.7,
          "kind": "stride",
          "start_offset_s": 1331
        },
        {
          "distance_m": 260.4,
          "duration_s": 62,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1861
        },
        {
          "distance_m": 43.7,
          "duration_s": 10,
          "grade_pct": -10.7,
          "kind": "stride",
          "start_offset_s": 2435
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-07T07:18:00Z",
      "step_length_m": 1.163,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 2,
      "timer_time_s": 2808.0,
      "trimp": 113.8,
      "uphill_time_s": 1004,
      "vertical_oscillation_mm": 85.4,
      "vertical_ratio_pct": 7.44,
      "warnings": []
    },
    {
      "ascent_m": 180.5,
      "average_pace_s_per_km": 287.1,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 6.2,
      "cadence_spm": 173.3,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 171.2,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 7543.7,
      "downhill_time_s": 575,
      "duration_s": 2166,
      "faster_than_threshold_s": 954,
      "gct_balance_pct": 50.30,
      "gct_ms": 235.1,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 496,
      "hr_z1_s": 0,
      "hr_z2_s": 6,
      "hr_z3_s": 480,
      "hr_z4_s": 1070,
      "hr_z5_s": 591,
      "implausible_removed": 0,
      "intervals": 4,
      "load": 90.8,
      "load_estimated": false,
      "longest_descent_distance_m": 909.2,
      "longest_descent_m": 39.9,
      "moving_pace_s_per_km": 287.1,
      "moving_time_s": 2166,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 264.1,
      "profile_notes": [],
      "run_id": "2026-06-09-run.fit",
      "samples": 2167,
      "segments": [
        {
          "distance_m": 285.0,
          "duration_s": 70,
          "grade_pct": -5.2,
          "kind": "interval",
          "start_offset_s": 769
        },
        {
          "distance_m": 255.0,
          "duration_s": 63,
          "grade_pct": 7.2,
          "kind": "interval",
          "start_offset_s": 1054
        },
        {
          "distance_m": 266.6,
          "duration_s": 65,
          "grade_pct": 0.5,
          "kind": "interval",
          "start_offset_s": 1493
        },
        {
          "distance_m": 341.9,
          "duration_s": 83,
          "grade_pct": 5.4,
          "kind": "interval",
          "start_offset_s": 2066
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-09T07:07:00Z",
      "step_length_m": 1.199,
      "step_length_matched_m": 1.133,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2166.0,
      "trimp": 90.8,
      "uphill_time_s": 798,
      "vertical_oscillation_mm": 85.9,
      "vertical_ratio_pct": 7.35,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2597,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 164.7,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-06-10-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 216.4,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-06-10T06:57:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2597.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 76.0,
      "average_pace_s_per_km": 293.1,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 172.7,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 78.1,
      "descent_per_km": 10.2,
      "device": "garmin fr945",
      "distance_m": 7689.1,
      "downhill_time_s": 210,
      "duration_s": 2254,
      "faster_than_threshold_s": 4,
      "gct_balance_pct": 50.29,
      "gct_ms": 237.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 24,
      "hr_z2_s": 29,
      "hr_z3_s": 32,
      "hr_z4_s": 2170,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 87.0,
      "load_estimated": false,
      "longest_descent_distance_m": 179.8,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 293.1,
      "moving_time_s": 2254,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 254.7,
      "profile_notes": [],
      "run_id": "2026-06-12-run.fit",
      "samples": 2255,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-12T06:43:00Z",
      "step_length_m": 1.184,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2254.0,
      "trimp": 87.0,
      "uphill_time_s": 185,
      "vertical_oscillation_mm": 85.7,
      "vertical_ratio_pct": 7.26,
      "warnings": []
    },
    {
      "ascent_m": 179.5,
      "average_pace_s_per_km": 314.8,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 170.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 207.0,
      "descent_per_km": 23.6,
      "device": "garmin fr945",
      "distance_m": 8764.0,
      "downhill_time_s": 743,
      "duration_s": 2759,
      "faster_than_threshold_s": 152,
      "gct_balance_pct": 50.31,
      "gct_ms": 245.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 11,
      "hr_z2_s": 23,
      "hr_z3_s": 627,
      "hr_z4_s": 1809,
      "hr_z5_s": 290,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 101.2,
      "load_estimated": false,
      "longest_descent_distance_m": 783.9,
      "longest_descent_m": 33.9,
      "moving_pace_s_per_km": 314.8,
      "moving_time_s": 2759,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 232.7,
      "profile_notes": [],
      "run_id": "2026-06-13-run.fit",
      "samples": 2760,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-13T07:01:00Z",
      "step_length_m": 1.114,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2759.0,
      "trimp": 101.2,
      "uphill_time_s": 891,
      "vertical_oscillation_mm": 84.7,
      "vertical_ratio_pct": 7.69,
      "warnings": []
    },
    {
      "ascent_m": 195.3,
      "average_pace_s_per_km": 312.4,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.5,
      "cadence_spm": 170.8,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 177.2,
      "descent_per_km": 20.7,
      "device": "garmin fr945",
      "distance_m": 8552.1,
      "downhill_time_s": 611,
      "duration_s": 2672,
      "faster_than_threshold_s": 225,
      "gct_balance_pct": 50.30,
      "gct_ms": 245.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 17,
      "hr_z2_s": 26,
      "hr_z3_s": 392,
      "hr_z4_s": 1863,
      "hr_z5_s": 375,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 102.9,
      "load_estimated": false,
      "longest_descent_distance_m": 906.8,
      "longest_descent_m": 39.4,
      "moving_pace_s_per_km": 312.4,
      "moving_time_s": 2672,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 245.8,
      "profile_notes": [],
      "run_id": "2026-06-14-run.fit",
      "samples": 2673,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-14T06:14:00Z",
      "step_length_m": 1.121,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2672.0,
      "trimp": 102.9,
      "uphill_time_s": 957,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.67,
      "warnings": []
    },
    {
      "ascent_m": 192.8,
      "average_pace_s_per_km": 316.3,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.2,
      "cadence_spm": 170.5,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 202.6,
      "descent_per_km": 23.3,
      "device": "garmin fr945",
      "distance_m": 8693.6,
      "downhill_time_s": 718,
      "duration_s": 2750,
      "faster_than_threshold_s": 179,
      "gct_balance_pct": 50.30,
      "gct_ms": 246.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 10,
      "hr_z2_s": 13,
      "hr_z3_s": 650,
      "hr_z4_s": 1785,
      "hr_z5_s": 293,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 101.6,
      "load_estimated": false,
      "longest_descent_distance_m": 928.2,
      "longest_descent_m": 39.0,
      "moving_pace_s_per_km": 316.3,
      "moving_time_s": 2750,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 236.7,
      "profile_notes": [],
      "run_id": "2026-06-16-run.fit",
      "samples": 2751,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-16T08:19:00Z",
      "step_length_m": 1.110,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2750.0,
      "trimp": 101.6,
      "uphill_time_s": 953,
      "vertical_oscillation_mm": 84.7,
      "vertical_ratio_pct": 7.72,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2655,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 168.4,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-06-17-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 221.2,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-06-17T06:43:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2655.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 185.7,
      "average_pace_s_per_km": 305.9,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 4.6,
      "cadence_spm": 171.5,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 176.8,
      "descent_per_km": 22.3,
      "device": "garmin fr945",
      "distance_m": 7927.8,
      "downhill_time_s": 608,
      "duration_s": 2425,
      "faster_than_threshold_s": 288,
      "gct_balance_pct": 50.30,
      "gct_ms": 242.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 1,
      "hr_z2_s": 47,
      "hr_z3_s": 284,
      "hr_z4_s": 1664,
      "hr_z5_s": 410,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 94.9,
      "load_estimated": false,
      "longest_descent_distance_m": 909.3,
      "longest_descent_m": 39.6,
      "moving_pace_s_per_km": 305.9,
      "moving_time_s": 2425,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 248.5,
      "profile_notes": [],
      "run_id": "2026-06-18-run.fit",
      "samples": 2426,
      "segments": [
        {
          "distance_m": 92.2,
          "duration_s": 21,
          "grade_pct": -9.1,
          "kind": "stride",
          "start_offset_s": 2098
        }
      ],
      "session_rpe_load": 121.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-18T07:47:00Z",
      "step_length_m": 1.140,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2425.0,
      "trimp": 94.9,
      "uphill_time_s": 883,
      "vertical_oscillation_mm": 85.1,
      "vertical_ratio_pct": 7.56,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 8992.5,
      "downhill_time_s": null,
      "duration_s": 1200,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 60.9,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-06-19-brick.fit#cycling",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 80.0,
      "sport": "cycling",
      "sprints": 0,
      "start_time": "2026-06-19T06:43:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 1200.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 99.3,
      "average_pace_s_per_km": 295.7,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 2.5,
      "cadence_spm": 172.4,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 96.0,
      "descent_per_km": 9.8,
      "device": "garmin fr945",
      "distance_m": 9776.3,
      "downhill_time_s": 217,
      "duration_s": 2891,
      "faster_than_threshold_s": 9,
      "gct_balance_pct": 50.30,
      "gct_ms": 238.5,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 16,
      "hr_z2_s": 23,
      "hr_z3_s": 42,
      "hr_z4_s": 2811,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "load": 112.2,
      "load_estimated": false,
      "longest_descent_distance_m": 176.9,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 295.7,
      "moving_time_s": 2891,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 254.0,
      "profile_notes": [],
      "run_id": "2026-06-19-brick.fit",
      "samples": 2892,
      "segments": [],
      "session_rpe_load": 144.6,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-19T07:04:00Z",
      "step_length_m": 1.176,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2891.0,
      "trimp": 112.2,
      "uphill_time_s": 271,
      "vertical_oscillation_mm": 85.5,
      "vertical_ratio_pct": 7.30,
      "warnings": []
    },
    {
      "ascent_m": 174.4,
      "average_pace_s_per_km": 278.1,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.3,
      "cadence_spm": 174.4,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 196.5,
      "descent_per_km": 23.9,
      "device": "garmin fr945",
      "distance_m": 8213.8,
      "downhill_time_s": 676,
      "duration_s": 2284,
      "faster_than_threshold_s": 1073,
      "gct_balance_pct": 50.29,
      "gct_ms": 231.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 528,
      "hr_z1_s": 34,
      "hr_z2_s": 26,
      "hr_z3_s": 339,
      "hr_z4_s": 1151,
      "hr_z5_s": 715,
      "implausible_removed": 2,
      "intervals": 6,
      "load": 97.5,
      "load_estimated": false,
      "longest_descent_distance_m": 909.4,
      "longest_descent_m": 39.9,
      "moving_pace_s_per_km": 278.1,
      "moving_time_s": 2284,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 265.6,
      "profile_notes": [],
      "run_id": "2026-06-21-run.fit",
      "samples": 2285,
      "segments": [
        {
          "distance_m": 330.3,
          "duration_s": 78,
          "grade_pct": -7.8,
          "kind": "interval",
          "start_offset_s": 539
        },
        {
          "distance_m": 340.3,
          "duration_s": 83,
          "grade_pct": -6.5,
          "kind": "interval",
          "start_offset_s": 1004
        },
        {
          "distance_m": 403.1,
          "duration_s": 99,
          "grade_pct": -1.1,
          "kind": "interval",
          "start_offset_s": 1100
        },
        {
          "distance_m": 245.0,
          "duration_s": 60,
          "grade_pct": -0.7,
          "kind": "interval",
          "start_offset_s": 1372
        },
        {
          "distance_m": 585.7,
          "duration_s": 144,
          "grade_pct": 3.6,
          "kind": "interval",
          "start_offset_s": 1756
        },
        {
          "distance_m": 372.0,
          "duration_s": 91,
          "grade_pct": -4.6,
          "kind": "interval",
          "start_offset_s": 2187
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-21T06:08:00Z",
      "step_length_m": 1.232,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2284.0,
      "trimp": 97.5,
      "uphill_time_s": 691,
      "vertical_oscillation_mm": 86.4,
      "vertical_ratio_pct": 7.13,
      "warnings": []
    },
    {
      "ascent_m": 78.3,
      "average_pace_s_per_km": 292.6,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.6,
      "cadence_spm": 172.7,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 79.3,
      "descent_per_km": 10.0,
      "device": "garmin fr945",
      "distance_m": 7969.1,
      "downhill_time_s": 187,
      "duration_s": 2332,
      "faster_than_threshold_s": 19,
      "gct_balance_pct": 50.31,
      "gct_ms": 237.4,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 14,
      "hr_z2_s": 40,
      "hr_z3_s": 53,
      "hr_z4_s": 2226,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 90.5,
      "load_estimated": false,
      "longest_descent_distance_m": 175.2,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 292.6,
      "moving_time_s": 2332,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 255.6,
      "profile_notes": [],
      "run_id": "2026-06-23-run.fit",
      "samples": 2333,
      "segments": [],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-23T06:31:00Z",
      "step_length_m": 1.186,
      "step_length_matched_m": 1.138,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2332.0,
      "trimp": 90.5,
      "uphill_time_s": 201,
      "vertical_oscillation_mm": 85.7,
      "vertical_ratio_pct": 7.25,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2210,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 140.2,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-06-24-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 184.2,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-06-24T07:48:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2210.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 210.7,
      "average_pace_s_per_km": 284.7,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.7,
      "cadence_spm": 173.6,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 214.8,
      "descent_per_km": 22.5,
      "device": "garmin fr945",
      "distance_m": 9553.0,
      "downhill_time_s": 747,
      "duration_s": 2720,
      "faster_than_threshold_s": 1146,
      "gct_balance_pct": 50.30,
      "gct_ms": 234.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 653,
      "hr_z1_s": 8,
      "hr_z2_s": 14,
      "hr_z3_s": 647,
      "hr_z4_s": 1214,
      "hr_z5_s": 838,
      "implausible_removed": 1,
      "intervals": 7,
      "load": 115.2,
      "load_estimated": false,
      "longest_descent_distance_m": 401.1,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 284.7,
      "moving_time_s": 2720,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 264.8,
      "profile_notes": [],
      "run_id": "2026-06-25-run.fit",
      "samples": 2721,
      "segments": [
        {
          "distance_m": 289.1,
          "duration_s": 70,
          "grade_pct": -0.1,
          "kind": "interval",
          "start_offset_s": 670
        },
        {
          "distance_m": 541.1,
          "duration_s": 131,
          "grade_pct": 1.1,
          "kind": "interval",
          "start_offset_s": 1067
        },
        {
          "distance_m": 564.0,
          "duration_s": 137,
          "grade_pct": 0.6,
          "kind": "interval",
          "start_offset_s": 1380
        },
        {
          "distance_m": 668.3,
          "duration_s": 162,
          "grade_pct": -2.9,
          "kind": "interval",
          "start_offset_s": 1682
        },
        {
          "distance_m": 282.8,
          "duration_s": 70,
          "grade_pct": 1.1,
          "kind": "interval",
          "start_offset_s": 1849
        },
        {
          "distance_m": 291.0,
          "duration_s": 72,
          "grade_pct": 8.5,
          "kind": "interval",
          "start_offset_s": 2042
        },
        {
          "distance_m": 605.8,
          "duration_s": 148,
          "grade_pct": 0.5,
          "kind": "interval",
          "start_offset_s": 2126
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-25T08:27:00Z",
      "step_length_m": 1.208,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2720.0,
      "trimp": 115.2,
      "uphill_time_s": 870,
      "vertical_oscillation_mm": 86.1,
      "vertical_ratio_pct": 7.26,
      "warnings": []
    },
    {
      "ascent_m": 194.5,
      "average_pace_s_per_km": 310.1,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.4,
      "cadence_spm": 171.0,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 175.1,
      "descent_per_km": 20.9,
      "device": "garmin fr945",
      "distance_m": 8365.1,
      "downhill_time_s": 604,
      "duration_s": 2594,
      "faster_than_threshold_s": 209,
      "gct_balance_pct": 50.29,
      "gct_ms": 244.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 10,
      "hr_z3_s": 380,
      "hr_z4_s": 1764,
      "hr_z5_s": 421,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 100.7,
      "load_estimated": false,
      "longest_descent_distance_m": 424.9,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 310.1,
      "moving_time_s": 2594,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 248.7,
      "profile_notes": [],
      "run_id": "2026-06-26-run.fit",
      "samples": 2595,
      "segments": [
        {
          "distance_m": 52.3,
          "duration_s": 12,
          "grade_pct": -10.4,
          "kind": "stride",
          "start_offset_s": 2192
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-26T07:05:00Z",
      "step_length_m": 1.128,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 1,
      "timer_time_s": 2594.0,
      "trimp": 100.7,
      "uphill_time_s": 934,
      "vertical_oscillation_mm": 84.9,
      "vertical_ratio_pct": 7.62,
      "warnings": []
    },
    {
      "ascent_m": 219.0,
      "average_pace_s_per_km": 314.7,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.3,
      "cadence_spm": 170.6,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 213.1,
      "descent_per_km": 21.8,
      "device": "garmin fr945",
      "distance_m": 9773.8,
      "downhill_time_s": 767,
      "duration_s": 3076,
      "faster_than_threshold_s": 202,
      "gct_balance_pct": 50.29,
      "gct_ms": 245.8,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 9,
      "hr_z2_s": 19,
      "hr_z3_s": 612,
      "hr_z4_s": 2025,
      "hr_z5_s": 412,
      "implausible_removed": 1,
      "intervals": 0,
      "load": 116.7,
      "load_estimated": false,
      "longest_descent_distance_m": 909.6,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 314.7,
      "moving_time_s": 3076,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 241.5,
      "profile_notes": [],
      "run_id": "2026-06-27-run.fit",
      "samples": 3077,
      "segments": [],
      "session_rpe_load": 153.8,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-27T06:09:00Z",
      "step_length_m": 1.114,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3076.0,
      "trimp": 116.7,
      "uphill_time_s": 1083,
      "vertical_oscillation_mm": 84.7,
      "vertical_ratio_pct": 7.69,
      "warnings": []
    },
    {
      "ascent_m": 217.8,
      "average_pace_s_per_km": 306.8,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.4,
      "cadence_spm": 171.3,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 224.6,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 9876.7,
      "downhill_time_s": 773,
      "duration_s": 3030,
      "faster_than_threshold_s": 329,
      "gct_balance_pct": 50.31,
      "gct_ms": 242.7,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 32,
      "hr_z3_s": 546,
      "hr_z4_s": 2072,
      "hr_z5_s": 366,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 118.2,
      "load_estimated": false,
      "longest_descent_distance_m": 897.5,
      "longest_descent_m": 39.6,
      "moving_pace_s_per_km": 306.8,
      "moving_time_s": 3030,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 243.9,
      "profile_notes": [],
      "run_id": "2026-06-30-run.fit",
      "samples": 3031,
      "segments": [],
      "session_rpe_load": 151.5,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-06-30T08:25:00Z",
      "step_length_m": 1.138,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 3030.0,
      "trimp": 118.2,
      "uphill_time_s": 1066,
      "vertical_oscillation_mm": 85.0,
      "vertical_ratio_pct": 7.56,
      "warnings": []
    },
    {
      "ascent_m": null,
      "average_pace_s_per_km": null,
      "cadence_matched_spm": null,
      "cadence_sd_spm": null,
      "cadence_spm": null,
      "cadence_zeros": 0,
      "coverage": 0.000,
      "descent_m": null,
      "descent_per_km": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "downhill_time_s": null,
      "duration_s": 2399,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": null,
      "gct_ms": null,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": null,
      "hr_z2_s": null,
      "hr_z3_s": null,
      "hr_z4_s": null,
      "hr_z5_s": null,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 152.2,
      "load_estimated": true,
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": null,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": null,
      "profile_notes": [],
      "run_id": "2026-07-01-strength.fit",
      "samples": 0,
      "segments": [],
      "session_rpe_load": 199.9,
      "sport": "training",
      "sprints": 0,
      "start_time": "2026-07-01T07:50:00Z",
      "step_length_m": null,
      "step_length_matched_m": null,
      "step_length_native": false,
      "strides": 0,
      "timer_time_s": 2399.0,
      "trimp": null,
      "uphill_time_s": null,
      "vertical_oscillation_mm": null,
      "vertical_ratio_pct": null,
      "warnings": []
    },
    {
      "ascent_m": 92.0,
      "average_pace_s_per_km": 306.3,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 2.4,
      "cadence_spm": 171.4,
      "cadence_zeros": 2,
      "coverage": 1.000,
      "descent_m": 95.5,
      "descent_per_km": 10.1,
      "device": "garmin fr945",
      "distance_m": 9420.2,
      "downhill_time_s": 213,
      "duration_s": 2885,
      "faster_than_threshold_s": 0,
      "gct_balance_pct": 50.30,
      "gct_ms": 242.6,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 15,
      "hr_z2_s": 45,
      "hr_z3_s": 51,
      "hr_z4_s": 2775,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "load": 105.9,
      "load_estimated": false,
      "longest_descent_distance_m": 188.5,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 306.3,
      "moving_time_s": 2885,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 243.6,
      "profile_notes": [],
      "run_id": "2026-07-03-run.fit",
      "samples": 2886,
      "segments": [],
      "session_rpe_load": 144.2,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-07-03T06:11:00Z",
      "step_length_m": 1.142,
      "step_length_matched_m": 1.137,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2885.0,
      "trimp": 105.9,
      "uphill_time_s": 226,
      "vertical_oscillation_mm": 85.1,
      "vertical_ratio_pct": 7.47,
      "warnings": []
    },
    {
      "ascent_m": 214.6,
      "average_pace_s_per_km": 284.8,
      "cadence_matched_spm": 171.3,
      "cadence_sd_spm": 5.5,
      "cadence_spm": 173.6,
      "cadence_zeros": 1,
      "coverage": 1.000,
      "descent_m": 212.0,
      "descent_per_km": 22.7,
      "device": "garmin fr945",
      "distance_m": 9347.2,
      "downhill_time_s": 732,
      "duration_s": 2662,
      "faster_than_threshold_s": 1117,
      "gct_balance_pct": 50.30,
      "gct_ms": 234.2,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 493,
      "hr_z1_s": 8,
      "hr_z2_s": 13,
      "hr_z3_s": 493,
      "hr_z4_s": 1378,
      "hr_z5_s": 771,
      "implausible_removed": 2,
      "intervals": 7,
      "load": 113.5,
      "load_estimated": false,
      "longest_descent_distance_m": 395.5,
      "longest_descent_m": 27.8,
      "moving_pace_s_per_km": 284.8,
      "moving_time_s": 2662,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 266.6,
      "profile_notes": [],
      "run_id": "2026-07-04-run.fit",
      "samples": 2663,
      "segments": [
        {
          "distance_m": 272.9,
          "duration_s": 67,
          "grade_pct": 4.5,
          "kind": "interval",
          "start_offset_s": 1013
        },
        {
          "distance_m": 474.9,
          "duration_s": 117,
          "grade_pct": -4.1,
          "kind": "interval",
          "start_offset_s": 1322
        },
        {
          "distance_m": 259.7,
          "duration_s": 63,
          "grade_pct": 1.8,
          "kind": "interval",
          "start_offset_s": 1495
        },
        {
          "distance_m": 303.0,
          "duration_s": 76,
          "grade_pct": 1.9,
          "kind": "interval",
          "start_offset_s": 1712
        },
        {
          "distance_m": 275.5,
          "duration_s": 68,
          "grade_pct": -7.9,
          "kind": "interval",
          "start_offset_s": 1834
        },
        {
          "distance_m": 253.7,
          "duration_s": 62,
          "grade_pct": 8.7,
          "kind": "interval",
          "start_offset_s": 2074
        },
        {
          "distance_m": 415.2,
          "duration_s": 103,
          "grade_pct": 0.8,
          "kind": "interval",
          "start_offset_s": 2153
        }
      ],
      "session_rpe_load": null,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-07-04T06:02:00Z",
      "step_length_m": 1.208,
      "step_length_matched_m": 1.134,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2662.0,
      "trimp": 113.5,
      "uphill_time_s": 881,
      "vertical_oscillation_mm": 86.1,
      "vertical_ratio_pct": 7.27,
      "warnings": []
    },
    {
      "ascent_m": 181.9,
      "average_pace_s_per_km": 301.7,
      "cadence_matched_spm": 171.2,
      "cadence_sd_spm": 4.4,
      "cadence_spm": 171.8,
      "cadence_zeros": 0,
      "coverage": 1.000,
      "descent_m": 174.4,
      "descent_per_km": 21.7,
      "device": "garmin fr945",
      "distance_m": 8041.1,
      "downhill_time_s": 592,
      "duration_s": 2426,
      "faster_than_threshold_s": 267,
      "gct_balance_pct": 50.30,
      "gct_ms": 241.0,
      "gear": "",
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 0,
      "hr_z1_s": 0,
      "hr_z2_s": 1,
      "hr_z3_s": 365,
      "hr_z4_s": 1689,
      "hr_z5_s": 352,
      "implausible_removed": 1,
      "intervals": 1,
      "load": 96.2,
      "load_estimated": false,
      "longest_descent_distance_m": 907.5,
      "longest_descent_m": 38.8,
      "moving_pace_s_per_km": 301.7,
      "moving_time_s": 2426,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 252.5,
      "profile_notes": [],
      "run_id": "2026-07-05-run.fit",
      "samples": 2427,
      "segments": [
        {
          "distance_m": 287.4,
          "duration_s": 68,
          "grade_pct": -8.7,
          "kind": "interval",
          "start_offset_s": 1898
        }
      ],
      "session_rpe_load": 121.3,
      "sport": "running",
      "sprints": 0,
      "start_time": "2026-07-05T06:45:00Z",
      "step_length_m": 1.154,
      "step_length_matched_m": 1.135,
      "step_length_native": true,
      "strides": 0,
      "timer_time_s": 2426.0,
      "trimp": 96.2,
      "uphill_time_s": 863,
      "vertical_oscillation_mm": 85.2,
      "vertical_ratio_pct": 7.48,
      "warnings": []
    }
  ],
  "schema": "gaitpipe.report/3",
  "season": {
    "active_days": 87,
    "activities": 93,
    "coverage": "87 of 126 days have a recorded activity, 39 are rest days (load 0) and 0 are untracked (unknown, not 0).",
    "days": 126,
    "first_day": "2026-03-02",
    "last_day": "2026-07-05",
    "rest_days": 39,
    "running_activities": 72,
    "untracked_days": 0,
    "weeks": 18
  },
  "skipped": [],
  "weeks": [
    {
      "ascent_m": 621.2,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 606.5,
      "distance_km": 32.26,
      "high_intensity_min": 10.5,
      "jump_sessions": 0,
      "load": 524.00,
      "monotony": 1.476,
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
          "note": "strain 773",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4755
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
          "note": "Banister TRIMP, 4 activities; session RPE load 330",
          "status": "not_fired",
          "threshold": null,
          "value": 376.3387
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2312
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
          "baseline": 50.2923,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 773.18,
      "untracked_days": 0,
      "week": "2026-W10",
      "week_start": "2026-03-02"
    },
    {
      "ascent_m": 633.1,
      "cadence_matched_spm": 171.3,
      "coverage_days": 5,
      "descent_m": 622.2,
      "distance_km": 33.27,
      "high_intensity_min": 8.1,
      "jump_sessions": 0,
      "load": 537.14,
      "monotony": 1.505,
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
          "baseline": 32.2565,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 3.1505
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
          "note": "strain 808; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5048
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
          "note": "Banister TRIMP, 4 activities; session RPE load 445",
          "status": "not_fired",
          "threshold": null,
          "value": 393.8603
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2607
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
          "baseline": 50.3015,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 808.32,
      "untracked_days": 0,
      "week": "2026-W11",
      "week_start": "2026-03-09"
    },
    {
      "ascent_m": 655.2,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 625.6,
      "distance_km": 32.99,
      "high_intensity_min": 8.8,
      "jump_sessions": 0,
      "load": 578.79,
      "monotony": 1.355,
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
          "baseline": 33.2728,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -0.8590
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
          "note": "strain 784",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.3547
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
          "note": "Banister TRIMP, 4 activities; session RPE load 250",
          "status": "not_fired",
          "threshold": null,
          "value": 388.8252
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2207
        },
        {
          "baseline": 1.1351,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0979
        },
        {
          "baseline": 50.2984,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 614.3800,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 798.6940,
          "value": 625.5633
        },
        {
          "baseline": 9.3000,
          "id": "D2",
          "note": "8.8 high-intensity min (4-week mean 9.3); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.0900,
          "value": 8.8000
        },
        {
          "baseline": 627.1633,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 815.3123,
          "value": 655.1800
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 784.08,
      "untracked_days": 0,
      "week": "2026-W12",
      "week_start": "2026-03-16"
    },
    {
      "ascent_m": 712.4,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 722.7,
      "distance_km": 37.23,
      "high_intensity_min": 11.0,
      "jump_sessions": 0,
      "load": 572.57,
      "monotony": 1.555,
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
          "baseline": 32.9870,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 12.8636
        },
        {
          "baseline": 77.1713,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.05",
          "status": "not_fired",
          "threshold": null,
          "value": 0.8634
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 890; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5551
        },
        {
          "baseline": 57.2164,
          "id": "L5",
          "note": "form = fitness 57.2 − fatigue 66.6 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -9.3872
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 456",
          "status": "not_fired",
          "threshold": null,
          "value": 439.1832
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2470
        },
        {
          "baseline": 1.1347,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0311
        },
        {
          "baseline": 50.2984,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 618.1078,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 803.5401,
          "value": 722.7433
        },
        {
          "baseline": 9.1333,
          "id": "D2",
          "note": "11.0 high-intensity min (4-week mean 9.1); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 11.8733,
          "value": 10.9833
        },
        {
          "baseline": 636.5022,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 827.4529,
          "value": 712.3600
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 890.42,
      "untracked_days": 0,
      "week": "2026-W13",
      "week_start": "2026-03-23"
    },
    {
      "ascent_m": 692.8,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 672.9,
      "distance_km": 35.63,
      "high_intensity_min": 9.6,
      "jump_sessions": 0,
      "load": 571.17,
      "monotony": 1.513,
      "rules": [
        {
          "baseline": 9.7228,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9748
        },
        {
          "baseline": 37.2303,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -4.2991
        },
        {
          "baseline": 78.9296,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.01",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0032
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 864; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5135
        },
        {
          "baseline": 64.1411,
          "id": "L5",
          "note": "form = fitness 64.1 − fatigue 79.2 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -15.0390
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 468",
          "status": "not_fired",
          "threshold": null,
          "value": 422.8166
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2392
        },
        {
          "baseline": 1.1348,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0191
        },
        {
          "baseline": 50.3029,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 644.2667,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 837.5467,
          "value": 672.8733
        },
        {
          "baseline": 9.5958,
          "id": "D2",
          "note": "9.6 high-intensity min (4-week mean 9.6); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.4746,
          "value": 9.6167
        },
        {
          "baseline": 655.4667,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 852.1067,
          "value": 692.7733
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 864.45,
      "untracked_days": 0,
      "week": "2026-W14",
      "week_start": "2026-03-30"
    },
    {
      "ascent_m": 664.8,
      "cadence_matched_spm": 171.3,
      "coverage_days": 5,
      "descent_m": 661.9,
      "distance_km": 33.59,
      "high_intensity_min": 9.8,
      "jump_sessions": 0,
      "load": 574.83,
      "monotony": 1.406,
      "rules": [
        {
          "baseline": 9.7228,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9468
        },
        {
          "baseline": 35.6297,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -5.7273
        },
        {
          "baseline": 80.4851,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.00",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0393
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 808",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4055
        },
        {
          "baseline": 69.3895,
          "id": "L5",
          "note": "form = fitness 69.4 − fatigue 83.7 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -14.2610
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 658",
          "status": "not_fired",
          "threshold": null,
          "value": 399.3219
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2696
        },
        {
          "baseline": 1.1349,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0354
        },
        {
          "baseline": 50.2972,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 660.8492,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 859.1039,
          "value": 661.9067
        },
        {
          "baseline": 9.3833,
          "id": "D2",
          "note": "9.8 high-intensity min (4-week mean 9.4); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.1983,
          "value": 9.7500
        },
        {
          "baseline": 673.3617,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 875.3702,
          "value": 664.7900
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 807.92,
      "untracked_days": 0,
      "week": "2026-W15",
      "week_start": "2026-04-06"
    },
    {
      "ascent_m": 642.5,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 674.5,
      "distance_km": 34.74,
      "high_intensity_min": 8.9,
      "jump_sessions": 0,
      "load": 566.98,
      "monotony": 1.458,
      "rules": [
        {
          "baseline": 9.7228,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9863
        },
        {
          "baseline": 33.5891,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 3.4403
        },
        {
          "baseline": 80.3184,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.99",
          "status": "not_fired",
          "threshold": null,
          "value": 0.9247
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 827",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4584
        },
        {
          "baseline": 72.5301,
          "id": "L5",
          "note": "form = fitness 72.5 − fatigue 74.3 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -1.7399
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 465",
          "status": "not_fired",
          "threshold": null,
          "value": 403.9073
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2250
        },
        {
          "baseline": 1.1348,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0138
        },
        {
          "baseline": 50.2979,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 670.7717,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 872.0032,
          "value": 674.5000
        },
        {
          "baseline": 9.7875,
          "id": "D2",
          "note": "8.9 high-intensity min (4-week mean 9.8); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.7238,
          "value": 8.8667
        },
        {
          "baseline": 681.2758,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 885.6586,
          "value": 642.4833
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 826.88,
      "untracked_days": 0,
      "week": "2026-W16",
      "week_start": "2026-04-13"
    },
    {
      "ascent_m": 670.8,
      "cadence_matched_spm": 171.2,
      "coverage_days": 4,
      "descent_m": 659.1,
      "distance_km": 34.47,
      "high_intensity_min": 10.0,
      "jump_sessions": 0,
      "load": 647.38,
      "monotony": 1.112,
      "rules": [
        {
          "baseline": 9.7122,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0199
        },
        {
          "baseline": 34.7447,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -0.8042
        },
        {
          "baseline": 83.7438,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.13",
          "status": "not_fired",
          "threshold": null,
          "value": 0.9347
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 720",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1118
        },
        {
          "baseline": 77.5308,
          "id": "L5",
          "note": "form = fitness 77.5 − fatigue 78.3 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -0.7465
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 696",
          "status": "not_fired",
          "threshold": null,
          "value": 406.9848
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2380
        },
        {
          "baseline": 1.1350,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0149
        },
        {
          "baseline": 50.2992,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 683.0058,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 887.9076,
          "value": 659.0800
        },
        {
          "baseline": 9.8042,
          "id": "D2",
          "note": "10.0 high-intensity min (4-week mean 9.8); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.7454,
          "value": 9.9667
        },
        {
          "baseline": 678.1017,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 881.5322,
          "value": 670.7967
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 719.74,
      "untracked_days": 0,
      "week": "2026-W17",
      "week_start": "2026-04-20"
    },
    {
      "ascent_m": 664.6,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 729.5,
      "distance_km": 36.60,
      "high_intensity_min": 8.3,
      "jump_sessions": 0,
      "load": 597.83,
      "monotony": 1.460,
      "rules": [
        {
          "baseline": 9.9051,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0016
        },
        {
          "baseline": 34.4653,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 6.2056
        },
        {
          "baseline": 84.1221,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.00",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0029
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 873",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4596
        },
        {
          "baseline": 79.6175,
          "id": "L5",
          "note": "form = fitness 79.6 − fatigue 84.4 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -4.7464
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 355",
          "status": "not_fired",
          "threshold": null,
          "value": 427.5218
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2442
        },
        {
          "baseline": 1.1350,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0240
        },
        {
          "baseline": 50.2996,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 667.0900,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 867.2170,
          "value": 729.4800
        },
        {
          "baseline": 9.5500,
          "id": "D2",
          "note": "8.3 high-intensity min (4-week mean 9.6); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.4150,
          "value": 8.2667
        },
        {
          "baseline": 667.7108,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 868.0241,
          "value": 664.5633
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 872.61,
      "untracked_days": 0,
      "week": "2026-W18",
      "week_start": "2026-04-27"
    },
    {
      "ascent_m": 668.4,
      "cadence_matched_spm": 171.2,
      "coverage_days": 4,
      "descent_m": 658.9,
      "distance_km": 34.18,
      "high_intensity_min": 8.9,
      "jump_sessions": 0,
      "load": 578.20,
      "monotony": 0.987,
      "rules": [
        {
          "baseline": 9.9214,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9410
        },
        {
          "baseline": 36.6040,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -6.6224
        },
        {
          "baseline": 86.0567,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.96",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1934
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 571",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 0.9867
        },
        {
          "baseline": 81.6898,
          "id": "L5",
          "note": "form = fitness 81.7 − fatigue 102.7 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -21.0059
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 482",
          "status": "not_fired",
          "threshold": null,
          "value": 405.8666
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2475
        },
        {
          "baseline": 1.1351,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0184
        },
        {
          "baseline": 50.2996,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 681.2417,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 885.6142,
          "value": 658.9133
        },
        {
          "baseline": 9.2125,
          "id": "D2",
          "note": "8.9 high-intensity min (4-week mean 9.2); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 11.9763,
          "value": 8.8833
        },
        {
          "baseline": 660.6583,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 858.8558,
          "value": 668.4300
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
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
          "baseline": null,
          "id": "K3",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 570.51,
      "untracked_days": 0,
      "week": "2026-W19",
      "week_start": "2026-05-04"
    },
    {
      "ascent_m": 693.5,
      "cadence_matched_spm": 171.3,
      "coverage_days": 5,
      "descent_m": 713.3,
      "distance_km": 36.23,
      "high_intensity_min": 10.0,
      "jump_sessions": 0,
      "load": 607.54,
      "monotony": 1.435,
      "rules": [
        {
          "baseline": 9.9214,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9718
        },
        {
          "baseline": 34.1799,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 6.0091
        },
        {
          "baseline": 84.8118,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.00",
          "status": "not_fired",
          "threshold": null,
          "value": 0.8833
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 872",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4348
        },
        {
          "baseline": 82.4049,
          "id": "L5",
          "note": "form = fitness 82.4 − fatigue 74.9 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": 7.4888
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 635",
          "status": "not_fired",
          "threshold": null,
          "value": 428.4176
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2531
        },
        {
          "baseline": 1.1350,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0104
        },
        {
          "baseline": 50.3006,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 680.4933,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 884.6413,
          "value": 713.2600
        },
        {
          "baseline": 8.9958,
          "id": "D2",
          "note": "10.0 high-intensity min (4-week mean 9.0); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 11.6946,
          "value": 10.0167
        },
        {
          "baseline": 661.5683,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 860.0388,
          "value": 693.4933
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
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
          "baseline": null,
          "id": "K3",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 871.73,
      "untracked_days": 0,
      "week": "2026-W20",
      "week_start": "2026-05-11"
    },
    {
      "ascent_m": 670.8,
      "cadence_matched_spm": 171.2,
      "coverage_days": 4,
      "descent_m": 677.3,
      "distance_km": 34.68,
      "high_intensity_min": 10.5,
      "jump_sessions": 0,
      "load": 644.52,
      "monotony": 1.069,
      "rules": [
        {
          "baseline": 9.9214,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9625
        },
        {
          "baseline": 36.2338,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -4.2829
        },
        {
          "baseline": 84.7019,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.08",
          "status": "not_fired",
          "threshold": null,
          "value": 0.7490
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 689",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.0685
        },
        {
          "baseline": 83.7295,
          "id": "L5",
          "note": "form = fitness 83.7 − fatigue 63.4 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": 20.2901
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 883",
          "status": "not_fired",
          "threshold": null,
          "value": 408.4400
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2047
        },
        {
          "baseline": 1.1351,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0599
        },
        {
          "baseline": 50.3011,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 690.1833,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 897.2383,
          "value": 677.3400
        },
        {
          "baseline": 9.2833,
          "id": "D2",
          "note": "10.5 high-intensity min (4-week mean 9.3); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.0683,
          "value": 10.5167
        },
        {
          "baseline": 674.3208,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 876.6171,
          "value": 670.8400
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
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
          "baseline": null,
          "id": "K3",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 688.68,
      "untracked_days": 0,
      "week": "2026-W21",
      "week_start": "2026-05-18"
    },
    {
      "ascent_m": 685.4,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 730.4,
      "distance_km": 36.30,
      "high_intensity_min": 8.3,
      "jump_sessions": 0,
      "load": 582.02,
      "monotony": 1.505,
      "rules": [
        {
          "baseline": 9.9214,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9766
        },
        {
          "baseline": 34.6820,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 4.6663
        },
        {
          "baseline": 84.4929,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.95",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0042
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 876; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5053
        },
        {
          "baseline": 83.7526,
          "id": "L5",
          "note": "form = fitness 83.8 − fatigue 84.9 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -1.0990
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 485",
          "status": "not_fired",
          "threshold": null,
          "value": 426.9359
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2442
        },
        {
          "baseline": 1.1350,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0101
        },
        {
          "baseline": 50.3002,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 694.7483,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 903.1728,
          "value": 730.4067
        },
        {
          "baseline": 9.4208,
          "id": "D2",
          "note": "8.3 high-intensity min (4-week mean 9.4); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.2471,
          "value": 8.3333
        },
        {
          "baseline": 674.3317,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 876.6312,
          "value": 685.4400
        },
        {
          "baseline": null,
          "id": "K1",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
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
          "baseline": null,
          "id": "K3",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "K4",
          "note": "no side difference ≥ 3° or change vs earlier sessions; no reference table (absolute comparison not made)",
          "status": "not_fired",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S1",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 876.10,
      "untracked_days": 0,
      "week": "2026-W22",
      "week_start": "2026-05-25"
    },
    {
      "ascent_m": 683.1,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 683.6,
      "distance_km": 35.20,
      "high_intensity_min": 9.9,
      "jump_sessions": 0,
      "load": 601.36,
      "monotony": 1.399,
      "rules": [
        {
          "baseline": 9.6896,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9840
        },
        {
          "baseline": 36.3003,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -3.0347
        },
        {
          "baseline": 85.4176,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.98",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0494
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 841",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.3993
        },
        {
          "baseline": 84.5364,
          "id": "L5",
          "note": "form = fitness 84.5 − fatigue 89.6 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -5.1008
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 243",
          "status": "not_fired",
          "threshold": null,
          "value": 416.4641
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2323
        },
        {
          "baseline": 1.1349,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0198
        },
        {
          "baseline": 50.3002,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 694.9800,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 903.4740,
          "value": 683.5867
        },
        {
          "baseline": 9.4375,
          "id": "D2",
          "note": "9.9 high-intensity min (4-week mean 9.4); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.2688,
          "value": 9.9000
        },
        {
          "baseline": 679.5508,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 883.4161,
          "value": 683.1033
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 841.48,
      "untracked_days": 0,
      "week": "2026-W23",
      "week_start": "2026-06-01"
    },
    {
      "ascent_m": 631.3,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 633.5,
      "distance_km": 32.55,
      "high_intensity_min": 8.3,
      "jump_sessions": 0,
      "load": 546.61,
      "monotony": 1.423,
      "rules": [
        {
          "baseline": 9.6896,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9045
        },
        {
          "baseline": 35.1987,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": -7.5281
        },
        {
          "baseline": 83.5095,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.90",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0456
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 778",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.4226
        },
        {
          "baseline": 83.1828,
          "id": "L5",
          "note": "form = fitness 83.2 − fatigue 87.3 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -4.1354
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 216",
          "status": "not_fired",
          "threshold": null,
          "value": 381.8922
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2262
        },
        {
          "baseline": 1.1349,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": -0.0196
        },
        {
          "baseline": 50.3011,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 701.1483,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 911.4928,
          "value": 633.4533
        },
        {
          "baseline": 9.6917,
          "id": "D2",
          "note": "8.3 high-intensity min (4-week mean 9.7); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.5992,
          "value": 8.2667
        },
        {
          "baseline": 683.2192,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 888.1849,
          "value": 631.2700
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 777.61,
      "untracked_days": 0,
      "week": "2026-W24",
      "week_start": "2026-06-08"
    },
    {
      "ascent_m": 652.2,
      "cadence_matched_spm": 171.3,
      "coverage_days": 5,
      "descent_m": 671.8,
      "distance_km": 34.61,
      "high_intensity_min": 8.8,
      "jump_sessions": 0,
      "load": 635.48,
      "monotony": 1.399,
      "rules": [
        {
          "baseline": 9.6896,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0089
        },
        {
          "baseline": 32.5489,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 6.3368
        },
        {
          "baseline": 86.6218,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.10",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0359
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 889",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.3994
        },
        {
          "baseline": 85.4775,
          "id": "L5",
          "note": "form = fitness 85.5 − fatigue 89.7 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -4.2525
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 567",
          "status": "not_fired",
          "threshold": null,
          "value": 406.1872
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2611
        },
        {
          "baseline": 1.1348,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0349
        },
        {
          "baseline": 50.3008,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 681.1967,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 885.5557,
          "value": 671.8500
        },
        {
          "baseline": 9.2542,
          "id": "D2",
          "note": "8.8 high-intensity min (4-week mean 9.3); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.0304,
          "value": 8.8000
        },
        {
          "baseline": 667.6633,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 867.9623,
          "value": 652.2000
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 889.28,
      "untracked_days": 0,
      "week": "2026-W25",
      "week_start": "2026-06-15"
    },
    {
      "ascent_m": 702.6,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 682.3,
      "distance_km": 35.66,
      "high_intensity_min": 10.9,
      "jump_sessions": 0,
      "load": 563.29,
      "monotony": 1.523,
      "rules": [
        {
          "baseline": 9.7763,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 0.9997
        },
        {
          "baseline": 34.6115,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 3.0322
        },
        {
          "baseline": 84.0833,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.95",
          "status": "not_fired",
          "threshold": null,
          "value": 0.9113
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 858; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5229
        },
        {
          "baseline": 84.0284,
          "id": "L5",
          "note": "form = fitness 84.0 − fatigue 76.6 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": 7.4016
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 338",
          "status": "not_fired",
          "threshold": null,
          "value": 423.1153
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2314
        },
        {
          "baseline": 1.1350,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0062
        },
        {
          "baseline": 50.3005,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 679.8242,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 883.7714,
          "value": 682.3500
        },
        {
          "baseline": 8.8250,
          "id": "D2",
          "note": "10.9 high-intensity min (4-week mean 8.8); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 11.4725,
          "value": 10.8833
        },
        {
          "baseline": 663.0033,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 861.9043,
          "value": 702.6000
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 857.82,
      "untracked_days": 0,
      "week": "2026-W26",
      "week_start": "2026-06-22"
    },
    {
      "ascent_m": 706.3,
      "cadence_matched_spm": 171.2,
      "coverage_days": 5,
      "descent_m": 706.6,
      "distance_km": 36.69,
      "high_intensity_min": 8.2,
      "jump_sessions": 0,
      "load": 585.99,
      "monotony": 1.513,
      "rules": [
        {
          "baseline": 9.7763,
          "id": "L1",
          "note": "baseline = longest run of 30 days, km",
          "status": "not_fired",
          "threshold": 1.1000,
          "value": 1.0103
        },
        {
          "baseline": 35.6610,
          "id": "L2",
          "note": "% change; baseline = preceding 7 days, km",
          "status": "not_fired",
          "threshold": 30.0000,
          "value": 2.8722
        },
        {
          "baseline": 84.8301,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.01",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0551
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 887; noted (> 1.5)",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.5131
        },
        {
          "baseline": 84.3744,
          "id": "L5",
          "note": "form = fitness 84.4 − fatigue 89.5 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -5.1259
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 617",
          "status": "not_fired",
          "threshold": null,
          "value": 433.8254
        },
        {
          "baseline": 171.2366,
          "id": "G1",
          "note": "between the bands",
          "status": "not_fired",
          "threshold": 166.0000,
          "value": 171.2381
        },
        {
          "baseline": 1.1350,
          "id": "G2",
          "note": "% vs 4-week mean step length (m) at matched speed",
          "status": "not_fired",
          "threshold": 10.0000,
          "value": 0.0304
        },
        {
          "baseline": 50.3012,
          "id": "G3",
          "note": "runs with |balance − 50| > 2.0% in the 28-day window (context only)",
          "status": "not_fired",
          "threshold": 3.0000,
          "value": 0.0000
        },
        {
          "baseline": 667.8100,
          "id": "D1",
          "note": "weekly descent, m",
          "status": "not_fired",
          "threshold": 868.1530,
          "value": 706.5833
        },
        {
          "baseline": 9.4625,
          "id": "D2",
          "note": "8.2 high-intensity min (4-week mean 9.5); 0 jump sessions (4-week mean 0.0)",
          "status": "not_fired",
          "threshold": 12.3013,
          "value": 8.2167
        },
        {
          "baseline": 667.2933,
          "id": "ASC",
          "note": "weekly ascent, m",
          "status": "not_fired",
          "threshold": 867.4813,
          "value": 706.3500
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
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S2",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        },
        {
          "baseline": null,
          "id": "S3",
          "note": "no symptom diary",
          "status": "insufficient_data",
          "threshold": null,
          "value": null
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "capped": false,
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "sites": [],
      "strain": 886.63,
      "untracked_days": 0,
      "week": "2026-W27",
      "week_start": "2026-06-29"
    }
  ]
}
��
ben-steady/report.html�<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knee-load screening — ben-steady</title>
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
<h1>Knee-load screening: ben-steady</h1>
<dl class="facts">
<dt>Season</dt><dd>2026-03-02 to 2026-07-05 (126 days, 18 ISO weeks)</dd>
<dt>As of</dt><dd>2026-07-05 (the last data date)</dd>
<dt>Data coverage</dt><dd>87 of 126 days have a recorded activity, 39 are rest days (load 0) and 0 are untracked (unknown, not 0).</dd>
<dt>Activities</dt><dd>93 (72 running)</dd>
<dt>Devices seen</dt><dd>garmin fr945</dd>
<dt>Load units</dt><dd>daily load (L3–L5) in Banister TRIMP, since at least 80 % of runs have heart rate; L1 and L2 use distance</dd>
</dl>
<ul class="note">
<li>Loads (L3–L5) in Banister TRIMP: 54% of sessions have an RPE (&lt; 80%) and 100% of runs have heart rate (≥ 80%).</li>
<li>21 sessions without the unit&#39;s measure: load estimated (RPE × minutes × k, k = 0.76 from the athlete&#39;s sessions with both; else minutes × the athlete&#39;s median load per minute in the same sport), drawn hollow and flagged in runs.csv.</li>
<li>Coverage: 87 active, 39 rest and 0 untracked days from 2026-03-02 to 2026-07-05.</li>
<li>L3 (ACWR) is descriptive only; L5 uses λ = 2/(N+1) (Runalyze convention; GoldenCheetah uses 1 − e^(−1/N)).</li>
</ul>
</header>
<main>
<section id="now">
<h2>Now (week 2026-W27)</h2>
<p class="site-summary">No symptoms recorded: the levels share load rules and do not tell the presentations apart; ask where it hurts.</p>
<p>Each level counts the rules that fired in the last ISO week or in the 28 days before its Sunday: 0 points is none, 1 low, 2–3 moderate, 4 or more high. It says how far the data is <em>consistent with</em> a pattern, not how likely an injury is. The presentation the data points to first comes first: the highest level, at equal levels the one at a reported site. The knee is the site, rarely the source — look above (hip, pelvis) and at load.</p>
<div class="presentations">
<article class="presentation at-none">
<h3>Patellofemoral pain <span class="level level-none">none</span></h3>
<p>No pattern consistent with patellofemoral pain in the 4 weeks to 2026-07-05</p>
<p class="note">0 points.</p>
</article>
<article class="presentation at-none">
<h3>Iliotibial band syndrome <span class="level level-none">none</span></h3>
<p>No pattern consistent with iliotibial band syndrome in the 4 weeks to 2026-07-05</p>
<p class="note">0 points.</p>
</article>
<article class="presentation at-none">
<h3>Patellar tendinopathy <span class="level level-none">none</span></h3>
<p>No pattern consistent with patellar tendinopathy in the 4 weeks to 2026-07-05</p>
<p class="note">0 points.</p>
</article>
</div>
<details class="rule-states"><summary>Every rule this week: 0 fired, 7 rules with insufficient data</summary>
<div class="scroll"><table>
<caption>Every rule in 2026-W27</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">State</th><th scope="col" class="num">Value</th><th scope="col" class="num">Threshold</th><th scope="col" class="num">Baseline</th><th scope="col">Note</th></tr></thead>
<tbody>
<tr><th scope="row">L1 session spike (distance ÷ longest run in the previous 30 days)</th><td>not fired</td><td class="num">1.01</td><td class="num">1.10</td><td class="num">9.78</td><td>baseline = longest run of 30 days, km</td></tr>
<tr><th scope="row">L2 weekly progression (last 7 d ÷ preceding 7 d − 1)</th><td>not fired</td><td class="num">2.87</td><td class="num">30.00</td><td class="num">35.66</td><td>% change; baseline = preceding 7 days, km</td></tr>
<tr><th scope="row">L3 acute:chronic workload ratio (EWMA λ 0.25 / 0.069 and uncoupled rolling)</th><td>not fired</td><td class="num">1.06</td><td class="num">—</td><td class="num">84.83</td><td>descriptive only (no threshold: Impellizzeri 2020); rolling 1.01</td></tr>
<tr><th scope="row">L4 Foster monotony (mean ÷ SD of daily load over 7 days) and strain</th><td>not fired</td><td class="num">1.51</td><td class="num">2.00</td><td class="num">—</td><td>strain 887; noted (&gt; 1.5)</td></tr>
<tr><th scope="row">L5 fitness / fatigue / form (EWMA 42 d / 7 d, λ = 2/(N+1))</th><td>not fired</td><td class="num">-5.13</td><td class="num">—</td><td class="num">84.37</td><td>form = fitness 84.4 − fatigue 89.5 (trimp, λ = 2/(N+1))</td></tr>
<tr><th scope="row">L6 internal load: Banister TRIMP, session RPE × minutes</th><td>not fired</td><td class="num">433.83</td><td class="num">—</td><td class="num">—</td><td>Banister TRIMP, 4 activities; session RPE load 617</td></tr>
<tr><th scope="row">G1 cadence at matched speed (own cadence-on-speed regression)</th><td>not fired</td><td class="num">171.24</td><td class="num">166.00</td><td class="num">171.24</td><td>between the bands</td></tr>
<tr><th scope="row">G2 step length at matched speed vs own baseline</th><td>not fired</td><td class="num">0.03</td><td class="num">10.00</td><td class="num">1.14</td><td>% vs 4-week mean step length (m) at matched speed</td></tr>
<tr><th scope="row">G3 ground-contact asymmetry (|stance_time_balance − 50| &gt; 2% on &gt; 3 runs)</th><td>not fired</td><td class="num">0.00</td><td class="num">3.00</td><td class="num">50.30</td><td>runs with |balance − 50| &gt; 2.0% in the 28-day window (context only)</td></tr>
<tr><th scope="row">D1 descent load (weekly descent vs 4-week mean; new long descent vs 30 days)</th><td>not fired</td><td class="num">706.58</td><td class="num">868.15</td><td class="num">667.81</td><td>weekly descent, m</td></tr>
<tr><th scope="row">D2 high-intensity volume: minutes above threshold pace (not downhill) or at HR Z4–5, strides and sprints included; jump sessions (plyometric or HIIT)</th><td>not fired</td><td class="num">8.22</td><td class="num">12.30</td><td class="num">9.46</td><td>8.2 high-intensity min (4-week mean 9.5); 0 jump sessions (4-week mean 0.0)</td></tr>
<tr><th scope="row">ASC ascent / stair spike (weekly ascent vs 4-week mean)</th><td>not fired</td><td class="num">706.35</td><td class="num">867.48</td><td class="num">667.29</td><td>weekly ascent, m</td></tr>
<tr><th scope="row">K1 peak hip adduction in stance</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K2 contralateral pelvic drop at midstance</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K3 knee more extended at initial contact (overstriding)</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K4 peak knee or hip internal rotation</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">S1 tendon pain monitoring (pain during &gt; 5/10, not settled by next morning, or morning pain rising)</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no symptom diary</td></tr>
<tr><th scope="row">S2 pain site (peripatellar → PFP, lateral → ITBS, inferior pole → patellar tendinopathy)</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no symptom diary</td></tr>
<tr><th scope="row">S3 aggravators of the presentation at its own site (two distinct)</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no symptom diary</td></tr>
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
<figcaption><strong>Weekly running distance (km) with session spikes.</strong> Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 37.2 km in 2026-W13. No run was an L1 session spike. </figcaption>
<div class="chart-box">
<svg id="weekly-distance" class="chart" viewBox="0 0 380.0 274.0" width="380.0" height="274.0" role="img" aria-labelledby="weekly-distance-title weekly-distance-desc" font-family="system-ui, sans-serif">
<title id="weekly-distance-title">Weekly running distance (km) with session spikes</title>
<desc id="weekly-distance-desc">Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 37.2 km in 2026-W13. No run was an L1 session spike. </desc>
<defs><pattern id="weekly-distance-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#0072B2"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">distance</text>
<polygon points="59.0,24.0 69.0,24.0 64.0,33.0" fill="#D55E00"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">L1 session spike that week</text>
<rect x="56.0" y="43.0" width="16.0" height="10.0" fill="url(#weekly-distance-nodata)" stroke="#bbb"/>
<text x="78.0" y="52.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">no recording</text>
<line x1="56.0" y1="248.0" x2="364.0" y2="248.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="252.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="194.7" x2="364.0" y2="194.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="198.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">20</text>
<line class="grid" x1="56.0" y1="141.3" x2="364.0" y2="141.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="145.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">40</text>
<line class="grid" x1="56.0" y1="88.0" x2="364.0" y2="88.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="92.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">60</text>
<line x1="56.0" y1="88.0" x2="56.0" y2="248.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="82.0" text-anchor="start" font-size="12.0" fill="#444">km</text>
<rect x="58.6" y="162.0" width="12.0" height="86.0" fill="#0072B2"><title>2026-W10: 32.3 km</title></rect>
<rect x="75.7" y="159.3" width="12.0" height="88.7" fill="#0072B2"><title>2026-W11: 33.3 km</title></rect>
<rect x="92.8" y="160.0" width="12.0" height="88.0" fill="#0072B2"><title>2026-W12: 33.0 km</title></rect>
<rect x="109.9" y="148.7" width="12.0" height="99.3" fill="#0072B2"><title>2026-W13: 37.2 km</title></rect>
<rect x="127.0" y="153.0" width="12.0" height="95.0" fill="#0072B2"><title>2026-W14: 35.6 km</title></rect>
<rect x="144.1" y="158.4" width="12.0" height="89.6" fill="#0072B2"><title>2026-W15: 33.6 km</title></rect>
<rect x="161.2" y="155.3" width="12.0" height="92.7" fill="#0072B2"><title>2026-W16: 34.7 km</title></rect>
<rect x="178.3" y="156.1" width="12.0" height="91.9" fill="#0072B2"><title>2026-W17: 34.5 km</title></rect>
<rect x="195.5" y="150.4" width="12.0" height="97.6" fill="#0072B2"><title>2026-W18: 36.6 km</title></rect>
<rect x="212.6" y="156.9" width="12.0" height="91.1" fill="#0072B2"><title>2026-W19: 34.2 km</title></rect>
<rect x="229.7" y="151.4" width="12.0" height="96.6" fill="#0072B2"><title>2026-W20: 36.2 km</title></rect>
<rect x="246.8" y="155.5" width="12.0" height="92.5" fill="#0072B2"><title>2026-W21: 34.7 km</title></rect>
<rect x="263.9" y="151.2" width="12.0" height="96.8" fill="#0072B2"><title>2026-W22: 36.3 km</title></rect>
<rect x="281.0" y="154.1" width="12.0" height="93.9" fill="#0072B2"><title>2026-W23: 35.2 km</title></rect>
<rect x="298.1" y="161.2" width="12.0" height="86.8" fill="#0072B2"><title>2026-W24: 32.5 km</title></rect>
<rect x="315.2" y="155.7" width="12.0" height="92.3" fill="#0072B2"><title>2026-W25: 34.6 km</title></rect>
<rect x="332.3" y="152.9" width="12.0" height="95.1" fill="#0072B2"><title>2026-W26: 35.7 km</title></rect>
<rect x="349.5" y="150.2" width="12.0" height="97.8" fill="#0072B2"><title>2026-W27: 36.7 km</title></rect>
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
<tr><th scope="row">2026-W10</th><td>2026-03-02</td><td class="num">32.3</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W11</th><td>2026-03-09</td><td class="num">33.3</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W12</th><td>2026-03-16</td><td class="num">33.0</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W13</th><td>2026-03-23</td><td class="num">37.2</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W14</th><td>2026-03-30</td><td class="num">35.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W15</th><td>2026-04-06</td><td class="num">33.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W16</th><td>2026-04-13</td><td class="num">34.7</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W17</th><td>2026-04-20</td><td class="num">34.5</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W18</th><td>2026-04-27</td><td class="num">36.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W19</th><td>2026-05-04</td><td class="num">34.2</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W20</th><td>2026-05-11</td><td class="num">36.2</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W21</th><td>2026-05-18</td><td class="num">34.7</td><td class="num">4</td><td class="num">4</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W22</th><td>2026-05-25</td><td class="num">36.3</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W23</th><td>2026-06-01</td><td class="num">35.2</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W24</th><td>2026-06-08</td><td class="num">32.5</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W25</th><td>2026-06-15</td><td class="num">34.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W26</th><td>2026-06-22</td><td class="num">35.7</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-W27</th><td>2026-06-29</td><td class="num">36.7</td><td class="num">4</td><td class="num">5</td><td class="num">0</td><td></td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-level-strip" class="chart-figure">
<figcaption><strong>Level by week, per presentation.</strong> Each cell is one ISO week from 2026-W10 to 2026-W27; taller and darker means a higher pattern-consistency level, and the letter names it. Patellofemoral pain: highest none, 0 weeks at moderate or high, latest none; Iliotibial band syndrome: highest none, 0 weeks at moderate or high, latest none; Patellar tendinopathy: highest none, 0 weeks at moderate or high, latest none.</figcaption>
<div class="chart-box">
<svg id="level-strip" class="chart" viewBox="0 0 380.0 280.0" width="380.0" height="280.0" role="img" aria-labelledby="level-strip-title level-strip-desc" font-family="system-ui, sans-serif">
<title id="level-strip-title">Level by week, per presentation</title>
<desc id="level-strip-desc">Each cell is one ISO week from 2026-W10 to 2026-W27; taller and darker means a higher pattern-consistency level, and the letter names it. Patellofemoral pain: highest none, 0 weeks at moderate or high, latest none; Iliotibial band syndrome: highest none, 0 weeks at moderate or high, latest none; Patellar tendinopathy: highest none, 0 weeks at moderate or high, latest none.</desc>
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
<rect x="57.0" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W10 Patellofemoral pain: none, 0 points</title></rect>
<text x="64.6" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="74.1" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W11 Patellofemoral pain: none, 0 points</title></rect>
<text x="81.7" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="91.2" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W12 Patellofemoral pain: none, 0 points</title></rect>
<text x="98.8" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="108.3" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W13 Patellofemoral pain: none, 0 points</title></rect>
<text x="115.9" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="125.4" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W14 Patellofemoral pain: none, 0 points</title></rect>
<text x="133.0" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="142.6" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W15 Patellofemoral pain: none, 0 points</title></rect>
<text x="150.1" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="159.7" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W16 Patellofemoral pain: none, 0 points</title></rect>
<text x="167.2" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="176.8" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W17 Patellofemoral pain: none, 0 points</title></rect>
<text x="184.3" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="193.9" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W18 Patellofemoral pain: none, 0 points</title></rect>
<text x="201.4" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="211.0" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W19 Patellofemoral pain: none, 0 points</title></rect>
<text x="218.6" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="228.1" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W20 Patellofemoral pain: none, 0 points</title></rect>
<text x="235.7" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="245.2" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W21 Patellofemoral pain: none, 0 points</title></rect>
<text x="252.8" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="262.3" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W22 Patellofemoral pain: none, 0 points</title></rect>
<text x="269.9" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="279.4" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W23 Patellofemoral pain: none, 0 points</title></rect>
<text x="287.0" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="296.6" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W24 Patellofemoral pain: none, 0 points</title></rect>
<text x="304.1" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="313.7" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W25 Patellofemoral pain: none, 0 points</title></rect>
<text x="321.2" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="330.8" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W26 Patellofemoral pain: none, 0 points</title></rect>
<text x="338.3" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="347.9" y="92.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W27 Patellofemoral pain: none, 0 points</title></rect>
<text x="355.4" y="109.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<text x="56.0" y="131.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">Iliotibial band syndrome</text>
<line x1="56.0" y1="166.0" x2="364.0" y2="166.0" stroke="#666" stroke-width="1.0"/>
<rect x="57.0" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W10 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="64.6" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="74.1" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W11 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="81.7" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="91.2" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W12 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="98.8" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="108.3" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W13 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="115.9" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="125.4" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W14 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="133.0" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="142.6" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W15 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="150.1" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="159.7" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W16 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="167.2" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="176.8" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W17 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="184.3" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="193.9" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W18 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="201.4" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="211.0" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W19 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="218.6" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="228.1" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W20 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="235.7" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="245.2" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W21 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="252.8" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="262.3" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W22 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="269.9" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="279.4" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W23 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="287.0" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="296.6" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W24 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="304.1" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="313.7" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W25 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="321.2" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="330.8" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W26 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="338.3" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="347.9" y="162.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W27 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="355.4" y="179.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
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
<rect x="159.7" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W16 Patellar tendinopathy: none, 0 points</title></rect>
<text x="167.2" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="176.8" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W17 Patellar tendinopathy: none, 0 points</title></rect>
<text x="184.3" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="193.9" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W18 Patellar tendinopathy: none, 0 points</title></rect>
<text x="201.4" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="211.0" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W19 Patellar tendinopathy: none, 0 points</title></rect>
<text x="218.6" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="228.1" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W20 Patellar tendinopathy: none, 0 points</title></rect>
<text x="235.7" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="245.2" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W21 Patellar tendinopathy: none, 0 points</title></rect>
<text x="252.8" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="262.3" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W22 Patellar tendinopathy: none, 0 points</title></rect>
<text x="269.9" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="279.4" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W23 Patellar tendinopathy: none, 0 points</title></rect>
<text x="287.0" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="296.6" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W24 Patellar tendinopathy: none, 0 points</title></rect>
<text x="304.1" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="313.7" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W25 Patellar tendinopathy: none, 0 points</title></rect>
<text x="321.2" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="330.8" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W26 Patellar tendinopathy: none, 0 points</title></rect>
<text x="338.3" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
<rect x="347.9" y="232.4" width="15.1" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W27 Patellar tendinopathy: none, 0 points</title></rect>
<text x="355.4" y="249.0" text-anchor="middle" font-size="12.0" fill="#1a1a1a">n</text>
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
<tr><th scope="row">2026-W10</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W11</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W12</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W13</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W14</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W15</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W16</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W17</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W18</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W19</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W20</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W21</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W22</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W23</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W24</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W25</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W26</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
<tr><th scope="row">2026-W27</th><td>none (0)</td><td>none (0)</td><td>none (0)</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-daily-load" class="chart-figure">
<figcaption><strong>Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive).</strong> Bars show the load of each day from 2026-03-02 to 2026-07-05 in TRIMP (Banister TRIMP, since at least 80 % of runs have heart rate); 21 days with a session whose load is estimated from the athlete&#39;s own sessions are drawn hollow (a strength block is never a deload); 39 rest days count as 0 and 0 untracked days are hatched (unknown, not 0). The solid line is the acute load (EWMA, λ = 0.25), the dashed line the chronic load (EWMA, λ = 0.069; Williams 2017). The lower panel shows their ratio and the uncoupled rolling ratio; on 2026-07-05 the ratio was 1.06. The acute:chronic workload ratio is descriptive only: its cut-offs (0.8–1.3, ≥ 1.5; Gabbett 2016) have not held up (Impellizzeri 2020 and 2021; Lolli 2019), and Frandsen 2025 found no positive association with running injury. It adds no points to any level.</figcaption>
<div class="chart-box">
<svg id="daily-load" class="chart" viewBox="0 0 380.0 475.5" width="380.0" height="475.5" role="img" aria-labelledby="daily-load-title daily-load-desc" font-family="system-ui, sans-serif">
<title id="daily-load-title">Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive)</title>
<desc id="daily-load-desc">Bars show the load of each day from 2026-03-02 to 2026-07-05 in TRIMP (Banister TRIMP, since at least 80 % of runs have heart rate); 21 days with a session whose load is estimated from the athlete&#39;s own sessions are drawn hollow (a strength block is never a deload); 39 rest days count as 0 and 0 untracked days are hatched (unknown, not 0). The solid line is the acute load (EWMA, λ = 0.25), the dashed line the chronic load (EWMA, λ = 0.069; Williams 2017). The lower panel shows their ratio and the uncoupled rolling ratio; on 2026-07-05 the ratio was 1.06. The acute:chronic workload ratio is descriptive only: its cut-offs (0.8–1.3, ≥ 1.5; Gabbett 2016) have not held up (Impellizzeri 2020 and 2021; Lolli 2019), and Frandsen 2025 found no positive association with running injury. It adds no points to any level.</desc>
<defs><pattern id="daily-load-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#56B4E9"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">daily load</text>
<rect x="56.0" y="25.0" width="16.0" height="10.0" fill="#fff" stroke="#0072B2"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">with an estimated session</text>
<line x1="56.0" y1="48.0" x2="72.0" y2="48.0" stroke="#0072B2" stroke-width="2.5"/>
<text x="78.0" y="52.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">acute (7-day EWMA)</text>
<line x1="56.0" y1="66.0" x2="72.0" y2="66.0" stroke="#E69F00" stroke-width="2.5" stroke-dasharray="7 4"/>
<text x="78.0" y="70.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">chronic (28-day EWMA)</text>
<line x1="56.0" y1="84.0" x2="72.0" y2="84.0" stroke="#1a1a1a" stroke-width="2.5"/>
<text x="78.0" y="88.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">ratio of the EWMAs</text>
<line x1="56.0" y1="102.0" x2="72.0" y2="102.0" stroke="#CC79A7" stroke-width="2.5" stroke-dasharray="2 3"/>
<text x="78.0" y="106.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">ratio, rolling 7:21 days</text>
<line x1="56.0" y1="120.0" x2="72.0" y2="120.0" stroke="#444" stroke-width="2.5" stroke-dasharray="6 3"/>
<text x="78.0" y="124.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">acute = chronic (ratio 1)</text>
<rect x="56.0" y="133.0" width="16.0" height="10.0" fill="url(#daily-load-nodata)" stroke="#bbb"/>
<text x="78.0" y="142.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">untracked day</text>
<line x1="56.0" y1="308.0" x2="364.0" y2="308.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="312.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="264.7" x2="364.0" y2="264.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="268.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">100</text>
<line class="grid" x1="56.0" y1="221.3" x2="364.0" y2="221.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="225.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">200</text>
<line class="grid" x1="56.0" y1="178.0" x2="364.0" y2="178.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="182.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">300</text>
<line x1="56.0" y1="178.0" x2="56.0" y2="308.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="172.0" text-anchor="start" font-size="12.0" fill="#444">load (TRIMP)</text>
<rect x="56.2" y="268.0" width="2.0" height="40.0" fill="#56B4E9"><title>2026-03-02: active, load 92.3</title></rect>
<rect x="58.7" y="268.0" width="2.0" height="40.0" fill="#56B4E9"><title>2026-03-03: active, load 92.3</title></rect>
<rect x="61.1" y="244.0" width="2.0" height="64.0" fill="#fff" stroke="#56B4E9"><title>2026-03-04: active, load 147.7 (estimated)</title></rect>
<rect x="63.6" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-05: rest, load 0.0</title></rect>
<rect x="66.0" y="267.7" width="2.0" height="40.3" fill="#56B4E9"><title>2026-03-06: active, load 92.9</title></rect>
<rect x="68.5" y="265.2" width="2.0" height="42.8" fill="#56B4E9"><title>2026-03-07: active, load 98.8</title></rect>
<rect x="70.9" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-08: rest, load 0.0</title></rect>
<rect x="73.4" y="263.8" width="2.0" height="44.2" fill="#56B4E9"><title>2026-03-09: active, load 101.9</title></rect>
<rect x="75.8" y="262.9" width="2.0" height="45.1" fill="#56B4E9"><title>2026-03-10: active, load 104.1</title></rect>
<rect x="78.2" y="245.9" width="2.0" height="62.1" fill="#fff" stroke="#56B4E9"><title>2026-03-11: active, load 143.3 (estimated)</title></rect>
<rect x="80.7" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-12: rest, load 0.0</title></rect>
<rect x="83.1" y="265.9" width="2.0" height="42.1" fill="#56B4E9"><title>2026-03-13: active, load 97.3</title></rect>
<rect x="85.6" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-14: rest, load 0.0</title></rect>
<rect x="88.0" y="268.7" width="2.0" height="39.3" fill="#56B4E9"><title>2026-03-15: active, load 90.6</title></rect>
<rect x="90.5" y="265.5" width="2.0" height="42.5" fill="#56B4E9"><title>2026-03-16: active, load 98.1</title></rect>
<rect x="92.9" y="267.2" width="2.0" height="40.8" fill="#56B4E9"><title>2026-03-17: active, load 94.1</title></rect>
<rect x="95.4" y="225.7" width="2.0" height="82.3" fill="#fff" stroke="#56B4E9"><title>2026-03-18: active, load 190.0 (estimated)</title></rect>
<rect x="97.8" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-19: rest, load 0.0</title></rect>
<rect x="100.2" y="267.3" width="2.0" height="40.7" fill="#56B4E9"><title>2026-03-20: active, load 93.9</title></rect>
<rect x="102.7" y="263.5" width="2.0" height="44.5" fill="#56B4E9"><title>2026-03-21: active, load 102.7</title></rect>
<rect x="105.1" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-22: rest, load 0.0</title></rect>
<rect x="107.6" y="256.2" width="2.0" height="51.8" fill="#56B4E9"><title>2026-03-23: active, load 119.6</title></rect>
<rect x="110.0" y="264.5" width="2.0" height="43.5" fill="#56B4E9"><title>2026-03-24: active, load 100.3</title></rect>
<rect x="112.5" y="250.2" width="2.0" height="57.8" fill="#fff" stroke="#56B4E9"><title>2026-03-25: active, load 133.4 (estimated)</title></rect>
<rect x="114.9" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-26: rest, load 0.0</title></rect>
<rect x="117.4" y="260.2" width="2.0" height="47.8" fill="#56B4E9"><title>2026-03-27: active, load 110.3</title></rect>
<rect x="119.8" y="260.8" width="2.0" height="47.2" fill="#56B4E9"><title>2026-03-28: active, load 109.0</title></rect>
<rect x="122.2" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-29: rest, load 0.0</title></rect>
<rect x="124.7" y="268.1" width="2.0" height="39.9" fill="#56B4E9"><title>2026-03-30: active, load 92.2</title></rect>
<rect x="127.1" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-03-31: rest, load 0.0</title></rect>
<rect x="129.6" y="243.7" width="2.0" height="64.3" fill="#fff" stroke="#56B4E9"><title>2026-04-01: active, load 148.4 (estimated)</title></rect>
<rect x="132.0" y="260.0" width="2.0" height="48.0" fill="#56B4E9"><title>2026-04-02: active, load 110.7</title></rect>
<rect x="134.5" y="259.6" width="2.0" height="48.4" fill="#56B4E9"><title>2026-04-03: active, load 111.6</title></rect>
<rect x="136.9" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-04: rest, load 0.0</title></rect>
<rect x="139.4" y="261.1" width="2.0" height="46.9" fill="#56B4E9"><title>2026-04-05: active, load 108.3</title></rect>
<rect x="141.8" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-06: rest, load 0.0</title></rect>
<rect x="144.2" y="259.3" width="2.0" height="48.7" fill="#56B4E9"><title>2026-04-07: active, load 112.4</title></rect>
<rect x="146.7" y="231.9" width="2.0" height="76.1" fill="#fff" stroke="#56B4E9"><title>2026-04-08: active, load 175.5 (estimated)</title></rect>
<rect x="149.1" y="266.3" width="2.0" height="41.7" fill="#56B4E9"><title>2026-04-09: active, load 96.2</title></rect>
<rect x="151.6" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-10: rest, load 0.0</title></rect>
<rect x="154.0" y="271.2" width="2.0" height="36.8" fill="#56B4E9"><title>2026-04-11: active, load 84.8</title></rect>
<rect x="156.5" y="262.1" width="2.0" height="45.9" fill="#56B4E9"><title>2026-04-12: active, load 105.9</title></rect>
<rect x="158.9" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-13: rest, load 0.0</title></rect>
<rect x="161.4" y="265.6" width="2.0" height="42.4" fill="#56B4E9"><title>2026-04-14: active, load 97.8</title></rect>
<rect x="163.8" y="237.3" width="2.0" height="70.7" fill="#fff" stroke="#56B4E9"><title>2026-04-15: active, load 163.1 (estimated)</title></rect>
<rect x="166.2" y="262.4" width="2.0" height="45.6" fill="#56B4E9"><title>2026-04-16: active, load 105.2</title></rect>
<rect x="168.7" y="267.7" width="2.0" height="40.3" fill="#56B4E9"><title>2026-04-17: active, load 93.1</title></rect>
<rect x="171.1" y="261.3" width="2.0" height="46.7" fill="#56B4E9"><title>2026-04-18: active, load 107.8</title></rect>
<rect x="173.6" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-19: rest, load 0.0</title></rect>
<rect x="176.0" y="223.0" width="2.0" height="85.0" fill="#56B4E9"><title>2026-04-20: active, load 196.2</title></rect>
<rect x="178.5" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-21: rest, load 0.0</title></rect>
<rect x="180.9" y="230.2" width="2.0" height="77.8" fill="#fff" stroke="#56B4E9"><title>2026-04-22: active, load 179.5 (estimated)</title></rect>
<rect x="183.4" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-23: rest, load 0.0</title></rect>
<rect x="185.8" y="257.2" width="2.0" height="50.8" fill="#56B4E9"><title>2026-04-24: active, load 117.3</title></rect>
<rect x="188.2" y="241.1" width="2.0" height="66.9" fill="#fff" stroke="#56B4E9"><title>2026-04-25: active, load 154.3 (estimated)</title></rect>
<rect x="190.7" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-26: rest, load 0.0</title></rect>
<rect x="193.1" y="265.9" width="2.0" height="42.1" fill="#56B4E9"><title>2026-04-27: active, load 97.2</title></rect>
<rect x="195.6" y="264.8" width="2.0" height="43.2" fill="#56B4E9"><title>2026-04-28: active, load 99.6</title></rect>
<rect x="198.0" y="234.2" width="2.0" height="73.8" fill="#fff" stroke="#56B4E9"><title>2026-04-29: active, load 170.3 (estimated)</title></rect>
<rect x="200.5" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-04-30: rest, load 0.0</title></rect>
<rect x="202.9" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-01: rest, load 0.0</title></rect>
<rect x="205.4" y="256.2" width="2.0" height="51.8" fill="#56B4E9"><title>2026-05-02: active, load 119.4</title></rect>
<rect x="207.8" y="259.8" width="2.0" height="48.2" fill="#56B4E9"><title>2026-05-03: active, load 111.3</title></rect>
<rect x="210.2" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-04: rest, load 0.0</title></rect>
<rect x="212.7" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-05: rest, load 0.0</title></rect>
<rect x="215.1" y="233.3" width="2.0" height="74.7" fill="#fff" stroke="#56B4E9"><title>2026-05-06: active, load 172.3 (estimated)</title></rect>
<rect x="217.6" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-07: rest, load 0.0</title></rect>
<rect x="220.0" y="270.1" width="2.0" height="37.9" fill="#56B4E9"><title>2026-05-08: active, load 87.5</title></rect>
<rect x="222.5" y="210.3" width="2.0" height="97.7" fill="#56B4E9"><title>2026-05-09: active, load 225.4</title></rect>
<rect x="224.9" y="267.7" width="2.0" height="40.3" fill="#56B4E9"><title>2026-05-10: active, load 92.9</title></rect>
<rect x="227.4" y="257.9" width="2.0" height="50.1" fill="#56B4E9"><title>2026-05-11: active, load 115.6</title></rect>
<rect x="229.8" y="268.6" width="2.0" height="39.4" fill="#56B4E9"><title>2026-05-12: active, load 90.9</title></rect>
<rect x="232.2" y="230.4" width="2.0" height="77.6" fill="#fff" stroke="#56B4E9"><title>2026-05-13: active, load 179.1 (estimated)</title></rect>
<rect x="234.7" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-14: rest, load 0.0</title></rect>
<rect x="237.1" y="260.8" width="2.0" height="47.2" fill="#56B4E9"><title>2026-05-15: active, load 108.9</title></rect>
<rect x="239.6" y="259.0" width="2.0" height="49.0" fill="#56B4E9"><title>2026-05-16: active, load 113.0</title></rect>
<rect x="242.0" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-17: rest, load 0.0</title></rect>
<rect x="244.5" y="267.3" width="2.0" height="40.7" fill="#56B4E9"><title>2026-05-18: active, load 94.0</title></rect>
<rect x="246.9" y="215.4" width="2.0" height="92.6" fill="#56B4E9"><title>2026-05-19: active, load 213.8</title></rect>
<rect x="249.4" y="232.1" width="2.0" height="75.9" fill="#fff" stroke="#56B4E9"><title>2026-05-20: active, load 175.2 (estimated)</title></rect>
<rect x="251.8" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-21: rest, load 0.0</title></rect>
<rect x="254.2" y="238.0" width="2.0" height="70.0" fill="#fff" stroke="#56B4E9"><title>2026-05-22: active, load 161.5 (estimated)</title></rect>
<rect x="256.7" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-23: rest, load 0.0</title></rect>
<rect x="259.1" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-24: rest, load 0.0</title></rect>
<rect x="261.6" y="263.1" width="2.0" height="44.9" fill="#56B4E9"><title>2026-05-25: active, load 103.6</title></rect>
<rect x="264.0" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-26: rest, load 0.0</title></rect>
<rect x="266.5" y="240.8" width="2.0" height="67.2" fill="#fff" stroke="#56B4E9"><title>2026-05-27: active, load 155.1 (estimated)</title></rect>
<rect x="268.9" y="263.6" width="2.0" height="44.4" fill="#56B4E9"><title>2026-05-28: active, load 102.5</title></rect>
<rect x="271.4" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-05-29: rest, load 0.0</title></rect>
<rect x="273.8" y="262.8" width="2.0" height="45.2" fill="#56B4E9"><title>2026-05-30: active, load 104.3</title></rect>
<rect x="276.2" y="257.5" width="2.0" height="50.5" fill="#56B4E9"><title>2026-05-31: active, load 116.6</title></rect>
<rect x="278.7" y="264.6" width="2.0" height="43.4" fill="#56B4E9"><title>2026-06-01: active, load 100.3</title></rect>
<rect x="281.1" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-02: rest, load 0.0</title></rect>
<rect x="283.6" y="227.9" width="2.0" height="80.1" fill="#fff" stroke="#56B4E9"><title>2026-06-03: active, load 184.9 (estimated)</title></rect>
<rect x="286.0" y="270.1" width="2.0" height="37.9" fill="#56B4E9"><title>2026-06-04: active, load 87.5</title></rect>
<rect x="288.5" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-05: rest, load 0.0</title></rect>
<rect x="290.9" y="258.2" width="2.0" height="49.8" fill="#56B4E9"><title>2026-06-06: active, load 114.8</title></rect>
<rect x="293.4" y="258.7" width="2.0" height="49.3" fill="#56B4E9"><title>2026-06-07: active, load 113.8</title></rect>
<rect x="295.8" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-08: rest, load 0.0</title></rect>
<rect x="298.2" y="268.7" width="2.0" height="39.3" fill="#56B4E9"><title>2026-06-09: active, load 90.8</title></rect>
<rect x="300.7" y="236.6" width="2.0" height="71.4" fill="#fff" stroke="#56B4E9"><title>2026-06-10: active, load 164.7 (estimated)</title></rect>
<rect x="303.1" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-11: rest, load 0.0</title></rect>
<rect x="305.6" y="270.3" width="2.0" height="37.7" fill="#56B4E9"><title>2026-06-12: active, load 87.0</title></rect>
<rect x="308.0" y="264.1" width="2.0" height="43.9" fill="#56B4E9"><title>2026-06-13: active, load 101.2</title></rect>
<rect x="310.5" y="263.4" width="2.0" height="44.6" fill="#56B4E9"><title>2026-06-14: active, load 102.9</title></rect>
<rect x="312.9" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-15: rest, load 0.0</title></rect>
<rect x="315.4" y="264.0" width="2.0" height="44.0" fill="#56B4E9"><title>2026-06-16: active, load 101.6</title></rect>
<rect x="317.8" y="235.0" width="2.0" height="73.0" fill="#fff" stroke="#56B4E9"><title>2026-06-17: active, load 168.4 (estimated)</title></rect>
<rect x="320.2" y="266.9" width="2.0" height="41.1" fill="#56B4E9"><title>2026-06-18: active, load 94.9</title></rect>
<rect x="322.7" y="233.0" width="2.0" height="75.0" fill="#fff" stroke="#56B4E9"><title>2026-06-19: active, load 173.1 (estimated)</title></rect>
<rect x="325.1" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-20: rest, load 0.0</title></rect>
<rect x="327.6" y="265.7" width="2.0" height="42.3" fill="#56B4E9"><title>2026-06-21: active, load 97.5</title></rect>
<rect x="330.0" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-22: rest, load 0.0</title></rect>
<rect x="332.5" y="268.8" width="2.0" height="39.2" fill="#56B4E9"><title>2026-06-23: active, load 90.5</title></rect>
<rect x="334.9" y="247.3" width="2.0" height="60.7" fill="#fff" stroke="#56B4E9"><title>2026-06-24: active, load 140.2 (estimated)</title></rect>
<rect x="337.4" y="258.1" width="2.0" height="49.9" fill="#56B4E9"><title>2026-06-25: active, load 115.2</title></rect>
<rect x="339.8" y="264.4" width="2.0" height="43.6" fill="#56B4E9"><title>2026-06-26: active, load 100.7</title></rect>
<rect x="342.2" y="257.4" width="2.0" height="50.6" fill="#56B4E9"><title>2026-06-27: active, load 116.7</title></rect>
<rect x="344.7" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-28: rest, load 0.0</title></rect>
<rect x="347.1" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-06-29: rest, load 0.0</title></rect>
<rect x="349.6" y="256.8" width="2.0" height="51.2" fill="#56B4E9"><title>2026-06-30: active, load 118.2</title></rect>
<rect x="352.0" y="242.1" width="2.0" height="65.9" fill="#fff" stroke="#56B4E9"><title>2026-07-01: active, load 152.2 (estimated)</title></rect>
<rect x="354.5" y="308.0" width="2.0" height="0.0" fill="#56B4E9"><title>2026-07-02: rest, load 0.0</title></rect>
<rect x="356.9" y="262.1" width="2.0" height="45.9" fill="#56B4E9"><title>2026-07-03: active, load 105.9</title></rect>
<rect x="359.4" y="258.8" width="2.0" height="49.2" fill="#56B4E9"><title>2026-07-04: active, load 113.5</title></rect>
<rect x="361.8" y="266.3" width="2.0" height="41.7" fill="#56B4E9"><title>2026-07-05: active, load 96.2</title></rect>
<polyline fill="none" stroke="#E69F00" stroke-width="2.5" stroke-dasharray="7 4" stroke-linejoin="round" points="123.2,274.6 125.7,274.1 128.1,276.4 130.6,274.2 133.0,273.2 135.4,272.3 137.9,274.7 140.3,273.8 142.8,276.2 145.2,275.0 147.7,272.0 150.1,271.6 152.6,274.1 155.0,273.9 157.4,273.1 159.9,275.5 162.3,274.8 164.8,272.3 167.2,271.6 169.7,271.3 172.1,270.6 174.6,273.2 177.0,269.7 179.4,272.4 181.9,269.5 184.3,272.1 186.8,271.1 189.2,269.0 191.7,271.7 194.1,271.3 196.6,270.9 199.0,268.3 201.4,271.1 203.9,273.6 206.3,272.4 208.8,271.5 211.2,274.1 213.7,276.4 216.1,273.4 218.6,275.8 221.0,275.4 223.4,270.9 225.9,270.7 228.3,269.8 230.8,269.7 233.2,267.0 235.7,269.9 238.1,269.2 240.6,268.5 243.0,271.2 245.4,271.0 247.9,267.1 250.3,264.7 252.8,267.7 255.2,265.7 257.7,268.6 260.1,271.3 262.6,270.7 265.0,273.3 267.4,271.1 269.9,270.5 272.3,273.1 274.8,272.4 277.2,271.4 279.7,270.9 282.1,273.5 284.6,270.3 287.0,270.3 289.4,272.9 291.9,271.9 294.3,271.0 296.8,273.5 299.2,273.2 301.7,270.7 304.1,273.3 306.6,273.0 309.0,272.4 311.4,271.8 313.9,274.3 316.3,273.6 318.8,270.9 321.2,270.7 323.7,268.1 326.1,270.8 328.6,270.5 331.0,273.1 333.4,272.8 335.9,271.0 338.3,270.1 340.8,269.7 343.2,268.9 345.7,271.6 348.1,274.1 350.6,272.9 353.0,270.8 355.4,273.3 357.9,272.6 360.3,271.6 362.8,271.2"/>
<polyline fill="none" stroke="#0072B2" stroke-width="2.5" stroke-linejoin="round" points="123.2,279.1 125.7,276.4 128.1,284.3 130.6,274.1 133.0,270.6 135.4,267.9 137.9,277.9 140.3,273.7 142.8,282.3 145.2,276.5 147.7,265.4 150.1,265.6 152.6,276.2 155.0,275.0 157.4,271.8 159.9,280.8 162.3,277.0 164.8,267.1 167.2,265.9 169.7,266.4 172.1,265.1 174.6,275.8 177.0,262.6 179.4,274.0 181.9,263.0 184.3,274.3 186.8,270.0 189.2,262.8 191.7,274.1 194.1,272.0 196.6,270.2 199.0,261.2 201.4,272.9 203.9,281.7 206.3,275.3 208.8,271.4 211.2,280.6 213.7,287.4 216.1,273.9 218.6,282.4 221.0,279.3 223.4,262.1 225.9,263.5 228.3,262.1 230.8,263.7 233.2,255.4 235.7,268.5 238.1,266.6 240.6,264.7 243.0,275.5 245.4,273.5 247.9,258.9 250.3,252.2 252.8,266.2 255.2,259.1 257.7,271.3 260.1,280.5 262.6,276.2 265.0,284.1 267.4,273.3 269.9,270.9 272.3,280.1 274.8,275.8 277.2,271.2 279.7,269.6 282.1,279.2 284.6,266.3 287.0,267.3 289.4,277.5 291.9,272.7 294.3,269.2 296.8,278.9 299.2,276.3 301.7,266.4 304.1,276.8 306.6,275.2 309.0,272.4 311.4,270.2 313.9,279.6 316.3,275.7 318.8,265.5 321.2,265.9 323.7,257.7 326.1,270.2 328.6,269.1 331.0,278.8 333.4,276.3 335.9,269.1 338.3,266.3 340.8,265.8 343.2,263.7 345.7,274.8 348.1,283.1 350.6,276.5 353.0,267.9 355.4,277.9 357.9,274.0 360.3,270.2 362.8,269.2"/>
<text x="74.3" y="324.0" text-anchor="middle" font-size="12.0" fill="#444">03-09</text>
<text x="125.7" y="324.0" text-anchor="middle" font-size="12.0" fill="#444">03-30</text>
<text x="177.0" y="324.0" text-anchor="middle" font-size="12.0" fill="#444">04-20</text>
<text x="228.3" y="324.0" text-anchor="middle" font-size="12.0" fill="#444">05-11</text>
<text x="279.7" y="324.0" text-anchor="middle" font-size="12.0" fill="#444">06-01</text>
<text x="331.0" y="324.0" text-anchor="middle" font-size="12.0" fill="#444">06-22</text>
<line x1="56.0" y1="449.5" x2="364.0" y2="449.5" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="453.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.0</text>
<line class="grid" x1="56.0" y1="425.1" x2="364.0" y2="425.1" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="429.1" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.5</text>
<line class="grid" x1="56.0" y1="400.8" x2="364.0" y2="400.8" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="404.8" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.0</text>
<line class="grid" x1="56.0" y1="376.4" x2="364.0" y2="376.4" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="380.4" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.5</text>
<line class="grid" x1="56.0" y1="352.0" x2="364.0" y2="352.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="356.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">2.0</text>
<line x1="56.0" y1="352.0" x2="56.0" y2="449.5" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="346.0" text-anchor="start" font-size="12.0" fill="#444">acute:chronic ratio (descriptive)</text>
<line x1="56.0" y1="400.8" x2="364.0" y2="400.8" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<polyline fill="none" stroke="#CC79A7" stroke-width="2.0" stroke-dasharray="2 3" stroke-linejoin="round" points="123.2,398.4 125.7,401.7 128.1,410.7 130.6,409.0 133.0,399.3 135.4,399.7 137.9,409.4 140.3,400.0 142.8,407.8 145.2,394.6 147.7,392.2 150.1,397.2 152.6,407.3 155.0,400.0 157.4,400.7 159.9,397.7 162.3,399.6 164.8,400.3 167.2,402.3 169.7,391.2 172.1,388.5 174.6,401.3 177.0,379.7 179.4,388.5 181.9,388.2 184.3,400.8 186.8,398.2 189.2,394.2 191.7,394.2 194.1,405.4 196.6,397.3 199.0,399.0 201.4,395.7 203.9,405.8 206.3,412.0 208.8,400.6 211.2,410.7 213.7,418.2 216.1,418.0 218.6,416.2 221.0,409.0 223.4,401.2 225.9,402.8 228.3,393.5 230.8,382.6 233.2,382.3 235.7,378.0 238.1,375.8 240.6,390.3 243.0,400.8 245.4,400.3 247.9,393.0 250.3,393.3 252.8,393.3 255.2,388.8 257.7,396.7 260.1,396.7 262.6,395.8 265.0,415.5 267.4,417.1 269.9,409.3 272.3,423.9 274.8,414.4 277.2,403.0 279.7,405.7 282.1,405.7 284.6,403.1 287.0,406.5 289.4,404.6 291.9,400.7 294.3,401.5 296.8,409.2 299.2,399.4 301.7,401.3 304.1,410.6 306.6,400.7 309.0,401.9 311.4,405.8 313.9,403.4 316.3,398.9 318.8,398.2 321.2,389.5 323.7,378.4 326.1,391.9 328.6,395.8 331.0,392.4 333.4,396.7 335.9,399.4 338.3,397.5 340.8,407.8 343.2,395.9 345.7,403.3 348.1,400.6 350.6,400.8 353.0,398.5 355.4,408.9 357.9,410.7 360.3,411.0 362.8,400.4"/>
<polyline fill="none" stroke="#1a1a1a" stroke-width="2.0" stroke-linejoin="round" points="123.2,407.4 125.7,404.0 128.1,412.8 130.6,400.7 133.0,397.1 135.4,394.7 137.9,405.4 140.3,400.6 142.8,410.1 145.2,403.0 147.7,391.7 150.1,392.7 152.6,403.7 155.0,402.2 157.4,398.8 159.9,408.7 162.3,403.9 164.8,393.7 167.2,393.2 169.7,394.2 172.1,393.5 174.6,404.4 177.0,391.7 179.4,402.9 181.9,392.6 184.3,403.7 186.8,399.3 189.2,392.9 191.7,403.9 194.1,401.7 196.6,399.9 199.0,392.0 201.4,403.2 203.9,412.2 206.3,404.7 208.8,400.6 211.2,410.1 213.7,417.8 216.1,401.4 218.6,410.8 221.0,406.6 223.4,389.1 225.9,391.3 228.3,390.9 230.8,393.1 233.2,386.9 235.7,399.1 238.1,397.5 240.6,396.0 243.0,406.4 245.4,404.0 247.9,391.0 250.3,386.7 252.8,398.9 255.2,393.2 257.7,404.2 260.1,413.0 262.6,407.9 265.0,416.0 267.4,403.7 269.9,401.2 272.3,410.6 274.8,405.4 277.2,400.5 279.7,399.0 282.1,408.8 284.6,395.6 287.0,396.8 289.4,407.1 291.9,401.8 294.3,398.3 296.8,408.3 299.2,405.1 301.7,395.2 304.1,405.7 306.6,403.7 309.0,400.7 311.4,398.5 313.9,408.4 316.3,403.7 318.8,393.7 321.2,394.5 323.7,388.1 326.1,400.0 328.6,399.0 331.0,408.8 333.4,405.7 335.9,398.2 338.3,395.9 340.8,395.8 343.2,394.3 345.7,405.1 348.1,413.7 350.6,405.8 353.0,397.0 355.4,407.2 357.9,402.7 360.3,398.8 362.8,398.1"/>
<text x="74.3" y="465.5" text-anchor="middle" font-size="12.0" fill="#444">03-09</text>
<text x="125.7" y="465.5" text-anchor="middle" font-size="12.0" fill="#444">03-30</text>
<text x="177.0" y="465.5" text-anchor="middle" font-size="12.0" fill="#444">04-20</text>
<text x="228.3" y="465.5" text-anchor="middle" font-size="12.0" fill="#444">05-11</text>
<text x="279.7" y="465.5" text-anchor="middle" font-size="12.0" fill="#444">06-01</text>
<text x="331.0" y="465.5" text-anchor="middle" font-size="12.0" fill="#444">06-22</text>
</svg>
</div>
<details class="numbers"><summary>Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive): the numbers</summary>
<div class="scroll"><table>
<caption>Daily load (TRIMP), EWMA averages and ratios, fitness/fatigue/form (L5)</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Day</th><th scope="col" class="num">Distance (km)</th><th scope="col" class="num">Load</th><th scope="col" class="num">Acute</th><th scope="col" class="num">Chronic</th><th scope="col" class="num">Ratio (EWMA)</th><th scope="col" class="num">Ratio (rolling)</th><th scope="col" class="num">Fitness</th><th scope="col" class="num">Fatigue</th><th scope="col" class="num">Form</th></tr></thead>
<tbody>
<tr><th scope="row">2026-03-02</th><td>active</td><td class="num">7.7</td><td class="num">92.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-03</th><td>active</td><td class="num">7.8</td><td class="num">92.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-04</th><td>active</td><td class="num">0.0</td><td class="num">147.7 (est.)</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-05</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-06</th><td>active</td><td class="num">7.8</td><td class="num">92.9</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-07</th><td>active</td><td class="num">8.9</td><td class="num">98.8</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-08</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-09</th><td>active</td><td class="num">8.5</td><td class="num">101.9</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-10</th><td>active</td><td class="num">9.2</td><td class="num">104.1</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-11</th><td>active</td><td class="num">0.0</td><td class="num">143.3 (est.)</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-12</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-13</th><td>active</td><td class="num">8.0</td><td class="num">97.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-14</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-15</th><td>active</td><td class="num">7.6</td><td class="num">90.6</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-16</th><td>active</td><td class="num">8.1</td><td class="num">98.1</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-17</th><td>active</td><td class="num">8.0</td><td class="num">94.1</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-18</th><td>active</td><td class="num">0.0</td><td class="num">190.0 (est.)</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-19</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-20</th><td>active</td><td class="num">8.4</td><td class="num">93.9</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-21</th><td>active</td><td class="num">8.5</td><td class="num">102.7</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-22</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-23</th><td>active</td><td class="num">9.7</td><td class="num">119.6</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-24</th><td>active</td><td class="num">8.7</td><td class="num">100.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-25</th><td>active</td><td class="num">0.0</td><td class="num">133.4 (est.)</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-26</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-27</th><td>active</td><td class="num">9.7</td><td class="num">110.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-28</th><td>active</td><td class="num">9.1</td><td class="num">109.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">66.6</td><td class="num">77.2</td><td class="num">0.86</td><td class="num">1.05</td><td class="num">57.2</td><td class="num">66.6</td><td class="num">-9.4</td></tr>
<tr><th scope="row">2026-03-30</th><td>active</td><td class="num">7.7</td><td class="num">92.2</td><td class="num">73.0</td><td class="num">78.2</td><td class="num">0.93</td><td class="num">0.98</td><td class="num">58.8</td><td class="num">73.0</td><td class="num">-14.2</td></tr>
<tr><th scope="row">2026-03-31</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">54.8</td><td class="num">72.8</td><td class="num">0.75</td><td class="num">0.80</td><td class="num">56.1</td><td class="num">54.8</td><td class="num">1.4</td></tr>
<tr><th scope="row">2026-04-01</th><td>active</td><td class="num">0.0</td><td class="num">148.4 (est.)</td><td class="num">78.2</td><td class="num">78.0</td><td class="num">1.00</td><td class="num">0.83</td><td class="num">60.4</td><td class="num">78.2</td><td class="num">-17.8</td></tr>
<tr><th scope="row">2026-04-02</th><td>active</td><td class="num">9.1</td><td class="num">110.7</td><td class="num">86.3</td><td class="num">80.3</td><td class="num">1.07</td><td class="num">1.03</td><td class="num">62.7</td><td class="num">86.3</td><td class="num">-23.5</td></tr>
<tr><th scope="row">2026-04-03</th><td>active</td><td class="num">9.5</td><td class="num">111.6</td><td class="num">92.6</td><td class="num">82.4</td><td class="num">1.12</td><td class="num">1.02</td><td class="num">65.0</td><td class="num">92.6</td><td class="num">-27.6</td></tr>
<tr><th scope="row">2026-04-04</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">69.5</td><td class="num">76.8</td><td class="num">0.91</td><td class="num">0.82</td><td class="num">62.0</td><td class="num">69.5</td><td class="num">-7.5</td></tr>
<tr><th scope="row">2026-04-05</th><td>active</td><td class="num">9.4</td><td class="num">108.3</td><td class="num">79.2</td><td class="num">78.9</td><td class="num">1.00</td><td class="num">1.01</td><td class="num">64.1</td><td class="num">79.2</td><td class="num">-15.0</td></tr>
<tr><th scope="row">2026-04-06</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">59.4</td><td class="num">73.5</td><td class="num">0.81</td><td class="num">0.86</td><td class="num">61.2</td><td class="num">59.4</td><td class="num">1.8</td></tr>
<tr><th scope="row">2026-04-07</th><td>active</td><td class="num">9.2</td><td class="num">112.4</td><td class="num">72.6</td><td class="num">76.2</td><td class="num">0.95</td><td class="num">1.13</td><td class="num">63.5</td><td class="num">72.6</td><td class="num">-9.1</td></tr>
<tr><th scope="row">2026-04-08</th><td>active</td><td class="num">0.0</td><td class="num">175.5 (est.)</td><td class="num">98.4</td><td class="num">83.0</td><td class="num">1.18</td><td class="num">1.17</td><td class="num">68.7</td><td class="num">98.4</td><td class="num">-29.6</td></tr>
<tr><th scope="row">2026-04-09</th><td>active</td><td class="num">8.0</td><td class="num">96.2</td><td class="num">97.8</td><td class="num">83.9</td><td class="num">1.17</td><td class="num">1.07</td><td class="num">70.0</td><td class="num">97.8</td><td class="num">-27.8</td></tr>
<tr><th scope="row">2026-04-10</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">73.4</td><td class="num">78.1</td><td class="num">0.94</td><td class="num">0.87</td><td class="num">66.8</td><td class="num">73.4</td><td class="num">-6.6</td></tr>
<tr><th scope="row">2026-04-11</th><td>active</td><td class="num">7.6</td><td class="num">84.8</td><td class="num">76.2</td><td class="num">78.6</td><td class="num">0.97</td><td class="num">1.02</td><td class="num">67.6</td><td class="num">76.2</td><td class="num">-8.6</td></tr>
<tr><th scope="row">2026-04-12</th><td>active</td><td class="num">8.9</td><td class="num">105.9</td><td class="num">83.7</td><td class="num">80.5</td><td class="num">1.04</td><td class="num">1.00</td><td class="num">69.4</td><td class="num">83.7</td><td class="num">-14.3</td></tr>
<tr><th scope="row">2026-04-13</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">62.7</td><td class="num">74.9</td><td class="num">0.84</td><td class="num">1.06</td><td class="num">66.2</td><td class="num">62.7</td><td class="num">3.4</td></tr>
<tr><th scope="row">2026-04-14</th><td>active</td><td class="num">8.5</td><td class="num">97.8</td><td class="num">71.5</td><td class="num">76.5</td><td class="num">0.93</td><td class="num">1.02</td><td class="num">67.6</td><td class="num">71.5</td><td class="num">-3.9</td></tr>
<tr><th scope="row">2026-04-15</th><td>active</td><td class="num">0.0</td><td class="num">163.1 (est.)</td><td class="num">94.4</td><td class="num">82.5</td><td class="num">1.14</td><td class="num">1.01</td><td class="num">72.1</td><td class="num">94.4</td><td class="num">-22.3</td></tr>
<tr><th scope="row">2026-04-16</th><td>active</td><td class="num">9.0</td><td class="num">105.2</td><td class="num">97.1</td><td class="num">84.0</td><td class="num">1.16</td><td class="num">0.97</td><td class="num">73.6</td><td class="num">97.1</td><td class="num">-23.5</td></tr>
<tr><th scope="row">2026-04-17</th><td>active</td><td class="num">7.7</td><td class="num">93.1</td><td class="num">96.1</td><td class="num">84.7</td><td class="num">1.13</td><td class="num">1.20</td><td class="num">74.5</td><td class="num">96.1</td><td class="num">-21.6</td></tr>
<tr><th scope="row">2026-04-18</th><td>active</td><td class="num">9.6</td><td class="num">107.8</td><td class="num">99.0</td><td class="num">86.3</td><td class="num">1.15</td><td class="num">1.25</td><td class="num">76.1</td><td class="num">99.0</td><td class="num">-23.0</td></tr>
<tr><th scope="row">2026-04-19</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">74.3</td><td class="num">80.3</td><td class="num">0.92</td><td class="num">0.99</td><td class="num">72.5</td><td class="num">74.3</td><td class="num">-1.7</td></tr>
<tr><th scope="row">2026-04-20</th><td>active</td><td class="num">16.2</td><td class="num">196.2</td><td class="num">104.8</td><td class="num">88.3</td><td class="num">1.19</td><td class="num">1.43</td><td class="num">78.3</td><td class="num">104.8</td><td class="num">-26.5</td></tr>
<tr><th scope="row">2026-04-21</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">78.6</td><td class="num">82.2</td><td class="num">0.96</td><td class="num">1.25</td><td class="num">74.6</td><td class="num">78.6</td><td class="num">-3.9</td></tr>
<tr><th scope="row">2026-04-22</th><td>active</td><td class="num">0.0</td><td class="num">179.5 (est.)</td><td class="num">103.8</td><td class="num">88.9</td><td class="num">1.17</td><td class="num">1.26</td><td class="num">79.5</td><td class="num">103.8</td><td class="num">-24.3</td></tr>
<tr><th scope="row">2026-04-23</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">77.9</td><td class="num">82.8</td><td class="num">0.94</td><td class="num">1.00</td><td class="num">75.8</td><td class="num">77.9</td><td class="num">-2.0</td></tr>
<tr><th scope="row">2026-04-24</th><td>active</td><td class="num">9.9</td><td class="num">117.3</td><td class="num">87.7</td><td class="num">85.2</td><td class="num">1.03</td><td class="num">1.05</td><td class="num">77.8</td><td class="num">87.7</td><td class="num">-10.0</td></tr>
<tr><th scope="row">2026-04-25</th><td>active</td><td class="num">8.4</td><td class="num">154.3 (est.)</td><td class="num">104.4</td><td class="num">89.9</td><td class="num">1.16</td><td class="num">1.13</td><td class="num">81.3</td><td class="num">104.4</td><td class="num">-23.1</td></tr>
<tr><th scope="row">2026-04-26</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">78.3</td><td class="num">83.7</td><td class="num">0.93</td><td class="num">1.13</td><td class="num">77.5</td><td class="num">78.3</td><td class="num">-0.7</td></tr>
<tr><th scope="row">2026-04-27</th><td>active</td><td class="num">8.4</td><td class="num">97.2</td><td class="num">83.0</td><td class="num">84.7</td><td class="num">0.98</td><td class="num">0.91</td><td class="num">78.4</td><td class="num">83.0</td><td class="num">-4.6</td></tr>
<tr><th scope="row">2026-04-28</th><td>active</td><td class="num">8.4</td><td class="num">99.6</td><td class="num">87.2</td><td class="num">85.7</td><td class="num">1.02</td><td class="num">1.07</td><td class="num">79.4</td><td class="num">87.2</td><td class="num">-7.7</td></tr>
<tr><th scope="row">2026-04-29</th><td>active</td><td class="num">0.0</td><td class="num">170.3 (est.)</td><td class="num">107.9</td><td class="num">91.5</td><td class="num">1.18</td><td class="num">1.04</td><td class="num">83.7</td><td class="num">107.9</td><td class="num">-24.3</td></tr>
<tr><th scope="row">2026-04-30</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">81.0</td><td class="num">85.2</td><td class="num">0.95</td><td class="num">1.10</td><td class="num">79.8</td><td class="num">81.0</td><td class="num">-1.2</td></tr>
<tr><th scope="row">2026-05-01</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">60.7</td><td class="num">79.3</td><td class="num">0.77</td><td class="num">0.90</td><td class="num">76.1</td><td class="num">60.7</td><td class="num">15.3</td></tr>
<tr><th scope="row">2026-05-02</th><td>active</td><td class="num">9.9</td><td class="num">119.4</td><td class="num">75.4</td><td class="num">82.1</td><td class="num">0.92</td><td class="num">0.77</td><td class="num">78.1</td><td class="num">75.4</td><td class="num">2.7</td></tr>
<tr><th scope="row">2026-05-03</th><td>active</td><td class="num">9.8</td><td class="num">111.3</td><td class="num">84.4</td><td class="num">84.1</td><td class="num">1.00</td><td class="num">1.00</td><td class="num">79.6</td><td class="num">84.4</td><td class="num">-4.7</td></tr>
<tr><th scope="row">2026-05-04</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">63.3</td><td class="num">78.3</td><td class="num">0.81</td><td class="num">0.80</td><td class="num">75.9</td><td class="num">63.3</td><td class="num">12.6</td></tr>
<tr><th scope="row">2026-05-05</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">47.5</td><td class="num">72.9</td><td class="num">0.65</td><td class="num">0.64</td><td class="num">72.4</td><td class="num">47.5</td><td class="num">24.9</td></tr>
<tr><th scope="row">2026-05-06</th><td>active</td><td class="num">0.0</td><td class="num">172.3 (est.)</td><td class="num">78.7</td><td class="num">79.8</td><td class="num">0.99</td><td class="num">0.65</td><td class="num">77.0</td><td class="num">78.7</td><td class="num">-1.6</td></tr>
<tr><th scope="row">2026-05-07</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">59.0</td><td class="num">74.3</td><td class="num">0.79</td><td class="num">0.68</td><td class="num">73.4</td><td class="num">59.0</td><td class="num">14.4</td></tr>
<tr><th scope="row">2026-05-08</th><td>active</td><td class="num">7.7</td><td class="num">87.5</td><td class="num">66.1</td><td class="num">75.2</td><td class="num">0.88</td><td class="num">0.83</td><td class="num">74.1</td><td class="num">66.1</td><td class="num">8.0</td></tr>
<tr><th scope="row">2026-05-09</th><td>active</td><td class="num">18.6</td><td class="num">225.4</td><td class="num">106.0</td><td class="num">85.6</td><td class="num">1.24</td><td class="num">0.99</td><td class="num">81.1</td><td class="num">106.0</td><td class="num">-24.8</td></tr>
<tr><th scope="row">2026-05-10</th><td>active</td><td class="num">7.9</td><td class="num">92.9</td><td class="num">102.7</td><td class="num">86.1</td><td class="num">1.19</td><td class="num">0.96</td><td class="num">81.7</td><td class="num">102.7</td><td class="num">-21.0</td></tr>
<tr><th scope="row">2026-05-11</th><td>active</td><td class="num">9.6</td><td class="num">115.6</td><td class="num">105.9</td><td class="num">88.1</td><td class="num">1.20</td><td class="num">1.15</td><td class="num">83.3</td><td class="num">105.9</td><td class="num">-22.6</td></tr>
<tr><th scope="row">2026-05-12</th><td>active</td><td class="num">7.7</td><td class="num">90.9</td><td class="num">102.2</td><td class="num">88.3</td><td class="num">1.16</td><td class="num">1.37</td><td class="num">83.6</td><td class="num">102.2</td><td class="num">-18.5</td></tr>
<tr><th scope="row">2026-05-13</th><td>active</td><td class="num">0.0</td><td class="num">179.1 (est.)</td><td class="num">121.4</td><td class="num">94.6</td><td class="num">1.28</td><td class="num">1.38</td><td class="num">88.1</td><td class="num">121.4</td><td class="num">-33.3</td></tr>
<tr><th scope="row">2026-05-14</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">91.1</td><td class="num">88.0</td><td class="num">1.03</td><td class="num">1.47</td><td class="num">84.0</td><td class="num">91.1</td><td class="num">-7.1</td></tr>
<tr><th scope="row">2026-05-15</th><td>active</td><td class="num">9.6</td><td class="num">108.9</td><td class="num">95.5</td><td class="num">89.5</td><td class="num">1.07</td><td class="num">1.51</td><td class="num">85.1</td><td class="num">95.5</td><td class="num">-10.4</td></tr>
<tr><th scope="row">2026-05-16</th><td>active</td><td class="num">9.3</td><td class="num">113.0</td><td class="num">99.9</td><td class="num">91.1</td><td class="num">1.10</td><td class="num">1.21</td><td class="num">86.4</td><td class="num">99.9</td><td class="num">-13.5</td></tr>
<tr><th scope="row">2026-05-17</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">74.9</td><td class="num">84.8</td><td class="num">0.88</td><td class="num">1.00</td><td class="num">82.4</td><td class="num">74.9</td><td class="num">7.5</td></tr>
<tr><th scope="row">2026-05-18</th><td>active</td><td class="num">8.0</td><td class="num">94.0</td><td class="num">79.7</td><td class="num">85.4</td><td class="num">0.93</td><td class="num">1.01</td><td class="num">82.9</td><td class="num">79.7</td><td class="num">3.3</td></tr>
<tr><th scope="row">2026-05-19</th><td>active</td><td class="num">17.8</td><td class="num">213.8</td><td class="num">113.2</td><td class="num">94.3</td><td class="num">1.20</td><td class="num">1.16</td><td class="num">89.0</td><td class="num">113.2</td><td class="num">-24.2</td></tr>
<tr><th scope="row">2026-05-20</th><td>active</td><td class="num">0.0</td><td class="num">175.2 (est.)</td><td class="num">128.7</td><td class="num">99.9</td><td class="num">1.29</td><td class="num">1.15</td><td class="num">93.0</td><td class="num">128.7</td><td class="num">-35.7</td></tr>
<tr><th scope="row">2026-05-21</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">96.5</td><td class="num">93.0</td><td class="num">1.04</td><td class="num">1.15</td><td class="num">88.7</td><td class="num">96.5</td><td class="num">-7.8</td></tr>
<tr><th scope="row">2026-05-22</th><td>active</td><td class="num">8.9</td><td class="num">161.5 (est.)</td><td class="num">112.8</td><td class="num">97.7</td><td class="num">1.15</td><td class="num">1.25</td><td class="num">92.1</td><td class="num">112.8</td><td class="num">-20.7</td></tr>
<tr><th scope="row">2026-05-23</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">84.6</td><td class="num">91.0</td><td class="num">0.93</td><td class="num">1.08</td><td class="num">87.8</td><td class="num">84.6</td><td class="num">3.2</td></tr>
<tr><th scope="row">2026-05-24</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">63.4</td><td class="num">84.7</td><td class="num">0.75</td><td class="num">1.08</td><td class="num">83.7</td><td class="num">63.4</td><td class="num">20.3</td></tr>
<tr><th scope="row">2026-05-25</th><td>active</td><td class="num">8.7</td><td class="num">103.6</td><td class="num">73.5</td><td class="num">86.0</td><td class="num">0.85</td><td class="num">1.10</td><td class="num">84.7</td><td class="num">73.5</td><td class="num">11.2</td></tr>
<tr><th scope="row">2026-05-26</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">55.1</td><td class="num">80.1</td><td class="num">0.69</td><td class="num">0.70</td><td class="num">80.7</td><td class="num">55.1</td><td class="num">25.6</td></tr>
<tr><th scope="row">2026-05-27</th><td>active</td><td class="num">0.0</td><td class="num">155.1 (est.)</td><td class="num">80.1</td><td class="num">85.2</td><td class="num">0.94</td><td class="num">0.66</td><td class="num">84.2</td><td class="num">80.1</td><td class="num">4.1</td></tr>
<tr><th scope="row">2026-05-28</th><td>active</td><td class="num">9.0</td><td class="num">102.5</td><td class="num">85.7</td><td class="num">86.4</td><td class="num">0.99</td><td class="num">0.83</td><td class="num">85.0</td><td class="num">85.7</td><td class="num">-0.7</td></tr>
<tr><th scope="row">2026-05-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">64.3</td><td class="num">80.5</td><td class="num">0.80</td><td class="num">0.53</td><td class="num">81.1</td><td class="num">64.3</td><td class="num">16.8</td></tr>
<tr><th scope="row">2026-05-30</th><td>active</td><td class="num">8.9</td><td class="num">104.3</td><td class="num">74.3</td><td class="num">82.1</td><td class="num">0.90</td><td class="num">0.72</td><td class="num">82.2</td><td class="num">74.3</td><td class="num">7.9</td></tr>
<tr><th scope="row">2026-05-31</th><td>active</td><td class="num">9.7</td><td class="num">116.6</td><td class="num">84.9</td><td class="num">84.5</td><td class="num">1.00</td><td class="num">0.95</td><td class="num">83.8</td><td class="num">84.9</td><td class="num">-1.1</td></tr>
<tr><th scope="row">2026-06-01</th><td>active</td><td class="num">8.8</td><td class="num">100.3</td><td class="num">88.7</td><td class="num">85.6</td><td class="num">1.04</td><td class="num">0.90</td><td class="num">84.5</td><td class="num">88.7</td><td class="num">-4.2</td></tr>
<tr><th scope="row">2026-06-02</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">66.5</td><td class="num">79.7</td><td class="num">0.83</td><td class="num">0.90</td><td class="num">80.6</td><td class="num">66.5</td><td class="num">14.1</td></tr>
<tr><th scope="row">2026-06-03</th><td>active</td><td class="num">0.0</td><td class="num">184.9 (est.)</td><td class="num">96.1</td><td class="num">86.9</td><td class="num">1.11</td><td class="num">0.95</td><td class="num">85.4</td><td class="num">96.1</td><td class="num">-10.7</td></tr>
<tr><th scope="row">2026-06-04</th><td>active</td><td class="num">7.5</td><td class="num">87.5</td><td class="num">94.0</td><td class="num">87.0</td><td class="num">1.08</td><td class="num">0.88</td><td class="num">85.5</td><td class="num">94.0</td><td class="num">-8.4</td></tr>
<tr><th scope="row">2026-06-05</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">70.5</td><td class="num">81.0</td><td class="num">0.87</td><td class="num">0.92</td><td class="num">81.6</td><td class="num">70.5</td><td class="num">11.1</td></tr>
<tr><th scope="row">2026-06-06</th><td>active</td><td class="num">9.5</td><td class="num">114.8</td><td class="num">81.6</td><td class="num">83.3</td><td class="num">0.98</td><td class="num">1.00</td><td class="num">83.1</td><td class="num">81.6</td><td class="num">1.5</td></tr>
<tr><th scope="row">2026-06-07</th><td>active</td><td class="num">9.4</td><td class="num">113.8</td><td class="num">89.6</td><td class="num">85.4</td><td class="num">1.05</td><td class="num">0.98</td><td class="num">84.5</td><td class="num">89.6</td><td class="num">-5.1</td></tr>
<tr><th scope="row">2026-06-08</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">67.2</td><td class="num">79.5</td><td class="num">0.85</td><td class="num">0.83</td><td class="num">80.6</td><td class="num">67.2</td><td class="num">13.4</td></tr>
<tr><th scope="row">2026-06-09</th><td>active</td><td class="num">7.5</td><td class="num">90.8</td><td class="num">73.1</td><td class="num">80.3</td><td class="num">0.91</td><td class="num">1.03</td><td class="num">81.1</td><td class="num">73.1</td><td class="num">8.0</td></tr>
<tr><th scope="row">2026-06-10</th><td>active</td><td class="num">0.0</td><td class="num">164.7 (est.)</td><td class="num">96.0</td><td class="num">86.1</td><td class="num">1.11</td><td class="num">0.99</td><td class="num">85.0</td><td class="num">96.0</td><td class="num">-11.0</td></tr>
<tr><th scope="row">2026-06-11</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">72.0</td><td class="num">80.2</td><td class="num">0.90</td><td class="num">0.80</td><td class="num">81.0</td><td class="num">72.0</td><td class="num">9.0</td></tr>
<tr><th scope="row">2026-06-12</th><td>active</td><td class="num">7.7</td><td class="num">87.0</td><td class="num">75.8</td><td class="num">80.7</td><td class="num">0.94</td><td class="num">1.00</td><td class="num">81.3</td><td class="num">75.8</td><td class="num">5.5</td></tr>
<tr><th scope="row">2026-06-13</th><td>active</td><td class="num">8.8</td><td class="num">101.2</td><td class="num">82.1</td><td class="num">82.1</td><td class="num">1.00</td><td class="num">0.98</td><td class="num">82.2</td><td class="num">82.1</td><td class="num">0.1</td></tr>
<tr><th scope="row">2026-06-14</th><td>active</td><td class="num">8.6</td><td class="num">102.9</td><td class="num">87.3</td><td class="num">83.5</td><td class="num">1.05</td><td class="num">0.90</td><td class="num">83.2</td><td class="num">87.3</td><td class="num">-4.1</td></tr>
<tr><th scope="row">2026-06-15</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">65.5</td><td class="num">77.8</td><td class="num">0.84</td><td class="num">0.95</td><td class="num">79.3</td><td class="num">65.5</td><td class="num">13.8</td></tr>
<tr><th scope="row">2026-06-16</th><td>active</td><td class="num">8.7</td><td class="num">101.6</td><td class="num">74.5</td><td class="num">79.4</td><td class="num">0.94</td><td class="num">1.04</td><td class="num">80.3</td><td class="num">74.5</td><td class="num">5.8</td></tr>
<tr><th scope="row">2026-06-17</th><td>active</td><td class="num">0.0</td><td class="num">168.4 (est.)</td><td class="num">98.0</td><td class="num">85.5</td><td class="num">1.15</td><td class="num">1.05</td><td class="num">84.4</td><td class="num">98.0</td><td class="num">-13.5</td></tr>
<tr><th scope="row">2026-06-18</th><td>active</td><td class="num">7.9</td><td class="num">94.9</td><td class="num">97.2</td><td class="num">86.2</td><td class="num">1.13</td><td class="num">1.23</td><td class="num">84.9</td><td class="num">97.2</td><td class="num">-12.3</td></tr>
<tr><th scope="row">2026-06-19</th><td>active</td><td class="num">9.8</td><td class="num">173.1 (est.)</td><td class="num">116.2</td><td class="num">92.2</td><td class="num">1.26</td><td class="num">1.46</td><td class="num">89.0</td><td class="num">116.2</td><td class="num">-27.1</td></tr>
<tr><th scope="row">2026-06-20</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">87.1</td><td class="num">85.8</td><td class="num">1.02</td><td class="num">1.18</td><td class="num">84.9</td><td class="num">87.1</td><td class="num">-2.2</td></tr>
<tr><th scope="row">2026-06-21</th><td>active</td><td class="num">8.2</td><td class="num">97.5</td><td class="num">89.7</td><td class="num">86.6</td><td class="num">1.04</td><td class="num">1.10</td><td class="num">85.5</td><td class="num">89.7</td><td class="num">-4.3</td></tr>
<tr><th scope="row">2026-06-22</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">67.3</td><td class="num">80.6</td><td class="num">0.83</td><td class="num">1.17</td><td class="num">81.5</td><td class="num">67.3</td><td class="num">14.2</td></tr>
<tr><th scope="row">2026-06-23</th><td>active</td><td class="num">8.0</td><td class="num">90.5</td><td class="num">73.1</td><td class="num">81.3</td><td class="num">0.90</td><td class="num">1.08</td><td class="num">81.9</td><td class="num">73.1</td><td class="num">8.8</td></tr>
<tr><th scope="row">2026-06-24</th><td>active</td><td class="num">0.0</td><td class="num">140.2 (est.)</td><td class="num">89.9</td><td class="num">85.4</td><td class="num">1.05</td><td class="num">1.03</td><td class="num">84.6</td><td class="num">89.9</td><td class="num">-5.2</td></tr>
<tr><th scope="row">2026-06-25</th><td>active</td><td class="num">9.6</td><td class="num">115.2</td><td class="num">96.2</td><td class="num">87.4</td><td class="num">1.10</td><td class="num">1.07</td><td class="num">86.1</td><td class="num">96.2</td><td class="num">-10.2</td></tr>
<tr><th scope="row">2026-06-26</th><td>active</td><td class="num">8.4</td><td class="num">100.7</td><td class="num">97.3</td><td class="num">88.4</td><td class="num">1.10</td><td class="num">0.86</td><td class="num">86.7</td><td class="num">97.3</td><td class="num">-10.6</td></tr>
<tr><th scope="row">2026-06-27</th><td>active</td><td class="num">9.8</td><td class="num">116.7</td><td class="num">102.2</td><td class="num">90.3</td><td class="num">1.13</td><td class="num">1.10</td><td class="num">88.1</td><td class="num">102.2</td><td class="num">-14.0</td></tr>
<tr><th scope="row">2026-06-28</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">76.6</td><td class="num">84.1</td><td class="num">0.91</td><td class="num">0.95</td><td class="num">84.0</td><td class="num">76.6</td><td class="num">7.4</td></tr>
<tr><th scope="row">2026-06-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">57.5</td><td class="num">78.3</td><td class="num">0.73</td><td class="num">1.00</td><td class="num">80.1</td><td class="num">57.5</td><td class="num">22.7</td></tr>
<tr><th scope="row">2026-06-30</th><td>active</td><td class="num">9.9</td><td class="num">118.2</td><td class="num">72.7</td><td class="num">81.0</td><td class="num">0.90</td><td class="num">1.00</td><td class="num">81.9</td><td class="num">72.7</td><td class="num">9.2</td></tr>
<tr><th scope="row">2026-07-01</th><td>active</td><td class="num">0.0</td><td class="num">152.2 (est.)</td><td class="num">92.5</td><td class="num">85.9</td><td class="num">1.08</td><td class="num">1.05</td><td class="num">85.2</td><td class="num">92.5</td><td class="num">-7.4</td></tr>
<tr><th scope="row">2026-07-02</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">69.4</td><td class="num">80.0</td><td class="num">0.87</td><td class="num">0.83</td><td class="num">81.2</td><td class="num">69.4</td><td class="num">11.8</td></tr>
<tr><th scope="row">2026-07-03</th><td>active</td><td class="num">9.4</td><td class="num">105.9</td><td class="num">78.5</td><td class="num">81.8</td><td class="num">0.96</td><td class="num">0.80</td><td class="num">82.4</td><td class="num">78.5</td><td class="num">3.8</td></tr>
<tr><th scope="row">2026-07-04</th><td>active</td><td class="num">9.3</td><td class="num">113.5</td><td class="num">87.3</td><td class="num">84.0</td><td class="num">1.04</td><td class="num">0.79</td><td class="num">83.8</td><td class="num">87.3</td><td class="num">-3.5</td></tr>
<tr><th scope="row">2026-07-05</th><td>active</td><td class="num">8.0</td><td class="num">96.2</td><td class="num">89.5</td><td class="num">84.8</td><td class="num">1.06</td><td class="num">1.01</td><td class="num">84.4</td><td class="num">89.5</td><td class="num">-5.1</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-monotony-strain" class="chart-figure">
<figcaption><strong>Training monotony and strain per week.</strong> Upper panel: monotony, the mean ÷ SD of the daily load over each week (recorded rest days count as 0); lower panel: strain, the weekly load × monotony (Foster 1998; n = 25, outcome illness). The 1.5 (note) and 2.0 (flag) lines are Runalyze&#39;s convention, not study cut-offs. 18 weeks could be computed; weeks with an untracked day are hatched. No week was above 2.0. Between 1.5 and 2.0: 2026-W11, 2026-W13, 2026-W14, 2026-W22, 2026-W26, 2026-W27.</figcaption>
<div class="chart-box">
<svg id="monotony-strain" class="chart" viewBox="0 0 380.0 366.0" width="380.0" height="366.0" role="img" aria-labelledby="monotony-strain-title monotony-strain-desc" font-family="system-ui, sans-serif">
<title id="monotony-strain-title">Training monotony and strain per week</title>
<desc id="monotony-strain-desc">Upper panel: monotony, the mean ÷ SD of the daily load over each week (recorded rest days count as 0); lower panel: strain, the weekly load × monotony (Foster 1998; n = 25, outcome illness). The 1.5 (note) and 2.0 (flag) lines are Runalyze&#39;s convention, not study cut-offs. 18 weeks could be computed; weeks with an untracked day are hatched. No week was above 2.0. Between 1.5 and 2.0: 2026-W11, 2026-W13, 2026-W14, 2026-W22, 2026-W26, 2026-W27.</desc>
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
<rect x="58.6" y="140.8" width="12.0" height="51.2" fill="#0072B2"><title>2026-W10: monotony 1.48</title></rect>
<rect x="75.7" y="139.8" width="12.0" height="52.2" fill="#0072B2"><title>2026-W11: monotony 1.50</title></rect>
<rect x="92.8" y="145.0" width="12.0" height="47.0" fill="#0072B2"><title>2026-W12: monotony 1.35</title></rect>
<rect x="109.9" y="138.1" width="12.0" height="53.9" fill="#0072B2"><title>2026-W13: monotony 1.56</title></rect>
<rect x="127.0" y="139.5" width="12.0" height="52.5" fill="#0072B2"><title>2026-W14: monotony 1.51</title></rect>
<rect x="144.1" y="143.3" width="12.0" height="48.7" fill="#0072B2"><title>2026-W15: monotony 1.41</title></rect>
<rect x="161.2" y="141.4" width="12.0" height="50.6" fill="#0072B2"><title>2026-W16: monotony 1.46</title></rect>
<rect x="178.3" y="153.5" width="12.0" height="38.5" fill="#0072B2"><title>2026-W17: monotony 1.11</title></rect>
<rect x="195.5" y="141.4" width="12.0" height="50.6" fill="#0072B2"><title>2026-W18: monotony 1.46</title></rect>
<rect x="212.6" y="157.8" width="12.0" height="34.2" fill="#0072B2"><title>2026-W19: monotony 0.99</title></rect>
<rect x="229.7" y="142.3" width="12.0" height="49.7" fill="#0072B2"><title>2026-W20: monotony 1.43</title></rect>
<rect x="246.8" y="155.0" width="12.0" height="37.0" fill="#0072B2"><title>2026-W21: monotony 1.07</title></rect>
<rect x="263.9" y="139.8" width="12.0" height="52.2" fill="#0072B2"><title>2026-W22: monotony 1.51</title></rect>
<rect x="281.0" y="143.5" width="12.0" height="48.5" fill="#0072B2"><title>2026-W23: monotony 1.40</title></rect>
<rect x="298.1" y="142.7" width="12.0" height="49.3" fill="#0072B2"><title>2026-W24: monotony 1.42</title></rect>
<rect x="315.2" y="143.5" width="12.0" height="48.5" fill="#0072B2"><title>2026-W25: monotony 1.40</title></rect>
<rect x="332.3" y="139.2" width="12.0" height="52.8" fill="#0072B2"><title>2026-W26: monotony 1.52</title></rect>
<rect x="349.5" y="139.5" width="12.0" height="52.5" fill="#0072B2"><title>2026-W27: monotony 1.51</title></rect>
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
<line class="grid" x1="56.0" y1="288.0" x2="364.0" y2="288.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="292.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">500</text>
<line class="grid" x1="56.0" y1="236.0" x2="364.0" y2="236.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="240.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">1000</text>
<line x1="56.0" y1="236.0" x2="56.0" y2="340.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="230.0" text-anchor="start" font-size="12.0" fill="#444">strain (weekly load × monotony, TRIMP)</text>
<rect x="58.6" y="259.6" width="12.0" height="80.4" fill="#E69F00"><title>2026-W10: strain 773</title></rect>
<rect x="75.7" y="255.9" width="12.0" height="84.1" fill="#E69F00"><title>2026-W11: strain 808</title></rect>
<rect x="92.8" y="258.5" width="12.0" height="81.5" fill="#E69F00"><title>2026-W12: strain 784</title></rect>
<rect x="109.9" y="247.4" width="12.0" height="92.6" fill="#E69F00"><title>2026-W13: strain 890</title></rect>
<rect x="127.0" y="250.1" width="12.0" height="89.9" fill="#E69F00"><title>2026-W14: strain 864</title></rect>
<rect x="144.1" y="256.0" width="12.0" height="84.0" fill="#E69F00"><title>2026-W15: strain 808</title></rect>
<rect x="161.2" y="254.0" width="12.0" height="86.0" fill="#E69F00"><title>2026-W16: strain 827</title></rect>
<rect x="178.3" y="265.1" width="12.0" height="74.9" fill="#E69F00"><title>2026-W17: strain 720</title></rect>
<rect x="195.5" y="249.2" width="12.0" height="90.8" fill="#E69F00"><title>2026-W18: strain 873</title></rect>
<rect x="212.6" y="280.7" width="12.0" height="59.3" fill="#E69F00"><title>2026-W19: strain 571</title></rect>
<rect x="229.7" y="249.3" width="12.0" height="90.7" fill="#E69F00"><title>2026-W20: strain 872</title></rect>
<rect x="246.8" y="268.4" width="12.0" height="71.6" fill="#E69F00"><title>2026-W21: strain 689</title></rect>
<rect x="263.9" y="248.9" width="12.0" height="91.1" fill="#E69F00"><title>2026-W22: strain 876</title></rect>
<rect x="281.0" y="252.5" width="12.0" height="87.5" fill="#E69F00"><title>2026-W23: strain 841</title></rect>
<rect x="298.1" y="259.1" width="12.0" height="80.9" fill="#E69F00"><title>2026-W24: strain 778</title></rect>
<rect x="315.2" y="247.5" width="12.0" height="92.5" fill="#E69F00"><title>2026-W25: strain 889</title></rect>
<rect x="332.3" y="250.8" width="12.0" height="89.2" fill="#E69F00"><title>2026-W26: strain 858</title></rect>
<rect x="349.5" y="247.8" width="12.0" height="92.2" fill="#E69F00"><title>2026-W27: strain 887</title></rect>
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
<tr><th scope="row">2026-W10</th><td class="num">0</td><td class="num">524.0</td><td class="num">1.48</td><td class="num">773</td></tr>
<tr><th scope="row">2026-W11</th><td class="num">0</td><td class="num">537.1</td><td class="num">1.50</td><td class="num">808</td></tr>
<tr><th scope="row">2026-W12</th><td class="num">0</td><td class="num">578.8</td><td class="num">1.35</td><td class="num">784</td></tr>
<tr><th scope="row">2026-W13</th><td class="num">0</td><td class="num">572.6</td><td class="num">1.56</td><td class="num">890</td></tr>
<tr><th scope="row">2026-W14</th><td class="num">0</td><td class="num">571.2</td><td class="num">1.51</td><td class="num">864</td></tr>
<tr><th scope="row">2026-W15</th><td class="num">0</td><td class="num">574.8</td><td class="num">1.41</td><td class="num">808</td></tr>
<tr><th scope="row">2026-W16</th><td class="num">0</td><td class="num">567.0</td><td class="num">1.46</td><td class="num">827</td></tr>
<tr><th scope="row">2026-W17</th><td class="num">0</td><td class="num">647.4</td><td class="num">1.11</td><td class="num">720</td></tr>
<tr><th scope="row">2026-W18</th><td class="num">0</td><td class="num">597.8</td><td class="num">1.46</td><td class="num">873</td></tr>
<tr><th scope="row">2026-W19</th><td class="num">0</td><td class="num">578.2</td><td class="num">0.99</td><td class="num">571</td></tr>
<tr><th scope="row">2026-W20</th><td class="num">0</td><td class="num">607.5</td><td class="num">1.43</td><td class="num">872</td></tr>
<tr><th scope="row">2026-W21</th><td class="num">0</td><td class="num">644.5</td><td class="num">1.07</td><td class="num">689</td></tr>
<tr><th scope="row">2026-W22</th><td class="num">0</td><td class="num">582.0</td><td class="num">1.51</td><td class="num">876</td></tr>
<tr><th scope="row">2026-W23</th><td class="num">0</td><td class="num">601.4</td><td class="num">1.40</td><td class="num">841</td></tr>
<tr><th scope="row">2026-W24</th><td class="num">0</td><td class="num">546.6</td><td class="num">1.42</td><td class="num">778</td></tr>
<tr><th scope="row">2026-W25</th><td class="num">0</td><td class="num">635.5</td><td class="num">1.40</td><td class="num">889</td></tr>
<tr><th scope="row">2026-W26</th><td class="num">0</td><td class="num">563.3</td><td class="num">1.52</td><td class="num">858</td></tr>
<tr><th scope="row">2026-W27</th><td class="num">0</td><td class="num">586.0</td><td class="num">1.51</td><td class="num">887</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-matched-cadence" class="chart-figure">
<figcaption><strong>Cadence and step length at matched speed over the season.</strong> Each circle is one run&#39;s cadence at the runner&#39;s reference speed (11.7 km/h (5:08 /km), the median speed of runs without intervals), from 72 runs in the season&#39;s regression; the solid line is the weekly mean. Over 72 runs it ranged from 171.2 to 171.3 steps/min around a season baseline of 171.2. The 166 and 178 steps/min lines are soft absolute flags (Luedke 2016; Thakkar 2019); advice is +5–10 % of the runner&#39;s own cadence, not a fixed 180. The lower panel shows step length at the same speed; more than 10 % above the baseline is a long stride (G2; Willson 2014).</figcaption>
<div class="chart-box">
<svg id="matched-cadence" class="chart" viewBox="0 0 380.0 410.0" width="380.0" height="410.0" role="img" aria-labelledby="matched-cadence-title matched-cadence-desc" font-family="system-ui, sans-serif">
<title id="matched-cadence-title">Cadence and step length at matched speed over the season</title>
<desc id="matched-cadence-desc">Each circle is one run&#39;s cadence at the runner&#39;s reference speed (11.7 km/h (5:08 /km), the median speed of runs without intervals), from 72 runs in the season&#39;s regression; the solid line is the weekly mean. Over 72 runs it ranged from 171.2 to 171.3 steps/min around a season baseline of 171.2. The 166 and 178 steps/min lines are soft absolute flags (Luedke 2016; Thakkar 2019); advice is +5–10 % of the runner&#39;s own cadence, not a fixed 180. The lower panel shows step length at the same speed; more than 10 % above the baseline is a long stride (G2; Willson 2014).</desc>
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
<text x="52.0" y="240.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">165</text>
<line class="grid" x1="56.0" y1="192.7" x2="364.0" y2="192.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="196.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">170</text>
<line class="grid" x1="56.0" y1="149.3" x2="364.0" y2="149.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="153.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">175</text>
<line class="grid" x1="56.0" y1="106.0" x2="364.0" y2="106.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="110.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">180</text>
<line x1="56.0" y1="106.0" x2="56.0" y2="236.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="100.0" text-anchor="start" font-size="12.0" fill="#444">steps/min at 11.7 km/h (5:08 /km)</text>
<line x1="56.0" y1="227.3" x2="364.0" y2="227.3" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<line x1="56.0" y1="123.3" x2="364.0" y2="123.3" stroke="#444" stroke-width="1.0" stroke-dasharray="3 3"/>
<line x1="56.0" y1="181.9" x2="364.0" y2="181.9" stroke="#009E73" stroke-width="2.0" stroke-dasharray="8 3"/>
<polyline fill="none" stroke="#1a1a1a" stroke-width="2.0" stroke-linejoin="round" points="64.6,182.0 81.7,181.7 98.8,182.1 115.9,181.9 133.0,181.9 150.1,181.7 167.2,182.0 184.3,181.9 201.4,181.9 218.6,181.9 235.7,181.8 252.8,182.2 269.9,181.9 287.0,182.0 304.1,182.0 321.2,181.7 338.3,182.0 355.4,181.9"/>
<circle cx="57.2" cy="182.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-02-run.fit: 171.2 steps/min</title></circle>
<circle cx="59.7" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-03-run.fit: 171.2 steps/min</title></circle>
<circle cx="67.0" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-06-run.fit: 171.3 steps/min</title></circle>
<circle cx="69.4" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-07-run.fit: 171.2 steps/min</title></circle>
<circle cx="74.3" cy="181.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="76.8" cy="181.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-10-run.fit: 171.3 steps/min</title></circle>
<circle cx="84.1" cy="181.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-13-run.fit: 171.3 steps/min</title></circle>
<circle cx="89.0" cy="182.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-15-run.fit: 171.2 steps/min</title></circle>
<circle cx="91.4" cy="181.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-16-run.fit: 171.3 steps/min</title></circle>
<circle cx="93.9" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-17-run.fit: 171.2 steps/min</title></circle>
<circle cx="101.2" cy="182.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-20-run.fit: 171.2 steps/min</title></circle>
<circle cx="103.7" cy="182.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-21-run.fit: 171.2 steps/min</title></circle>
<circle cx="108.6" cy="181.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-23-run.fit: 171.3 steps/min</title></circle>
<circle cx="111.0" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-24-run.fit: 171.2 steps/min</title></circle>
<circle cx="118.3" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-27-run.fit: 171.2 steps/min</title></circle>
<circle cx="120.8" cy="182.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-28-run.fit: 171.2 steps/min</title></circle>
<circle cx="125.7" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-30-run.fit: 171.3 steps/min</title></circle>
<circle cx="133.0" cy="181.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-02-run.fit: 171.2 steps/min</title></circle>
<circle cx="135.4" cy="182.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-03-run.fit: 171.2 steps/min</title></circle>
<circle cx="140.3" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-05-run.fit: 171.2 steps/min</title></circle>
<circle cx="145.2" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-07-run.fit: 171.3 steps/min</title></circle>
<circle cx="150.1" cy="181.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="155.0" cy="182.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-11-run.fit: 171.2 steps/min</title></circle>
<circle cx="157.4" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-12-run.fit: 171.3 steps/min</title></circle>
<circle cx="162.3" cy="182.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-14-run.fit: 171.2 steps/min</title></circle>
<circle cx="167.2" cy="182.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-16-run.fit: 171.2 steps/min</title></circle>
<circle cx="169.7" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-17-run.fit: 171.3 steps/min</title></circle>
<circle cx="172.1" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-18-run.fit: 171.2 steps/min</title></circle>
<circle cx="177.0" cy="181.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run.fit: 171.3 steps/min</title></circle>
<circle cx="177.0" cy="182.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run-2.fit: 171.2 steps/min</title></circle>
<circle cx="186.8" cy="182.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-24-run.fit: 171.2 steps/min</title></circle>
<circle cx="189.2" cy="181.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-25-brick.fit: 171.3 steps/min</title></circle>
<circle cx="194.1" cy="182.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-27-run.fit: 171.2 steps/min</title></circle>
<circle cx="196.6" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-28-run.fit: 171.3 steps/min</title></circle>
<circle cx="206.3" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-02-run.fit: 171.2 steps/min</title></circle>
<circle cx="208.8" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-03-run.fit: 171.3 steps/min</title></circle>
<circle cx="221.0" cy="181.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-08-run.fit: 171.3 steps/min</title></circle>
<circle cx="223.4" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="223.4" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run-2.fit: 171.2 steps/min</title></circle>
<circle cx="225.9" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-10-run.fit: 171.2 steps/min</title></circle>
<circle cx="228.3" cy="181.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-11-run.fit: 171.2 steps/min</title></circle>
<circle cx="230.8" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-12-run.fit: 171.2 steps/min</title></circle>
<circle cx="238.1" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-15-run.fit: 171.3 steps/min</title></circle>
<circle cx="240.6" cy="181.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-16-run.fit: 171.3 steps/min</title></circle>
<circle cx="245.4" cy="182.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-18-run.fit: 171.2 steps/min</title></circle>
<circle cx="247.9" cy="182.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run.fit: 171.2 steps/min</title></circle>
<circle cx="247.9" cy="182.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run-2.fit: 171.2 steps/min</title></circle>
<circle cx="255.2" cy="182.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-22-brick.fit: 171.2 steps/min</title></circle>
<circle cx="262.6" cy="181.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-25-run.fit: 171.3 steps/min</title></circle>
<circle cx="269.9" cy="181.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-28-run.fit: 171.3 steps/min</title></circle>
<circle cx="274.8" cy="182.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-30-run.fit: 171.2 steps/min</title></circle>
<circle cx="277.2" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-31-run.fit: 171.3 steps/min</title></circle>
<circle cx="279.7" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-01-run.fit: 171.3 steps/min</title></circle>
<circle cx="287.0" cy="182.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-04-run.fit: 171.2 steps/min</title></circle>
<circle cx="291.9" cy="181.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-06-run.fit: 171.3 steps/min</title></circle>
<circle cx="294.3" cy="181.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-07-run.fit: 171.2 steps/min</title></circle>
<circle cx="299.2" cy="181.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="306.6" cy="182.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-12-run.fit: 171.2 steps/min</title></circle>
<circle cx="309.0" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-13-run.fit: 171.2 steps/min</title></circle>
<circle cx="311.4" cy="182.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-14-run.fit: 171.2 steps/min</title></circle>
<circle cx="316.3" cy="182.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-16-run.fit: 171.2 steps/min</title></circle>
<circle cx="321.2" cy="181.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-18-run.fit: 171.3 steps/min</title></circle>
<circle cx="323.7" cy="181.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-19-brick.fit: 171.3 steps/min</title></circle>
<circle cx="328.6" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-21-run.fit: 171.3 steps/min</title></circle>
<circle cx="333.4" cy="181.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-23-run.fit: 171.2 steps/min</title></circle>
<circle cx="338.3" cy="181.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-25-run.fit: 171.3 steps/min</title></circle>
<circle cx="340.8" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-26-run.fit: 171.2 steps/min</title></circle>
<circle cx="343.2" cy="182.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-27-run.fit: 171.2 steps/min</title></circle>
<circle cx="350.6" cy="182.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-30-run.fit: 171.2 steps/min</title></circle>
<circle cx="357.9" cy="182.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-03-run.fit: 171.2 steps/min</title></circle>
<circle cx="360.3" cy="181.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-04-run.fit: 171.3 steps/min</title></circle>
<circle cx="362.8" cy="182.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-05-run.fit: 171.2 steps/min</title></circle>
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
<line x1="56.0" y1="340.0" x2="364.0" y2="340.0" stroke="#009E73" stroke-width="2.0" stroke-dasharray="8 3"/>
<line x1="56.0" y1="332.1" x2="364.0" y2="332.1" stroke="#444" stroke-width="1.0" stroke-dasharray="1 3"/>
<circle cx="57.2" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-02-run.fit: 1.13 m</title></circle>
<circle cx="59.7" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-03-run.fit: 1.14 m</title></circle>
<circle cx="67.0" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-06-run.fit: 1.13 m</title></circle>
<circle cx="69.4" cy="339.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-07-run.fit: 1.14 m</title></circle>
<circle cx="74.3" cy="339.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-09-run.fit: 1.14 m</title></circle>
<circle cx="76.8" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-10-run.fit: 1.14 m</title></circle>
<circle cx="84.1" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-13-run.fit: 1.13 m</title></circle>
<circle cx="89.0" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-15-run.fit: 1.13 m</title></circle>
<circle cx="91.4" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-16-run.fit: 1.13 m</title></circle>
<circle cx="93.9" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-17-run.fit: 1.13 m</title></circle>
<circle cx="101.2" cy="339.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-20-run.fit: 1.14 m</title></circle>
<circle cx="103.7" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-21-run.fit: 1.13 m</title></circle>
<circle cx="108.6" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-23-run.fit: 1.13 m</title></circle>
<circle cx="111.0" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-24-run.fit: 1.13 m</title></circle>
<circle cx="118.3" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-27-run.fit: 1.14 m</title></circle>
<circle cx="120.8" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-28-run.fit: 1.13 m</title></circle>
<circle cx="125.7" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-30-run.fit: 1.13 m</title></circle>
<circle cx="133.0" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-02-run.fit: 1.13 m</title></circle>
<circle cx="135.4" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-03-run.fit: 1.13 m</title></circle>
<circle cx="140.3" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-05-run.fit: 1.14 m</title></circle>
<circle cx="145.2" cy="339.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-07-run.fit: 1.14 m</title></circle>
<circle cx="150.1" cy="339.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-09-run.fit: 1.14 m</title></circle>
<circle cx="155.0" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-11-run.fit: 1.14 m</title></circle>
<circle cx="157.4" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-12-run.fit: 1.13 m</title></circle>
<circle cx="162.3" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-14-run.fit: 1.13 m</title></circle>
<circle cx="167.2" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-16-run.fit: 1.13 m</title></circle>
<circle cx="169.7" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-17-run.fit: 1.13 m</title></circle>
<circle cx="172.1" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-18-run.fit: 1.14 m</title></circle>
<circle cx="177.0" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run.fit: 1.13 m</title></circle>
<circle cx="177.0" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run-2.fit: 1.13 m</title></circle>
<circle cx="186.8" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-24-run.fit: 1.13 m</title></circle>
<circle cx="189.2" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-25-brick.fit: 1.14 m</title></circle>
<circle cx="194.1" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-27-run.fit: 1.13 m</title></circle>
<circle cx="196.6" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-28-run.fit: 1.13 m</title></circle>
<circle cx="206.3" cy="339.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-02-run.fit: 1.14 m</title></circle>
<circle cx="208.8" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-03-run.fit: 1.14 m</title></circle>
<circle cx="221.0" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-08-run.fit: 1.14 m</title></circle>
<circle cx="223.4" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run.fit: 1.13 m</title></circle>
<circle cx="223.4" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run-2.fit: 1.13 m</title></circle>
<circle cx="225.9" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-10-run.fit: 1.13 m</title></circle>
<circle cx="228.3" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-11-run.fit: 1.13 m</title></circle>
<circle cx="230.8" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-12-run.fit: 1.13 m</title></circle>
<circle cx="238.1" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-15-run.fit: 1.14 m</title></circle>
<circle cx="240.6" cy="339.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-16-run.fit: 1.14 m</title></circle>
<circle cx="245.4" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-18-run.fit: 1.13 m</title></circle>
<circle cx="247.9" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run.fit: 1.13 m</title></circle>
<circle cx="247.9" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run-2.fit: 1.13 m</title></circle>
<circle cx="255.2" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-22-brick.fit: 1.14 m</title></circle>
<circle cx="262.6" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-25-run.fit: 1.13 m</title></circle>
<circle cx="269.9" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-28-run.fit: 1.14 m</title></circle>
<circle cx="274.8" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-30-run.fit: 1.13 m</title></circle>
<circle cx="277.2" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-31-run.fit: 1.14 m</title></circle>
<circle cx="279.7" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-01-run.fit: 1.14 m</title></circle>
<circle cx="287.0" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-04-run.fit: 1.13 m</title></circle>
<circle cx="291.9" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-06-run.fit: 1.13 m</title></circle>
<circle cx="294.3" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-07-run.fit: 1.13 m</title></circle>
<circle cx="299.2" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-09-run.fit: 1.13 m</title></circle>
<circle cx="306.6" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-12-run.fit: 1.14 m</title></circle>
<circle cx="309.0" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-13-run.fit: 1.13 m</title></circle>
<circle cx="311.4" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-14-run.fit: 1.13 m</title></circle>
<circle cx="316.3" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-16-run.fit: 1.13 m</title></circle>
<circle cx="321.2" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-18-run.fit: 1.13 m</title></circle>
<circle cx="323.7" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-19-brick.fit: 1.14 m</title></circle>
<circle cx="328.6" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-21-run.fit: 1.13 m</title></circle>
<circle cx="333.4" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-23-run.fit: 1.14 m</title></circle>
<circle cx="338.3" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-25-run.fit: 1.13 m</title></circle>
<circle cx="340.8" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-26-run.fit: 1.13 m</title></circle>
<circle cx="343.2" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-27-run.fit: 1.13 m</title></circle>
<circle cx="350.6" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-30-run.fit: 1.14 m</title></circle>
<circle cx="357.9" cy="339.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-03-run.fit: 1.14 m</title></circle>
<circle cx="360.3" cy="340.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-04-run.fit: 1.13 m</title></circle>
<circle cx="362.8" cy="340.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-05-run.fit: 1.13 m</title></circle>
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
<tr><th scope="row">2026-03-02-run.fit</th><td>2026-03-02</td><td class="num">171.1</td><td class="num">171.2</td><td class="num">1.13</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-03-run.fit</th><td>2026-03-03</td><td class="num">171.2</td><td class="num">171.2</td><td class="num">1.13</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-03-06-run.fit</th><td>2026-03-06</td><td class="num">173.9</td><td class="num">171.3</td><td class="num">1.22</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-07-run.fit</th><td>2026-03-07</td><td class="num">171.2</td><td class="num">171.2</td><td class="num">1.14</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-03-09-run.fit</th><td>2026-03-09</td><td class="num">172.7</td><td class="num">171.3</td><td class="num">1.18</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-03-10-run.fit</th><td>2026-03-10</td><td class="num">172.1</td><td class="num">171.3</td><td class="num">1.17</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-03-13-run.fit</th><td>2026-03-13</td><td class="num">174.3</td><td class="num">171.3</td><td class="num">1.23</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-15-run.fit</th><td>2026-03-15</td><td class="num">170.8</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-16-run.fit</th><td>2026-03-16</td><td class="num">174.0</td><td class="num">171.3</td><td class="num">1.22</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-17-run.fit</th><td>2026-03-17</td><td class="num">170.8</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-20-run.fit</th><td>2026-03-20</td><td class="num">171.0</td><td class="num">171.2</td><td class="num">1.13</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-03-21-run.fit</th><td>2026-03-21</td><td class="num">170.5</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-23-run.fit</th><td>2026-03-23</td><td class="num">174.2</td><td class="num">171.3</td><td class="num">1.22</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-24-run.fit</th><td>2026-03-24</td><td class="num">170.8</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-27-run.fit</th><td>2026-03-27</td><td class="num">172.0</td><td class="num">171.2</td><td class="num">1.16</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-03-28-run.fit</th><td>2026-03-28</td><td class="num">170.5</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-03-30-run.fit</th><td>2026-03-30</td><td class="num">173.4</td><td class="num">171.3</td><td class="num">1.20</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-02-run.fit</th><td>2026-04-02</td><td class="num">171.9</td><td class="num">171.2</td><td class="num">1.15</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-03-run.fit</th><td>2026-04-03</td><td class="num">170.6</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-05-run.fit</th><td>2026-04-05</td><td class="num">173.0</td><td class="num">171.2</td><td class="num">1.19</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-04-07-run.fit</th><td>2026-04-07</td><td class="num">172.1</td><td class="num">171.3</td><td class="num">1.16</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-04-09-run.fit</th><td>2026-04-09</td><td class="num">172.0</td><td class="num">171.3</td><td class="num">1.16</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-04-11-run.fit</th><td>2026-04-11</td><td class="num">172.2</td><td class="num">171.2</td><td class="num">1.17</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-04-12-run.fit</th><td>2026-04-12</td><td class="num">174.2</td><td class="num">171.3</td><td class="num">1.22</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-14-run.fit</th><td>2026-04-14</td><td class="num">170.7</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-16-run.fit</th><td>2026-04-16</td><td class="num">170.4</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-17-run.fit</th><td>2026-04-17</td><td class="num">174.0</td><td class="num">171.3</td><td class="num">1.22</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-18-run.fit</th><td>2026-04-18</td><td class="num">171.3</td><td class="num">171.2</td><td class="num">1.14</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-04-20-run.fit</th><td>2026-04-20</td><td class="num">174.3</td><td class="num">171.3</td><td class="num">1.23</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-20-run-2.fit</th><td>2026-04-20</td><td class="num">171.7</td><td class="num">171.2</td><td class="num">1.15</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-24-run.fit</th><td>2026-04-24</td><td class="num">170.7</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-25-brick.fit</th><td>2026-04-25</td><td class="num">171.3</td><td class="num">171.3</td><td class="num">1.14</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-04-27-run.fit</th><td>2026-04-27</td><td class="num">170.9</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-04-28-run.fit</th><td>2026-04-28</td><td class="num">174.1</td><td class="num">171.3</td><td class="num">1.22</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-02-run.fit</th><td>2026-05-02</td><td class="num">171.8</td><td class="num">171.2</td><td class="num">1.15</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-05-03-run.fit</th><td>2026-05-03</td><td class="num">171.7</td><td class="num">171.3</td><td class="num">1.15</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-05-08-run.fit</th><td>2026-05-08</td><td class="num">172.9</td><td class="num">171.3</td><td class="num">1.19</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-05-09-run.fit</th><td>2026-05-09</td><td class="num">173.6</td><td class="num">171.3</td><td class="num">1.21</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-09-run-2.fit</th><td>2026-05-09</td><td class="num">171.2</td><td class="num">171.2</td><td class="num">1.13</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-10-run.fit</th><td>2026-05-10</td><td class="num">170.9</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-11-run.fit</th><td>2026-05-11</td><td class="num">173.0</td><td class="num">171.2</td><td class="num">1.19</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-12-run.fit</th><td>2026-05-12</td><td class="num">171.3</td><td class="num">171.2</td><td class="num">1.14</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-15-run.fit</th><td>2026-05-15</td><td class="num">172.1</td><td class="num">171.3</td><td class="num">1.16</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-05-16-run.fit</th><td>2026-05-16</td><td class="num">172.3</td><td class="num">171.3</td><td class="num">1.17</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-05-18-run.fit</th><td>2026-05-18</td><td class="num">171.6</td><td class="num">171.2</td><td class="num">1.15</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-19-run.fit</th><td>2026-05-19</td><td class="num">173.7</td><td class="num">171.2</td><td class="num">1.21</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-19-run-2.fit</th><td>2026-05-19</td><td class="num">170.4</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-22-brick.fit</th><td>2026-05-22</td><td class="num">171.8</td><td class="num">171.2</td><td class="num">1.15</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-05-25-run.fit</th><td>2026-05-25</td><td class="num">173.6</td><td class="num">171.3</td><td class="num">1.21</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-28-run.fit</th><td>2026-05-28</td><td class="num">172.2</td><td class="num">171.3</td><td class="num">1.17</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-05-30-run.fit</th><td>2026-05-30</td><td class="num">170.3</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-05-31-run.fit</th><td>2026-05-31</td><td class="num">171.7</td><td class="num">171.3</td><td class="num">1.15</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-06-01-run.fit</th><td>2026-06-01</td><td class="num">172.8</td><td class="num">171.3</td><td class="num">1.19</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-06-04-run.fit</th><td>2026-06-04</td><td class="num">170.1</td><td class="num">171.2</td><td class="num">1.10</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-06-run.fit</th><td>2026-06-06</td><td class="num">174.1</td><td class="num">171.3</td><td class="num">1.22</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-07-run.fit</th><td>2026-06-07</td><td class="num">172.2</td><td class="num">171.2</td><td class="num">1.16</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-09-run.fit</th><td>2026-06-09</td><td class="num">173.3</td><td class="num">171.3</td><td class="num">1.20</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-12-run.fit</th><td>2026-06-12</td><td class="num">172.7</td><td class="num">171.2</td><td class="num">1.18</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-06-13-run.fit</th><td>2026-06-13</td><td class="num">170.6</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-14-run.fit</th><td>2026-06-14</td><td class="num">170.8</td><td class="num">171.2</td><td class="num">1.12</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-16-run.fit</th><td>2026-06-16</td><td class="num">170.5</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-18-run.fit</th><td>2026-06-18</td><td class="num">171.5</td><td class="num">171.3</td><td class="num">1.14</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-19-brick.fit</th><td>2026-06-19</td><td class="num">172.4</td><td class="num">171.3</td><td class="num">1.18</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-06-21-run.fit</th><td>2026-06-21</td><td class="num">174.4</td><td class="num">171.3</td><td class="num">1.23</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-23-run.fit</th><td>2026-06-23</td><td class="num">172.7</td><td class="num">171.2</td><td class="num">1.19</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-06-25-run.fit</th><td>2026-06-25</td><td class="num">173.6</td><td class="num">171.3</td><td class="num">1.21</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-26-run.fit</th><td>2026-06-26</td><td class="num">171.0</td><td class="num">171.2</td><td class="num">1.13</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-27-run.fit</th><td>2026-06-27</td><td class="num">170.6</td><td class="num">171.2</td><td class="num">1.11</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-06-30-run.fit</th><td>2026-06-30</td><td class="num">171.3</td><td class="num">171.2</td><td class="num">1.14</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-07-03-run.fit</th><td>2026-07-03</td><td class="num">171.4</td><td class="num">171.2</td><td class="num">1.14</td><td class="num">1.14</td></tr>
<tr><th scope="row">2026-07-04-run.fit</th><td>2026-07-04</td><td class="num">173.6</td><td class="num">171.3</td><td class="num">1.21</td><td class="num">1.13</td></tr>
<tr><th scope="row">2026-07-05-run.fit</th><td>2026-07-05</td><td class="num">171.8</td><td class="num">171.2</td><td class="num">1.15</td><td class="num">1.13</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-descent-intensity" class="chart-figure">
<figcaption><strong>Weekly descent and high-intensity minutes.</strong> Upper panel: metres descended per week from smoothed altitude (D1: a week above 1.3 × its 4-week mean is flagged). Lower panel: minutes faster than threshold pace, else at ≥ 80 % of HRmax, with triangles counting jump sessions — plyometric or jump exercises, or HIIT; strides count as minutes (D2; Malliaras 2015). The most descent was 730 m in 2026-W22. 0 jump sessions in the season.</figcaption>
<div class="chart-box">
<svg id="descent-intensity" class="chart" viewBox="0 0 380.0 361.0" width="380.0" height="361.0" role="img" aria-labelledby="descent-intensity-title descent-intensity-desc" font-family="system-ui, sans-serif">
<title id="descent-intensity-title">Weekly descent and high-intensity minutes</title>
<desc id="descent-intensity-desc">Upper panel: metres descended per week from smoothed altitude (D1: a week above 1.3 × its 4-week mean is flagged). Lower panel: minutes faster than threshold pace, else at ≥ 80 % of HRmax, with triangles counting jump sessions — plyometric or jump exercises, or HIIT; strides count as minutes (D2; Malliaras 2015). The most descent was 730 m in 2026-W22. 0 jump sessions in the season.</desc>
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
<line class="grid" x1="56.0" y1="152.9" x2="364.0" y2="152.9" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="156.9" text-anchor="end" font-size="12.0" fill="#1a1a1a">200</text>
<line class="grid" x1="56.0" y1="125.2" x2="364.0" y2="125.2" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="129.2" text-anchor="end" font-size="12.0" fill="#1a1a1a">400</text>
<line class="grid" x1="56.0" y1="97.6" x2="364.0" y2="97.6" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="101.6" text-anchor="end" font-size="12.0" fill="#1a1a1a">600</text>
<line class="grid" x1="56.0" y1="70.0" x2="364.0" y2="70.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="74.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">800</text>
<line x1="56.0" y1="70.0" x2="56.0" y2="180.5" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="64.0" text-anchor="start" font-size="12.0" fill="#444">descent (m)</text>
<rect x="58.6" y="96.7" width="12.0" height="83.8" fill="#009E73"><title>2026-W10: descent 607 m</title></rect>
<rect x="75.7" y="94.6" width="12.0" height="85.9" fill="#009E73"><title>2026-W11: descent 622 m</title></rect>
<rect x="92.8" y="94.1" width="12.0" height="86.4" fill="#009E73"><title>2026-W12: descent 626 m</title></rect>
<rect x="109.9" y="80.7" width="12.0" height="99.8" fill="#009E73"><title>2026-W13: descent 723 m</title></rect>
<rect x="127.0" y="87.6" width="12.0" height="92.9" fill="#009E73"><title>2026-W14: descent 673 m</title></rect>
<rect x="144.1" y="89.1" width="12.0" height="91.4" fill="#009E73"><title>2026-W15: descent 662 m</title></rect>
<rect x="161.2" y="87.3" width="12.0" height="93.2" fill="#009E73"><title>2026-W16: descent 674 m</title></rect>
<rect x="178.3" y="89.5" width="12.0" height="91.0" fill="#009E73"><title>2026-W17: descent 659 m</title></rect>
<rect x="195.5" y="79.7" width="12.0" height="100.8" fill="#009E73"><title>2026-W18: descent 729 m</title></rect>
<rect x="212.6" y="89.5" width="12.0" height="91.0" fill="#009E73"><title>2026-W19: descent 659 m</title></rect>
<rect x="229.7" y="82.0" width="12.0" height="98.5" fill="#009E73"><title>2026-W20: descent 713 m</title></rect>
<rect x="246.8" y="86.9" width="12.0" height="93.6" fill="#009E73"><title>2026-W21: descent 677 m</title></rect>
<rect x="263.9" y="79.6" width="12.0" height="100.9" fill="#009E73"><title>2026-W22: descent 730 m</title></rect>
<rect x="281.0" y="86.1" width="12.0" height="94.4" fill="#009E73"><title>2026-W23: descent 684 m</title></rect>
<rect x="298.1" y="93.0" width="12.0" height="87.5" fill="#009E73"><title>2026-W24: descent 633 m</title></rect>
<rect x="315.2" y="87.7" width="12.0" height="92.8" fill="#009E73"><title>2026-W25: descent 672 m</title></rect>
<rect x="332.3" y="86.3" width="12.0" height="94.2" fill="#009E73"><title>2026-W26: descent 682 m</title></rect>
<rect x="349.5" y="82.9" width="12.0" height="97.6" fill="#009E73"><title>2026-W27: descent 707 m</title></rect>
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
<text x="52.0" y="339.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line class="grid" x1="56.0" y1="298.2" x2="364.0" y2="298.2" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="302.2" text-anchor="end" font-size="12.0" fill="#1a1a1a">5</text>
<line class="grid" x1="56.0" y1="261.3" x2="364.0" y2="261.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="265.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">10</text>
<line class="grid" x1="56.0" y1="224.5" x2="364.0" y2="224.5" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="228.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">15</text>
<line x1="56.0" y1="224.5" x2="56.0" y2="335.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="218.5" text-anchor="start" font-size="12.0" fill="#444">high-intensity minutes</text>
<rect x="58.6" y="257.9" width="12.0" height="77.1" fill="#E69F00"><title>2026-W10: 10 min high intensity</title></rect>
<rect x="75.7" y="275.1" width="12.0" height="59.9" fill="#E69F00"><title>2026-W11: 8 min high intensity</title></rect>
<rect x="92.8" y="270.2" width="12.0" height="64.8" fill="#E69F00"><title>2026-W12: 9 min high intensity</title></rect>
<rect x="109.9" y="254.1" width="12.0" height="80.9" fill="#E69F00"><title>2026-W13: 11 min high intensity</title></rect>
<rect x="127.0" y="264.2" width="12.0" height="70.8" fill="#E69F00"><title>2026-W14: 10 min high intensity</title></rect>
<rect x="144.1" y="263.2" width="12.0" height="71.8" fill="#E69F00"><title>2026-W15: 10 min high intensity</title></rect>
<rect x="161.2" y="269.7" width="12.0" height="65.3" fill="#E69F00"><title>2026-W16: 9 min high intensity</title></rect>
<rect x="178.3" y="261.6" width="12.0" height="73.4" fill="#E69F00"><title>2026-W17: 10 min high intensity</title></rect>
<rect x="195.5" y="274.1" width="12.0" height="60.9" fill="#E69F00"><title>2026-W18: 8 min high intensity</title></rect>
<rect x="212.6" y="269.6" width="12.0" height="65.4" fill="#E69F00"><title>2026-W19: 9 min high intensity</title></rect>
<rect x="229.7" y="261.2" width="12.0" height="73.8" fill="#E69F00"><title>2026-W20: 10 min high intensity</title></rect>
<rect x="246.8" y="257.5" width="12.0" height="77.5" fill="#E69F00"><title>2026-W21: 11 min high intensity</title></rect>
<rect x="263.9" y="273.6" width="12.0" height="61.4" fill="#E69F00"><title>2026-W22: 8 min high intensity</title></rect>
<rect x="281.0" y="262.1" width="12.0" height="72.9" fill="#E69F00"><title>2026-W23: 10 min high intensity</title></rect>
<rect x="298.1" y="274.1" width="12.0" height="60.9" fill="#E69F00"><title>2026-W24: 8 min high intensity</title></rect>
<rect x="315.2" y="270.2" width="12.0" height="64.8" fill="#E69F00"><title>2026-W25: 9 min high intensity</title></rect>
<rect x="332.3" y="254.8" width="12.0" height="80.2" fill="#E69F00"><title>2026-W26: 11 min high intensity</title></rect>
<rect x="349.5" y="274.5" width="12.0" height="60.5" fill="#E69F00"><title>2026-W27: 8 min high intensity</title></rect>
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
<tr><th scope="row">2026-W10</th><td class="num">607</td><td class="num">621</td><td class="num">10</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W11</th><td class="num">622</td><td class="num">633</td><td class="num">8</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W12</th><td class="num">626</td><td class="num">655</td><td class="num">9</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W13</th><td class="num">723</td><td class="num">712</td><td class="num">11</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W14</th><td class="num">673</td><td class="num">693</td><td class="num">10</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W15</th><td class="num">662</td><td class="num">665</td><td class="num">10</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W16</th><td class="num">674</td><td class="num">642</td><td class="num">9</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W17</th><td class="num">659</td><td class="num">671</td><td class="num">10</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W18</th><td class="num">729</td><td class="num">665</td><td class="num">8</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W19</th><td class="num">659</td><td class="num">668</td><td class="num">9</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W20</th><td class="num">713</td><td class="num">693</td><td class="num">10</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W21</th><td class="num">677</td><td class="num">671</td><td class="num">11</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W22</th><td class="num">730</td><td class="num">685</td><td class="num">8</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W23</th><td class="num">684</td><td class="num">683</td><td class="num">10</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W24</th><td class="num">633</td><td class="num">631</td><td class="num">8</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W25</th><td class="num">672</td><td class="num">652</td><td class="num">9</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W26</th><td class="num">682</td><td class="num">703</td><td class="num">11</td><td class="num">0</td></tr>
<tr><th scope="row">2026-W27</th><td class="num">707</td><td class="num">706</td><td class="num">8</td><td class="num">0</td></tr>
</tbody>
</table></div>
</details>
</figure>
</div>
</section>
<section id="kinematics">
<h2>Kinematics (lab or video)</h2>
<p>2D joint angles vary 3–8° within a day and 9–14° between days (Damsted 2015): one session alone never flags — a finding seen once is pending confirmation, shown with its values, until another session shows it. Without a reference table (a param) sides are compared with each other and with the runner's earlier sessions only.</p>
<h3>Left side</h3>
<ul>
<li>kinematics/2026-05-06-treadmill.csv: left: foot strike and toe-off detected from knee flexion</li>
</ul>
<h3>Right side</h3>
<ul>
<li>kinematics/2026-05-06-treadmill.csv: right: foot strike and toe-off detected from knee flexion</li>
</ul>
<div class="scroll"><table>
<caption>K rules in the latest week</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">State</th><th scope="col" class="num">Value (°)</th><th scope="col" class="num">Threshold (°)</th><th scope="col" class="num">Baseline (°)</th><th scope="col">Note</th></tr></thead>
<tbody>
<tr><th scope="row">K1</th><td>insufficient_data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K2</th><td>insufficient_data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K3</th><td>insufficient_data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K4</th><td>insufficient_data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
</tbody>
</table></div>
</section>
<section id="flagged-runs" class="new-page">
<h2>Flagged runs and weeks</h2>
<p>No rule fired in this season.</p>
</section>
<section id="data-quality">
<h2>Data quality, duplicates and skipped inputs</h2>
<p>87 of 126 days have a recorded activity, 39 are rest days (load 0) and 0 are untracked (unknown, not 0).</p>
<p>Across 93 activities and 188186 samples: 6 GPS or pod dropouts, 88 cadence-zero samples left out of cadence means, 57 implausible values removed, 0 runs with heart rate on less than 80 % of its moving time.</p>
<div class="scroll"><table>
<caption>6 runs with a data-quality remark</caption>
<thead><tr><th scope="col">Run</th><th scope="col" class="num">Samples</th><th scope="col" class="num">Recorded time</th><th scope="col" class="num">Heart rate</th><th scope="col" class="num">GPS dropouts</th><th scope="col" class="num">Cadence zeros</th><th scope="col" class="num">Removed values</th><th scope="col">Warnings</th></tr></thead>
<tbody>
<tr><th scope="row">2026-03-06-run.fit</th><td class="num">2214</td><td class="num">100 %</td><td class="num">100 %</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td></td></tr>
<tr><th scope="row">2026-03-07-run.fit</th><td class="num">2731</td><td class="num">100 %</td><td class="num">99 %</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-03-15-run.fit</th><td class="num">2385</td><td class="num">100 %</td><td class="num">100 %</td><td class="num">1</td><td class="num">1</td><td class="num">3</td><td></td></tr>
<tr><th scope="row">2026-04-12-run.fit</th><td class="num">2483</td><td class="num">100 %</td><td class="num">99 %</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td></td></tr>
<tr><th scope="row">2026-04-25-brick.fit</th><td class="num">2578</td><td class="num">100 %</td><td class="num">100 %</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-05-11-run.fit</th><td class="num">2800</td><td class="num">100 %</td><td class="num">99 %</td><td class="num">1</td><td class="num">1</td><td class="num">1</td><td></td></tr>
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
<tr><th scope="row">L1 session spike (distance ÷ longest run in the previous 30 days)</th><td>PFP and patellar tendinopathy +1 when ≥ moderate; ITBS +1 when ≥ small</td><td>Frandsen 2025, BJSM — prospective cohort, 5,205 Garmin runners, 18 months; adjusted HR 1.64 (&gt;1.10–1.30), 1.52 (&gt;1.30–2.0), 2.28 (&gt;2.0)</td><td>fired in 0 weeks; insufficient data in 4</td></tr>
<tr><th scope="row">L2 weekly progression (last 7 d ÷ preceding 7 d − 1)</th><td>PFP and patellar tendinopathy +1 (the same line as L1 ≥ moderate)</td><td>Nielsen 2014, JOSPT — prospective cohort, 874 novice runners; HR 1.59 (95% CI 0.96–2.66, P = .07) for &gt;30% vs &lt;10% — CI crosses 1</td><td>fired in 0 weeks; insufficient data in 1</td></tr>
<tr><th scope="row">L3 acute:chronic workload ratio (EWMA λ 0.25 / 0.069 and uncoupled rolling)</th><td>no points: descriptive trend only</td><td>Williams 2017, BJSM (EWMA); Gabbett 2016, BJSM (thresholds) — descriptive only: thresholds do not survive scrutiny (Impellizzeri 2020/2021, Lolli 2019; none in Frandsen 2025)</td><td>fired in 0 weeks; insufficient data in 3</td></tr>
<tr><th scope="row">L4 Foster monotony (mean ÷ SD of daily load over 7 days) and strain</th><td>patellar tendinopathy +1 when monotony &gt; 2.0</td><td>Foster 1998, Med Sci Sports Exerc — n = 25, outcome illness, individual thresholds; the 1.5 / 2.0 cut-offs are Runalyze&#39;s convention</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">L5 fitness / fatigue / form (EWMA 42 d / 7 d, λ = 2/(N+1))</th><td>no points: context</td><td>Banister 1975, Aust J Sports Med (fitness-fatigue model); λ = 2/(N+1) is Runalyze&#39;s convention (GoldenCheetah uses λ = 1 − e^(−1/N)) — descriptive model, no injury outcome</td><td>fired in 0 weeks; insufficient data in 3</td></tr>
<tr><th scope="row">L6 internal load: Banister TRIMP, session RPE × minutes</th><td>no points: the load unit of L3–L5</td><td>Banister 1991, Physiological Testing of the High-Performance Athlete (Human Kinetics); Foster 2001, J Strength Cond Res — load quantification, no injury outcome</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">G1 cadence at matched speed (own cadence-on-speed regression)</th><td>PFP +1 and ITBS +1 when low (or G2 long)</td><td>Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7) — 68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">G2 step length at matched speed vs own baseline</th><td>PFP +1 and ITBS +1 when long (or G1 low)</td><td>Willson 2014, Clin Biomech 29:243 — laboratory study: +10% step length → +31% patellofemoral joint stress per step</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">G3 ground-contact asymmetry (|stance_time_balance − 50| &gt; 2% on &gt; 3 runs)</th><td>no points: context</td><td>heuristic (no study) — context only, not scored</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">D1 descent load (weekly descent vs 4-week mean; new long descent vs 30 days)</th><td>PFP +1; ITBS +1</td><td>expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med) — expert rule, no direct outcome study</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">D2 high-intensity volume: minutes above threshold pace (not downhill) or at HR Z4–5, strides and sprints included; jump sessions (plyometric or HIIT)</th><td>patellar tendinopathy +2</td><td>Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy load management) — expert rule</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">ASC ascent / stair spike (weekly ascent vs 4-week mean)</th><td>patellar tendinopathy +1</td><td>expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load (Malliaras 2015, J Orthop Sports Phys Ther) — expert rule</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">K1 peak hip adduction in stance</th><td>PFP +2; ITBS +2</td><td>Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP) — prospective: 18 ITBS cases; 15 PFP cases of 400 female runners — side difference ≥ 3° is a heuristic</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">K2 contralateral pelvic drop at midstance</th><td>PFP +1; ITBS +1</td><td>Bramah 2018, AJSM — retrospective case-control; OR ≈ 1.8 per degree — context</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">K3 knee more extended at initial contact (overstriding)</th><td>PFP +1</td><td>Bramah 2018, AJSM — retrospective case-control</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">K4 peak knee or hip internal rotation</th><td>ITBS +1</td><td>Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3) — knee IR: female ITBS, prospective; hip IR +3.7°: male ITBS, cross-sectional</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">S1 tendon pain monitoring (pain during &gt; 5/10, not settled by next morning, or morning pain rising)</th><td>patellar tendinopathy at least moderate; advice: reduce energy-storage load first</td><td>Silbernagel 2007, Am J Sports Med; applied to the patellar tendon per Malliaras 2015, J Orthop Sports Phys Ther — RCT in Achilles tendinopathy (pain-monitoring model)</td><td>fired in 0 weeks; insufficient data in 18</td></tr>
<tr><th scope="row">S2 pain site (peripatellar → PFP, lateral → ITBS, inferior pole → patellar tendinopathy)</th><td>the reported site&#39;s presentation +2 (worst pain ≥ s2_pain or on ≥ s2_days days) or +1; while another site is reported, a presentation whose site is not is capped at low</td><td>Crossley 2016, Br J Sports Med (PFP consensus, part 1); Lavine 2010, Curr Rev Musculoskelet Med (ITBS); Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy) — consensus statement and clinical reviews: the site of pain tells the presentations apart; another reported site caps the others at low</td><td>fired in 0 weeks; insufficient data in 18</td></tr>
<tr><th scope="row">S3 aggravators of the presentation at its own site (two distinct)</th><td>the presentation at its own site +1 with two distinct aggravators of it</td><td>Crossley 2016, Br J Sports Med; Lavine 2010, Curr Rev Musculoskelet Med; Malliaras 2015, J Orthop Sports Phys Ther — clinical descriptions of each presentation&#39;s aggravators; expert rule</td><td>fired in 0 weeks; insufficient data in 18</td></tr>
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
<tr><th scope="row">reference speed (G1/G2)</th><td>3.25 m/s</td></tr>
<tr><th scope="row">cadence regression</th><td>142.7 + 8.8 × speed (m/s)</td></tr>
<tr><th scope="row">step-length regression</th><td>0.217 + 0.283 × speed (m/s)</td></tr>
<tr><th scope="row">runs in the regressions</th><td>72</td></tr>
</tbody>
</table></div>
</section>
</main>
<footer><p class="disclaimer">This is a screening summary, not a diagnosis — a clinical assessment decides.</p></footer>
</body>
</html>
��
ben-steady/runs.csv��athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,timer_time_s,duration_s,moving_pace_s_per_km,device,step_length_matched_m,step_length_native,average_pace_s_per_km,paused_time_s,pause_count,cadence_sd_spm,vertical_ratio_pct,power_w,descent_per_km,downhill_time_s,uphill_time_s,longest_descent_m,longest_descent_distance_m,hr_z1_s,hr_z2_s,hr_z3_s,hr_z4_s,hr_z5_s,faster_than_threshold_s,high_intensity_s,high_intensity_basis,intervals,strides,sprints,session_rpe_load,load,load_estimated,samples,coverage,heart_rate_coverage,gps_dropouts,cadence_zeros,implausible_removed,warnings,gear
ben-steady,2026-03-02-run.fit,2026-03-02T06:11:00Z,running,7746.2,2396,171.1,171.2,1.130,243.8,50.30,85.0,179.8,171.4,92.3,2396.0,2396,309.3,garmin fr945,1.134,true,309.3,0,0,4.7,7.63,245.8,22.1,581,871,39.5,911.8,21,33,385,1674,284,242,0,threshold_pace,1,0,0,,92.3,false,2397,1.000,1.000,0,1,1,,
ben-steady,2026-03-03-run.fit,2026-03-03T07:49:00Z,running,7805.7,2404,171.2,171.2,1.135,243.4,50.31,85.0,171.7,171.2,92.3,2404.0,2404,308.0,garmin fr945,1.135,true,308.0,0,0,4.1,7.57,244.9,21.9,616,816,32.9,785.9,40,33,389,1616,327,176,0,threshold_pace,0,0,0,,92.3,false,2405,1.000,1.000,0,2,1,,
ben-steady,2026-03-04-strength.fit,2026-03-04T07:24:00Z,training,0.0,,,,,,,,,,,2328.0,2328,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,194.0,147.7,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-03-06-run.fit,2026-03-06T08:18:00Z,running,7843.5,2213,173.9,171.3,1.218,233.0,50.29,86.2,181.7,176.1,92.9,2213.0,2213,282.1,garmin fr945,1.133,true,282.1,0,0,5.4,7.21,269.1,22.5,642,673,39.4,893.7,23,55,497,941,698,1013,628,threshold_pace,6,0,0,,92.9,false,2214,1.000,1.000,1,0,1,,
ben-steady,2026-03-07-run.fit,2026-03-07T07:58:00Z,running,8861.2,2730,171.2,171.2,1.137,243.3,50.29,85.0,88.0,87.8,98.8,2730.0,2730,308.1,garmin fr945,1.137,true,308.1,0,0,2.3,7.50,243.1,9.9,191,226,4.0,180.0,0,42,60,2609,0,0,0,threshold_pace,0,0,0,136.5,98.8,false,2731,1.000,0.993,1,0,0,,
ben-steady,2026-03-09-run.fit,2026-03-09T06:49:00Z,running,8475.4,2487,172.7,171.3,1.180,237.8,50.31,85.6,187.6,194.0,101.9,2487.0,2487,293.4,garmin fr945,1.136,true,293.4,0,0,4.5,7.34,255.6,22.9,659,858,38.4,902.0,17,68,252,1713,438,374,0,threshold_pace,3,0,0,,101.9,false,2488,1.000,1.000,0,2,1,,
ben-steady,2026-03-10-run.fit,2026-03-10T08:22:00Z,running,9176.1,2742,172.1,171.3,1.166,239.8,50.31,85.4,92.0,91.2,104.1,2742.0,2742,298.8,garmin fr945,1.137,true,298.8,0,0,2.5,7.35,250.8,9.9,202,239,4.0,191.8,2,30,32,2659,0,2,0,threshold_pace,0,0,0,137.1,104.1,false,2743,1.000,0.993,0,2,1,,
ben-steady,2026-03-11-strength.fit,2026-03-11T06:16:00Z,training,0.0,,,,,,,,,,,2259.0,2259,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,188.2,143.3,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-03-13-run.fit,2026-03-13T06:30:00Z,running,7994.8,2226,174.3,171.3,1.231,231.2,50.31,86.4,181.2,174.0,97.3,2226.0,2226,278.4,garmin fr945,1.133,true,278.4,0,0,5.2,7.13,271.7,21.8,590,712,40.0,908.2,14,41,402,1047,723,947,488,threshold_pace,4,0,0,,97.3,false,2227,1.000,1.000,0,1,1,,
ben-steady,2026-03-15-run.fit,2026-03-15T07:23:00Z,running,7626.5,2384,170.8,171.2,1.120,245.0,50.29,84.8,172.4,163.0,90.6,2384.0,2384,312.6,garmin fr945,1.134,true,312.6,0,0,4.5,7.67,242.7,21.4,587,836,39.4,923.1,32,26,457,1596,274,182,0,threshold_pace,0,0,0,119.2,90.6,false,2385,1.000,1.000,1,1,3,,
ben-steady,2026-03-16-run.fit,2026-03-16T06:24:00Z,running,8062.3,2266,174.0,171.3,1.221,232.4,50.30,86.2,186.1,175.2,98.1,2266.0,2266,281.1,garmin fr945,1.133,true,281.1,0,0,5.7,7.21,270.2,21.7,595,759,40.0,914.2,25,25,395,1068,754,1084,528,threshold_pace,5,0,0,,98.1,false,2267,1.000,1.000,0,1,1,,
ben-steady,2026-03-17-run.fit,2026-03-17T07:02:00Z,running,7995.2,2500,170.8,171.2,1.120,245.1,50.30,84.8,180.7,185.3,94.1,2500.0,2500,312.7,garmin fr945,1.133,true,312.7,0,0,4.3,7.67,238.5,23.2,652,891,40.0,924.8,16,26,585,1573,300,196,0,threshold_pace,0,0,0,,94.1,false,2501,1.000,1.000,0,1,0,,
ben-steady,2026-03-18-strength.fit,2026-03-18T08:20:00Z,training,0.0,,,,,,,,,,,2995.0,2995,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,249.6,190.0,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-03-20-run.fit,2026-03-20T08:19:00Z,running,8435.8,2615,171.0,171.2,1.131,244.1,50.29,84.9,84.0,84.0,93.9,2615.0,2615,310.0,garmin fr945,1.136,true,310.0,0,0,2.4,7.53,241.6,10.0,192,197,4.0,173.7,15,23,117,2461,0,0,0,threshold_pace,0,0,0,,93.9,false,2616,1.000,1.000,0,0,0,,
ben-steady,2026-03-21-run.fit,2026-03-21T06:12:00Z,running,8493.6,2678,170.5,171.2,1.113,246.0,50.30,84.7,204.4,181.1,102.7,2678.0,2678,315.3,garmin fr945,1.134,true,315.3,0,0,4.3,7.71,245.3,21.3,631,1007,39.2,902.5,18,22,511,1751,377,199,0,threshold_pace,0,0,0,,102.7,false,2679,1.000,1.000,0,0,1,,
ben-steady,2026-03-23-run.fit,2026-03-23T07:17:00Z,running,9722.8,2723,174.2,171.3,1.225,232.1,50.31,86.2,226.1,214.3,119.6,2723.0,2723,280.1,garmin fr945,1.134,true,280.1,0,0,5.4,7.17,272.4,22.0,735,907,39.8,906.6,0,17,389,1436,862,1185,659,threshold_pace,7,2,0,,119.6,false,2724,1.000,0.993,0,2,2,,
ben-steady,2026-03-24-run.fit,2026-03-24T07:39:00Z,running,8665.6,2708,170.8,171.2,1.121,245.0,50.31,84.8,178.7,205.8,100.3,2708.0,2708,312.5,garmin fr945,1.135,true,312.5,0,0,4.2,7.66,234.2,23.7,738,893,39.2,906.8,17,51,642,1713,286,147,0,threshold_pace,0,0,0,135.4,100.3,false,2709,1.000,1.000,0,3,2,,
ben-steady,2026-03-25-strength.fit,2026-03-25T07:21:00Z,training,0.0,,,,,,,,,,,2103.0,2103,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,175.2,133.4,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-03-27-run.fit,2026-03-27T06:26:00Z,running,9712.2,2908,172.0,171.2,1.164,240.1,50.29,85.4,96.0,98.4,110.3,2908.0,2908,299.4,garmin fr945,1.137,true,299.4,0,0,2.5,7.36,249.5,10.1,214,258,4.0,175.2,3,32,35,2819,0,0,0,threshold_pace,0,0,0,145.4,110.3,false,2909,1.000,0.993,0,3,2,,
ben-steady,2026-03-28-run.fit,2026-03-28T06:01:00Z,running,9129.6,2884,170.5,171.2,1.111,246.2,50.28,84.6,211.6,204.3,109.0,2884.0,2884,315.9,garmin fr945,1.134,true,315.9,0,0,4.1,7.71,238.8,22.4,736,1032,40.0,920.8,47,28,597,1899,314,120,0,threshold_pace,0,0,0,,109.0,false,2885,1.000,1.000,0,1,0,,
ben-steady,2026-03-30-run.fit,2026-03-30T08:17:00Z,running,7676.3,2203,173.4,171.3,1.199,235.0,50.30,85.9,177.0,167.3,92.2,2203.0,2203,287.0,garmin fr945,1.134,true,287.0,0,0,6.2,7.36,266.2,21.8,581,739,39.4,905.6,23,29,487,1007,658,977,577,threshold_pace,4,0,0,,92.2,false,2204,1.000,1.000,0,1,1,,
ben-steady,2026-04-01-strength.fit,2026-04-01T06:22:00Z,training,0.0,,,,,,,,,,,2339.0,2339,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,194.9,148.4,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-04-02-run.fit,2026-04-02T06:27:00Z,running,9072.7,2734,171.9,171.2,1.155,240.8,50.31,85.3,213.1,196.8,110.7,2734.0,2734,301.3,garmin fr945,1.135,true,301.3,0,0,4.5,7.47,253.7,21.7,674,1010,39.8,910.6,18,48,287,1885,477,380,0,threshold_pace,0,1,0,136.7,110.7,false,2735,1.000,0.993,0,1,0,,
ben-steady,2026-04-03-run.fit,2026-04-03T06:06:00Z,running,9477.4,2978,170.6,171.2,1.116,245.6,50.29,84.7,207.9,215.4,111.6,2978.0,2978,314.2,garmin fr945,1.134,true,314.2,0,0,4.2,7.68,237.2,22.7,753,1038,39.8,900.3,7,15,785,1828,344,202,0,threshold_pace,0,0,0,,111.6,false,2979,1.000,1.000,0,1,0,,
ben-steady,2026-04-05-run.fit,2026-04-05T06:07:00Z,running,9403.3,2732,173.0,171.2,1.193,236.4,50.31,85.8,94.7,93.3,108.3,2732.0,2732,290.5,garmin fr945,1.138,true,290.5,0,0,2.5,7.21,258.1,9.9,221,247,4.0,181.1,22,25,32,2654,0,31,0,threshold_pace,0,0,0,136.6,108.3,false,2733,1.000,1.000,0,2,1,,
ben-steady,2026-04-07-run.fit,2026-04-07T06:32:00Z,running,9205.5,2755,172.1,171.3,1.162,240.0,50.30,85.3,213.3,199.2,112.4,2755.0,2755,299.3,garmin fr945,1.136,true,299.3,0,0,4.4,7.43,253.7,21.6,683,982,40.0,916.0,20,58,296,1821,561,380,0,threshold_pace,1,1,0,137.8,112.4,false,2756,1.000,1.000,0,0,4,,
ben-steady,2026-04-08-strength.fit,2026-04-08T07:51:00Z,training,0.0,,,,,,,,,,,2767.0,2767,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,230.6,175.5,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-04-09-run.fit,2026-04-09T06:24:00Z,running,7957.2,2390,172.0,171.3,1.158,240.5,50.29,85.3,184.6,174.6,96.2,2390.0,2390,300.4,garmin fr945,1.135,true,300.4,0,0,4.7,7.47,254.5,21.9,591,857,38.8,909.4,14,45,254,1648,430,332,0,threshold_pace,1,2,0,,96.2,false,2391,1.000,1.000,0,0,0,,
ben-steady,2026-04-11-run.fit,2026-04-11T07:42:00Z,running,7567.6,2256,172.2,171.2,1.168,239.6,50.29,85.4,74.3,75.6,84.8,2256.0,2256,298.1,garmin fr945,1.137,true,298.1,0,0,2.5,7.34,251.1,10.0,162,169,4.0,179.8,13,29,71,2144,0,3,0,threshold_pace,0,0,0,,84.8,false,2257,1.000,1.000,0,1,1,,
ben-steady,2026-04-12-run.fit,2026-04-12T06:11:00Z,running,8858.7,2482,174.2,171.3,1.224,232.1,50.30,86.2,192.6,212.5,105.9,2482.0,2482,280.2,garmin fr945,1.133,true,280.2,0,0,5.5,7.18,261.6,24.0,713,793,40.0,908.0,0,8,480,1320,655,1120,585,threshold_pace,8,0,0,289.6,105.9,false,2483,1.000,0.992,1,0,1,,
ben-steady,2026-04-14-run.fit,2026-04-14T08:03:00Z,running,8498.9,2662,170.7,171.2,1.118,245.3,50.32,84.8,179.9,208.7,97.8,2662.0,2662,313.2,garmin fr945,1.133,true,313.2,0,0,4.4,7.68,232.4,24.6,731,879,39.8,903.8,0,7,719,1700,217,153,0,threshold_pace,0,0,0,,97.8,false,2663,1.000,0.992,0,2,2,,
ben-steady,2026-04-15-strength.fit,2026-04-15T06:27:00Z,training,0.0,,,,,,,,,,,2571.0,2571,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,214.2,163.1,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-04-16-run.fit,2026-04-16T07:01:00Z,running,9006.1,2857,170.4,171.2,1.107,246.6,50.28,84.6,196.2,209.3,105.2,2857.0,2857,317.2,garmin fr945,1.133,true,317.2,0,0,4.2,7.74,235.1,23.2,769,942,27.8,397.2,39,41,582,1844,352,222,0,threshold_pace,0,0,0,,105.2,false,2858,1.000,1.000,0,2,0,,
ben-steady,2026-04-17-run.fit,2026-04-17T08:05:00Z,running,7650.1,2152,174.0,171.3,1.220,232.5,50.29,86.2,170.9,160.5,93.1,2152.0,2152,281.3,garmin fr945,1.135,true,281.3,0,0,5.6,7.20,271.9,21.0,542,704,27.8,399.5,20,23,367,1055,688,973,532,threshold_pace,6,0,0,251.1,93.1,false,2153,1.000,1.000,0,2,2,,
ben-steady,2026-04-18-run.fit,2026-04-18T06:48:00Z,running,9589.6,2942,171.3,171.2,1.141,243.0,50.30,85.0,95.4,96.0,107.8,2942.0,2942,306.8,garmin fr945,1.137,true,306.8,0,0,2.3,7.48,244.0,10.0,208,230,4.0,179.1,13,31,81,2818,0,0,0,threshold_pace,0,0,0,,107.8,false,2943,1.000,1.000,0,1,0,,
ben-steady,2026-04-20-run.fit,2026-04-20T08:25:00Z,running,7784.8,2168,174.3,171.3,1.231,231.2,50.30,86.4,176.2,172.2,93.5,2168.0,2168,278.5,garmin fr945,1.134,true,278.5,0,0,5.3,7.14,272.3,22.1,584,688,39.6,912.2,0,0,404,1021,724,1013,598,threshold_pace,5,0,0,252.9,93.5,false,2169,1.000,0.991,0,1,0,,
ben-steady,2026-04-20-run-2.fit,2026-04-20T18:00:00Z,running,8389.5,2537,171.7,171.2,1.152,241.4,50.29,85.2,197.1,175.0,102.7,2537.0,2537,302.4,garmin fr945,1.134,true,302.4,0,0,4.7,7.50,256.5,20.9,574,926,27.8,399.5,9,16,246,1808,459,286,0,threshold_pace,2,1,0,126.8,102.7,false,2538,1.000,1.000,0,0,0,,
ben-steady,2026-04-22-strength.fit,2026-04-22T07:57:00Z,training,0.0,,,,,,,,,,,2830.0,2830,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,235.8,179.5,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-04-24-run.fit,2026-04-24T06:22:00Z,running,9905.1,3102,170.7,171.2,1.119,245.2,50.31,84.8,214.1,227.9,117.3,3102.0,3102,313.2,garmin fr945,1.134,true,313.2,0,0,4.3,7.67,237.7,23.0,790,1048,27.8,402.1,19,82,499,2126,377,211,0,threshold_pace,0,0,0,,117.3,false,3103,1.000,1.000,0,2,0,,
ben-steady,2026-04-25-brick.fit#cycling,2026-04-25T08:07:00Z,cycling,8992.5,,,,,,,,,,,1200.0,1200,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,80.0,60.9,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-04-25-brick.fit,2026-04-25T08:28:00Z,running,8385.9,2577,171.3,171.3,1.139,243.2,50.31,85.0,83.4,84.0,93.4,2577.0,2577,307.3,garmin fr945,1.138,true,307.3,0,0,2.4,7.49,243.6,10.0,182,194,4.0,177.7,13,31,75,2459,0,1,0,threshold_pace,0,0,0,,93.4,false,2578,1.000,1.000,1,1,0,,
ben-steady,2026-04-27-run.fit,2026-04-27T06:53:00Z,running,8438.2,2632,170.9,171.2,1.123,244.8,50.30,84.8,176.5,206.4,97.2,2632.0,2632,311.9,garmin fr945,1.134,true,311.9,0,0,4.1,7.64,233.6,24.5,736,853,40.0,910.0,17,92,566,1621,337,155,0,threshold_pace,0,0,0,131.6,97.2,false,2633,1.000,1.000,0,3,0,,
ben-steady,2026-04-28-run.fit,2026-04-28T08:12:00Z,running,8408.1,2360,174.1,171.3,1.223,232.4,50.31,86.3,173.8,198.0,99.6,2360.0,2360,280.7,garmin fr945,1.134,true,280.7,0,0,5.3,7.18,263.1,23.5,689,685,27.8,399.1,20,62,449,1100,730,1006,496,threshold_pace,6,1,0,,99.6,false,2361,1.000,1.000,0,0,1,,
ben-steady,2026-04-29-strength.fit,2026-04-29T06:53:00Z,training,0.0,,,,,,,,,,,2685.0,2685,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,223.8,170.3,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-05-02-run.fit,2026-05-02T07:30:00Z,running,9921.4,2991,171.8,171.2,1.155,241.0,50.31,85.3,216.9,225.6,119.4,2991.0,2991,301.5,garmin fr945,1.135,true,301.5,0,0,4.5,7.48,248.6,22.7,761,1026,38.8,908.4,14,22,410,2007,539,381,0,threshold_pace,0,1,0,,119.4,false,2992,1.000,1.000,0,4,3,,
ben-steady,2026-05-03-run.fit,2026-05-03T06:32:00Z,running,9836.3,2985,171.7,171.3,1.151,241.6,50.28,85.2,97.3,99.6,111.3,2985.0,2985,303.5,garmin fr945,1.137,true,303.5,0,0,2.4,7.42,246.4,10.1,222,253,4.0,175.6,25,34,38,2889,0,0,0,threshold_pace,0,0,0,,111.3,false,2986,1.000,1.000,0,2,1,,
ben-steady,2026-05-06-strength.fit,2026-05-06T08:14:00Z,training,0.0,,,,,,,,,,,2717.0,2717,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,226.4,172.3,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-05-08-run.fit,2026-05-08T06:21:00Z,running,7681.2,2236,172.9,171.3,1.191,236.9,50.30,85.7,76.1,73.9,87.5,2236.0,2236,291.1,garmin fr945,1.138,true,291.1,0,0,2.6,7.22,257.9,9.6,185,203,3.9,185.0,12,24,80,2121,0,25,0,threshold_pace,0,0,0,111.8,87.5,false,2237,1.000,1.000,0,0,0,,
ben-steady,2026-05-09-run.fit,2026-05-09T06:24:00Z,running,9220.7,2624,173.6,171.3,1.209,234.0,50.30,86.1,207.4,198.7,112.8,2624.0,2624,284.6,garmin fr945,1.133,true,284.6,0,0,5.6,7.26,268.6,21.6,658,874,27.8,404.2,17,27,448,1359,773,1150,533,threshold_pace,10,0,0,,112.8,false,2625,1.000,1.000,0,0,1,,
ben-steady,2026-05-09-run-2.fit,2026-05-09T18:00:00Z,running,9336.5,2884,171.2,171.2,1.132,243.7,50.29,84.9,212.2,200.9,112.6,2884.0,2884,308.9,garmin fr945,1.134,true,308.9,0,0,4.4,7.60,247.6,21.5,680,1013,27.8,401.0,0,37,424,1984,420,254,0,threshold_pace,2,0,0,144.2,112.6,false,2885,1.000,0.993,0,0,0,,
ben-steady,2026-05-10-run.fit,2026-05-10T07:40:00Z,running,7941.5,2473,170.9,171.2,1.124,244.7,50.29,84.8,172.7,185.4,92.9,2473.0,2473,311.4,garmin fr945,1.135,true,311.4,0,0,4.4,7.65,237.8,23.3,648,827,39.8,897.4,14,85,487,1586,302,221,0,threshold_pace,0,0,0,,92.9,false,2474,1.000,1.000,0,0,0,,
ben-steady,2026-05-11-run.fit,2026-05-11T07:39:00Z,running,9641.5,2799,173.0,171.2,1.188,236.4,50.30,85.8,212.3,217.9,115.6,2799.0,2799,290.3,garmin fr945,1.133,true,290.3,0,0,6.0,7.39,258.2,22.6,766,885,39.8,900.2,0,32,627,1414,707,1124,601,threshold_pace,7,0,0,,115.6,false,2800,1.000,0.993,1,1,1,,
ben-steady,2026-05-12-run.fit,2026-05-12T07:14:00Z,running,7734.7,2374,171.3,171.2,1.137,242.9,50.30,85.0,171.4,184.7,90.9,2374.0,2374,306.9,garmin fr945,1.135,true,306.9,0,0,4.6,7.57,240.1,23.9,643,822,39.9,911.1,14,58,435,1583,285,323,0,threshold_pace,0,1,0,118.7,90.9,false,2375,1.000,1.000,0,3,0,,
ben-steady,2026-05-13-strength.fit,2026-05-13T06:38:00Z,training,0.0,,,,,,,,,,,2824.0,2824,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,235.3,179.1,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-05-15-run.fit,2026-05-15T08:05:00Z,running,9565.3,2864,172.1,171.3,1.164,240.1,50.31,85.4,96.0,95.7,108.9,2864.0,2864,299.4,garmin fr945,1.137,true,299.4,0,0,2.5,7.36,250.1,10.0,219,242,4.0,175.7,24,38,30,2773,0,1,0,threshold_pace,0,0,0,143.2,108.9,false,2865,1.000,1.000,0,3,0,,
ben-steady,2026-05-16-run.fit,2026-05-16T08:14:00Z,running,9292.3,2760,172.3,171.3,1.169,239.3,50.30,85.5,213.7,214.9,113.0,2760.0,2760,297.0,garmin fr945,1.136,true,297.0,0,0,4.6,7.41,252.1,23.1,724,988,39.8,904.1,27,27,287,1882,538,462,0,threshold_pace,3,1,0,138.0,113.0,false,2761,1.000,1.000,0,1,1,,
ben-steady,2026-05-18-run.fit,2026-05-18T06:06:00Z,running,7992.2,2428,171.6,171.2,1.148,241.8,50.30,85.1,172.7,185.5,94.0,2428.0,2428,303.8,garmin fr945,1.134,true,303.8,0,0,4.2,7.50,242.6,23.2,647,806,40.0,909.9,19,75,374,1607,354,272,0,threshold_pace,1,0,0,121.4,94.0,false,2429,1.000,1.000,0,1,0,,
ben-steady,2026-05-19-run.fit,2026-05-19T07:36:00Z,running,9549.2,2713,173.7,171.2,1.210,233.8,50.30,86.1,212.4,223.7,116.1,2713.0,2713,284.1,garmin fr945,1.133,true,284.1,0,0,5.6,7.26,260.6,23.4,781,894,39.8,892.1,15,76,407,1457,759,1157,631,threshold_pace,5,0,0,316.5,116.1,false,2714,1.000,1.000,0,2,1,,
ben-steady,2026-05-19-run-2.fit,2026-05-19T18:00:00Z,running,8226.0,2605,170.4,171.2,1.109,246.5,50.29,84.6,195.0,180.3,97.7,2605.0,2605,316.7,garmin fr945,1.134,true,316.7,0,0,4.2,7.72,240.7,21.9,638,969,40.0,909.7,35,32,553,1749,237,181,0,threshold_pace,0,0,0,,97.7,false,2606,1.000,1.000,0,1,3,,
ben-steady,2026-05-20-strength.fit,2026-05-20T07:19:00Z,training,0.0,,,,,,,,,,,2762.0,2762,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,230.2,175.2,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-05-22-brick.fit#cycling,2026-05-22T07:17:00Z,cycling,8992.5,,,,,,,,,,,1200.0,1200,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,80.0,60.9,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-05-22-brick.fit,2026-05-22T07:38:00Z,running,8914.6,2698,171.8,171.2,1.153,241.3,50.31,85.2,90.7,87.8,100.6,2698.0,2698,302.6,garmin fr945,1.137,true,302.6,0,0,2.4,7.41,248.2,9.9,198,258,4.0,181.4,12,22,91,2574,0,0,0,threshold_pace,0,0,0,134.9,100.6,false,2699,1.000,1.000,0,1,0,,
ben-steady,2026-05-25-run.fit,2026-05-25T08:29:00Z,running,8669.9,2465,173.6,171.3,1.209,234.0,50.31,86.1,189.6,208.8,103.6,2465.0,2465,284.3,garmin fr945,1.134,true,284.3,0,0,5.8,7.27,258.4,24.1,713,810,40.0,908.0,11,17,527,1228,683,1078,500,threshold_pace,6,0,0,,103.6,false,2466,1.000,1.000,0,0,0,,
ben-steady,2026-05-27-strength.fit,2026-05-27T07:38:00Z,training,0.0,,,,,,,,,,,2445.0,2445,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,203.8,155.1,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-05-28-run.fit,2026-05-28T07:07:00Z,running,9040.6,2693,172.2,171.3,1.169,239.5,50.30,85.4,88.0,91.5,102.5,2693.0,2693,297.9,garmin fr945,1.138,true,297.9,0,0,2.4,7.33,250.3,10.1,221,243,4.0,175.0,15,40,48,2591,0,0,0,threshold_pace,0,0,0,134.7,102.5,false,2694,1.000,1.000,0,1,1,,
ben-steady,2026-05-30-run.fit,2026-05-30T06:45:00Z,running,8900.3,2827,170.3,171.2,1.106,246.7,50.30,84.6,192.4,205.2,104.3,2827.0,2827,317.6,garmin fr945,1.133,true,317.6,0,0,4.2,7.74,235.4,23.1,739,962,39.6,904.5,22,90,588,1788,340,154,0,threshold_pace,0,0,0,,104.3,false,2828,1.000,1.000,0,0,0,,
ben-steady,2026-05-31-run.fit,2026-05-31T06:31:00Z,running,9689.6,2939,171.7,171.3,1.149,241.5,50.31,85.2,215.3,224.9,116.6,2939.0,2939,303.3,garmin fr945,1.135,true,303.3,0,0,4.6,7.52,246.4,23.2,749,1025,38.4,900.6,13,23,408,1988,508,332,0,threshold_pace,1,1,0,146.9,116.6,false,2940,1.000,1.000,0,3,1,,
ben-steady,2026-06-01-run.fit,2026-06-01T06:22:00Z,running,8756.3,2559,172.8,171.3,1.187,237.2,50.30,85.7,88.0,85.7,100.3,2559.0,2559,292.2,garmin fr945,1.138,true,292.2,0,0,2.5,7.24,256.5,9.8,208,224,4.0,177.0,22,29,31,2478,0,16,0,threshold_pace,0,0,0,,100.3,false,2560,1.000,1.000,0,3,0,,
ben-steady,2026-06-03-strength.fit,2026-06-03T07:00:00Z,training,0.0,,,,,,,,,,,2915.0,2915,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,242.9,184.9,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-06-04-run.fit,2026-06-04T07:28:00Z,running,7504.9,2407,170.1,171.2,1.097,247.9,50.30,84.5,174.9,169.9,87.5,2407.0,2407,320.7,garmin fr945,1.133,true,320.7,0,0,4.3,7.81,237.2,22.6,623,870,38.8,910.6,0,1,645,1516,226,135,0,threshold_pace,0,0,0,,87.5,false,2408,1.000,0.992,0,3,0,,
ben-steady,2026-06-06-run.fit,2026-06-06T08:11:00Z,running,9535.0,2673,174.1,171.3,1.224,232.0,50.29,86.3,207.6,213.3,114.8,2673.0,2673,280.3,garmin fr945,1.135,true,280.3,0,0,5.3,7.17,268.2,22.4,735,824,39.0,902.9,17,50,467,1373,767,1124,594,threshold_pace,4,2,0,,114.8,false,2674,1.000,1.000,0,1,0,,
ben-steady,2026-06-07-run.fit,2026-06-07T07:18:00Z,running,9402.5,2808,172.2,171.2,1.163,239.8,50.30,85.4,212.6,214.6,113.8,2808.0,2808,298.6,garmin fr945,1.135,true,298.6,0,0,4.6,7.44,251.2,22.8,715,1004,39.8,899.5,10,17,413,1887,482,394,0,threshold_pace,1,2,0,,113.8,false,2809,1.000,1.000,0,2,2,,
ben-steady,2026-06-09-run.fit,2026-06-09T07:07:00Z,running,7543.7,2166,173.3,171.3,1.199,235.1,50.30,85.9,180.5,171.2,90.8,2166.0,2166,287.1,garmin fr945,1.133,true,287.1,0,0,6.2,7.35,264.1,22.7,575,798,39.9,909.2,0,6,480,1070,591,954,496,threshold_pace,4,0,0,,90.8,false,2167,1.000,0.991,0,0,0,,
ben-steady,2026-06-10-strength.fit,2026-06-10T06:57:00Z,training,0.0,,,,,,,,,,,2597.0,2597,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,216.4,164.7,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-06-12-run.fit,2026-06-12T06:43:00Z,running,7689.1,2254,172.7,171.2,1.184,237.7,50.29,85.7,76.0,78.1,87.0,2254.0,2254,293.1,garmin fr945,1.138,true,293.1,0,0,2.5,7.26,254.7,10.2,210,185,4.0,179.8,24,29,32,2170,0,4,0,threshold_pace,0,0,0,,87.0,false,2255,1.000,1.000,0,0,1,,
ben-steady,2026-06-13-run.fit,2026-06-13T07:01:00Z,running,8764.0,2759,170.6,171.2,1.114,245.7,50.31,84.7,179.5,207.0,101.2,2759.0,2759,314.8,garmin fr945,1.135,true,314.8,0,0,4.2,7.69,232.7,23.6,743,891,33.9,783.9,11,23,627,1809,290,152,0,threshold_pace,0,0,0,,101.2,false,2760,1.000,1.000,0,1,1,,
ben-steady,2026-06-14-run.fit,2026-06-14T06:14:00Z,running,8552.1,2672,170.8,171.2,1.121,245.0,50.30,84.8,195.3,177.2,102.9,2672.0,2672,312.4,garmin fr945,1.134,true,312.4,0,0,4.5,7.67,245.8,20.7,611,957,39.4,906.8,17,26,392,1863,375,225,0,threshold_pace,0,0,0,,102.9,false,2673,1.000,1.000,0,0,0,,
ben-steady,2026-06-16-run.fit,2026-06-16T08:19:00Z,running,8693.6,2750,170.5,171.2,1.110,246.4,50.30,84.7,192.8,202.6,101.6,2750.0,2750,316.3,garmin fr945,1.134,true,316.3,0,0,4.2,7.72,236.7,23.3,718,953,39.0,928.2,10,13,650,1785,293,179,0,threshold_pace,0,0,0,,101.6,false,2751,1.000,1.000,0,1,0,,
ben-steady,2026-06-17-strength.fit,2026-06-17T06:43:00Z,training,0.0,,,,,,,,,,,2655.0,2655,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,221.2,168.4,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-06-18-run.fit,2026-06-18T07:47:00Z,running,7927.8,2425,171.5,171.3,1.140,242.7,50.30,85.1,185.7,176.8,94.9,2425.0,2425,305.9,garmin fr945,1.135,true,305.9,0,0,4.6,7.56,248.5,22.3,608,883,39.6,909.3,1,47,284,1664,410,288,0,threshold_pace,0,1,0,121.2,94.9,false,2426,1.000,0.992,0,1,0,,
ben-steady,2026-06-19-brick.fit#cycling,2026-06-19T06:43:00Z,cycling,8992.5,,,,,,,,,,,1200.0,1200,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,80.0,60.9,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-06-19-brick.fit,2026-06-19T07:04:00Z,running,9776.3,2891,172.4,171.3,1.176,238.5,50.30,85.5,99.3,96.0,112.2,2891.0,2891,295.7,garmin fr945,1.138,true,295.7,0,0,2.5,7.30,254.0,9.8,217,271,4.0,176.9,16,23,42,2811,0,9,0,threshold_pace,0,0,0,144.6,112.2,false,2892,1.000,1.000,0,1,2,,
ben-steady,2026-06-21-run.fit,2026-06-21T06:08:00Z,running,8213.8,2284,174.4,171.3,1.232,231.2,50.29,86.4,174.4,196.5,97.5,2284.0,2284,278.1,garmin fr945,1.134,true,278.1,0,0,5.3,7.13,265.6,23.9,676,691,39.9,909.4,34,26,339,1151,715,1073,528,threshold_pace,6,0,0,,97.5,false,2285,1.000,0.991,0,1,2,,
ben-steady,2026-06-23-run.fit,2026-06-23T06:31:00Z,running,7969.1,2332,172.7,171.2,1.186,237.4,50.31,85.7,78.3,79.3,90.5,2332.0,2332,292.6,garmin fr945,1.138,true,292.6,0,0,2.6,7.25,255.6,10.0,187,201,4.0,175.2,14,40,53,2226,0,19,0,threshold_pace,0,0,0,,90.5,false,2333,1.000,1.000,0,1,1,,
ben-steady,2026-06-24-strength.fit,2026-06-24T07:48:00Z,training,0.0,,,,,,,,,,,2210.0,2210,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,184.2,140.2,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-06-25-run.fit,2026-06-25T08:27:00Z,running,9553.0,2720,173.6,171.3,1.208,234.0,50.30,86.1,210.7,214.8,115.2,2720.0,2720,284.7,garmin fr945,1.135,true,284.7,0,0,5.7,7.26,264.8,22.5,747,870,27.8,401.1,8,14,647,1214,838,1146,653,threshold_pace,7,0,0,,115.2,false,2721,1.000,1.000,0,2,1,,
ben-steady,2026-06-26-run.fit,2026-06-26T07:05:00Z,running,8365.1,2594,171.0,171.2,1.128,244.2,50.29,84.9,194.5,175.1,100.7,2594.0,2594,310.1,garmin fr945,1.135,true,310.1,0,0,4.4,7.62,248.7,20.9,604,934,27.8,424.9,0,10,380,1764,421,209,0,threshold_pace,0,1,0,,100.7,false,2595,1.000,0.992,0,1,0,,
ben-steady,2026-06-27-run.fit,2026-06-27T06:09:00Z,running,9773.8,3076,170.6,171.2,1.114,245.8,50.29,84.7,219.0,213.1,116.7,3076.0,3076,314.7,garmin fr945,1.134,true,314.7,0,0,4.3,7.69,241.5,21.8,767,1083,38.8,909.6,9,19,612,2025,412,202,0,threshold_pace,0,0,0,153.8,116.7,false,3077,1.000,1.000,0,2,1,,
ben-steady,2026-06-30-run.fit,2026-06-30T08:25:00Z,running,9876.7,3030,171.3,171.2,1.138,242.7,50.31,85.0,217.8,224.6,118.2,3030.0,3030,306.8,garmin fr945,1.135,true,306.8,0,0,4.4,7.56,243.9,22.7,773,1066,39.6,897.5,15,32,546,2072,366,329,0,threshold_pace,0,0,0,151.5,118.2,false,3031,1.000,1.000,0,2,0,,
ben-steady,2026-07-01-strength.fit,2026-07-01T07:50:00Z,training,0.0,,,,,,,,,,,2399.0,2399,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,199.9,152.2,true,0,0.000,0.000,0,0,0,,
ben-steady,2026-07-03-run.fit,2026-07-03T06:11:00Z,running,9420.2,2885,171.4,171.2,1.142,242.6,50.30,85.1,92.0,95.5,105.9,2885.0,2885,306.3,garmin fr945,1.137,true,306.3,0,0,2.4,7.47,243.6,10.1,213,226,4.0,188.5,15,45,51,2775,0,0,0,threshold_pace,0,0,0,144.2,105.9,false,2886,1.000,1.000,0,2,0,,
ben-steady,2026-07-04-run.fit,2026-07-04T06:02:00Z,running,9347.2,2662,173.6,171.3,1.208,234.2,50.30,86.1,214.6,212.0,113.5,2662.0,2662,284.8,garmin fr945,1.134,true,284.8,0,0,5.5,7.27,266.6,22.7,732,881,27.8,395.5,8,13,493,1378,771,1117,493,threshold_pace,7,0,0,,113.5,false,2663,1.000,1.000,0,1,2,,
ben-steady,2026-07-05-run.fit,2026-07-05T06:45:00Z,running,8041.1,2426,171.8,171.2,1.154,241.0,50.30,85.2,181.9,174.4,96.2,2426.0,2426,301.7,garmin fr945,1.135,true,301.7,0,0,4.4,7.48,252.5,21.7,592,863,38.8,907.5,0,1,365,1689,352,267,0,threshold_pace,1,0,0,121.3,96.2,false,2427,1.000,0.992,0,0,1,,
�I
ben-steady/weeks.csv�Iathlete,week,week_start,coverage_days,distance_km,runs,untracked_days,load_unit,load,monotony,strain,descent_m,ascent_m,high_intensity_min,jump_sessions,cadence_matched_spm,pfp_level,pfp_points,pfp_rules,pfp_capped,itbs_level,itbs_points,itbs_rules,itbs_capped,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules,patellar_tendinopathy_capped,fired_rules,l1_state,l1_value,l2_state,l2_value,l3_state,l3_value,l4_state,l4_value,l5_state,l5_value,l6_state,l6_value,g1_state,g1_value,g2_state,g2_value,g3_state,g3_value,d1_state,d1_value,d2_state,d2_value,asc_state,asc_value,k1_state,k1_value,k2_state,k2_value,k3_state,k3_value,k4_state,k4_value,s1_state,s1_value,s2_state,s2_value,s3_state,s3_value,other_rule_states
ben-steady,2026-W10,2026-03-02,5,32.26,4,0,trimp,524.00,1.476,773.18,606.5,621.2,10.5,0,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,1.4755,insufficient_data,,not_fired,376.3387,not_fired,171.2312,insufficient_data,,not_fired,0.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W11,2026-03-09,5,33.27,4,0,trimp,537.14,1.505,808.32,622.2,633.1,8.1,0,171.3,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,3.1505,insufficient_data,,not_fired,1.5048,insufficient_data,,not_fired,393.8603,not_fired,171.2607,insufficient_data,,not_fired,0.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W12,2026-03-16,5,32.99,4,0,trimp,578.79,1.355,784.08,625.6,655.2,8.8,0,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,-0.8590,insufficient_data,,not_fired,1.3547,insufficient_data,,not_fired,388.8252,not_fired,171.2207,not_fired,-0.0979,not_fired,0.0000,not_fired,625.5633,not_fired,8.8000,not_fired,655.1800,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W13,2026-03-23,5,37.23,4,0,trimp,572.57,1.555,890.42,722.7,712.4,11.0,0,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,12.8636,not_fired,0.8634,not_fired,1.5551,not_fired,-9.3872,not_fired,439.1832,not_fired,171.2470,not_fired,0.0311,not_fired,0.0000,not_fired,722.7433,not_fired,10.9833,not_fired,712.3600,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W14,2026-03-30,5,35.63,4,0,trimp,571.17,1.513,864.45,672.9,692.8,9.6,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9748,not_fired,-4.2991,not_fired,1.0032,not_fired,1.5135,not_fired,-15.0390,not_fired,422.8166,not_fired,171.2392,not_fired,0.0191,not_fired,0.0000,not_fired,672.8733,not_fired,9.6167,not_fired,692.7733,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W15,2026-04-06,5,33.59,4,0,trimp,574.83,1.406,807.92,661.9,664.8,9.8,0,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9468,not_fired,-5.7273,not_fired,1.0393,not_fired,1.4055,not_fired,-14.2610,not_fired,399.3219,not_fired,171.2696,not_fired,0.0354,not_fired,0.0000,not_fired,661.9067,not_fired,9.7500,not_fired,664.7900,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W16,2026-04-13,5,34.74,4,0,trimp,566.98,1.458,826.88,674.5,642.5,8.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9863,not_fired,3.4403,not_fired,0.9247,not_fired,1.4584,not_fired,-1.7399,not_fired,403.9073,not_fired,171.2250,not_fired,-0.0138,not_fired,0.0000,not_fired,674.5000,not_fired,8.8667,not_fired,642.4833,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W17,2026-04-20,4,34.47,4,0,trimp,647.38,1.112,719.74,659.1,670.8,10.0,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0199,not_fired,-0.8042,not_fired,0.9347,not_fired,1.1118,not_fired,-0.7465,not_fired,406.9848,not_fired,171.2380,not_fired,0.0149,not_fired,0.0000,not_fired,659.0800,not_fired,9.9667,not_fired,670.7967,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W18,2026-04-27,5,36.60,4,0,trimp,597.83,1.460,872.61,729.5,664.6,8.3,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0016,not_fired,6.2056,not_fired,1.0029,not_fired,1.4596,not_fired,-4.7464,not_fired,427.5218,not_fired,171.2442,not_fired,0.0240,not_fired,0.0000,not_fired,729.4800,not_fired,8.2667,not_fired,664.5633,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W19,2026-05-04,4,34.18,4,0,trimp,578.20,0.987,570.51,658.9,668.4,8.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9410,not_fired,-6.6224,not_fired,1.1934,not_fired,0.9867,not_fired,-21.0059,not_fired,405.8666,not_fired,171.2475,not_fired,-0.0184,not_fired,0.0000,not_fired,658.9133,not_fired,8.8833,not_fired,668.4300,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W20,2026-05-11,5,36.23,4,0,trimp,607.54,1.435,871.73,713.3,693.5,10.0,0,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9718,not_fired,6.0091,not_fired,0.8833,not_fired,1.4348,not_fired,7.4888,not_fired,428.4176,not_fired,171.2531,not_fired,0.0104,not_fired,0.0000,not_fired,713.2600,not_fired,10.0167,not_fired,693.4933,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W21,2026-05-18,4,34.68,4,0,trimp,644.52,1.069,688.68,677.3,670.8,10.5,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9625,not_fired,-4.2829,not_fired,0.7490,not_fired,1.0685,not_fired,20.2901,not_fired,408.4400,not_fired,171.2047,not_fired,-0.0599,not_fired,0.0000,not_fired,677.3400,not_fired,10.5167,not_fired,670.8400,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W22,2026-05-25,5,36.30,4,0,trimp,582.02,1.505,876.10,730.4,685.4,8.3,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9766,not_fired,4.6663,not_fired,1.0042,not_fired,1.5053,not_fired,-1.0990,not_fired,426.9359,not_fired,171.2442,not_fired,0.0101,not_fired,0.0000,not_fired,730.4067,not_fired,8.3333,not_fired,685.4400,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W23,2026-06-01,5,35.20,4,0,trimp,601.36,1.399,841.48,683.6,683.1,9.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9840,not_fired,-3.0347,not_fired,1.0494,not_fired,1.3993,not_fired,-5.1008,not_fired,416.4641,not_fired,171.2323,not_fired,0.0198,not_fired,0.0000,not_fired,683.5867,not_fired,9.9000,not_fired,683.1033,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W24,2026-06-08,5,32.55,4,0,trimp,546.61,1.423,777.61,633.5,631.3,8.3,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9045,not_fired,-7.5281,not_fired,1.0456,not_fired,1.4226,not_fired,-4.1354,not_fired,381.8922,not_fired,171.2262,not_fired,-0.0196,not_fired,0.0000,not_fired,633.4533,not_fired,8.2667,not_fired,631.2700,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W25,2026-06-15,5,34.61,4,0,trimp,635.48,1.399,889.28,671.8,652.2,8.8,0,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0089,not_fired,6.3368,not_fired,1.0359,not_fired,1.3994,not_fired,-4.2525,not_fired,406.1872,not_fired,171.2611,not_fired,0.0349,not_fired,0.0000,not_fired,671.8500,not_fired,8.8000,not_fired,652.2000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W26,2026-06-22,5,35.66,4,0,trimp,563.29,1.523,857.82,682.3,702.6,10.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9997,not_fired,3.0322,not_fired,0.9113,not_fired,1.5229,not_fired,7.4016,not_fired,423.1153,not_fired,171.2314,not_fired,0.0062,not_fired,0.0000,not_fired,682.3500,not_fired,10.8833,not_fired,702.6000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W27,2026-06-29,5,36.69,4,0,trimp,585.99,1.513,886.63,706.6,706.3,8.2,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0103,not_fired,2.8722,not_fired,1.0551,not_fired,1.5131,not_fired,-5.1259,not_fired,433.8254,not_fired,171.2381,not_fired,0.0304,not_fired,0.0000,not_fired,706.5833,not_fired,8.2167,not_fired,706.3500,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
"��
runs.csv�athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,timer_time_s,duration_s,moving_pace_s_per_km,device,step_length_matched_m,step_length_native,average_pace_s_per_km,paused_time_s,pause_count,cadence_sd_spm,vertical_ratio_pct,power_w,descent_per_km,downhill_time_s,uphill_time_s,longest_descent_m,longest_descent_distance_m,hr_z1_s,hr_z2_s,hr_z3_s,hr_z4_s,hr_z5_s,faster_than_threshold_s,high_intensity_s,high_intensity_basis,intervals,strides,sprints,session_rpe_load,load,load_estimated,samples,coverage,heart_rate_coverage,gps_dropouts,cadence_zeros,implausible_removed,warnings,gear�ben-steady,2026-03-02-run.fit,2026-03-02T06:11:00Z,running,7746.2,2396,171.1,171.2,1.130,243.8,50.30,85.0,179.8,171.4,92.3,2396.0,2396,309.3,garmin fr945,1.134,true,309.3,0,0,4.7,7.63,245.8,22.1,581,871,39.5,911.8,21,33,385,1674,284,242,0,threshold_pace,1,0,0,,92.3,false,2397,1.000,1.000,0,1,1,,�ben-steady,2026-03-03-run.fit,2026-03-03T07:49:00Z,running,7805.7,2404,171.2,171.2,1.135,243.4,50.31,85.0,171.7,171.2,92.3,2404.0,2404,308.0,garmin fr945,1.135,true,308.0,0,0,4.1,7.57,244.9,21.9,616,816,32.9,785.9,40,33,389,1616,327,176,0,threshold_pace,0,0,0,,92.3,false,2405,1.000,1.000,0,2,1,,�ben-steady,2026-03-04-strength.fit,2026-03-04T07:24:00Z,training,0.0,,,,,,,,,,,2328.0,2328,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,194.0,147.7,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-03-06-run.fit,2026-03-06T08:18:00Z,running,7843.5,2213,173.9,171.3,1.218,233.0,50.29,86.2,181.7,176.1,92.9,2213.0,2213,282.1,garmin fr945,1.133,true,282.1,0,0,5.4,7.21,269.1,22.5,642,673,39.4,893.7,23,55,497,941,698,1013,628,threshold_pace,6,0,0,,92.9,false,2214,1.000,1.000,1,0,1,,�ben-steady,2026-03-07-run.fit,2026-03-07T07:58:00Z,running,8861.2,2730,171.2,171.2,1.137,243.3,50.29,85.0,88.0,87.8,98.8,2730.0,2730,308.1,garmin fr945,1.137,true,308.1,0,0,2.3,7.50,243.1,9.9,191,226,4.0,180.0,0,42,60,2609,0,0,0,threshold_pace,0,0,0,136.5,98.8,false,2731,1.000,0.993,1,0,0,,�ben-steady,2026-03-09-run.fit,2026-03-09T06:49:00Z,running,8475.4,2487,172.7,171.3,1.180,237.8,50.31,85.6,187.6,194.0,101.9,2487.0,2487,293.4,garmin fr945,1.136,true,293.4,0,0,4.5,7.34,255.6,22.9,659,858,38.4,902.0,17,68,252,1713,438,374,0,threshold_pace,3,0,0,,101.9,false,2488,1.000,1.000,0,2,1,,�ben-steady,2026-03-10-run.fit,2026-03-10T08:22:00Z,running,9176.1,2742,172.1,171.3,1.166,239.8,50.31,85.4,92.0,91.2,104.1,2742.0,2742,298.8,garmin fr945,1.137,true,298.8,0,0,2.5,7.35,250.8,9.9,202,239,4.0,191.8,2,30,32,2659,0,2,0,threshold_pace,0,0,0,137.1,104.1,false,2743,1.000,0.993,0,2,1,,�ben-steady,2026-03-11-strength.fit,2026-03-11T06:16:00Z,training,0.0,,,,,,,,,,,2259.0,2259,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,188.2,143.3,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-03-13-run.fit,2026-03-13T06:30:00Z,running,7994.8,2226,174.3,171.3,1.231,231.2,50.31,86.4,181.2,174.0,97.3,2226.0,2226,278.4,garmin fr945,1.133,true,278.4,0,0,5.2,7.13,271.7,21.8,590,712,40.0,908.2,14,41,402,1047,723,947,488,threshold_pace,4,0,0,,97.3,false,2227,1.000,1.000,0,1,1,,�ben-steady,2026-03-15-run.fit,2026-03-15T07:23:00Z,running,7626.5,2384,170.8,171.2,1.120,245.0,50.29,84.8,172.4,163.0,90.6,2384.0,2384,312.6,garmin fr945,1.134,true,312.6,0,0,4.5,7.67,242.7,21.4,587,836,39.4,923.1,32,26,457,1596,274,182,0,threshold_pace,0,0,0,119.2,90.6,false,2385,1.000,1.000,1,1,3,,�ben-steady,2026-03-16-run.fit,2026-03-16T06:24:00Z,running,8062.3,2266,174.0,171.3,1.221,232.4,50.30,86.2,186.1,175.2,98.1,2266.0,2266,281.1,garmin fr945,1.133,true,281.1,0,0,5.7,7.21,270.2,21.7,595,759,40.0,914.2,25,25,395,1068,754,1084,528,threshold_pace,5,0,0,,98.1,false,2267,1.000,1.000,0,1,1,,�ben-steady,2026-03-17-run.fit,2026-03-17T07:02:00Z,running,7995.2,2500,170.8,171.2,1.120,245.1,50.30,84.8,180.7,185.3,94.1,2500.0,2500,312.7,garmin fr945,1.133,true,312.7,0,0,4.3,7.67,238.5,23.2,652,891,40.0,924.8,16,26,585,1573,300,196,0,threshold_pace,0,0,0,,94.1,false,2501,1.000,1.000,0,1,0,,�ben-steady,2026-03-18-strength.fit,2026-03-18T08:20:00Z,training,0.0,,,,,,,,,,,2995.0,2995,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,249.6,190.0,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-03-20-run.fit,2026-03-20T08:19:00Z,running,8435.8,2615,171.0,171.2,1.131,244.1,50.29,84.9,84.0,84.0,93.9,2615.0,2615,310.0,garmin fr945,1.136,true,310.0,0,0,2.4,7.53,241.6,10.0,192,197,4.0,173.7,15,23,117,2461,0,0,0,threshold_pace,0,0,0,,93.9,false,2616,1.000,1.000,0,0,0,,�ben-steady,2026-03-21-run.fit,2026-03-21T06:12:00Z,running,8493.6,2678,170.5,171.2,1.113,246.0,50.30,84.7,204.4,181.1,102.7,2678.0,2678,315.3,garmin fr945,1.134,true,315.3,0,0,4.3,7.71,245.3,21.3,631,1007,39.2,902.5,18,22,511,1751,377,199,0,threshold_pace,0,0,0,,102.7,false,2679,1.000,1.000,0,0,1,,�ben-steady,2026-03-23-run.fit,2026-03-23T07:17:00Z,running,9722.8,2723,174.2,171.3,1.225,232.1,50.31,86.2,226.1,214.3,119.6,2723.0,2723,280.1,garmin fr945,1.134,true,280.1,0,0,5.4,7.17,272.4,22.0,735,907,39.8,906.6,0,17,389,1436,862,1185,659,threshold_pace,7,2,0,,119.6,false,2724,1.000,0.993,0,2,2,,�ben-steady,2026-03-24-run.fit,2026-03-24T07:39:00Z,running,8665.6,2708,170.8,171.2,1.121,245.0,50.31,84.8,178.7,205.8,100.3,2708.0,2708,312.5,garmin fr945,1.135,true,312.5,0,0,4.2,7.66,234.2,23.7,738,893,39.2,906.8,17,51,642,1713,286,147,0,threshold_pace,0,0,0,135.4,100.3,false,2709,1.000,1.000,0,3,2,,�ben-steady,2026-03-25-strength.fit,2026-03-25T07:21:00Z,training,0.0,,,,,,,,,,,2103.0,2103,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,175.2,133.4,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-03-27-run.fit,2026-03-27T06:26:00Z,running,9712.2,2908,172.0,171.2,1.164,240.1,50.29,85.4,96.0,98.4,110.3,2908.0,2908,299.4,garmin fr945,1.137,true,299.4,0,0,2.5,7.36,249.5,10.1,214,258,4.0,175.2,3,32,35,2819,0,0,0,threshold_pace,0,0,0,145.4,110.3,false,2909,1.000,0.993,0,3,2,,�ben-steady,2026-03-28-run.fit,2026-03-28T06:01:00Z,running,9129.6,2884,170.5,171.2,1.111,246.2,50.28,84.6,211.6,204.3,109.0,2884.0,2884,315.9,garmin fr945,1.134,true,315.9,0,0,4.1,7.71,238.8,22.4,736,1032,40.0,920.8,47,28,597,1899,314,120,0,threshold_pace,0,0,0,,109.0,false,2885,1.000,1.000,0,1,0,,�ben-steady,2026-03-30-run.fit,2026-03-30T08:17:00Z,running,7676.3,2203,173.4,171.3,1.199,235.0,50.30,85.9,177.0,167.3,92.2,2203.0,2203,287.0,garmin fr945,1.134,true,287.0,0,0,6.2,7.36,266.2,21.8,581,739,39.4,905.6,23,29,487,1007,658,977,577,threshold_pace,4,0,0,,92.2,false,2204,1.000,1.000,0,1,1,,�ben-steady,2026-04-01-strength.fit,2026-04-01T06:22:00Z,training,0.0,,,,,,,,,,,2339.0,2339,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,194.9,148.4,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-04-02-run.fit,2026-04-02T06:27:00Z,running,9072.7,2734,171.9,171.2,1.155,240.8,50.31,85.3,213.1,196.8,110.7,2734.0,2734,301.3,garmin fr945,1.135,true,301.3,0,0,4.5,7.47,253.7,21.7,674,1010,39.8,910.6,18,48,287,1885,477,380,0,threshold_pace,0,1,0,136.7,110.7,false,2735,1.000,0.993,0,1,0,,�ben-steady,2026-04-03-run.fit,2026-04-03T06:06:00Z,running,9477.4,2978,170.6,171.2,1.116,245.6,50.29,84.7,207.9,215.4,111.6,2978.0,2978,314.2,garmin fr945,1.134,true,314.2,0,0,4.2,7.68,237.2,22.7,753,1038,39.8,900.3,7,15,785,1828,344,202,0,threshold_pace,0,0,0,,111.6,false,2979,1.000,1.000,0,1,0,,�ben-steady,2026-04-05-run.fit,2026-04-05T06:07:00Z,running,9403.3,2732,173.0,171.2,1.193,236.4,50.31,85.8,94.7,93.3,108.3,2732.0,2732,290.5,garmin fr945,1.138,true,290.5,0,0,2.5,7.21,258.1,9.9,221,247,4.0,181.1,22,25,32,2654,0,31,0,threshold_pace,0,0,0,136.6,108.3,false,2733,1.000,1.000,0,2,1,,�ben-steady,2026-04-07-run.fit,2026-04-07T06:32:00Z,running,9205.5,2755,172.1,171.3,1.162,240.0,50.30,85.3,213.3,199.2,112.4,2755.0,2755,299.3,garmin fr945,1.136,true,299.3,0,0,4.4,7.43,253.7,21.6,683,982,40.0,916.0,20,58,296,1821,561,380,0,threshold_pace,1,1,0,137.8,112.4,false,2756,1.000,1.000,0,0,4,,�ben-steady,2026-04-08-strength.fit,2026-04-08T07:51:00Z,training,0.0,,,,,,,,,,,2767.0,2767,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,230.6,175.5,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-04-09-run.fit,2026-04-09T06:24:00Z,running,7957.2,2390,172.0,171.3,1.158,240.5,50.29,85.3,184.6,174.6,96.2,2390.0,2390,300.4,garmin fr945,1.135,true,300.4,0,0,4.7,7.47,254.5,21.9,591,857,38.8,909.4,14,45,254,1648,430,332,0,threshold_pace,1,2,0,,96.2,false,2391,1.000,1.000,0,0,0,,�ben-steady,2026-04-11-run.fit,2026-04-11T07:42:00Z,running,7567.6,2256,172.2,171.2,1.168,239.6,50.29,85.4,74.3,75.6,84.8,2256.0,2256,298.1,garmin fr945,1.137,true,298.1,0,0,2.5,7.34,251.1,10.0,162,169,4.0,179.8,13,29,71,2144,0,3,0,threshold_pace,0,0,0,,84.8,false,2257,1.000,1.000,0,1,1,,�ben-steady,2026-04-12-run.fit,2026-04-12T06:11:00Z,running,8858.7,2482,174.2,171.3,1.224,232.1,50.30,86.2,192.6,212.5,105.9,2482.0,2482,280.2,garmin fr945,1.133,true,280.2,0,0,5.5,7.18,261.6,24.0,713,793,40.0,908.0,0,8,480,1320,655,1120,585,threshold_pace,8,0,0,289.6,105.9,false,2483,1.000,0.992,1,0,1,,�ben-steady,2026-04-14-run.fit,2026-04-14T08:03:00Z,running,8498.9,2662,170.7,171.2,1.118,245.3,50.32,84.8,179.9,208.7,97.8,2662.0,2662,313.2,garmin fr945,1.133,true,313.2,0,0,4.4,7.68,232.4,24.6,731,879,39.8,903.8,0,7,719,1700,217,153,0,threshold_pace,0,0,0,,97.8,false,2663,1.000,0.992,0,2,2,,�ben-steady,2026-04-15-strength.fit,2026-04-15T06:27:00Z,training,0.0,,,,,,,,,,,2571.0,2571,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,214.2,163.1,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-04-16-run.fit,2026-04-16T07:01:00Z,running,9006.1,2857,170.4,171.2,1.107,246.6,50.28,84.6,196.2,209.3,105.2,2857.0,2857,317.2,garmin fr945,1.133,true,317.2,0,0,4.2,7.74,235.1,23.2,769,942,27.8,397.2,39,41,582,1844,352,222,0,threshold_pace,0,0,0,,105.2,false,2858,1.000,1.000,0,2,0,,�ben-steady,2026-04-17-run.fit,2026-04-17T08:05:00Z,running,7650.1,2152,174.0,171.3,1.220,232.5,50.29,86.2,170.9,160.5,93.1,2152.0,2152,281.3,garmin fr945,1.135,true,281.3,0,0,5.6,7.20,271.9,21.0,542,704,27.8,399.5,20,23,367,1055,688,973,532,threshold_pace,6,0,0,251.1,93.1,false,2153,1.000,1.000,0,2,2,,�ben-steady,2026-04-18-run.fit,2026-04-18T06:48:00Z,running,9589.6,2942,171.3,171.2,1.141,243.0,50.30,85.0,95.4,96.0,107.8,2942.0,2942,306.8,garmin fr945,1.137,true,306.8,0,0,2.3,7.48,244.0,10.0,208,230,4.0,179.1,13,31,81,2818,0,0,0,threshold_pace,0,0,0,,107.8,false,2943,1.000,1.000,0,1,0,,�ben-steady,2026-04-20-run.fit,2026-04-20T08:25:00Z,running,7784.8,2168,174.3,171.3,1.231,231.2,50.30,86.4,176.2,172.2,93.5,2168.0,2168,278.5,garmin fr945,1.134,true,278.5,0,0,5.3,7.14,272.3,22.1,584,688,39.6,912.2,0,0,404,1021,724,1013,598,threshold_pace,5,0,0,252.9,93.5,false,2169,1.000,0.991,0,1,0,,�ben-steady,2026-04-20-run-2.fit,2026-04-20T18:00:00Z,running,8389.5,2537,171.7,171.2,1.152,241.4,50.29,85.2,197.1,175.0,102.7,2537.0,2537,302.4,garmin fr945,1.134,true,302.4,0,0,4.7,7.50,256.5,20.9,574,926,27.8,399.5,9,16,246,1808,459,286,0,threshold_pace,2,1,0,126.8,102.7,false,2538,1.000,1.000,0,0,0,,�ben-steady,2026-04-22-strength.fit,2026-04-22T07:57:00Z,training,0.0,,,,,,,,,,,2830.0,2830,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,235.8,179.5,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-04-24-run.fit,2026-04-24T06:22:00Z,running,9905.1,3102,170.7,171.2,1.119,245.2,50.31,84.8,214.1,227.9,117.3,3102.0,3102,313.2,garmin fr945,1.134,true,313.2,0,0,4.3,7.67,237.7,23.0,790,1048,27.8,402.1,19,82,499,2126,377,211,0,threshold_pace,0,0,0,,117.3,false,3103,1.000,1.000,0,2,0,,�ben-steady,2026-04-25-brick.fit#cycling,2026-04-25T08:07:00Z,cycling,8992.5,,,,,,,,,,,1200.0,1200,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,80.0,60.9,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-04-25-brick.fit,2026-04-25T08:28:00Z,running,8385.9,2577,171.3,171.3,1.139,243.2,50.31,85.0,83.4,84.0,93.4,2577.0,2577,307.3,garmin fr945,1.138,true,307.3,0,0,2.4,7.49,243.6,10.0,182,194,4.0,177.7,13,31,75,2459,0,1,0,threshold_pace,0,0,0,,93.4,false,2578,1.000,1.000,1,1,0,,�ben-steady,2026-04-27-run.fit,2026-04-27T06:53:00Z,running,8438.2,2632,170.9,171.2,1.123,244.8,50.30,84.8,176.5,206.4,97.2,2632.0,2632,311.9,garmin fr945,1.134,true,311.9,0,0,4.1,7.64,233.6,24.5,736,853,40.0,910.0,17,92,566,1621,337,155,0,threshold_pace,0,0,0,131.6,97.2,false,2633,1.000,1.000,0,3,0,,�ben-steady,2026-04-28-run.fit,2026-04-28T08:12:00Z,running,8408.1,2360,174.1,171.3,1.223,232.4,50.31,86.3,173.8,198.0,99.6,2360.0,2360,280.7,garmin fr945,1.134,true,280.7,0,0,5.3,7.18,263.1,23.5,689,685,27.8,399.1,20,62,449,1100,730,1006,496,threshold_pace,6,1,0,,99.6,false,2361,1.000,1.000,0,0,1,,�ben-steady,2026-04-29-strength.fit,2026-04-29T06:53:00Z,training,0.0,,,,,,,,,,,2685.0,2685,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,223.8,170.3,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-05-02-run.fit,2026-05-02T07:30:00Z,running,9921.4,2991,171.8,171.2,1.155,241.0,50.31,85.3,216.9,225.6,119.4,2991.0,2991,301.5,garmin fr945,1.135,true,301.5,0,0,4.5,7.48,248.6,22.7,761,1026,38.8,908.4,14,22,410,2007,539,381,0,threshold_pace,0,1,0,,119.4,false,2992,1.000,1.000,0,4,3,,�ben-steady,2026-05-03-run.fit,2026-05-03T06:32:00Z,running,9836.3,2985,171.7,171.3,1.151,241.6,50.28,85.2,97.3,99.6,111.3,2985.0,2985,303.5,garmin fr945,1.137,true,303.5,0,0,2.4,7.42,246.4,10.1,222,253,4.0,175.6,25,34,38,2889,0,0,0,threshold_pace,0,0,0,,111.3,false,2986,1.000,1.000,0,2,1,,�ben-steady,2026-05-06-strength.fit,2026-05-06T08:14:00Z,training,0.0,,,,,,,,,,,2717.0,2717,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,226.4,172.3,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-05-08-run.fit,2026-05-08T06:21:00Z,running,7681.2,2236,172.9,171.3,1.191,236.9,50.30,85.7,76.1,73.9,87.5,2236.0,2236,291.1,garmin fr945,1.138,true,291.1,0,0,2.6,7.22,257.9,9.6,185,203,3.9,185.0,12,24,80,2121,0,25,0,threshold_pace,0,0,0,111.8,87.5,false,2237,1.000,1.000,0,0,0,,�ben-steady,2026-05-09-run.fit,2026-05-09T06:24:00Z,running,9220.7,2624,173.6,171.3,1.209,234.0,50.30,86.1,207.4,198.7,112.8,2624.0,2624,284.6,garmin fr945,1.133,true,284.6,0,0,5.6,7.26,268.6,21.6,658,874,27.8,404.2,17,27,448,1359,773,1150,533,threshold_pace,10,0,0,,112.8,false,2625,1.000,1.000,0,0,1,,�ben-steady,2026-05-09-run-2.fit,2026-05-09T18:00:00Z,running,9336.5,2884,171.2,171.2,1.132,243.7,50.29,84.9,212.2,200.9,112.6,2884.0,2884,308.9,garmin fr945,1.134,true,308.9,0,0,4.4,7.60,247.6,21.5,680,1013,27.8,401.0,0,37,424,1984,420,254,0,threshold_pace,2,0,0,144.2,112.6,false,2885,1.000,0.993,0,0,0,,�ben-steady,2026-05-10-run.fit,2026-05-10T07:40:00Z,running,7941.5,2473,170.9,171.2,1.124,244.7,50.29,84.8,172.7,185.4,92.9,2473.0,2473,311.4,garmin fr945,1.135,true,311.4,0,0,4.4,7.65,237.8,23.3,648,827,39.8,897.4,14,85,487,1586,302,221,0,threshold_pace,0,0,0,,92.9,false,2474,1.000,1.000,0,0,0,,�ben-steady,2026-05-11-run.fit,2026-05-11T07:39:00Z,running,9641.5,2799,173.0,171.2,1.188,236.4,50.30,85.8,212.3,217.9,115.6,2799.0,2799,290.3,garmin fr945,1.133,true,290.3,0,0,6.0,7.39,258.2,22.6,766,885,39.8,900.2,0,32,627,1414,707,1124,601,threshold_pace,7,0,0,,115.6,false,2800,1.000,0.993,1,1,1,,�ben-steady,2026-05-12-run.fit,2026-05-12T07:14:00Z,running,7734.7,2374,171.3,171.2,1.137,242.9,50.30,85.0,171.4,184.7,90.9,2374.0,2374,306.9,garmin fr945,1.135,true,306.9,0,0,4.6,7.57,240.1,23.9,643,822,39.9,911.1,14,58,435,1583,285,323,0,threshold_pace,0,1,0,118.7,90.9,false,2375,1.000,1.000,0,3,0,,�ben-steady,2026-05-13-strength.fit,2026-05-13T06:38:00Z,training,0.0,,,,,,,,,,,2824.0,2824,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,235.3,179.1,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-05-15-run.fit,2026-05-15T08:05:00Z,running,9565.3,2864,172.1,171.3,1.164,240.1,50.31,85.4,96.0,95.7,108.9,2864.0,2864,299.4,garmin fr945,1.137,true,299.4,0,0,2.5,7.36,250.1,10.0,219,242,4.0,175.7,24,38,30,2773,0,1,0,threshold_pace,0,0,0,143.2,108.9,false,2865,1.000,1.000,0,3,0,,�ben-steady,2026-05-16-run.fit,2026-05-16T08:14:00Z,running,9292.3,2760,172.3,171.3,1.169,239.3,50.30,85.5,213.7,214.9,113.0,2760.0,2760,297.0,garmin fr945,1.136,true,297.0,0,0,4.6,7.41,252.1,23.1,724,988,39.8,904.1,27,27,287,1882,538,462,0,threshold_pace,3,1,0,138.0,113.0,false,2761,1.000,1.000,0,1,1,,�ben-steady,2026-05-18-run.fit,2026-05-18T06:06:00Z,running,7992.2,2428,171.6,171.2,1.148,241.8,50.30,85.1,172.7,185.5,94.0,2428.0,2428,303.8,garmin fr945,1.134,true,303.8,0,0,4.2,7.50,242.6,23.2,647,806,40.0,909.9,19,75,374,1607,354,272,0,threshold_pace,1,0,0,121.4,94.0,false,2429,1.000,1.000,0,1,0,,�ben-steady,2026-05-19-run.fit,2026-05-19T07:36:00Z,running,9549.2,2713,173.7,171.2,1.210,233.8,50.30,86.1,212.4,223.7,116.1,2713.0,2713,284.1,garmin fr945,1.133,true,284.1,0,0,5.6,7.26,260.6,23.4,781,894,39.8,892.1,15,76,407,1457,759,1157,631,threshold_pace,5,0,0,316.5,116.1,false,2714,1.000,1.000,0,2,1,,�ben-steady,2026-05-19-run-2.fit,2026-05-19T18:00:00Z,running,8226.0,2605,170.4,171.2,1.109,246.5,50.29,84.6,195.0,180.3,97.7,2605.0,2605,316.7,garmin fr945,1.134,true,316.7,0,0,4.2,7.72,240.7,21.9,638,969,40.0,909.7,35,32,553,1749,237,181,0,threshold_pace,0,0,0,,97.7,false,2606,1.000,1.000,0,1,3,,�ben-steady,2026-05-20-strength.fit,2026-05-20T07:19:00Z,training,0.0,,,,,,,,,,,2762.0,2762,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,230.2,175.2,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-05-22-brick.fit#cycling,2026-05-22T07:17:00Z,cycling,8992.5,,,,,,,,,,,1200.0,1200,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,80.0,60.9,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-05-22-brick.fit,2026-05-22T07:38:00Z,running,8914.6,2698,171.8,171.2,1.153,241.3,50.31,85.2,90.7,87.8,100.6,2698.0,2698,302.6,garmin fr945,1.137,true,302.6,0,0,2.4,7.41,248.2,9.9,198,258,4.0,181.4,12,22,91,2574,0,0,0,threshold_pace,0,0,0,134.9,100.6,false,2699,1.000,1.000,0,1,0,,�ben-steady,2026-05-25-run.fit,2026-05-25T08:29:00Z,running,8669.9,2465,173.6,171.3,1.209,234.0,50.31,86.1,189.6,208.8,103.6,2465.0,2465,284.3,garmin fr945,1.134,true,284.3,0,0,5.8,7.27,258.4,24.1,713,810,40.0,908.0,11,17,527,1228,683,1078,500,threshold_pace,6,0,0,,103.6,false,2466,1.000,1.000,0,0,0,,�ben-steady,2026-05-27-strength.fit,2026-05-27T07:38:00Z,training,0.0,,,,,,,,,,,2445.0,2445,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,203.8,155.1,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-05-28-run.fit,2026-05-28T07:07:00Z,running,9040.6,2693,172.2,171.3,1.169,239.5,50.30,85.4,88.0,91.5,102.5,2693.0,2693,297.9,garmin fr945,1.138,true,297.9,0,0,2.4,7.33,250.3,10.1,221,243,4.0,175.0,15,40,48,2591,0,0,0,threshold_pace,0,0,0,134.7,102.5,false,2694,1.000,1.000,0,1,1,,�ben-steady,2026-05-30-run.fit,2026-05-30T06:45:00Z,running,8900.3,2827,170.3,171.2,1.106,246.7,50.30,84.6,192.4,205.2,104.3,2827.0,2827,317.6,garmin fr945,1.133,true,317.6,0,0,4.2,7.74,235.4,23.1,739,962,39.6,904.5,22,90,588,1788,340,154,0,threshold_pace,0,0,0,,104.3,false,2828,1.000,1.000,0,0,0,,�ben-steady,2026-05-31-run.fit,2026-05-31T06:31:00Z,running,9689.6,2939,171.7,171.3,1.149,241.5,50.31,85.2,215.3,224.9,116.6,2939.0,2939,303.3,garmin fr945,1.135,true,303.3,0,0,4.6,7.52,246.4,23.2,749,1025,38.4,900.6,13,23,408,1988,508,332,0,threshold_pace,1,1,0,146.9,116.6,false,2940,1.000,1.000,0,3,1,,�ben-steady,2026-06-01-run.fit,2026-06-01T06:22:00Z,running,8756.3,2559,172.8,171.3,1.187,237.2,50.30,85.7,88.0,85.7,100.3,2559.0,2559,292.2,garmin fr945,1.138,true,292.2,0,0,2.5,7.24,256.5,9.8,208,224,4.0,177.0,22,29,31,2478,0,16,0,threshold_pace,0,0,0,,100.3,false,2560,1.000,1.000,0,3,0,,�ben-steady,2026-06-03-strength.fit,2026-06-03T07:00:00Z,training,0.0,,,,,,,,,,,2915.0,2915,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,242.9,184.9,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-06-04-run.fit,2026-06-04T07:28:00Z,running,7504.9,2407,170.1,171.2,1.097,247.9,50.30,84.5,174.9,169.9,87.5,2407.0,2407,320.7,garmin fr945,1.133,true,320.7,0,0,4.3,7.81,237.2,22.6,623,870,38.8,910.6,0,1,645,1516,226,135,0,threshold_pace,0,0,0,,87.5,false,2408,1.000,0.992,0,3,0,,�ben-steady,2026-06-06-run.fit,2026-06-06T08:11:00Z,running,9535.0,2673,174.1,171.3,1.224,232.0,50.29,86.3,207.6,213.3,114.8,2673.0,2673,280.3,garmin fr945,1.135,true,280.3,0,0,5.3,7.17,268.2,22.4,735,824,39.0,902.9,17,50,467,1373,767,1124,594,threshold_pace,4,2,0,,114.8,false,2674,1.000,1.000,0,1,0,,�ben-steady,2026-06-07-run.fit,2026-06-07T07:18:00Z,running,9402.5,2808,172.2,171.2,1.163,239.8,50.30,85.4,212.6,214.6,113.8,2808.0,2808,298.6,garmin fr945,1.135,true,298.6,0,0,4.6,7.44,251.2,22.8,715,1004,39.8,899.5,10,17,413,1887,482,394,0,threshold_pace,1,2,0,,113.8,false,2809,1.000,1.000,0,2,2,,�ben-steady,2026-06-09-run.fit,2026-06-09T07:07:00Z,running,7543.7,2166,173.3,171.3,1.199,235.1,50.30,85.9,180.5,171.2,90.8,2166.0,2166,287.1,garmin fr945,1.133,true,287.1,0,0,6.2,7.35,264.1,22.7,575,798,39.9,909.2,0,6,480,1070,591,954,496,threshold_pace,4,0,0,,90.8,false,2167,1.000,0.991,0,0,0,,�ben-steady,2026-06-10-strength.fit,2026-06-10T06:57:00Z,training,0.0,,,,,,,,,,,2597.0,2597,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,216.4,164.7,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-06-12-run.fit,2026-06-12T06:43:00Z,running,7689.1,2254,172.7,171.2,1.184,237.7,50.29,85.7,76.0,78.1,87.0,2254.0,2254,293.1,garmin fr945,1.138,true,293.1,0,0,2.5,7.26,254.7,10.2,210,185,4.0,179.8,24,29,32,2170,0,4,0,threshold_pace,0,0,0,,87.0,false,2255,1.000,1.000,0,0,1,,�ben-steady,2026-06-13-run.fit,2026-06-13T07:01:00Z,running,8764.0,2759,170.6,171.2,1.114,245.7,50.31,84.7,179.5,207.0,101.2,2759.0,2759,314.8,garmin fr945,1.135,true,314.8,0,0,4.2,7.69,232.7,23.6,743,891,33.9,783.9,11,23,627,1809,290,152,0,threshold_pace,0,0,0,,101.2,false,2760,1.000,1.000,0,1,1,,�ben-steady,2026-06-14-run.fit,2026-06-14T06:14:00Z,running,8552.1,2672,170.8,171.2,1.121,245.0,50.30,84.8,195.3,177.2,102.9,2672.0,2672,312.4,garmin fr945,1.134,true,312.4,0,0,4.5,7.67,245.8,20.7,611,957,39.4,906.8,17,26,392,1863,375,225,0,threshold_pace,0,0,0,,102.9,false,2673,1.000,1.000,0,0,0,,�ben-steady,2026-06-16-run.fit,2026-06-16T08:19:00Z,running,8693.6,2750,170.5,171.2,1.110,246.4,50.30,84.7,192.8,202.6,101.6,2750.0,2750,316.3,garmin fr945,1.134,true,316.3,0,0,4.2,7.72,236.7,23.3,718,953,39.0,928.2,10,13,650,1785,293,179,0,threshold_pace,0,0,0,,101.6,false,2751,1.000,1.000,0,1,0,,�ben-steady,2026-06-17-strength.fit,2026-06-17T06:43:00Z,training,0.0,,,,,,,,,,,2655.0,2655,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,221.2,168.4,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-06-18-run.fit,2026-06-18T07:47:00Z,running,7927.8,2425,171.5,171.3,1.140,242.7,50.30,85.1,185.7,176.8,94.9,2425.0,2425,305.9,garmin fr945,1.135,true,305.9,0,0,4.6,7.56,248.5,22.3,608,883,39.6,909.3,1,47,284,1664,410,288,0,threshold_pace,0,1,0,121.2,94.9,false,2426,1.000,0.992,0,1,0,,�ben-steady,2026-06-19-brick.fit#cycling,2026-06-19T06:43:00Z,cycling,8992.5,,,,,,,,,,,1200.0,1200,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,80.0,60.9,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-06-19-brick.fit,2026-06-19T07:04:00Z,running,9776.3,2891,172.4,171.3,1.176,238.5,50.30,85.5,99.3,96.0,112.2,2891.0,2891,295.7,garmin fr945,1.138,true,295.7,0,0,2.5,7.30,254.0,9.8,217,271,4.0,176.9,16,23,42,2811,0,9,0,threshold_pace,0,0,0,144.6,112.2,false,2892,1.000,1.000,0,1,2,,�ben-steady,2026-06-21-run.fit,2026-06-21T06:08:00Z,running,8213.8,2284,174.4,171.3,1.232,231.2,50.29,86.4,174.4,196.5,97.5,2284.0,2284,278.1,garmin fr945,1.134,true,278.1,0,0,5.3,7.13,265.6,23.9,676,691,39.9,909.4,34,26,339,1151,715,1073,528,threshold_pace,6,0,0,,97.5,false,2285,1.000,0.991,0,1,2,,�ben-steady,2026-06-23-run.fit,2026-06-23T06:31:00Z,running,7969.1,2332,172.7,171.2,1.186,237.4,50.31,85.7,78.3,79.3,90.5,2332.0,2332,292.6,garmin fr945,1.138,true,292.6,0,0,2.6,7.25,255.6,10.0,187,201,4.0,175.2,14,40,53,2226,0,19,0,threshold_pace,0,0,0,,90.5,false,2333,1.000,1.000,0,1,1,,�ben-steady,2026-06-24-strength.fit,2026-06-24T07:48:00Z,training,0.0,,,,,,,,,,,2210.0,2210,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,184.2,140.2,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-06-25-run.fit,2026-06-25T08:27:00Z,running,9553.0,2720,173.6,171.3,1.208,234.0,50.30,86.1,210.7,214.8,115.2,2720.0,2720,284.7,garmin fr945,1.135,true,284.7,0,0,5.7,7.26,264.8,22.5,747,870,27.8,401.1,8,14,647,1214,838,1146,653,threshold_pace,7,0,0,,115.2,false,2721,1.000,1.000,0,2,1,,�ben-steady,2026-06-26-run.fit,2026-06-26T07:05:00Z,running,8365.1,2594,171.0,171.2,1.128,244.2,50.29,84.9,194.5,175.1,100.7,2594.0,2594,310.1,garmin fr945,1.135,true,310.1,0,0,4.4,7.62,248.7,20.9,604,934,27.8,424.9,0,10,380,1764,421,209,0,threshold_pace,0,1,0,,100.7,false,2595,1.000,0.992,0,1,0,,�ben-steady,2026-06-27-run.fit,2026-06-27T06:09:00Z,running,9773.8,3076,170.6,171.2,1.114,245.8,50.29,84.7,219.0,213.1,116.7,3076.0,3076,314.7,garmin fr945,1.134,true,314.7,0,0,4.3,7.69,241.5,21.8,767,1083,38.8,909.6,9,19,612,2025,412,202,0,threshold_pace,0,0,0,153.8,116.7,false,3077,1.000,1.000,0,2,1,,�ben-steady,2026-06-30-run.fit,2026-06-30T08:25:00Z,running,9876.7,3030,171.3,171.2,1.138,242.7,50.31,85.0,217.8,224.6,118.2,3030.0,3030,306.8,garmin fr945,1.135,true,306.8,0,0,4.4,7.56,243.9,22.7,773,1066,39.6,897.5,15,32,546,2072,366,329,0,threshold_pace,0,0,0,151.5,118.2,false,3031,1.000,1.000,0,2,0,,�ben-steady,2026-07-01-strength.fit,2026-07-01T07:50:00Z,training,0.0,,,,,,,,,,,2399.0,2399,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,199.9,152.2,true,0,0.000,0.000,0,0,0,,�ben-steady,2026-07-03-run.fit,2026-07-03T06:11:00Z,running,9420.2,2885,171.4,171.2,1.142,242.6,50.30,85.1,92.0,95.5,105.9,2885.0,2885,306.3,garmin fr945,1.137,true,306.3,0,0,2.4,7.47,243.6,10.1,213,226,4.0,188.5,15,45,51,2775,0,0,0,threshold_pace,0,0,0,144.2,105.9,false,2886,1.000,1.000,0,2,0,,�ben-steady,2026-07-04-run.fit,2026-07-04T06:02:00Z,running,9347.2,2662,173.6,171.3,1.208,234.2,50.30,86.1,214.6,212.0,113.5,2662.0,2662,284.8,garmin fr945,1.134,true,284.8,0,0,5.5,7.27,266.6,22.7,732,881,27.8,395.5,8,13,493,1378,771,1117,493,threshold_pace,7,0,0,,113.5,false,2663,1.000,1.000,0,1,2,,�ben-steady,2026-07-05-run.fit,2026-07-05T06:45:00Z,running,8041.1,2426,171.8,171.2,1.154,241.0,50.30,85.2,181.9,174.4,96.2,2426.0,2426,301.7,garmin fr945,1.135,true,301.7,0,0,4.4,7.48,252.5,21.7,592,863,38.8,907.5,0,1,365,1689,352,267,0,threshold_pace,1,0,0,121.3,96.2,false,2427,1.000,0.992,0,0,1,,"�I
	weeks.csv�athlete,week,week_start,coverage_days,distance_km,runs,untracked_days,load_unit,load,monotony,strain,descent_m,ascent_m,high_intensity_min,jump_sessions,cadence_matched_spm,pfp_level,pfp_points,pfp_rules,pfp_capped,itbs_level,itbs_points,itbs_rules,itbs_capped,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules,patellar_tendinopathy_capped,fired_rules,l1_state,l1_value,l2_state,l2_value,l3_state,l3_value,l4_state,l4_value,l5_state,l5_value,l6_state,l6_value,g1_state,g1_value,g2_state,g2_value,g3_state,g3_value,d1_state,d1_value,d2_state,d2_value,asc_state,asc_value,k1_state,k1_value,k2_state,k2_value,k3_state,k3_value,k4_state,k4_value,s1_state,s1_value,s2_state,s2_value,s3_state,s3_value,other_rule_states�ben-steady,2026-W10,2026-03-02,5,32.26,4,0,trimp,524.00,1.476,773.18,606.5,621.2,10.5,0,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,1.4755,insufficient_data,,not_fired,376.3387,not_fired,171.2312,insufficient_data,,not_fired,0.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W11,2026-03-09,5,33.27,4,0,trimp,537.14,1.505,808.32,622.2,633.1,8.1,0,171.3,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,3.1505,insufficient_data,,not_fired,1.5048,insufficient_data,,not_fired,393.8603,not_fired,171.2607,insufficient_data,,not_fired,0.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W12,2026-03-16,5,32.99,4,0,trimp,578.79,1.355,784.08,625.6,655.2,8.8,0,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,-0.8590,insufficient_data,,not_fired,1.3547,insufficient_data,,not_fired,388.8252,not_fired,171.2207,not_fired,-0.0979,not_fired,0.0000,not_fired,625.5633,not_fired,8.8000,not_fired,655.1800,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W13,2026-03-23,5,37.23,4,0,trimp,572.57,1.555,890.42,722.7,712.4,11.0,0,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,12.8636,not_fired,0.8634,not_fired,1.5551,not_fired,-9.3872,not_fired,439.1832,not_fired,171.2470,not_fired,0.0311,not_fired,0.0000,not_fired,722.7433,not_fired,10.9833,not_fired,712.3600,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W14,2026-03-30,5,35.63,4,0,trimp,571.17,1.513,864.45,672.9,692.8,9.6,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9748,not_fired,-4.2991,not_fired,1.0032,not_fired,1.5135,not_fired,-15.0390,not_fired,422.8166,not_fired,171.2392,not_fired,0.0191,not_fired,0.0000,not_fired,672.8733,not_fired,9.6167,not_fired,692.7733,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W15,2026-04-06,5,33.59,4,0,trimp,574.83,1.406,807.92,661.9,664.8,9.8,0,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9468,not_fired,-5.7273,not_fired,1.0393,not_fired,1.4055,not_fired,-14.2610,not_fired,399.3219,not_fired,171.2696,not_fired,0.0354,not_fired,0.0000,not_fired,661.9067,not_fired,9.7500,not_fired,664.7900,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W16,2026-04-13,5,34.74,4,0,trimp,566.98,1.458,826.88,674.5,642.5,8.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9863,not_fired,3.4403,not_fired,0.9247,not_fired,1.4584,not_fired,-1.7399,not_fired,403.9073,not_fired,171.2250,not_fired,-0.0138,not_fired,0.0000,not_fired,674.5000,not_fired,8.8667,not_fired,642.4833,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W17,2026-04-20,4,34.47,4,0,trimp,647.38,1.112,719.74,659.1,670.8,10.0,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0199,not_fired,-0.8042,not_fired,0.9347,not_fired,1.1118,not_fired,-0.7465,not_fired,406.9848,not_fired,171.2380,not_fired,0.0149,not_fired,0.0000,not_fired,659.0800,not_fired,9.9667,not_fired,670.7967,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W18,2026-04-27,5,36.60,4,0,trimp,597.83,1.460,872.61,729.5,664.6,8.3,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0016,not_fired,6.2056,not_fired,1.0029,not_fired,1.4596,not_fired,-4.7464,not_fired,427.5218,not_fired,171.2442,not_fired,0.0240,not_fired,0.0000,not_fired,729.4800,not_fired,8.2667,not_fired,664.5633,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W19,2026-05-04,4,34.18,4,0,trimp,578.20,0.987,570.51,658.9,668.4,8.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9410,not_fired,-6.6224,not_fired,1.1934,not_fired,0.9867,not_fired,-21.0059,not_fired,405.8666,not_fired,171.2475,not_fired,-0.0184,not_fired,0.0000,not_fired,658.9133,not_fired,8.8833,not_fired,668.4300,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W20,2026-05-11,5,36.23,4,0,trimp,607.54,1.435,871.73,713.3,693.5,10.0,0,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9718,not_fired,6.0091,not_fired,0.8833,not_fired,1.4348,not_fired,7.4888,not_fired,428.4176,not_fired,171.2531,not_fired,0.0104,not_fired,0.0000,not_fired,713.2600,not_fired,10.0167,not_fired,693.4933,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W21,2026-05-18,4,34.68,4,0,trimp,644.52,1.069,688.68,677.3,670.8,10.5,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9625,not_fired,-4.2829,not_fired,0.7490,not_fired,1.0685,not_fired,20.2901,not_fired,408.4400,not_fired,171.2047,not_fired,-0.0599,not_fired,0.0000,not_fired,677.3400,not_fired,10.5167,not_fired,670.8400,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W22,2026-05-25,5,36.30,4,0,trimp,582.02,1.505,876.10,730.4,685.4,8.3,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9766,not_fired,4.6663,not_fired,1.0042,not_fired,1.5053,not_fired,-1.0990,not_fired,426.9359,not_fired,171.2442,not_fired,0.0101,not_fired,0.0000,not_fired,730.4067,not_fired,8.3333,not_fired,685.4400,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W23,2026-06-01,5,35.20,4,0,trimp,601.36,1.399,841.48,683.6,683.1,9.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9840,not_fired,-3.0347,not_fired,1.0494,not_fired,1.3993,not_fired,-5.1008,not_fired,416.4641,not_fired,171.2323,not_fired,0.0198,not_fired,0.0000,not_fired,683.5867,not_fired,9.9000,not_fired,683.1033,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W24,2026-06-08,5,32.55,4,0,trimp,546.61,1.423,777.61,633.5,631.3,8.3,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9045,not_fired,-7.5281,not_fired,1.0456,not_fired,1.4226,not_fired,-4.1354,not_fired,381.8922,not_fired,171.2262,not_fired,-0.0196,not_fired,0.0000,not_fired,633.4533,not_fired,8.2667,not_fired,631.2700,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W25,2026-06-15,5,34.61,4,0,trimp,635.48,1.399,889.28,671.8,652.2,8.8,0,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0089,not_fired,6.3368,not_fired,1.0359,not_fired,1.3994,not_fired,-4.2525,not_fired,406.1872,not_fired,171.2611,not_fired,0.0349,not_fired,0.0000,not_fired,671.8500,not_fired,8.8000,not_fired,652.2000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W26,2026-06-22,5,35.66,4,0,trimp,563.29,1.523,857.82,682.3,702.6,10.9,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9997,not_fired,3.0322,not_fired,0.9113,not_fired,1.5229,not_fired,7.4016,not_fired,423.1153,not_fired,171.2314,not_fired,0.0062,not_fired,0.0000,not_fired,682.3500,not_fired,10.8833,not_fired,702.6000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,�ben-steady,2026-W27,2026-06-29,5,36.69,4,0,trimp,585.99,1.513,886.63,706.6,706.3,8.2,0,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0103,not_fired,2.8722,not_fired,1.0551,not_fired,1.5131,not_fired,-5.1259,not_fired,433.8254,not_fired,171.2381,not_fired,0.0304,not_fired,0.0000,not_fired,706.5833,not_fired,8.2167,not_fired,706.3500,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,*�

ben-steady
2026-07-05nonenonenone"��8��� @@^�}t�@@�:��T~@@���(y�B@#O����A@%]3�f�@@�Q�Q_A@d;�O�;A@~:3PMB@��<�A@�?x�B@z�rKWA@׆�q&B@Ӈ.�o�A@C9ѮBF@@;�DNA@��:���A@yܝ�WB@0���������