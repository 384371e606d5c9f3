
ReportBundleÑ†
ana-rampﬂü
report.jsonŒü{
  "as_of": "2026-07-05",
  "athlete": "ana-ramp",
  "disclaimer": "This is a screening summary, not a diagnosis ‚Äî a clinical assessment decides.",
  "fired_rules": [
    {
      "band": "moderate",
      "baseline": 7101.3,
      "date": "2026-03-07",
      "detail": "distance 9.5 km is 1.33√ó the longest run of the previous 30 days (7.1 km): moderate session spike (>1.30)",
      "id": "L1",
      "run_id": "2026-03-07-run.fit",
      "source": "Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners",
      "threshold": 1.30,
      "value": 1.3316
    },
    {
      "band": "small",
      "baseline": 9028.2,
      "date": "2026-04-14",
      "detail": "distance 10.7 km is 1.18√ó the longest run of the previous 30 days (9.0 km): small session spike (>1.10)",
      "id": "L1",
      "run_id": "2026-04-14-run.fit",
      "source": "Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners",
      "threshold": 1.10,
      "value": 1.1834
    },
    {
      "band": "small",
      "baseline": 10683.9,
      "date": "2026-04-18",
      "detail": "distance 13.0 km is 1.22√ó the longest run of the previous 30 days (10.7 km): small session spike (>1.10)",
      "id": "L1",
      "run_id": "2026-04-18-run.fit",
      "source": "Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners",
      "threshold": 1.10,
      "value": 1.2167
    }
  ],
  "latest_week": "2026-W27",
  "levels": {
    "itbs": {
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": []
    },
    "patellar_tendinopathy": {
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": []
    },
    "pfp": {
      "level": "none",
      "points": 0,
      "reasons": [],
      "rules": []
    }
  },
  "runs": [
    {
      "cadence_spm": 153.7,
      "device": "garmin fr945",
      "distance_m": 6522.6,
      "duration_s": 2289,
      "moving_pace_s_per_km": 350.9,
      "moving_time_s": 2289,
      "run_id": "2026-03-02-run.fit",
      "sport": "running",
      "start_time": "2026-03-02T08:08:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.9,
      "device": "garmin fr945",
      "distance_m": 7101.3,
      "duration_s": 2294,
      "moving_pace_s_per_km": 323.0,
      "moving_time_s": 2294,
      "run_id": "2026-03-03-run.fit",
      "sport": "running",
      "start_time": "2026-03-03T06:26:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.2,
      "device": "garmin fr945",
      "distance_m": 7009.0,
      "duration_s": 2238,
      "moving_pace_s_per_km": 319.3,
      "moving_time_s": 2238,
      "run_id": "2026-03-04-run.fit",
      "sport": "running",
      "start_time": "2026-03-04T07:33:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.6,
      "device": "garmin fr945",
      "distance_m": 9456.5,
      "duration_s": 3194,
      "moving_pace_s_per_km": 337.8,
      "moving_time_s": 3194,
      "run_id": "2026-03-07-run.fit",
      "sport": "running",
      "start_time": "2026-03-07T08:26:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.2,
      "device": "garmin fr945",
      "distance_m": 7558.7,
      "duration_s": 2415,
      "moving_pace_s_per_km": 319.5,
      "moving_time_s": 2415,
      "run_id": "2026-03-08-run.fit",
      "sport": "running",
      "start_time": "2026-03-08T06:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.1,
      "device": "garmin fr945",
      "distance_m": 6649.0,
      "duration_s": 2209,
      "moving_pace_s_per_km": 332.2,
      "moving_time_s": 2209,
      "run_id": "2026-03-11-run.fit",
      "sport": "running",
      "start_time": "2026-03-11T08:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.1,
      "device": "garmin fr945",
      "distance_m": 7683.4,
      "duration_s": 2554,
      "moving_pace_s_per_km": 332.4,
      "moving_time_s": 2554,
      "run_id": "2026-03-13-run.fit",
      "sport": "running",
      "start_time": "2026-03-13T07:29:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.9,
      "device": "garmin fr945",
      "distance_m": 8850.2,
      "duration_s": 3070,
      "moving_pace_s_per_km": 346.9,
      "moving_time_s": 3070,
      "run_id": "2026-03-14-run.fit",
      "sport": "running",
      "start_time": "2026-03-14T06:53:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.0,
      "device": "garmin fr945",
      "distance_m": 7495.5,
      "duration_s": 2409,
      "moving_pace_s_per_km": 321.4,
      "moving_time_s": 2409,
      "run_id": "2026-03-15-run.fit",
      "sport": "running",
      "start_time": "2026-03-15T07:44:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.0,
      "device": "garmin fr945",
      "distance_m": 7121.2,
      "duration_s": 2467,
      "moving_pace_s_per_km": 346.4,
      "moving_time_s": 2467,
      "run_id": "2026-03-18-run.fit",
      "sport": "running",
      "start_time": "2026-03-18T06:57:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.7,
      "device": "garmin fr945",
      "distance_m": 7157.9,
      "duration_s": 2326,
      "moving_pace_s_per_km": 325.0,
      "moving_time_s": 2326,
      "run_id": "2026-03-20-run.fit",
      "sport": "running",
      "start_time": "2026-03-20T06:22:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.4,
      "device": "garmin fr945",
      "distance_m": 9002.5,
      "duration_s": 2952,
      "moving_pace_s_per_km": 327.9,
      "moving_time_s": 2952,
      "run_id": "2026-03-21-run.fit",
      "sport": "running",
      "start_time": "2026-03-21T06:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.1,
      "device": "garmin fr945",
      "distance_m": 7251.0,
      "duration_s": 2411,
      "moving_pace_s_per_km": 332.5,
      "moving_time_s": 2411,
      "run_id": "2026-03-22-run.fit",
      "sport": "running",
      "start_time": "2026-03-22T06:39:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.6,
      "device": "garmin fr945",
      "distance_m": 7307.0,
      "duration_s": 2473,
      "moving_pace_s_per_km": 338.4,
      "moving_time_s": 2473,
      "run_id": "2026-03-23-run.fit",
      "sport": "running",
      "start_time": "2026-03-23T07:23:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.6,
      "device": "garmin fr945",
      "distance_m": 6957.2,
      "duration_s": 2266,
      "moving_pace_s_per_km": 325.7,
      "moving_time_s": 2266,
      "run_id": "2026-03-25-run.fit",
      "sport": "running",
      "start_time": "2026-03-25T07:13:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.8,
      "device": "garmin fr945",
      "distance_m": 6405.7,
      "duration_s": 2073,
      "moving_pace_s_per_km": 323.6,
      "moving_time_s": 2073,
      "run_id": "2026-03-26-run.fit",
      "sport": "running",
      "start_time": "2026-03-26T06:41:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.4,
      "device": "garmin fr945",
      "distance_m": 7629.0,
      "duration_s": 2502,
      "moving_pace_s_per_km": 328.0,
      "moving_time_s": 2502,
      "run_id": "2026-03-27-run.fit",
      "sport": "running",
      "start_time": "2026-03-27T07:22:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.7,
      "device": "garmin fr945",
      "distance_m": 9028.2,
      "duration_s": 3041,
      "moving_pace_s_per_km": 336.8,
      "moving_time_s": 3041,
      "run_id": "2026-03-28-run.fit",
      "sport": "running",
      "start_time": "2026-03-28T06:54:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.0,
      "device": "garmin fr945",
      "distance_m": 7664.3,
      "duration_s": 2656,
      "moving_pace_s_per_km": 346.5,
      "moving_time_s": 2656,
      "run_id": "2026-03-31-run.fit",
      "sport": "running",
      "start_time": "2026-03-31T08:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.0,
      "device": "garmin fr945",
      "distance_m": 6162.1,
      "duration_s": 1984,
      "moving_pace_s_per_km": 322.0,
      "moving_time_s": 1984,
      "run_id": "2026-04-03-run.fit",
      "sport": "running",
      "start_time": "2026-04-03T07:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.3,
      "device": "garmin fr945",
      "distance_m": 8517.1,
      "duration_s": 2805,
      "moving_pace_s_per_km": 329.3,
      "moving_time_s": 2805,
      "run_id": "2026-04-04-run.fit",
      "sport": "running",
      "start_time": "2026-04-04T06:45:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.7,
      "device": "garmin fr945",
      "distance_m": 7521.5,
      "duration_s": 2439,
      "moving_pace_s_per_km": 324.3,
      "moving_time_s": 2439,
      "run_id": "2026-04-05-run.fit",
      "sport": "running",
      "start_time": "2026-04-05T06:08:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.9,
      "device": "garmin fr945",
      "distance_m": 6220.1,
      "duration_s": 2080,
      "moving_pace_s_per_km": 334.4,
      "moving_time_s": 2080,
      "run_id": "2026-04-06-run.fit",
      "sport": "running",
      "start_time": "2026-04-06T07:16:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.3,
      "device": "garmin fr945",
      "distance_m": 6000.1,
      "duration_s": 1980,
      "moving_pace_s_per_km": 330.0,
      "moving_time_s": 1980,
      "run_id": "2026-04-07-run.fit",
      "sport": "running",
      "start_time": "2026-04-07T07:06:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.2,
      "device": "garmin fr945",
      "distance_m": 6027.0,
      "duration_s": 2067,
      "moving_pace_s_per_km": 343.0,
      "moving_time_s": 2067,
      "run_id": "2026-04-08-run.fit",
      "sport": "running",
      "start_time": "2026-04-08T07:32:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.1,
      "device": "garmin fr945",
      "distance_m": 8581.9,
      "duration_s": 2965,
      "moving_pace_s_per_km": 345.5,
      "moving_time_s": 2965,
      "run_id": "2026-04-11-run.fit",
      "sport": "running",
      "start_time": "2026-04-11T06:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.9,
      "device": "garmin fr945",
      "distance_m": 10683.9,
      "duration_s": 3447,
      "moving_pace_s_per_km": 322.6,
      "moving_time_s": 3447,
      "run_id": "2026-04-14-run.fit",
      "sport": "running",
      "start_time": "2026-04-14T06:29:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.5,
      "device": "garmin fr945",
      "distance_m": 10561.3,
      "duration_s": 3462,
      "moving_pace_s_per_km": 327.8,
      "moving_time_s": 3462,
      "run_id": "2026-04-15-run.fit",
      "sport": "running",
      "start_time": "2026-04-15T06:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.7,
      "device": "garmin fr945",
      "distance_m": 12999.2,
      "duration_s": 3946,
      "moving_pace_s_per_km": 303.6,
      "moving_time_s": 3946,
      "run_id": "2026-04-18-run.fit",
      "sport": "running",
      "start_time": "2026-04-18T07:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.2,
      "device": "garmin fr945",
      "distance_m": 10166.5,
      "duration_s": 3494,
      "moving_pace_s_per_km": 343.7,
      "moving_time_s": 3494,
      "run_id": "2026-04-19-run.fit",
      "sport": "running",
      "start_time": "2026-04-19T06:31:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.8,
      "device": "garmin fr945",
      "distance_m": 9230.5,
      "duration_s": 3106,
      "moving_pace_s_per_km": 336.5,
      "moving_time_s": 3106,
      "run_id": "2026-04-20-run.fit",
      "sport": "running",
      "start_time": "2026-04-20T07:25:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.9,
      "device": "garmin fr945",
      "distance_m": 8639.0,
      "duration_s": 2884,
      "moving_pace_s_per_km": 333.8,
      "moving_time_s": 2884,
      "run_id": "2026-04-22-run.fit",
      "sport": "running",
      "start_time": "2026-04-22T08:23:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.2,
      "device": "garmin fr945",
      "distance_m": 10502.8,
      "duration_s": 3356,
      "moving_pace_s_per_km": 319.5,
      "moving_time_s": 3356,
      "run_id": "2026-04-23-run.fit",
      "sport": "running",
      "start_time": "2026-04-23T06:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.5,
      "device": "garmin fr945",
      "distance_m": 10081.6,
      "duration_s": 3186,
      "moving_pace_s_per_km": 316.0,
      "moving_time_s": 3186,
      "run_id": "2026-04-24-run.fit",
      "sport": "running",
      "start_time": "2026-04-24T08:20:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.7,
      "device": "garmin fr945",
      "distance_m": 13909.0,
      "duration_s": 4682,
      "moving_pace_s_per_km": 336.6,
      "moving_time_s": 4682,
      "run_id": "2026-04-25-run.fit",
      "sport": "running",
      "start_time": "2026-04-25T06:09:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.5,
      "device": "garmin fr945",
      "distance_m": 9017.7,
      "duration_s": 2951,
      "moving_pace_s_per_km": 327.2,
      "moving_time_s": 2951,
      "run_id": "2026-04-27-run.fit",
      "sport": "running",
      "start_time": "2026-04-27T07:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.6,
      "device": "garmin fr945",
      "distance_m": 10552.7,
      "duration_s": 3514,
      "moving_pace_s_per_km": 333.0,
      "moving_time_s": 3514,
      "run_id": "2026-04-29-run.fit",
      "sport": "running",
      "start_time": "2026-04-29T07:35:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.3,
      "device": "garmin fr945",
      "distance_m": 14818.2,
      "duration_s": 5092,
      "moving_pace_s_per_km": 343.6,
      "moving_time_s": 5092,
      "run_id": "2026-05-02-run.fit",
      "sport": "running",
      "start_time": "2026-05-02T06:10:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 152.5,
      "device": "garmin fr945",
      "distance_m": 10143.1,
      "duration_s": 3554,
      "moving_pace_s_per_km": 350.4,
      "moving_time_s": 3554,
      "run_id": "2026-05-03-run.fit",
      "sport": "running",
      "start_time": "2026-05-03T06:06:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.2,
      "device": "garmin fr945",
      "distance_m": 9574.6,
      "duration_s": 3054,
      "moving_pace_s_per_km": 319.0,
      "moving_time_s": 3054,
      "run_id": "2026-05-05-run.fit",
      "sport": "running",
      "start_time": "2026-05-05T06:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.1,
      "device": "garmin fr945",
      "distance_m": 9646.5,
      "duration_s": 3090,
      "moving_pace_s_per_km": 320.3,
      "moving_time_s": 3090,
      "run_id": "2026-05-07-run.fit",
      "sport": "running",
      "start_time": "2026-05-07T08:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.2,
      "device": "garmin fr945",
      "distance_m": 10961.8,
      "duration_s": 3749,
      "moving_pace_s_per_km": 342.0,
      "moving_time_s": 3749,
      "run_id": "2026-05-08-run.fit",
      "sport": "running",
      "start_time": "2026-05-08T07:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.4,
      "device": "garmin fr945",
      "distance_m": 15728.6,
      "duration_s": 5195,
      "moving_pace_s_per_km": 330.3,
      "moving_time_s": 5195,
      "run_id": "2026-05-09-run.fit",
      "sport": "running",
      "start_time": "2026-05-09T06:36:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.8,
      "device": "garmin fr945",
      "distance_m": 9874.4,
      "duration_s": 3449,
      "moving_pace_s_per_km": 349.3,
      "moving_time_s": 3449,
      "run_id": "2026-05-11-run.fit",
      "sport": "running",
      "start_time": "2026-05-11T06:32:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.7,
      "device": "garmin fr945",
      "distance_m": 8537.6,
      "duration_s": 2780,
      "moving_pace_s_per_km": 325.6,
      "moving_time_s": 2780,
      "run_id": "2026-05-12-run.fit",
      "sport": "running",
      "start_time": "2026-05-12T06:02:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.5,
      "device": "garmin fr945",
      "distance_m": 10022.1,
      "duration_s": 3345,
      "moving_pace_s_per_km": 333.8,
      "moving_time_s": 3345,
      "run_id": "2026-05-13-run.fit",
      "sport": "running",
      "start_time": "2026-05-13T06:35:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.7,
      "device": "garmin fr945",
      "distance_m": 16637.0,
      "duration_s": 5285,
      "moving_pace_s_per_km": 317.7,
      "moving_time_s": 5285,
      "run_id": "2026-05-16-run.fit",
      "sport": "running",
      "start_time": "2026-05-16T08:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.8,
      "device": "garmin fr945",
      "distance_m": 10150.0,
      "duration_s": 3344,
      "moving_pace_s_per_km": 329.5,
      "moving_time_s": 3344,
      "run_id": "2026-05-17-run.fit",
      "sport": "running",
      "start_time": "2026-05-17T06:39:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.1,
      "device": "garmin fr945",
      "distance_m": 8785.6,
      "duration_s": 2818,
      "moving_pace_s_per_km": 320.8,
      "moving_time_s": 2818,
      "run_id": "2026-05-19-run.fit",
      "sport": "running",
      "start_time": "2026-05-19T07:04:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.3,
      "device": "garmin fr945",
      "distance_m": 9111.1,
      "duration_s": 2901,
      "moving_pace_s_per_km": 318.4,
      "moving_time_s": 2901,
      "run_id": "2026-05-21-run.fit",
      "sport": "running",
      "start_time": "2026-05-21T06:59:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.0,
      "device": "garmin fr945",
      "distance_m": 9076.0,
      "duration_s": 3025,
      "moving_pace_s_per_km": 333.3,
      "moving_time_s": 3025,
      "run_id": "2026-05-22-run.fit",
      "sport": "running",
      "start_time": "2026-05-22T06:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.5,
      "device": "garmin fr945",
      "distance_m": 16899.8,
      "duration_s": 5596,
      "moving_pace_s_per_km": 331.1,
      "moving_time_s": 5596,
      "run_id": "2026-05-23-run.fit",
      "sport": "running",
      "start_time": "2026-05-23T06:15:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.9,
      "device": "garmin fr945",
      "distance_m": 9465.0,
      "duration_s": 3165,
      "moving_pace_s_per_km": 334.4,
      "moving_time_s": 3165,
      "run_id": "2026-05-26-run.fit",
      "sport": "running",
      "start_time": "2026-05-26T08:25:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 152.0,
      "device": "garmin fr945",
      "distance_m": 10043.7,
      "duration_s": 3593,
      "moving_pace_s_per_km": 357.7,
      "moving_time_s": 3593,
      "run_id": "2026-05-27-run.fit",
      "sport": "running",
      "start_time": "2026-05-27T08:18:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.0,
      "device": "garmin fr945",
      "distance_m": 10516.0,
      "duration_s": 3469,
      "moving_pace_s_per_km": 329.9,
      "moving_time_s": 3469,
      "run_id": "2026-05-28-run.fit",
      "sport": "running",
      "start_time": "2026-05-28T08:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.7,
      "device": "garmin fr945",
      "distance_m": 16899.8,
      "duration_s": 5550,
      "moving_pace_s_per_km": 328.4,
      "moving_time_s": 5550,
      "run_id": "2026-05-30-run.fit",
      "sport": "running",
      "start_time": "2026-05-30T08:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.2,
      "device": "garmin fr945",
      "distance_m": 10217.1,
      "duration_s": 3377,
      "moving_pace_s_per_km": 330.5,
      "moving_time_s": 3377,
      "run_id": "2026-05-31-run.fit",
      "sport": "running",
      "start_time": "2026-05-31T07:58:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.6,
      "device": "garmin fr945",
      "distance_m": 11174.1,
      "duration_s": 3757,
      "moving_pace_s_per_km": 336.2,
      "moving_time_s": 3757,
      "run_id": "2026-06-01-run.fit",
      "sport": "running",
      "start_time": "2026-06-01T07:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.7,
      "device": "garmin fr945",
      "distance_m": 11122.9,
      "duration_s": 3709,
      "moving_pace_s_per_km": 333.5,
      "moving_time_s": 3709,
      "run_id": "2026-06-04-run.fit",
      "sport": "running",
      "start_time": "2026-06-04T07:52:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.3,
      "device": "garmin fr945",
      "distance_m": 9331.7,
      "duration_s": 2975,
      "moving_pace_s_per_km": 318.8,
      "moving_time_s": 2975,
      "run_id": "2026-06-05-run.fit",
      "sport": "running",
      "start_time": "2026-06-05T08:09:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.9,
      "device": "garmin fr945",
      "distance_m": 16897.7,
      "duration_s": 5677,
      "moving_pace_s_per_km": 336.0,
      "moving_time_s": 5677,
      "run_id": "2026-06-06-run.fit",
      "sport": "running",
      "start_time": "2026-06-06T08:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.9,
      "device": "garmin fr945",
      "distance_m": 9908.0,
      "duration_s": 3197,
      "moving_pace_s_per_km": 322.7,
      "moving_time_s": 3197,
      "run_id": "2026-06-07-run.fit",
      "sport": "running",
      "start_time": "2026-06-07T07:56:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.2,
      "device": "garmin fr945",
      "distance_m": 10323.6,
      "duration_s": 3523,
      "moving_pace_s_per_km": 341.3,
      "moving_time_s": 3523,
      "run_id": "2026-06-08-run.fit",
      "sport": "running",
      "start_time": "2026-06-08T07:53:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.1,
      "device": "garmin fr945",
      "distance_m": 10656.7,
      "duration_s": 3680,
      "moving_pace_s_per_km": 345.3,
      "moving_time_s": 3680,
      "run_id": "2026-06-09-run.fit",
      "sport": "running",
      "start_time": "2026-06-09T07:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.8,
      "device": "garmin fr945",
      "distance_m": 9659.7,
      "duration_s": 3122,
      "moving_pace_s_per_km": 323.2,
      "moving_time_s": 3122,
      "run_id": "2026-06-12-run.fit",
      "sport": "running",
      "start_time": "2026-06-12T06:51:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.1,
      "device": "garmin fr945",
      "distance_m": 16897.0,
      "duration_s": 5283,
      "moving_pace_s_per_km": 312.7,
      "moving_time_s": 5283,
      "run_id": "2026-06-13-run.fit",
      "sport": "running",
      "start_time": "2026-06-13T06:20:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.5,
      "device": "garmin fr945",
      "distance_m": 8646.7,
      "duration_s": 2733,
      "moving_pace_s_per_km": 316.1,
      "moving_time_s": 2733,
      "run_id": "2026-06-14-run.fit",
      "sport": "running",
      "start_time": "2026-06-14T08:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.6,
      "device": "garmin fr945",
      "distance_m": 11023.5,
      "duration_s": 3679,
      "moving_pace_s_per_km": 333.7,
      "moving_time_s": 3679,
      "run_id": "2026-06-16-run.fit",
      "sport": "running",
      "start_time": "2026-06-16T07:16:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.1,
      "device": "garmin fr945",
      "distance_m": 9519.8,
      "duration_s": 3278,
      "moving_pace_s_per_km": 344.3,
      "moving_time_s": 3278,
      "run_id": "2026-06-18-run.fit",
      "sport": "running",
      "start_time": "2026-06-18T06:26:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.6,
      "device": "garmin fr945",
      "distance_m": 8853.9,
      "duration_s": 3112,
      "moving_pace_s_per_km": 351.5,
      "moving_time_s": 3112,
      "run_id": "2026-06-19-run.fit",
      "sport": "running",
      "start_time": "2026-06-19T06:25:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.4,
      "device": "garmin fr945",
      "distance_m": 16898.3,
      "duration_s": 5421,
      "moving_pace_s_per_km": 320.8,
      "moving_time_s": 5421,
      "run_id": "2026-06-20-run.fit",
      "sport": "running",
      "start_time": "2026-06-20T07:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.1,
      "device": "garmin fr945",
      "distance_m": 10044.0,
      "duration_s": 3418,
      "moving_pace_s_per_km": 340.3,
      "moving_time_s": 3418,
      "run_id": "2026-06-21-run.fit",
      "sport": "running",
      "start_time": "2026-06-21T07:56:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.0,
      "device": "garmin fr945",
      "distance_m": 8954.7,
      "duration_s": 3102,
      "moving_pace_s_per_km": 346.4,
      "moving_time_s": 3102,
      "run_id": "2026-06-23-run.fit",
      "sport": "running",
      "start_time": "2026-06-23T06:34:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 153.3,
      "device": "garmin fr945",
      "distance_m": 10114.7,
      "duration_s": 3437,
      "moving_pace_s_per_km": 339.8,
      "moving_time_s": 3437,
      "run_id": "2026-06-26-run.fit",
      "sport": "running",
      "start_time": "2026-06-26T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.6,
      "device": "garmin fr945",
      "distance_m": 16899.3,
      "duration_s": 5330,
      "moving_pace_s_per_km": 315.4,
      "moving_time_s": 5330,
      "run_id": "2026-06-27-run.fit",
      "sport": "running",
      "start_time": "2026-06-27T06:55:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.6,
      "device": "garmin fr945",
      "distance_m": 9400.8,
      "duration_s": 3070,
      "moving_pace_s_per_km": 326.6,
      "moving_time_s": 3070,
      "run_id": "2026-06-28-run.fit",
      "sport": "running",
      "start_time": "2026-06-28T08:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.4,
      "device": "garmin fr945",
      "distance_m": 9282.1,
      "duration_s": 3048,
      "moving_pace_s_per_km": 328.4,
      "moving_time_s": 3048,
      "run_id": "2026-06-30-run.fit",
      "sport": "running",
      "start_time": "2026-06-30T07:51:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.4,
      "device": "garmin fr945",
      "distance_m": 9323.2,
      "duration_s": 2949,
      "moving_pace_s_per_km": 316.3,
      "moving_time_s": 2949,
      "run_id": "2026-07-03-run.fit",
      "sport": "running",
      "start_time": "2026-07-03T06:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.3,
      "device": "garmin fr945",
      "distance_m": 16898.4,
      "duration_s": 5598,
      "moving_pace_s_per_km": 331.3,
      "moving_time_s": 5598,
      "run_id": "2026-07-04-run.fit",
      "sport": "running",
      "start_time": "2026-07-04T06:44:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 154.9,
      "device": "garmin fr945",
      "distance_m": 9651.9,
      "duration_s": 3228,
      "moving_pace_s_per_km": 334.4,
      "moving_time_s": 3228,
      "run_id": "2026-07-05-run.fit",
      "sport": "running",
      "start_time": "2026-07-05T06:18:00Z",
      "warnings": []
    }
  ],
  "schema_version": 1,
  "skipped": [],
  "weeks": [
    {
      "coverage_days": 5,
      "distance_km": 37.65,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "pfp": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        }
      },
      "week": "2026-W10",
      "week_start": "2026-03-02"
    },
    {
      "coverage_days": 4,
      "distance_km": 30.68,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "pfp": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        }
      },
      "week": "2026-W11",
      "week_start": "2026-03-09"
    },
    {
      "coverage_days": 4,
      "distance_km": 30.53,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "pfp": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        }
      },
      "week": "2026-W12",
      "week_start": "2026-03-16"
    },
    {
      "coverage_days": 5,
      "distance_km": 37.33,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "pfp": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        }
      },
      "week": "2026-W13",
      "week_start": "2026-03-23"
    },
    {
      "coverage_days": 4,
      "distance_km": 29.87,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W14",
      "week_start": "2026-03-30"
    },
    {
      "coverage_days": 4,
      "distance_km": 26.83,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W15",
      "week_start": "2026-04-06"
    },
    {
      "coverage_days": 4,
      "distance_km": 44.41,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W16",
      "week_start": "2026-04-13"
    },
    {
      "coverage_days": 5,
      "distance_km": 52.36,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W17",
      "week_start": "2026-04-20"
    },
    {
      "coverage_days": 4,
      "distance_km": 44.53,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W18",
      "week_start": "2026-04-27"
    },
    {
      "coverage_days": 4,
      "distance_km": 45.91,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "low",
          "points": 1,
          "rules": [
            "L1"
          ]
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W19",
      "week_start": "2026-05-04"
    },
    {
      "coverage_days": 5,
      "distance_km": 55.22,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W20",
      "week_start": "2026-05-11"
    },
    {
      "coverage_days": 4,
      "distance_km": 43.87,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W21",
      "week_start": "2026-05-18"
    },
    {
      "coverage_days": 5,
      "distance_km": 57.14,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W22",
      "week_start": "2026-05-25"
    },
    {
      "coverage_days": 5,
      "distance_km": 58.43,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W23",
      "week_start": "2026-06-01"
    },
    {
      "coverage_days": 5,
      "distance_km": 56.18,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W24",
      "week_start": "2026-06-08"
    },
    {
      "coverage_days": 5,
      "distance_km": 56.34,
      "runs": 5,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W25",
      "week_start": "2026-06-15"
    },
    {
      "coverage_days": 4,
      "distance_km": 45.37,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W26",
      "week_start": "2026-06-22"
    },
    {
      "coverage_days": 4,
      "distance_km": 45.16,
      "runs": 4,
      "scores": {
        "itbs": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "patellar_tendinopathy": {
          "level": "none",
          "points": 0,
          "rules": []
        },
        "pfp": {
          "level": "none",
          "points": 0,
          "rules": []
        }
      },
      "week": "2026-W27",
      "week_start": "2026-06-29"
    }
  ]
}
ñö
report.htmlÖö<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knee-load screening ‚Äî ana-ramp</title>
<style>
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
  background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem;
  border-bottom: 2px solid #0072B2; } h3 { font-size: 1.05rem; margin-bottom: .25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.level { display: inline-block; padding: 0 .5rem; border-radius: .25rem; font-weight: 600;
  border: 1px solid #666; }
