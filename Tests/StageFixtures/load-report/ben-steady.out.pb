
ReportBundle��

ben-steady��
report.json�{
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
      "firings": [],
      "headline": "No pattern consistent with iliotibial band syndrome in the 4 weeks to 2026-07-05",
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": [],
      "symptom_match": false
    },
    "patellar_tendinopathy": {
      "advice": [],
      "advice_source": "injury-scoring",
      "avoid": [],
      "firings": [],
      "headline": "No pattern consistent with patellar tendinopathy in the 4 weeks to 2026-07-05",
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": [],
      "symptom_match": false
    },
    "pfp": {
      "advice": [],
      "advice_source": "injury-scoring",
      "avoid": [],
      "firings": [],
      "headline": "No pattern consistent with patellofemoral pain in the 4 weeks to 2026-07-05",
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": [],
      "symptom_match": false
    }
  },
  "days": [
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-02",
      "distance_km": 7.75,
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
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-05",
      "distance_km": 0.00,
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
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-12",
      "distance_km": 0.00,
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
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-19",
      "distance_km": 0.00,
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
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": null,
      "acwr": null,
      "acwr_rolling": null,
      "chronic": null,
      "date": "2026-03-26",
      "distance_km": 0.00,
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
      "fatigue": null,
      "fitness": null,
      "form": null,
      "load": 109.01,
      "state": "active"
    },
    {
      "acute": 53.82,
      "acwr": 1.095,
      "acwr_rolling": 1.137,
      "chronic": 49.17,
      "date": "2026-03-29",
      "distance_km": 0.00,
      "fatigue": 53.82,
      "fitness": 41.94,
      "form": -11.88,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 63.41,
      "acwr": 1.216,
      "acwr_rolling": 1.041,
      "chronic": 52.14,
      "date": "2026-03-30",
      "distance_km": 7.68,
      "fatigue": 63.41,
      "fitness": 44.28,
      "form": -19.13,
      "load": 92.19,
      "state": "active"
    },
    {
      "acute": 47.56,
      "acwr": 0.980,
      "acwr_rolling": 0.782,
      "chronic": 48.54,
      "date": "2026-03-31",
      "distance_km": 0.00,
      "fatigue": 47.56,
      "fitness": 42.22,
      "form": -5.34,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 35.67,
      "acwr": 0.789,
      "acwr_rolling": 0.782,
      "chronic": 45.19,
      "date": "2026-04-01",
      "distance_km": 0.00,
      "fatigue": 35.67,
      "fitness": 40.25,
      "form": 4.59,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 54.42,
      "acwr": 1.095,
      "acwr_rolling": 1.060,
      "chronic": 49.71,
      "date": "2026-04-02",
      "distance_km": 9.07,
      "fatigue": 54.42,
      "fitness": 43.53,
      "form": -10.89,
      "load": 110.68,
      "state": "active"
    },
    {
      "acute": 68.72,
      "acwr": 1.273,
      "acwr_rolling": 1.049,
      "chronic": 53.98,
      "date": "2026-04-03",
      "distance_km": 9.48,
      "fatigue": 68.72,
      "fitness": 46.70,
      "form": -22.02,
      "load": 111.61,
      "state": "active"
    },
    {
      "acute": 51.54,
      "acwr": 1.026,
      "acwr_rolling": 0.772,
      "chronic": 50.26,
      "date": "2026-04-04",
      "distance_km": 0.00,
      "fatigue": 51.54,
      "fitness": 44.52,
      "form": -7.01,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 65.74,
      "acwr": 1.212,
      "acwr_rolling": 1.038,
      "chronic": 54.26,
      "date": "2026-04-05",
      "distance_km": 9.40,
      "fatigue": 65.74,
      "fitness": 47.49,
      "form": -18.25,
      "load": 108.34,
      "state": "active"
    },
    {
      "acute": 49.30,
      "acwr": 0.976,
      "acwr_rolling": 0.818,
      "chronic": 50.52,
      "date": "2026-04-06",
      "distance_km": 0.00,
      "fatigue": 49.30,
      "fitness": 45.28,
      "form": -4.02,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 65.07,
      "acwr": 1.188,
      "acwr_rolling": 1.199,
      "chronic": 54.79,
      "date": "2026-04-07",
      "distance_km": 9.21,
      "fatigue": 65.07,
      "fitness": 48.40,
      "form": -16.67,
      "load": 112.38,
      "state": "active"
    },
    {
      "acute": 48.81,
      "acwr": 0.957,
      "acwr_rolling": 1.199,
      "chronic": 51.01,
      "date": "2026-04-08",
      "distance_km": 0.00,
      "fatigue": 48.81,
      "fitness": 46.15,
      "form": -2.65,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 60.65,
      "acwr": 1.121,
      "acwr_rolling": 1.055,
      "chronic": 54.12,
      "date": "2026-04-09",
      "distance_km": 7.96,
      "fatigue": 60.65,
      "fitness": 48.48,
      "form": -12.17,
      "load": 96.18,
      "state": "active"
    },
    {
      "acute": 45.49,
      "acwr": 0.903,
      "acwr_rolling": 0.771,
      "chronic": 50.39,
      "date": "2026-04-10",
      "distance_km": 0.00,
      "fatigue": 45.49,
      "fitness": 46.23,
      "form": 0.74,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 55.33,
      "acwr": 1.049,
      "acwr_rolling": 0.977,
      "chronic": 52.77,
      "date": "2026-04-11",
      "distance_km": 7.57,
      "fatigue": 55.33,
      "fitness": 48.02,
      "form": -7.30,
      "load": 84.84,
      "state": "active"
    },
    {
      "acute": 67.97,
      "acwr": 1.205,
      "acwr_rolling": 0.958,
      "chronic": 56.43,
      "date": "2026-04-12",
      "distance_km": 8.86,
      "fatigue": 67.97,
      "fitness": 50.71,
      "form": -17.26,
      "load": 105.92,
      "state": "active"
    },
    {
      "acute": 50.98,
      "acwr": 0.970,
      "acwr_rolling": 1.039,
      "chronic": 52.54,
      "date": "2026-04-13",
      "distance_km": 0.00,
      "fatigue": 50.98,
      "fitness": 48.36,
      "form": -2.62,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 62.68,
      "acwr": 1.126,
      "acwr_rolling": 0.986,
      "chronic": 55.66,
      "date": "2026-04-14",
      "distance_km": 8.50,
      "fatigue": 62.68,
      "fitness": 50.65,
      "form": -12.03,
      "load": 97.78,
      "state": "active"
    },
    {
      "acute": 47.01,
      "acwr": 0.907,
      "acwr_rolling": 0.986,
      "chronic": 51.82,
      "date": "2026-04-15",
      "distance_km": 0.00,
      "fatigue": 47.01,
      "fitness": 48.30,
      "form": 1.29,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 61.57,
      "acwr": 1.109,
      "acwr_rolling": 0.932,
      "chronic": 55.50,
      "date": "2026-04-16",
      "distance_km": 9.01,
      "fatigue": 61.57,
      "fitness": 50.95,
      "form": -10.62,
      "load": 105.23,
      "state": "active"
    },
    {
      "acute": 69.44,
      "acwr": 1.195,
      "acwr_rolling": 1.245,
      "chronic": 58.10,
      "date": "2026-04-17",
      "distance_km": 7.65,
      "fatigue": 69.44,
      "fitness": 52.91,
      "form": -16.54,
      "load": 93.07,
      "state": "active"
    },
    {
      "acute": 79.04,
      "acwr": 1.285,
      "acwr_rolling": 1.324,
      "chronic": 61.52,
      "date": "2026-04-18",
      "distance_km": 9.59,
      "fatigue": 79.04,
      "fitness": 55.46,
      "form": -23.58,
      "load": 107.83,
      "state": "active"
    },
    {
      "acute": 59.28,
      "acwr": 1.035,
      "acwr_rolling": 0.961,
      "chronic": 57.28,
      "date": "2026-04-19",
      "distance_km": 0.00,
      "fatigue": 59.28,
      "fitness": 52.88,
      "form": -6.40,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 93.52,
      "acwr": 1.399,
      "acwr_rolling": 1.577,
      "chronic": 66.86,
      "date": "2026-04-20",
      "distance_km": 16.17,
      "fatigue": 93.52,
      "fitness": 59.55,
      "form": -33.97,
      "load": 196.24,
      "state": "active"
    },
    {
      "acute": 70.14,
      "acwr": 1.127,
      "acwr_rolling": 1.323,
      "chronic": 62.25,
      "date": "2026-04-21",
      "distance_km": 0.00,
      "fatigue": 70.14,
      "fitness": 56.78,
      "form": -13.36,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 52.60,
      "acwr": 0.908,
      "acwr_rolling": 1.323,
      "chronic": 57.96,
      "date": "2026-04-22",
      "distance_km": 0.00,
      "fatigue": 52.60,
      "fitness": 54.14,
      "form": 1.53,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 39.45,
      "acwr": 0.731,
      "acwr_rolling": 0.957,
      "chronic": 53.96,
      "date": "2026-04-23",
      "distance_km": 0.00,
      "fatigue": 39.45,
      "fitness": 51.62,
      "form": 12.17,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 58.92,
      "acwr": 1.010,
      "acwr_rolling": 1.030,
      "chronic": 58.33,
      "date": "2026-04-24",
      "distance_km": 9.91,
      "fatigue": 58.92,
      "fitness": 54.67,
      "form": -4.24,
      "load": 117.31,
      "state": "active"
    },
    {
      "acute": 67.55,
      "acwr": 1.112,
      "acwr_rolling": 0.996,
      "chronic": 60.75,
      "date": "2026-04-25",
      "distance_km": 8.39,
      "fatigue": 67.55,
      "fitness": 56.48,
      "form": -11.07,
      "load": 93.44,
      "state": "active"
    },
    {
      "acute": 50.66,
      "acwr": 0.896,
      "acwr_rolling": 0.996,
      "chronic": 56.56,
      "date": "2026-04-26",
      "distance_km": 0.00,
      "fatigue": 50.66,
      "fitness": 53.85,
      "form": 3.19,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 62.29,
      "acwr": 1.049,
      "acwr_rolling": 0.695,
      "chronic": 59.36,
      "date": "2026-04-27",
      "distance_km": 8.44,
      "fatigue": 62.29,
      "fitness": 55.87,
      "form": -6.42,
      "load": 97.18,
      "state": "active"
    },
    {
      "acute": 71.63,
      "acwr": 1.153,
      "acwr_rolling": 0.919,
      "chronic": 62.14,
      "date": "2026-04-28",
      "distance_km": 8.41,
      "fatigue": 71.63,
      "fitness": 57.90,
      "form": -13.73,
      "load": 99.65,
      "state": "active"
    },
    {
      "acute": 53.72,
      "acwr": 0.929,
      "acwr_rolling": 0.919,
      "chronic": 57.86,
      "date": "2026-04-29",
      "distance_km": 0.00,
      "fatigue": 53.72,
      "fitness": 55.21,
      "form": 1.49,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 40.29,
      "acwr": 0.748,
      "acwr_rolling": 1.003,
      "chronic": 53.87,
      "date": "2026-04-30",
      "distance_km": 0.00,
      "fatigue": 40.29,
      "fitness": 52.64,
      "form": 12.35,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 30.22,
      "acwr": 0.603,
      "acwr_rolling": 0.711,
      "chronic": 50.15,
      "date": "2026-05-01",
      "distance_km": 0.00,
      "fatigue": 30.22,
      "fitness": 50.19,
      "form": 19.97,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 52.52,
      "acwr": 0.956,
      "acwr_rolling": 0.720,
      "chronic": 54.93,
      "date": "2026-05-02",
      "distance_km": 9.92,
      "fatigue": 52.52,
      "fitness": 53.41,
      "form": 0.89,
      "load": 119.44,
      "state": "active"
    },
    {
      "acute": 67.21,
      "acwr": 1.143,
      "acwr_rolling": 1.060,
      "chronic": 58.81,
      "date": "2026-05-03",
      "distance_km": 9.84,
      "fatigue": 67.21,
      "fitness": 56.10,
      "form": -11.10,
      "load": 111.25,
      "state": "active"
    },
    {
      "acute": 50.40,
      "acwr": 0.920,
      "acwr_rolling": 0.758,
      "chronic": 54.76,
      "date": "2026-05-04",
      "distance_km": 0.00,
      "fatigue": 50.40,
      "fitness": 53.49,
      "form": 3.09,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 37.80,
      "acwr": 0.742,
      "acwr_rolling": 0.535,
      "chronic": 50.98,
      "date": "2026-05-05",
      "distance_km": 0.00,
      "fatigue": 37.80,
      "fitness": 51.01,
      "form": 13.20,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 28.35,
      "acwr": 0.597,
      "acwr_rolling": 0.535,
      "chronic": 47.47,
      "date": "2026-05-06",
      "distance_km": 0.00,
      "fatigue": 28.35,
      "fitness": 48.63,
      "form": 20.28,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 21.26,
      "acwr": 0.481,
      "acwr_rolling": 0.577,
      "chronic": 44.19,
      "date": "2026-05-07",
      "distance_km": 0.00,
      "fatigue": 21.26,
      "fitness": 46.37,
      "form": 25.11,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 37.83,
      "acwr": 0.802,
      "acwr_rolling": 0.797,
      "chronic": 47.18,
      "date": "2026-05-08",
      "distance_km": 7.68,
      "fatigue": 37.83,
      "fitness": 48.29,
      "form": 10.46,
      "load": 87.53,
      "state": "active"
    },
    {
      "acute": 84.73,
      "acwr": 1.425,
      "acwr_rolling": 1.032,
      "chronic": 59.48,
      "date": "2026-05-09",
      "distance_km": 18.56,
      "fatigue": 84.73,
      "fitness": 56.53,
      "form": -28.21,
      "load": 225.45,
      "state": "active"
    },
    {
      "acute": 86.77,
      "acwr": 1.405,
      "acwr_rolling": 0.983,
      "chronic": 61.78,
      "date": "2026-05-10",
      "distance_km": 7.94,
      "fatigue": 86.77,
      "fitness": 58.22,
      "form": -28.56,
      "load": 92.89,
      "state": "active"
    },
    {
      "acute": 93.97,
      "acwr": 1.435,
      "acwr_rolling": 1.263,
      "chronic": 65.49,
      "date": "2026-05-11",
      "distance_km": 9.64,
      "fatigue": 93.97,
      "fitness": 60.89,
      "form": -33.09,
      "load": 115.57,
      "state": "active"
    },
    {
      "acute": 93.21,
      "acwr": 1.386,
      "acwr_rolling": 1.611,
      "chronic": 67.24,
      "date": "2026-05-12",
      "distance_km": 7.73,
      "fatigue": 93.21,
      "fitness": 62.28,
      "form": -30.93,
      "load": 90.94,
      "state": "active"
    },
    {
      "acute": 69.91,
      "acwr": 1.117,
      "acwr_rolling": 1.611,
      "chronic": 62.61,
      "date": "2026-05-13",
      "distance_km": 0.00,
      "fatigue": 69.91,
      "fitness": 59.39,
      "form": -10.52,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 52.43,
      "acwr": 0.900,
      "acwr_rolling": 1.774,
      "chronic": 58.29,
      "date": "2026-05-14",
      "distance_km": 0.00,
      "fatigue": 52.43,
      "fitness": 56.62,
      "form": 4.19,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 66.55,
      "acwr": 1.077,
      "acwr_rolling": 1.846,
      "chronic": 61.78,
      "date": "2026-05-15",
      "distance_km": 9.57,
      "fatigue": 66.55,
      "fitness": 59.06,
      "form": -7.50,
      "load": 108.92,
      "state": "active"
    },
    {
      "acute": 78.16,
      "acwr": 1.197,
      "acwr_rolling": 1.363,
      "chronic": 65.31,
      "date": "2026-05-16",
      "distance_km": 9.29,
      "fatigue": 78.16,
      "fitness": 61.56,
      "form": -16.60,
      "load": 112.99,
      "state": "active"
    },
    {
      "acute": 58.62,
      "acwr": 0.964,
      "acwr_rolling": 1.036,
      "chronic": 60.81,
      "date": "2026-05-17",
      "distance_km": 0.00,
      "fatigue": 58.62,
      "fitness": 58.70,
      "form": 0.08,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 67.47,
      "acwr": 1.069,
      "acwr_rolling": 1.053,
      "chronic": 63.10,
      "date": "2026-05-18",
      "distance_km": 7.99,
      "fatigue": 67.47,
      "fitness": 60.34,
      "form": -7.13,
      "load": 94.03,
      "state": "active"
    },
    {
      "acute": 104.05,
      "acwr": 1.416,
      "acwr_rolling": 1.271,
      "chronic": 73.49,
      "date": "2026-05-19",
      "distance_km": 17.78,
      "fatigue": 104.05,
      "fitness": 67.48,
      "form": -36.57,
      "load": 213.76,
      "state": "active"
    },
    {
      "acute": 78.03,
      "acwr": 1.140,
      "acwr_rolling": 1.271,
      "chronic": 68.42,
      "date": "2026-05-20",
      "distance_km": 0.00,
      "fatigue": 78.03,
      "fitness": 64.34,
      "form": -13.69,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 58.53,
      "acwr": 0.919,
      "acwr_rolling": 1.271,
      "chronic": 63.70,
      "date": "2026-05-21",
      "distance_km": 0.00,
      "fatigue": 58.53,
      "fitness": 61.35,
      "form": 2.82,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 69.06,
      "acwr": 1.042,
      "acwr_rolling": 1.259,
      "chronic": 66.25,
      "date": "2026-05-22",
      "distance_km": 8.91,
      "fatigue": 69.06,
      "fitness": 63.18,
      "form": -5.88,
      "load": 100.65,
      "state": "active"
    },
    {
      "acute": 51.79,
      "acwr": 0.840,
      "acwr_rolling": 0.971,
      "chronic": 61.68,
      "date": "2026-05-23",
      "distance_km": 0.00,
      "fatigue": 51.79,
      "fitness": 60.24,
      "form": 8.45,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 38.84,
      "acwr": 0.676,
      "acwr_rolling": 0.971,
      "chronic": 57.43,
      "date": "2026-05-24",
      "distance_km": 0.00,
      "fatigue": 38.84,
      "fitness": 57.44,
      "form": 18.59,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 55.03,
      "acwr": 0.908,
      "acwr_rolling": 0.996,
      "chronic": 60.61,
      "date": "2026-05-25",
      "distance_km": 8.67,
      "fatigue": 55.03,
      "fitness": 59.58,
      "form": 4.56,
      "load": 103.57,
      "state": "active"
    },
    {
      "acute": 41.27,
      "acwr": 0.731,
      "acwr_rolling": 0.446,
      "chronic": 56.43,
      "date": "2026-05-26",
      "distance_km": 0.00,
      "fatigue": 41.27,
      "fitness": 56.81,
      "form": 15.54,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 30.95,
      "acwr": 0.589,
      "acwr_rolling": 0.446,
      "chronic": 52.54,
      "date": "2026-05-27",
      "distance_km": 0.00,
      "fatigue": 30.95,
      "fitness": 54.17,
      "form": 23.22,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 48.84,
      "acwr": 0.872,
      "acwr_rolling": 0.670,
      "chronic": 55.98,
      "date": "2026-05-28",
      "distance_km": 9.04,
      "fatigue": 48.84,
      "fitness": 56.42,
      "form": 7.58,
      "load": 102.49,
      "state": "active"
    },
    {
      "acute": 36.63,
      "acwr": 0.703,
      "acwr_rolling": 0.420,
      "chronic": 52.12,
      "date": "2026-05-29",
      "distance_km": 0.00,
      "fatigue": 36.63,
      "fitness": 53.79,
      "form": 17.17,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 53.55,
      "acwr": 0.961,
      "acwr_rolling": 0.688,
      "chronic": 55.72,
      "date": "2026-05-30",
      "distance_km": 8.90,
      "fatigue": 53.55,
      "fitness": 56.14,
      "form": 2.59,
      "load": 104.32,
      "state": "active"
    },
    {
      "acute": 69.30,
      "acwr": 1.157,
      "acwr_rolling": 1.031,
      "chronic": 59.92,
      "date": "2026-05-31",
      "distance_km": 9.69,
      "fatigue": 69.30,
      "fitness": 58.95,
      "form": -10.35,
      "load": 116.55,
      "state": "active"
    },
    {
      "acute": 77.04,
      "acwr": 1.229,
      "acwr_rolling": 0.944,
      "chronic": 62.70,
      "date": "2026-06-01",
      "distance_km": 8.76,
      "fatigue": 77.04,
      "fitness": 60.87,
      "form": -16.17,
      "load": 100.26,
      "state": "active"
    },
    {
      "acute": 57.78,
      "acwr": 0.990,
      "acwr_rolling": 0.944,
      "chronic": 58.38,
      "date": "2026-06-02",
      "distance_km": 0.00,
      "fatigue": 57.78,
      "fitness": 58.04,
      "form": 0.26,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 43.33,
      "acwr": 0.797,
      "acwr_rolling": 0.944,
      "chronic": 54.35,
      "date": "2026-06-03",
      "distance_km": 0.00,
      "fatigue": 43.33,
      "fitness": 55.34,
      "form": 12.01,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 54.38,
      "acwr": 0.960,
      "acwr_rolling": 0.846,
      "chronic": 56.64,
      "date": "2026-06-04",
      "distance_km": 7.50,
      "fatigue": 54.38,
      "fitness": 56.84,
      "form": 2.46,
      "load": 87.52,
      "state": "active"
    },
    {
      "acute": 40.79,
      "acwr": 0.773,
      "acwr_rolling": 0.901,
      "chronic": 52.73,
      "date": "2026-06-05",
      "distance_km": 0.00,
      "fatigue": 40.79,
      "fitness": 54.20,
      "form": 13.41,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 59.30,
      "acwr": 1.040,
      "acwr_rolling": 1.014,
      "chronic": 57.01,
      "date": "2026-06-06",
      "distance_km": 9.53,
      "fatigue": 59.30,
      "fitness": 57.02,
      "form": -2.28,
      "load": 114.84,
      "state": "active"
    },
    {
      "acute": 72.94,
      "acwr": 1.197,
      "acwr_rolling": 0.989,
      "chronic": 60.93,
      "date": "2026-06-07",
      "distance_km": 9.40,
      "fatigue": 72.94,
      "fitness": 59.66,
      "form": -13.28,
      "load": 113.85,
      "state": "active"
    },
    {
      "acute": 54.70,
      "acwr": 0.964,
      "acwr_rolling": 0.760,
      "chronic": 56.73,
      "date": "2026-06-08",
      "distance_km": 0.00,
      "fatigue": 54.70,
      "fitness": 56.88,
      "form": 2.18,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 63.71,
      "acwr": 1.078,
      "acwr_rolling": 1.055,
      "chronic": 59.08,
      "date": "2026-06-09",
      "distance_km": 7.54,
      "fatigue": 63.71,
      "fitness": 58.46,
      "form": -5.25,
      "load": 90.75,
      "state": "active"
    },
    {
      "acute": 47.79,
      "acwr": 0.869,
      "acwr_rolling": 1.055,
      "chronic": 55.00,
      "date": "2026-06-10",
      "distance_km": 0.00,
      "fatigue": 47.79,
      "fitness": 55.74,
      "form": 7.95,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 35.84,
      "acwr": 0.700,
      "acwr_rolling": 0.770,
      "chronic": 51.21,
      "date": "2026-06-11",
      "distance_km": 0.00,
      "fatigue": 35.84,
      "fitness": 53.15,
      "form": 17.31,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 48.64,
      "acwr": 0.906,
      "acwr_rolling": 1.073,
      "chronic": 53.68,
      "date": "2026-06-12",
      "distance_km": 7.69,
      "fatigue": 48.64,
      "fitness": 54.72,
      "form": 6.09,
      "load": 87.03,
      "state": "active"
    },
    {
      "acute": 61.78,
      "acwr": 1.085,
      "acwr_rolling": 1.036,
      "chronic": 56.96,
      "date": "2026-06-13",
      "distance_km": 8.76,
      "fatigue": 61.78,
      "fitness": 56.89,
      "form": -4.90,
      "load": 101.22,
      "state": "active"
    },
    {
      "acute": 72.06,
      "acwr": 1.198,
      "acwr_rolling": 0.915,
      "chronic": 60.13,
      "date": "2026-06-14",
      "distance_km": 8.55,
      "fatigue": 72.06,
      "fitness": 59.03,
      "form": -13.03,
      "load": 102.88,
      "state": "active"
    },
    {
      "acute": 54.04,
      "acwr": 0.965,
      "acwr_rolling": 0.990,
      "chronic": 55.98,
      "date": "2026-06-15",
      "distance_km": 0.00,
      "fatigue": 54.04,
      "fitness": 56.28,
      "form": 2.24,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 65.93,
      "acwr": 1.115,
      "acwr_rolling": 1.139,
      "chronic": 59.12,
      "date": "2026-06-16",
      "distance_km": 8.69,
      "fatigue": 65.93,
      "fitness": 58.39,
      "form": -7.54,
      "load": 101.58,
      "state": "active"
    },
    {
      "acute": 49.45,
      "acwr": 0.898,
      "acwr_rolling": 1.139,
      "chronic": 55.05,
      "date": "2026-06-17",
      "distance_km": 0.00,
      "fatigue": 49.45,
      "fitness": 55.67,
      "form": 6.23,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 60.81,
      "acwr": 1.052,
      "acwr_rolling": 1.414,
      "chronic": 57.80,
      "date": "2026-06-18",
      "distance_km": 7.93,
      "fatigue": 60.81,
      "fitness": 57.50,
      "form": -3.31,
      "load": 94.90,
      "state": "active"
    },
    {
      "acute": 73.66,
      "acwr": 1.197,
      "acwr_rolling": 1.506,
      "chronic": 61.55,
      "date": "2026-06-19",
      "distance_km": 9.78,
      "fatigue": 73.66,
      "fitness": 60.04,
      "form": -13.62,
      "load": 112.19,
      "state": "active"
    },
    {
      "acute": 55.24,
      "acwr": 0.964,
      "acwr_rolling": 1.100,
      "chronic": 57.30,
      "date": "2026-06-20",
      "distance_km": 0.00,
      "fatigue": 55.24,
      "fitness": 57.25,
      "form": 2.01,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 65.81,
      "acwr": 1.095,
      "acwr_rolling": 0.995,
      "chronic": 60.08,
      "date": "2026-06-21",
      "distance_km": 8.21,
      "fatigue": 65.81,
      "fitness": 59.12,
      "form": -6.69,
      "load": 97.51,
      "state": "active"
    },
    {
      "acute": 49.36,
      "acwr": 0.882,
      "acwr_rolling": 1.086,
      "chronic": 55.93,
      "date": "2026-06-22",
      "distance_km": 0.00,
      "fatigue": 49.36,
      "fitness": 56.37,
      "form": 7.01,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 59.65,
      "acwr": 1.023,
      "acwr_rolling": 0.969,
      "chronic": 58.32,
      "date": "2026-06-23",
      "distance_km": 7.97,
      "fatigue": 59.65,
      "fitness": 57.96,
      "form": -1.69,
      "load": 90.53,
      "state": "active"
    },
    {
      "acute": 44.74,
      "acwr": 0.824,
      "acwr_rolling": 0.969,
      "chronic": 54.30,
      "date": "2026-06-24",
      "distance_km": 0.00,
      "fatigue": 44.74,
      "fitness": 55.26,
      "form": 10.53,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 62.36,
      "acwr": 1.066,
      "acwr_rolling": 1.025,
      "chronic": 58.50,
      "date": "2026-06-25",
      "distance_km": 9.55,
      "fatigue": 62.36,
      "fitness": 58.05,
      "form": -4.31,
      "load": 115.22,
      "state": "active"
    },
    {
      "acute": 71.93,
      "acwr": 1.171,
      "acwr_rolling": 0.913,
      "chronic": 61.41,
      "date": "2026-06-26",
      "distance_km": 8.37,
      "fatigue": 71.93,
      "fitness": 60.03,
      "form": -11.90,
      "load": 100.65,
      "state": "active"
    },
    {
      "acute": 83.13,
      "acwr": 1.275,
      "acwr_rolling": 1.276,
      "chronic": 65.22,
      "date": "2026-06-27",
      "distance_km": 9.77,
      "fatigue": 83.13,
      "fitness": 62.67,
      "form": -20.46,
      "load": 116.72,
      "state": "active"
    },
    {
      "acute": 62.35,
      "acwr": 1.027,
      "acwr_rolling": 1.054,
      "chronic": 60.72,
      "date": "2026-06-28",
      "distance_km": 0.00,
      "fatigue": 62.35,
      "fitness": 59.76,
      "form": -2.59,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 46.76,
      "acwr": 0.827,
      "acwr_rolling": 1.149,
      "chronic": 56.53,
      "date": "2026-06-29",
      "distance_km": 0.00,
      "fatigue": 46.76,
      "fitness": 56.98,
      "form": 10.22,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 64.62,
      "acwr": 1.063,
      "acwr_rolling": 1.132,
      "chronic": 60.79,
      "date": "2026-06-30",
      "distance_km": 9.88,
      "fatigue": 64.62,
      "fitness": 59.82,
      "form": -4.80,
      "load": 118.22,
      "state": "active"
    },
    {
      "acute": 48.47,
      "acwr": 0.856,
      "acwr_rolling": 1.132,
      "chronic": 56.60,
      "date": "2026-07-01",
      "distance_km": 0.00,
      "fatigue": 48.47,
      "fitness": 57.04,
      "form": 8.57,
      "load": 0.00,
      "state": "active"
    },
    {
      "acute": 36.35,
      "acwr": 0.690,
      "acwr_rolling": 0.824,
      "chronic": 52.69,
      "date": "2026-07-02",
      "distance_km": 0.00,
      "fatigue": 36.35,
      "fitness": 54.39,
      "form": 18.04,
      "load": 0.00,
      "state": "rest"
    },
    {
      "acute": 53.75,
      "acwr": 0.954,
      "acwr_rolling": 0.773,
      "chronic": 56.36,
      "date": "2026-07-03",
      "distance_km": 9.42,
      "fatigue": 53.75,
      "fitness": 56.79,
      "form": 3.04,
      "load": 105.93,
      "state": "active"
    },
    {
      "acute": 68.68,
      "acwr": 1.139,
      "acwr_rolling": 0.764,
      "chronic": 60.30,
      "date": "2026-07-04",
      "distance_km": 9.35,
      "fatigue": 68.68,
      "fitness": 59.42,
      "form": -9.26,
      "load": 113.48,
      "state": "active"
    },
    {
      "acute": 75.56,
      "acwr": 1.204,
      "acwr_rolling": 1.075,
      "chronic": 62.78,
      "date": "2026-07-05",
      "distance_km": 8.04,
      "fatigue": 75.56,
      "fitness": 61.13,
      "form": -14.42,
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
    "Loads (L3–L5) in Banister TRIMP: at least 80% of runs have heart rate.",
    "18 activities without heart rate count 0 TRIMP.",
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
      "name": "w_itbs_long",
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 242,
      "hr_z1_s": 21,
      "hr_z2_s": 33,
      "hr_z3_s": 385,
      "hr_z4_s": 1674,
      "hr_z5_s": 284,
      "implausible_removed": 1,
      "intervals": 1,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 176,
      "hr_z1_s": 40,
      "hr_z2_s": 33,
      "hr_z3_s": 389,
      "hr_z4_s": 1616,
      "hr_z5_s": 327,
      "implausible_removed": 1,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 1,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1013,
      "hr_z1_s": 23,
      "hr_z2_s": 55,
      "hr_z3_s": 497,
      "hr_z4_s": 941,
      "hr_z5_s": 698,
      "implausible_removed": 1,
      "intervals": 6,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 374,
      "hr_z1_s": 17,
      "hr_z2_s": 68,
      "hr_z3_s": 252,
      "hr_z4_s": 1713,
      "hr_z5_s": 438,
      "implausible_removed": 1,
      "intervals": 3,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 2,
      "hr_z1_s": 2,
      "hr_z2_s": 30,
      "hr_z3_s": 32,
      "hr_z4_s": 2659,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 947,
      "hr_z1_s": 14,
      "hr_z2_s": 41,
      "hr_z3_s": 402,
      "hr_z4_s": 1047,
      "hr_z5_s": 723,
      "implausible_removed": 1,
      "intervals": 4,
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
      "gps_dropouts": 1,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 182,
      "hr_z1_s": 32,
      "hr_z2_s": 26,
      "hr_z3_s": 457,
      "hr_z4_s": 1596,
      "hr_z5_s": 274,
      "implausible_removed": 3,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1084,
      "hr_z1_s": 25,
      "hr_z2_s": 25,
      "hr_z3_s": 395,
      "hr_z4_s": 1068,
      "hr_z5_s": 754,
      "implausible_removed": 1,
      "intervals": 5,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 196,
      "hr_z1_s": 16,
      "hr_z2_s": 26,
      "hr_z3_s": 585,
      "hr_z4_s": 1573,
      "hr_z5_s": 300,
      "implausible_removed": 0,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 199,
      "hr_z1_s": 18,
      "hr_z2_s": 22,
      "hr_z3_s": 511,
      "hr_z4_s": 1751,
      "hr_z5_s": 377,
      "implausible_removed": 1,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1185,
      "hr_z1_s": 0,
      "hr_z2_s": 17,
      "hr_z3_s": 389,
      "hr_z4_s": 1436,
      "hr_z5_s": 862,
      "implausible_removed": 2,
      "intervals": 7,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 147,
      "hr_z1_s": 17,
      "hr_z2_s": 51,
      "hr_z3_s": 642,
      "hr_z4_s": 1713,
      "hr_z5_s": 286,
      "implausible_removed": 2,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 120,
      "hr_z1_s": 47,
      "hr_z2_s": 28,
      "hr_z3_s": 597,
      "hr_z4_s": 1899,
      "hr_z5_s": 314,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 977,
      "hr_z1_s": 23,
      "hr_z2_s": 29,
      "hr_z3_s": 487,
      "hr_z4_s": 1007,
      "hr_z5_s": 658,
      "implausible_removed": 1,
      "intervals": 4,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 380,
      "hr_z1_s": 18,
      "hr_z2_s": 48,
      "hr_z3_s": 287,
      "hr_z4_s": 1885,
      "hr_z5_s": 477,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 202,
      "hr_z1_s": 7,
      "hr_z2_s": 15,
      "hr_z3_s": 785,
      "hr_z4_s": 1828,
      "hr_z5_s": 344,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 31,
      "hr_z1_s": 22,
      "hr_z2_s": 25,
      "hr_z3_s": 32,
      "hr_z4_s": 2654,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 380,
      "hr_z1_s": 20,
      "hr_z2_s": 58,
      "hr_z3_s": 296,
      "hr_z4_s": 1821,
      "hr_z5_s": 561,
      "implausible_removed": 4,
      "intervals": 1,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 332,
      "hr_z1_s": 14,
      "hr_z2_s": 45,
      "hr_z3_s": 254,
      "hr_z4_s": 1648,
      "hr_z5_s": 430,
      "implausible_removed": 0,
      "intervals": 1,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 3,
      "hr_z1_s": 13,
      "hr_z2_s": 29,
      "hr_z3_s": 71,
      "hr_z4_s": 2144,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
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
      "gps_dropouts": 1,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1120,
      "hr_z1_s": 0,
      "hr_z2_s": 8,
      "hr_z3_s": 480,
      "hr_z4_s": 1320,
      "hr_z5_s": 655,
      "implausible_removed": 1,
      "intervals": 8,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 153,
      "hr_z1_s": 0,
      "hr_z2_s": 7,
      "hr_z3_s": 719,
      "hr_z4_s": 1700,
      "hr_z5_s": 217,
      "implausible_removed": 2,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 222,
      "hr_z1_s": 39,
      "hr_z2_s": 41,
      "hr_z3_s": 582,
      "hr_z4_s": 1844,
      "hr_z5_s": 352,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 973,
      "hr_z1_s": 20,
      "hr_z2_s": 23,
      "hr_z3_s": 367,
      "hr_z4_s": 1055,
      "hr_z5_s": 688,
      "implausible_removed": 2,
      "intervals": 6,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1013,
      "hr_z1_s": 0,
      "hr_z2_s": 0,
      "hr_z3_s": 404,
      "hr_z4_s": 1021,
      "hr_z5_s": 724,
      "implausible_removed": 0,
      "intervals": 5,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 286,
      "hr_z1_s": 9,
      "hr_z2_s": 16,
      "hr_z3_s": 246,
      "hr_z4_s": 1808,
      "hr_z5_s": 459,
      "implausible_removed": 0,
      "intervals": 2,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 211,
      "hr_z1_s": 19,
      "hr_z2_s": 82,
      "hr_z3_s": 499,
      "hr_z4_s": 2126,
      "hr_z5_s": 377,
      "implausible_removed": 0,
      "intervals": 0,
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
      "trimp": 117.3,
      "uphill_time_s": 1048,
      "vertical_oscillation_mm": 84.8,
      "vertical_ratio_pct": 7.67,
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
      "gps_dropouts": 1,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1,
      "hr_z1_s": 13,
      "hr_z2_s": 31,
      "hr_z3_s": 75,
      "hr_z4_s": 2459,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
      "longest_descent_distance_m": 177.7,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 307.3,
      "moving_time_s": 2577,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 243.6,
      "profile_notes": [],
      "run_id": "2026-04-25-run.fit",
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 155,
      "hr_z1_s": 17,
      "hr_z2_s": 92,
      "hr_z3_s": 566,
      "hr_z4_s": 1621,
      "hr_z5_s": 337,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1006,
      "hr_z1_s": 20,
      "hr_z2_s": 62,
      "hr_z3_s": 449,
      "hr_z4_s": 1100,
      "hr_z5_s": 730,
      "implausible_removed": 1,
      "intervals": 6,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 381,
      "hr_z1_s": 14,
      "hr_z2_s": 22,
      "hr_z3_s": 410,
      "hr_z4_s": 2007,
      "hr_z5_s": 539,
      "implausible_removed": 3,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 25,
      "hr_z1_s": 12,
      "hr_z2_s": 24,
      "hr_z3_s": 80,
      "hr_z4_s": 2121,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1150,
      "hr_z1_s": 17,
      "hr_z2_s": 27,
      "hr_z3_s": 448,
      "hr_z4_s": 1359,
      "hr_z5_s": 773,
      "implausible_removed": 1,
      "intervals": 10,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 254,
      "hr_z1_s": 0,
      "hr_z2_s": 37,
      "hr_z3_s": 424,
      "hr_z4_s": 1984,
      "hr_z5_s": 420,
      "implausible_removed": 0,
      "intervals": 2,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 221,
      "hr_z1_s": 14,
      "hr_z2_s": 85,
      "hr_z3_s": 487,
      "hr_z4_s": 1586,
      "hr_z5_s": 302,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 1,
      "heart_rate_coverage": 0.993,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1124,
      "hr_z1_s": 0,
      "hr_z2_s": 32,
      "hr_z3_s": 627,
      "hr_z4_s": 1414,
      "hr_z5_s": 707,
      "implausible_removed": 1,
      "intervals": 7,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 323,
      "hr_z1_s": 14,
      "hr_z2_s": 58,
      "hr_z3_s": 435,
      "hr_z4_s": 1583,
      "hr_z5_s": 285,
      "implausible_removed": 0,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1,
      "hr_z1_s": 24,
      "hr_z2_s": 38,
      "hr_z3_s": 30,
      "hr_z4_s": 2773,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 462,
      "hr_z1_s": 27,
      "hr_z2_s": 27,
      "hr_z3_s": 287,
      "hr_z4_s": 1882,
      "hr_z5_s": 538,
      "implausible_removed": 1,
      "intervals": 3,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 272,
      "hr_z1_s": 19,
      "hr_z2_s": 75,
      "hr_z3_s": 374,
      "hr_z4_s": 1607,
      "hr_z5_s": 354,
      "implausible_removed": 0,
      "intervals": 1,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1157,
      "hr_z1_s": 15,
      "hr_z2_s": 76,
      "hr_z3_s": 407,
      "hr_z4_s": 1457,
      "hr_z5_s": 759,
      "implausible_removed": 1,
      "intervals": 5,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 181,
      "hr_z1_s": 35,
      "hr_z2_s": 32,
      "hr_z3_s": 553,
      "hr_z4_s": 1749,
      "hr_z5_s": 237,
      "implausible_removed": 3,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "longest_descent_distance_m": 181.4,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 302.6,
      "moving_time_s": 2698,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 248.2,
      "profile_notes": [],
      "run_id": "2026-05-22-run.fit",
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1078,
      "hr_z1_s": 11,
      "hr_z2_s": 17,
      "hr_z3_s": 527,
      "hr_z4_s": 1228,
      "hr_z5_s": 683,
      "implausible_removed": 0,
      "intervals": 6,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 154,
      "hr_z1_s": 22,
      "hr_z2_s": 90,
      "hr_z3_s": 588,
      "hr_z4_s": 1788,
      "hr_z5_s": 340,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 332,
      "hr_z1_s": 13,
      "hr_z2_s": 23,
      "hr_z3_s": 408,
      "hr_z4_s": 1988,
      "hr_z5_s": 508,
      "implausible_removed": 1,
      "intervals": 1,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 16,
      "hr_z1_s": 22,
      "hr_z2_s": 29,
      "hr_z3_s": 31,
      "hr_z4_s": 2478,
      "hr_z5_s": 0,
      "implausible_removed": 0,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 135,
      "hr_z1_s": 0,
      "hr_z2_s": 1,
      "hr_z3_s": 645,
      "hr_z4_s": 1516,
      "hr_z5_s": 226,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1124,
      "hr_z1_s": 17,
      "hr_z2_s": 50,
      "hr_z3_s": 467,
      "hr_z4_s": 1373,
      "hr_z5_s": 767,
      "implausible_removed": 0,
      "intervals": 4,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 394,
      "hr_z1_s": 10,
      "hr_z2_s": 17,
      "hr_z3_s": 413,
      "hr_z4_s": 1887,
      "hr_z5_s": 482,
      "implausible_removed": 2,
      "intervals": 1,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 954,
      "hr_z1_s": 0,
      "hr_z2_s": 6,
      "hr_z3_s": 480,
      "hr_z4_s": 1070,
      "hr_z5_s": 591,
      "implausible_removed": 0,
      "intervals": 4,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 4,
      "hr_z1_s": 24,
      "hr_z2_s": 29,
      "hr_z3_s": 32,
      "hr_z4_s": 2170,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 152,
      "hr_z1_s": 11,
      "hr_z2_s": 23,
      "hr_z3_s": 627,
      "hr_z4_s": 1809,
      "hr_z5_s": 290,
      "implausible_removed": 1,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 225,
      "hr_z1_s": 17,
      "hr_z2_s": 26,
      "hr_z3_s": 392,
      "hr_z4_s": 1863,
      "hr_z5_s": 375,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 179,
      "hr_z1_s": 10,
      "hr_z2_s": 13,
      "hr_z3_s": 650,
      "hr_z4_s": 1785,
      "hr_z5_s": 293,
      "implausible_removed": 0,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 288,
      "hr_z1_s": 1,
      "hr_z2_s": 47,
      "hr_z3_s": 284,
      "hr_z4_s": 1664,
      "hr_z5_s": 410,
      "implausible_removed": 0,
      "intervals": 0,
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
      "trimp": 94.9,
      "uphill_time_s": 883,
      "vertical_oscillation_mm": 85.1,
      "vertical_ratio_pct": 7.56,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 9,
      "hr_z1_s": 16,
      "hr_z2_s": 23,
      "hr_z3_s": 42,
      "hr_z4_s": 2811,
      "hr_z5_s": 0,
      "implausible_removed": 2,
      "intervals": 0,
      "longest_descent_distance_m": 176.9,
      "longest_descent_m": 4.0,
      "moving_pace_s_per_km": 295.7,
      "moving_time_s": 2891,
      "pause_count": 0,
      "paused_time_s": 0,
      "power_w": 254.0,
      "profile_notes": [],
      "run_id": "2026-06-19-run.fit",
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.991,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1073,
      "hr_z1_s": 34,
      "hr_z2_s": 26,
      "hr_z3_s": 339,
      "hr_z4_s": 1151,
      "hr_z5_s": 715,
      "implausible_removed": 2,
      "intervals": 6,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 19,
      "hr_z1_s": 14,
      "hr_z2_s": 40,
      "hr_z3_s": 53,
      "hr_z4_s": 2226,
      "hr_z5_s": 0,
      "implausible_removed": 1,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1146,
      "hr_z1_s": 8,
      "hr_z2_s": 14,
      "hr_z3_s": 647,
      "hr_z4_s": 1214,
      "hr_z5_s": 838,
      "implausible_removed": 1,
      "intervals": 7,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 209,
      "hr_z1_s": 0,
      "hr_z2_s": 10,
      "hr_z3_s": 380,
      "hr_z4_s": 1764,
      "hr_z5_s": 421,
      "implausible_removed": 0,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 202,
      "hr_z1_s": 9,
      "hr_z2_s": 19,
      "hr_z3_s": 612,
      "hr_z4_s": 2025,
      "hr_z5_s": 412,
      "implausible_removed": 1,
      "intervals": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 329,
      "hr_z1_s": 15,
      "hr_z2_s": 32,
      "hr_z3_s": 546,
      "hr_z4_s": 2072,
      "hr_z5_s": 366,
      "implausible_removed": 0,
      "intervals": 0,
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
      "longest_descent_distance_m": null,
      "longest_descent_m": null,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 1.000,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 1117,
      "hr_z1_s": 8,
      "hr_z2_s": 13,
      "hr_z3_s": 493,
      "hr_z4_s": 1378,
      "hr_z5_s": 771,
      "implausible_removed": 2,
      "intervals": 7,
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
      "gps_dropouts": 0,
      "heart_rate_coverage": 0.992,
      "high_intensity_basis": "threshold_pace",
      "high_intensity_s": 267,
      "hr_z1_s": 0,
      "hr_z2_s": 1,
      "hr_z3_s": 365,
      "hr_z4_s": 1689,
      "hr_z5_s": 352,
      "implausible_removed": 1,
      "intervals": 1,
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
      "trimp": 96.2,
      "uphill_time_s": 863,
      "vertical_oscillation_mm": 85.2,
      "vertical_ratio_pct": 7.48,
      "warnings": []
    }
  ],
  "schema": "gaitpipe.report/2",
  "season": {
    "active_days": 87,
    "activities": 90,
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
      "high_intensity_min": 23.9,
      "jump_sessions": 1,
      "load": 376.34,
      "monotony": 1.154,
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
          "note": "strain 434",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1536
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 434.13,
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
      "high_intensity_min": 25.1,
      "jump_sessions": 1,
      "load": 393.86,
      "monotony": 1.151,
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
          "note": "strain 453",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1510
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 453.33,
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
      "high_intensity_min": 24.6,
      "jump_sessions": 1,
      "load": 388.83,
      "monotony": 1.153,
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
          "note": "strain 448",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1529
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
          "baseline": 24.4667,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 1 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 31.8067,
          "value": 24.6500
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 448.27,
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
      "high_intensity_min": 24.2,
      "jump_sessions": 2,
      "load": 439.18,
      "monotony": 1.150,
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
          "baseline": 49.1683,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.14",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0945
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 505",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1495
        },
        {
          "baseline": 41.9403,
          "id": "L5",
          "note": "form = fitness 41.9 − fatigue 53.8 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -11.8764
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
          "baseline": 24.5278,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 2 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 31.8861,
          "value": 24.2000
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 504.85,
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
      "high_intensity_min": 26.5,
      "jump_sessions": 2,
      "load": 422.82,
      "monotony": 1.147,
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
          "baseline": 54.2607,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.04",
          "status": "not_fired",
          "threshold": null,
          "value": 1.2115
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 485",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1473
        },
        {
          "baseline": 47.4926,
          "id": "L5",
          "note": "form = fitness 47.5 − fatigue 65.7 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -18.2453
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
          "baseline": 24.4458,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 2 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 31.7796,
          "value": 26.5000
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 485.08,
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
      "high_intensity_min": 30.6,
      "jump_sessions": 3,
      "load": 399.32,
      "monotony": 1.140,
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
          "baseline": 56.4313,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.96",
          "status": "not_fired",
          "threshold": null,
          "value": 1.2045
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 455",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1404
        },
        {
          "baseline": 50.7141,
          "id": "L5",
          "note": "form = fitness 50.7 − fatigue 68.0 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -17.2594
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
          "baseline": 25.1083,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 3 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 32.6408,
          "value": 30.5833
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 455.37,
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
      "high_intensity_min": 22.5,
      "jump_sessions": 1,
      "load": 403.91,
      "monotony": 1.150,
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
          "baseline": 57.2817,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.96",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0349
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 465",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1502
        },
        {
          "baseline": 52.8803,
          "id": "L5",
          "note": "form = fitness 52.9 − fatigue 59.3 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -6.3977
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
          "baseline": 26.4833,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 1 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 34.4283,
          "value": 22.4667
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 464.57,
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
      "high_intensity_min": 25.2,
      "jump_sessions": 2,
      "load": 406.98,
      "monotony": 0.796,
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
          "baseline": 56.5629,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.00",
          "status": "not_fired",
          "threshold": null,
          "value": 0.8956
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 324",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 0.7961
        },
        {
          "baseline": 53.8509,
          "id": "L5",
          "note": "form = fitness 53.9 − fatigue 50.7 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": 3.1906
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 616",
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
          "baseline": 25.9375,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 2 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 33.7188,
          "value": 25.1833
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 323.99,
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
      "high_intensity_min": 25.7,
      "jump_sessions": 3,
      "load": 427.52,
      "monotony": 1.145,
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
          "baseline": 58.8144,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.06",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1427
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 490",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1453
        },
        {
          "baseline": 56.1041,
          "id": "L5",
          "note": "form = fitness 56.1 − fatigue 67.2 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -11.1021
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
          "baseline": 26.1833,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 3 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 34.0383,
          "value": 25.7000
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 489.63,
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
      "high_intensity_min": 27.5,
      "jump_sessions": 1,
      "load": 405.87,
      "monotony": 0.735,
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
          "baseline": 61.7798,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.98",
          "status": "not_fired",
          "threshold": null,
          "value": 1.4046
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 298",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 0.7348
        },
        {
          "baseline": 58.2177,
          "id": "L5",
          "note": "form = fitness 58.2 − fatigue 86.8 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -28.5559
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
          "baseline": 25.9833,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 1 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 33.7783,
          "value": 27.5000
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 298.23,
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
      "high_intensity_min": 31.8,
      "jump_sessions": 3,
      "load": 428.42,
      "monotony": 1.144,
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
          "baseline": 60.8083,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.04",
          "status": "not_fired",
          "threshold": null,
          "value": 0.9640
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 490",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1440
        },
        {
          "baseline": 58.7014,
          "id": "L5",
          "note": "form = fitness 58.7 − fatigue 58.6 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": 0.0794
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
          "baseline": 25.2125,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 3 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 32.7763,
          "value": 31.8333
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 490.09,
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
      "high_intensity_min": 26.8,
      "jump_sessions": 1,
      "load": 408.44,
      "monotony": 0.764,
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
          "baseline": 57.4279,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.97",
          "status": "not_fired",
          "threshold": null,
          "value": 0.6764
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 312",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 0.7640
        },
        {
          "baseline": 57.4366,
          "id": "L5",
          "note": "form = fitness 57.4 − fatigue 38.8 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": 18.5926
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 803",
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
          "baseline": 27.5542,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 1 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 35.8204,
          "value": 26.8333
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 312.03,
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
      "high_intensity_min": 26.1,
      "jump_sessions": 2,
      "load": 426.94,
      "monotony": 1.151,
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
          "baseline": 59.9176,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.03",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1566
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 491",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1509
        },
        {
          "baseline": 58.9522,
          "id": "L5",
          "note": "form = fitness 59.0 − fatigue 69.3 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -10.3491
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
          "baseline": 27.9667,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 2 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 36.3567,
          "value": 26.0667
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 491.35,
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
      "high_intensity_min": 27.8,
      "jump_sessions": 3,
      "load": 416.46,
      "monotony": 1.139,
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
          "baseline": 60.9340,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.99",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1970
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 475",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1395
        },
        {
          "baseline": 59.6594,
          "id": "L5",
          "note": "form = fitness 59.7 − fatigue 72.9 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -13.2769
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
          "baseline": 28.0583,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 3 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 36.4758,
          "value": 27.8167
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 474.55,
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
      "high_intensity_min": 22.2,
      "jump_sessions": 1,
      "load": 381.89,
      "monotony": 1.148,
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
          "baseline": 60.1268,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.92",
          "status": "not_fired",
          "threshold": null,
          "value": 1.1985
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 438",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1481
        },
        {
          "baseline": 59.0263,
          "id": "L5",
          "note": "form = fitness 59.0 − fatigue 72.1 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -13.0328
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
          "baseline": 28.1375,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 1 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 36.5787,
          "value": 22.2500
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 438.43,
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
      "high_intensity_min": 25.8,
      "jump_sessions": 2,
      "load": 406.19,
      "monotony": 1.149,
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
          "baseline": 60.0759,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 0.99",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0954
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 467",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1491
        },
        {
          "baseline": 59.1209,
          "id": "L5",
          "note": "form = fitness 59.1 − fatigue 65.8 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -6.6886
        },
        {
          "baseline": null,
          "id": "L6",
          "note": "Banister TRIMP, 4 activities; session RPE load 487",
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
          "baseline": 25.7417,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 2 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 33.4642,
          "value": 25.8167
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 466.74,
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
      "high_intensity_min": 26.3,
      "jump_sessions": 2,
      "load": 423.12,
      "monotony": 1.141,
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
          "baseline": 60.7219,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.05",
          "status": "not_fired",
          "threshold": null,
          "value": 1.0267
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 483",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1409
        },
        {
          "baseline": 59.7555,
          "id": "L5",
          "note": "form = fitness 59.8 − fatigue 62.3 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -2.5902
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
          "baseline": 25.4875,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 2 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 33.1337,
          "value": 26.2667
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 482.72,
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
      "high_intensity_min": 28.6,
      "jump_sessions": 1,
      "load": 433.83,
      "monotony": 1.147,
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
          "baseline": 62.7787,
          "id": "L3",
          "note": "descriptive only (no threshold: Impellizzeri 2020); rolling 1.07",
          "status": "not_fired",
          "threshold": null,
          "value": 1.2036
        },
        {
          "baseline": null,
          "id": "L4",
          "note": "strain 498",
          "status": "not_fired",
          "threshold": 2.0000,
          "value": 1.1468
        },
        {
          "baseline": 61.1335,
          "id": "L5",
          "note": "form = fitness 61.1 − fatigue 75.6 (trimp, λ = 2/(N+1))",
          "status": "not_fired",
          "threshold": null,
          "value": -14.4242
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
          "baseline": 25.5375,
          "id": "D2",
          "note": "high-intensity min; 0 sprint/plyometric and 1 strides/sprint/jump sessions",
          "status": "not_fired",
          "threshold": 33.1987,
          "value": 28.5500
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
        }
      ],
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": [],
          "symptom_match": false
        }
      },
      "strain": 497.53,
      "untracked_days": 0,
      "week": "2026-W27",
      "week_start": "2026-06-29"
    }
  ]
}
��
report.html��<!DOCTYPE html>
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
svg.chart { display: block; width: 100%; min-width: 30rem; height: auto; }
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
  svg.chart { min-width: 0; max-height: 120mm; width: auto; max-width: 100%; }
  a { color: inherit; text-decoration: none; }
  figure, article, tr, tbody, dl.facts { break-inside: avoid; } h2, h3, caption { break-after: avoid; }
  thead { display: table-header-group; }
  details.numbers { display: none; }
  section.new-page { break-before: page; }
  .presentations { display: block; } article.presentation { margin-bottom: 4mm; }
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
<dt>Activities</dt><dd>90 (72 running)</dd>
<dt>Devices seen</dt><dd>garmin fr945</dd>
<dt>Load units</dt><dd>daily load (L3–L5) in Banister TRIMP: at least 80 % of runs have heart rate; L1 and L2 use distance</dd>
</dl>
<ul class="note">
<li>Loads (L3–L5) in Banister TRIMP: at least 80% of runs have heart rate.</li>
<li>18 activities without heart rate count 0 TRIMP.</li>
<li>Coverage: 87 active, 39 rest and 0 untracked days from 2026-03-02 to 2026-07-05.</li>
<li>L3 (ACWR) is descriptive only; L5 uses λ = 2/(N+1) (Runalyze convention; GoldenCheetah uses 1 − e^(−1/N)).</li>
</ul>
</header>
<main>
<section id="now">
<h2>Now (week 2026-W27)</h2>
<p>Each level counts the rules that fired in the last ISO week or in the 28 days before its Sunday: 0 points is none, 1 low, 2–3 moderate, 4 or more high. It says how far the data is <em>consistent with</em> a pattern, not how likely an injury is. The knee is the site, rarely the source — look above (hip, pelvis) and at load.</p>
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
<details class="rule-states"><summary>Every rule this week: 0 fired, 5 rules with insufficient data</summary>
<div class="scroll"><table>
<caption>Every rule in 2026-W27</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">State</th><th scope="col" class="num">Value</th><th scope="col" class="num">Threshold</th><th scope="col" class="num">Baseline</th><th scope="col">Note</th></tr></thead>
<tbody>
<tr><th scope="row">L1 session spike (distance ÷ longest run in the previous 30 days)</th><td>not fired</td><td class="num">1.01</td><td class="num">1.10</td><td class="num">9.78</td><td>baseline = longest run of 30 days, km</td></tr>
<tr><th scope="row">L2 weekly progression (last 7 d ÷ preceding 7 d − 1)</th><td>not fired</td><td class="num">2.87</td><td class="num">30.00</td><td class="num">35.66</td><td>% change; baseline = preceding 7 days, km</td></tr>
<tr><th scope="row">L3 acute:chronic workload ratio (EWMA λ 0.25 / 0.069 and uncoupled rolling)</th><td>not fired</td><td class="num">1.20</td><td class="num">—</td><td class="num">62.78</td><td>descriptive only (no threshold: Impellizzeri 2020); rolling 1.07</td></tr>
<tr><th scope="row">L4 Foster monotony (mean ÷ SD of daily load over 7 days) and strain</th><td>not fired</td><td class="num">1.15</td><td class="num">2.00</td><td class="num">—</td><td>strain 498</td></tr>
<tr><th scope="row">L5 fitness / fatigue / form (EWMA 42 d / 7 d, λ = 2/(N+1))</th><td>not fired</td><td class="num">-14.42</td><td class="num">—</td><td class="num">61.13</td><td>form = fitness 61.1 − fatigue 75.6 (trimp, λ = 2/(N+1))</td></tr>
<tr><th scope="row">L6 internal load: Banister TRIMP, session RPE × minutes</th><td>not fired</td><td class="num">433.83</td><td class="num">—</td><td class="num">—</td><td>Banister TRIMP, 4 activities; session RPE load 617</td></tr>
<tr><th scope="row">G1 cadence at matched speed (own cadence-on-speed regression)</th><td>not fired</td><td class="num">171.24</td><td class="num">166.00</td><td class="num">171.24</td><td>between the bands</td></tr>
<tr><th scope="row">G2 step length at matched speed vs own baseline</th><td>not fired</td><td class="num">0.03</td><td class="num">10.00</td><td class="num">1.14</td><td>% vs 4-week mean step length (m) at matched speed</td></tr>
<tr><th scope="row">G3 ground-contact asymmetry (|stance_time_balance − 50| &gt; 2% on &gt; 3 runs)</th><td>not fired</td><td class="num">0.00</td><td class="num">3.00</td><td class="num">50.30</td><td>runs with |balance − 50| &gt; 2.0% in the 28-day window (context only)</td></tr>
<tr><th scope="row">D1 descent load (weekly descent vs 4-week mean; new long descent vs 30 days)</th><td>not fired</td><td class="num">706.58</td><td class="num">868.15</td><td class="num">667.81</td><td>weekly descent, m</td></tr>
<tr><th scope="row">D2 high-intensity volume (minutes above threshold / HR Z4–5, strides, sprints, jumps)</th><td>not fired</td><td class="num">28.55</td><td class="num">33.20</td><td class="num">25.54</td><td>high-intensity min; 0 sprint/plyometric and 1 strides/sprint/jump sessions</td></tr>
<tr><th scope="row">ASC ascent / stair spike (weekly ascent vs 4-week mean)</th><td>not fired</td><td class="num">706.35</td><td class="num">867.48</td><td class="num">667.29</td><td>weekly ascent, m</td></tr>
<tr><th scope="row">K1 peak hip adduction in stance</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K2 contralateral pelvic drop at midstance</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K3 knee more extended at initial contact (overstriding)</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">K4 peak knee or hip internal rotation</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no kinematics session in the 28-day window</td></tr>
<tr><th scope="row">S1 tendon pain monitoring (pain during &gt; 5/10, not settled by next morning, or morning pain rising)</th><td>insufficient data</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td>no symptom diary</td></tr>
</tbody>
</table></div>
</details>
<p class="disclaimer">This is a screening summary, not a diagnosis — a clinical assessment decides.</p>
</section>
<section id="charts" class="new-page">
<h2>The season at a glance</h2>
<p class="note">Hatched areas mark days or weeks without data: unknown, not zero. Each chart's numbers are in the table under it.</p>
<figure id="fig-weekly-distance" class="chart-figure">
<figcaption><strong>Weekly running distance (km) with session spikes.</strong> Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 37.2 km in 2026-W13. No run was an L1 session spike. </figcaption>
<div class="chart-box">
<svg id="weekly-distance" class="chart" viewBox="0 0 640.0 238.0" width="640.0" height="238.0" role="img" aria-labelledby="weekly-distance-title weekly-distance-desc" font-family="system-ui, sans-serif">
<title id="weekly-distance-title">Weekly running distance (km) with session spikes</title>
<desc id="weekly-distance-desc">Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 37.2 km in 2026-W13. No run was an L1 session spike. </desc>
<defs><pattern id="weekly-distance-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#0072B2"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">distance</text>
<polygon points="154.5,6.0 164.5,6.0 159.5,15.0" fill="#D55E00"/>
<text x="173.5" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">L1 session spike that week</text>
<rect x="381.0" y="7.0" width="16.0" height="10.0" fill="url(#weekly-distance-nodata)" stroke="#bbb"/>
<text x="403.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">no recording</text>
<line x1="56.0" y1="212.0" x2="624.0" y2="212.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="216.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line x1="56.0" y1="158.7" x2="624.0" y2="158.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="162.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">20</text>
<line x1="56.0" y1="105.3" x2="624.0" y2="105.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="109.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">40</text>
<line x1="56.0" y1="52.0" x2="624.0" y2="52.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="56.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">60</text>
<line x1="56.0" y1="52.0" x2="56.0" y2="212.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="46.0" text-anchor="start" font-size="12.0" fill="#444">km</text>
<rect x="60.7" y="126.0" width="22.1" height="86.0" fill="#0072B2"><title>2026-W10: 32.3 km</title></rect>
<rect x="92.3" y="123.3" width="22.1" height="88.7" fill="#0072B2"><title>2026-W11: 33.3 km</title></rect>
<rect x="123.8" y="124.0" width="22.1" height="88.0" fill="#0072B2"><title>2026-W12: 33.0 km</title></rect>
<rect x="155.4" y="112.7" width="22.1" height="99.3" fill="#0072B2"><title>2026-W13: 37.2 km</title></rect>
<rect x="187.0" y="117.0" width="22.1" height="95.0" fill="#0072B2"><title>2026-W14: 35.6 km</title></rect>
<rect x="218.5" y="122.4" width="22.1" height="89.6" fill="#0072B2"><title>2026-W15: 33.6 km</title></rect>
<rect x="250.1" y="119.3" width="22.1" height="92.7" fill="#0072B2"><title>2026-W16: 34.7 km</title></rect>
<rect x="281.6" y="120.1" width="22.1" height="91.9" fill="#0072B2"><title>2026-W17: 34.5 km</title></rect>
<rect x="313.2" y="114.4" width="22.1" height="97.6" fill="#0072B2"><title>2026-W18: 36.6 km</title></rect>
<rect x="344.7" y="120.9" width="22.1" height="91.1" fill="#0072B2"><title>2026-W19: 34.2 km</title></rect>
<rect x="376.3" y="115.4" width="22.1" height="96.6" fill="#0072B2"><title>2026-W20: 36.2 km</title></rect>
<rect x="407.8" y="119.5" width="22.1" height="92.5" fill="#0072B2"><title>2026-W21: 34.7 km</title></rect>
<rect x="439.4" y="115.2" width="22.1" height="96.8" fill="#0072B2"><title>2026-W22: 36.3 km</title></rect>
<rect x="471.0" y="118.1" width="22.1" height="93.9" fill="#0072B2"><title>2026-W23: 35.2 km</title></rect>
<rect x="502.5" y="125.2" width="22.1" height="86.8" fill="#0072B2"><title>2026-W24: 32.5 km</title></rect>
<rect x="534.1" y="119.7" width="22.1" height="92.3" fill="#0072B2"><title>2026-W25: 34.6 km</title></rect>
<rect x="565.6" y="116.9" width="22.1" height="95.1" fill="#0072B2"><title>2026-W26: 35.7 km</title></rect>
<rect x="597.2" y="114.2" width="22.1" height="97.8" fill="#0072B2"><title>2026-W27: 36.7 km</title></rect>
<text x="71.8" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="228.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
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
<svg id="level-strip" class="chart" viewBox="0 0 640.0 262.0" width="640.0" height="262.0" role="img" aria-labelledby="level-strip-title level-strip-desc" font-family="system-ui, sans-serif">
<title id="level-strip-title">Level by week, per presentation</title>
<desc id="level-strip-desc">Each cell is one ISO week from 2026-W10 to 2026-W27; taller and darker means a higher pattern-consistency level, and the letter names it. Patellofemoral pain: highest none, 0 weeks at moderate or high, latest none; Iliotibial band syndrome: highest none, 0 weeks at moderate or high, latest none; Patellar tendinopathy: highest none, 0 weeks at moderate or high, latest none.</desc>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#e8e8e8"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">n = none</text>
<rect x="151.5" y="7.0" width="16.0" height="10.0" fill="#56B4E9"/>
<text x="173.5" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">L = low</text>
<rect x="239.6" y="7.0" width="16.0" height="10.0" fill="#E69F00"/>
<text x="261.6" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">M = moderate</text>
<rect x="364.9" y="7.0" width="16.0" height="10.0" fill="#D55E00"/>
<text x="386.9" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">H = high</text>
<text x="56.0" y="43.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">Patellofemoral pain</text>
<line x1="56.0" y1="78.0" x2="624.0" y2="78.0" stroke="#666" stroke-width="1.0"/>
<rect x="57.0" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W10 Patellofemoral pain: none, 0 points</title></rect>
<text x="71.8" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="88.6" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W11 Patellofemoral pain: none, 0 points</title></rect>
<text x="103.3" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="120.1" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W12 Patellofemoral pain: none, 0 points</title></rect>
<text x="134.9" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="151.7" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W13 Patellofemoral pain: none, 0 points</title></rect>
<text x="166.4" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="183.2" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W14 Patellofemoral pain: none, 0 points</title></rect>
<text x="198.0" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="214.8" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W15 Patellofemoral pain: none, 0 points</title></rect>
<text x="229.6" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="246.3" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W16 Patellofemoral pain: none, 0 points</title></rect>
<text x="261.1" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="277.9" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W17 Patellofemoral pain: none, 0 points</title></rect>
<text x="292.7" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="309.4" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W18 Patellofemoral pain: none, 0 points</title></rect>
<text x="324.2" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="341.0" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W19 Patellofemoral pain: none, 0 points</title></rect>
<text x="355.8" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="372.6" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W20 Patellofemoral pain: none, 0 points</title></rect>
<text x="387.3" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="404.1" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W21 Patellofemoral pain: none, 0 points</title></rect>
<text x="418.9" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="435.7" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W22 Patellofemoral pain: none, 0 points</title></rect>
<text x="450.4" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="467.2" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W23 Patellofemoral pain: none, 0 points</title></rect>
<text x="482.0" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="498.8" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W24 Patellofemoral pain: none, 0 points</title></rect>
<text x="513.6" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="530.3" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W25 Patellofemoral pain: none, 0 points</title></rect>
<text x="545.1" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="561.9" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W26 Patellofemoral pain: none, 0 points</title></rect>
<text x="576.7" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="593.4" y="74.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W27 Patellofemoral pain: none, 0 points</title></rect>
<text x="608.2" y="91.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<text x="56.0" y="113.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">Iliotibial band syndrome</text>
<line x1="56.0" y1="148.0" x2="624.0" y2="148.0" stroke="#666" stroke-width="1.0"/>
<rect x="57.0" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W10 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="71.8" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="88.6" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W11 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="103.3" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="120.1" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W12 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="134.9" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="151.7" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W13 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="166.4" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="183.2" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W14 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="198.0" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="214.8" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W15 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="229.6" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="246.3" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W16 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="261.1" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="277.9" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W17 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="292.7" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="309.4" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W18 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="324.2" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="341.0" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W19 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="355.8" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="372.6" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W20 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="387.3" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="404.1" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W21 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="418.9" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="435.7" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W22 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="450.4" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="467.2" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W23 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="482.0" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="498.8" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W24 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="513.6" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="530.3" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W25 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="545.1" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="561.9" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W26 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="576.7" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="593.4" y="144.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W27 Iliotibial band syndrome: none, 0 points</title></rect>
<text x="608.2" y="161.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<text x="56.0" y="183.0" text-anchor="start" font-size="12.0" fill="#1a1a1a" font-weight="600">Patellar tendinopathy</text>
<line x1="56.0" y1="218.0" x2="624.0" y2="218.0" stroke="#666" stroke-width="1.0"/>
<rect x="57.0" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W10 Patellar tendinopathy: none, 0 points</title></rect>
<text x="71.8" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="88.6" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W11 Patellar tendinopathy: none, 0 points</title></rect>
<text x="103.3" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="120.1" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W12 Patellar tendinopathy: none, 0 points</title></rect>
<text x="134.9" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="151.7" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W13 Patellar tendinopathy: none, 0 points</title></rect>
<text x="166.4" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="183.2" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W14 Patellar tendinopathy: none, 0 points</title></rect>
<text x="198.0" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="214.8" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W15 Patellar tendinopathy: none, 0 points</title></rect>
<text x="229.6" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="246.3" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W16 Patellar tendinopathy: none, 0 points</title></rect>
<text x="261.1" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="277.9" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W17 Patellar tendinopathy: none, 0 points</title></rect>
<text x="292.7" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="309.4" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W18 Patellar tendinopathy: none, 0 points</title></rect>
<text x="324.2" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="341.0" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W19 Patellar tendinopathy: none, 0 points</title></rect>
<text x="355.8" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="372.6" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W20 Patellar tendinopathy: none, 0 points</title></rect>
<text x="387.3" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="404.1" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W21 Patellar tendinopathy: none, 0 points</title></rect>
<text x="418.9" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="435.7" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W22 Patellar tendinopathy: none, 0 points</title></rect>
<text x="450.4" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="467.2" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W23 Patellar tendinopathy: none, 0 points</title></rect>
<text x="482.0" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="498.8" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W24 Patellar tendinopathy: none, 0 points</title></rect>
<text x="513.6" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="530.3" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W25 Patellar tendinopathy: none, 0 points</title></rect>
<text x="545.1" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="561.9" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W26 Patellar tendinopathy: none, 0 points</title></rect>
<text x="576.7" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<rect x="593.4" y="214.4" width="29.6" height="3.6" fill="#e8e8e8" stroke="#666"><title>2026-W27 Patellar tendinopathy: none, 0 points</title></rect>
<text x="608.2" y="231.0" text-anchor="middle" font-size="11.0" fill="#1a1a1a">n</text>
<text x="71.8" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="256.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
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
<figcaption><strong>Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive).</strong> Bars show the load of each day from 2026-03-02 to 2026-07-05 in TRIMP (Banister TRIMP, since at least 80 % of runs have heart rate); 39 rest days count as 0 and 0 untracked days are hatched (unknown, not 0). The solid line is the acute load (EWMA, λ = 0.25), the dashed line the chronic load (EWMA, λ = 0.069; Williams 2017). The lower panel shows their ratio and the uncoupled rolling ratio; on 2026-07-05 the ratio was 1.20. The acute:chronic workload ratio is descriptive only: its cut-offs (0.8–1.3, ≥ 1.5; Gabbett 2016) have not held up (Impellizzeri 2020 and 2021; Lolli 2019), and Frandsen 2025 found no positive association with running injury. It adds no points to any level.</figcaption>
<div class="chart-box">
<svg id="daily-load" class="chart" viewBox="0 0 640.0 367.5" width="640.0" height="367.5" role="img" aria-labelledby="daily-load-title daily-load-desc" font-family="system-ui, sans-serif">
<title id="daily-load-title">Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive)</title>
<desc id="daily-load-desc">Bars show the load of each day from 2026-03-02 to 2026-07-05 in TRIMP (Banister TRIMP, since at least 80 % of runs have heart rate); 39 rest days count as 0 and 0 untracked days are hatched (unknown, not 0). The solid line is the acute load (EWMA, λ = 0.25), the dashed line the chronic load (EWMA, λ = 0.069; Williams 2017). The lower panel shows their ratio and the uncoupled rolling ratio; on 2026-07-05 the ratio was 1.20. The acute:chronic workload ratio is descriptive only: its cut-offs (0.8–1.3, ≥ 1.5; Gabbett 2016) have not held up (Impellizzeri 2020 and 2021; Lolli 2019), and Frandsen 2025 found no positive association with running injury. It adds no points to any level.</desc>
<defs><pattern id="daily-load-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#56B4E9"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">daily load</text>
<line x1="166.4" y1="12.0" x2="182.4" y2="12.0" stroke="#0072B2" stroke-width="2.5"/>
<text x="188.4" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">acute (7-day EWMA)</text>
<line x1="336.3" y1="12.0" x2="352.3" y2="12.0" stroke="#E69F00" stroke-width="2.5" stroke-dasharray="7 4"/>
<text x="358.3" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">chronic (28-day EWMA)</text>
<line x1="56.0" y1="30.0" x2="72.0" y2="30.0" stroke="#1a1a1a" stroke-width="2.5"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">ratio of the EWMAs</text>
<line x1="225.9" y1="30.0" x2="241.9" y2="30.0" stroke="#CC79A7" stroke-width="2.5" stroke-dasharray="2 3"/>
<text x="247.9" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">ratio, rolling 7:21 days</text>
<rect x="440.5" y="25.0" width="16.0" height="10.0" fill="url(#daily-load-nodata)" stroke="#bbb"/>
<text x="462.5" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">untracked day</text>
<line x1="56.0" y1="200.0" x2="624.0" y2="200.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="204.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line x1="56.0" y1="156.7" x2="624.0" y2="156.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="160.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">100</text>
<line x1="56.0" y1="113.3" x2="624.0" y2="113.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="117.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">200</text>
<line x1="56.0" y1="70.0" x2="624.0" y2="70.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="74.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">300</text>
<line x1="56.0" y1="70.0" x2="56.0" y2="200.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="64.0" text-anchor="start" font-size="12.0" fill="#444">load (TRIMP)</text>
<rect x="56.5" y="160.0" width="3.6" height="40.0" fill="#56B4E9"><title>2026-03-02: active, load 92.3</title></rect>
<rect x="61.0" y="160.0" width="3.6" height="40.0" fill="#56B4E9"><title>2026-03-03: active, load 92.3</title></rect>
<rect x="65.5" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-04: active, load 0.0</title></rect>
<rect x="70.0" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-05: rest, load 0.0</title></rect>
<rect x="74.5" y="159.7" width="3.6" height="40.3" fill="#56B4E9"><title>2026-03-06: active, load 92.9</title></rect>
<rect x="79.0" y="157.2" width="3.6" height="42.8" fill="#56B4E9"><title>2026-03-07: active, load 98.8</title></rect>
<rect x="83.5" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-08: rest, load 0.0</title></rect>
<rect x="88.0" y="155.8" width="3.6" height="44.2" fill="#56B4E9"><title>2026-03-09: active, load 101.9</title></rect>
<rect x="92.5" y="154.9" width="3.6" height="45.1" fill="#56B4E9"><title>2026-03-10: active, load 104.1</title></rect>
<rect x="97.0" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-11: active, load 0.0</title></rect>
<rect x="101.5" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-12: rest, load 0.0</title></rect>
<rect x="106.0" y="157.9" width="3.6" height="42.1" fill="#56B4E9"><title>2026-03-13: active, load 97.3</title></rect>
<rect x="110.5" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-14: rest, load 0.0</title></rect>
<rect x="115.1" y="160.7" width="3.6" height="39.3" fill="#56B4E9"><title>2026-03-15: active, load 90.6</title></rect>
<rect x="119.6" y="157.5" width="3.6" height="42.5" fill="#56B4E9"><title>2026-03-16: active, load 98.1</title></rect>
<rect x="124.1" y="159.2" width="3.6" height="40.8" fill="#56B4E9"><title>2026-03-17: active, load 94.1</title></rect>
<rect x="128.6" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-18: active, load 0.0</title></rect>
<rect x="133.1" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-19: rest, load 0.0</title></rect>
<rect x="137.6" y="159.3" width="3.6" height="40.7" fill="#56B4E9"><title>2026-03-20: active, load 93.9</title></rect>
<rect x="142.1" y="155.5" width="3.6" height="44.5" fill="#56B4E9"><title>2026-03-21: active, load 102.7</title></rect>
<rect x="146.6" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-22: rest, load 0.0</title></rect>
<rect x="151.1" y="148.2" width="3.6" height="51.8" fill="#56B4E9"><title>2026-03-23: active, load 119.6</title></rect>
<rect x="155.6" y="156.5" width="3.6" height="43.5" fill="#56B4E9"><title>2026-03-24: active, load 100.3</title></rect>
<rect x="160.1" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-25: active, load 0.0</title></rect>
<rect x="164.6" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-26: rest, load 0.0</title></rect>
<rect x="169.1" y="152.2" width="3.6" height="47.8" fill="#56B4E9"><title>2026-03-27: active, load 110.3</title></rect>
<rect x="173.7" y="152.8" width="3.6" height="47.2" fill="#56B4E9"><title>2026-03-28: active, load 109.0</title></rect>
<rect x="178.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-29: rest, load 0.0</title></rect>
<rect x="182.7" y="160.1" width="3.6" height="39.9" fill="#56B4E9"><title>2026-03-30: active, load 92.2</title></rect>
<rect x="187.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-03-31: rest, load 0.0</title></rect>
<rect x="191.7" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-01: active, load 0.0</title></rect>
<rect x="196.2" y="152.0" width="3.6" height="48.0" fill="#56B4E9"><title>2026-04-02: active, load 110.7</title></rect>
<rect x="200.7" y="151.6" width="3.6" height="48.4" fill="#56B4E9"><title>2026-04-03: active, load 111.6</title></rect>
<rect x="205.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-04: rest, load 0.0</title></rect>
<rect x="209.7" y="153.1" width="3.6" height="46.9" fill="#56B4E9"><title>2026-04-05: active, load 108.3</title></rect>
<rect x="214.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-06: rest, load 0.0</title></rect>
<rect x="218.7" y="151.3" width="3.6" height="48.7" fill="#56B4E9"><title>2026-04-07: active, load 112.4</title></rect>
<rect x="223.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-08: active, load 0.0</title></rect>
<rect x="227.8" y="158.3" width="3.6" height="41.7" fill="#56B4E9"><title>2026-04-09: active, load 96.2</title></rect>
<rect x="232.3" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-10: rest, load 0.0</title></rect>
<rect x="236.8" y="163.2" width="3.6" height="36.8" fill="#56B4E9"><title>2026-04-11: active, load 84.8</title></rect>
<rect x="241.3" y="154.1" width="3.6" height="45.9" fill="#56B4E9"><title>2026-04-12: active, load 105.9</title></rect>
<rect x="245.8" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-13: rest, load 0.0</title></rect>
<rect x="250.3" y="157.6" width="3.6" height="42.4" fill="#56B4E9"><title>2026-04-14: active, load 97.8</title></rect>
<rect x="254.8" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-15: active, load 0.0</title></rect>
<rect x="259.3" y="154.4" width="3.6" height="45.6" fill="#56B4E9"><title>2026-04-16: active, load 105.2</title></rect>
<rect x="263.8" y="159.7" width="3.6" height="40.3" fill="#56B4E9"><title>2026-04-17: active, load 93.1</title></rect>
<rect x="268.3" y="153.3" width="3.6" height="46.7" fill="#56B4E9"><title>2026-04-18: active, load 107.8</title></rect>
<rect x="272.8" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-19: rest, load 0.0</title></rect>
<rect x="277.3" y="115.0" width="3.6" height="85.0" fill="#56B4E9"><title>2026-04-20: active, load 196.2</title></rect>
<rect x="281.8" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-21: rest, load 0.0</title></rect>
<rect x="286.4" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-22: active, load 0.0</title></rect>
<rect x="290.9" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-23: rest, load 0.0</title></rect>
<rect x="295.4" y="149.2" width="3.6" height="50.8" fill="#56B4E9"><title>2026-04-24: active, load 117.3</title></rect>
<rect x="299.9" y="159.5" width="3.6" height="40.5" fill="#56B4E9"><title>2026-04-25: active, load 93.4</title></rect>
<rect x="304.4" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-26: rest, load 0.0</title></rect>
<rect x="308.9" y="157.9" width="3.6" height="42.1" fill="#56B4E9"><title>2026-04-27: active, load 97.2</title></rect>
<rect x="313.4" y="156.8" width="3.6" height="43.2" fill="#56B4E9"><title>2026-04-28: active, load 99.6</title></rect>
<rect x="317.9" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-29: active, load 0.0</title></rect>
<rect x="322.4" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-04-30: rest, load 0.0</title></rect>
<rect x="326.9" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-01: rest, load 0.0</title></rect>
<rect x="331.4" y="148.2" width="3.6" height="51.8" fill="#56B4E9"><title>2026-05-02: active, load 119.4</title></rect>
<rect x="335.9" y="151.8" width="3.6" height="48.2" fill="#56B4E9"><title>2026-05-03: active, load 111.3</title></rect>
<rect x="340.5" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-04: rest, load 0.0</title></rect>
<rect x="345.0" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-05: rest, load 0.0</title></rect>
<rect x="349.5" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-06: active, load 0.0</title></rect>
<rect x="354.0" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-07: rest, load 0.0</title></rect>
<rect x="358.5" y="162.1" width="3.6" height="37.9" fill="#56B4E9"><title>2026-05-08: active, load 87.5</title></rect>
<rect x="363.0" y="102.3" width="3.6" height="97.7" fill="#56B4E9"><title>2026-05-09: active, load 225.4</title></rect>
<rect x="367.5" y="159.7" width="3.6" height="40.3" fill="#56B4E9"><title>2026-05-10: active, load 92.9</title></rect>
<rect x="372.0" y="149.9" width="3.6" height="50.1" fill="#56B4E9"><title>2026-05-11: active, load 115.6</title></rect>
<rect x="376.5" y="160.6" width="3.6" height="39.4" fill="#56B4E9"><title>2026-05-12: active, load 90.9</title></rect>
<rect x="381.0" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-13: active, load 0.0</title></rect>
<rect x="385.5" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-14: rest, load 0.0</title></rect>
<rect x="390.0" y="152.8" width="3.6" height="47.2" fill="#56B4E9"><title>2026-05-15: active, load 108.9</title></rect>
<rect x="394.5" y="151.0" width="3.6" height="49.0" fill="#56B4E9"><title>2026-05-16: active, load 113.0</title></rect>
<rect x="399.1" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-17: rest, load 0.0</title></rect>
<rect x="403.6" y="159.3" width="3.6" height="40.7" fill="#56B4E9"><title>2026-05-18: active, load 94.0</title></rect>
<rect x="408.1" y="107.4" width="3.6" height="92.6" fill="#56B4E9"><title>2026-05-19: active, load 213.8</title></rect>
<rect x="412.6" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-20: active, load 0.0</title></rect>
<rect x="417.1" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-21: rest, load 0.0</title></rect>
<rect x="421.6" y="156.4" width="3.6" height="43.6" fill="#56B4E9"><title>2026-05-22: active, load 100.6</title></rect>
<rect x="426.1" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-23: rest, load 0.0</title></rect>
<rect x="430.6" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-24: rest, load 0.0</title></rect>
<rect x="435.1" y="155.1" width="3.6" height="44.9" fill="#56B4E9"><title>2026-05-25: active, load 103.6</title></rect>
<rect x="439.6" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-26: rest, load 0.0</title></rect>
<rect x="444.1" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-27: active, load 0.0</title></rect>
<rect x="448.6" y="155.6" width="3.6" height="44.4" fill="#56B4E9"><title>2026-05-28: active, load 102.5</title></rect>
<rect x="453.1" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-05-29: rest, load 0.0</title></rect>
<rect x="457.7" y="154.8" width="3.6" height="45.2" fill="#56B4E9"><title>2026-05-30: active, load 104.3</title></rect>
<rect x="462.2" y="149.5" width="3.6" height="50.5" fill="#56B4E9"><title>2026-05-31: active, load 116.6</title></rect>
<rect x="466.7" y="156.6" width="3.6" height="43.4" fill="#56B4E9"><title>2026-06-01: active, load 100.3</title></rect>
<rect x="471.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-02: rest, load 0.0</title></rect>
<rect x="475.7" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-03: active, load 0.0</title></rect>
<rect x="480.2" y="162.1" width="3.6" height="37.9" fill="#56B4E9"><title>2026-06-04: active, load 87.5</title></rect>
<rect x="484.7" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-05: rest, load 0.0</title></rect>
<rect x="489.2" y="150.2" width="3.6" height="49.8" fill="#56B4E9"><title>2026-06-06: active, load 114.8</title></rect>
<rect x="493.7" y="150.7" width="3.6" height="49.3" fill="#56B4E9"><title>2026-06-07: active, load 113.8</title></rect>
<rect x="498.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-08: rest, load 0.0</title></rect>
<rect x="502.7" y="160.7" width="3.6" height="39.3" fill="#56B4E9"><title>2026-06-09: active, load 90.8</title></rect>
<rect x="507.2" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-10: active, load 0.0</title></rect>
<rect x="511.8" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-11: rest, load 0.0</title></rect>
<rect x="516.3" y="162.3" width="3.6" height="37.7" fill="#56B4E9"><title>2026-06-12: active, load 87.0</title></rect>
<rect x="520.8" y="156.1" width="3.6" height="43.9" fill="#56B4E9"><title>2026-06-13: active, load 101.2</title></rect>
<rect x="525.3" y="155.4" width="3.6" height="44.6" fill="#56B4E9"><title>2026-06-14: active, load 102.9</title></rect>
<rect x="529.8" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-15: rest, load 0.0</title></rect>
<rect x="534.3" y="156.0" width="3.6" height="44.0" fill="#56B4E9"><title>2026-06-16: active, load 101.6</title></rect>
<rect x="538.8" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-17: active, load 0.0</title></rect>
<rect x="543.3" y="158.9" width="3.6" height="41.1" fill="#56B4E9"><title>2026-06-18: active, load 94.9</title></rect>
<rect x="547.8" y="151.4" width="3.6" height="48.6" fill="#56B4E9"><title>2026-06-19: active, load 112.2</title></rect>
<rect x="552.3" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-20: rest, load 0.0</title></rect>
<rect x="556.8" y="157.7" width="3.6" height="42.3" fill="#56B4E9"><title>2026-06-21: active, load 97.5</title></rect>
<rect x="561.3" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-22: rest, load 0.0</title></rect>
<rect x="565.8" y="160.8" width="3.6" height="39.2" fill="#56B4E9"><title>2026-06-23: active, load 90.5</title></rect>
<rect x="570.4" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-24: active, load 0.0</title></rect>
<rect x="574.9" y="150.1" width="3.6" height="49.9" fill="#56B4E9"><title>2026-06-25: active, load 115.2</title></rect>
<rect x="579.4" y="156.4" width="3.6" height="43.6" fill="#56B4E9"><title>2026-06-26: active, load 100.7</title></rect>
<rect x="583.9" y="149.4" width="3.6" height="50.6" fill="#56B4E9"><title>2026-06-27: active, load 116.7</title></rect>
<rect x="588.4" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-28: rest, load 0.0</title></rect>
<rect x="592.9" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-06-29: rest, load 0.0</title></rect>
<rect x="597.4" y="148.8" width="3.6" height="51.2" fill="#56B4E9"><title>2026-06-30: active, load 118.2</title></rect>
<rect x="601.9" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-07-01: active, load 0.0</title></rect>
<rect x="606.4" y="200.0" width="3.6" height="0.0" fill="#56B4E9"><title>2026-07-02: rest, load 0.0</title></rect>
<rect x="610.9" y="154.1" width="3.6" height="45.9" fill="#56B4E9"><title>2026-07-03: active, load 105.9</title></rect>
<rect x="615.4" y="150.8" width="3.6" height="49.2" fill="#56B4E9"><title>2026-07-04: active, load 113.5</title></rect>
<rect x="619.9" y="158.3" width="3.6" height="41.7" fill="#56B4E9"><title>2026-07-05: active, load 96.2</title></rect>
<polyline fill="none" stroke="#E69F00" stroke-width="2.5" stroke-dasharray="7 4" stroke-linejoin="round" points="180.0,178.7 184.5,177.4 189.0,179.0 193.5,180.4 198.0,178.5 202.5,176.6 207.0,178.2 211.5,176.5 216.0,178.1 220.5,176.3 225.0,177.9 229.6,176.5 234.1,178.2 238.6,177.1 243.1,175.5 247.6,177.2 252.1,175.9 256.6,177.5 261.1,175.9 265.6,174.8 270.1,173.3 274.6,175.2 279.1,171.0 283.7,173.0 288.2,174.9 292.7,176.6 297.2,174.7 301.7,173.7 306.2,175.5 310.7,174.3 315.2,173.1 319.7,174.9 324.2,176.7 328.7,178.3 333.2,176.2 337.7,174.5 342.3,176.3 346.8,177.9 351.3,179.4 355.8,180.8 360.3,179.6 364.8,174.2 369.3,173.2 373.8,171.6 378.3,170.9 382.8,172.9 387.3,174.7 391.8,173.2 396.3,171.7 400.9,173.6 405.4,172.7 409.9,168.2 414.4,170.4 418.9,172.4 423.4,171.3 427.9,173.3 432.4,175.1 436.9,173.7 441.4,175.5 445.9,177.2 450.4,175.7 455.0,177.4 459.5,175.9 464.0,174.0 468.5,172.8 473.0,174.7 477.5,176.4 482.0,175.5 486.5,177.1 491.0,175.3 495.5,173.6 500.0,175.4 504.5,174.4 509.0,176.2 513.6,177.8 518.1,176.7 522.6,175.3 527.1,173.9 531.6,175.7 536.1,174.4 540.6,176.1 545.1,175.0 549.6,173.3 554.1,175.2 558.6,174.0 563.1,175.8 567.7,174.7 572.2,176.5 576.7,174.7 581.2,173.4 585.7,171.7 590.2,173.7 594.7,175.5 599.2,173.7 603.7,175.5 608.2,177.2 612.7,175.6 617.2,173.9 621.7,172.8"/>
<polyline fill="none" stroke="#0072B2" stroke-width="2.5" stroke-linejoin="round" points="180.0,176.7 184.5,172.5 189.0,179.4 193.5,184.5 198.0,176.4 202.5,170.2 207.0,177.7 211.5,171.5 216.0,178.6 220.5,171.8 225.0,178.9 229.6,173.7 234.1,180.3 238.6,176.0 243.1,170.5 247.6,177.9 252.1,172.8 256.6,179.6 261.1,173.3 265.6,169.9 270.1,165.8 274.6,174.3 279.1,159.5 283.7,169.6 288.2,177.2 292.7,182.9 297.2,174.5 301.7,170.7 306.2,178.0 310.7,173.0 315.2,169.0 319.7,176.7 324.2,182.5 328.7,186.9 333.2,177.2 337.7,170.9 342.3,178.2 346.8,183.6 351.3,187.7 355.8,190.8 360.3,183.6 364.8,163.3 369.3,162.4 373.8,159.3 378.3,159.6 382.8,169.7 387.3,177.3 391.8,171.2 396.3,166.1 400.9,174.6 405.4,170.8 409.9,154.9 414.4,166.2 418.9,174.6 423.4,170.1 427.9,177.6 432.4,183.2 436.9,176.2 441.4,182.1 445.9,186.6 450.4,178.8 455.0,184.1 459.5,176.8 464.0,170.0 468.5,166.6 473.0,175.0 477.5,181.2 482.0,176.4 486.5,182.3 491.0,174.3 495.5,168.4 500.0,176.3 504.5,172.4 509.0,179.3 513.6,184.5 518.1,178.9 522.6,173.2 527.1,168.8 531.6,176.6 536.1,171.4 540.6,178.6 545.1,173.6 549.6,168.1 554.1,176.1 558.6,171.5 563.1,178.6 567.7,174.2 572.2,180.6 576.7,173.0 581.2,168.8 585.7,164.0 590.2,173.0 594.7,179.7 599.2,172.0 603.7,179.0 608.2,184.2 612.7,176.7 617.2,170.2 621.7,167.3"/>
<text x="89.8" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">03-09</text>
<text x="152.9" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">03-23</text>
<text x="216.0" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">04-06</text>
<text x="279.1" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">04-20</text>
<text x="342.3" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">05-04</text>
<text x="405.4" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">05-18</text>
<text x="468.5" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">06-01</text>
<text x="531.6" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">06-15</text>
<text x="594.7" y="216.0" text-anchor="middle" font-size="12.0" fill="#444">06-29</text>
<line x1="56.0" y1="341.5" x2="624.0" y2="341.5" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="345.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.0</text>
<line x1="56.0" y1="317.1" x2="624.0" y2="317.1" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="321.1" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.5</text>
<line x1="56.0" y1="292.8" x2="624.0" y2="292.8" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="296.8" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.0</text>
<line x1="56.0" y1="268.4" x2="624.0" y2="268.4" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="272.4" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.5</text>
<line x1="56.0" y1="244.0" x2="624.0" y2="244.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="248.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">2.0</text>
<line x1="56.0" y1="244.0" x2="56.0" y2="341.5" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="238.0" text-anchor="start" font-size="12.0" fill="#444">acute:chronic ratio (descriptive)</text>
<line x1="56.0" y1="292.8" x2="624.0" y2="292.8" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<text x="622.0" y="289.8" text-anchor="end" font-size="11.0" fill="#444" stroke="#fff" stroke-width="3" paint-order="stroke">acute = chronic</text>
<polyline fill="none" stroke="#CC79A7" stroke-width="2.0" stroke-dasharray="2 3" stroke-linejoin="round" points="180.0,286.1 184.5,290.7 189.0,303.4 193.5,303.4 198.0,289.8 202.5,290.4 207.0,303.9 211.5,290.9 216.0,301.6 220.5,283.0 225.0,283.0 229.6,290.1 234.1,303.9 238.6,293.9 243.1,294.8 247.6,290.8 252.1,293.4 256.6,293.4 261.1,296.1 265.6,280.8 270.1,277.0 274.6,294.7 279.1,264.6 283.7,277.0 288.2,277.0 292.7,294.8 297.2,291.3 301.7,293.0 306.2,293.0 310.7,307.6 315.2,296.7 319.7,296.7 324.2,292.6 328.7,306.8 333.2,306.4 337.7,289.8 342.3,304.5 346.8,315.4 351.3,315.4 355.8,313.3 360.3,302.7 364.8,291.2 369.3,293.6 373.8,279.9 378.3,263.0 382.8,263.0 387.3,255.0 391.8,251.5 396.3,275.1 400.9,291.0 405.4,290.2 409.9,279.6 414.4,279.6 418.9,279.6 423.4,280.1 427.9,294.2 432.4,294.2 436.9,292.9 441.4,319.7 445.9,319.7 450.4,308.8 455.0,321.0 459.5,308.0 464.0,291.3 468.5,295.5 473.0,295.5 477.5,295.5 482.0,300.2 486.5,297.6 491.0,292.1 495.5,293.3 500.0,304.5 504.5,290.1 509.0,290.1 513.6,304.0 518.1,289.2 522.6,291.0 527.1,296.9 531.6,293.3 536.1,286.0 540.6,286.0 545.1,272.6 549.6,268.1 554.1,287.9 558.6,293.0 563.1,288.5 567.7,294.3 572.2,294.3 576.7,291.5 581.2,297.0 585.7,279.3 590.2,290.1 594.7,285.5 599.2,286.3 603.7,286.3 608.2,301.4 612.7,303.8 617.2,304.2 621.7,289.1"/>
<polyline fill="none" stroke="#1a1a1a" stroke-width="2.0" stroke-linejoin="round" points="180.0,288.1 184.5,282.2 189.0,293.7 193.5,303.0 198.0,288.1 202.5,279.4 207.0,291.5 211.5,282.4 216.0,293.9 220.5,283.6 225.0,294.9 229.6,286.9 234.1,297.5 238.6,290.4 243.1,282.8 247.6,294.2 252.1,286.6 256.6,297.3 261.1,287.4 265.6,283.2 270.1,278.9 274.6,291.1 279.1,273.3 283.7,286.6 288.2,297.3 292.7,305.9 297.2,292.3 301.7,287.3 306.2,297.8 310.7,290.3 315.2,285.3 319.7,296.2 324.2,305.0 328.7,312.1 333.2,294.9 337.7,285.8 342.3,296.6 346.8,305.4 351.3,312.4 355.8,318.0 360.3,302.4 364.8,272.0 369.3,273.0 373.8,271.5 378.3,273.9 382.8,287.1 387.3,297.6 391.8,289.0 396.3,283.2 400.9,294.5 405.4,289.4 409.9,272.5 414.4,285.9 418.9,296.7 423.4,290.7 427.9,300.6 432.4,308.5 436.9,297.2 441.4,305.8 445.9,312.8 450.4,299.0 455.0,307.2 459.5,294.7 464.0,285.1 468.5,281.6 473.0,293.2 477.5,302.6 482.0,294.7 486.5,303.8 491.0,290.8 495.5,283.1 500.0,294.5 504.5,288.9 509.0,299.1 513.6,307.4 518.1,297.3 522.6,288.6 527.1,283.1 531.6,294.4 536.1,287.1 540.6,297.7 545.1,290.2 549.6,283.2 554.1,294.5 558.6,288.1 563.1,298.5 567.7,291.6 572.2,301.3 576.7,289.5 581.2,284.4 585.7,279.4 590.2,291.4 594.7,301.2 599.2,289.7 603.7,299.8 608.2,307.9 612.7,295.0 617.2,286.0 621.7,282.8"/>
<text x="89.8" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">03-09</text>
<text x="152.9" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">03-23</text>
<text x="216.0" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">04-06</text>
<text x="279.1" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">04-20</text>
<text x="342.3" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">05-04</text>
<text x="405.4" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">05-18</text>
<text x="468.5" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">06-01</text>
<text x="531.6" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">06-15</text>
<text x="594.7" y="357.5" text-anchor="middle" font-size="12.0" fill="#444">06-29</text>
</svg>
</div>
<details class="numbers"><summary>Daily load (TRIMP) with acute and chronic averages, and the acute:chronic ratio (descriptive): the numbers</summary>
<div class="scroll"><table>
<caption>Daily load (TRIMP), EWMA averages and ratios, fitness/fatigue/form (L5)</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Day</th><th scope="col" class="num">Distance (km)</th><th scope="col" class="num">Load</th><th scope="col" class="num">Acute</th><th scope="col" class="num">Chronic</th><th scope="col" class="num">Ratio (EWMA)</th><th scope="col" class="num">Ratio (rolling)</th><th scope="col" class="num">Fitness</th><th scope="col" class="num">Fatigue</th><th scope="col" class="num">Form</th></tr></thead>
<tbody>
<tr><th scope="row">2026-03-02</th><td>active</td><td class="num">7.7</td><td class="num">92.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-03</th><td>active</td><td class="num">7.8</td><td class="num">92.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-04</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-05</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-06</th><td>active</td><td class="num">7.8</td><td class="num">92.9</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-07</th><td>active</td><td class="num">8.9</td><td class="num">98.8</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-08</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-09</th><td>active</td><td class="num">8.5</td><td class="num">101.9</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-10</th><td>active</td><td class="num">9.2</td><td class="num">104.1</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-11</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-12</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-13</th><td>active</td><td class="num">8.0</td><td class="num">97.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-14</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-15</th><td>active</td><td class="num">7.6</td><td class="num">90.6</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-16</th><td>active</td><td class="num">8.1</td><td class="num">98.1</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-17</th><td>active</td><td class="num">8.0</td><td class="num">94.1</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-18</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-19</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-20</th><td>active</td><td class="num">8.4</td><td class="num">93.9</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-21</th><td>active</td><td class="num">8.5</td><td class="num">102.7</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-22</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-23</th><td>active</td><td class="num">9.7</td><td class="num">119.6</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-24</th><td>active</td><td class="num">8.7</td><td class="num">100.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-25</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-26</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-27</th><td>active</td><td class="num">9.7</td><td class="num">110.3</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-28</th><td>active</td><td class="num">9.1</td><td class="num">109.0</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td></tr>
<tr><th scope="row">2026-03-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">53.8</td><td class="num">49.2</td><td class="num">1.09</td><td class="num">1.14</td><td class="num">41.9</td><td class="num">53.8</td><td class="num">-11.9</td></tr>
<tr><th scope="row">2026-03-30</th><td>active</td><td class="num">7.7</td><td class="num">92.2</td><td class="num">63.4</td><td class="num">52.1</td><td class="num">1.22</td><td class="num">1.04</td><td class="num">44.3</td><td class="num">63.4</td><td class="num">-19.1</td></tr>
<tr><th scope="row">2026-03-31</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">47.6</td><td class="num">48.5</td><td class="num">0.98</td><td class="num">0.78</td><td class="num">42.2</td><td class="num">47.6</td><td class="num">-5.3</td></tr>
<tr><th scope="row">2026-04-01</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">35.7</td><td class="num">45.2</td><td class="num">0.79</td><td class="num">0.78</td><td class="num">40.3</td><td class="num">35.7</td><td class="num">4.6</td></tr>
<tr><th scope="row">2026-04-02</th><td>active</td><td class="num">9.1</td><td class="num">110.7</td><td class="num">54.4</td><td class="num">49.7</td><td class="num">1.09</td><td class="num">1.06</td><td class="num">43.5</td><td class="num">54.4</td><td class="num">-10.9</td></tr>
<tr><th scope="row">2026-04-03</th><td>active</td><td class="num">9.5</td><td class="num">111.6</td><td class="num">68.7</td><td class="num">54.0</td><td class="num">1.27</td><td class="num">1.05</td><td class="num">46.7</td><td class="num">68.7</td><td class="num">-22.0</td></tr>
<tr><th scope="row">2026-04-04</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">51.5</td><td class="num">50.3</td><td class="num">1.03</td><td class="num">0.77</td><td class="num">44.5</td><td class="num">51.5</td><td class="num">-7.0</td></tr>
<tr><th scope="row">2026-04-05</th><td>active</td><td class="num">9.4</td><td class="num">108.3</td><td class="num">65.7</td><td class="num">54.3</td><td class="num">1.21</td><td class="num">1.04</td><td class="num">47.5</td><td class="num">65.7</td><td class="num">-18.2</td></tr>
<tr><th scope="row">2026-04-06</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">49.3</td><td class="num">50.5</td><td class="num">0.98</td><td class="num">0.82</td><td class="num">45.3</td><td class="num">49.3</td><td class="num">-4.0</td></tr>
<tr><th scope="row">2026-04-07</th><td>active</td><td class="num">9.2</td><td class="num">112.4</td><td class="num">65.1</td><td class="num">54.8</td><td class="num">1.19</td><td class="num">1.20</td><td class="num">48.4</td><td class="num">65.1</td><td class="num">-16.7</td></tr>
<tr><th scope="row">2026-04-08</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">48.8</td><td class="num">51.0</td><td class="num">0.96</td><td class="num">1.20</td><td class="num">46.2</td><td class="num">48.8</td><td class="num">-2.7</td></tr>
<tr><th scope="row">2026-04-09</th><td>active</td><td class="num">8.0</td><td class="num">96.2</td><td class="num">60.6</td><td class="num">54.1</td><td class="num">1.12</td><td class="num">1.05</td><td class="num">48.5</td><td class="num">60.6</td><td class="num">-12.2</td></tr>
<tr><th scope="row">2026-04-10</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">45.5</td><td class="num">50.4</td><td class="num">0.90</td><td class="num">0.77</td><td class="num">46.2</td><td class="num">45.5</td><td class="num">0.7</td></tr>
<tr><th scope="row">2026-04-11</th><td>active</td><td class="num">7.6</td><td class="num">84.8</td><td class="num">55.3</td><td class="num">52.8</td><td class="num">1.05</td><td class="num">0.98</td><td class="num">48.0</td><td class="num">55.3</td><td class="num">-7.3</td></tr>
<tr><th scope="row">2026-04-12</th><td>active</td><td class="num">8.9</td><td class="num">105.9</td><td class="num">68.0</td><td class="num">56.4</td><td class="num">1.20</td><td class="num">0.96</td><td class="num">50.7</td><td class="num">68.0</td><td class="num">-17.3</td></tr>
<tr><th scope="row">2026-04-13</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">51.0</td><td class="num">52.5</td><td class="num">0.97</td><td class="num">1.04</td><td class="num">48.4</td><td class="num">51.0</td><td class="num">-2.6</td></tr>
<tr><th scope="row">2026-04-14</th><td>active</td><td class="num">8.5</td><td class="num">97.8</td><td class="num">62.7</td><td class="num">55.7</td><td class="num">1.13</td><td class="num">0.99</td><td class="num">50.7</td><td class="num">62.7</td><td class="num">-12.0</td></tr>
<tr><th scope="row">2026-04-15</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">47.0</td><td class="num">51.8</td><td class="num">0.91</td><td class="num">0.99</td><td class="num">48.3</td><td class="num">47.0</td><td class="num">1.3</td></tr>
<tr><th scope="row">2026-04-16</th><td>active</td><td class="num">9.0</td><td class="num">105.2</td><td class="num">61.6</td><td class="num">55.5</td><td class="num">1.11</td><td class="num">0.93</td><td class="num">50.9</td><td class="num">61.6</td><td class="num">-10.6</td></tr>
<tr><th scope="row">2026-04-17</th><td>active</td><td class="num">7.7</td><td class="num">93.1</td><td class="num">69.4</td><td class="num">58.1</td><td class="num">1.20</td><td class="num">1.24</td><td class="num">52.9</td><td class="num">69.4</td><td class="num">-16.5</td></tr>
<tr><th scope="row">2026-04-18</th><td>active</td><td class="num">9.6</td><td class="num">107.8</td><td class="num">79.0</td><td class="num">61.5</td><td class="num">1.28</td><td class="num">1.32</td><td class="num">55.5</td><td class="num">79.0</td><td class="num">-23.6</td></tr>
<tr><th scope="row">2026-04-19</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">59.3</td><td class="num">57.3</td><td class="num">1.03</td><td class="num">0.96</td><td class="num">52.9</td><td class="num">59.3</td><td class="num">-6.4</td></tr>
<tr><th scope="row">2026-04-20</th><td>active</td><td class="num">16.2</td><td class="num">196.2</td><td class="num">93.5</td><td class="num">66.9</td><td class="num">1.40</td><td class="num">1.58</td><td class="num">59.5</td><td class="num">93.5</td><td class="num">-34.0</td></tr>
<tr><th scope="row">2026-04-21</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">70.1</td><td class="num">62.3</td><td class="num">1.13</td><td class="num">1.32</td><td class="num">56.8</td><td class="num">70.1</td><td class="num">-13.4</td></tr>
<tr><th scope="row">2026-04-22</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">52.6</td><td class="num">58.0</td><td class="num">0.91</td><td class="num">1.32</td><td class="num">54.1</td><td class="num">52.6</td><td class="num">1.5</td></tr>
<tr><th scope="row">2026-04-23</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">39.5</td><td class="num">54.0</td><td class="num">0.73</td><td class="num">0.96</td><td class="num">51.6</td><td class="num">39.5</td><td class="num">12.2</td></tr>
<tr><th scope="row">2026-04-24</th><td>active</td><td class="num">9.9</td><td class="num">117.3</td><td class="num">58.9</td><td class="num">58.3</td><td class="num">1.01</td><td class="num">1.03</td><td class="num">54.7</td><td class="num">58.9</td><td class="num">-4.2</td></tr>
<tr><th scope="row">2026-04-25</th><td>active</td><td class="num">8.4</td><td class="num">93.4</td><td class="num">67.5</td><td class="num">60.8</td><td class="num">1.11</td><td class="num">1.00</td><td class="num">56.5</td><td class="num">67.5</td><td class="num">-11.1</td></tr>
<tr><th scope="row">2026-04-26</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">50.7</td><td class="num">56.6</td><td class="num">0.90</td><td class="num">1.00</td><td class="num">53.9</td><td class="num">50.7</td><td class="num">3.2</td></tr>
<tr><th scope="row">2026-04-27</th><td>active</td><td class="num">8.4</td><td class="num">97.2</td><td class="num">62.3</td><td class="num">59.4</td><td class="num">1.05</td><td class="num">0.69</td><td class="num">55.9</td><td class="num">62.3</td><td class="num">-6.4</td></tr>
<tr><th scope="row">2026-04-28</th><td>active</td><td class="num">8.4</td><td class="num">99.6</td><td class="num">71.6</td><td class="num">62.1</td><td class="num">1.15</td><td class="num">0.92</td><td class="num">57.9</td><td class="num">71.6</td><td class="num">-13.7</td></tr>
<tr><th scope="row">2026-04-29</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">53.7</td><td class="num">57.9</td><td class="num">0.93</td><td class="num">0.92</td><td class="num">55.2</td><td class="num">53.7</td><td class="num">1.5</td></tr>
<tr><th scope="row">2026-04-30</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">40.3</td><td class="num">53.9</td><td class="num">0.75</td><td class="num">1.00</td><td class="num">52.6</td><td class="num">40.3</td><td class="num">12.3</td></tr>
<tr><th scope="row">2026-05-01</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">30.2</td><td class="num">50.2</td><td class="num">0.60</td><td class="num">0.71</td><td class="num">50.2</td><td class="num">30.2</td><td class="num">20.0</td></tr>
<tr><th scope="row">2026-05-02</th><td>active</td><td class="num">9.9</td><td class="num">119.4</td><td class="num">52.5</td><td class="num">54.9</td><td class="num">0.96</td><td class="num">0.72</td><td class="num">53.4</td><td class="num">52.5</td><td class="num">0.9</td></tr>
<tr><th scope="row">2026-05-03</th><td>active</td><td class="num">9.8</td><td class="num">111.3</td><td class="num">67.2</td><td class="num">58.8</td><td class="num">1.14</td><td class="num">1.06</td><td class="num">56.1</td><td class="num">67.2</td><td class="num">-11.1</td></tr>
<tr><th scope="row">2026-05-04</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">50.4</td><td class="num">54.8</td><td class="num">0.92</td><td class="num">0.76</td><td class="num">53.5</td><td class="num">50.4</td><td class="num">3.1</td></tr>
<tr><th scope="row">2026-05-05</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">37.8</td><td class="num">51.0</td><td class="num">0.74</td><td class="num">0.53</td><td class="num">51.0</td><td class="num">37.8</td><td class="num">13.2</td></tr>
<tr><th scope="row">2026-05-06</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">28.4</td><td class="num">47.5</td><td class="num">0.60</td><td class="num">0.53</td><td class="num">48.6</td><td class="num">28.4</td><td class="num">20.3</td></tr>
<tr><th scope="row">2026-05-07</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">21.3</td><td class="num">44.2</td><td class="num">0.48</td><td class="num">0.58</td><td class="num">46.4</td><td class="num">21.3</td><td class="num">25.1</td></tr>
<tr><th scope="row">2026-05-08</th><td>active</td><td class="num">7.7</td><td class="num">87.5</td><td class="num">37.8</td><td class="num">47.2</td><td class="num">0.80</td><td class="num">0.80</td><td class="num">48.3</td><td class="num">37.8</td><td class="num">10.5</td></tr>
<tr><th scope="row">2026-05-09</th><td>active</td><td class="num">18.6</td><td class="num">225.4</td><td class="num">84.7</td><td class="num">59.5</td><td class="num">1.42</td><td class="num">1.03</td><td class="num">56.5</td><td class="num">84.7</td><td class="num">-28.2</td></tr>
<tr><th scope="row">2026-05-10</th><td>active</td><td class="num">7.9</td><td class="num">92.9</td><td class="num">86.8</td><td class="num">61.8</td><td class="num">1.40</td><td class="num">0.98</td><td class="num">58.2</td><td class="num">86.8</td><td class="num">-28.6</td></tr>
<tr><th scope="row">2026-05-11</th><td>active</td><td class="num">9.6</td><td class="num">115.6</td><td class="num">94.0</td><td class="num">65.5</td><td class="num">1.43</td><td class="num">1.26</td><td class="num">60.9</td><td class="num">94.0</td><td class="num">-33.1</td></tr>
<tr><th scope="row">2026-05-12</th><td>active</td><td class="num">7.7</td><td class="num">90.9</td><td class="num">93.2</td><td class="num">67.2</td><td class="num">1.39</td><td class="num">1.61</td><td class="num">62.3</td><td class="num">93.2</td><td class="num">-30.9</td></tr>
<tr><th scope="row">2026-05-13</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">69.9</td><td class="num">62.6</td><td class="num">1.12</td><td class="num">1.61</td><td class="num">59.4</td><td class="num">69.9</td><td class="num">-10.5</td></tr>
<tr><th scope="row">2026-05-14</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">52.4</td><td class="num">58.3</td><td class="num">0.90</td><td class="num">1.77</td><td class="num">56.6</td><td class="num">52.4</td><td class="num">4.2</td></tr>
<tr><th scope="row">2026-05-15</th><td>active</td><td class="num">9.6</td><td class="num">108.9</td><td class="num">66.6</td><td class="num">61.8</td><td class="num">1.08</td><td class="num">1.85</td><td class="num">59.1</td><td class="num">66.6</td><td class="num">-7.5</td></tr>
<tr><th scope="row">2026-05-16</th><td>active</td><td class="num">9.3</td><td class="num">113.0</td><td class="num">78.2</td><td class="num">65.3</td><td class="num">1.20</td><td class="num">1.36</td><td class="num">61.6</td><td class="num">78.2</td><td class="num">-16.6</td></tr>
<tr><th scope="row">2026-05-17</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">58.6</td><td class="num">60.8</td><td class="num">0.96</td><td class="num">1.04</td><td class="num">58.7</td><td class="num">58.6</td><td class="num">0.1</td></tr>
<tr><th scope="row">2026-05-18</th><td>active</td><td class="num">8.0</td><td class="num">94.0</td><td class="num">67.5</td><td class="num">63.1</td><td class="num">1.07</td><td class="num">1.05</td><td class="num">60.3</td><td class="num">67.5</td><td class="num">-7.1</td></tr>
<tr><th scope="row">2026-05-19</th><td>active</td><td class="num">17.8</td><td class="num">213.8</td><td class="num">104.0</td><td class="num">73.5</td><td class="num">1.42</td><td class="num">1.27</td><td class="num">67.5</td><td class="num">104.0</td><td class="num">-36.6</td></tr>
<tr><th scope="row">2026-05-20</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">78.0</td><td class="num">68.4</td><td class="num">1.14</td><td class="num">1.27</td><td class="num">64.3</td><td class="num">78.0</td><td class="num">-13.7</td></tr>
<tr><th scope="row">2026-05-21</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">58.5</td><td class="num">63.7</td><td class="num">0.92</td><td class="num">1.27</td><td class="num">61.3</td><td class="num">58.5</td><td class="num">2.8</td></tr>
<tr><th scope="row">2026-05-22</th><td>active</td><td class="num">8.9</td><td class="num">100.6</td><td class="num">69.1</td><td class="num">66.3</td><td class="num">1.04</td><td class="num">1.26</td><td class="num">63.2</td><td class="num">69.1</td><td class="num">-5.9</td></tr>
<tr><th scope="row">2026-05-23</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">51.8</td><td class="num">61.7</td><td class="num">0.84</td><td class="num">0.97</td><td class="num">60.2</td><td class="num">51.8</td><td class="num">8.4</td></tr>
<tr><th scope="row">2026-05-24</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">38.8</td><td class="num">57.4</td><td class="num">0.68</td><td class="num">0.97</td><td class="num">57.4</td><td class="num">38.8</td><td class="num">18.6</td></tr>
<tr><th scope="row">2026-05-25</th><td>active</td><td class="num">8.7</td><td class="num">103.6</td><td class="num">55.0</td><td class="num">60.6</td><td class="num">0.91</td><td class="num">1.00</td><td class="num">59.6</td><td class="num">55.0</td><td class="num">4.6</td></tr>
<tr><th scope="row">2026-05-26</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">41.3</td><td class="num">56.4</td><td class="num">0.73</td><td class="num">0.45</td><td class="num">56.8</td><td class="num">41.3</td><td class="num">15.5</td></tr>
<tr><th scope="row">2026-05-27</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">31.0</td><td class="num">52.5</td><td class="num">0.59</td><td class="num">0.45</td><td class="num">54.2</td><td class="num">31.0</td><td class="num">23.2</td></tr>
<tr><th scope="row">2026-05-28</th><td>active</td><td class="num">9.0</td><td class="num">102.5</td><td class="num">48.8</td><td class="num">56.0</td><td class="num">0.87</td><td class="num">0.67</td><td class="num">56.4</td><td class="num">48.8</td><td class="num">7.6</td></tr>
<tr><th scope="row">2026-05-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">36.6</td><td class="num">52.1</td><td class="num">0.70</td><td class="num">0.42</td><td class="num">53.8</td><td class="num">36.6</td><td class="num">17.2</td></tr>
<tr><th scope="row">2026-05-30</th><td>active</td><td class="num">8.9</td><td class="num">104.3</td><td class="num">53.6</td><td class="num">55.7</td><td class="num">0.96</td><td class="num">0.69</td><td class="num">56.1</td><td class="num">53.6</td><td class="num">2.6</td></tr>
<tr><th scope="row">2026-05-31</th><td>active</td><td class="num">9.7</td><td class="num">116.6</td><td class="num">69.3</td><td class="num">59.9</td><td class="num">1.16</td><td class="num">1.03</td><td class="num">59.0</td><td class="num">69.3</td><td class="num">-10.3</td></tr>
<tr><th scope="row">2026-06-01</th><td>active</td><td class="num">8.8</td><td class="num">100.3</td><td class="num">77.0</td><td class="num">62.7</td><td class="num">1.23</td><td class="num">0.94</td><td class="num">60.9</td><td class="num">77.0</td><td class="num">-16.2</td></tr>
<tr><th scope="row">2026-06-02</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">57.8</td><td class="num">58.4</td><td class="num">0.99</td><td class="num">0.94</td><td class="num">58.0</td><td class="num">57.8</td><td class="num">0.3</td></tr>
<tr><th scope="row">2026-06-03</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">43.3</td><td class="num">54.3</td><td class="num">0.80</td><td class="num">0.94</td><td class="num">55.3</td><td class="num">43.3</td><td class="num">12.0</td></tr>
<tr><th scope="row">2026-06-04</th><td>active</td><td class="num">7.5</td><td class="num">87.5</td><td class="num">54.4</td><td class="num">56.6</td><td class="num">0.96</td><td class="num">0.85</td><td class="num">56.8</td><td class="num">54.4</td><td class="num">2.5</td></tr>
<tr><th scope="row">2026-06-05</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">40.8</td><td class="num">52.7</td><td class="num">0.77</td><td class="num">0.90</td><td class="num">54.2</td><td class="num">40.8</td><td class="num">13.4</td></tr>
<tr><th scope="row">2026-06-06</th><td>active</td><td class="num">9.5</td><td class="num">114.8</td><td class="num">59.3</td><td class="num">57.0</td><td class="num">1.04</td><td class="num">1.01</td><td class="num">57.0</td><td class="num">59.3</td><td class="num">-2.3</td></tr>
<tr><th scope="row">2026-06-07</th><td>active</td><td class="num">9.4</td><td class="num">113.8</td><td class="num">72.9</td><td class="num">60.9</td><td class="num">1.20</td><td class="num">0.99</td><td class="num">59.7</td><td class="num">72.9</td><td class="num">-13.3</td></tr>
<tr><th scope="row">2026-06-08</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">54.7</td><td class="num">56.7</td><td class="num">0.96</td><td class="num">0.76</td><td class="num">56.9</td><td class="num">54.7</td><td class="num">2.2</td></tr>
<tr><th scope="row">2026-06-09</th><td>active</td><td class="num">7.5</td><td class="num">90.8</td><td class="num">63.7</td><td class="num">59.1</td><td class="num">1.08</td><td class="num">1.05</td><td class="num">58.5</td><td class="num">63.7</td><td class="num">-5.3</td></tr>
<tr><th scope="row">2026-06-10</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">47.8</td><td class="num">55.0</td><td class="num">0.87</td><td class="num">1.05</td><td class="num">55.7</td><td class="num">47.8</td><td class="num">8.0</td></tr>
<tr><th scope="row">2026-06-11</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">35.8</td><td class="num">51.2</td><td class="num">0.70</td><td class="num">0.77</td><td class="num">53.1</td><td class="num">35.8</td><td class="num">17.3</td></tr>
<tr><th scope="row">2026-06-12</th><td>active</td><td class="num">7.7</td><td class="num">87.0</td><td class="num">48.6</td><td class="num">53.7</td><td class="num">0.91</td><td class="num">1.07</td><td class="num">54.7</td><td class="num">48.6</td><td class="num">6.1</td></tr>
<tr><th scope="row">2026-06-13</th><td>active</td><td class="num">8.8</td><td class="num">101.2</td><td class="num">61.8</td><td class="num">57.0</td><td class="num">1.08</td><td class="num">1.04</td><td class="num">56.9</td><td class="num">61.8</td><td class="num">-4.9</td></tr>
<tr><th scope="row">2026-06-14</th><td>active</td><td class="num">8.6</td><td class="num">102.9</td><td class="num">72.1</td><td class="num">60.1</td><td class="num">1.20</td><td class="num">0.92</td><td class="num">59.0</td><td class="num">72.1</td><td class="num">-13.0</td></tr>
<tr><th scope="row">2026-06-15</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">54.0</td><td class="num">56.0</td><td class="num">0.97</td><td class="num">0.99</td><td class="num">56.3</td><td class="num">54.0</td><td class="num">2.2</td></tr>
<tr><th scope="row">2026-06-16</th><td>active</td><td class="num">8.7</td><td class="num">101.6</td><td class="num">65.9</td><td class="num">59.1</td><td class="num">1.12</td><td class="num">1.14</td><td class="num">58.4</td><td class="num">65.9</td><td class="num">-7.5</td></tr>
<tr><th scope="row">2026-06-17</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">49.4</td><td class="num">55.0</td><td class="num">0.90</td><td class="num">1.14</td><td class="num">55.7</td><td class="num">49.4</td><td class="num">6.2</td></tr>
<tr><th scope="row">2026-06-18</th><td>active</td><td class="num">7.9</td><td class="num">94.9</td><td class="num">60.8</td><td class="num">57.8</td><td class="num">1.05</td><td class="num">1.41</td><td class="num">57.5</td><td class="num">60.8</td><td class="num">-3.3</td></tr>
<tr><th scope="row">2026-06-19</th><td>active</td><td class="num">9.8</td><td class="num">112.2</td><td class="num">73.7</td><td class="num">61.5</td><td class="num">1.20</td><td class="num">1.51</td><td class="num">60.0</td><td class="num">73.7</td><td class="num">-13.6</td></tr>
<tr><th scope="row">2026-06-20</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">55.2</td><td class="num">57.3</td><td class="num">0.96</td><td class="num">1.10</td><td class="num">57.2</td><td class="num">55.2</td><td class="num">2.0</td></tr>
<tr><th scope="row">2026-06-21</th><td>active</td><td class="num">8.2</td><td class="num">97.5</td><td class="num">65.8</td><td class="num">60.1</td><td class="num">1.10</td><td class="num">0.99</td><td class="num">59.1</td><td class="num">65.8</td><td class="num">-6.7</td></tr>
<tr><th scope="row">2026-06-22</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">49.4</td><td class="num">55.9</td><td class="num">0.88</td><td class="num">1.09</td><td class="num">56.4</td><td class="num">49.4</td><td class="num">7.0</td></tr>
<tr><th scope="row">2026-06-23</th><td>active</td><td class="num">8.0</td><td class="num">90.5</td><td class="num">59.7</td><td class="num">58.3</td><td class="num">1.02</td><td class="num">0.97</td><td class="num">58.0</td><td class="num">59.7</td><td class="num">-1.7</td></tr>
<tr><th scope="row">2026-06-24</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">44.7</td><td class="num">54.3</td><td class="num">0.82</td><td class="num">0.97</td><td class="num">55.3</td><td class="num">44.7</td><td class="num">10.5</td></tr>
<tr><th scope="row">2026-06-25</th><td>active</td><td class="num">9.6</td><td class="num">115.2</td><td class="num">62.4</td><td class="num">58.5</td><td class="num">1.07</td><td class="num">1.03</td><td class="num">58.1</td><td class="num">62.4</td><td class="num">-4.3</td></tr>
<tr><th scope="row">2026-06-26</th><td>active</td><td class="num">8.4</td><td class="num">100.7</td><td class="num">71.9</td><td class="num">61.4</td><td class="num">1.17</td><td class="num">0.91</td><td class="num">60.0</td><td class="num">71.9</td><td class="num">-11.9</td></tr>
<tr><th scope="row">2026-06-27</th><td>active</td><td class="num">9.8</td><td class="num">116.7</td><td class="num">83.1</td><td class="num">65.2</td><td class="num">1.27</td><td class="num">1.28</td><td class="num">62.7</td><td class="num">83.1</td><td class="num">-20.5</td></tr>
<tr><th scope="row">2026-06-28</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">62.3</td><td class="num">60.7</td><td class="num">1.03</td><td class="num">1.05</td><td class="num">59.8</td><td class="num">62.3</td><td class="num">-2.6</td></tr>
<tr><th scope="row">2026-06-29</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">46.8</td><td class="num">56.5</td><td class="num">0.83</td><td class="num">1.15</td><td class="num">57.0</td><td class="num">46.8</td><td class="num">10.2</td></tr>
<tr><th scope="row">2026-06-30</th><td>active</td><td class="num">9.9</td><td class="num">118.2</td><td class="num">64.6</td><td class="num">60.8</td><td class="num">1.06</td><td class="num">1.13</td><td class="num">59.8</td><td class="num">64.6</td><td class="num">-4.8</td></tr>
<tr><th scope="row">2026-07-01</th><td>active</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">48.5</td><td class="num">56.6</td><td class="num">0.86</td><td class="num">1.13</td><td class="num">57.0</td><td class="num">48.5</td><td class="num">8.6</td></tr>
<tr><th scope="row">2026-07-02</th><td>rest</td><td class="num">0.0</td><td class="num">0.0</td><td class="num">36.4</td><td class="num">52.7</td><td class="num">0.69</td><td class="num">0.82</td><td class="num">54.4</td><td class="num">36.4</td><td class="num">18.0</td></tr>
<tr><th scope="row">2026-07-03</th><td>active</td><td class="num">9.4</td><td class="num">105.9</td><td class="num">53.7</td><td class="num">56.4</td><td class="num">0.95</td><td class="num">0.77</td><td class="num">56.8</td><td class="num">53.7</td><td class="num">3.0</td></tr>
<tr><th scope="row">2026-07-04</th><td>active</td><td class="num">9.3</td><td class="num">113.5</td><td class="num">68.7</td><td class="num">60.3</td><td class="num">1.14</td><td class="num">0.76</td><td class="num">59.4</td><td class="num">68.7</td><td class="num">-9.3</td></tr>
<tr><th scope="row">2026-07-05</th><td>active</td><td class="num">8.0</td><td class="num">96.2</td><td class="num">75.6</td><td class="num">62.8</td><td class="num">1.20</td><td class="num">1.07</td><td class="num">61.1</td><td class="num">75.6</td><td class="num">-14.4</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-monotony-strain" class="chart-figure">
<figcaption><strong>Training monotony and strain per week.</strong> Upper panel: monotony, the mean ÷ SD of the daily load over each week (recorded rest days count as 0); lower panel: strain, the weekly load × monotony (Foster 1998; n = 25, outcome illness). The 1.5 (note) and 2.0 (flag) lines are Runalyze&#39;s convention, not study cut-offs. 18 weeks could be computed; weeks with an untracked day are hatched. No week was above 2.0. </figcaption>
<div class="chart-box">
<svg id="monotony-strain" class="chart" viewBox="0 0 640.0 330.0" width="640.0" height="330.0" role="img" aria-labelledby="monotony-strain-title monotony-strain-desc" font-family="system-ui, sans-serif">
<title id="monotony-strain-title">Training monotony and strain per week</title>
<desc id="monotony-strain-desc">Upper panel: monotony, the mean ÷ SD of the daily load over each week (recorded rest days count as 0); lower panel: strain, the weekly load × monotony (Foster 1998; n = 25, outcome illness). The 1.5 (note) and 2.0 (flag) lines are Runalyze&#39;s convention, not study cut-offs. 18 weeks could be computed; weeks with an untracked day are hatched. No week was above 2.0. </desc>
<defs><pattern id="monotony-strain-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#0072B2"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">monotony</text>
<rect x="151.5" y="7.0" width="16.0" height="10.0" fill="#E69F00"/>
<text x="173.5" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">strain</text>
<line x1="232.2" y1="12.0" x2="248.2" y2="12.0" stroke="#444" stroke-width="2.5" stroke-dasharray="6 3"/>
<text x="254.2" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">note / flag lines (Runalyze)</text>
<rect x="476.5" y="7.0" width="16.0" height="10.0" fill="url(#monotony-strain-nodata)" stroke="#bbb"/>
<text x="498.5" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">not computable</text>
<line x1="56.0" y1="156.0" x2="624.0" y2="156.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="160.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line x1="56.0" y1="121.3" x2="624.0" y2="121.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="125.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">1</text>
<line x1="56.0" y1="86.7" x2="624.0" y2="86.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="90.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">2</text>
<line x1="56.0" y1="52.0" x2="624.0" y2="52.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="56.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">3</text>
<line x1="56.0" y1="52.0" x2="56.0" y2="156.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="46.0" text-anchor="start" font-size="12.0" fill="#444">monotony (mean ÷ SD of daily load)</text>
<rect x="60.7" y="116.0" width="22.1" height="40.0" fill="#0072B2"><title>2026-W10: monotony 1.15</title></rect>
<rect x="92.3" y="116.1" width="22.1" height="39.9" fill="#0072B2"><title>2026-W11: monotony 1.15</title></rect>
<rect x="123.8" y="116.0" width="22.1" height="40.0" fill="#0072B2"><title>2026-W12: monotony 1.15</title></rect>
<rect x="155.4" y="116.2" width="22.1" height="39.8" fill="#0072B2"><title>2026-W13: monotony 1.15</title></rect>
<rect x="187.0" y="116.2" width="22.1" height="39.8" fill="#0072B2"><title>2026-W14: monotony 1.15</title></rect>
<rect x="218.5" y="116.5" width="22.1" height="39.5" fill="#0072B2"><title>2026-W15: monotony 1.14</title></rect>
<rect x="250.1" y="116.1" width="22.1" height="39.9" fill="#0072B2"><title>2026-W16: monotony 1.15</title></rect>
<rect x="281.6" y="128.4" width="22.1" height="27.6" fill="#0072B2"><title>2026-W17: monotony 0.80</title></rect>
<rect x="313.2" y="116.3" width="22.1" height="39.7" fill="#0072B2"><title>2026-W18: monotony 1.15</title></rect>
<rect x="344.7" y="130.5" width="22.1" height="25.5" fill="#0072B2"><title>2026-W19: monotony 0.73</title></rect>
<rect x="376.3" y="116.3" width="22.1" height="39.7" fill="#0072B2"><title>2026-W20: monotony 1.14</title></rect>
<rect x="407.8" y="129.5" width="22.1" height="26.5" fill="#0072B2"><title>2026-W21: monotony 0.76</title></rect>
<rect x="439.4" y="116.1" width="22.1" height="39.9" fill="#0072B2"><title>2026-W22: monotony 1.15</title></rect>
<rect x="471.0" y="116.5" width="22.1" height="39.5" fill="#0072B2"><title>2026-W23: monotony 1.14</title></rect>
<rect x="502.5" y="116.2" width="22.1" height="39.8" fill="#0072B2"><title>2026-W24: monotony 1.15</title></rect>
<rect x="534.1" y="116.2" width="22.1" height="39.8" fill="#0072B2"><title>2026-W25: monotony 1.15</title></rect>
<rect x="565.6" y="116.4" width="22.1" height="39.6" fill="#0072B2"><title>2026-W26: monotony 1.14</title></rect>
<rect x="597.2" y="116.2" width="22.1" height="39.8" fill="#0072B2"><title>2026-W27: monotony 1.15</title></rect>
<line x1="56.0" y1="104.0" x2="624.0" y2="104.0" stroke="#444" stroke-width="1.0" stroke-dasharray="3 3"/>
<text x="622.0" y="101.0" text-anchor="end" font-size="11.0" fill="#444" stroke="#fff" stroke-width="3" paint-order="stroke">note 1.5</text>
<line x1="56.0" y1="86.7" x2="624.0" y2="86.7" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<text x="622.0" y="83.7" text-anchor="end" font-size="11.0" fill="#444" stroke="#fff" stroke-width="3" paint-order="stroke">flag 2.0</text>
<text x="71.8" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="172.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
<line x1="56.0" y1="304.0" x2="624.0" y2="304.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="308.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line x1="56.0" y1="269.3" x2="624.0" y2="269.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="273.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">200</text>
<line x1="56.0" y1="234.7" x2="624.0" y2="234.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="238.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">400</text>
<line x1="56.0" y1="200.0" x2="624.0" y2="200.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="204.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">600</text>
<line x1="56.0" y1="200.0" x2="56.0" y2="304.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="194.0" text-anchor="start" font-size="12.0" fill="#444">strain (weekly load × monotony, TRIMP)</text>
<rect x="60.7" y="228.8" width="22.1" height="75.2" fill="#E69F00"><title>2026-W10: strain 434</title></rect>
<rect x="92.3" y="225.4" width="22.1" height="78.6" fill="#E69F00"><title>2026-W11: strain 453</title></rect>
<rect x="123.8" y="226.3" width="22.1" height="77.7" fill="#E69F00"><title>2026-W12: strain 448</title></rect>
<rect x="155.4" y="216.5" width="22.1" height="87.5" fill="#E69F00"><title>2026-W13: strain 505</title></rect>
<rect x="187.0" y="219.9" width="22.1" height="84.1" fill="#E69F00"><title>2026-W14: strain 485</title></rect>
<rect x="218.5" y="225.1" width="22.1" height="78.9" fill="#E69F00"><title>2026-W15: strain 455</title></rect>
<rect x="250.1" y="223.5" width="22.1" height="80.5" fill="#E69F00"><title>2026-W16: strain 465</title></rect>
<rect x="281.6" y="247.8" width="22.1" height="56.2" fill="#E69F00"><title>2026-W17: strain 324</title></rect>
<rect x="313.2" y="219.1" width="22.1" height="84.9" fill="#E69F00"><title>2026-W18: strain 490</title></rect>
<rect x="344.7" y="252.3" width="22.1" height="51.7" fill="#E69F00"><title>2026-W19: strain 298</title></rect>
<rect x="376.3" y="219.1" width="22.1" height="84.9" fill="#E69F00"><title>2026-W20: strain 490</title></rect>
<rect x="407.8" y="249.9" width="22.1" height="54.1" fill="#E69F00"><title>2026-W21: strain 312</title></rect>
<rect x="439.4" y="218.8" width="22.1" height="85.2" fill="#E69F00"><title>2026-W22: strain 491</title></rect>
<rect x="471.0" y="221.7" width="22.1" height="82.3" fill="#E69F00"><title>2026-W23: strain 475</title></rect>
<rect x="502.5" y="228.0" width="22.1" height="76.0" fill="#E69F00"><title>2026-W24: strain 438</title></rect>
<rect x="534.1" y="223.1" width="22.1" height="80.9" fill="#E69F00"><title>2026-W25: strain 467</title></rect>
<rect x="565.6" y="220.3" width="22.1" height="83.7" fill="#E69F00"><title>2026-W26: strain 483</title></rect>
<rect x="597.2" y="217.8" width="22.1" height="86.2" fill="#E69F00"><title>2026-W27: strain 498</title></rect>
<text x="71.8" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="320.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
</svg>
</div>
<details class="numbers"><summary>Training monotony and strain per week: the numbers</summary>
<div class="scroll"><table>
<caption>Weekly load, monotony and strain (TRIMP)</caption>
<thead><tr><th scope="col">Week</th><th scope="col" class="num">Untracked days</th><th scope="col" class="num">Load</th><th scope="col" class="num">Monotony</th><th scope="col" class="num">Strain</th></tr></thead>
<tbody>
<tr><th scope="row">2026-W10</th><td class="num">0</td><td class="num">376.3</td><td class="num">1.15</td><td class="num">434</td></tr>
<tr><th scope="row">2026-W11</th><td class="num">0</td><td class="num">393.9</td><td class="num">1.15</td><td class="num">453</td></tr>
<tr><th scope="row">2026-W12</th><td class="num">0</td><td class="num">388.8</td><td class="num">1.15</td><td class="num">448</td></tr>
<tr><th scope="row">2026-W13</th><td class="num">0</td><td class="num">439.2</td><td class="num">1.15</td><td class="num">505</td></tr>
<tr><th scope="row">2026-W14</th><td class="num">0</td><td class="num">422.8</td><td class="num">1.15</td><td class="num">485</td></tr>
<tr><th scope="row">2026-W15</th><td class="num">0</td><td class="num">399.3</td><td class="num">1.14</td><td class="num">455</td></tr>
<tr><th scope="row">2026-W16</th><td class="num">0</td><td class="num">403.9</td><td class="num">1.15</td><td class="num">465</td></tr>
<tr><th scope="row">2026-W17</th><td class="num">0</td><td class="num">407.0</td><td class="num">0.80</td><td class="num">324</td></tr>
<tr><th scope="row">2026-W18</th><td class="num">0</td><td class="num">427.5</td><td class="num">1.15</td><td class="num">490</td></tr>
<tr><th scope="row">2026-W19</th><td class="num">0</td><td class="num">405.9</td><td class="num">0.73</td><td class="num">298</td></tr>
<tr><th scope="row">2026-W20</th><td class="num">0</td><td class="num">428.4</td><td class="num">1.14</td><td class="num">490</td></tr>
<tr><th scope="row">2026-W21</th><td class="num">0</td><td class="num">408.4</td><td class="num">0.76</td><td class="num">312</td></tr>
<tr><th scope="row">2026-W22</th><td class="num">0</td><td class="num">426.9</td><td class="num">1.15</td><td class="num">491</td></tr>
<tr><th scope="row">2026-W23</th><td class="num">0</td><td class="num">416.5</td><td class="num">1.14</td><td class="num">475</td></tr>
<tr><th scope="row">2026-W24</th><td class="num">0</td><td class="num">381.9</td><td class="num">1.15</td><td class="num">438</td></tr>
<tr><th scope="row">2026-W25</th><td class="num">0</td><td class="num">406.2</td><td class="num">1.15</td><td class="num">467</td></tr>
<tr><th scope="row">2026-W26</th><td class="num">0</td><td class="num">423.1</td><td class="num">1.14</td><td class="num">483</td></tr>
<tr><th scope="row">2026-W27</th><td class="num">0</td><td class="num">433.8</td><td class="num">1.15</td><td class="num">498</td></tr>
</tbody>
</table></div>
</details>
</figure>
<figure id="fig-matched-cadence" class="chart-figure">
<figcaption><strong>Cadence and step length at matched speed over the season.</strong> Each circle is one run&#39;s cadence at the runner&#39;s reference speed (11.7 km/h (5:08 /km), the median speed of runs without intervals), from 72 runs in the season&#39;s regression; the solid line is the weekly mean. Over 72 runs it ranged from 171.2 to 171.3 steps/min around a season baseline of 171.2. The 166 and 178 steps/min lines are soft absolute flags (Luedke 2016; Thakkar 2019); advice is +5–10 % of the runner&#39;s own cadence, not a fixed 180. The lower panel shows step length at the same speed; more than 10 % above the baseline is a long stride (G2; Willson 2014).</figcaption>
<div class="chart-box">
<svg id="matched-cadence" class="chart" viewBox="0 0 640.0 356.0" width="640.0" height="356.0" role="img" aria-labelledby="matched-cadence-title matched-cadence-desc" font-family="system-ui, sans-serif">
<title id="matched-cadence-title">Cadence and step length at matched speed over the season</title>
<desc id="matched-cadence-desc">Each circle is one run&#39;s cadence at the runner&#39;s reference speed (11.7 km/h (5:08 /km), the median speed of runs without intervals), from 72 runs in the season&#39;s regression; the solid line is the weekly mean. Over 72 runs it ranged from 171.2 to 171.3 steps/min around a season baseline of 171.2. The 166 and 178 steps/min lines are soft absolute flags (Luedke 2016; Thakkar 2019); advice is +5–10 % of the runner&#39;s own cadence, not a fixed 180. The lower panel shows step length at the same speed; more than 10 % above the baseline is a long stride (G2; Willson 2014).</desc>
<circle cx="64.0" cy="12.0" r="3.5" fill="#fff" stroke="#0072B2" stroke-width="1.5"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">run</text>
<line x1="114.3" y1="12.0" x2="130.3" y2="12.0" stroke="#1a1a1a" stroke-width="2.5"/>
<text x="136.3" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">weekly mean</text>
<line x1="232.2" y1="12.0" x2="248.2" y2="12.0" stroke="#009E73" stroke-width="2.5" stroke-dasharray="8 3"/>
<text x="254.2" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">season baseline</text>
<line x1="379.8" y1="12.0" x2="395.8" y2="12.0" stroke="#444" stroke-width="2.5" stroke-dasharray="6 3"/>
<text x="401.8" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">reference lines</text>
<line x1="56.0" y1="182.0" x2="624.0" y2="182.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="186.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">165</text>
<line x1="56.0" y1="138.7" x2="624.0" y2="138.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="142.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">170</text>
<line x1="56.0" y1="95.3" x2="624.0" y2="95.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="99.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">175</text>
<line x1="56.0" y1="52.0" x2="624.0" y2="52.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="56.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">180</text>
<line x1="56.0" y1="52.0" x2="56.0" y2="182.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="46.0" text-anchor="start" font-size="12.0" fill="#444">steps/min at 11.7 km/h (5:08 /km)</text>
<line x1="56.0" y1="173.3" x2="624.0" y2="173.3" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<text x="622.0" y="170.3" text-anchor="end" font-size="11.0" fill="#444" stroke="#fff" stroke-width="3" paint-order="stroke">166 low (soft flag)</text>
<line x1="56.0" y1="69.3" x2="624.0" y2="69.3" stroke="#444" stroke-width="1.0" stroke-dasharray="3 3"/>
<text x="622.0" y="66.3" text-anchor="end" font-size="11.0" fill="#444" stroke="#fff" stroke-width="3" paint-order="stroke">178 high</text>
<line x1="56.0" y1="127.9" x2="624.0" y2="127.9" stroke="#009E73" stroke-width="2.0" stroke-dasharray="8 3"/>
<polyline fill="none" stroke="#1a1a1a" stroke-width="2.0" stroke-linejoin="round" points="71.8,128.0 103.3,127.7 134.9,128.1 166.4,127.9 198.0,127.9 229.6,127.7 261.1,128.0 292.7,127.9 324.2,127.9 355.8,127.9 387.3,127.8 418.9,128.2 450.4,127.9 482.0,128.0 513.6,128.0 545.1,127.7 576.7,128.0 608.2,127.9"/>
<circle cx="58.3" cy="128.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-02-run.fit: 171.2 steps/min</title></circle>
<circle cx="62.8" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-03-run.fit: 171.2 steps/min</title></circle>
<circle cx="76.3" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-06-run.fit: 171.3 steps/min</title></circle>
<circle cx="80.8" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-07-run.fit: 171.2 steps/min</title></circle>
<circle cx="89.8" cy="127.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="94.3" cy="127.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-10-run.fit: 171.3 steps/min</title></circle>
<circle cx="107.8" cy="127.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-13-run.fit: 171.3 steps/min</title></circle>
<circle cx="116.9" cy="128.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-15-run.fit: 171.2 steps/min</title></circle>
<circle cx="121.4" cy="127.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-16-run.fit: 171.3 steps/min</title></circle>
<circle cx="125.9" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-17-run.fit: 171.2 steps/min</title></circle>
<circle cx="139.4" cy="128.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-20-run.fit: 171.2 steps/min</title></circle>
<circle cx="143.9" cy="128.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-21-run.fit: 171.2 steps/min</title></circle>
<circle cx="152.9" cy="127.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-23-run.fit: 171.3 steps/min</title></circle>
<circle cx="157.4" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-24-run.fit: 171.2 steps/min</title></circle>
<circle cx="171.0" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-27-run.fit: 171.2 steps/min</title></circle>
<circle cx="175.5" cy="128.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-28-run.fit: 171.2 steps/min</title></circle>
<circle cx="184.5" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-30-run.fit: 171.3 steps/min</title></circle>
<circle cx="198.0" cy="127.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-02-run.fit: 171.2 steps/min</title></circle>
<circle cx="202.5" cy="128.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-03-run.fit: 171.2 steps/min</title></circle>
<circle cx="211.5" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-05-run.fit: 171.2 steps/min</title></circle>
<circle cx="220.5" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-07-run.fit: 171.3 steps/min</title></circle>
<circle cx="229.6" cy="127.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="238.6" cy="128.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-11-run.fit: 171.2 steps/min</title></circle>
<circle cx="243.1" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-12-run.fit: 171.3 steps/min</title></circle>
<circle cx="252.1" cy="128.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-14-run.fit: 171.2 steps/min</title></circle>
<circle cx="261.1" cy="128.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-16-run.fit: 171.2 steps/min</title></circle>
<circle cx="265.6" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-17-run.fit: 171.3 steps/min</title></circle>
<circle cx="270.1" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-18-run.fit: 171.2 steps/min</title></circle>
<circle cx="279.1" cy="127.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run.fit: 171.3 steps/min</title></circle>
<circle cx="279.1" cy="128.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run-2.fit: 171.2 steps/min</title></circle>
<circle cx="297.2" cy="128.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-24-run.fit: 171.2 steps/min</title></circle>
<circle cx="301.7" cy="127.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-25-run.fit: 171.3 steps/min</title></circle>
<circle cx="310.7" cy="128.2" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-27-run.fit: 171.2 steps/min</title></circle>
<circle cx="315.2" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-28-run.fit: 171.3 steps/min</title></circle>
<circle cx="333.2" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-02-run.fit: 171.2 steps/min</title></circle>
<circle cx="337.7" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-03-run.fit: 171.3 steps/min</title></circle>
<circle cx="360.3" cy="127.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-08-run.fit: 171.3 steps/min</title></circle>
<circle cx="364.8" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="364.8" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run-2.fit: 171.2 steps/min</title></circle>
<circle cx="369.3" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-10-run.fit: 171.2 steps/min</title></circle>
<circle cx="373.8" cy="127.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-11-run.fit: 171.2 steps/min</title></circle>
<circle cx="378.3" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-12-run.fit: 171.2 steps/min</title></circle>
<circle cx="391.8" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-15-run.fit: 171.3 steps/min</title></circle>
<circle cx="396.3" cy="127.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-16-run.fit: 171.3 steps/min</title></circle>
<circle cx="405.4" cy="128.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-18-run.fit: 171.2 steps/min</title></circle>
<circle cx="409.9" cy="128.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run.fit: 171.2 steps/min</title></circle>
<circle cx="409.9" cy="128.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run-2.fit: 171.2 steps/min</title></circle>
<circle cx="423.4" cy="128.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-22-run.fit: 171.2 steps/min</title></circle>
<circle cx="436.9" cy="127.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-25-run.fit: 171.3 steps/min</title></circle>
<circle cx="450.4" cy="127.7" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-28-run.fit: 171.3 steps/min</title></circle>
<circle cx="459.5" cy="128.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-30-run.fit: 171.2 steps/min</title></circle>
<circle cx="464.0" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-31-run.fit: 171.3 steps/min</title></circle>
<circle cx="468.5" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-01-run.fit: 171.3 steps/min</title></circle>
<circle cx="482.0" cy="128.5" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-04-run.fit: 171.2 steps/min</title></circle>
<circle cx="491.0" cy="127.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-06-run.fit: 171.3 steps/min</title></circle>
<circle cx="495.5" cy="127.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-07-run.fit: 171.2 steps/min</title></circle>
<circle cx="504.5" cy="127.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-09-run.fit: 171.3 steps/min</title></circle>
<circle cx="518.1" cy="128.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-12-run.fit: 171.2 steps/min</title></circle>
<circle cx="522.6" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-13-run.fit: 171.2 steps/min</title></circle>
<circle cx="527.1" cy="128.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-14-run.fit: 171.2 steps/min</title></circle>
<circle cx="536.1" cy="128.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-16-run.fit: 171.2 steps/min</title></circle>
<circle cx="545.1" cy="127.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-18-run.fit: 171.3 steps/min</title></circle>
<circle cx="549.6" cy="127.6" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-19-run.fit: 171.3 steps/min</title></circle>
<circle cx="558.6" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-21-run.fit: 171.3 steps/min</title></circle>
<circle cx="567.7" cy="127.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-23-run.fit: 171.2 steps/min</title></circle>
<circle cx="576.7" cy="127.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-25-run.fit: 171.3 steps/min</title></circle>
<circle cx="581.2" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-26-run.fit: 171.2 steps/min</title></circle>
<circle cx="585.7" cy="128.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-27-run.fit: 171.2 steps/min</title></circle>
<circle cx="599.2" cy="128.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-30-run.fit: 171.2 steps/min</title></circle>
<circle cx="612.7" cy="128.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-03-run.fit: 171.2 steps/min</title></circle>
<circle cx="617.2" cy="127.3" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-04-run.fit: 171.3 steps/min</title></circle>
<circle cx="621.7" cy="128.4" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-05-run.fit: 171.2 steps/min</title></circle>
<text x="71.8" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="198.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
<line x1="56.0" y1="330.0" x2="624.0" y2="330.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="334.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0.5</text>
<line x1="56.0" y1="295.3" x2="624.0" y2="295.3" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="299.3" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.0</text>
<line x1="56.0" y1="260.7" x2="624.0" y2="260.7" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="264.7" text-anchor="end" font-size="12.0" fill="#1a1a1a">1.5</text>
<line x1="56.0" y1="226.0" x2="624.0" y2="226.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="230.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">2.0</text>
<line x1="56.0" y1="226.0" x2="56.0" y2="330.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="220.0" text-anchor="start" font-size="12.0" fill="#444">step length (m) at the same speed</text>
<line x1="56.0" y1="286.0" x2="624.0" y2="286.0" stroke="#009E73" stroke-width="2.0" stroke-dasharray="8 3"/>
<line x1="56.0" y1="278.1" x2="624.0" y2="278.1" stroke="#444" stroke-width="1.0" stroke-dasharray="6 3"/>
<text x="622.0" y="275.1" text-anchor="end" font-size="11.0" fill="#444" stroke="#fff" stroke-width="3" paint-order="stroke">baseline +10 % (G2 long stride)</text>
<circle cx="58.3" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-02-run.fit: 1.13 m</title></circle>
<circle cx="62.8" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-03-run.fit: 1.14 m</title></circle>
<circle cx="76.3" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-06-run.fit: 1.13 m</title></circle>
<circle cx="80.8" cy="285.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-07-run.fit: 1.14 m</title></circle>
<circle cx="89.8" cy="285.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-09-run.fit: 1.14 m</title></circle>
<circle cx="94.3" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-10-run.fit: 1.14 m</title></circle>
<circle cx="107.8" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-13-run.fit: 1.13 m</title></circle>
<circle cx="116.9" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-15-run.fit: 1.13 m</title></circle>
<circle cx="121.4" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-16-run.fit: 1.13 m</title></circle>
<circle cx="125.9" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-17-run.fit: 1.13 m</title></circle>
<circle cx="139.4" cy="285.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-20-run.fit: 1.14 m</title></circle>
<circle cx="143.9" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-21-run.fit: 1.13 m</title></circle>
<circle cx="152.9" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-23-run.fit: 1.13 m</title></circle>
<circle cx="157.4" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-24-run.fit: 1.13 m</title></circle>
<circle cx="171.0" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-27-run.fit: 1.14 m</title></circle>
<circle cx="175.5" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-28-run.fit: 1.13 m</title></circle>
<circle cx="184.5" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-03-30-run.fit: 1.13 m</title></circle>
<circle cx="198.0" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-02-run.fit: 1.13 m</title></circle>
<circle cx="202.5" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-03-run.fit: 1.13 m</title></circle>
<circle cx="211.5" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-05-run.fit: 1.14 m</title></circle>
<circle cx="220.5" cy="285.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-07-run.fit: 1.14 m</title></circle>
<circle cx="229.6" cy="285.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-09-run.fit: 1.14 m</title></circle>
<circle cx="238.6" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-11-run.fit: 1.14 m</title></circle>
<circle cx="243.1" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-12-run.fit: 1.13 m</title></circle>
<circle cx="252.1" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-14-run.fit: 1.13 m</title></circle>
<circle cx="261.1" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-16-run.fit: 1.13 m</title></circle>
<circle cx="265.6" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-17-run.fit: 1.13 m</title></circle>
<circle cx="270.1" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-18-run.fit: 1.14 m</title></circle>
<circle cx="279.1" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run.fit: 1.13 m</title></circle>
<circle cx="279.1" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-20-run-2.fit: 1.13 m</title></circle>
<circle cx="297.2" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-24-run.fit: 1.13 m</title></circle>
<circle cx="301.7" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-25-run.fit: 1.14 m</title></circle>
<circle cx="310.7" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-27-run.fit: 1.13 m</title></circle>
<circle cx="315.2" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-04-28-run.fit: 1.13 m</title></circle>
<circle cx="333.2" cy="285.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-02-run.fit: 1.14 m</title></circle>
<circle cx="337.7" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-03-run.fit: 1.14 m</title></circle>
<circle cx="360.3" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-08-run.fit: 1.14 m</title></circle>
<circle cx="364.8" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run.fit: 1.13 m</title></circle>
<circle cx="364.8" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-09-run-2.fit: 1.13 m</title></circle>
<circle cx="369.3" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-10-run.fit: 1.13 m</title></circle>
<circle cx="373.8" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-11-run.fit: 1.13 m</title></circle>
<circle cx="378.3" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-12-run.fit: 1.13 m</title></circle>
<circle cx="391.8" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-15-run.fit: 1.14 m</title></circle>
<circle cx="396.3" cy="285.9" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-16-run.fit: 1.14 m</title></circle>
<circle cx="405.4" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-18-run.fit: 1.13 m</title></circle>
<circle cx="409.9" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run.fit: 1.13 m</title></circle>
<circle cx="409.9" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-19-run-2.fit: 1.13 m</title></circle>
<circle cx="423.4" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-22-run.fit: 1.14 m</title></circle>
<circle cx="436.9" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-25-run.fit: 1.13 m</title></circle>
<circle cx="450.4" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-28-run.fit: 1.14 m</title></circle>
<circle cx="459.5" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-30-run.fit: 1.13 m</title></circle>
<circle cx="464.0" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-05-31-run.fit: 1.14 m</title></circle>
<circle cx="468.5" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-01-run.fit: 1.14 m</title></circle>
<circle cx="482.0" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-04-run.fit: 1.13 m</title></circle>
<circle cx="491.0" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-06-run.fit: 1.13 m</title></circle>
<circle cx="495.5" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-07-run.fit: 1.13 m</title></circle>
<circle cx="504.5" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-09-run.fit: 1.13 m</title></circle>
<circle cx="518.1" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-12-run.fit: 1.14 m</title></circle>
<circle cx="522.6" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-13-run.fit: 1.13 m</title></circle>
<circle cx="527.1" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-14-run.fit: 1.13 m</title></circle>
<circle cx="536.1" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-16-run.fit: 1.13 m</title></circle>
<circle cx="545.1" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-18-run.fit: 1.13 m</title></circle>
<circle cx="549.6" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-19-run.fit: 1.14 m</title></circle>
<circle cx="558.6" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-21-run.fit: 1.13 m</title></circle>
<circle cx="567.7" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-23-run.fit: 1.14 m</title></circle>
<circle cx="576.7" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-25-run.fit: 1.13 m</title></circle>
<circle cx="581.2" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-26-run.fit: 1.13 m</title></circle>
<circle cx="585.7" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-27-run.fit: 1.13 m</title></circle>
<circle cx="599.2" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-06-30-run.fit: 1.14 m</title></circle>
<circle cx="612.7" cy="285.8" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-03-run.fit: 1.14 m</title></circle>
<circle cx="617.2" cy="286.1" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-04-run.fit: 1.13 m</title></circle>
<circle cx="621.7" cy="286.0" r="3.0" fill="#fff" stroke="#0072B2" stroke-width="1.5"><title>2026-07-05-run.fit: 1.13 m</title></circle>
<text x="71.8" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="346.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
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
<tr><th scope="row">2026-04-25-run.fit</th><td>2026-04-25</td><td class="num">171.3</td><td class="num">171.3</td><td class="num">1.14</td><td class="num">1.14</td></tr>
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
<tr><th scope="row">2026-05-22-run.fit</th><td>2026-05-22</td><td class="num">171.8</td><td class="num">171.2</td><td class="num">1.15</td><td class="num">1.14</td></tr>
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
<tr><th scope="row">2026-06-19-run.fit</th><td>2026-06-19</td><td class="num">172.4</td><td class="num">171.3</td><td class="num">1.18</td><td class="num">1.14</td></tr>
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
<figcaption><strong>Weekly descent and high-intensity minutes.</strong> Upper panel: metres descended per week from smoothed altitude (D1: a week above 1.3 × its 4-week mean is flagged). Lower panel: minutes faster than threshold pace, else at ≥ 80 % of HRmax, with triangles counting jump, plyometric or strides sessions (D2; Malliaras 2015). The most descent was 730 m in 2026-W22. 32 jump sessions in the season.</figcaption>
<div class="chart-box">
<svg id="descent-intensity" class="chart" viewBox="0 0 640.0 361.0" width="640.0" height="361.0" role="img" aria-labelledby="descent-intensity-title descent-intensity-desc" font-family="system-ui, sans-serif">
<title id="descent-intensity-title">Weekly descent and high-intensity minutes</title>
<desc id="descent-intensity-desc">Upper panel: metres descended per week from smoothed altitude (D1: a week above 1.3 × its 4-week mean is flagged). Lower panel: minutes faster than threshold pace, else at ≥ 80 % of HRmax, with triangles counting jump, plyometric or strides sessions (D2; Malliaras 2015). The most descent was 730 m in 2026-W22. 32 jump sessions in the season.</desc>
<defs><pattern id="descent-intensity-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>
<rect x="56.0" y="7.0" width="16.0" height="10.0" fill="#009E73"/>
<text x="78.0" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">descent (m)</text>
<rect x="173.8" y="7.0" width="16.0" height="10.0" fill="#E69F00"/>
<text x="195.8" y="16.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">high-intensity minutes</text>
<polygon points="59.0,24.0 69.0,24.0 64.0,33.0" fill="#CC79A7"/>
<text x="78.0" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">jump / strides sessions (count)</text>
<rect x="322.6" y="25.0" width="16.0" height="10.0" fill="url(#descent-intensity-nodata)" stroke="#bbb"/>
<text x="344.6" y="34.0" text-anchor="start" font-size="12.0" fill="#1a1a1a">no data</text>
<line x1="56.0" y1="180.5" x2="624.0" y2="180.5" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="184.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line x1="56.0" y1="152.9" x2="624.0" y2="152.9" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="156.9" text-anchor="end" font-size="12.0" fill="#1a1a1a">200</text>
<line x1="56.0" y1="125.2" x2="624.0" y2="125.2" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="129.2" text-anchor="end" font-size="12.0" fill="#1a1a1a">400</text>
<line x1="56.0" y1="97.6" x2="624.0" y2="97.6" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="101.6" text-anchor="end" font-size="12.0" fill="#1a1a1a">600</text>
<line x1="56.0" y1="70.0" x2="624.0" y2="70.0" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="74.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">800</text>
<line x1="56.0" y1="70.0" x2="56.0" y2="180.5" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="64.0" text-anchor="start" font-size="12.0" fill="#444">descent (m)</text>
<rect x="60.7" y="96.7" width="22.1" height="83.8" fill="#009E73"><title>2026-W10: descent 607 m</title></rect>
<rect x="92.3" y="94.6" width="22.1" height="85.9" fill="#009E73"><title>2026-W11: descent 622 m</title></rect>
<rect x="123.8" y="94.1" width="22.1" height="86.4" fill="#009E73"><title>2026-W12: descent 626 m</title></rect>
<rect x="155.4" y="80.7" width="22.1" height="99.8" fill="#009E73"><title>2026-W13: descent 723 m</title></rect>
<rect x="187.0" y="87.6" width="22.1" height="92.9" fill="#009E73"><title>2026-W14: descent 673 m</title></rect>
<rect x="218.5" y="89.1" width="22.1" height="91.4" fill="#009E73"><title>2026-W15: descent 662 m</title></rect>
<rect x="250.1" y="87.3" width="22.1" height="93.2" fill="#009E73"><title>2026-W16: descent 674 m</title></rect>
<rect x="281.6" y="89.5" width="22.1" height="91.0" fill="#009E73"><title>2026-W17: descent 659 m</title></rect>
<rect x="313.2" y="79.7" width="22.1" height="100.8" fill="#009E73"><title>2026-W18: descent 729 m</title></rect>
<rect x="344.7" y="89.5" width="22.1" height="91.0" fill="#009E73"><title>2026-W19: descent 659 m</title></rect>
<rect x="376.3" y="82.0" width="22.1" height="98.5" fill="#009E73"><title>2026-W20: descent 713 m</title></rect>
<rect x="407.8" y="86.9" width="22.1" height="93.6" fill="#009E73"><title>2026-W21: descent 677 m</title></rect>
<rect x="439.4" y="79.6" width="22.1" height="100.9" fill="#009E73"><title>2026-W22: descent 730 m</title></rect>
<rect x="471.0" y="86.1" width="22.1" height="94.4" fill="#009E73"><title>2026-W23: descent 684 m</title></rect>
<rect x="502.5" y="93.0" width="22.1" height="87.5" fill="#009E73"><title>2026-W24: descent 633 m</title></rect>
<rect x="534.1" y="87.7" width="22.1" height="92.8" fill="#009E73"><title>2026-W25: descent 672 m</title></rect>
<rect x="565.6" y="86.3" width="22.1" height="94.2" fill="#009E73"><title>2026-W26: descent 682 m</title></rect>
<rect x="597.2" y="82.9" width="22.1" height="97.6" fill="#009E73"><title>2026-W27: descent 707 m</title></rect>
<text x="71.8" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="196.5" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
<line x1="56.0" y1="335.0" x2="624.0" y2="335.0" stroke="#666" stroke-width="1.0"/>
<text x="52.0" y="339.0" text-anchor="end" font-size="12.0" fill="#1a1a1a">0</text>
<line x1="56.0" y1="307.4" x2="624.0" y2="307.4" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="311.4" text-anchor="end" font-size="12.0" fill="#1a1a1a">10</text>
<line x1="56.0" y1="279.8" x2="624.0" y2="279.8" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="283.8" text-anchor="end" font-size="12.0" fill="#1a1a1a">20</text>
<line x1="56.0" y1="252.1" x2="624.0" y2="252.1" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="256.1" text-anchor="end" font-size="12.0" fill="#1a1a1a">30</text>
<line x1="56.0" y1="224.5" x2="624.0" y2="224.5" stroke="#ddd" stroke-width="1.0"/>
<text x="52.0" y="228.5" text-anchor="end" font-size="12.0" fill="#1a1a1a">40</text>
<line x1="56.0" y1="224.5" x2="56.0" y2="335.0" stroke="#666" stroke-width="1.0"/>
<text x="56.0" y="218.5" text-anchor="start" font-size="12.0" fill="#444">high-intensity minutes</text>
<rect x="60.7" y="269.1" width="22.1" height="65.9" fill="#E69F00"><title>2026-W10: 24 min high intensity</title></rect>
<rect x="92.3" y="265.7" width="22.1" height="69.3" fill="#E69F00"><title>2026-W11: 25 min high intensity</title></rect>
<rect x="123.8" y="266.9" width="22.1" height="68.1" fill="#E69F00"><title>2026-W12: 25 min high intensity</title></rect>
<rect x="155.4" y="268.1" width="22.1" height="66.9" fill="#E69F00"><title>2026-W13: 24 min high intensity</title></rect>
<rect x="187.0" y="261.8" width="22.1" height="73.2" fill="#E69F00"><title>2026-W14: 26 min high intensity</title></rect>
<rect x="218.5" y="250.5" width="22.1" height="84.5" fill="#E69F00"><title>2026-W15: 31 min high intensity</title></rect>
<rect x="250.1" y="272.9" width="22.1" height="62.1" fill="#E69F00"><title>2026-W16: 22 min high intensity</title></rect>
<rect x="281.6" y="265.4" width="22.1" height="69.6" fill="#E69F00"><title>2026-W17: 25 min high intensity</title></rect>
<rect x="313.2" y="264.0" width="22.1" height="71.0" fill="#E69F00"><title>2026-W18: 26 min high intensity</title></rect>
<rect x="344.7" y="259.0" width="22.1" height="76.0" fill="#E69F00"><title>2026-W19: 28 min high intensity</title></rect>
<rect x="376.3" y="247.1" width="22.1" height="87.9" fill="#E69F00"><title>2026-W20: 32 min high intensity</title></rect>
<rect x="407.8" y="260.9" width="22.1" height="74.1" fill="#E69F00"><title>2026-W21: 27 min high intensity</title></rect>
<rect x="439.4" y="263.0" width="22.1" height="72.0" fill="#E69F00"><title>2026-W22: 26 min high intensity</title></rect>
<rect x="471.0" y="258.2" width="22.1" height="76.8" fill="#E69F00"><title>2026-W23: 28 min high intensity</title></rect>
<rect x="502.5" y="273.5" width="22.1" height="61.5" fill="#E69F00"><title>2026-W24: 22 min high intensity</title></rect>
<rect x="534.1" y="263.7" width="22.1" height="71.3" fill="#E69F00"><title>2026-W25: 26 min high intensity</title></rect>
<rect x="565.6" y="262.4" width="22.1" height="72.6" fill="#E69F00"><title>2026-W26: 26 min high intensity</title></rect>
<rect x="597.2" y="256.1" width="22.1" height="78.9" fill="#E69F00"><title>2026-W27: 29 min high intensity</title></rect>
<polygon points="65.8,256.1 77.8,256.1 71.8,266.1" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W10: 1 jump session</title></polygon>
<text x="71.8" y="253.1" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<polygon points="97.3,252.7 109.3,252.7 103.3,262.7" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W11: 1 jump session</title></polygon>
<text x="103.3" y="249.7" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<polygon points="128.9,253.9 140.9,253.9 134.9,263.9" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W12: 1 jump session</title></polygon>
<text x="134.9" y="250.9" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<polygon points="160.4,255.1 172.4,255.1 166.4,265.1" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W13: 2 jump sessions</title></polygon>
<text x="166.4" y="252.1" text-anchor="middle" font-size="10.0" fill="#1a1a1a">2</text>
<polygon points="192.0,248.8 204.0,248.8 198.0,258.8" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W14: 2 jump sessions</title></polygon>
<text x="198.0" y="245.8" text-anchor="middle" font-size="10.0" fill="#1a1a1a">2</text>
<polygon points="223.6,237.5 235.6,237.5 229.6,247.5" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W15: 3 jump sessions</title></polygon>
<text x="229.6" y="234.5" text-anchor="middle" font-size="10.0" fill="#1a1a1a">3</text>
<polygon points="255.1,259.9 267.1,259.9 261.1,269.9" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W16: 1 jump session</title></polygon>
<text x="261.1" y="256.9" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<polygon points="286.7,252.4 298.7,252.4 292.7,262.4" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W17: 2 jump sessions</title></polygon>
<text x="292.7" y="249.4" text-anchor="middle" font-size="10.0" fill="#1a1a1a">2</text>
<polygon points="318.2,251.0 330.2,251.0 324.2,261.0" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W18: 3 jump sessions</title></polygon>
<text x="324.2" y="248.0" text-anchor="middle" font-size="10.0" fill="#1a1a1a">3</text>
<polygon points="349.8,246.0 361.8,246.0 355.8,256.0" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W19: 1 jump session</title></polygon>
<text x="355.8" y="243.0" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<polygon points="381.3,234.1 393.3,234.1 387.3,244.1" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W20: 3 jump sessions</title></polygon>
<text x="387.3" y="231.1" text-anchor="middle" font-size="10.0" fill="#1a1a1a">3</text>
<polygon points="412.9,247.9 424.9,247.9 418.9,257.9" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W21: 1 jump session</title></polygon>
<text x="418.9" y="244.9" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<polygon points="444.4,250.0 456.4,250.0 450.4,260.0" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W22: 2 jump sessions</title></polygon>
<text x="450.4" y="247.0" text-anchor="middle" font-size="10.0" fill="#1a1a1a">2</text>
<polygon points="476.0,245.2 488.0,245.2 482.0,255.2" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W23: 3 jump sessions</title></polygon>
<text x="482.0" y="242.2" text-anchor="middle" font-size="10.0" fill="#1a1a1a">3</text>
<polygon points="507.6,260.5 519.6,260.5 513.6,270.5" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W24: 1 jump session</title></polygon>
<text x="513.6" y="257.5" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<polygon points="539.1,250.7 551.1,250.7 545.1,260.7" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W25: 2 jump sessions</title></polygon>
<text x="545.1" y="247.7" text-anchor="middle" font-size="10.0" fill="#1a1a1a">2</text>
<polygon points="570.7,249.4 582.7,249.4 576.7,259.4" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W26: 2 jump sessions</title></polygon>
<text x="576.7" y="246.4" text-anchor="middle" font-size="10.0" fill="#1a1a1a">2</text>
<polygon points="602.2,243.1 614.2,243.1 608.2,253.1" fill="#CC79A7" stroke="#1a1a1a"><title>2026-W27: 1 jump session</title></polygon>
<text x="608.2" y="240.1" text-anchor="middle" font-size="10.0" fill="#1a1a1a">1</text>
<text x="71.8" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W10</text>
<text x="103.3" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W11</text>
<text x="134.9" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W12</text>
<text x="166.4" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W13</text>
<text x="198.0" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W14</text>
<text x="229.6" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W15</text>
<text x="261.1" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W16</text>
<text x="292.7" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W17</text>
<text x="324.2" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W18</text>
<text x="355.8" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W19</text>
<text x="387.3" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W20</text>
<text x="418.9" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W21</text>
<text x="450.4" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W22</text>
<text x="482.0" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W23</text>
<text x="513.6" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W24</text>
<text x="545.1" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W25</text>
<text x="576.7" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W26</text>
<text x="608.2" y="351.0" text-anchor="middle" font-size="12.0" fill="#444">W27</text>
</svg>
</div>
<details class="numbers"><summary>Weekly descent and high-intensity minutes: the numbers</summary>
<div class="scroll"><table>
<caption>Weekly terrain and intensity</caption>
<thead><tr><th scope="col">Week</th><th scope="col" class="num">Descent (m)</th><th scope="col" class="num">Ascent (m)</th><th scope="col" class="num">High-intensity (min)</th><th scope="col" class="num">Jump sessions</th></tr></thead>
<tbody>
<tr><th scope="row">2026-W10</th><td class="num">607</td><td class="num">621</td><td class="num">24</td><td class="num">1</td></tr>
<tr><th scope="row">2026-W11</th><td class="num">622</td><td class="num">633</td><td class="num">25</td><td class="num">1</td></tr>
<tr><th scope="row">2026-W12</th><td class="num">626</td><td class="num">655</td><td class="num">25</td><td class="num">1</td></tr>
<tr><th scope="row">2026-W13</th><td class="num">723</td><td class="num">712</td><td class="num">24</td><td class="num">2</td></tr>
<tr><th scope="row">2026-W14</th><td class="num">673</td><td class="num">693</td><td class="num">26</td><td class="num">2</td></tr>
<tr><th scope="row">2026-W15</th><td class="num">662</td><td class="num">665</td><td class="num">31</td><td class="num">3</td></tr>
<tr><th scope="row">2026-W16</th><td class="num">674</td><td class="num">642</td><td class="num">22</td><td class="num">1</td></tr>
<tr><th scope="row">2026-W17</th><td class="num">659</td><td class="num">671</td><td class="num">25</td><td class="num">2</td></tr>
<tr><th scope="row">2026-W18</th><td class="num">729</td><td class="num">665</td><td class="num">26</td><td class="num">3</td></tr>
<tr><th scope="row">2026-W19</th><td class="num">659</td><td class="num">668</td><td class="num">28</td><td class="num">1</td></tr>
<tr><th scope="row">2026-W20</th><td class="num">713</td><td class="num">693</td><td class="num">32</td><td class="num">3</td></tr>
<tr><th scope="row">2026-W21</th><td class="num">677</td><td class="num">671</td><td class="num">27</td><td class="num">1</td></tr>
<tr><th scope="row">2026-W22</th><td class="num">730</td><td class="num">685</td><td class="num">26</td><td class="num">2</td></tr>
<tr><th scope="row">2026-W23</th><td class="num">684</td><td class="num">683</td><td class="num">28</td><td class="num">3</td></tr>
<tr><th scope="row">2026-W24</th><td class="num">633</td><td class="num">631</td><td class="num">22</td><td class="num">1</td></tr>
<tr><th scope="row">2026-W25</th><td class="num">672</td><td class="num">652</td><td class="num">26</td><td class="num">2</td></tr>
<tr><th scope="row">2026-W26</th><td class="num">682</td><td class="num">703</td><td class="num">26</td><td class="num">2</td></tr>
<tr><th scope="row">2026-W27</th><td class="num">707</td><td class="num">706</td><td class="num">29</td><td class="num">1</td></tr>
</tbody>
</table></div>
</details>
</figure>
</section>
<section id="kinematics">
<h2>Kinematics (lab or video)</h2>
<p>2D joint angles vary 3–8° within a day and 9–14° between days (Damsted 2015): one session alone never flags. Without a reference table (a param) sides are compared with each other and with the runner's earlier sessions only.</p>
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
<section id="data-quality" class="new-page">
<h2>Data quality, duplicates and skipped inputs</h2>
<p>87 of 126 days have a recorded activity, 39 are rest days (load 0) and 0 are untracked (unknown, not 0).</p>
<p>Across 90 activities and 188186 samples: 6 GPS or pod dropouts, 88 cadence-zero samples left out of cadence means, 57 implausible values removed, 0 runs with heart rate on less than 80 % of its moving time.</p>
<div class="scroll"><table>
<caption>6 runs with a data-quality remark</caption>
<thead><tr><th scope="col">Run</th><th scope="col" class="num">Samples</th><th scope="col" class="num">Recorded time</th><th scope="col" class="num">Heart rate</th><th scope="col" class="num">GPS dropouts</th><th scope="col" class="num">Cadence zeros</th><th scope="col" class="num">Removed values</th><th scope="col">Warnings</th></tr></thead>
<tbody>
<tr><th scope="row">2026-03-06-run.fit</th><td class="num">2214</td><td class="num">100 %</td><td class="num">100 %</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td></td></tr>
<tr><th scope="row">2026-03-07-run.fit</th><td class="num">2731</td><td class="num">100 %</td><td class="num">99 %</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td></td></tr>
<tr><th scope="row">2026-03-15-run.fit</th><td class="num">2385</td><td class="num">100 %</td><td class="num">100 %</td><td class="num">1</td><td class="num">1</td><td class="num">3</td><td></td></tr>
<tr><th scope="row">2026-04-12-run.fit</th><td class="num">2483</td><td class="num">100 %</td><td class="num">99 %</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td></td></tr>
<tr><th scope="row">2026-04-25-run.fit</th><td class="num">2578</td><td class="num">100 %</td><td class="num">100 %</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td></td></tr>
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
<caption>The rules (DOMAIN.md) and how they went this season</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Counts for</th><th scope="col">Source and design</th><th scope="col">This season</th></tr></thead>
<tbody>
<tr><th scope="row">L1 session spike (distance ÷ longest run in the previous 30 days)</th><td>PFP and patellar tendinopathy +1 when ≥ moderate; ITBS +1 when ≥ small on a long run</td><td>Frandsen 2025, BJSM — prospective cohort, 5,205 Garmin runners, 18 months; adjusted HR 1.64 (&gt;1.10–1.30), 1.52 (&gt;1.30–2.0), 2.28 (&gt;2.0)</td><td>fired in 0 weeks; insufficient data in 4</td></tr>
<tr><th scope="row">L2 weekly progression (last 7 d ÷ preceding 7 d − 1)</th><td>PFP and patellar tendinopathy +1 (the same line as L1 ≥ moderate)</td><td>Nielsen 2014, JOSPT — prospective cohort, 874 novice runners; HR 1.59 (95% CI 0.96–2.66, P = .07) for &gt;30% vs &lt;10% — CI crosses 1</td><td>fired in 0 weeks; insufficient data in 1</td></tr>
<tr><th scope="row">L3 acute:chronic workload ratio (EWMA λ 0.25 / 0.069 and uncoupled rolling)</th><td>no points: descriptive trend only</td><td>Williams 2017, BJSM (EWMA); Gabbett 2016, BJSM (thresholds) — descriptive only: thresholds do not survive scrutiny (Impellizzeri 2020/2021, Lolli 2019; none in Frandsen 2025)</td><td>fired in 0 weeks; insufficient data in 3</td></tr>
<tr><th scope="row">L4 Foster monotony (mean ÷ SD of daily load over 7 days) and strain</th><td>patellar tendinopathy +1 when monotony &gt; 2.0</td><td>Foster 1998, Med Sci Sports Exerc — n = 25, outcome illness, individual thresholds; the 1.5 / 2.0 cut-offs are Runalyze&#39;s convention</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">L5 fitness / fatigue / form (EWMA 42 d / 7 d, λ = 2/(N+1))</th><td>no points: context</td><td>Runalyze convention (GoldenCheetah uses λ = 1 − e^(−1/N)) — descriptive model, no injury outcome</td><td>fired in 0 weeks; insufficient data in 3</td></tr>
<tr><th scope="row">L6 internal load: Banister TRIMP, session RPE × minutes</th><td>no points: the load unit of L3–L5</td><td>Banister 1991; Foster 2001, J Strength Cond Res — load quantification, no injury outcome</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">G1 cadence at matched speed (own cadence-on-speed regression)</th><td>PFP +1 when low (or G2 long); ITBS +1 when low and G2 long</td><td>Luedke 2016, IJSPT; Thakkar 2019 — 68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">G2 step length at matched speed vs own baseline</th><td>PFP +1 when long (or G1 low); ITBS +1 with G1 low</td><td>Willson 2014, Med Sci Sports Exerc — laboratory study: +10% step length → +31% patellofemoral joint stress per step</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">G3 ground-contact asymmetry (|stance_time_balance − 50| &gt; 2% on &gt; 3 runs)</th><td>no points: context</td><td>heuristic — context only, not scored</td><td>fired in 0 weeks; insufficient data in 0</td></tr>
<tr><th scope="row">D1 descent load (weekly descent vs 4-week mean; new long descent vs 30 days)</th><td>PFP +1; ITBS +1</td><td>expert rule by analogy with L1 (Frandsen 2025) — expert rule, no direct outcome study</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">D2 high-intensity volume (minutes above threshold / HR Z4–5, strides, sprints, jumps)</th><td>patellar tendinopathy +2</td><td>Malliaras 2015, Sports Med (patellar tendinopathy loading) — expert rule</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">ASC ascent / stair spike (weekly ascent vs 4-week mean)</th><td>patellar tendinopathy +1</td><td>DOMAIN.md Definitions (tendon energy-storage load; Malliaras 2015) — expert rule</td><td>fired in 0 weeks; insufficient data in 2</td></tr>
<tr><th scope="row">K1 peak hip adduction in stance</th><td>PFP +2; ITBS +2</td><td>Noehren 2007, Clin Biomech (ITBS); Noehren 2013, BJSM (PFP) — prospective: 18 ITBS cases; 15 PFP cases of 400 female runners — side difference ≥ 3° is a heuristic</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">K2 contralateral pelvic drop at midstance</th><td>PFP +1; ITBS +1</td><td>Bramah 2018, AJSM — retrospective case-control; OR ≈ 1.8 per degree — context</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">K3 knee more extended at initial contact (overstriding)</th><td>PFP +1</td><td>Bramah 2018, AJSM — retrospective case-control</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">K4 peak knee or hip internal rotation</th><td>ITBS +1</td><td>Noehren 2007, Clin Biomech; Noehren 2014, Med Sci Sports Exerc — knee IR: female ITBS, prospective; hip IR +3.7°: male ITBS, cross-sectional</td><td>fired in 0 weeks; insufficient data in 14</td></tr>
<tr><th scope="row">S1 tendon pain monitoring (pain during &gt; 5/10, not settled by next morning, or morning pain rising)</th><td>patellar tendinopathy at least moderate; advice: reduce energy-storage load first</td><td>Silbernagel 2007, AJSM; applied to the patellar tendon per Malliaras 2015 — RCT in Achilles tendinopathy (pain-monitoring model)</td><td>fired in 0 weeks; insufficient data in 18</td></tr>
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
<tr><th scope="row">w_itbs_long</th><td>1</td></tr>
<tr><th scope="row">w_itbs_d1</th><td>1</td></tr>
<tr><th scope="row">w_pt_d2</th><td>2</td></tr>
<tr><th scope="row">w_pt_load</th><td>1</td></tr>
<tr><th scope="row">w_pt_ascent</th><td>1</td></tr>
<tr><th scope="row">w_pt_monotony</th><td>1</td></tr>
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
�
runs.csv޻athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,duration_s,moving_pace_s_per_km,device,step_length_matched_m,step_length_native,average_pace_s_per_km,paused_time_s,pause_count,cadence_sd_spm,vertical_ratio_pct,power_w,descent_per_km,downhill_time_s,uphill_time_s,longest_descent_m,longest_descent_distance_m,hr_z1_s,hr_z2_s,hr_z3_s,hr_z4_s,hr_z5_s,faster_than_threshold_s,high_intensity_s,high_intensity_basis,intervals,strides,sprints,session_rpe_load,samples,coverage,heart_rate_coverage,gps_dropouts,cadence_zeros,implausible_removed,warnings
ben-steady,2026-03-02-run.fit,2026-03-02T06:11:00Z,running,7746.2,2396,171.1,171.2,1.130,243.8,50.30,85.0,179.8,171.4,92.3,2396,309.3,garmin fr945,1.134,true,309.3,0,0,4.7,7.63,245.8,22.1,581,871,39.5,911.8,21,33,385,1674,284,242,242,threshold_pace,1,0,0,,2397,1.000,1.000,0,1,1,
ben-steady,2026-03-03-run.fit,2026-03-03T07:49:00Z,running,7805.7,2404,171.2,171.2,1.135,243.4,50.31,85.0,171.7,171.2,92.3,2404,308.0,garmin fr945,1.135,true,308.0,0,0,4.1,7.57,244.9,21.9,616,816,32.9,785.9,40,33,389,1616,327,176,176,threshold_pace,0,0,0,,2405,1.000,1.000,0,2,1,
ben-steady,2026-03-04-strength.fit,2026-03-04T07:24:00Z,training,0.0,0,,,,,,,,,,2328,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,194.0,0,0.000,0.000,0,0,0,
ben-steady,2026-03-06-run.fit,2026-03-06T08:18:00Z,running,7843.5,2213,173.9,171.3,1.218,233.0,50.29,86.2,181.7,176.1,92.9,2213,282.1,garmin fr945,1.133,true,282.1,0,0,5.4,7.21,269.1,22.5,642,673,39.4,893.7,23,55,497,941,698,1013,1013,threshold_pace,6,0,0,,2214,1.000,1.000,1,0,1,
ben-steady,2026-03-07-run.fit,2026-03-07T07:58:00Z,running,8861.2,2730,171.2,171.2,1.137,243.3,50.29,85.0,88.0,87.8,98.8,2730,308.1,garmin fr945,1.137,true,308.1,0,0,2.3,7.50,243.1,9.9,191,226,4.0,180.0,0,42,60,2609,0,0,0,threshold_pace,0,0,0,136.5,2731,1.000,0.993,1,0,0,
ben-steady,2026-03-09-run.fit,2026-03-09T06:49:00Z,running,8475.4,2487,172.7,171.3,1.180,237.8,50.31,85.6,187.6,194.0,101.9,2487,293.4,garmin fr945,1.136,true,293.4,0,0,4.5,7.34,255.6,22.9,659,858,38.4,902.0,17,68,252,1713,438,374,374,threshold_pace,3,0,0,,2488,1.000,1.000,0,2,1,
ben-steady,2026-03-10-run.fit,2026-03-10T08:22:00Z,running,9176.1,2742,172.1,171.3,1.166,239.8,50.31,85.4,92.0,91.2,104.1,2742,298.8,garmin fr945,1.137,true,298.8,0,0,2.5,7.35,250.8,9.9,202,239,4.0,191.8,2,30,32,2659,0,2,2,threshold_pace,0,0,0,137.1,2743,1.000,0.993,0,2,1,
ben-steady,2026-03-11-strength.fit,2026-03-11T06:16:00Z,training,0.0,0,,,,,,,,,,2259,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,188.2,0,0.000,0.000,0,0,0,
ben-steady,2026-03-13-run.fit,2026-03-13T06:30:00Z,running,7994.8,2226,174.3,171.3,1.231,231.2,50.31,86.4,181.2,174.0,97.3,2226,278.4,garmin fr945,1.133,true,278.4,0,0,5.2,7.13,271.7,21.8,590,712,40.0,908.2,14,41,402,1047,723,947,947,threshold_pace,4,0,0,,2227,1.000,1.000,0,1,1,
ben-steady,2026-03-15-run.fit,2026-03-15T07:23:00Z,running,7626.5,2384,170.8,171.2,1.120,245.0,50.29,84.8,172.4,163.0,90.6,2384,312.6,garmin fr945,1.134,true,312.6,0,0,4.5,7.67,242.7,21.4,587,836,39.4,923.1,32,26,457,1596,274,182,182,threshold_pace,0,0,0,119.2,2385,1.000,1.000,1,1,3,
ben-steady,2026-03-16-run.fit,2026-03-16T06:24:00Z,running,8062.3,2266,174.0,171.3,1.221,232.4,50.30,86.2,186.1,175.2,98.1,2266,281.1,garmin fr945,1.133,true,281.1,0,0,5.7,7.21,270.2,21.7,595,759,40.0,914.2,25,25,395,1068,754,1084,1084,threshold_pace,5,0,0,,2267,1.000,1.000,0,1,1,
ben-steady,2026-03-17-run.fit,2026-03-17T07:02:00Z,running,7995.2,2500,170.8,171.2,1.120,245.1,50.30,84.8,180.7,185.3,94.1,2500,312.7,garmin fr945,1.133,true,312.7,0,0,4.3,7.67,238.5,23.2,652,891,40.0,924.8,16,26,585,1573,300,196,196,threshold_pace,0,0,0,,2501,1.000,1.000,0,1,0,
ben-steady,2026-03-18-strength.fit,2026-03-18T08:20:00Z,training,0.0,0,,,,,,,,,,2995,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,249.6,0,0.000,0.000,0,0,0,
ben-steady,2026-03-20-run.fit,2026-03-20T08:19:00Z,running,8435.8,2615,171.0,171.2,1.131,244.1,50.29,84.9,84.0,84.0,93.9,2615,310.0,garmin fr945,1.136,true,310.0,0,0,2.4,7.53,241.6,10.0,192,197,4.0,173.7,15,23,117,2461,0,0,0,threshold_pace,0,0,0,,2616,1.000,1.000,0,0,0,
ben-steady,2026-03-21-run.fit,2026-03-21T06:12:00Z,running,8493.6,2678,170.5,171.2,1.113,246.0,50.30,84.7,204.4,181.1,102.7,2678,315.3,garmin fr945,1.134,true,315.3,0,0,4.3,7.71,245.3,21.3,631,1007,39.2,902.5,18,22,511,1751,377,199,199,threshold_pace,0,0,0,,2679,1.000,1.000,0,0,1,
ben-steady,2026-03-23-run.fit,2026-03-23T07:17:00Z,running,9722.8,2723,174.2,171.3,1.225,232.1,50.31,86.2,226.1,214.3,119.6,2723,280.1,garmin fr945,1.134,true,280.1,0,0,5.4,7.17,272.4,22.0,735,907,39.8,906.6,0,17,389,1436,862,1185,1185,threshold_pace,7,2,0,,2724,1.000,0.993,0,2,2,
ben-steady,2026-03-24-run.fit,2026-03-24T07:39:00Z,running,8665.6,2708,170.8,171.2,1.121,245.0,50.31,84.8,178.7,205.8,100.3,2708,312.5,garmin fr945,1.135,true,312.5,0,0,4.2,7.66,234.2,23.7,738,893,39.2,906.8,17,51,642,1713,286,147,147,threshold_pace,0,0,0,135.4,2709,1.000,1.000,0,3,2,
ben-steady,2026-03-25-strength.fit,2026-03-25T07:21:00Z,training,0.0,0,,,,,,,,,,2103,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,175.2,0,0.000,0.000,0,0,0,
ben-steady,2026-03-27-run.fit,2026-03-27T06:26:00Z,running,9712.2,2908,172.0,171.2,1.164,240.1,50.29,85.4,96.0,98.4,110.3,2908,299.4,garmin fr945,1.137,true,299.4,0,0,2.5,7.36,249.5,10.1,214,258,4.0,175.2,3,32,35,2819,0,0,0,threshold_pace,0,0,0,145.4,2909,1.000,0.993,0,3,2,
ben-steady,2026-03-28-run.fit,2026-03-28T06:01:00Z,running,9129.6,2884,170.5,171.2,1.111,246.2,50.28,84.6,211.6,204.3,109.0,2884,315.9,garmin fr945,1.134,true,315.9,0,0,4.1,7.71,238.8,22.4,736,1032,40.0,920.8,47,28,597,1899,314,120,120,threshold_pace,0,0,0,,2885,1.000,1.000,0,1,0,
ben-steady,2026-03-30-run.fit,2026-03-30T08:17:00Z,running,7676.3,2203,173.4,171.3,1.199,235.0,50.30,85.9,177.0,167.3,92.2,2203,287.0,garmin fr945,1.134,true,287.0,0,0,6.2,7.36,266.2,21.8,581,739,39.4,905.6,23,29,487,1007,658,977,977,threshold_pace,4,0,0,,2204,1.000,1.000,0,1,1,
ben-steady,2026-04-01-strength.fit,2026-04-01T06:22:00Z,training,0.0,0,,,,,,,,,,2339,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,194.9,0,0.000,0.000,0,0,0,
ben-steady,2026-04-02-run.fit,2026-04-02T06:27:00Z,running,9072.7,2734,171.9,171.2,1.155,240.8,50.31,85.3,213.1,196.8,110.7,2734,301.3,garmin fr945,1.135,true,301.3,0,0,4.5,7.47,253.7,21.7,674,1010,39.8,910.6,18,48,287,1885,477,380,380,threshold_pace,0,1,0,136.7,2735,1.000,0.993,0,1,0,
ben-steady,2026-04-03-run.fit,2026-04-03T06:06:00Z,running,9477.4,2978,170.6,171.2,1.116,245.6,50.29,84.7,207.9,215.4,111.6,2978,314.2,garmin fr945,1.134,true,314.2,0,0,4.2,7.68,237.2,22.7,753,1038,39.8,900.3,7,15,785,1828,344,202,202,threshold_pace,0,0,0,,2979,1.000,1.000,0,1,0,
ben-steady,2026-04-05-run.fit,2026-04-05T06:07:00Z,running,9403.3,2732,173.0,171.2,1.193,236.4,50.31,85.8,94.7,93.3,108.3,2732,290.5,garmin fr945,1.138,true,290.5,0,0,2.5,7.21,258.1,9.9,221,247,4.0,181.1,22,25,32,2654,0,31,31,threshold_pace,0,0,0,136.6,2733,1.000,1.000,0,2,1,
ben-steady,2026-04-07-run.fit,2026-04-07T06:32:00Z,running,9205.5,2755,172.1,171.3,1.162,240.0,50.30,85.3,213.3,199.2,112.4,2755,299.3,garmin fr945,1.136,true,299.3,0,0,4.4,7.43,253.7,21.6,683,982,40.0,916.0,20,58,296,1821,561,380,380,threshold_pace,1,1,0,137.8,2756,1.000,1.000,0,0,4,
ben-steady,2026-04-08-strength.fit,2026-04-08T07:51:00Z,training,0.0,0,,,,,,,,,,2767,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,230.6,0,0.000,0.000,0,0,0,
ben-steady,2026-04-09-run.fit,2026-04-09T06:24:00Z,running,7957.2,2390,172.0,171.3,1.158,240.5,50.29,85.3,184.6,174.6,96.2,2390,300.4,garmin fr945,1.135,true,300.4,0,0,4.7,7.47,254.5,21.9,591,857,38.8,909.4,14,45,254,1648,430,332,332,threshold_pace,1,2,0,,2391,1.000,1.000,0,0,0,
ben-steady,2026-04-11-run.fit,2026-04-11T07:42:00Z,running,7567.6,2256,172.2,171.2,1.168,239.6,50.29,85.4,74.3,75.6,84.8,2256,298.1,garmin fr945,1.137,true,298.1,0,0,2.5,7.34,251.1,10.0,162,169,4.0,179.8,13,29,71,2144,0,3,3,threshold_pace,0,0,0,,2257,1.000,1.000,0,1,1,
ben-steady,2026-04-12-run.fit,2026-04-12T06:11:00Z,running,8858.7,2482,174.2,171.3,1.224,232.1,50.30,86.2,192.6,212.5,105.9,2482,280.2,garmin fr945,1.133,true,280.2,0,0,5.5,7.18,261.6,24.0,713,793,40.0,908.0,0,8,480,1320,655,1120,1120,threshold_pace,8,0,0,289.6,2483,1.000,0.992,1,0,1,
ben-steady,2026-04-14-run.fit,2026-04-14T08:03:00Z,running,8498.9,2662,170.7,171.2,1.118,245.3,50.32,84.8,179.9,208.7,97.8,2662,313.2,garmin fr945,1.133,true,313.2,0,0,4.4,7.68,232.4,24.6,731,879,39.8,903.8,0,7,719,1700,217,153,153,threshold_pace,0,0,0,,2663,1.000,0.992,0,2,2,
ben-steady,2026-04-15-strength.fit,2026-04-15T06:27:00Z,training,0.0,0,,,,,,,,,,2571,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,214.2,0,0.000,0.000,0,0,0,
ben-steady,2026-04-16-run.fit,2026-04-16T07:01:00Z,running,9006.1,2857,170.4,171.2,1.107,246.6,50.28,84.6,196.2,209.3,105.2,2857,317.2,garmin fr945,1.133,true,317.2,0,0,4.2,7.74,235.1,23.2,769,942,27.8,397.2,39,41,582,1844,352,222,222,threshold_pace,0,0,0,,2858,1.000,1.000,0,2,0,
ben-steady,2026-04-17-run.fit,2026-04-17T08:05:00Z,running,7650.1,2152,174.0,171.3,1.220,232.5,50.29,86.2,170.9,160.5,93.1,2152,281.3,garmin fr945,1.135,true,281.3,0,0,5.6,7.20,271.9,21.0,542,704,27.8,399.5,20,23,367,1055,688,973,973,threshold_pace,6,0,0,251.1,2153,1.000,1.000,0,2,2,
ben-steady,2026-04-18-run.fit,2026-04-18T06:48:00Z,running,9589.6,2942,171.3,171.2,1.141,243.0,50.30,85.0,95.4,96.0,107.8,2942,306.8,garmin fr945,1.137,true,306.8,0,0,2.3,7.48,244.0,10.0,208,230,4.0,179.1,13,31,81,2818,0,0,0,threshold_pace,0,0,0,,2943,1.000,1.000,0,1,0,
ben-steady,2026-04-20-run.fit,2026-04-20T08:25:00Z,running,7784.8,2168,174.3,171.3,1.231,231.2,50.30,86.4,176.2,172.2,93.5,2168,278.5,garmin fr945,1.134,true,278.5,0,0,5.3,7.14,272.3,22.1,584,688,39.6,912.2,0,0,404,1021,724,1013,1013,threshold_pace,5,0,0,252.9,2169,1.000,0.991,0,1,0,
ben-steady,2026-04-20-run-2.fit,2026-04-20T18:00:00Z,running,8389.5,2537,171.7,171.2,1.152,241.4,50.29,85.2,197.1,175.0,102.7,2537,302.4,garmin fr945,1.134,true,302.4,0,0,4.7,7.50,256.5,20.9,574,926,27.8,399.5,9,16,246,1808,459,286,286,threshold_pace,2,1,0,126.8,2538,1.000,1.000,0,0,0,
ben-steady,2026-04-22-strength.fit,2026-04-22T07:57:00Z,training,0.0,0,,,,,,,,,,2830,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,235.8,0,0.000,0.000,0,0,0,
ben-steady,2026-04-24-run.fit,2026-04-24T06:22:00Z,running,9905.1,3102,170.7,171.2,1.119,245.2,50.31,84.8,214.1,227.9,117.3,3102,313.2,garmin fr945,1.134,true,313.2,0,0,4.3,7.67,237.7,23.0,790,1048,27.8,402.1,19,82,499,2126,377,211,211,threshold_pace,0,0,0,,3103,1.000,1.000,0,2,0,
ben-steady,2026-04-25-run.fit,2026-04-25T08:28:00Z,running,8385.9,2577,171.3,171.3,1.139,243.2,50.31,85.0,83.4,84.0,93.4,2577,307.3,garmin fr945,1.138,true,307.3,0,0,2.4,7.49,243.6,10.0,182,194,4.0,177.7,13,31,75,2459,0,1,1,threshold_pace,0,0,0,,2578,1.000,1.000,1,1,0,
ben-steady,2026-04-27-run.fit,2026-04-27T06:53:00Z,running,8438.2,2632,170.9,171.2,1.123,244.8,50.30,84.8,176.5,206.4,97.2,2632,311.9,garmin fr945,1.134,true,311.9,0,0,4.1,7.64,233.6,24.5,736,853,40.0,910.0,17,92,566,1621,337,155,155,threshold_pace,0,0,0,131.6,2633,1.000,1.000,0,3,0,
ben-steady,2026-04-28-run.fit,2026-04-28T08:12:00Z,running,8408.1,2360,174.1,171.3,1.223,232.4,50.31,86.3,173.8,198.0,99.6,2360,280.7,garmin fr945,1.134,true,280.7,0,0,5.3,7.18,263.1,23.5,689,685,27.8,399.1,20,62,449,1100,730,1006,1006,threshold_pace,6,1,0,,2361,1.000,1.000,0,0,1,
ben-steady,2026-04-29-strength.fit,2026-04-29T06:53:00Z,training,0.0,0,,,,,,,,,,2685,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,223.8,0,0.000,0.000,0,0,0,
ben-steady,2026-05-02-run.fit,2026-05-02T07:30:00Z,running,9921.4,2991,171.8,171.2,1.155,241.0,50.31,85.3,216.9,225.6,119.4,2991,301.5,garmin fr945,1.135,true,301.5,0,0,4.5,7.48,248.6,22.7,761,1026,38.8,908.4,14,22,410,2007,539,381,381,threshold_pace,0,1,0,,2992,1.000,1.000,0,4,3,
ben-steady,2026-05-03-run.fit,2026-05-03T06:32:00Z,running,9836.3,2985,171.7,171.3,1.151,241.6,50.28,85.2,97.3,99.6,111.3,2985,303.5,garmin fr945,1.137,true,303.5,0,0,2.4,7.42,246.4,10.1,222,253,4.0,175.6,25,34,38,2889,0,0,0,threshold_pace,0,0,0,,2986,1.000,1.000,0,2,1,
ben-steady,2026-05-06-strength.fit,2026-05-06T08:14:00Z,training,0.0,0,,,,,,,,,,2717,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,226.4,0,0.000,0.000,0,0,0,
ben-steady,2026-05-08-run.fit,2026-05-08T06:21:00Z,running,7681.2,2236,172.9,171.3,1.191,236.9,50.30,85.7,76.1,73.9,87.5,2236,291.1,garmin fr945,1.138,true,291.1,0,0,2.6,7.22,257.9,9.6,185,203,3.9,185.0,12,24,80,2121,0,25,25,threshold_pace,0,0,0,111.8,2237,1.000,1.000,0,0,0,
ben-steady,2026-05-09-run.fit,2026-05-09T06:24:00Z,running,9220.7,2624,173.6,171.3,1.209,234.0,50.30,86.1,207.4,198.7,112.8,2624,284.6,garmin fr945,1.133,true,284.6,0,0,5.6,7.26,268.6,21.6,658,874,27.8,404.2,17,27,448,1359,773,1150,1150,threshold_pace,10,0,0,,2625,1.000,1.000,0,0,1,
ben-steady,2026-05-09-run-2.fit,2026-05-09T18:00:00Z,running,9336.5,2884,171.2,171.2,1.132,243.7,50.29,84.9,212.2,200.9,112.6,2884,308.9,garmin fr945,1.134,true,308.9,0,0,4.4,7.60,247.6,21.5,680,1013,27.8,401.0,0,37,424,1984,420,254,254,threshold_pace,2,0,0,144.2,2885,1.000,0.993,0,0,0,
ben-steady,2026-05-10-run.fit,2026-05-10T07:40:00Z,running,7941.5,2473,170.9,171.2,1.124,244.7,50.29,84.8,172.7,185.4,92.9,2473,311.4,garmin fr945,1.135,true,311.4,0,0,4.4,7.65,237.8,23.3,648,827,39.8,897.4,14,85,487,1586,302,221,221,threshold_pace,0,0,0,,2474,1.000,1.000,0,0,0,
ben-steady,2026-05-11-run.fit,2026-05-11T07:39:00Z,running,9641.5,2799,173.0,171.2,1.188,236.4,50.30,85.8,212.3,217.9,115.6,2799,290.3,garmin fr945,1.133,true,290.3,0,0,6.0,7.39,258.2,22.6,766,885,39.8,900.2,0,32,627,1414,707,1124,1124,threshold_pace,7,0,0,,2800,1.000,0.993,1,1,1,
ben-steady,2026-05-12-run.fit,2026-05-12T07:14:00Z,running,7734.7,2374,171.3,171.2,1.137,242.9,50.30,85.0,171.4,184.7,90.9,2374,306.9,garmin fr945,1.135,true,306.9,0,0,4.6,7.57,240.1,23.9,643,822,39.9,911.1,14,58,435,1583,285,323,323,threshold_pace,0,1,0,118.7,2375,1.000,1.000,0,3,0,
ben-steady,2026-05-13-strength.fit,2026-05-13T06:38:00Z,training,0.0,0,,,,,,,,,,2824,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,235.3,0,0.000,0.000,0,0,0,
ben-steady,2026-05-15-run.fit,2026-05-15T08:05:00Z,running,9565.3,2864,172.1,171.3,1.164,240.1,50.31,85.4,96.0,95.7,108.9,2864,299.4,garmin fr945,1.137,true,299.4,0,0,2.5,7.36,250.1,10.0,219,242,4.0,175.7,24,38,30,2773,0,1,1,threshold_pace,0,0,0,143.2,2865,1.000,1.000,0,3,0,
ben-steady,2026-05-16-run.fit,2026-05-16T08:14:00Z,running,9292.3,2760,172.3,171.3,1.169,239.3,50.30,85.5,213.7,214.9,113.0,2760,297.0,garmin fr945,1.136,true,297.0,0,0,4.6,7.41,252.1,23.1,724,988,39.8,904.1,27,27,287,1882,538,462,462,threshold_pace,3,1,0,138.0,2761,1.000,1.000,0,1,1,
ben-steady,2026-05-18-run.fit,2026-05-18T06:06:00Z,running,7992.2,2428,171.6,171.2,1.148,241.8,50.30,85.1,172.7,185.5,94.0,2428,303.8,garmin fr945,1.134,true,303.8,0,0,4.2,7.50,242.6,23.2,647,806,40.0,909.9,19,75,374,1607,354,272,272,threshold_pace,1,0,0,121.4,2429,1.000,1.000,0,1,0,
ben-steady,2026-05-19-run.fit,2026-05-19T07:36:00Z,running,9549.2,2713,173.7,171.2,1.210,233.8,50.30,86.1,212.4,223.7,116.1,2713,284.1,garmin fr945,1.133,true,284.1,0,0,5.6,7.26,260.6,23.4,781,894,39.8,892.1,15,76,407,1457,759,1157,1157,threshold_pace,5,0,0,316.5,2714,1.000,1.000,0,2,1,
ben-steady,2026-05-19-run-2.fit,2026-05-19T18:00:00Z,running,8226.0,2605,170.4,171.2,1.109,246.5,50.29,84.6,195.0,180.3,97.7,2605,316.7,garmin fr945,1.134,true,316.7,0,0,4.2,7.72,240.7,21.9,638,969,40.0,909.7,35,32,553,1749,237,181,181,threshold_pace,0,0,0,,2606,1.000,1.000,0,1,3,
ben-steady,2026-05-20-strength.fit,2026-05-20T07:19:00Z,training,0.0,0,,,,,,,,,,2762,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,230.2,0,0.000,0.000,0,0,0,
ben-steady,2026-05-22-run.fit,2026-05-22T07:38:00Z,running,8914.6,2698,171.8,171.2,1.153,241.3,50.31,85.2,90.7,87.8,100.6,2698,302.6,garmin fr945,1.137,true,302.6,0,0,2.4,7.41,248.2,9.9,198,258,4.0,181.4,12,22,91,2574,0,0,0,threshold_pace,0,0,0,134.9,2699,1.000,1.000,0,1,0,
ben-steady,2026-05-25-run.fit,2026-05-25T08:29:00Z,running,8669.9,2465,173.6,171.3,1.209,234.0,50.31,86.1,189.6,208.8,103.6,2465,284.3,garmin fr945,1.134,true,284.3,0,0,5.8,7.27,258.4,24.1,713,810,40.0,908.0,11,17,527,1228,683,1078,1078,threshold_pace,6,0,0,,2466,1.000,1.000,0,0,0,
ben-steady,2026-05-27-strength.fit,2026-05-27T07:38:00Z,training,0.0,0,,,,,,,,,,2445,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,203.8,0,0.000,0.000,0,0,0,
ben-steady,2026-05-28-run.fit,2026-05-28T07:07:00Z,running,9040.6,2693,172.2,171.3,1.169,239.5,50.30,85.4,88.0,91.5,102.5,2693,297.9,garmin fr945,1.138,true,297.9,0,0,2.4,7.33,250.3,10.1,221,243,4.0,175.0,15,40,48,2591,0,0,0,threshold_pace,0,0,0,134.7,2694,1.000,1.000,0,1,1,
ben-steady,2026-05-30-run.fit,2026-05-30T06:45:00Z,running,8900.3,2827,170.3,171.2,1.106,246.7,50.30,84.6,192.4,205.2,104.3,2827,317.6,garmin fr945,1.133,true,317.6,0,0,4.2,7.74,235.4,23.1,739,962,39.6,904.5,22,90,588,1788,340,154,154,threshold_pace,0,0,0,,2828,1.000,1.000,0,0,0,
ben-steady,2026-05-31-run.fit,2026-05-31T06:31:00Z,running,9689.6,2939,171.7,171.3,1.149,241.5,50.31,85.2,215.3,224.9,116.6,2939,303.3,garmin fr945,1.135,true,303.3,0,0,4.6,7.52,246.4,23.2,749,1025,38.4,900.6,13,23,408,1988,508,332,332,threshold_pace,1,1,0,146.9,2940,1.000,1.000,0,3,1,
ben-steady,2026-06-01-run.fit,2026-06-01T06:22:00Z,running,8756.3,2559,172.8,171.3,1.187,237.2,50.30,85.7,88.0,85.7,100.3,2559,292.2,garmin fr945,1.138,true,292.2,0,0,2.5,7.24,256.5,9.8,208,224,4.0,177.0,22,29,31,2478,0,16,16,threshold_pace,0,0,0,,2560,1.000,1.000,0,3,0,
ben-steady,2026-06-03-strength.fit,2026-06-03T07:00:00Z,training,0.0,0,,,,,,,,,,2915,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,242.9,0,0.000,0.000,0,0,0,
ben-steady,2026-06-04-run.fit,2026-06-04T07:28:00Z,running,7504.9,2407,170.1,171.2,1.097,247.9,50.30,84.5,174.9,169.9,87.5,2407,320.7,garmin fr945,1.133,true,320.7,0,0,4.3,7.81,237.2,22.6,623,870,38.8,910.6,0,1,645,1516,226,135,135,threshold_pace,0,0,0,,2408,1.000,0.992,0,3,0,
ben-steady,2026-06-06-run.fit,2026-06-06T08:11:00Z,running,9535.0,2673,174.1,171.3,1.224,232.0,50.29,86.3,207.6,213.3,114.8,2673,280.3,garmin fr945,1.135,true,280.3,0,0,5.3,7.17,268.2,22.4,735,824,39.0,902.9,17,50,467,1373,767,1124,1124,threshold_pace,4,2,0,,2674,1.000,1.000,0,1,0,
ben-steady,2026-06-07-run.fit,2026-06-07T07:18:00Z,running,9402.5,2808,172.2,171.2,1.163,239.8,50.30,85.4,212.6,214.6,113.8,2808,298.6,garmin fr945,1.135,true,298.6,0,0,4.6,7.44,251.2,22.8,715,1004,39.8,899.5,10,17,413,1887,482,394,394,threshold_pace,1,2,0,,2809,1.000,1.000,0,2,2,
ben-steady,2026-06-09-run.fit,2026-06-09T07:07:00Z,running,7543.7,2166,173.3,171.3,1.199,235.1,50.30,85.9,180.5,171.2,90.8,2166,287.1,garmin fr945,1.133,true,287.1,0,0,6.2,7.35,264.1,22.7,575,798,39.9,909.2,0,6,480,1070,591,954,954,threshold_pace,4,0,0,,2167,1.000,0.991,0,0,0,
ben-steady,2026-06-10-strength.fit,2026-06-10T06:57:00Z,training,0.0,0,,,,,,,,,,2597,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,216.4,0,0.000,0.000,0,0,0,
ben-steady,2026-06-12-run.fit,2026-06-12T06:43:00Z,running,7689.1,2254,172.7,171.2,1.184,237.7,50.29,85.7,76.0,78.1,87.0,2254,293.1,garmin fr945,1.138,true,293.1,0,0,2.5,7.26,254.7,10.2,210,185,4.0,179.8,24,29,32,2170,0,4,4,threshold_pace,0,0,0,,2255,1.000,1.000,0,0,1,
ben-steady,2026-06-13-run.fit,2026-06-13T07:01:00Z,running,8764.0,2759,170.6,171.2,1.114,245.7,50.31,84.7,179.5,207.0,101.2,2759,314.8,garmin fr945,1.135,true,314.8,0,0,4.2,7.69,232.7,23.6,743,891,33.9,783.9,11,23,627,1809,290,152,152,threshold_pace,0,0,0,,2760,1.000,1.000,0,1,1,
ben-steady,2026-06-14-run.fit,2026-06-14T06:14:00Z,running,8552.1,2672,170.8,171.2,1.121,245.0,50.30,84.8,195.3,177.2,102.9,2672,312.4,garmin fr945,1.134,true,312.4,0,0,4.5,7.67,245.8,20.7,611,957,39.4,906.8,17,26,392,1863,375,225,225,threshold_pace,0,0,0,,2673,1.000,1.000,0,0,0,
ben-steady,2026-06-16-run.fit,2026-06-16T08:19:00Z,running,8693.6,2750,170.5,171.2,1.110,246.4,50.30,84.7,192.8,202.6,101.6,2750,316.3,garmin fr945,1.134,true,316.3,0,0,4.2,7.72,236.7,23.3,718,953,39.0,928.2,10,13,650,1785,293,179,179,threshold_pace,0,0,0,,2751,1.000,1.000,0,1,0,
ben-steady,2026-06-17-strength.fit,2026-06-17T06:43:00Z,training,0.0,0,,,,,,,,,,2655,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,221.2,0,0.000,0.000,0,0,0,
ben-steady,2026-06-18-run.fit,2026-06-18T07:47:00Z,running,7927.8,2425,171.5,171.3,1.140,242.7,50.30,85.1,185.7,176.8,94.9,2425,305.9,garmin fr945,1.135,true,305.9,0,0,4.6,7.56,248.5,22.3,608,883,39.6,909.3,1,47,284,1664,410,288,288,threshold_pace,0,1,0,121.2,2426,1.000,0.992,0,1,0,
ben-steady,2026-06-19-run.fit,2026-06-19T07:04:00Z,running,9776.3,2891,172.4,171.3,1.176,238.5,50.30,85.5,99.3,96.0,112.2,2891,295.7,garmin fr945,1.138,true,295.7,0,0,2.5,7.30,254.0,9.8,217,271,4.0,176.9,16,23,42,2811,0,9,9,threshold_pace,0,0,0,144.6,2892,1.000,1.000,0,1,2,
ben-steady,2026-06-21-run.fit,2026-06-21T06:08:00Z,running,8213.8,2284,174.4,171.3,1.232,231.2,50.29,86.4,174.4,196.5,97.5,2284,278.1,garmin fr945,1.134,true,278.1,0,0,5.3,7.13,265.6,23.9,676,691,39.9,909.4,34,26,339,1151,715,1073,1073,threshold_pace,6,0,0,,2285,1.000,0.991,0,1,2,
ben-steady,2026-06-23-run.fit,2026-06-23T06:31:00Z,running,7969.1,2332,172.7,171.2,1.186,237.4,50.31,85.7,78.3,79.3,90.5,2332,292.6,garmin fr945,1.138,true,292.6,0,0,2.6,7.25,255.6,10.0,187,201,4.0,175.2,14,40,53,2226,0,19,19,threshold_pace,0,0,0,,2333,1.000,1.000,0,1,1,
ben-steady,2026-06-24-strength.fit,2026-06-24T07:48:00Z,training,0.0,0,,,,,,,,,,2210,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,184.2,0,0.000,0.000,0,0,0,
ben-steady,2026-06-25-run.fit,2026-06-25T08:27:00Z,running,9553.0,2720,173.6,171.3,1.208,234.0,50.30,86.1,210.7,214.8,115.2,2720,284.7,garmin fr945,1.135,true,284.7,0,0,5.7,7.26,264.8,22.5,747,870,27.8,401.1,8,14,647,1214,838,1146,1146,threshold_pace,7,0,0,,2721,1.000,1.000,0,2,1,
ben-steady,2026-06-26-run.fit,2026-06-26T07:05:00Z,running,8365.1,2594,171.0,171.2,1.128,244.2,50.29,84.9,194.5,175.1,100.7,2594,310.1,garmin fr945,1.135,true,310.1,0,0,4.4,7.62,248.7,20.9,604,934,27.8,424.9,0,10,380,1764,421,209,209,threshold_pace,0,1,0,,2595,1.000,0.992,0,1,0,
ben-steady,2026-06-27-run.fit,2026-06-27T06:09:00Z,running,9773.8,3076,170.6,171.2,1.114,245.8,50.29,84.7,219.0,213.1,116.7,3076,314.7,garmin fr945,1.134,true,314.7,0,0,4.3,7.69,241.5,21.8,767,1083,38.8,909.6,9,19,612,2025,412,202,202,threshold_pace,0,0,0,153.8,3077,1.000,1.000,0,2,1,
ben-steady,2026-06-30-run.fit,2026-06-30T08:25:00Z,running,9876.7,3030,171.3,171.2,1.138,242.7,50.31,85.0,217.8,224.6,118.2,3030,306.8,garmin fr945,1.135,true,306.8,0,0,4.4,7.56,243.9,22.7,773,1066,39.6,897.5,15,32,546,2072,366,329,329,threshold_pace,0,0,0,151.5,3031,1.000,1.000,0,2,0,
ben-steady,2026-07-01-strength.fit,2026-07-01T07:50:00Z,training,0.0,0,,,,,,,,,,2399,,garmin fr945,,false,,0,0,,,,,,,,,,,,,,0,0,threshold_pace,0,0,0,199.9,0,0.000,0.000,0,0,0,
ben-steady,2026-07-03-run.fit,2026-07-03T06:11:00Z,running,9420.2,2885,171.4,171.2,1.142,242.6,50.30,85.1,92.0,95.5,105.9,2885,306.3,garmin fr945,1.137,true,306.3,0,0,2.4,7.47,243.6,10.1,213,226,4.0,188.5,15,45,51,2775,0,0,0,threshold_pace,0,0,0,144.2,2886,1.000,1.000,0,2,0,
ben-steady,2026-07-04-run.fit,2026-07-04T06:02:00Z,running,9347.2,2662,173.6,171.3,1.208,234.2,50.30,86.1,214.6,212.0,113.5,2662,284.8,garmin fr945,1.134,true,284.8,0,0,5.5,7.27,266.6,22.7,732,881,27.8,395.5,8,13,493,1378,771,1117,1117,threshold_pace,7,0,0,,2663,1.000,1.000,0,1,2,
ben-steady,2026-07-05-run.fit,2026-07-05T06:45:00Z,running,8041.1,2426,171.8,171.2,1.154,241.0,50.30,85.2,181.9,174.4,96.2,2426,301.7,garmin fr945,1.135,true,301.7,0,0,4.4,7.48,252.5,21.7,592,863,38.8,907.5,0,1,365,1689,352,267,267,threshold_pace,1,0,0,121.3,2427,1.000,0.992,0,0,1,
�D
	weeks.csv�Cathlete,week,week_start,coverage_days,distance_km,runs,untracked_days,load_unit,load,monotony,strain,descent_m,ascent_m,high_intensity_min,jump_sessions,cadence_matched_spm,pfp_level,pfp_points,pfp_rules,pfp_symptom_match,itbs_level,itbs_points,itbs_rules,itbs_symptom_match,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules,patellar_tendinopathy_symptom_match,fired_rules,l1_state,l1_value,l2_state,l2_value,l3_state,l3_value,l4_state,l4_value,l5_state,l5_value,l6_state,l6_value,g1_state,g1_value,g2_state,g2_value,g3_state,g3_value,d1_state,d1_value,d2_state,d2_value,asc_state,asc_value,k1_state,k1_value,k2_state,k2_value,k3_state,k3_value,k4_state,k4_value,s1_state,s1_value,other_rule_states
