
ReportBundleΩÆ

ben-steady°Ø
report.jsonêØ{
  "as_of": "2026-07-05",
  "athlete": "ben-steady",
  "disclaimer": "This is a screening summary, not a diagnosis ‚Äî a clinical assessment decides.",
  "fired_rules": [
    {
      "band": "small",
      "baseline": 7843.5,
      "date": "2026-03-07",
      "detail": "distance 8.9 km is 1.13√ó the longest run of the previous 30 days (7.8 km): small session spike (>1.10)",
      "id": "L1",
      "run_id": "2026-03-07-run.fit",
      "source": "Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners",
      "threshold": 1.10,
      "value": 1.1298
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
      "cadence_spm": 171.1,
      "device": "garmin fr945",
      "distance_m": 7746.2,
      "duration_s": 2396,
      "moving_pace_s_per_km": 309.3,
      "moving_time_s": 2396,
      "run_id": "2026-03-02-run.fit",
      "sport": "running",
      "start_time": "2026-03-02T06:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.2,
      "device": "garmin fr945",
      "distance_m": 7805.7,
      "duration_s": 2404,
      "moving_pace_s_per_km": 308.0,
      "moving_time_s": 2404,
      "run_id": "2026-03-03-run.fit",
      "sport": "running",
      "start_time": "2026-03-03T07:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-03-04-strength.fit",
      "sport": "training",
      "start_time": "2026-03-04T07:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.9,
      "device": "garmin fr945",
      "distance_m": 7843.5,
      "duration_s": 2213,
      "moving_pace_s_per_km": 282.1,
      "moving_time_s": 2213,
      "run_id": "2026-03-06-run.fit",
      "sport": "running",
      "start_time": "2026-03-06T08:18:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.2,
      "device": "garmin fr945",
      "distance_m": 8861.2,
      "duration_s": 2730,
      "moving_pace_s_per_km": 308.1,
      "moving_time_s": 2730,
      "run_id": "2026-03-07-run.fit",
      "sport": "running",
      "start_time": "2026-03-07T07:58:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.7,
      "device": "garmin fr945",
      "distance_m": 8475.4,
      "duration_s": 2487,
      "moving_pace_s_per_km": 293.4,
      "moving_time_s": 2487,
      "run_id": "2026-03-09-run.fit",
      "sport": "running",
      "start_time": "2026-03-09T06:49:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.1,
      "device": "garmin fr945",
      "distance_m": 9176.1,
      "duration_s": 2742,
      "moving_pace_s_per_km": 298.8,
      "moving_time_s": 2742,
      "run_id": "2026-03-10-run.fit",
      "sport": "running",
      "start_time": "2026-03-10T08:22:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-03-11-strength.fit",
      "sport": "training",
      "start_time": "2026-03-11T06:16:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.3,
      "device": "garmin fr945",
      "distance_m": 7994.8,
      "duration_s": 2226,
      "moving_pace_s_per_km": 278.4,
      "moving_time_s": 2226,
      "run_id": "2026-03-13-run.fit",
      "sport": "running",
      "start_time": "2026-03-13T06:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.8,
      "device": "garmin fr945",
      "distance_m": 7626.5,
      "duration_s": 2384,
      "moving_pace_s_per_km": 312.6,
      "moving_time_s": 2384,
      "run_id": "2026-03-15-run.fit",
      "sport": "running",
      "start_time": "2026-03-15T07:23:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.0,
      "device": "garmin fr945",
      "distance_m": 8062.3,
      "duration_s": 2266,
      "moving_pace_s_per_km": 281.1,
      "moving_time_s": 2266,
      "run_id": "2026-03-16-run.fit",
      "sport": "running",
      "start_time": "2026-03-16T06:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.8,
      "device": "garmin fr945",
      "distance_m": 7995.2,
      "duration_s": 2500,
      "moving_pace_s_per_km": 312.7,
      "moving_time_s": 2500,
      "run_id": "2026-03-17-run.fit",
      "sport": "running",
      "start_time": "2026-03-17T07:02:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-03-18-strength.fit",
      "sport": "training",
      "start_time": "2026-03-18T08:20:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.0,
      "device": "garmin fr945",
      "distance_m": 8435.8,
      "duration_s": 2615,
      "moving_pace_s_per_km": 310.0,
      "moving_time_s": 2615,
      "run_id": "2026-03-20-run.fit",
      "sport": "running",
      "start_time": "2026-03-20T08:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.5,
      "device": "garmin fr945",
      "distance_m": 8493.6,
      "duration_s": 2678,
      "moving_pace_s_per_km": 315.3,
      "moving_time_s": 2678,
      "run_id": "2026-03-21-run.fit",
      "sport": "running",
      "start_time": "2026-03-21T06:12:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.2,
      "device": "garmin fr945",
      "distance_m": 9722.8,
      "duration_s": 2723,
      "moving_pace_s_per_km": 280.1,
      "moving_time_s": 2723,
      "run_id": "2026-03-23-run.fit",
      "sport": "running",
      "start_time": "2026-03-23T07:17:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.8,
      "device": "garmin fr945",
      "distance_m": 8665.6,
      "duration_s": 2708,
      "moving_pace_s_per_km": 312.5,
      "moving_time_s": 2708,
      "run_id": "2026-03-24-run.fit",
      "sport": "running",
      "start_time": "2026-03-24T07:39:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-03-25-strength.fit",
      "sport": "training",
      "start_time": "2026-03-25T07:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.0,
      "device": "garmin fr945",
      "distance_m": 9712.2,
      "duration_s": 2908,
      "moving_pace_s_per_km": 299.4,
      "moving_time_s": 2908,
      "run_id": "2026-03-27-run.fit",
      "sport": "running",
      "start_time": "2026-03-27T06:26:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.5,
      "device": "garmin fr945",
      "distance_m": 9129.6,
      "duration_s": 2884,
      "moving_pace_s_per_km": 315.9,
      "moving_time_s": 2884,
      "run_id": "2026-03-28-run.fit",
      "sport": "running",
      "start_time": "2026-03-28T06:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.4,
      "device": "garmin fr945",
      "distance_m": 7676.3,
      "duration_s": 2203,
      "moving_pace_s_per_km": 287.0,
      "moving_time_s": 2203,
      "run_id": "2026-03-30-run.fit",
      "sport": "running",
      "start_time": "2026-03-30T08:17:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-04-01-strength.fit",
      "sport": "training",
      "start_time": "2026-04-01T06:22:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.9,
      "device": "garmin fr945",
      "distance_m": 9072.7,
      "duration_s": 2734,
      "moving_pace_s_per_km": 301.3,
      "moving_time_s": 2734,
      "run_id": "2026-04-02-run.fit",
      "sport": "running",
      "start_time": "2026-04-02T06:27:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.6,
      "device": "garmin fr945",
      "distance_m": 9477.4,
      "duration_s": 2978,
      "moving_pace_s_per_km": 314.2,
      "moving_time_s": 2978,
      "run_id": "2026-04-03-run.fit",
      "sport": "running",
      "start_time": "2026-04-03T06:06:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.0,
      "device": "garmin fr945",
      "distance_m": 9403.3,
      "duration_s": 2732,
      "moving_pace_s_per_km": 290.5,
      "moving_time_s": 2732,
      "run_id": "2026-04-05-run.fit",
      "sport": "running",
      "start_time": "2026-04-05T06:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.1,
      "device": "garmin fr945",
      "distance_m": 9205.5,
      "duration_s": 2755,
      "moving_pace_s_per_km": 299.3,
      "moving_time_s": 2755,
      "run_id": "2026-04-07-run.fit",
      "sport": "running",
      "start_time": "2026-04-07T06:32:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-04-08-strength.fit",
      "sport": "training",
      "start_time": "2026-04-08T07:51:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.0,
      "device": "garmin fr945",
      "distance_m": 7957.2,
      "duration_s": 2390,
      "moving_pace_s_per_km": 300.4,
      "moving_time_s": 2390,
      "run_id": "2026-04-09-run.fit",
      "sport": "running",
      "start_time": "2026-04-09T06:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.2,
      "device": "garmin fr945",
      "distance_m": 7567.6,
      "duration_s": 2256,
      "moving_pace_s_per_km": 298.1,
      "moving_time_s": 2256,
      "run_id": "2026-04-11-run.fit",
      "sport": "running",
      "start_time": "2026-04-11T07:42:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.2,
      "device": "garmin fr945",
      "distance_m": 8858.7,
      "duration_s": 2482,
      "moving_pace_s_per_km": 280.2,
      "moving_time_s": 2482,
      "run_id": "2026-04-12-run.fit",
      "sport": "running",
      "start_time": "2026-04-12T06:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.7,
      "device": "garmin fr945",
      "distance_m": 8498.9,
      "duration_s": 2662,
      "moving_pace_s_per_km": 313.2,
      "moving_time_s": 2662,
      "run_id": "2026-04-14-run.fit",
      "sport": "running",
      "start_time": "2026-04-14T08:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-04-15-strength.fit",
      "sport": "training",
      "start_time": "2026-04-15T06:27:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.4,
      "device": "garmin fr945",
      "distance_m": 9006.1,
      "duration_s": 2857,
      "moving_pace_s_per_km": 317.2,
      "moving_time_s": 2857,
      "run_id": "2026-04-16-run.fit",
      "sport": "running",
      "start_time": "2026-04-16T07:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.0,
      "device": "garmin fr945",
      "distance_m": 7650.1,
      "duration_s": 2152,
      "moving_pace_s_per_km": 281.3,
      "moving_time_s": 2152,
      "run_id": "2026-04-17-run.fit",
      "sport": "running",
      "start_time": "2026-04-17T08:05:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.3,
      "device": "garmin fr945",
      "distance_m": 9589.6,
      "duration_s": 2942,
      "moving_pace_s_per_km": 306.8,
      "moving_time_s": 2942,
      "run_id": "2026-04-18-run.fit",
      "sport": "running",
      "start_time": "2026-04-18T06:48:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.3,
      "device": "garmin fr945",
      "distance_m": 7784.8,
      "duration_s": 2168,
      "moving_pace_s_per_km": 278.5,
      "moving_time_s": 2168,
      "run_id": "2026-04-20-run.fit",
      "sport": "running",
      "start_time": "2026-04-20T08:25:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.7,
      "device": "garmin fr945",
      "distance_m": 8389.5,
      "duration_s": 2537,
      "moving_pace_s_per_km": 302.4,
      "moving_time_s": 2537,
      "run_id": "2026-04-20-run-2.fit",
      "sport": "running",
      "start_time": "2026-04-20T18:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-04-22-strength.fit",
      "sport": "training",
      "start_time": "2026-04-22T07:57:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.7,
      "device": "garmin fr945",
      "distance_m": 9905.1,
      "duration_s": 3102,
      "moving_pace_s_per_km": 313.2,
      "moving_time_s": 3102,
      "run_id": "2026-04-24-run.fit",
      "sport": "running",
      "start_time": "2026-04-24T06:22:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.3,
      "device": "garmin fr945",
      "distance_m": 8385.9,
      "duration_s": 2577,
      "moving_pace_s_per_km": 307.3,
      "moving_time_s": 2577,
      "run_id": "2026-04-25-run.fit",
      "sport": "running",
      "start_time": "2026-04-25T08:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.9,
      "device": "garmin fr945",
      "distance_m": 8438.2,
      "duration_s": 2632,
      "moving_pace_s_per_km": 311.9,
      "moving_time_s": 2632,
      "run_id": "2026-04-27-run.fit",
      "sport": "running",
      "start_time": "2026-04-27T06:53:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.1,
      "device": "garmin fr945",
      "distance_m": 8408.1,
      "duration_s": 2360,
      "moving_pace_s_per_km": 280.7,
      "moving_time_s": 2360,
      "run_id": "2026-04-28-run.fit",
      "sport": "running",
      "start_time": "2026-04-28T08:12:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-04-29-strength.fit",
      "sport": "training",
      "start_time": "2026-04-29T06:53:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.8,
      "device": "garmin fr945",
      "distance_m": 9921.4,
      "duration_s": 2991,
      "moving_pace_s_per_km": 301.5,
      "moving_time_s": 2991,
      "run_id": "2026-05-02-run.fit",
      "sport": "running",
      "start_time": "2026-05-02T07:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.7,
      "device": "garmin fr945",
      "distance_m": 9836.3,
      "duration_s": 2985,
      "moving_pace_s_per_km": 303.5,
      "moving_time_s": 2985,
      "run_id": "2026-05-03-run.fit",
      "sport": "running",
      "start_time": "2026-05-03T06:32:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-05-06-strength.fit",
      "sport": "training",
      "start_time": "2026-05-06T08:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.9,
      "device": "garmin fr945",
      "distance_m": 7681.2,
      "duration_s": 2236,
      "moving_pace_s_per_km": 291.1,
      "moving_time_s": 2236,
      "run_id": "2026-05-08-run.fit",
      "sport": "running",
      "start_time": "2026-05-08T06:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.6,
      "device": "garmin fr945",
      "distance_m": 9220.7,
      "duration_s": 2624,
      "moving_pace_s_per_km": 284.6,
      "moving_time_s": 2624,
      "run_id": "2026-05-09-run.fit",
      "sport": "running",
      "start_time": "2026-05-09T06:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.2,
      "device": "garmin fr945",
      "distance_m": 9336.5,
      "duration_s": 2884,
      "moving_pace_s_per_km": 308.9,
      "moving_time_s": 2884,
      "run_id": "2026-05-09-run-2.fit",
      "sport": "running",
      "start_time": "2026-05-09T18:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.9,
      "device": "garmin fr945",
      "distance_m": 7941.5,
      "duration_s": 2473,
      "moving_pace_s_per_km": 311.4,
      "moving_time_s": 2473,
      "run_id": "2026-05-10-run.fit",
      "sport": "running",
      "start_time": "2026-05-10T07:40:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.0,
      "device": "garmin fr945",
      "distance_m": 9641.5,
      "duration_s": 2799,
      "moving_pace_s_per_km": 290.3,
      "moving_time_s": 2799,
      "run_id": "2026-05-11-run.fit",
      "sport": "running",
      "start_time": "2026-05-11T07:39:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.3,
      "device": "garmin fr945",
      "distance_m": 7734.7,
      "duration_s": 2374,
      "moving_pace_s_per_km": 306.9,
      "moving_time_s": 2374,
      "run_id": "2026-05-12-run.fit",
      "sport": "running",
      "start_time": "2026-05-12T07:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-05-13-strength.fit",
      "sport": "training",
      "start_time": "2026-05-13T06:38:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.1,
      "device": "garmin fr945",
      "distance_m": 9565.3,
      "duration_s": 2864,
      "moving_pace_s_per_km": 299.4,
      "moving_time_s": 2864,
      "run_id": "2026-05-15-run.fit",
      "sport": "running",
      "start_time": "2026-05-15T08:05:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.3,
      "device": "garmin fr945",
      "distance_m": 9292.3,
      "duration_s": 2760,
      "moving_pace_s_per_km": 297.0,
      "moving_time_s": 2760,
      "run_id": "2026-05-16-run.fit",
      "sport": "running",
      "start_time": "2026-05-16T08:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.6,
      "device": "garmin fr945",
      "distance_m": 7992.2,
      "duration_s": 2428,
      "moving_pace_s_per_km": 303.8,
      "moving_time_s": 2428,
      "run_id": "2026-05-18-run.fit",
      "sport": "running",
      "start_time": "2026-05-18T06:06:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.7,
      "device": "garmin fr945",
      "distance_m": 9549.2,
      "duration_s": 2713,
      "moving_pace_s_per_km": 284.1,
      "moving_time_s": 2713,
      "run_id": "2026-05-19-run.fit",
      "sport": "running",
      "start_time": "2026-05-19T07:36:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.4,
      "device": "garmin fr945",
      "distance_m": 8226.0,
      "duration_s": 2605,
      "moving_pace_s_per_km": 316.7,
      "moving_time_s": 2605,
      "run_id": "2026-05-19-run-2.fit",
      "sport": "running",
      "start_time": "2026-05-19T18:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-05-20-strength.fit",
      "sport": "training",
      "start_time": "2026-05-20T07:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.8,
      "device": "garmin fr945",
      "distance_m": 8914.6,
      "duration_s": 2698,
      "moving_pace_s_per_km": 302.6,
      "moving_time_s": 2698,
      "run_id": "2026-05-22-run.fit",
      "sport": "running",
      "start_time": "2026-05-22T07:38:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.6,
      "device": "garmin fr945",
      "distance_m": 8669.9,
      "duration_s": 2465,
      "moving_pace_s_per_km": 284.3,
      "moving_time_s": 2465,
      "run_id": "2026-05-25-run.fit",
      "sport": "running",
      "start_time": "2026-05-25T08:29:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-05-27-strength.fit",
      "sport": "training",
      "start_time": "2026-05-27T07:38:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.2,
      "device": "garmin fr945",
      "distance_m": 9040.6,
      "duration_s": 2693,
      "moving_pace_s_per_km": 297.9,
      "moving_time_s": 2693,
      "run_id": "2026-05-28-run.fit",
      "sport": "running",
      "start_time": "2026-05-28T07:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.3,
      "device": "garmin fr945",
      "distance_m": 8900.3,
      "duration_s": 2827,
      "moving_pace_s_per_km": 317.6,
      "moving_time_s": 2827,
      "run_id": "2026-05-30-run.fit",
      "sport": "running",
      "start_time": "2026-05-30T06:45:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.7,
      "device": "garmin fr945",
      "distance_m": 9689.6,
      "duration_s": 2939,
      "moving_pace_s_per_km": 303.3,
      "moving_time_s": 2939,
      "run_id": "2026-05-31-run.fit",
      "sport": "running",
      "start_time": "2026-05-31T06:31:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.8,
      "device": "garmin fr945",
      "distance_m": 8756.3,
      "duration_s": 2559,
      "moving_pace_s_per_km": 292.2,
      "moving_time_s": 2559,
      "run_id": "2026-06-01-run.fit",
      "sport": "running",
      "start_time": "2026-06-01T06:22:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-06-03-strength.fit",
      "sport": "training",
      "start_time": "2026-06-03T07:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.1,
      "device": "garmin fr945",
      "distance_m": 7504.9,
      "duration_s": 2407,
      "moving_pace_s_per_km": 320.7,
      "moving_time_s": 2407,
      "run_id": "2026-06-04-run.fit",
      "sport": "running",
      "start_time": "2026-06-04T07:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.1,
      "device": "garmin fr945",
      "distance_m": 9535.0,
      "duration_s": 2673,
      "moving_pace_s_per_km": 280.3,
      "moving_time_s": 2673,
      "run_id": "2026-06-06-run.fit",
      "sport": "running",
      "start_time": "2026-06-06T08:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.2,
      "device": "garmin fr945",
      "distance_m": 9402.5,
      "duration_s": 2808,
      "moving_pace_s_per_km": 298.6,
      "moving_time_s": 2808,
      "run_id": "2026-06-07-run.fit",
      "sport": "running",
      "start_time": "2026-06-07T07:18:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.3,
      "device": "garmin fr945",
      "distance_m": 7543.7,
      "duration_s": 2166,
      "moving_pace_s_per_km": 287.1,
      "moving_time_s": 2166,
      "run_id": "2026-06-09-run.fit",
      "sport": "running",
      "start_time": "2026-06-09T07:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-06-10-strength.fit",
      "sport": "training",
      "start_time": "2026-06-10T06:57:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.7,
      "device": "garmin fr945",
      "distance_m": 7689.1,
      "duration_s": 2254,
      "moving_pace_s_per_km": 293.1,
      "moving_time_s": 2254,
      "run_id": "2026-06-12-run.fit",
      "sport": "running",
      "start_time": "2026-06-12T06:43:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.6,
      "device": "garmin fr945",
      "distance_m": 8764.0,
      "duration_s": 2759,
      "moving_pace_s_per_km": 314.8,
      "moving_time_s": 2759,
      "run_id": "2026-06-13-run.fit",
      "sport": "running",
      "start_time": "2026-06-13T07:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.8,
      "device": "garmin fr945",
      "distance_m": 8552.1,
      "duration_s": 2672,
      "moving_pace_s_per_km": 312.4,
      "moving_time_s": 2672,
      "run_id": "2026-06-14-run.fit",
      "sport": "running",
      "start_time": "2026-06-14T06:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.5,
      "device": "garmin fr945",
      "distance_m": 8693.6,
      "duration_s": 2750,
      "moving_pace_s_per_km": 316.3,
      "moving_time_s": 2750,
      "run_id": "2026-06-16-run.fit",
      "sport": "running",
      "start_time": "2026-06-16T08:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-06-17-strength.fit",
      "sport": "training",
      "start_time": "2026-06-17T06:43:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.5,
      "device": "garmin fr945",
      "distance_m": 7927.8,
      "duration_s": 2425,
      "moving_pace_s_per_km": 305.9,
      "moving_time_s": 2425,
      "run_id": "2026-06-18-run.fit",
      "sport": "running",
      "start_time": "2026-06-18T07:47:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.4,
      "device": "garmin fr945",
      "distance_m": 9776.3,
      "duration_s": 2891,
      "moving_pace_s_per_km": 295.7,
      "moving_time_s": 2891,
      "run_id": "2026-06-19-run.fit",
      "sport": "running",
      "start_time": "2026-06-19T07:04:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 174.4,
      "device": "garmin fr945",
      "distance_m": 8213.8,
      "duration_s": 2284,
      "moving_pace_s_per_km": 278.1,
      "moving_time_s": 2284,
      "run_id": "2026-06-21-run.fit",
      "sport": "running",
      "start_time": "2026-06-21T06:08:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 172.7,
      "device": "garmin fr945",
      "distance_m": 7969.1,
      "duration_s": 2332,
      "moving_pace_s_per_km": 292.6,
      "moving_time_s": 2332,
      "run_id": "2026-06-23-run.fit",
      "sport": "running",
      "start_time": "2026-06-23T06:31:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-06-24-strength.fit",
      "sport": "training",
      "start_time": "2026-06-24T07:48:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.6,
      "device": "garmin fr945",
      "distance_m": 9553.0,
      "duration_s": 2720,
      "moving_pace_s_per_km": 284.7,
      "moving_time_s": 2720,
      "run_id": "2026-06-25-run.fit",
      "sport": "running",
      "start_time": "2026-06-25T08:27:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.0,
      "device": "garmin fr945",
      "distance_m": 8365.1,
      "duration_s": 2594,
      "moving_pace_s_per_km": 310.1,
      "moving_time_s": 2594,
      "run_id": "2026-06-26-run.fit",
      "sport": "running",
      "start_time": "2026-06-26T07:05:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 170.6,
      "device": "garmin fr945",
      "distance_m": 9773.8,
      "duration_s": 3076,
      "moving_pace_s_per_km": 314.7,
      "moving_time_s": 3076,
      "run_id": "2026-06-27-run.fit",
      "sport": "running",
      "start_time": "2026-06-27T06:09:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.3,
      "device": "garmin fr945",
      "distance_m": 9876.7,
      "duration_s": 3030,
      "moving_pace_s_per_km": 306.8,
      "moving_time_s": 3030,
      "run_id": "2026-06-30-run.fit",
      "sport": "running",
      "start_time": "2026-06-30T08:25:00Z",
      "warnings": []
    },
    {
      "cadence_spm": null,
      "device": "garmin fr945",
      "distance_m": 0.0,
      "duration_s": 0,
      "moving_pace_s_per_km": null,
      "moving_time_s": 0,
      "run_id": "2026-07-01-strength.fit",
      "sport": "training",
      "start_time": "2026-07-01T07:50:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.4,
      "device": "garmin fr945",
      "distance_m": 9420.2,
      "duration_s": 2885,
      "moving_pace_s_per_km": 306.3,
      "moving_time_s": 2885,
      "run_id": "2026-07-03-run.fit",
      "sport": "running",
      "start_time": "2026-07-03T06:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 173.6,
      "device": "garmin fr945",
      "distance_m": 9347.2,
      "duration_s": 2662,
      "moving_pace_s_per_km": 284.8,
      "moving_time_s": 2662,
      "run_id": "2026-07-04-run.fit",
      "sport": "running",
      "start_time": "2026-07-04T06:02:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 171.8,
      "device": "garmin fr945",
      "distance_m": 8041.1,
      "duration_s": 2426,
      "moving_pace_s_per_km": 301.7,
      "moving_time_s": 2426,
      "run_id": "2026-07-05-run.fit",
      "sport": "running",
      "start_time": "2026-07-05T06:45:00Z",
      "warnings": []
    }
  ],
  "schema_version": 1,
  "skipped": [],
  "weeks": [
    {
      "coverage_days": 5,
      "distance_km": 32.26,
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
      "coverage_days": 5,
      "distance_km": 33.27,
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
      "coverage_days": 5,
      "distance_km": 32.99,
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
      "coverage_days": 5,
      "distance_km": 37.23,
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
      "coverage_days": 5,
      "distance_km": 35.63,
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
      "coverage_days": 5,
      "distance_km": 33.59,
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
      "coverage_days": 5,
      "distance_km": 34.74,
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
      "distance_km": 34.47,
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
      "coverage_days": 5,
      "distance_km": 36.60,
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
      "distance_km": 34.18,
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
      "coverage_days": 5,
      "distance_km": 36.23,
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
      "distance_km": 34.68,
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
      "distance_km": 36.30,
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
      "coverage_days": 5,
      "distance_km": 35.20,
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
      "coverage_days": 5,
      "distance_km": 32.55,
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
      "coverage_days": 5,
      "distance_km": 34.61,
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
      "coverage_days": 5,
      "distance_km": 35.66,
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
      "coverage_days": 5,
      "distance_km": 36.69,
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
≤ì
report.html°ì<!DOCTYPE html>
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
<dt>Season</dt><dd>2026-03-02 to 2026-07-05</dd>
<dt>As of</dt><dd>2026-07-05 (the last recorded activity)</dd>
<dt>Data coverage</dt><dd>87 of 126 days have a recorded activity, over 18 ISO weeks. Days without a recording are unknown, not rest.</dd>
<dt>Activities</dt><dd>90 (72 running)</dd>
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
<desc id="chart-desc">Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 37.2 km in 2026-W13. Triangles mark weeks with an L1 session spike: 2026-W10.</desc>
<line x1="44.0" y1="212.0" x2="632.0" y2="212.0" stroke="#666"/>
<line x1="44.0" y1="24.0" x2="44.0" y2="212.0" stroke="#666"/>
<text x="40.0" y="212.0" text-anchor="end" font-size="11">0</text>
<text x="40.0" y="28.0" text-anchor="end" font-size="11">50</text>
<text x="40.0" y="14.0" text-anchor="end" font-size="11">km</text>
<rect x="48.9" y="90.7" width="22.9" height="121.3" fill="#0072B2"><title>2026-W10: 32.3 km</title></rect>
<path d="M55.3 77.7 L65.3 77.7 L60.3 86.7 Z" fill="#D55E00"><title>2026-W10: L1 session spike</title></path>
<text x="60.3" y="230.0" text-anchor="middle" font-size="10">W10</text>
<rect x="81.6" y="86.9" width="22.9" height="125.1" fill="#0072B2"><title>2026-W11: 33.3 km</title></rect>
<rect x="114.2" y="88.0" width="22.9" height="124.0" fill="#0072B2"><title>2026-W12: 33.0 km</title></rect>
<text x="125.7" y="230.0" text-anchor="middle" font-size="10">W12</text>
<rect x="146.9" y="72.0" width="22.9" height="140.0" fill="#0072B2"><title>2026-W13: 37.2 km</title></rect>
<rect x="179.6" y="78.0" width="22.9" height="134.0" fill="#0072B2"><title>2026-W14: 35.6 km</title></rect>
<text x="191.0" y="230.0" text-anchor="middle" font-size="10">W14</text>
<rect x="212.2" y="85.7" width="22.9" height="126.3" fill="#0072B2"><title>2026-W15: 33.6 km</title></rect>
<rect x="244.9" y="81.4" width="22.9" height="130.6" fill="#0072B2"><title>2026-W16: 34.7 km</title></rect>
<text x="256.3" y="230.0" text-anchor="middle" font-size="10">W16</text>
<rect x="277.6" y="82.4" width="22.9" height="129.6" fill="#0072B2"><title>2026-W17: 34.5 km</title></rect>
<rect x="310.2" y="74.4" width="22.9" height="137.6" fill="#0072B2"><title>2026-W18: 36.6 km</title></rect>
<text x="321.7" y="230.0" text-anchor="middle" font-size="10">W18</text>
<rect x="342.9" y="83.5" width="22.9" height="128.5" fill="#0072B2"><title>2026-W19: 34.2 km</title></rect>
<rect x="375.6" y="75.8" width="22.9" height="136.2" fill="#0072B2"><title>2026-W20: 36.2 km</title></rect>
<text x="387.0" y="230.0" text-anchor="middle" font-size="10">W20</text>
<rect x="408.2" y="81.6" width="22.9" height="130.4" fill="#0072B2"><title>2026-W21: 34.7 km</title></rect>
<rect x="440.9" y="75.5" width="22.9" height="136.5" fill="#0072B2"><title>2026-W22: 36.3 km</title></rect>
<text x="452.3" y="230.0" text-anchor="middle" font-size="10">W22</text>
<rect x="473.6" y="79.7" width="22.9" height="132.3" fill="#0072B2"><title>2026-W23: 35.2 km</title></rect>
<rect x="506.2" y="89.6" width="22.9" height="122.4" fill="#0072B2"><title>2026-W24: 32.5 km</title></rect>
<text x="517.7" y="230.0" text-anchor="middle" font-size="10">W24</text>
<rect x="538.9" y="81.9" width="22.9" height="130.1" fill="#0072B2"><title>2026-W25: 34.6 km</title></rect>
<rect x="571.6" y="77.9" width="22.9" height="134.1" fill="#0072B2"><title>2026-W26: 35.7 km</title></rect>
<text x="583.0" y="230.0" text-anchor="middle" font-size="10">W26</text>
<rect x="604.2" y="74.1" width="22.9" height="137.9" fill="#0072B2"><title>2026-W27: 36.7 km</title></rect>
</svg>
</div>
<figcaption>Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 37.2 km in 2026-W13. Triangles mark weeks with an L1 session spike: 2026-W10.</figcaption>
</figure>
<div class="scroll"><table>
<caption>Weekly distance in numbers</caption>
<thead><tr><th>Week</th><th>Starts</th><th class="num">Distance (km)</th><th class="num">Runs</th><th class="num">Days recorded</th><th class="num">L1 spikes</th></tr></thead>
<tbody>
<tr><td>2026-W10</td><td>2026-03-02</td><td class="num">32.3</td><td class="num">4</td><td class="num">5</td><td class="num">1</td></tr>
<tr><td>2026-W11</td><td>2026-03-09</td><td class="num">33.3</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W12</td><td>2026-03-16</td><td class="num">33.0</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W13</td><td>2026-03-23</td><td class="num">37.2</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W14</td><td>2026-03-30</td><td class="num">35.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W15</td><td>2026-04-06</td><td class="num">33.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W16</td><td>2026-04-13</td><td class="num">34.7</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W17</td><td>2026-04-20</td><td class="num">34.5</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W18</td><td>2026-04-27</td><td class="num">36.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W19</td><td>2026-05-04</td><td class="num">34.2</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W20</td><td>2026-05-11</td><td class="num">36.2</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W21</td><td>2026-05-18</td><td class="num">34.7</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W22</td><td>2026-05-25</td><td class="num">36.3</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W23</td><td>2026-06-01</td><td class="num">35.2</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W24</td><td>2026-06-08</td><td class="num">32.5</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W25</td><td>2026-06-15</td><td class="num">34.6</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W26</td><td>2026-06-22</td><td class="num">35.7</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W27</td><td>2026-06-29</td><td class="num">36.7</td><td class="num">4</td><td class="num">5</td><td class="num">0</td></tr>
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
<tr><th scope="row">Iliotibial band syndrome</th><td class="level level-low" title="2026-W10: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W11: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W12: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W13: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
<tr><th scope="row">Patellar tendinopathy</th><td class="level level-none" title="2026-W10: none, 0 points">n</td><td class="level level-none" title="2026-W11: none, 0 points">n</td><td class="level level-none" title="2026-W12: none, 0 points">n</td><td class="level level-none" title="2026-W13: none, 0 points">n</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-none" title="2026-W21: none, 0 points">n</td><td class="level level-none" title="2026-W22: none, 0 points">n</td><td class="level level-none" title="2026-W23: none, 0 points">n</td><td class="level level-none" title="2026-W24: none, 0 points">n</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
</tbody>
</table></div>
</section>
<section id="flagged-runs">
<h2>Flagged runs</h2>
<div class="scroll"><table>
<thead><tr><th>Date</th><th>Run</th><th>Rule</th><th>Band</th><th class="num">Value</th><th class="num">Threshold</th><th class="num">Baseline</th><th>Source</th><th>Detail</th></tr></thead>
<tbody>
<tr><td>2026-03-07</td><td>2026-03-07-run.fit</td><td>L1</td><td>small</td><td class="num">1.13√ó</td><td class="num">&gt;1.10√ó</td><td class="num">7.8 km</td><td>Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners</td><td>distance 8.9 km is 1.13√ó the longest run of the previous 30 days (7.8 km): small session spike (&gt;1.10)</td></tr>
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
ü_
runs.csví_athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,duration_s,moving_pace_s_per_km,device
ben-steady,2026-03-02-run.fit,2026-03-02T06:11:00Z,running,7746.2,2396,171.1,,1.130,243.8,50.30,85.0,179.8,171.4,92.3,2396,309.3,garmin fr945
ben-steady,2026-03-03-run.fit,2026-03-03T07:49:00Z,running,7805.7,2404,171.2,,1.135,243.4,50.31,85.0,171.7,171.2,92.3,2404,308.0,garmin fr945
ben-steady,2026-03-04-strength.fit,2026-03-04T07:24:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-03-06-run.fit,2026-03-06T08:18:00Z,running,7843.5,2213,173.9,,1.218,233.0,50.29,86.2,181.7,176.1,92.9,2213,282.1,garmin fr945
ben-steady,2026-03-07-run.fit,2026-03-07T07:58:00Z,running,8861.2,2730,171.2,,1.137,243.3,50.29,85.0,88.0,87.8,98.8,2730,308.1,garmin fr945
ben-steady,2026-03-09-run.fit,2026-03-09T06:49:00Z,running,8475.4,2487,172.7,,1.180,237.8,50.31,85.6,187.6,194.0,101.9,2487,293.4,garmin fr945
ben-steady,2026-03-10-run.fit,2026-03-10T08:22:00Z,running,9176.1,2742,172.1,,1.166,239.8,50.31,85.4,92.0,91.2,104.1,2742,298.8,garmin fr945
ben-steady,2026-03-11-strength.fit,2026-03-11T06:16:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-03-13-run.fit,2026-03-13T06:30:00Z,running,7994.8,2226,174.3,,1.231,231.2,50.31,86.4,181.2,174.0,97.3,2226,278.4,garmin fr945
ben-steady,2026-03-15-run.fit,2026-03-15T07:23:00Z,running,7626.5,2384,170.8,,1.120,245.0,50.29,84.8,172.4,163.0,90.6,2384,312.6,garmin fr945
ben-steady,2026-03-16-run.fit,2026-03-16T06:24:00Z,running,8062.3,2266,174.0,,1.221,232.4,50.30,86.2,186.1,175.2,98.1,2266,281.1,garmin fr945
ben-steady,2026-03-17-run.fit,2026-03-17T07:02:00Z,running,7995.2,2500,170.8,,1.120,245.1,50.30,84.8,180.7,185.3,94.1,2500,312.7,garmin fr945
ben-steady,2026-03-18-strength.fit,2026-03-18T08:20:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-03-20-run.fit,2026-03-20T08:19:00Z,running,8435.8,2615,171.0,,1.131,244.1,50.29,84.9,84.0,84.0,93.9,2615,310.0,garmin fr945
ben-steady,2026-03-21-run.fit,2026-03-21T06:12:00Z,running,8493.6,2678,170.5,,1.113,246.0,50.30,84.7,204.4,181.1,102.7,2678,315.3,garmin fr945
ben-steady,2026-03-23-run.fit,2026-03-23T07:17:00Z,running,9722.8,2723,174.2,,1.225,232.1,50.31,86.2,226.1,214.3,119.6,2723,280.1,garmin fr945
ben-steady,2026-03-24-run.fit,2026-03-24T07:39:00Z,running,8665.6,2708,170.8,,1.121,245.0,50.31,84.8,178.7,205.8,100.3,2708,312.5,garmin fr945
ben-steady,2026-03-25-strength.fit,2026-03-25T07:21:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-03-27-run.fit,2026-03-27T06:26:00Z,running,9712.2,2908,172.0,,1.164,240.1,50.29,85.4,96.0,98.4,110.3,2908,299.4,garmin fr945
ben-steady,2026-03-28-run.fit,2026-03-28T06:01:00Z,running,9129.6,2884,170.5,,1.111,246.2,50.28,84.6,211.6,204.3,109.0,2884,315.9,garmin fr945
ben-steady,2026-03-30-run.fit,2026-03-30T08:17:00Z,running,7676.3,2203,173.4,,1.199,235.0,50.30,86.0,177.0,167.3,92.2,2203,287.0,garmin fr945
ben-steady,2026-04-01-strength.fit,2026-04-01T06:22:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-04-02-run.fit,2026-04-02T06:27:00Z,running,9072.7,2734,171.9,,1.155,240.8,50.31,85.3,213.1,196.8,110.7,2734,301.3,garmin fr945
ben-steady,2026-04-03-run.fit,2026-04-03T06:06:00Z,running,9477.4,2978,170.6,,1.116,245.6,50.29,84.7,207.9,215.4,111.6,2978,314.2,garmin fr945
ben-steady,2026-04-05-run.fit,2026-04-05T06:07:00Z,running,9403.3,2732,173.0,,1.193,236.4,50.31,85.8,94.7,93.3,108.3,2732,290.5,garmin fr945
ben-steady,2026-04-07-run.fit,2026-04-07T06:32:00Z,running,9205.5,2755,172.1,,1.162,240.0,50.30,85.3,213.3,199.2,112.4,2755,299.3,garmin fr945
ben-steady,2026-04-08-strength.fit,2026-04-08T07:51:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-04-09-run.fit,2026-04-09T06:24:00Z,running,7957.2,2390,172.0,,1.158,240.5,50.29,85.3,184.6,174.6,96.2,2390,300.4,garmin fr945
ben-steady,2026-04-11-run.fit,2026-04-11T07:42:00Z,running,7567.6,2256,172.2,,1.168,239.6,50.29,85.4,74.3,75.6,84.8,2256,298.1,garmin fr945
ben-steady,2026-04-12-run.fit,2026-04-12T06:11:00Z,running,8858.7,2482,174.2,,1.224,232.1,50.30,86.2,192.6,212.5,105.9,2482,280.2,garmin fr945
ben-steady,2026-04-14-run.fit,2026-04-14T08:03:00Z,running,8498.9,2662,170.7,,1.118,245.3,50.32,84.8,179.9,208.7,97.8,2662,313.2,garmin fr945
ben-steady,2026-04-15-strength.fit,2026-04-15T06:27:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-04-16-run.fit,2026-04-16T07:01:00Z,running,9006.1,2857,170.4,,1.107,246.6,50.28,84.6,196.2,209.3,105.2,2857,317.2,garmin fr945
ben-steady,2026-04-17-run.fit,2026-04-17T08:05:00Z,running,7650.1,2152,174.0,,1.220,232.5,50.29,86.2,170.9,160.5,93.1,2152,281.3,garmin fr945
ben-steady,2026-04-18-run.fit,2026-04-18T06:48:00Z,running,9589.6,2942,171.3,,1.141,243.0,50.30,85.0,95.4,96.0,107.8,2942,306.8,garmin fr945
ben-steady,2026-04-20-run.fit,2026-04-20T08:25:00Z,running,7784.8,2168,174.3,,1.231,231.2,50.30,86.4,176.2,172.2,93.5,2168,278.5,garmin fr945
ben-steady,2026-04-20-run-2.fit,2026-04-20T18:00:00Z,running,8389.5,2537,171.7,,1.152,241.4,50.29,85.2,197.1,175.0,102.7,2537,302.4,garmin fr945
ben-steady,2026-04-22-strength.fit,2026-04-22T07:57:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-04-24-run.fit,2026-04-24T06:22:00Z,running,9905.1,3102,170.7,,1.119,245.2,50.31,84.8,214.1,227.9,117.3,3102,313.2,garmin fr945
ben-steady,2026-04-25-run.fit,2026-04-25T08:28:00Z,running,8385.9,2577,171.3,,1.139,243.2,50.31,85.0,83.4,84.0,93.4,2577,307.3,garmin fr945
ben-steady,2026-04-27-run.fit,2026-04-27T06:53:00Z,running,8438.2,2632,170.9,,1.123,244.8,50.30,84.8,176.5,206.4,97.2,2632,311.9,garmin fr945
ben-steady,2026-04-28-run.fit,2026-04-28T08:12:00Z,running,8408.1,2360,174.1,,1.223,232.4,50.31,86.3,173.8,198.0,99.6,2360,280.7,garmin fr945
ben-steady,2026-04-29-strength.fit,2026-04-29T06:53:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-05-02-run.fit,2026-05-02T07:30:00Z,running,9921.4,2991,171.8,,1.155,241.0,50.31,85.3,216.9,225.6,119.4,2991,301.5,garmin fr945
ben-steady,2026-05-03-run.fit,2026-05-03T06:32:00Z,running,9836.3,2985,171.7,,1.151,241.6,50.28,85.2,97.3,99.6,111.3,2985,303.5,garmin fr945
ben-steady,2026-05-06-strength.fit,2026-05-06T08:14:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-05-08-run.fit,2026-05-08T06:21:00Z,running,7681.2,2236,172.9,,1.191,236.9,50.30,85.7,76.1,73.9,87.5,2236,291.1,garmin fr945
ben-steady,2026-05-09-run.fit,2026-05-09T06:24:00Z,running,9220.7,2624,173.6,,1.209,234.0,50.30,86.1,207.4,198.7,112.8,2624,284.6,garmin fr945
ben-steady,2026-05-09-run-2.fit,2026-05-09T18:00:00Z,running,9336.5,2884,171.2,,1.132,243.7,50.29,84.9,212.2,200.9,112.6,2884,308.9,garmin fr945
ben-steady,2026-05-10-run.fit,2026-05-10T07:40:00Z,running,7941.5,2473,170.9,,1.124,244.7,50.29,84.8,172.7,185.4,92.9,2473,311.4,garmin fr945
ben-steady,2026-05-11-run.fit,2026-05-11T07:39:00Z,running,9641.5,2799,173.0,,1.188,236.4,50.30,85.8,212.3,217.9,115.6,2799,290.3,garmin fr945
ben-steady,2026-05-12-run.fit,2026-05-12T07:14:00Z,running,7734.7,2374,171.3,,1.137,242.9,50.30,85.0,171.4,184.7,90.9,2374,306.9,garmin fr945
ben-steady,2026-05-13-strength.fit,2026-05-13T06:38:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-05-15-run.fit,2026-05-15T08:05:00Z,running,9565.3,2864,172.1,,1.164,240.1,50.31,85.4,96.0,95.7,108.9,2864,299.4,garmin fr945
ben-steady,2026-05-16-run.fit,2026-05-16T08:14:00Z,running,9292.3,2760,172.3,,1.169,239.3,50.30,85.5,213.7,214.9,113.0,2760,297.0,garmin fr945
ben-steady,2026-05-18-run.fit,2026-05-18T06:06:00Z,running,7992.2,2428,171.6,,1.148,241.8,50.30,85.1,172.7,185.5,94.0,2428,303.8,garmin fr945
ben-steady,2026-05-19-run.fit,2026-05-19T07:36:00Z,running,9549.2,2713,173.7,,1.210,233.8,50.30,86.1,212.4,223.7,116.1,2713,284.1,garmin fr945
ben-steady,2026-05-19-run-2.fit,2026-05-19T18:00:00Z,running,8226.0,2605,170.4,,1.109,246.5,50.29,84.6,195.0,180.3,97.7,2605,316.7,garmin fr945
ben-steady,2026-05-20-strength.fit,2026-05-20T07:19:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-05-22-run.fit,2026-05-22T07:38:00Z,running,8914.6,2698,171.8,,1.153,241.3,50.31,85.2,90.7,87.8,100.6,2698,302.6,garmin fr945
ben-steady,2026-05-25-run.fit,2026-05-25T08:29:00Z,running,8669.9,2465,173.6,,1.209,234.0,50.31,86.1,189.6,208.8,103.6,2465,284.3,garmin fr945
ben-steady,2026-05-27-strength.fit,2026-05-27T07:38:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-05-28-run.fit,2026-05-28T07:07:00Z,running,9040.6,2693,172.2,,1.169,239.5,50.30,85.4,88.0,91.5,102.5,2693,297.9,garmin fr945
ben-steady,2026-05-30-run.fit,2026-05-30T06:45:00Z,running,8900.3,2827,170.3,,1.106,246.7,50.30,84.6,192.4,205.2,104.3,2827,317.6,garmin fr945
ben-steady,2026-05-31-run.fit,2026-05-31T06:31:00Z,running,9689.6,2939,171.7,,1.149,241.5,50.31,85.2,215.3,224.9,116.6,2939,303.3,garmin fr945
ben-steady,2026-06-01-run.fit,2026-06-01T06:22:00Z,running,8756.3,2559,172.8,,1.187,237.2,50.30,85.7,88.0,85.7,100.3,2559,292.2,garmin fr945
ben-steady,2026-06-03-strength.fit,2026-06-03T07:00:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-06-04-run.fit,2026-06-04T07:28:00Z,running,7504.9,2407,170.1,,1.097,247.9,50.30,84.5,174.9,169.9,87.5,2407,320.7,garmin fr945
ben-steady,2026-06-06-run.fit,2026-06-06T08:11:00Z,running,9535.0,2673,174.1,,1.224,232.0,50.29,86.3,207.6,213.3,114.8,2673,280.3,garmin fr945
ben-steady,2026-06-07-run.fit,2026-06-07T07:18:00Z,running,9402.5,2808,172.2,,1.163,239.8,50.30,85.4,212.6,214.6,113.8,2808,298.6,garmin fr945
ben-steady,2026-06-09-run.fit,2026-06-09T07:07:00Z,running,7543.7,2166,173.3,,1.199,235.1,50.30,85.9,180.5,171.2,90.8,2166,287.1,garmin fr945
ben-steady,2026-06-10-strength.fit,2026-06-10T06:57:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-06-12-run.fit,2026-06-12T06:43:00Z,running,7689.1,2254,172.7,,1.184,237.7,50.29,85.7,76.0,78.1,87.0,2254,293.1,garmin fr945
ben-steady,2026-06-13-run.fit,2026-06-13T07:01:00Z,running,8764.0,2759,170.6,,1.114,245.7,50.31,84.7,179.5,207.0,101.2,2759,314.8,garmin fr945
ben-steady,2026-06-14-run.fit,2026-06-14T06:14:00Z,running,8552.1,2672,170.8,,1.121,245.0,50.30,84.8,195.3,177.2,102.9,2672,312.4,garmin fr945
ben-steady,2026-06-16-run.fit,2026-06-16T08:19:00Z,running,8693.6,2750,170.5,,1.110,246.4,50.30,84.7,192.8,202.6,101.6,2750,316.3,garmin fr945
ben-steady,2026-06-17-strength.fit,2026-06-17T06:43:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-06-18-run.fit,2026-06-18T07:47:00Z,running,7927.8,2425,171.5,,1.140,242.7,50.30,85.1,185.7,176.8,94.9,2425,305.9,garmin fr945
ben-steady,2026-06-19-run.fit,2026-06-19T07:04:00Z,running,9776.3,2891,172.4,,1.176,238.5,50.30,85.5,99.3,96.0,112.2,2891,295.7,garmin fr945
ben-steady,2026-06-21-run.fit,2026-06-21T06:08:00Z,running,8213.8,2284,174.4,,1.232,231.2,50.29,86.4,174.4,196.5,97.5,2284,278.1,garmin fr945
ben-steady,2026-06-23-run.fit,2026-06-23T06:31:00Z,running,7969.1,2332,172.7,,1.186,237.4,50.31,85.7,78.3,79.3,90.5,2332,292.6,garmin fr945
ben-steady,2026-06-24-strength.fit,2026-06-24T07:48:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-06-25-run.fit,2026-06-25T08:27:00Z,running,9553.0,2720,173.6,,1.208,234.0,50.30,86.1,210.7,214.8,115.2,2720,284.7,garmin fr945
ben-steady,2026-06-26-run.fit,2026-06-26T07:05:00Z,running,8365.1,2594,171.0,,1.128,244.2,50.29,84.9,194.5,175.1,100.7,2594,310.1,garmin fr945
ben-steady,2026-06-27-run.fit,2026-06-27T06:09:00Z,running,9773.8,3076,170.6,,1.114,245.8,50.29,84.7,219.0,213.1,116.7,3076,314.7,garmin fr945
ben-steady,2026-06-30-run.fit,2026-06-30T08:25:00Z,running,9876.7,3030,171.3,,1.138,242.7,50.31,85.0,217.8,224.6,118.2,3030,306.8,garmin fr945
ben-steady,2026-07-01-strength.fit,2026-07-01T07:50:00Z,training,0.0,0,,,,,,,,,,0,,garmin fr945
ben-steady,2026-07-03-run.fit,2026-07-03T06:11:00Z,running,9420.2,2885,171.4,,1.142,242.6,50.30,85.1,92.0,95.5,105.9,2885,306.3,garmin fr945
ben-steady,2026-07-04-run.fit,2026-07-04T06:02:00Z,running,9347.2,2662,173.6,,1.208,234.2,50.30,86.1,214.6,212.0,113.5,2662,284.8,garmin fr945
ben-steady,2026-07-05-run.fit,2026-07-05T06:45:00Z,running,8041.1,2426,171.8,,1.154,241.0,50.30,85.2,181.9,174.4,96.2,2426,301.7,garmin fr945
Ò

	weeks.csv„
athlete,week,week_start,coverage_days,distance_km,runs,pfp_level,pfp_points,pfp_rules,itbs_level,itbs_points,itbs_rules,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules
ben-steady,2026-W10,2026-03-02,5,32.26,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W11,2026-03-09,5,33.27,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W12,2026-03-16,5,32.99,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W13,2026-03-23,5,37.23,4,none,0,,low,1,L1,none,0,
ben-steady,2026-W14,2026-03-30,5,35.63,4,none,0,,none,0,,none,0,
ben-steady,2026-W15,2026-04-06,5,33.59,4,none,0,,none,0,,none,0,
ben-steady,2026-W16,2026-04-13,5,34.74,4,none,0,,none,0,,none,0,
ben-steady,2026-W17,2026-04-20,4,34.47,4,none,0,,none,0,,none,0,
ben-steady,2026-W18,2026-04-27,5,36.60,4,none,0,,none,0,,none,0,
ben-steady,2026-W19,2026-05-04,4,34.18,4,none,0,,none,0,,none,0,
ben-steady,2026-W20,2026-05-11,5,36.23,4,none,0,,none,0,,none,0,
ben-steady,2026-W21,2026-05-18,4,34.68,4,none,0,,none,0,,none,0,
ben-steady,2026-W22,2026-05-25,5,36.30,4,none,0,,none,0,,none,0,
ben-steady,2026-W23,2026-06-01,5,35.20,4,none,0,,none,0,,none,0,
ben-steady,2026-W24,2026-06-08,5,32.55,4,none,0,,none,0,,none,0,
ben-steady,2026-W25,2026-06-15,5,34.61,4,none,0,,none,0,,none,0,
ben-steady,2026-W26,2026-06-22,5,35.66,4,none,0,,none,0,,none,0,
ben-steady,2026-W27,2026-06-29,5,36.69,4,none,0,,none,0,,none,0,
Ω

ben-steady
2026-07-05nonenonenone"ê∞8ú˘’ @@^Ä}tÍ¢@@Ê:ç¥T~@@⁄…‡(yùB@#OíÆô–A@%]3˘fÀ@@÷Q’Q_A@d;ﬂOç;A@~:3PMB@ﬁ»<ÚA@í?xÓB@z≈rKWA@◊Üäq&B@”á.®oôA@C9—ÆBF@@;˙DNA@ç—:™ö‘A@y‹ùµWB@