.level-none { background: #f2f2f2; } .level-low { background: #56B4E9; }
.level-moderate { background: #E69F00; } .level-high { background: #D55E00; color: #fff; }
table.strip td { min-width: 1.6rem; text-align: center; font-size: .75rem; padding: .1rem; }
article.presentation { border-left: 4px solid #0072B2; padding-left: .75rem; margin: 1rem 0; }
figure { margin: 1rem 0; } svg { max-width: 100%; height: auto; }
.disclaimer { font-weight: 600; border-top: 2px solid #0072B2; padding-top: .5rem; margin-top: 2rem; }
@media print {
  body { max-width: none; padding: 0; } .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; } section, article, figure { break-inside: avoid-page; }
  details > * { display: block; }
}
</style>
</head>
<body>
<header>
<h1>Knee-load screening: ana-ramp</h1>
<dl class="facts">
<dt>Season</dt><dd>2026-03-02 to 2026-07-05</dd>
<dt>As of</dt><dd>2026-07-05 (the last recorded activity)</dd>
<dt>Data coverage</dt><dd>80 of 126 days have a recorded activity, over 18 ISO weeks. Days without a recording are unknown, not rest.</dd>
<dt>Activities</dt><dd>80 (80 running)</dd>
<dt>Devices seen</dt><dd>garmin fr945</dd>
</dl>
</header>
<main>
<section id="now">
<h2>Now (week 2026-W27)</h2>
<p>Each level counts the rules that fired in the last ISO week or in the 28 days before its Sunday. The knee is the site, rarely the source ‚Äî look above (hip, pelvis) and at load.</p>
<article class="presentation">
<h3>Patellofemoral pain <span class="level level-none">none</span></h3>
<p>No pattern consistent with patellofemoral pain from the rules computed so far (0 points).</p>
<details><summary>What helps and what to avoid</summary>
<p>Do:</p>
<ul>
<li>Add hip abductor and external-rotator strengthening to quadriceps work (Lack 2015 BJSM meta-analysis; Ferber 2015 RCT: hip eased pain about a week sooner).</li>
<li>Gait retraining to reduce peak hip adduction.</li>
<li>Raise cadence by 5‚Äì10 % of the runner&#39;s own preferred cadence (Heiderscheit 2011; Lenhart 2014).</li>
</ul>
<p>Don't:</p>
<ul>
<li>Don&#39;t add long runs, hills or descents suddenly ‚Äî keep load increases gradual (Frandsen 2025).</li>
<li>Don&#39;t treat hip weakness as the proven cause ‚Äî it is an associated deficit (Bolgla 2008; Rathleff 2014).</li>
<li>Don&#39;t aim for a fixed 180 steps/min; use the runner&#39;s own cadence +5‚Äì10 %.</li>
</ul>
</details>
</article>
<article class="presentation">
<h3>Iliotibial band syndrome <span class="level level-none">none</span></h3>
<p>No pattern consistent with iliotibial band syndrome from the rules computed so far (0 points).</p>
<details><summary>What helps and what to avoid</summary>
<p>Do:</p>
<ul>
<li>Raise cadence by 5‚Äì10 % of the runner&#39;s own preferred cadence (immediate effect).</li>
<li>Hip strengthening (longer term).</li>
<li>Build long and downhill runs gradually.</li>
</ul>
<p>Don't:</p>
<ul>
<li>Don&#39;t rely on foam rolling or ITB stretching ‚Äî adjuncts only; the ITB lengthens &lt;0.5 % when stretched (Falvey 2010) and the pain is compression, not friction (Fairclough 2006).</li>
<li>Don&#39;t spike the long run (Frandsen 2025).</li>
</ul>
</details>
</article>
<article class="presentation">
<h3>Patellar tendinopathy <span class="level level-none">none</span></h3>
<p>No pattern consistent with patellar tendinopathy from the rules computed so far (0 points).</p>
<details><summary>What helps and what to avoid</summary>
<p>Do:</p>
<ul>
<li>Heavy slow resistance and progressive tendon loading.</li>
<li>Pain-monitored return to running (Silbernagel 2007; Malliaras 2015).</li>
</ul>
<p>Don't:</p>
<ul>
<li>Don&#39;t rest completely.</li>
<li>Don&#39;t spike load ‚Äî jumps, speed work, hills or distance (Frandsen 2025).</li>
<li>Don&#39;t rely on ice or NSAIDs: limited long-term value.</li>
</ul>
</details>
</article>
</section>
<section id="weekly-distance">
<h2>Weekly running distance</h2>
<figure>
<div class="scroll">
<svg viewBox="0 0 640.0 240.0" width="640.0" height="240.0" role="img" aria-labelledby="chart-title chart-desc">
<title id="chart-title">Weekly running distance (km)</title>
<desc id="chart-desc">Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 58.4 km in 2026-W23. Triangles mark weeks with an L1 session spike: 2026-W10, 2026-W16.</desc>
<line x1="44.0" y1="212.0" x2="632.0" y2="212.0" stroke="#666"/>
<line x1="44.0" y1="24.0" x2="44.0" y2="212.0" stroke="#666"/>
<text x="40.0" y="212.0" text-anchor="end" font-size="11">0</text>
<text x="40.0" y="28.0" text-anchor="end" font-size="11">100</text>
<text x="40.0" y="14.0" text-anchor="end" font-size="11">km</text>
<rect x="48.9" y="141.2" width="22.9" height="70.8" fill="#0072B2"><title>2026-W10: 37.6 km</title></rect>
<path d="M55.3 128.2 L65.3 128.2 L60.3 137.2 Z" fill="#D55E00"><title>2026-W10: L1 session spike</title></path>
<text x="60.3" y="230.0" text-anchor="middle" font-size="10">W10</text>
<rect x="81.6" y="154.3" width="22.9" height="57.7" fill="#0072B2"><title>2026-W11: 30.7 km</title></rect>
<rect x="114.2" y="154.6" width="22.9" height="57.4" fill="#0072B2"><title>2026-W12: 30.5 km</title></rect>
<text x="125.7" y="230.0" text-anchor="middle" font-size="10">W12</text>
<rect x="146.9" y="141.8" width="22.9" height="70.2" fill="#0072B2"><title>2026-W13: 37.3 km</title></rect>
<rect x="179.6" y="155.9" width="22.9" height="56.1" fill="#0072B2"><title>2026-W14: 29.9 km</title></rect>
<text x="191.0" y="230.0" text-anchor="middle" font-size="10">W14</text>
<rect x="212.2" y="161.6" width="22.9" height="50.4" fill="#0072B2"><title>2026-W15: 26.8 km</title></rect>
<rect x="244.9" y="128.5" width="22.9" height="83.5" fill="#0072B2"><title>2026-W16: 44.4 km</title></rect>
<path d="M251.3 115.5 L261.3 115.5 L256.3 124.5 Z" fill="#D55E00"><title>2026-W16: L1 session spike</title></path>
<text x="256.3" y="230.0" text-anchor="middle" font-size="10">W16</text>
<rect x="277.6" y="113.6" width="22.9" height="98.4" fill="#0072B2"><title>2026-W17: 52.4 km</title></rect>
<rect x="310.2" y="128.3" width="22.9" height="83.7" fill="#0072B2"><title>2026-W18: 44.5 km</title></rect>
<text x="321.7" y="230.0" text-anchor="middle" font-size="10">W18</text>
<rect x="342.9" y="125.7" width="22.9" height="86.3" fill="#0072B2"><title>2026-W19: 45.9 km</title></rect>
<rect x="375.6" y="108.2" width="22.9" height="103.8" fill="#0072B2"><title>2026-W20: 55.2 km</title></rect>
<text x="387.0" y="230.0" text-anchor="middle" font-size="10">W20</text>
<rect x="408.2" y="129.5" width="22.9" height="82.5" fill="#0072B2"><title>2026-W21: 43.9 km</title></rect>
<rect x="440.9" y="104.6" width="22.9" height="107.4" fill="#0072B2"><title>2026-W22: 57.1 km</title></rect>
<text x="452.3" y="230.0" text-anchor="middle" font-size="10">W22</text>
<rect x="473.6" y="102.1" width="22.9" height="109.9" fill="#0072B2"><title>2026-W23: 58.4 km</title></rect>
<rect x="506.2" y="106.4" width="22.9" height="105.6" fill="#0072B2"><title>2026-W24: 56.2 km</title></rect>
<text x="517.7" y="230.0" text-anchor="middle" font-size="10">W24</text>
<rect x="538.9" y="106.1" width="22.9" height="105.9" fill="#0072B2"><title>2026-W25: 56.3 km</title></rect>
<rect x="571.6" y="126.7" width="22.9" height="85.3" fill="#0072B2"><title>2026-W26: 45.4 km</title></rect>
<text x="583.0" y="230.0" text-anchor="middle" font-size="10">W26</text>
<rect x="604.2" y="127.1" width="22.9" height="84.9" fill="#0072B2"><title>2026-W27: 45.2 km</title></rect>
</svg>
</div>
<figcaption>Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 58.4 km in 2026-W23. Triangles mark weeks with an L1 session spike: 2026-W10, 2026-W16.</figcaption>
</figure>
<div class="scroll"><table>
<caption>Weekly distance in numbers</caption>
<thead><tr><th>Week</th><th>Starts</th><th class="num">Distance (km)</th><th class="num">Runs</th><th class="num">Days recorded</th><th class="num">L1 spikes</th></tr></thead>
<tbody>
<tr><td>2026-W10</td><td>2026-03-02</td><td class="num">37.6</td><td class="num">5</td><td class="num">5</td><td class="num">1</td></tr>
<tr><td>2026-W11</td><td>2026-03-09</td><td class="num">30.7</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W12</td><td>2026-03-16</td><td class="num">30.5</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W13</td><td>2026-03-23</td><td class="num">37.3</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W14</td><td>2026-03-30</td><td class="num">29.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W15</td><td>2026-04-06</td><td class="num">26.8</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W16</td><td>2026-04-13</td><td class="num">44.4</td><td class="num">4</td><td class="num">4</td><td class="num">2</td></tr>
<tr><td>2026-W17</td><td>2026-04-20</td><td class="num">52.4</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W18</td><td>2026-04-27</td><td class="num">44.5</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W19</td><td>2026-05-04</td><td class="num">45.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W20</td><td>2026-05-11</td><td class="num">55.2</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W21</td><td>2026-05-18</td><td class="num">43.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W22</td><td>2026-05-25</td><td class="num">57.1</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W23</td><td>2026-06-01</td><td class="num">58.4</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W24</td><td>2026-06-08</td><td class="num">56.2</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W25</td><td>2026-06-15</td><td class="num">56.3</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W26</td><td>2026-06-22</td><td class="num">45.4</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W27</td><td>2026-06-29</td><td class="num">45.2</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
</tbody>
</table></div>
</section>
<section id="levels-by-week">
<h2>Level by week</h2>
<p>n = none, L = low, M = moderate, H = high. Hover or read the table cell titles for points and rules.</p>
<div class="scroll"><table class="strip">
<thead><tr><th>Presentation</th><th scope="col" title="2026-W10">10</th><th scope="col" title="2026-W11">11</th><th scope="col" title="2026-W12">12</th><th scope="col" title="2026-W13">13</th><th scope="col" title="2026-W14">14</th><th scope="col" title="2026-W15">15</th><th scope="col" title="2026-W16">16</th><th scope="col" title="2026-W17">17</th><th scope="col" title="2026-W18">18</th><th scope="col" title="2026-W19">19</th><th scope="col" title="2026-W20">20</th><th scope="col" title="2026-W21">21</th><th scope="col" title="2026-W22">22</th><th scope="col" title="2026-W23">23</th><th scope="col" title="2026-W24">24</th><th scope="col" title="2026-W25">25</th><th scope="col" title="2026-W26">26</th><th scope="col" title="2026-W27">27</th></tr></thead>
<tbody>
<tr><th scope="row">Patellofemoral pain</th><td class="level level-low" title="2026-W10: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W11: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W12: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W13: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
<tr><th scope="row">Iliotibial band syndrome</th><td class="level level-low" title="2026-W10: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W11: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W12: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W13: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-low" title="2026-W16: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W17: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W18: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W19: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
<tr><th scope="row">Patellar tendinopathy</th><td class="level level-low" title="2026-W10: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W11: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W12: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W13: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
</tbody>
</table></div>
</section>
<section id="flagged-runs">
<h2>Flagged runs</h2>
<div class="scroll"><table>
<thead><tr><th>Date</th><th>Run</th><th>Rule</th><th>Band</th><th class="num">Value</th><th class="num">Threshold</th><th class="num">Baseline</th><th>Source</th><th>Detail</th></tr></thead>
<tbody>
<tr><td>2026-03-07</td><td>2026-03-07-run.fit</td><td>L1</td><td>moderate</td><td class="num">1.33√ó</td><td class="num">&gt;1.30√ó</td><td class="num">7.1 km</td><td>Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners</td><td>distance 9.5 km is 1.33√ó the longest run of the previous 30 days (7.1 km): moderate session spike (&gt;1.30)</td></tr>
<tr><td>2026-04-14</td><td>2026-04-14-run.fit</td><td>L1</td><td>small</td><td class="num">1.18√ó</td><td class="num">&gt;1.10√ó</td><td class="num">9.0 km</td><td>Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners</td><td>distance 10.7 km is 1.18√ó the longest run of the previous 30 days (9.0 km): small session spike (&gt;1.10)</td></tr>
<tr><td>2026-04-18</td><td>2026-04-18-run.fit</td><td>L1</td><td>small</td><td class="num">1.22√ó</td><td class="num">&gt;1.10√ó</td><td class="num">10.7 km</td><td>Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners</td><td>distance 13.0 km is 1.22√ó the longest run of the previous 30 days (10.7 km): small session spike (&gt;1.10)</td></tr>
</tbody>
</table></div>
</section>
<section id="data-quality">
<h2>Skipped inputs and data quality</h2>
<p>No input was skipped.</p>
</section>
<section id="method">
<h2>Method and sources</h2>
<p>Each presentation gets points from the rules that fired; 0 points is none, 1 low, 2‚Äì3 moderate,
4 or more high. A week counts every rule that fired in that ISO week or in the 28 days before its
Sunday, each rule once per presentation. The level is a pattern-consistency level, not an injury
probability.</p>
<h3>Computed</h3>
<ul>
<li><strong>L1 session spike</strong>: a run's distance √∑ the longest run that started in the
30 days before it (earlier runs the same day included). Above 1.10 is small, above 1.30 moderate,
above 2.0 large (study values; the scoring stage's parameters may change them ‚Äî each flagged run shows the
threshold used). Without an earlier run in that window the rule reports insufficient data.
Source: Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners (adjusted hazard 1.64 for >1.10‚Äì1.30,
1.52 for >1.30‚Äì2.0, 2.28 for >2.0).
Counts +1 for patellofemoral pain and patellar tendinopathy when moderate or large, and +1 for
iliotibial band syndrome when at least small on a long run (at or above the 75th percentile of the
previous 30 days' run distances, linear interpolation).</li>
</ul>
<h3>Not computed yet</h3>
<p>Weekly progression (L2), acute:chronic ratio (L3), monotony and strain (L4), fitness/fatigue (L5),
TRIMP (L6), cadence and step length at matched speed (G1, G2), asymmetry (G3), descent load (D1),
high-intensity volume (D2), kinematics (K1‚ÄìK4) and symptom monitoring (S1) are not computed in this
version. They add no points: a level here can only be lower than a full assessment's, never higher.</p>
</section>
</main>
<footer><p class="disclaimer">This is a screening summary, not a diagnosis ‚Äî a clinical assessment decides.</p></footer>
</body>
</html>
‡Y
runs.csv”Yathlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,duration_s,moving_pace_s_per_km,device
ana-ramp,2026-03-02-run.fit,2026-03-02T08:08:00Z,running,6522.6,2289,153.7,,1.109,295.2,52.60,97.4,163.1,137.4,96.8,2289,350.9,garmin fr945
ana-ramp,2026-03-03-run.fit,2026-03-03T06:26:00Z,running,7101.3,2294,155.9,,1.191,286.7,52.60,98.4,70.9,71.6,99.4,2294,323.0,garmin fr945
ana-ramp,2026-03-04-run.fit,2026-03-04T07:33:00Z,running,7009.0,2238,156.2,,1.202,285.4,52.59,98.6,68.0,72.0,98.5,2238,319.3,garmin fr945
ana-ramp,2026-03-07-run.fit,2026-03-07T08:26:00Z,running,9456.5,3194,154.6,,1.145,291.4,52.60,97.8,212.0,213.1,141.3,3194,337.8,garmin fr945
ana-ramp,2026-03-08-run.fit,2026-03-08T06:24:00Z,running,7558.7,2415,156.2,,1.201,285.4,52.60,98.5,75.8,76.0,106.9,2415,319.5,garmin fr945
ana-ramp,2026-03-11-run.fit,2026-03-11T08:11:00Z,running,6649.0,2209,155.1,,1.164,289.7,52.61,98.0,65.5,67.7,92.1,2209,332.2,garmin fr945
ana-ramp,2026-03-13-run.fit,2026-03-13T07:29:00Z,running,7683.4,2554,155.1,,1.160,289.6,52.61,98.0,166.4,171.6,113.0,2554,332.4,garmin fr945
ana-ramp,2026-03-14-run.fit,2026-03-14T06:53:00Z,running,8850.2,3070,153.9,,1.120,294.1,52.60,97.5,202.6,196.4,131.5,3070,346.9,garmin fr945
ana-ramp,2026-03-15-run.fit,2026-03-15T07:44:00Z,running,7495.5,2409,156.0,,1.196,286.1,52.60,98.5,72.0,75.8,105.5,2409,321.4,garmin fr945
ana-ramp,2026-03-18-run.fit,2026-03-18T06:57:00Z,running,7121.2,2467,154.0,,1.122,293.9,52.60,97.6,170.4,156.7,104.8,2467,346.4,garmin fr945
ana-ramp,2026-03-20-run.fit,2026-03-20T06:22:00Z,running,7157.9,2326,155.7,,1.185,287.2,52.60,98.3,72.0,70.3,100.5,2326,325.0,garmin fr945
ana-ramp,2026-03-21-run.fit,2026-03-21T06:49:00Z,running,9002.5,2952,155.4,,1.174,288.3,52.60,98.2,200.4,203.9,134.7,2952,327.9,garmin fr945
ana-ramp,2026-03-22-run.fit,2026-03-22T06:39:00Z,running,7251.0,2411,155.1,,1.160,289.7,52.61,98.0,171.2,156.2,108.5,2411,332.5,garmin fr945
ana-ramp,2026-03-23-run.fit,2026-03-23T07:23:00Z,running,7307.0,2473,154.6,,1.146,291.5,52.59,97.8,74.8,72.0,101.4,2473,338.4,garmin fr945
ana-ramp,2026-03-25-run.fit,2026-03-25T07:13:00Z,running,6957.2,2266,155.6,,1.180,287.5,52.61,98.3,165.5,142.7,104.8,2266,325.7,garmin fr945
ana-ramp,2026-03-26-run.fit,2026-03-26T06:41:00Z,running,6405.7,2073,155.8,,1.189,286.8,52.61,98.3,64.0,63.9,89.6,2073,323.6,garmin fr945
ana-ramp,2026-03-27-run.fit,2026-03-27T07:22:00Z,running,7629.0,2502,155.4,,1.176,288.3,52.60,98.2,75.8,76.0,107.0,2502,328.0,garmin fr945
ana-ramp,2026-03-28-run.fit,2026-03-28T06:54:00Z,running,9028.2,3041,154.7,,1.148,291.1,52.60,97.8,196.4,214.1,132.0,3041,336.8,garmin fr945
ana-ramp,2026-03-31-run.fit,2026-03-31T08:30:00Z,running,7664.3,2656,154.0,,1.124,293.9,52.60,97.5,76.0,75.4,105.8,2656,346.5,garmin fr945
ana-ramp,2026-04-03-run.fit,2026-04-03T07:24:00Z,running,6162.1,1984,156.0,,1.191,286.2,52.59,98.4,144.4,134.8,92.0,1984,322.0,garmin fr945
ana-ramp,2026-04-04-run.fit,2026-04-04T06:45:00Z,running,8517.1,2805,155.3,,1.170,288.7,52.60,98.1,208.2,180.0,130.1,2805,329.3,garmin fr945
ana-ramp,2026-04-05-run.fit,2026-04-05T06:08:00Z,running,7521.5,2439,155.7,,1.187,287.0,52.61,98.3,73.3,76.0,105.7,2439,324.3,garmin fr945
ana-ramp,2026-04-06-run.fit,2026-04-06T07:16:00Z,running,6220.1,2080,154.9,,1.157,290.4,52.60,98.0,59.7,63.3,85.6,2080,334.4,garmin fr945
ana-ramp,2026-04-07-run.fit,2026-04-07T07:06:00Z,running,6000.1,1980,155.3,,1.170,288.9,52.60,98.1,60.0,60.0,82.6,1980,330.0,garmin fr945
ana-ramp,2026-04-08-run.fit,2026-04-08T07:32:00Z,running,6027.0,2067,154.2,,1.131,292.9,52.59,97.7,129.8,145.9,85.7,2067,343.0,garmin fr945
ana-ramp,2026-04-11-run.fit,2026-04-11T06:03:00Z,running,8581.9,2965,154.1,,1.124,293.7,52.60,97.6,204.2,178.0,129.2,2965,345.5,garmin fr945
ana-ramp,2026-04-14-run.fit,2026-04-14T06:29:00Z,running,10683.9,3447,155.9,,1.192,286.5,52.60,98.4,107.4,106.6,153.7,3447,322.6,garmin fr945
ana-ramp,2026-04-15-run.fit,2026-04-15T06:01:00Z,running,10561.3,3462,155.5,,1.177,288.2,52.60,98.2,104.0,107.4,150.9,3462,327.8,garmin fr945
ana-ramp,2026-04-18-run.fit,2026-04-18T07:21:00Z,running,12999.2,3946,157.7,,1.252,279.8,52.60,99.2,113.3,301.2,177.8,3946,303.6,garmin fr945
ana-ramp,2026-04-19-run.fit,2026-04-19T06:31:00Z,running,10166.5,3494,154.2,,1.131,293.1,52.60,97.6,103.5,100.0,143.4,3494,343.7,garmin fr945
ana-ramp,2026-04-20-run.fit,2026-04-20T07:25:00Z,running,9230.5,3106,154.8,,1.149,291.0,52.60,97.9,212.1,209.0,137.6,3106,336.5,garmin fr945
ana-ramp,2026-04-22-run.fit,2026-04-22T08:23:00Z,running,8639.0,2884,154.9,,1.156,290.1,52.59,98.0,186.9,209.4,125.8,2884,333.8,garmin fr945
ana-ramp,2026-04-23-run.fit,2026-04-23T06:49:00Z,running,10502.8,3356,156.2,,1.199,285.4,52.59,98.5,226.3,252.6,157.6,3356,319.5,garmin fr945
ana-ramp,2026-04-24-run.fit,2026-04-24T08:20:00Z,running,10081.6,3186,156.5,,1.212,284.3,52.60,98.6,100.0,101.3,145.6,3186,316.0,garmin fr945
ana-ramp,2026-04-25-run.fit,2026-04-25T06:09:00Z,running,13909.0,4682,154.7,,1.151,291.0,52.61,97.9,114.4,306.6,185.0,4682,336.6,garmin fr945
ana-ramp,2026-04-27-run.fit,2026-04-27T07:21:00Z,running,9017.7,2951,155.5,,1.178,288.1,52.60,98.2,88.0,90.8,127.7,2951,327.2,garmin fr945
ana-ramp,2026-04-29-run.fit,2026-04-29T07:35:00Z,running,10552.7,3514,153.6,,1.166,300.3,52.60,95.5,100.8,101.0,150.9,3514,333.0,garmin fr945
ana-ramp,2026-05-02-run.fit,2026-05-02T06:10:00Z,running,14818.2,5092,153.3,,1.135,300.1,52.60,96.0,120.7,311.1,199.0,5092,343.6,garmin fr945
ana-ramp,2026-05-03-run.fit,2026-05-03T06:06:00Z,running,10143.1,3554,152.5,,1.118,304.0,52.60,95.2,103.5,100.0,142.8,3554,350.4,garmin fr945
ana-ramp,2026-05-05-run.fit,2026-05-05T06:28:00Z,running,9574.6,3054,156.2,,1.204,285.2,52.60,98.5,95.4,96.0,137.0,3054,319.0,garmin fr945
ana-ramp,2026-05-07-run.fit,2026-05-07T08:30:00Z,running,9646.5,3090,156.1,,1.196,285.6,52.61,98.5,217.1,223.6,145.4,3090,320.3,garmin fr945
ana-ramp,2026-05-08-run.fit,2026-05-08T07:19:00Z,running,10961.8,3749,153.2,,1.137,301.1,52.59,95.7,240.2,245.2,164.7,3749,342.0,garmin fr945
ana-ramp,2026-05-09-run.fit,2026-05-09T06:36:00Z,running,15728.6,5195,154.4,,1.172,295.5,52.60,96.6,126.5,314.6,215.9,5195,330.3,garmin fr945
ana-ramp,2026-05-11-run.fit,2026-05-11T06:32:00Z,running,9874.4,3449,153.8,,1.114,294.8,52.60,97.4,228.8,214.9,147.4,3449,349.3,garmin fr945
ana-ramp,2026-05-12-run.fit,2026-05-12T06:02:00Z,running,8537.6,2780,155.7,,1.180,287.6,52.60,98.3,210.1,181.8,130.9,2780,325.6,garmin fr945
ana-ramp,2026-05-13-run.fit,2026-05-13T06:35:00Z,running,10022.1,3345,153.5,,1.162,301.2,52.61,95.3,228.2,221.2,152.1,3345,333.8,garmin fr945
ana-ramp,2026-05-16-run.fit,2026-05-16T08:30:00Z,running,16637.0,5285,155.7,,1.209,289.8,52.60,97.4,128.6,322.7,232.9,5285,317.7,garmin fr945
ana-ramp,2026-05-17-run.fit,2026-05-17T06:39:00Z,running,10150.0,3344,153.8,,1.177,300.0,52.60,95.4,100.0,102.5,145.6,3344,329.5,garmin fr945
ana-ramp,2026-05-19-run.fit,2026-05-19T07:04:00Z,running,8785.6,2818,156.1,,1.198,285.9,52.60,98.5,86.7,88.0,125.0,2818,320.8,garmin fr945
ana-ramp,2026-05-21-run.fit,2026-05-21T06:59:00Z,running,9111.1,2901,156.3,,1.205,285.1,52.61,98.5,90.9,91.8,130.3,2901,318.4,garmin fr945
ana-ramp,2026-05-22-run.fit,2026-05-22T06:00:00Z,running,9076.0,3025,155.0,,1.158,290.1,52.60,98.0,213.6,197.0,137.5,3025,333.3,garmin fr945
ana-ramp,2026-05-23-run.fit,2026-05-23T06:15:00Z,running,16899.8,5596,154.5,,1.169,294.4,52.60,96.8,136.0,324.5,234.2,5596,331.1,garmin fr945
ana-ramp,2026-05-26-run.fit,2026-05-26T08:25:00Z,running,9465.0,3165,154.9,,1.155,290.4,52.59,98.0,203.0,215.1,139.8,3165,334.4,garmin fr945
ana-ramp,2026-05-27-run.fit,2026-05-27T08:18:00Z,running,10043.7,3593,152.0,,1.096,305.9,52.60,95.1,216.4,230.5,147.5,3593,357.7,garmin fr945
ana-ramp,2026-05-28-run.fit,2026-05-28T08:01:00Z,running,10516.0,3469,154.0,,1.175,298.8,52.61,95.8,103.3,104.0,151.0,3469,329.9,garmin fr945
ana-ramp,2026-05-30-run.fit,2026-05-30T08:30:00Z,running,16899.8,5550,154.7,,1.177,293.7,52.59,96.9,134.6,325.0,235.0,5550,328.4,garmin fr945
ana-ramp,2026-05-31-run.fit,2026-05-31T07:58:00Z,running,10217.1,3377,154.2,,1.172,297.1,52.60,96.2,103.8,100.0,146.2,3377,330.5,garmin fr945
ana-ramp,2026-06-01-run.fit,2026-06-01T07:19:00Z,running,11174.1,3757,153.6,,1.154,299.7,52.60,95.8,258.2,254.9,169.2,3757,336.2,garmin fr945
ana-ramp,2026-06-04-run.fit,2026-06-04T07:52:00Z,running,11122.9,3709,153.7,,1.162,299.4,52.59,95.7,238.9,255.3,167.6,3709,333.5,garmin fr945
ana-ramp,2026-06-05-run.fit,2026-06-05T08:09:00Z,running,9331.7,2975,156.3,,1.204,285.2,52.60,98.5,92.5,92.0,133.4,2975,318.8,garmin fr945
ana-ramp,2026-06-06-run.fit,2026-06-06T08:03:00Z,running,16897.7,5677,153.9,,1.156,297.4,52.60,96.3,135.6,323.4,233.6,5677,336.0,garmin fr945
ana-ramp,2026-06-07-run.fit,2026-06-07T07:56:00Z,running,9908.0,3197,155.9,,1.189,286.6,52.59,98.4,222.7,225.3,149.7,3197,322.7,garmin fr945
ana-ramp,2026-06-08-run.fit,2026-06-08T07:53:00Z,running,10323.6,3523,153.2,,1.142,300.9,52.60,95.7,101.7,103.4,146.3,3523,341.3,garmin fr945
ana-ramp,2026-06-09-run.fit,2026-06-09T07:30:00Z,running,10656.7,3680,153.1,,1.128,301.3,52.60,95.7,227.3,254.8,156.8,3680,345.3,garmin fr945
ana-ramp,2026-06-12-run.fit,2026-06-12T06:51:00Z,running,9659.7,3122,155.8,,1.188,286.6,52.59,98.4,213.8,221.6,145.2,3122,323.2,garmin fr945
ana-ramp,2026-06-13-run.fit,2026-06-13T06:20:00Z,running,16897.0,5283,156.1,,1.224,288.0,52.60,97.6,133.6,326.2,238.8,5283,312.7,garmin fr945
ana-ramp,2026-06-14-run.fit,2026-06-14T08:11:00Z,running,8646.7,2733,156.5,,1.212,284.3,52.60,98.6,86.5,86.8,123.5,2733,316.1,garmin fr945
ana-ramp,2026-06-16-run.fit,2026-06-16T07:16:00Z,running,11023.5,3679,153.6,,1.164,300.3,52.60,95.5,108.0,112.0,158.1,3679,333.7,garmin fr945
ana-ramp,2026-06-18-run.fit,2026-06-18T06:26:00Z,running,9519.8,3278,154.1,,1.130,293.4,52.61,97.7,95.8,94.9,133.4,3278,344.3,garmin fr945
ana-ramp,2026-06-19-run.fit,2026-06-19T06:25:00Z,running,8853.9,3112,153.6,,1.108,295.5,52.60,97.4,200.0,197.4,130.5,3112,351.5,garmin fr945
ana-ramp,2026-06-20-run.fit,2026-06-20T07:03:00Z,running,16898.3,5421,155.4,,1.200,291.1,52.59,97.2,131.7,321.6,236.4,5421,320.8,garmin fr945
ana-ramp,2026-06-21-run.fit,2026-06-21T07:56:00Z,running,10044.0,3418,153.1,,1.143,302.5,52.60,95.3,215.4,243.9,148.7,3418,340.3,garmin fr945
ana-ramp,2026-06-23-run.fit,2026-06-23T06:34:00Z,running,8954.7,3102,154.0,,1.122,294.0,52.60,97.5,192.4,213.2,130.0,3102,346.4,garmin fr945
ana-ramp,2026-06-26-run.fit,2026-06-26T07:49:00Z,running,10114.7,3437,153.3,,1.144,300.8,52.59,95.7,221.2,230.9,150.0,3437,339.8,garmin fr945
ana-ramp,2026-06-27-run.fit,2026-06-27T06:55:00Z,running,16899.3,5330,155.6,,1.217,290.6,52.60,97.1,136.4,323.8,238.5,5330,315.4,garmin fr945
ana-ramp,2026-06-28-run.fit,2026-06-28T08:21:00Z,running,9400.8,3070,155.6,,1.177,287.8,52.60,98.3,219.7,209.0,142.4,3070,326.6,garmin fr945
ana-ramp,2026-06-30-run.fit,2026-06-30T07:51:00Z,running,9282.1,3048,155.4,,1.172,288.4,52.60,98.2,205.3,208.0,138.5,3048,328.4,garmin fr945
ana-ramp,2026-07-03-run.fit,2026-07-03T06:14:00Z,running,9323.2,2949,156.4,,1.212,284.3,52.59,98.6,90.3,89.8,133.7,2949,316.3,garmin fr945
ana-ramp,2026-07-04-run.fit,2026-07-04T06:44:00Z,running,16898.4,5598,154.3,,1.169,296.1,52.59,96.5,135.7,323.6,234.6,5598,331.3,garmin fr945
ana-ramp,2026-07-05-run.fit,2026-07-05T06:18:00Z,running,9651.9,3228,154.9,,1.155,290.3,52.60,98.0,225.0,215.3,145.4,3228,334.4,garmin fr945
Ÿ

	weeks.csvÀ
athlete,week,week_start,coverage_days,distance_km,runs,pfp_level,pfp_points,pfp_rules,itbs_level,itbs_points,itbs_rules,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules
ana-ramp,2026-W10,2026-03-02,5,37.65,5,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W11,2026-03-09,4,30.68,4,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W12,2026-03-16,4,30.53,4,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W13,2026-03-23,5,37.33,5,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W14,2026-03-30,4,29.87,4,none,0,,none,0,,none,0,
ana-ramp,2026-W15,2026-04-06,4,26.83,4,none,0,,none,0,,none,0,
ana-ramp,2026-W16,2026-04-13,4,44.41,4,none,0,,low,1,L1,none,0,
ana-ramp,2026-W17,2026-04-20,5,52.36,5,none,0,,low,1,L1,none,0,
ana-ramp,2026-W18,2026-04-27,4,44.53,4,none,0,,low,1,L1,none,0,
ana-ramp,2026-W19,2026-05-04,4,45.91,4,none,0,,low,1,L1,none,0,
ana-ramp,2026-W20,2026-05-11,5,55.22,5,none,0,,none,0,,none,0,
ana-ramp,2026-W21,2026-05-18,4,43.87,4,none,0,,none,0,,none,0,
ana-ramp,2026-W22,2026-05-25,5,57.14,5,none,0,,none,0,,none,0,
ana-ramp,2026-W23,2026-06-01,5,58.43,5,none,0,,none,0,,none,0,
ana-ramp,2026-W24,2026-06-08,5,56.18,5,none,0,,none,0,,none,0,
ana-ramp,2026-W25,2026-06-15,5,56.34,5,none,0,,none,0,,none,0,
ana-ramp,2026-W26,2026-06-22,4,45.37,4,none,0,,none,0,,none,0,
ana-ramp,2026-W27,2026-06-29,4,45.16,4,none,0,,none,0,,none,0,
ª
ana-ramp
2026-07-05nonenonenone"ê3¢¥7¯“B@v√∂Eô≠>@Ÿ=yXà>@ÁêΩﬁ©B@†g≥Ís›=@§uT5A‘:@îˆ_ò4F@Ù€◊Ås.J@H…´sDF@T©Ÿ≠ÙF@yóã¯NúK@OG…´ÔE@}DLâ$íL@¨ã√ô7M@9#J{ÉL@UMu+L@WC‚KØF@9(a¶ÌìF@