ben-steady,2026-W10,2026-03-02,5,32.26,4,0,trimp,376.34,1.154,434.13,606.5,621.2,23.9,1,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,insufficient_data,,insufficient_data,,not_fired,1.1536,insufficient_data,,not_fired,376.3387,not_fired,171.2312,insufficient_data,,not_fired,0.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W11,2026-03-09,5,33.27,4,0,trimp,393.86,1.151,453.33,622.2,633.1,25.1,1,171.3,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,3.1505,insufficient_data,,not_fired,1.1510,insufficient_data,,not_fired,393.8603,not_fired,171.2607,insufficient_data,,not_fired,0.0000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W12,2026-03-16,5,32.99,4,0,trimp,388.83,1.153,448.27,625.6,655.2,24.6,1,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,-0.8590,insufficient_data,,not_fired,1.1529,insufficient_data,,not_fired,388.8252,not_fired,171.2207,not_fired,-0.0979,not_fired,0.0000,not_fired,625.5633,not_fired,24.6500,not_fired,655.1800,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W13,2026-03-23,5,37.23,4,0,trimp,439.18,1.150,504.85,722.7,712.4,24.2,2,171.2,none,0,,false,none,0,,false,none,0,,false,,insufficient_data,,not_fired,12.8636,not_fired,1.0945,not_fired,1.1495,not_fired,-11.8764,not_fired,439.1832,not_fired,171.2470,not_fired,0.0311,not_fired,0.0000,not_fired,722.7433,not_fired,24.2000,not_fired,712.3600,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W14,2026-03-30,5,35.63,4,0,trimp,422.82,1.147,485.08,672.9,692.8,26.5,2,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9748,not_fired,-4.2991,not_fired,1.2115,not_fired,1.1473,not_fired,-18.2453,not_fired,422.8166,not_fired,171.2392,not_fired,0.0191,not_fired,0.0000,not_fired,672.8733,not_fired,26.5000,not_fired,692.7733,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W15,2026-04-06,5,33.59,4,0,trimp,399.32,1.140,455.37,661.9,664.8,30.6,3,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9468,not_fired,-5.7273,not_fired,1.2045,not_fired,1.1404,not_fired,-17.2594,not_fired,399.3219,not_fired,171.2696,not_fired,0.0354,not_fired,0.0000,not_fired,661.9067,not_fired,30.5833,not_fired,664.7900,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W16,2026-04-13,5,34.74,4,0,trimp,403.91,1.150,464.57,674.5,642.5,22.5,1,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9863,not_fired,3.4403,not_fired,1.0349,not_fired,1.1502,not_fired,-6.3977,not_fired,403.9073,not_fired,171.2250,not_fired,-0.0138,not_fired,0.0000,not_fired,674.5000,not_fired,22.4667,not_fired,642.4833,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W17,2026-04-20,4,34.47,4,0,trimp,406.98,0.796,323.99,659.1,670.8,25.2,2,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0199,not_fired,-0.8042,not_fired,0.8956,not_fired,0.7961,not_fired,3.1906,not_fired,406.9848,not_fired,171.2380,not_fired,0.0149,not_fired,0.0000,not_fired,659.0800,not_fired,25.1833,not_fired,670.7967,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W18,2026-04-27,5,36.60,4,0,trimp,427.52,1.145,489.63,729.5,664.6,25.7,3,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0016,not_fired,6.2056,not_fired,1.1427,not_fired,1.1453,not_fired,-11.1021,not_fired,427.5218,not_fired,171.2442,not_fired,0.0240,not_fired,0.0000,not_fired,729.4800,not_fired,25.7000,not_fired,664.5633,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W19,2026-05-04,4,34.18,4,0,trimp,405.87,0.735,298.23,658.9,668.4,27.5,1,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9410,not_fired,-6.6224,not_fired,1.4046,not_fired,0.7348,not_fired,-28.5559,not_fired,405.8666,not_fired,171.2475,not_fired,-0.0184,not_fired,0.0000,not_fired,658.9133,not_fired,27.5000,not_fired,668.4300,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,
ben-steady,2026-W20,2026-05-11,5,36.23,4,0,trimp,428.42,1.144,490.09,713.3,693.5,31.8,3,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9718,not_fired,6.0091,not_fired,0.9640,not_fired,1.1440,not_fired,0.0794,not_fired,428.4176,not_fired,171.2531,not_fired,0.0104,not_fired,0.0000,not_fired,713.2600,not_fired,31.8333,not_fired,693.4933,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,
ben-steady,2026-W21,2026-05-18,4,34.68,4,0,trimp,408.44,0.764,312.03,677.3,670.8,26.8,1,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9625,not_fired,-4.2829,not_fired,0.6764,not_fired,0.7640,not_fired,18.5926,not_fired,408.4400,not_fired,171.2047,not_fired,-0.0599,not_fired,0.0000,not_fired,677.3400,not_fired,26.8333,not_fired,670.8400,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,
ben-steady,2026-W22,2026-05-25,5,36.30,4,0,trimp,426.94,1.151,491.35,730.4,685.4,26.1,2,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9766,not_fired,4.6663,not_fired,1.1566,not_fired,1.1509,not_fired,-10.3491,not_fired,426.9359,not_fired,171.2442,not_fired,0.0101,not_fired,0.0000,not_fired,730.4067,not_fired,26.0667,not_fired,685.4400,not_fired,,not_fired,,not_fired,,not_fired,,insufficient_data,,
ben-steady,2026-W23,2026-06-01,5,35.20,4,0,trimp,416.46,1.139,474.55,683.6,683.1,27.8,3,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9840,not_fired,-3.0347,not_fired,1.1970,not_fired,1.1395,not_fired,-13.2769,not_fired,416.4641,not_fired,171.2323,not_fired,0.0198,not_fired,0.0000,not_fired,683.5867,not_fired,27.8167,not_fired,683.1033,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W24,2026-06-08,5,32.55,4,0,trimp,381.89,1.148,438.43,633.5,631.3,22.2,1,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9045,not_fired,-7.5281,not_fired,1.1985,not_fired,1.1481,not_fired,-13.0328,not_fired,381.8922,not_fired,171.2262,not_fired,-0.0196,not_fired,0.0000,not_fired,633.4533,not_fired,22.2500,not_fired,631.2700,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W25,2026-06-15,5,34.61,4,0,trimp,406.19,1.149,466.74,671.8,652.2,25.8,2,171.3,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0089,not_fired,6.3368,not_fired,1.0954,not_fired,1.1491,not_fired,-6.6886,not_fired,406.1872,not_fired,171.2611,not_fired,0.0349,not_fired,0.0000,not_fired,671.8500,not_fired,25.8167,not_fired,652.2000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W26,2026-06-22,5,35.66,4,0,trimp,423.12,1.141,482.72,682.3,702.6,26.3,2,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,0.9997,not_fired,3.0322,not_fired,1.0267,not_fired,1.1409,not_fired,-2.5902,not_fired,423.1153,not_fired,171.2314,not_fired,0.0062,not_fired,0.0000,not_fired,682.3500,not_fired,26.2667,not_fired,702.6000,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
ben-steady,2026-W27,2026-06-29,5,36.69,4,0,trimp,433.83,1.147,497.53,706.6,706.3,28.6,1,171.2,none,0,,false,none,0,,false,none,0,,false,,not_fired,1.0103,not_fired,2.8722,not_fired,1.2036,not_fired,1.1468,not_fired,-14.4242,not_fired,433.8254,not_fired,171.2381,not_fired,0.0304,not_fired,0.0000,not_fired,706.5833,not_fired,28.5500,not_fired,706.3500,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,insufficient_data,,
�

ben-steady
2026-07-05nonenonenone"��8��� @@^�}t�@@�:��T~@@���(y�B@#O����A@%]3�f�@@�Q�Q_A@d;�O�;A@~:3PMB@��<�A@�?x�B@z�rKWA@׆�q&B@Ӈ.�o�A@C9ѮBF@@;�DNA@��:���A@yܝ�WB@