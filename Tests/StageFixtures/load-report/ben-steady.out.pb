
ReportBundle€Á

ben-steadyµÖ
report.json§Ö{
  "as_of": "2026-07-03",
  "athlete": "ben-steady",
  "disclaimer": "This is a screening summary, not a diagnosis ‚Äî a clinical assessment decides.",
  "fired_rules": [
    {
      "band": "small",
      "baseline": 7843.7,
      "date": "2026-03-03",
      "detail": "distance 8.9 km is 1.13√ó the longest run of the previous 30 days (7.8 km): small session spike (>1.10)",
      "id": "L1",
      "run_id": "2026-03-03-run.fit",
      "source": "Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners",
      "threshold": 1.10,
      "value": 1.1298
    },
    {
      "band": "small",
      "baseline": 8861.7,
      "date": "2026-03-10",
      "detail": "distance 9.8 km is 1.10√ó the longest run of the previous 30 days (8.9 km): small session spike (>1.10)",
      "id": "L1",
      "run_id": "2026-03-10-run.fit",
      "source": "Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners",
      "threshold": 1.10,
      "value": 1.1028
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
      "cadence_spm": 169.7,
      "device": "garmin 3113",
      "distance_m": 7843.7,
      "duration_s": 2418,
      "moving_pace_s_per_km": 308.3,
      "moving_time_s": 2418,
      "run_id": "2026-03-02-run.fit",
      "sport": "running",
      "start_time": "2026-03-02T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.2,
      "device": "garmin 3113",
      "distance_m": 8861.7,
      "duration_s": 2718,
      "moving_pace_s_per_km": 306.7,
      "moving_time_s": 2718,
      "run_id": "2026-03-03-run.fit",
      "sport": "running",
      "start_time": "2026-03-03T08:08:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.7,
      "device": "garmin 3113",
      "distance_m": 7805.7,
      "duration_s": 2408,
      "moving_pace_s_per_km": 308.5,
      "moving_time_s": 2408,
      "run_id": "2026-03-04-run.fit",
      "sport": "running",
      "start_time": "2026-03-04T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 175.0,
      "device": "garmin 3113",
      "distance_m": 8278.3,
      "duration_s": 2499,
      "moving_pace_s_per_km": 301.9,
      "moving_time_s": 2499,
      "run_id": "2026-03-06-run.fit",
      "sport": "running",
      "start_time": "2026-03-06T07:36:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.4,
      "device": "garmin 3113",
      "distance_m": 8769.1,
      "duration_s": 2543,
      "moving_pace_s_per_km": 290.0,
      "moving_time_s": 2543,
      "run_id": "2026-03-09-run.fit",
      "sport": "running",
      "start_time": "2026-03-09T07:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.4,
      "device": "garmin 3113",
      "distance_m": 9773.0,
      "duration_s": 2842,
      "moving_pace_s_per_km": 290.8,
      "moving_time_s": 2842,
      "run_id": "2026-03-10-run.fit",
      "sport": "running",
      "start_time": "2026-03-10T08:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.2,
      "device": "garmin 3113",
      "distance_m": 9132.2,
      "duration_s": 2807,
      "moving_pace_s_per_km": 307.4,
      "moving_time_s": 2807,
      "run_id": "2026-03-11-run.fit",
      "sport": "running",
      "start_time": "2026-03-11T06:47:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 167.9,
      "device": "garmin 3113",
      "distance_m": 9282.6,
      "duration_s": 2887,
      "moving_pace_s_per_km": 311.0,
      "moving_time_s": 2887,
      "run_id": "2026-03-14-run.fit",
      "sport": "running",
      "start_time": "2026-03-14T06:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.9,
      "device": "garmin 3113",
      "distance_m": 9815.4,
      "duration_s": 2831,
      "moving_pace_s_per_km": 288.4,
      "moving_time_s": 2831,
      "run_id": "2026-03-16-run.fit",
      "sport": "running",
      "start_time": "2026-03-16T07:20:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.8,
      "device": "garmin 3113",
      "distance_m": 8269.3,
      "duration_s": 2445,
      "moving_pace_s_per_km": 295.7,
      "moving_time_s": 2445,
      "run_id": "2026-03-17-run.fit",
      "sport": "running",
      "start_time": "2026-03-17T06:12:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.2,
      "device": "garmin 3113",
      "distance_m": 9407.1,
      "duration_s": 2854,
      "moving_pace_s_per_km": 303.4,
      "moving_time_s": 2854,
      "run_id": "2026-03-19-run.fit",
      "sport": "running",
      "start_time": "2026-03-19T06:29:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.4,
      "device": "garmin 3113",
      "distance_m": 8520.1,
      "duration_s": 2504,
      "moving_pace_s_per_km": 293.9,
      "moving_time_s": 2504,
      "run_id": "2026-03-22-run.fit",
      "sport": "running",
      "start_time": "2026-03-22T08:26:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.2,
      "device": "garmin 3113",
      "distance_m": 9266.1,
      "duration_s": 2909,
      "moving_pace_s_per_km": 313.9,
      "moving_time_s": 2909,
      "run_id": "2026-03-24-run.fit",
      "sport": "running",
      "start_time": "2026-03-24T06:44:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.7,
      "device": "garmin 3113",
      "distance_m": 7916.4,
      "duration_s": 2421,
      "moving_pace_s_per_km": 305.8,
      "moving_time_s": 2421,
      "run_id": "2026-03-26-run.fit",
      "sport": "running",
      "start_time": "2026-03-26T08:06:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.5,
      "device": "garmin 3113",
      "distance_m": 8296.1,
      "duration_s": 2528,
      "moving_pace_s_per_km": 304.7,
      "moving_time_s": 2528,
      "run_id": "2026-03-28-run.fit",
      "sport": "running",
      "start_time": "2026-03-28T06:52:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.9,
      "device": "garmin 3113",
      "distance_m": 9960.6,
      "duration_s": 2915,
      "moving_pace_s_per_km": 292.7,
      "moving_time_s": 2915,
      "run_id": "2026-03-29-run.fit",
      "sport": "running",
      "start_time": "2026-03-29T07:35:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.9,
      "device": "garmin 3113",
      "distance_m": 9588.1,
      "duration_s": 2987,
      "moving_pace_s_per_km": 311.5,
      "moving_time_s": 2987,
      "run_id": "2026-03-31-run.fit",
      "sport": "running",
      "start_time": "2026-03-31T06:56:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.9,
      "device": "garmin 3113",
      "distance_m": 9698.6,
      "duration_s": 2810,
      "moving_pace_s_per_km": 289.7,
      "moving_time_s": 2810,
      "run_id": "2026-04-04-run.fit",
      "sport": "running",
      "start_time": "2026-04-04T06:31:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.9,
      "device": "garmin 3113",
      "distance_m": 8870.4,
      "duration_s": 2603,
      "moving_pace_s_per_km": 293.4,
      "moving_time_s": 2603,
      "run_id": "2026-04-05-run.fit",
      "sport": "running",
      "start_time": "2026-04-05T07:38:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 175.0,
      "device": "garmin 3113",
      "distance_m": 9883.3,
      "duration_s": 2876,
      "moving_pace_s_per_km": 291.0,
      "moving_time_s": 2876,
      "run_id": "2026-04-05-run-2.fit",
      "sport": "running",
      "start_time": "2026-04-05T18:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 175.0,
      "device": "garmin 3113",
      "distance_m": 8673.6,
      "duration_s": 2597,
      "moving_pace_s_per_km": 299.4,
      "moving_time_s": 2597,
      "run_id": "2026-04-06-run.fit",
      "sport": "running",
      "start_time": "2026-04-06T08:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.6,
      "device": "garmin 3113",
      "distance_m": 9702.1,
      "duration_s": 3068,
      "moving_pace_s_per_km": 316.2,
      "moving_time_s": 3068,
      "run_id": "2026-04-09-run.fit",
      "sport": "running",
      "start_time": "2026-04-09T07:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.6,
      "device": "garmin 3113",
      "distance_m": 9951.4,
      "duration_s": 3020,
      "moving_pace_s_per_km": 303.5,
      "moving_time_s": 3020,
      "run_id": "2026-04-10-run.fit",
      "sport": "running",
      "start_time": "2026-04-10T08:13:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.9,
      "device": "garmin 3113",
      "distance_m": 9188.6,
      "duration_s": 2717,
      "moving_pace_s_per_km": 295.7,
      "moving_time_s": 2717,
      "run_id": "2026-04-10-run-2.fit",
      "sport": "running",
      "start_time": "2026-04-10T18:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.5,
      "device": "garmin 3113",
      "distance_m": 7966.7,
      "duration_s": 2519,
      "moving_pace_s_per_km": 316.2,
      "moving_time_s": 2519,
      "run_id": "2026-04-16-run.fit",
      "sport": "running",
      "start_time": "2026-04-16T06:05:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.3,
      "device": "garmin 3113",
      "distance_m": 8552.9,
      "duration_s": 2594,
      "moving_pace_s_per_km": 303.3,
      "moving_time_s": 2594,
      "run_id": "2026-04-17-run.fit",
      "sport": "running",
      "start_time": "2026-04-17T06:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 167.8,
      "device": "garmin 3113",
      "distance_m": 9037.9,
      "duration_s": 2705,
      "moving_pace_s_per_km": 299.3,
      "moving_time_s": 2705,
      "run_id": "2026-04-18-run.fit",
      "sport": "running",
      "start_time": "2026-04-18T06:23:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.3,
      "device": "garmin 3113",
      "distance_m": 7996.6,
      "duration_s": 2454,
      "moving_pace_s_per_km": 306.9,
      "moving_time_s": 2454,
      "run_id": "2026-04-19-run.fit",
      "sport": "running",
      "start_time": "2026-04-19T07:41:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.7,
      "device": "garmin 3113",
      "distance_m": 8488.4,
      "duration_s": 2615,
      "moving_pace_s_per_km": 308.1,
      "moving_time_s": 2615,
      "run_id": "2026-04-21-run.fit",
      "sport": "running",
      "start_time": "2026-04-21T07:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.2,
      "device": "garmin 3113",
      "distance_m": 7992.4,
      "duration_s": 2299,
      "moving_pace_s_per_km": 287.6,
      "moving_time_s": 2299,
      "run_id": "2026-04-22-run.fit",
      "sport": "running",
      "start_time": "2026-04-22T07:05:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.5,
      "device": "garmin 3113",
      "distance_m": 8213.2,
      "duration_s": 2475,
      "moving_pace_s_per_km": 301.3,
      "moving_time_s": 2475,
      "run_id": "2026-04-24-run.fit",
      "sport": "running",
      "start_time": "2026-04-24T07:50:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.5,
      "device": "garmin 3113",
      "distance_m": 8775.8,
      "duration_s": 2589,
      "moving_pace_s_per_km": 295.0,
      "moving_time_s": 2589,
      "run_id": "2026-04-25-run.fit",
      "sport": "running",
      "start_time": "2026-04-25T07:12:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.0,
      "device": "garmin 3113",
      "distance_m": 8053.6,
      "duration_s": 2304,
      "moving_pace_s_per_km": 286.1,
      "moving_time_s": 2304,
      "run_id": "2026-04-27-run.fit",
      "sport": "running",
      "start_time": "2026-04-27T07:45:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.5,
      "device": "garmin 3113",
      "distance_m": 9580.2,
      "duration_s": 2845,
      "moving_pace_s_per_km": 297.0,
      "moving_time_s": 2845,
      "run_id": "2026-04-28-run.fit",
      "sport": "running",
      "start_time": "2026-04-28T07:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.8,
      "device": "garmin 3113",
      "distance_m": 7952.3,
      "duration_s": 2479,
      "moving_pace_s_per_km": 311.7,
      "moving_time_s": 2479,
      "run_id": "2026-04-29-run.fit",
      "sport": "running",
      "start_time": "2026-04-29T07:44:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.5,
      "device": "garmin 3113",
      "distance_m": 8698.5,
      "duration_s": 2506,
      "moving_pace_s_per_km": 288.1,
      "moving_time_s": 2506,
      "run_id": "2026-05-02-run.fit",
      "sport": "running",
      "start_time": "2026-05-02T06:40:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 167.6,
      "device": "garmin 3113",
      "distance_m": 9131.1,
      "duration_s": 2643,
      "moving_pace_s_per_km": 289.5,
      "moving_time_s": 2643,
      "run_id": "2026-05-04-run.fit",
      "sport": "running",
      "start_time": "2026-05-04T07:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.9,
      "device": "garmin 3113",
      "distance_m": 9039.4,
      "duration_s": 2826,
      "moving_pace_s_per_km": 312.6,
      "moving_time_s": 2826,
      "run_id": "2026-05-05-run.fit",
      "sport": "running",
      "start_time": "2026-05-05T07:31:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.8,
      "device": "garmin 3113",
      "distance_m": 8363.4,
      "duration_s": 2490,
      "moving_pace_s_per_km": 297.7,
      "moving_time_s": 2490,
      "run_id": "2026-05-07-run.fit",
      "sport": "running",
      "start_time": "2026-05-07T06:23:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.7,
      "device": "garmin 3113",
      "distance_m": 9386.1,
      "duration_s": 2882,
      "moving_pace_s_per_km": 307.0,
      "moving_time_s": 2882,
      "run_id": "2026-05-09-run.fit",
      "sport": "running",
      "start_time": "2026-05-09T08:05:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.6,
      "device": "garmin 3113",
      "distance_m": 9159.6,
      "duration_s": 2689,
      "moving_pace_s_per_km": 293.6,
      "moving_time_s": 2689,
      "run_id": "2026-05-11-run.fit",
      "sport": "running",
      "start_time": "2026-05-11T07:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.5,
      "device": "garmin 3113",
      "distance_m": 9473.7,
      "duration_s": 2948,
      "moving_pace_s_per_km": 311.2,
      "moving_time_s": 2948,
      "run_id": "2026-05-12-run.fit",
      "sport": "running",
      "start_time": "2026-05-12T07:57:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.3,
      "device": "garmin 3113",
      "distance_m": 7742.9,
      "duration_s": 2293,
      "moving_pace_s_per_km": 296.1,
      "moving_time_s": 2293,
      "run_id": "2026-05-12-run-2.fit",
      "sport": "running",
      "start_time": "2026-05-12T18:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.4,
      "device": "garmin 3113",
      "distance_m": 9341.5,
      "duration_s": 2952,
      "moving_pace_s_per_km": 316.0,
      "moving_time_s": 2952,
      "run_id": "2026-05-17-run.fit",
      "sport": "running",
      "start_time": "2026-05-17T08:09:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.5,
      "device": "garmin 3113",
      "distance_m": 8180.8,
      "duration_s": 2464,
      "moving_pace_s_per_km": 301.2,
      "moving_time_s": 2464,
      "run_id": "2026-05-18-run.fit",
      "sport": "running",
      "start_time": "2026-05-18T07:17:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.3,
      "device": "garmin 3113",
      "distance_m": 8094.2,
      "duration_s": 2314,
      "moving_pace_s_per_km": 285.9,
      "moving_time_s": 2314,
      "run_id": "2026-05-21-run.fit",
      "sport": "running",
      "start_time": "2026-05-21T06:13:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.2,
      "device": "garmin 3113",
      "distance_m": 7661.5,
      "duration_s": 2309,
      "moving_pace_s_per_km": 301.4,
      "moving_time_s": 2309,
      "run_id": "2026-05-22-run.fit",
      "sport": "running",
      "start_time": "2026-05-22T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 175.3,
      "device": "garmin 3113",
      "distance_m": 9975.9,
      "duration_s": 3094,
      "moving_pace_s_per_km": 310.1,
      "moving_time_s": 3094,
      "run_id": "2026-05-23-run.fit",
      "sport": "running",
      "start_time": "2026-05-23T08:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.0,
      "device": "garmin 3113",
      "distance_m": 9147.5,
      "duration_s": 2852,
      "moving_pace_s_per_km": 311.8,
      "moving_time_s": 2852,
      "run_id": "2026-05-27-run.fit",
      "sport": "running",
      "start_time": "2026-05-27T07:33:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.1,
      "device": "garmin 3113",
      "distance_m": 8728.1,
      "duration_s": 2709,
      "moving_pace_s_per_km": 310.4,
      "moving_time_s": 2709,
      "run_id": "2026-05-28-run.fit",
      "sport": "running",
      "start_time": "2026-05-28T08:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.5,
      "device": "garmin 3113",
      "distance_m": 9784.4,
      "duration_s": 2997,
      "moving_pace_s_per_km": 306.3,
      "moving_time_s": 2997,
      "run_id": "2026-05-29-run.fit",
      "sport": "running",
      "start_time": "2026-05-29T08:10:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.8,
      "device": "garmin 3113",
      "distance_m": 9730.8,
      "duration_s": 2801,
      "moving_pace_s_per_km": 287.8,
      "moving_time_s": 2801,
      "run_id": "2026-05-31-run.fit",
      "sport": "running",
      "start_time": "2026-05-31T06:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.3,
      "device": "garmin 3113",
      "distance_m": 9655.6,
      "duration_s": 2786,
      "moving_pace_s_per_km": 288.5,
      "moving_time_s": 2786,
      "run_id": "2026-06-03-run.fit",
      "sport": "running",
      "start_time": "2026-06-03T07:58:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.9,
      "device": "garmin 3113",
      "distance_m": 9855.3,
      "duration_s": 2924,
      "moving_pace_s_per_km": 296.7,
      "moving_time_s": 2924,
      "run_id": "2026-06-04-run.fit",
      "sport": "running",
      "start_time": "2026-06-04T06:17:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.0,
      "device": "garmin 3113",
      "distance_m": 7974.0,
      "duration_s": 2423,
      "moving_pace_s_per_km": 303.9,
      "moving_time_s": 2423,
      "run_id": "2026-06-05-run.fit",
      "sport": "running",
      "start_time": "2026-06-05T07:12:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.9,
      "device": "garmin 3113",
      "distance_m": 8648.2,
      "duration_s": 2636,
      "moving_pace_s_per_km": 304.8,
      "moving_time_s": 2636,
      "run_id": "2026-06-06-run.fit",
      "sport": "running",
      "start_time": "2026-06-06T07:34:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.0,
      "device": "garmin 3113",
      "distance_m": 9433.9,
      "duration_s": 2735,
      "moving_pace_s_per_km": 289.9,
      "moving_time_s": 2735,
      "run_id": "2026-06-08-run.fit",
      "sport": "running",
      "start_time": "2026-06-08T08:13:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.4,
      "device": "garmin 3113",
      "distance_m": 9169.9,
      "duration_s": 2717,
      "moving_pace_s_per_km": 296.3,
      "moving_time_s": 2717,
      "run_id": "2026-06-09-run.fit",
      "sport": "running",
      "start_time": "2026-06-09T07:15:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.9,
      "device": "garmin 3113",
      "distance_m": 9309.0,
      "duration_s": 2784,
      "moving_pace_s_per_km": 299.1,
      "moving_time_s": 2784,
      "run_id": "2026-06-10-run.fit",
      "sport": "running",
      "start_time": "2026-06-10T07:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.2,
      "device": "garmin 3113",
      "distance_m": 7510.2,
      "duration_s": 2336,
      "moving_pace_s_per_km": 311.0,
      "moving_time_s": 2336,
      "run_id": "2026-06-13-run.fit",
      "sport": "running",
      "start_time": "2026-06-13T06:20:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.6,
      "device": "garmin 3113",
      "distance_m": 8292.4,
      "duration_s": 2626,
      "moving_pace_s_per_km": 316.7,
      "moving_time_s": 2626,
      "run_id": "2026-06-15-run.fit",
      "sport": "running",
      "start_time": "2026-06-15T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.4,
      "device": "garmin 3113",
      "distance_m": 9599.8,
      "duration_s": 2957,
      "moving_pace_s_per_km": 308.0,
      "moving_time_s": 2957,
      "run_id": "2026-06-16-run.fit",
      "sport": "running",
      "start_time": "2026-06-16T07:58:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.7,
      "device": "garmin 3113",
      "distance_m": 7812.3,
      "duration_s": 2318,
      "moving_pace_s_per_km": 296.7,
      "moving_time_s": 2318,
      "run_id": "2026-06-17-run.fit",
      "sport": "running",
      "start_time": "2026-06-17T07:51:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.6,
      "device": "garmin 3113",
      "distance_m": 7963.3,
      "duration_s": 2522,
      "moving_pace_s_per_km": 316.7,
      "moving_time_s": 2522,
      "run_id": "2026-06-20-run.fit",
      "sport": "running",
      "start_time": "2026-06-20T08:29:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.3,
      "device": "garmin 3113",
      "distance_m": 8950.5,
      "duration_s": 2653,
      "moving_pace_s_per_km": 296.4,
      "moving_time_s": 2653,
      "run_id": "2026-06-23-run.fit",
      "sport": "running",
      "start_time": "2026-06-23T07:57:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.9,
      "device": "garmin 3113",
      "distance_m": 8837.2,
      "duration_s": 2724,
      "moving_pace_s_per_km": 308.2,
      "moving_time_s": 2724,
      "run_id": "2026-06-24-run.fit",
      "sport": "running",
      "start_time": "2026-06-24T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.8,
      "device": "garmin 3113",
      "distance_m": 9754.3,
      "duration_s": 2920,
      "moving_pace_s_per_km": 299.4,
      "moving_time_s": 2920,
      "run_id": "2026-06-25-run.fit",
      "sport": "running",
      "start_time": "2026-06-25T08:16:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.0,
      "device": "garmin 3113",
      "distance_m": 7586.4,
      "duration_s": 2408,
      "moving_pace_s_per_km": 317.4,
      "moving_time_s": 2408,
      "run_id": "2026-06-27-run.fit",
      "sport": "running",
      "start_time": "2026-06-27T06:18:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 168.7,
      "device": "garmin 3113",
      "distance_m": 9646.7,
      "duration_s": 3022,
      "moving_pace_s_per_km": 313.3,
      "moving_time_s": 3022,
      "run_id": "2026-06-29-run.fit",
      "sport": "running",
      "start_time": "2026-06-29T06:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 169.8,
      "device": "garmin 3113",
      "distance_m": 9959.8,
      "duration_s": 2914,
      "moving_pace_s_per_km": 292.6,
      "moving_time_s": 2914,
      "run_id": "2026-06-29-run-2.fit",
      "sport": "running",
      "start_time": "2026-06-29T18:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.9,
      "device": "garmin 3113",
      "distance_m": 8380.5,
      "duration_s": 2576,
      "moving_pace_s_per_km": 307.4,
      "moving_time_s": 2576,
      "run_id": "2026-06-30-run.fit",
      "sport": "running",
      "start_time": "2026-06-30T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.5,
      "device": "garmin 3113",
      "distance_m": 9219.2,
      "duration_s": 2844,
      "moving_pace_s_per_km": 308.5,
      "moving_time_s": 2844,
      "run_id": "2026-07-03-run.fit",
      "sport": "running",
      "start_time": "2026-07-03T08:19:00Z",
      "warnings": []
    }
  ],
  "schema_version": 1,
  "skipped": [],
  "weeks": [
    {
      "coverage_days": 4,
      "distance_km": 32.79,
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
      "week": "2026-W10",
      "week_start": "2026-03-02"
    },
    {
      "coverage_days": 4,
      "distance_km": 36.96,
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
      "week": "2026-W11",
      "week_start": "2026-03-09"
    },
    {
      "coverage_days": 4,
      "distance_km": 36.01,
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
      "week": "2026-W12",
      "week_start": "2026-03-16"
    },
    {
      "coverage_days": 4,
      "distance_km": 35.44,
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
      "week": "2026-W13",
      "week_start": "2026-03-23"
    },
    {
      "coverage_days": 3,
      "distance_km": 38.04,
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
      "week": "2026-W14",
      "week_start": "2026-03-30"
    },
    {
      "coverage_days": 3,
      "distance_km": 37.52,
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
      "distance_km": 33.55,
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
      "week": "2026-W16",
      "week_start": "2026-04-13"
    },
    {
      "coverage_days": 4,
      "distance_km": 33.47,
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
      "week": "2026-W17",
      "week_start": "2026-04-20"
    },
    {
      "coverage_days": 4,
      "distance_km": 34.28,
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
      "week": "2026-W18",
      "week_start": "2026-04-27"
    },
    {
      "coverage_days": 4,
      "distance_km": 35.92,
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
      "week": "2026-W19",
      "week_start": "2026-05-04"
    },
    {
      "coverage_days": 3,
      "distance_km": 35.72,
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
      "week": "2026-W20",
      "week_start": "2026-05-11"
    },
    {
      "coverage_days": 4,
      "distance_km": 33.91,
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
      "coverage_days": 4,
      "distance_km": 37.39,
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
      "week": "2026-W22",
      "week_start": "2026-05-25"
    },
    {
      "coverage_days": 4,
      "distance_km": 36.13,
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
      "week": "2026-W23",
      "week_start": "2026-06-01"
    },
    {
      "coverage_days": 4,
      "distance_km": 35.42,
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
      "week": "2026-W24",
      "week_start": "2026-06-08"
    },
    {
      "coverage_days": 4,
      "distance_km": 33.67,
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
      "week": "2026-W25",
      "week_start": "2026-06-15"
    },
    {
      "coverage_days": 4,
      "distance_km": 35.13,
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
      "coverage_days": 3,
      "distance_km": 37.21,
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
èó
report.html˛ñ<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knee-load screening ‚Äî ben-steady</title>
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
<h1>Knee-load screening: ben-steady</h1>
<dl class="facts">
<dt>Season</dt><dd>2026-03-02 to 2026-07-03</dd>
<dt>As of</dt><dd>2026-07-03 (the last recorded activity)</dd>
<dt>Data coverage</dt><dd>68 of 124 days have a recorded activity, over 18 ISO weeks. Days without a recording are unknown, not rest.</dd>
<dt>Activities</dt><dd>72 (72 running)</dd>
<dt>Devices seen</dt><dd>garmin 3113</dd>
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
<desc id="chart-desc">Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 38.0 km in 2026-W14. Triangles mark weeks with an L1 session spike: 2026-W10, 2026-W11.</desc>
<line x1="44.0" y1="212.0" x2="632.0" y2="212.0" stroke="#666"/>
<line x1="44.0" y1="24.0" x2="44.0" y2="212.0" stroke="#666"/>
<text x="40.0" y="212.0" text-anchor="end" font-size="11">0</text>
<text x="40.0" y="28.0" text-anchor="end" font-size="11">50</text>
<text x="40.0" y="14.0" text-anchor="end" font-size="11">km</text>
<rect x="48.9" y="88.7" width="22.9" height="123.3" fill="#0072B2"><title>2026-W10: 32.8 km</title></rect>
<path d="M55.3 75.7 L65.3 75.7 L60.3 84.7 Z" fill="#D55E00"><title>2026-W10: L1 session spike</title></path>
<text x="60.3" y="230.0" text-anchor="middle" font-size="10">W10</text>
<rect x="81.6" y="73.0" width="22.9" height="139.0" fill="#0072B2"><title>2026-W11: 37.0 km</title></rect>
<path d="M88.0 60.0 L98.0 60.0 L93.0 69.0 Z" fill="#D55E00"><title>2026-W11: L1 session spike</title></path>
<rect x="114.2" y="76.6" width="22.9" height="135.4" fill="#0072B2"><title>2026-W12: 36.0 km</title></rect>
<text x="125.7" y="230.0" text-anchor="middle" font-size="10">W12</text>
<rect x="146.9" y="78.7" width="22.9" height="133.3" fill="#0072B2"><title>2026-W13: 35.4 km</title></rect>
<rect x="179.6" y="69.0" width="22.9" height="143.0" fill="#0072B2"><title>2026-W14: 38.0 km</title></rect>
<text x="191.0" y="230.0" text-anchor="middle" font-size="10">W14</text>
<rect x="212.2" y="70.9" width="22.9" height="141.1" fill="#0072B2"><title>2026-W15: 37.5 km</title></rect>
<rect x="244.9" y="85.8" width="22.9" height="126.2" fill="#0072B2"><title>2026-W16: 33.6 km</title></rect>
<text x="256.3" y="230.0" text-anchor="middle" font-size="10">W16</text>
<rect x="277.6" y="86.2" width="22.9" height="125.8" fill="#0072B2"><title>2026-W17: 33.5 km</title></rect>
<rect x="310.2" y="83.1" width="22.9" height="128.9" fill="#0072B2"><title>2026-W18: 34.3 km</title></rect>
<text x="321.7" y="230.0" text-anchor="middle" font-size="10">W18</text>
<rect x="342.9" y="76.9" width="22.9" height="135.1" fill="#0072B2"><title>2026-W19: 35.9 km</title></rect>
<rect x="375.6" y="77.7" width="22.9" height="134.3" fill="#0072B2"><title>2026-W20: 35.7 km</title></rect>
<text x="387.0" y="230.0" text-anchor="middle" font-size="10">W20</text>
<rect x="408.2" y="84.5" width="22.9" height="127.5" fill="#0072B2"><title>2026-W21: 33.9 km</title></rect>
<rect x="440.9" y="71.4" width="22.9" height="140.6" fill="#0072B2"><title>2026-W22: 37.4 km</title></rect>
<text x="452.3" y="230.0" text-anchor="middle" font-size="10">W22</text>
<rect x="473.6" y="76.1" width="22.9" height="135.9" fill="#0072B2"><title>2026-W23: 36.1 km</title></rect>
<rect x="506.2" y="78.8" width="22.9" height="133.2" fill="#0072B2"><title>2026-W24: 35.4 km</title></rect>
<text x="517.7" y="230.0" text-anchor="middle" font-size="10">W24</text>
<rect x="538.9" y="85.4" width="22.9" height="126.6" fill="#0072B2"><title>2026-W25: 33.7 km</title></rect>
<rect x="571.6" y="79.9" width="22.9" height="132.1" fill="#0072B2"><title>2026-W26: 35.1 km</title></rect>
<text x="583.0" y="230.0" text-anchor="middle" font-size="10">W26</text>
<rect x="604.2" y="72.1" width="22.9" height="139.9" fill="#0072B2"><title>2026-W27: 37.2 km</title></rect>
</svg>
</div>
<figcaption>Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 38.0 km in 2026-W14. Triangles mark weeks with an L1 session spike: 2026-W10, 2026-W11.</figcaption>
</figure>
<div class="scroll"><table>
<caption>Weekly distance in numbers</caption>
<thead><tr><th>Week</th><th>Starts</th><th class="num">Distance (km)</th><th class="num">Runs</th><th class="num">Days recorded</th><th class="num">L1 spikes</th></tr></thead>
<tbody>
<tr><td>2026-W10</td><td>2026-03-02</td><td class="num">32.8</td><td class="num">4</td><td class="num">4</td><td class="num">1</td></tr>
<tr><td>2026-W11</td><td>2026-03-09</td><td class="num">37.0</td><td class="num">4</td><td class="num">4</td><td class="num">1</td></tr>
<tr><td>2026-W12</td><td>2026-03-16</td><td class="num">36.0</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W13</td><td>2026-03-23</td><td class="num">35.4</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W14</td><td>2026-03-30</td><td class="num">38.0</td><td class="num">4</td><td class="num">3</td><td class="num">0</td></tr>
<tr><td>2026-W15</td><td>2026-04-06</td><td class="num">37.5</td><td class="num">4</td><td class="num">3</td><td class="num">0</td></tr>
<tr><td>2026-W16</td><td>2026-04-13</td><td class="num">33.6</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W17</td><td>2026-04-20</td><td class="num">33.5</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W18</td><td>2026-04-27</td><td class="num">34.3</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W19</td><td>2026-05-04</td><td class="num">35.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W20</td><td>2026-05-11</td><td class="num">35.7</td><td class="num">4</td><td class="num">3</td><td class="num">0</td></tr>
<tr><td>2026-W21</td><td>2026-05-18</td><td class="num">33.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W22</td><td>2026-05-25</td><td class="num">37.4</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W23</td><td>2026-06-01</td><td class="num">36.1</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W24</td><td>2026-06-08</td><td class="num">35.4</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W25</td><td>2026-06-15</td><td class="num">33.7</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W26</td><td>2026-06-22</td><td class="num">35.1</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W27</td><td>2026-06-29</td><td class="num">37.2</td><td class="num">4</td><td class="num">3</td><td class="num">0</td></tr>
</tbody>
</table></div>
</section>
<section id="levels-by-week">
<h2>Level by week</h2>
<p>n = none, L = low, M = moderate, H = high. Hover or read the table cell titles for points and rules.</p>
<div class="scroll"><table class="strip">
<thead><tr><th>Presentation</th><th scope="col" title="2026-W10">10</th><th scope="col" title="2026-W11">11</th><th scope="col" title="2026-W12">12</th><th scope="col" title="2026-W13">13</th><th scope="col" title="2026-W14">14</th><th scope="col" title="2026-W15">15</th><th scope="col" title="2026-W16">16</th><th scope="col" title="2026-W17">17</th><th scope="col" title="2026-W18">18</th><th scope="col" title="2026-W19">19</th><th scope="col" title="2026-W20">20</th><th scope="col" title="2026-W21">21</th><th scope="col" title="2026-W22">22</th><th scope="col" title="2026-W23">23</th><th scope="col" title="2026-W24">24</th><th scope="col" title="2026-W25">25</th><th scope="col" title="2026-W26">26</th><th scope="col" title="2026-W27">27</th></tr></thead>
<tbody>
<tr><th scope="row">Patellofemoral pain</th><td class="level level-none" title="2026-W10: none, 0 points">n</td><td class="level level-none" title="2026-W11: none, 0 points">n</td><td class="level level-none" title="2026-W12: none, 0 points">n</td><td class="level level-none" title="2026-W13: none, 0 points">n</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
<tr><th scope="row">Iliotibial band syndrome</th><td class="level level-low" title="2026-W10: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W11: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W12: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W13: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W14: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
<tr><th scope="row">Patellar tendinopathy</th><td class="level level-none" title="2026-W10: none, 0 points">n</td><td class="level level-none" title="2026-W11: none, 0 points">n</td><td class="level level-none" title="2026-W12: none, 0 points">n</td><td class="level level-none" title="2026-W13: none, 0 points">n</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
</tbody>
</table></div>
</section>
<section id="flagged-runs">
<h2>Flagged runs</h2>
<div class="scroll"><table>
<thead><tr><th>Date</th><th>Run</th><th>Rule</th><th>Band</th><th class="num">Value</th><th class="num">Threshold</th><th class="num">Baseline</th><th>Source</th><th>Detail</th></tr></thead>
<tbody>
<tr><td>2026-03-03</td><td>2026-03-03-run.fit</td><td>L1</td><td>small</td><td class="num">1.13√ó</td><td class="num">&gt;1.10√ó</td><td class="num">7.8 km</td><td>Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners</td><td>distance 8.9 km is 1.13√ó the longest run of the previous 30 days (7.8 km): small session spike (&gt;1.10)</td></tr>
<tr><td>2026-03-10</td><td>2026-03-10-run.fit</td><td>L1</td><td>small</td><td class="num">1.10√ó</td><td class="num">&gt;1.10√ó</td><td class="num">8.9 km</td><td>Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners</td><td>distance 9.8 km is 1.10√ó the longest run of the previous 30 days (8.9 km): small session spike (&gt;1.10)</td></tr>
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
À>
runs.csvæ>athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,duration_s,moving_pace_s_per_km,device
ben-steady,2026-03-02-run.fit,2026-03-02T07:49:00Z,running,7843.7,2418,169.7,,,,,,,,,2418,308.3,garmin 3113
ben-steady,2026-03-03-run.fit,2026-03-03T08:08:00Z,running,8861.7,2718,169.2,,,,,,,,,2718,306.7,garmin 3113
ben-steady,2026-03-04-run.fit,2026-03-04T07:49:00Z,running,7805.7,2408,174.7,,,,,,,,,2408,308.5,garmin 3113
ben-steady,2026-03-06-run.fit,2026-03-06T07:36:00Z,running,8278.3,2499,175.0,,,,,,,,,2499,301.9,garmin 3113
ben-steady,2026-03-09-run.fit,2026-03-09T07:07:00Z,running,8769.1,2543,170.4,,,,,,,,,2543,290.0,garmin 3113
ben-steady,2026-03-10-run.fit,2026-03-10T08:14:00Z,running,9773.0,2842,170.4,,,,,,,,,2842,290.8,garmin 3113
ben-steady,2026-03-11-run.fit,2026-03-11T06:47:00Z,running,9132.2,2807,174.2,,,,,,,,,2807,307.4,garmin 3113
ben-steady,2026-03-14-run.fit,2026-03-14T06:28:00Z,running,9282.6,2887,167.9,,,,,,,,,2887,311.0,garmin 3113
ben-steady,2026-03-16-run.fit,2026-03-16T07:20:00Z,running,9815.4,2831,172.9,,,,,,,,,2831,288.4,garmin 3113
ben-steady,2026-03-17-run.fit,2026-03-17T06:12:00Z,running,8269.3,2445,168.8,,,,,,,,,2445,295.7,garmin 3113
ben-steady,2026-03-19-run.fit,2026-03-19T06:29:00Z,running,9407.1,2854,168.2,,,,,,,,,2854,303.4,garmin 3113
ben-steady,2026-03-22-run.fit,2026-03-22T08:26:00Z,running,8520.1,2504,169.4,,,,,,,,,2504,293.9,garmin 3113
ben-steady,2026-03-24-run.fit,2026-03-24T06:44:00Z,running,9266.1,2909,168.2,,,,,,,,,2909,313.9,garmin 3113
ben-steady,2026-03-26-run.fit,2026-03-26T08:06:00Z,running,7916.4,2421,169.7,,,,,,,,,2421,305.8,garmin 3113
ben-steady,2026-03-28-run.fit,2026-03-28T06:52:00Z,running,8296.1,2528,169.5,,,,,,,,,2528,304.7,garmin 3113
ben-steady,2026-03-29-run.fit,2026-03-29T07:35:00Z,running,9960.6,2915,169.9,,,,,,,,,2915,292.7,garmin 3113
ben-steady,2026-03-31-run.fit,2026-03-31T06:56:00Z,running,9588.1,2987,171.9,,,,,,,,,2987,311.5,garmin 3113
ben-steady,2026-04-04-run.fit,2026-04-04T06:31:00Z,running,9698.6,2810,168.9,,,,,,,,,2810,289.7,garmin 3113
ben-steady,2026-04-05-run.fit,2026-04-05T07:38:00Z,running,8870.4,2603,174.9,,,,,,,,,2603,293.4,garmin 3113
ben-steady,2026-04-05-run-2.fit,2026-04-05T18:00:00Z,running,9883.3,2876,175.0,,,,,,,,,2876,291.0,garmin 3113
ben-steady,2026-04-06-run.fit,2026-04-06T08:19:00Z,running,8673.6,2597,175.0,,,,,,,,,2597,299.4,garmin 3113
ben-steady,2026-04-09-run.fit,2026-04-09T07:11:00Z,running,9702.1,3068,170.6,,,,,,,,,3068,316.2,garmin 3113
ben-steady,2026-04-10-run.fit,2026-04-10T08:13:00Z,running,9951.4,3020,173.6,,,,,,,,,3020,303.5,garmin 3113
ben-steady,2026-04-10-run-2.fit,2026-04-10T18:00:00Z,running,9188.6,2717,172.9,,,,,,,,,2717,295.7,garmin 3113
ben-steady,2026-04-16-run.fit,2026-04-16T06:05:00Z,running,7966.7,2519,174.5,,,,,,,,,2519,316.2,garmin 3113
ben-steady,2026-04-17-run.fit,2026-04-17T06:24:00Z,running,8552.9,2594,173.3,,,,,,,,,2594,303.3,garmin 3113
ben-steady,2026-04-18-run.fit,2026-04-18T06:23:00Z,running,9037.9,2705,167.8,,,,,,,,,2705,299.3,garmin 3113
ben-steady,2026-04-19-run.fit,2026-04-19T07:41:00Z,running,7996.6,2454,172.3,,,,,,,,,2454,306.9,garmin 3113
ben-steady,2026-04-21-run.fit,2026-04-21T07:14:00Z,running,8488.4,2615,169.7,,,,,,,,,2615,308.1,garmin 3113
ben-steady,2026-04-22-run.fit,2026-04-22T07:05:00Z,running,7992.4,2299,174.2,,,,,,,,,2299,287.6,garmin 3113
ben-steady,2026-04-24-run.fit,2026-04-24T07:50:00Z,running,8213.2,2475,173.5,,,,,,,,,2475,301.3,garmin 3113
ben-steady,2026-04-25-run.fit,2026-04-25T07:12:00Z,running,8775.8,2589,174.5,,,,,,,,,2589,295.0,garmin 3113
ben-steady,2026-04-27-run.fit,2026-04-27T07:45:00Z,running,8053.6,2304,174.0,,,,,,,,,2304,286.1,garmin 3113
ben-steady,2026-04-28-run.fit,2026-04-28T07:14:00Z,running,9580.2,2845,169.5,,,,,,,,,2845,297.0,garmin 3113
ben-steady,2026-04-29-run.fit,2026-04-29T07:44:00Z,running,7952.3,2479,169.8,,,,,,,,,2479,311.7,garmin 3113
ben-steady,2026-05-02-run.fit,2026-05-02T06:40:00Z,running,8698.5,2506,169.5,,,,,,,,,2506,288.1,garmin 3113
ben-steady,2026-05-04-run.fit,2026-05-04T07:19:00Z,running,9131.1,2643,167.6,,,,,,,,,2643,289.5,garmin 3113
ben-steady,2026-05-05-run.fit,2026-05-05T07:31:00Z,running,9039.4,2826,173.9,,,,,,,,,2826,312.6,garmin 3113
ben-steady,2026-05-07-run.fit,2026-05-07T06:23:00Z,running,8363.4,2490,168.8,,,,,,,,,2490,297.7,garmin 3113
ben-steady,2026-05-09-run.fit,2026-05-09T08:05:00Z,running,9386.1,2882,169.7,,,,,,,,,2882,307.0,garmin 3113
ben-steady,2026-05-11-run.fit,2026-05-11T07:01:00Z,running,9159.6,2689,169.6,,,,,,,,,2689,293.6,garmin 3113
ben-steady,2026-05-12-run.fit,2026-05-12T07:57:00Z,running,9473.7,2948,168.5,,,,,,,,,2948,311.2,garmin 3113
ben-steady,2026-05-12-run-2.fit,2026-05-12T18:00:00Z,running,7742.9,2293,173.3,,,,,,,,,2293,296.1,garmin 3113
ben-steady,2026-05-17-run.fit,2026-05-17T08:09:00Z,running,9341.5,2952,168.4,,,,,,,,,2952,316.0,garmin 3113
ben-steady,2026-05-18-run.fit,2026-05-18T07:17:00Z,running,8180.8,2464,174.5,,,,,,,,,2464,301.2,garmin 3113
ben-steady,2026-05-21-run.fit,2026-05-21T06:13:00Z,running,8094.2,2314,170.3,,,,,,,,,2314,285.9,garmin 3113
ben-steady,2026-05-22-run.fit,2026-05-22T07:49:00Z,running,7661.5,2309,173.2,,,,,,,,,2309,301.4,garmin 3113
ben-steady,2026-05-23-run.fit,2026-05-23T08:00:00Z,running,9975.9,3094,175.3,,,,,,,,,3094,310.1,garmin 3113
ben-steady,2026-05-27-run.fit,2026-05-27T07:33:00Z,running,9147.5,2852,174.0,,,,,,,,,2852,311.8,garmin 3113
ben-steady,2026-05-28-run.fit,2026-05-28T08:03:00Z,running,8728.1,2709,168.1,,,,,,,,,2709,310.4,garmin 3113
ben-steady,2026-05-29-run.fit,2026-05-29T08:10:00Z,running,9784.4,2997,172.5,,,,,,,,,2997,306.3,garmin 3113
ben-steady,2026-05-31-run.fit,2026-05-31T06:11:00Z,running,9730.8,2801,168.8,,,,,,,,,2801,287.8,garmin 3113
ben-steady,2026-06-03-run.fit,2026-06-03T07:58:00Z,running,9655.6,2786,171.3,,,,,,,,,2786,288.5,garmin 3113
ben-steady,2026-06-04-run.fit,2026-06-04T06:17:00Z,running,9855.3,2924,170.9,,,,,,,,,2924,296.7,garmin 3113
ben-steady,2026-06-05-run.fit,2026-06-05T07:12:00Z,running,7974.0,2423,173.0,,,,,,,,,2423,303.9,garmin 3113
ben-steady,2026-06-06-run.fit,2026-06-06T07:34:00Z,running,8648.2,2636,169.9,,,,,,,,,2636,304.8,garmin 3113
ben-steady,2026-06-08-run.fit,2026-06-08T08:13:00Z,running,9433.9,2735,169.0,,,,,,,,,2735,289.9,garmin 3113
ben-steady,2026-06-09-run.fit,2026-06-09T07:15:00Z,running,9169.9,2717,168.4,,,,,,,,,2717,296.3,garmin 3113
ben-steady,2026-06-10-run.fit,2026-06-10T07:03:00Z,running,9309.0,2784,171.9,,,,,,,,,2784,299.1,garmin 3113
ben-steady,2026-06-13-run.fit,2026-06-13T06:20:00Z,running,7510.2,2336,169.2,,,,,,,,,2336,311.0,garmin 3113
ben-steady,2026-06-15-run.fit,2026-06-15T07:49:00Z,running,8292.4,2626,173.6,,,,,,,,,2626,316.7,garmin 3113
ben-steady,2026-06-16-run.fit,2026-06-16T07:58:00Z,running,9599.8,2957,170.4,,,,,,,,,2957,308.0,garmin 3113
ben-steady,2026-06-17-run.fit,2026-06-17T07:51:00Z,running,7812.3,2318,172.7,,,,,,,,,2318,296.7,garmin 3113
ben-steady,2026-06-20-run.fit,2026-06-20T08:29:00Z,running,7963.3,2522,173.6,,,,,,,,,2522,316.7,garmin 3113
ben-steady,2026-06-23-run.fit,2026-06-23T07:57:00Z,running,8950.5,2653,171.3,,,,,,,,,2653,296.4,garmin 3113
ben-steady,2026-06-24-run.fit,2026-06-24T07:49:00Z,running,8837.2,2724,171.9,,,,,,,,,2724,308.2,garmin 3113
ben-steady,2026-06-25-run.fit,2026-06-25T08:16:00Z,running,9754.3,2920,174.8,,,,,,,,,2920,299.4,garmin 3113
ben-steady,2026-06-27-run.fit,2026-06-27T06:18:00Z,running,7586.4,2408,170.0,,,,,,,,,2408,317.4,garmin 3113
ben-steady,2026-06-29-run.fit,2026-06-29T06:07:00Z,running,9646.7,3022,168.7,,,,,,,,,3022,313.3,garmin 3113
ben-steady,2026-06-29-run-2.fit,2026-06-29T18:00:00Z,running,9959.8,2914,169.8,,,,,,,,,2914,292.6,garmin 3113
ben-steady,2026-06-30-run.fit,2026-06-30T07:49:00Z,running,8380.5,2576,173.9,,,,,,,,,2576,307.4,garmin 3113
ben-steady,2026-07-03-run.fit,2026-07-03T08:19:00Z,running,9219.2,2844,172.5,,,,,,,,,2844,308.5,garmin 3113
Ú

	weeks.csv‰
athlete,week,week_start,coverage_days,distance_km,runs,pfp_level,pfp_points,pfp_rules,itbs_level,itbs_points,itbs_rules,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules
ben-steady,2026-W10,2026-03-02,4,32.79,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W11,2026-03-09,4,36.96,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W12,2026-03-16,4,36.01,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W13,2026-03-23,4,35.44,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W14,2026-03-30,3,38.04,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W15,2026-04-06,3,37.52,4,none,0,,none,0,,none,0,
ben-steady,2026-W16,2026-04-13,4,33.55,4,none,0,,none,0,,none,0,
ben-steady,2026-W17,2026-04-20,4,33.47,4,none,0,,none,0,,none,0,
ben-steady,2026-W18,2026-04-27,4,34.28,4,none,0,,none,0,,none,0,
ben-steady,2026-W19,2026-05-04,4,35.92,4,none,0,,none,0,,none,0,
ben-steady,2026-W20,2026-05-11,3,35.72,4,none,0,,none,0,,none,0,
ben-steady,2026-W21,2026-05-18,4,33.91,4,none,0,,none,0,,none,0,
ben-steady,2026-W22,2026-05-25,4,37.39,4,none,0,,none,0,,none,0,
ben-steady,2026-W23,2026-06-01,4,36.13,4,none,0,,none,0,,none,0,
ben-steady,2026-W24,2026-06-08,4,35.42,4,none,0,,none,0,,none,0,
ben-steady,2026-W25,2026-06-15,4,33.67,4,none,0,,none,0,,none,0,
ben-steady,2026-W26,2026-06-22,4,35.13,4,none,0,,none,0,,none,0,
ben-steady,2026-W27,2026-06-29,3,37.21,4,none,0,,none,0,,none,0,
Ω

ben-steady
2026-07-03nonenonenone"êTë
ce@@&9{zB@ã5òÜB@î÷ˇ9∏A@Zâ{,C@'˜;¬B@eSÆ∆@@+Ral!º@@¯ﬂJvl$A@!$ò¿ıA@∏¸áÙ€€A@∏@Ç‚«Ù@@g~5≤B@Õ]K»B@Yni5$∂A@pG8-x’@@Ü8÷≈mêA@	äcöB@