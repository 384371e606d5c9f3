
ReportBundleåı
ana-rampÁí
report.json÷í{
  "as_of": "2026-07-05",
  "athlete": "ana-ramp",
  "disclaimer": "This is a screening summary, not a diagnosis ‚Äî a clinical assessment decides.",
  "fired_rules": [
    {
      "band": "large",
      "baseline": 7997.5,
      "date": "2026-05-23",
      "detail": "distance 17.6 km is 2.20√ó the longest run of the previous 30 days (8.0 km): large session spike (>2.00)",
      "id": "L1",
      "run_id": "2026-05-23-run.fit",
      "source": "Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners",
      "threshold": 2.00,
      "value": 2.2000
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
      "cadence_spm": 158.8,
      "device": "garmin 3113",
      "distance_m": 7327.1,
      "duration_s": 2211,
      "moving_pace_s_per_km": 301.8,
      "moving_time_s": 2211,
      "run_id": "2026-03-02-run.fit",
      "sport": "running",
      "start_time": "2026-03-02T07:33:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.8,
      "device": "garmin 3113",
      "distance_m": 7255.8,
      "duration_s": 2318,
      "moving_pace_s_per_km": 319.5,
      "moving_time_s": 2318,
      "run_id": "2026-03-03-run.fit",
      "sport": "running",
      "start_time": "2026-03-03T06:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.5,
      "device": "garmin 3113",
      "distance_m": 7455.9,
      "duration_s": 2239,
      "moving_pace_s_per_km": 300.3,
      "moving_time_s": 2239,
      "run_id": "2026-03-05-run.fit",
      "sport": "running",
      "start_time": "2026-03-05T07:02:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.5,
      "device": "garmin 3113",
      "distance_m": 6889.8,
      "duration_s": 2098,
      "moving_pace_s_per_km": 304.5,
      "moving_time_s": 2098,
      "run_id": "2026-03-06-run.fit",
      "sport": "running",
      "start_time": "2026-03-06T06:36:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.8,
      "device": "garmin 3113",
      "distance_m": 6745.4,
      "duration_s": 2109,
      "moving_pace_s_per_km": 312.7,
      "moving_time_s": 2109,
      "run_id": "2026-03-07-run.fit",
      "sport": "running",
      "start_time": "2026-03-07T06:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.6,
      "device": "garmin 3113",
      "distance_m": 6599.1,
      "duration_s": 1994,
      "moving_pace_s_per_km": 302.2,
      "moving_time_s": 1994,
      "run_id": "2026-03-09-run.fit",
      "sport": "running",
      "start_time": "2026-03-09T07:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.5,
      "device": "garmin 3113",
      "distance_m": 7432.1,
      "duration_s": 2287,
      "moving_pace_s_per_km": 307.7,
      "moving_time_s": 2287,
      "run_id": "2026-03-10-run.fit",
      "sport": "running",
      "start_time": "2026-03-10T06:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.3,
      "device": "garmin 3113",
      "distance_m": 7838.8,
      "duration_s": 2518,
      "moving_pace_s_per_km": 321.2,
      "moving_time_s": 2518,
      "run_id": "2026-03-11-run.fit",
      "sport": "running",
      "start_time": "2026-03-11T06:38:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.3,
      "device": "garmin 3113",
      "distance_m": 7324.6,
      "duration_s": 2242,
      "moving_pace_s_per_km": 306.1,
      "moving_time_s": 2242,
      "run_id": "2026-03-12-run.fit",
      "sport": "running",
      "start_time": "2026-03-12T06:11:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.0,
      "device": "garmin 3113",
      "distance_m": 7385.4,
      "duration_s": 2248,
      "moving_pace_s_per_km": 304.4,
      "moving_time_s": 2248,
      "run_id": "2026-03-17-run.fit",
      "sport": "running",
      "start_time": "2026-03-17T07:09:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.5,
      "device": "garmin 3113",
      "distance_m": 7557.4,
      "duration_s": 2440,
      "moving_pace_s_per_km": 322.9,
      "moving_time_s": 2440,
      "run_id": "2026-03-18-run.fit",
      "sport": "running",
      "start_time": "2026-03-18T07:23:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.4,
      "device": "garmin 3113",
      "distance_m": 6504.2,
      "duration_s": 2003,
      "moving_pace_s_per_km": 308.0,
      "moving_time_s": 2003,
      "run_id": "2026-03-21-run.fit",
      "sport": "running",
      "start_time": "2026-03-21T06:42:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.2,
      "device": "garmin 3113",
      "distance_m": 7192.1,
      "duration_s": 2367,
      "moving_pace_s_per_km": 329.1,
      "moving_time_s": 2367,
      "run_id": "2026-03-22-run.fit",
      "sport": "running",
      "start_time": "2026-03-22T08:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.8,
      "device": "garmin 3113",
      "distance_m": 7283.0,
      "duration_s": 2338,
      "moving_pace_s_per_km": 321.0,
      "moving_time_s": 2338,
      "run_id": "2026-03-25-run.fit",
      "sport": "running",
      "start_time": "2026-03-25T07:48:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.0,
      "device": "garmin 3113",
      "distance_m": 6836.9,
      "duration_s": 2222,
      "moving_pace_s_per_km": 325.0,
      "moving_time_s": 2222,
      "run_id": "2026-03-26-run.fit",
      "sport": "running",
      "start_time": "2026-03-26T06:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.4,
      "device": "garmin 3113",
      "distance_m": 7534.0,
      "duration_s": 2274,
      "moving_pace_s_per_km": 301.8,
      "moving_time_s": 2274,
      "run_id": "2026-03-28-run.fit",
      "sport": "running",
      "start_time": "2026-03-28T06:33:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.0,
      "device": "garmin 3113",
      "distance_m": 6683.0,
      "duration_s": 2126,
      "moving_pace_s_per_km": 318.1,
      "moving_time_s": 2126,
      "run_id": "2026-03-29-run.fit",
      "sport": "running",
      "start_time": "2026-03-29T06:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.1,
      "device": "garmin 3113",
      "distance_m": 7341.5,
      "duration_s": 2325,
      "moving_pace_s_per_km": 316.7,
      "moving_time_s": 2325,
      "run_id": "2026-03-30-run.fit",
      "sport": "running",
      "start_time": "2026-03-30T06:40:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.0,
      "device": "garmin 3113",
      "distance_m": 7189.8,
      "duration_s": 2217,
      "moving_pace_s_per_km": 308.4,
      "moving_time_s": 2217,
      "run_id": "2026-04-02-run.fit",
      "sport": "running",
      "start_time": "2026-04-02T07:56:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.2,
      "device": "garmin 3113",
      "distance_m": 7998.6,
      "duration_s": 2534,
      "moving_pace_s_per_km": 316.8,
      "moving_time_s": 2534,
      "run_id": "2026-04-03-run.fit",
      "sport": "running",
      "start_time": "2026-04-03T07:20:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.0,
      "device": "garmin 3113",
      "distance_m": 7282.5,
      "duration_s": 2279,
      "moving_pace_s_per_km": 312.9,
      "moving_time_s": 2279,
      "run_id": "2026-04-04-run.fit",
      "sport": "running",
      "start_time": "2026-04-04T07:47:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.0,
      "device": "garmin 3113",
      "distance_m": 7580.7,
      "duration_s": 2311,
      "moving_pace_s_per_km": 304.9,
      "moving_time_s": 2311,
      "run_id": "2026-04-05-run.fit",
      "sport": "running",
      "start_time": "2026-04-05T06:46:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.3,
      "device": "garmin 3113",
      "distance_m": 6851.7,
      "duration_s": 2102,
      "moving_pace_s_per_km": 306.8,
      "moving_time_s": 2102,
      "run_id": "2026-04-06-run.fit",
      "sport": "running",
      "start_time": "2026-04-06T06:32:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.1,
      "device": "garmin 3113",
      "distance_m": 7346.9,
      "duration_s": 2345,
      "moving_pace_s_per_km": 319.2,
      "moving_time_s": 2345,
      "run_id": "2026-04-07-run.fit",
      "sport": "running",
      "start_time": "2026-04-07T07:51:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.6,
      "device": "garmin 3113",
      "distance_m": 7580.9,
      "duration_s": 2399,
      "moving_pace_s_per_km": 316.5,
      "moving_time_s": 2399,
      "run_id": "2026-04-08-run.fit",
      "sport": "running",
      "start_time": "2026-04-08T07:15:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.4,
      "device": "garmin 3113",
      "distance_m": 6818.7,
      "duration_s": 2137,
      "moving_pace_s_per_km": 313.4,
      "moving_time_s": 2137,
      "run_id": "2026-04-11-run.fit",
      "sport": "running",
      "start_time": "2026-04-11T07:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.5,
      "device": "garmin 3113",
      "distance_m": 7172.7,
      "duration_s": 2286,
      "moving_pace_s_per_km": 318.7,
      "moving_time_s": 2286,
      "run_id": "2026-04-13-run.fit",
      "sport": "running",
      "start_time": "2026-04-13T06:10:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.4,
      "device": "garmin 3113",
      "distance_m": 7841.8,
      "duration_s": 2469,
      "moving_pace_s_per_km": 314.9,
      "moving_time_s": 2469,
      "run_id": "2026-04-14-run.fit",
      "sport": "running",
      "start_time": "2026-04-14T06:45:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.8,
      "device": "garmin 3113",
      "distance_m": 6940.0,
      "duration_s": 2180,
      "moving_pace_s_per_km": 314.1,
      "moving_time_s": 2180,
      "run_id": "2026-04-15-run.fit",
      "sport": "running",
      "start_time": "2026-04-15T08:19:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.2,
      "device": "garmin 3113",
      "distance_m": 6902.7,
      "duration_s": 2117,
      "moving_pace_s_per_km": 306.7,
      "moving_time_s": 2117,
      "run_id": "2026-04-18-run.fit",
      "sport": "running",
      "start_time": "2026-04-18T07:30:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.7,
      "device": "garmin 3113",
      "distance_m": 6805.0,
      "duration_s": 2175,
      "moving_pace_s_per_km": 319.6,
      "moving_time_s": 2175,
      "run_id": "2026-04-19-run.fit",
      "sport": "running",
      "start_time": "2026-04-19T08:17:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.9,
      "device": "garmin 3113",
      "distance_m": 6625.8,
      "duration_s": 2116,
      "moving_pace_s_per_km": 319.4,
      "moving_time_s": 2116,
      "run_id": "2026-04-20-run.fit",
      "sport": "running",
      "start_time": "2026-04-20T08:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.3,
      "device": "garmin 3113",
      "distance_m": 7369.7,
      "duration_s": 2384,
      "moving_pace_s_per_km": 323.5,
      "moving_time_s": 2384,
      "run_id": "2026-04-21-run.fit",
      "sport": "running",
      "start_time": "2026-04-21T06:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.5,
      "device": "garmin 3113",
      "distance_m": 6696.6,
      "duration_s": 2022,
      "moving_pace_s_per_km": 301.9,
      "moving_time_s": 2022,
      "run_id": "2026-04-23-run.fit",
      "sport": "running",
      "start_time": "2026-04-23T08:10:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.8,
      "device": "garmin 3113",
      "distance_m": 7835.9,
      "duration_s": 2537,
      "moving_pace_s_per_km": 323.8,
      "moving_time_s": 2537,
      "run_id": "2026-04-24-run.fit",
      "sport": "running",
      "start_time": "2026-04-24T06:57:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.5,
      "device": "garmin 3113",
      "distance_m": 6939.1,
      "duration_s": 2120,
      "moving_pace_s_per_km": 305.5,
      "moving_time_s": 2120,
      "run_id": "2026-04-26-run.fit",
      "sport": "running",
      "start_time": "2026-04-26T08:29:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.7,
      "device": "garmin 3113",
      "distance_m": 7797.3,
      "duration_s": 2459,
      "moving_pace_s_per_km": 315.4,
      "moving_time_s": 2459,
      "run_id": "2026-04-30-run.fit",
      "sport": "running",
      "start_time": "2026-04-30T07:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.7,
      "device": "garmin 3113",
      "distance_m": 6843.8,
      "duration_s": 2079,
      "moving_pace_s_per_km": 303.8,
      "moving_time_s": 2079,
      "run_id": "2026-05-01-run.fit",
      "sport": "running",
      "start_time": "2026-05-01T07:01:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.0,
      "device": "garmin 3113",
      "distance_m": 7997.5,
      "duration_s": 2481,
      "moving_pace_s_per_km": 310.2,
      "moving_time_s": 2481,
      "run_id": "2026-05-02-run.fit",
      "sport": "running",
      "start_time": "2026-05-02T07:51:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.6,
      "device": "garmin 3113",
      "distance_m": 6552.4,
      "duration_s": 1997,
      "moving_pace_s_per_km": 304.8,
      "moving_time_s": 1997,
      "run_id": "2026-05-03-run.fit",
      "sport": "running",
      "start_time": "2026-05-03T06:38:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.5,
      "device": "garmin 3113",
      "distance_m": 7804.6,
      "duration_s": 2400,
      "moving_pace_s_per_km": 307.5,
      "moving_time_s": 2400,
      "run_id": "2026-05-05-run.fit",
      "sport": "running",
      "start_time": "2026-05-05T06:23:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.0,
      "device": "garmin 3113",
      "distance_m": 7992.2,
      "duration_s": 2457,
      "moving_pace_s_per_km": 307.4,
      "moving_time_s": 2457,
      "run_id": "2026-05-08-run.fit",
      "sport": "running",
      "start_time": "2026-05-08T06:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.1,
      "device": "garmin 3113",
      "distance_m": 7158.0,
      "duration_s": 2208,
      "moving_pace_s_per_km": 308.5,
      "moving_time_s": 2208,
      "run_id": "2026-05-09-run.fit",
      "sport": "running",
      "start_time": "2026-05-09T07:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.2,
      "device": "garmin 3113",
      "distance_m": 7945.1,
      "duration_s": 2562,
      "moving_pace_s_per_km": 322.5,
      "moving_time_s": 2562,
      "run_id": "2026-05-10-run.fit",
      "sport": "running",
      "start_time": "2026-05-10T06:58:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.2,
      "device": "garmin 3113",
      "distance_m": 6658.7,
      "duration_s": 2104,
      "moving_pace_s_per_km": 316.0,
      "moving_time_s": 2104,
      "run_id": "2026-05-11-run.fit",
      "sport": "running",
      "start_time": "2026-05-11T08:25:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.3,
      "device": "garmin 3113",
      "distance_m": 6957.0,
      "duration_s": 2227,
      "moving_pace_s_per_km": 320.1,
      "moving_time_s": 2227,
      "run_id": "2026-05-13-run.fit",
      "sport": "running",
      "start_time": "2026-05-13T06:34:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.3,
      "device": "garmin 3113",
      "distance_m": 7418.8,
      "duration_s": 2346,
      "moving_pace_s_per_km": 316.2,
      "moving_time_s": 2346,
      "run_id": "2026-05-16-run.fit",
      "sport": "running",
      "start_time": "2026-05-16T06:38:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.3,
      "device": "garmin 3113",
      "distance_m": 6779.9,
      "duration_s": 2074,
      "moving_pace_s_per_km": 305.9,
      "moving_time_s": 2074,
      "run_id": "2026-05-17-run.fit",
      "sport": "running",
      "start_time": "2026-05-17T08:29:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.6,
      "device": "garmin 3113",
      "distance_m": 7767.9,
      "duration_s": 2492,
      "moving_pace_s_per_km": 320.8,
      "moving_time_s": 2492,
      "run_id": "2026-05-21-run.fit",
      "sport": "running",
      "start_time": "2026-05-21T07:42:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.5,
      "device": "garmin 3113",
      "distance_m": 6859.3,
      "duration_s": 2089,
      "moving_pace_s_per_km": 304.6,
      "moving_time_s": 2089,
      "run_id": "2026-05-22-run.fit",
      "sport": "running",
      "start_time": "2026-05-22T08:10:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.2,
      "device": "garmin 3113",
      "distance_m": 17594.2,
      "duration_s": 5252,
      "moving_pace_s_per_km": 298.5,
      "moving_time_s": 5252,
      "run_id": "2026-05-23-run.fit",
      "sport": "running",
      "start_time": "2026-05-23T07:36:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 155.7,
      "device": "garmin 3113",
      "distance_m": 7733.5,
      "duration_s": 2424,
      "moving_pace_s_per_km": 313.4,
      "moving_time_s": 2424,
      "run_id": "2026-05-24-run.fit",
      "sport": "running",
      "start_time": "2026-05-24T07:43:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.6,
      "device": "garmin 3113",
      "distance_m": 6658.9,
      "duration_s": 2037,
      "moving_pace_s_per_km": 305.9,
      "moving_time_s": 2037,
      "run_id": "2026-05-25-run.fit",
      "sport": "running",
      "start_time": "2026-05-25T06:56:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.3,
      "device": "garmin 3113",
      "distance_m": 7022.0,
      "duration_s": 2187,
      "moving_pace_s_per_km": 311.4,
      "moving_time_s": 2187,
      "run_id": "2026-05-26-run.fit",
      "sport": "running",
      "start_time": "2026-05-26T07:10:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.5,
      "device": "garmin 3113",
      "distance_m": 7080.1,
      "duration_s": 2302,
      "moving_pace_s_per_km": 325.1,
      "moving_time_s": 2302,
      "run_id": "2026-05-27-run.fit",
      "sport": "running",
      "start_time": "2026-05-27T08:14:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.8,
      "device": "garmin 3113",
      "distance_m": 6823.7,
      "duration_s": 2157,
      "moving_pace_s_per_km": 316.1,
      "moving_time_s": 2157,
      "run_id": "2026-05-29-run.fit",
      "sport": "running",
      "start_time": "2026-05-29T08:18:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.7,
      "device": "garmin 3113",
      "distance_m": 7188.0,
      "duration_s": 2325,
      "moving_pace_s_per_km": 323.5,
      "moving_time_s": 2325,
      "run_id": "2026-06-01-run.fit",
      "sport": "running",
      "start_time": "2026-06-01T08:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.1,
      "device": "garmin 3113",
      "distance_m": 7312.7,
      "duration_s": 2318,
      "moving_pace_s_per_km": 317.0,
      "moving_time_s": 2318,
      "run_id": "2026-06-02-run.fit",
      "sport": "running",
      "start_time": "2026-06-02T06:00:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.1,
      "device": "garmin 3113",
      "distance_m": 7340.6,
      "duration_s": 2336,
      "moving_pace_s_per_km": 318.2,
      "moving_time_s": 2336,
      "run_id": "2026-06-05-run.fit",
      "sport": "running",
      "start_time": "2026-06-05T08:03:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.6,
      "device": "garmin 3113",
      "distance_m": 6754.5,
      "duration_s": 2148,
      "moving_pace_s_per_km": 318.0,
      "moving_time_s": 2148,
      "run_id": "2026-06-06-run.fit",
      "sport": "running",
      "start_time": "2026-06-06T08:12:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.6,
      "device": "garmin 3113",
      "distance_m": 7718.5,
      "duration_s": 2364,
      "moving_pace_s_per_km": 306.3,
      "moving_time_s": 2364,
      "run_id": "2026-06-07-run.fit",
      "sport": "running",
      "start_time": "2026-06-07T07:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.9,
      "device": "garmin 3113",
      "distance_m": 7521.5,
      "duration_s": 2378,
      "moving_pace_s_per_km": 316.2,
      "moving_time_s": 2378,
      "run_id": "2026-06-08-run.fit",
      "sport": "running",
      "start_time": "2026-06-08T07:52:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.1,
      "device": "garmin 3113",
      "distance_m": 6937.8,
      "duration_s": 2180,
      "moving_pace_s_per_km": 314.2,
      "moving_time_s": 2180,
      "run_id": "2026-06-10-run.fit",
      "sport": "running",
      "start_time": "2026-06-10T07:32:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.2,
      "device": "garmin 3113",
      "distance_m": 7281.3,
      "duration_s": 2253,
      "moving_pace_s_per_km": 309.4,
      "moving_time_s": 2253,
      "run_id": "2026-06-13-run.fit",
      "sport": "running",
      "start_time": "2026-06-13T06:55:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.2,
      "device": "garmin 3113",
      "distance_m": 7911.0,
      "duration_s": 2513,
      "moving_pace_s_per_km": 317.7,
      "moving_time_s": 2513,
      "run_id": "2026-06-14-run.fit",
      "sport": "running",
      "start_time": "2026-06-14T07:21:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.5,
      "device": "garmin 3113",
      "distance_m": 6549.6,
      "duration_s": 1971,
      "moving_pace_s_per_km": 300.9,
      "moving_time_s": 1971,
      "run_id": "2026-06-16-run.fit",
      "sport": "running",
      "start_time": "2026-06-16T06:59:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.5,
      "device": "garmin 3113",
      "distance_m": 6783.9,
      "duration_s": 2054,
      "moving_pace_s_per_km": 302.8,
      "moving_time_s": 2054,
      "run_id": "2026-06-17-run.fit",
      "sport": "running",
      "start_time": "2026-06-17T07:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.5,
      "device": "garmin 3113",
      "distance_m": 7214.3,
      "duration_s": 2231,
      "moving_pace_s_per_km": 309.2,
      "moving_time_s": 2231,
      "run_id": "2026-06-18-run.fit",
      "sport": "running",
      "start_time": "2026-06-18T06:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.9,
      "device": "garmin 3113",
      "distance_m": 7847.0,
      "duration_s": 2530,
      "moving_pace_s_per_km": 322.4,
      "moving_time_s": 2530,
      "run_id": "2026-06-21-run.fit",
      "sport": "running",
      "start_time": "2026-06-21T07:39:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.6,
      "device": "garmin 3113",
      "distance_m": 7179.8,
      "duration_s": 2219,
      "moving_pace_s_per_km": 309.1,
      "moving_time_s": 2219,
      "run_id": "2026-06-23-run.fit",
      "sport": "running",
      "start_time": "2026-06-23T08:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.3,
      "device": "garmin 3113",
      "distance_m": 7530.6,
      "duration_s": 2345,
      "moving_pace_s_per_km": 311.4,
      "moving_time_s": 2345,
      "run_id": "2026-06-25-run.fit",
      "sport": "running",
      "start_time": "2026-06-25T07:07:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.8,
      "device": "garmin 3113",
      "distance_m": 7717.7,
      "duration_s": 2435,
      "moving_pace_s_per_km": 315.5,
      "moving_time_s": 2435,
      "run_id": "2026-06-27-run.fit",
      "sport": "running",
      "start_time": "2026-06-27T07:09:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.1,
      "device": "garmin 3113",
      "distance_m": 7635.1,
      "duration_s": 2340,
      "moving_pace_s_per_km": 306.5,
      "moving_time_s": 2340,
      "run_id": "2026-06-28-run.fit",
      "sport": "running",
      "start_time": "2026-06-28T06:28:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.9,
      "device": "garmin 3113",
      "distance_m": 6837.2,
      "duration_s": 2113,
      "moving_pace_s_per_km": 309.0,
      "moving_time_s": 2113,
      "run_id": "2026-06-29-run.fit",
      "sport": "running",
      "start_time": "2026-06-29T06:20:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 156.4,
      "device": "garmin 3113",
      "distance_m": 7402.9,
      "duration_s": 2243,
      "moving_pace_s_per_km": 303.0,
      "moving_time_s": 2243,
      "run_id": "2026-06-30-run.fit",
      "sport": "running",
      "start_time": "2026-06-30T06:15:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 158.8,
      "device": "garmin 3113",
      "distance_m": 6880.4,
      "duration_s": 2228,
      "moving_pace_s_per_km": 323.8,
      "moving_time_s": 2228,
      "run_id": "2026-07-02-run.fit",
      "sport": "running",
      "start_time": "2026-07-02T07:25:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 157.6,
      "device": "garmin 3113",
      "distance_m": 7919.0,
      "duration_s": 2557,
      "moving_pace_s_per_km": 322.9,
      "moving_time_s": 2557,
      "run_id": "2026-07-04-run.fit",
      "sport": "running",
      "start_time": "2026-07-04T07:24:00Z",
      "warnings": []
    },
    {
      "cadence_spm": 159.6,
      "device": "garmin 3113",
      "distance_m": 6623.5,
      "duration_s": 2103,
      "moving_pace_s_per_km": 317.5,
      "moving_time_s": 2103,
      "run_id": "2026-07-05-run.fit",
      "sport": "running",
      "start_time": "2026-07-05T06:12:00Z",
      "warnings": []
    }
  ],
  "schema_version": 1,
  "skipped": [],
  "weeks": [
    {
      "coverage_days": 5,
      "distance_km": 35.67,
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
      "week": "2026-W10",
      "week_start": "2026-03-02"
    },
    {
      "coverage_days": 4,
      "distance_km": 29.19,
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
      "week": "2026-W11",
      "week_start": "2026-03-09"
    },
    {
      "coverage_days": 4,
      "distance_km": 28.64,
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
      "week": "2026-W12",
      "week_start": "2026-03-16"
    },
    {
      "coverage_days": 4,
      "distance_km": 28.34,
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
      "week": "2026-W13",
      "week_start": "2026-03-23"
    },
    {
      "coverage_days": 5,
      "distance_km": 37.39,
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
      "week": "2026-W14",
      "week_start": "2026-03-30"
    },
    {
      "coverage_days": 4,
      "distance_km": 28.60,
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
      "distance_km": 35.66,
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
      "week": "2026-W16",
      "week_start": "2026-04-13"
    },
    {
      "coverage_days": 5,
      "distance_km": 35.47,
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
      "week": "2026-W17",
      "week_start": "2026-04-20"
    },
    {
      "coverage_days": 4,
      "distance_km": 29.19,
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
      "distance_km": 30.90,
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
      "coverage_days": 4,
      "distance_km": 27.81,
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
      "distance_km": 39.95,
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
      "week": "2026-W21",
      "week_start": "2026-05-18"
    },
    {
      "coverage_days": 4,
      "distance_km": 27.58,
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
      "week": "2026-W22",
      "week_start": "2026-05-25"
    },
    {
      "coverage_days": 5,
      "distance_km": 36.31,
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
      "week": "2026-W23",
      "week_start": "2026-06-01"
    },
    {
      "coverage_days": 4,
      "distance_km": 29.65,
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
      "week": "2026-W24",
      "week_start": "2026-06-08"
    },
    {
      "coverage_days": 4,
      "distance_km": 28.39,
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
      "distance_km": 30.06,
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
      "distance_km": 35.66,
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
      "week": "2026-W27",
      "week_start": "2026-06-29"
    }
  ]
}
 ì
report.htmlπì<!DOCTYPE html>
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
<dt>Data coverage</dt><dd>78 of 126 days have a recorded activity, over 18 ISO weeks. Days without a recording are unknown, not rest.</dd>
<dt>Activities</dt><dd>78 (78 running)</dd>
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
<desc id="chart-desc">Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 40.0 km in 2026-W21. Triangles mark weeks with an L1 session spike: 2026-W21.</desc>
<line x1="44.0" y1="212.0" x2="632.0" y2="212.0" stroke="#666"/>
<line x1="44.0" y1="24.0" x2="44.0" y2="212.0" stroke="#666"/>
<text x="40.0" y="212.0" text-anchor="end" font-size="11">0</text>
<text x="40.0" y="28.0" text-anchor="end" font-size="11">50</text>
<text x="40.0" y="14.0" text-anchor="end" font-size="11">km</text>
<rect x="48.9" y="77.9" width="22.9" height="134.1" fill="#0072B2"><title>2026-W10: 35.7 km</title></rect>
<text x="60.3" y="230.0" text-anchor="middle" font-size="10">W10</text>
<rect x="81.6" y="102.2" width="22.9" height="109.8" fill="#0072B2"><title>2026-W11: 29.2 km</title></rect>
<rect x="114.2" y="104.3" width="22.9" height="107.7" fill="#0072B2"><title>2026-W12: 28.6 km</title></rect>
<text x="125.7" y="230.0" text-anchor="middle" font-size="10">W12</text>
<rect x="146.9" y="105.5" width="22.9" height="106.5" fill="#0072B2"><title>2026-W13: 28.3 km</title></rect>
<rect x="179.6" y="71.4" width="22.9" height="140.6" fill="#0072B2"><title>2026-W14: 37.4 km</title></rect>
<text x="191.0" y="230.0" text-anchor="middle" font-size="10">W14</text>
<rect x="212.2" y="104.5" width="22.9" height="107.5" fill="#0072B2"><title>2026-W15: 28.6 km</title></rect>
<rect x="244.9" y="77.9" width="22.9" height="134.1" fill="#0072B2"><title>2026-W16: 35.7 km</title></rect>
<text x="256.3" y="230.0" text-anchor="middle" font-size="10">W16</text>
<rect x="277.6" y="78.6" width="22.9" height="133.4" fill="#0072B2"><title>2026-W17: 35.5 km</title></rect>
<rect x="310.2" y="102.2" width="22.9" height="109.8" fill="#0072B2"><title>2026-W18: 29.2 km</title></rect>
<text x="321.7" y="230.0" text-anchor="middle" font-size="10">W18</text>
<rect x="342.9" y="95.8" width="22.9" height="116.2" fill="#0072B2"><title>2026-W19: 30.9 km</title></rect>
<rect x="375.6" y="107.4" width="22.9" height="104.6" fill="#0072B2"><title>2026-W20: 27.8 km</title></rect>
<text x="387.0" y="230.0" text-anchor="middle" font-size="10">W20</text>
<rect x="408.2" y="61.8" width="22.9" height="150.2" fill="#0072B2"><title>2026-W21: 40.0 km</title></rect>
<path d="M414.7 48.8 L424.7 48.8 L419.7 57.8 Z" fill="#D55E00"><title>2026-W21: L1 session spike</title></path>
<rect x="440.9" y="108.3" width="22.9" height="103.7" fill="#0072B2"><title>2026-W22: 27.6 km</title></rect>
<text x="452.3" y="230.0" text-anchor="middle" font-size="10">W22</text>
<rect x="473.6" y="75.5" width="22.9" height="136.5" fill="#0072B2"><title>2026-W23: 36.3 km</title></rect>
<rect x="506.2" y="100.5" width="22.9" height="111.5" fill="#0072B2"><title>2026-W24: 29.7 km</title></rect>
<text x="517.7" y="230.0" text-anchor="middle" font-size="10">W24</text>
<rect x="538.9" y="105.2" width="22.9" height="106.8" fill="#0072B2"><title>2026-W25: 28.4 km</title></rect>
<rect x="571.6" y="99.0" width="22.9" height="113.0" fill="#0072B2"><title>2026-W26: 30.1 km</title></rect>
<text x="583.0" y="230.0" text-anchor="middle" font-size="10">W26</text>
<rect x="604.2" y="77.9" width="22.9" height="134.1" fill="#0072B2"><title>2026-W27: 35.7 km</title></rect>
</svg>
</div>
<figcaption>Bars show running distance per ISO week from 2026-W10 to 2026-W27 (18 weeks); the highest was 40.0 km in 2026-W21. Triangles mark weeks with an L1 session spike: 2026-W21.</figcaption>
</figure>
<div class="scroll"><table>
<caption>Weekly distance in numbers</caption>
<thead><tr><th>Week</th><th>Starts</th><th class="num">Distance (km)</th><th class="num">Runs</th><th class="num">Days recorded</th><th class="num">L1 spikes</th></tr></thead>
<tbody>
<tr><td>2026-W10</td><td>2026-03-02</td><td class="num">35.7</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W11</td><td>2026-03-09</td><td class="num">29.2</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W12</td><td>2026-03-16</td><td class="num">28.6</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W13</td><td>2026-03-23</td><td class="num">28.3</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W14</td><td>2026-03-30</td><td class="num">37.4</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W15</td><td>2026-04-06</td><td class="num">28.6</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W16</td><td>2026-04-13</td><td class="num">35.7</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W17</td><td>2026-04-20</td><td class="num">35.5</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W18</td><td>2026-04-27</td><td class="num">29.2</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W19</td><td>2026-05-04</td><td class="num">30.9</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W20</td><td>2026-05-11</td><td class="num">27.8</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W21</td><td>2026-05-18</td><td class="num">40.0</td><td class="num">4</td><td class="num">4</td><td class="num">1</td></tr>
<tr><td>2026-W22</td><td>2026-05-25</td><td class="num">27.6</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W23</td><td>2026-06-01</td><td class="num">36.3</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
<tr><td>2026-W24</td><td>2026-06-08</td><td class="num">29.7</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W25</td><td>2026-06-15</td><td class="num">28.4</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W26</td><td>2026-06-22</td><td class="num">30.1</td><td class="num">4</td><td class="num">4</td><td class="num">0</td></tr>
<tr><td>2026-W27</td><td>2026-06-29</td><td class="num">35.7</td><td class="num">5</td><td class="num">5</td><td class="num">0</td></tr>
</tbody>
</table></div>
</section>
<section id="levels-by-week">
<h2>Level by week</h2>
<p>n = none, L = low, M = moderate, H = high. Hover or read the table cell titles for points and rules.</p>
<div class="scroll"><table class="strip">
<thead><tr><th>Presentation</th><th scope="col" title="2026-W10">10</th><th scope="col" title="2026-W11">11</th><th scope="col" title="2026-W12">12</th><th scope="col" title="2026-W13">13</th><th scope="col" title="2026-W14">14</th><th scope="col" title="2026-W15">15</th><th scope="col" title="2026-W16">16</th><th scope="col" title="2026-W17">17</th><th scope="col" title="2026-W18">18</th><th scope="col" title="2026-W19">19</th><th scope="col" title="2026-W20">20</th><th scope="col" title="2026-W21">21</th><th scope="col" title="2026-W22">22</th><th scope="col" title="2026-W23">23</th><th scope="col" title="2026-W24">24</th><th scope="col" title="2026-W25">25</th><th scope="col" title="2026-W26">26</th><th scope="col" title="2026-W27">27</th></tr></thead>
<tbody>
<tr><th scope="row">Patellofemoral pain</th><td class="level level-none" title="2026-W10: none, 0 points">n</td><td class="level level-none" title="2026-W11: none, 0 points">n</td><td class="level level-none" title="2026-W12: none, 0 points">n</td><td class="level level-none" title="2026-W13: none, 0 points">n</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-low" title="2026-W21: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W22: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W23: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W24: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
<tr><th scope="row">Iliotibial band syndrome</th><td class="level level-none" title="2026-W10: none, 0 points">n</td><td class="level level-none" title="2026-W11: none, 0 points">n</td><td class="level level-none" title="2026-W12: none, 0 points">n</td><td class="level level-none" title="2026-W13: none, 0 points">n</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-low" title="2026-W21: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W22: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W23: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W24: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
<tr><th scope="row">Patellar tendinopathy</th><td class="level level-none" title="2026-W10: none, 0 points">n</td><td class="level level-none" title="2026-W11: none, 0 points">n</td><td class="level level-none" title="2026-W12: none, 0 points">n</td><td class="level level-none" title="2026-W13: none, 0 points">n</td><td class="level level-none" title="2026-W14: none, 0 points">n</td><td class="level level-none" title="2026-W15: none, 0 points">n</td><td class="level level-none" title="2026-W16: none, 0 points">n</td><td class="level level-none" title="2026-W17: none, 0 points">n</td><td class="level level-none" title="2026-W18: none, 0 points">n</td><td class="level level-none" title="2026-W19: none, 0 points">n</td><td class="level level-none" title="2026-W20: none, 0 points">n</td><td class="level level-low" title="2026-W21: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W22: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W23: low, 1 point (L1)">L</td><td class="level level-low" title="2026-W24: low, 1 point (L1)">L</td><td class="level level-none" title="2026-W25: none, 0 points">n</td><td class="level level-none" title="2026-W26: none, 0 points">n</td><td class="level level-none" title="2026-W27: none, 0 points">n</td></tr>
</tbody>
</table></div>
</section>
<section id="flagged-runs">
<h2>Flagged runs</h2>
<div class="scroll"><table>
<thead><tr><th>Date</th><th>Run</th><th>Rule</th><th>Band</th><th class="num">Value</th><th class="num">Threshold</th><th class="num">Baseline</th><th>Source</th><th>Detail</th></tr></thead>
<tbody>
<tr><td>2026-05-23</td><td>2026-05-23-run.fit</td><td>L1</td><td>large</td><td class="num">2.20√ó</td><td class="num">&gt;2.00√ó</td><td class="num">8.0 km</td><td>Frandsen 2025, BJSM ‚Äî prospective cohort, 5,205 runners</td><td>distance 17.6 km is 2.20√ó the longest run of the previous 30 days (8.0 km): large session spike (&gt;2.00)</td></tr>
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
∞B
runs.csv£Bathlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,trimp,duration_s,moving_pace_s_per_km,device
ana-ramp,2026-03-02-run.fit,2026-03-02T07:33:00Z,running,7327.1,2211,158.8,,,,,,,,,2211,301.8,garmin 3113
ana-ramp,2026-03-03-run.fit,2026-03-03T06:21:00Z,running,7255.8,2318,158.8,,,,,,,,,2318,319.5,garmin 3113
ana-ramp,2026-03-05-run.fit,2026-03-05T07:02:00Z,running,7455.9,2239,159.5,,,,,,,,,2239,300.3,garmin 3113
ana-ramp,2026-03-06-run.fit,2026-03-06T06:36:00Z,running,6889.8,2098,155.5,,,,,,,,,2098,304.5,garmin 3113
ana-ramp,2026-03-07-run.fit,2026-03-07T06:30:00Z,running,6745.4,2109,156.8,,,,,,,,,2109,312.7,garmin 3113
ana-ramp,2026-03-09-run.fit,2026-03-09T07:11:00Z,running,6599.1,1994,158.6,,,,,,,,,1994,302.2,garmin 3113
ana-ramp,2026-03-10-run.fit,2026-03-10T06:28:00Z,running,7432.1,2287,156.5,,,,,,,,,2287,307.7,garmin 3113
ana-ramp,2026-03-11-run.fit,2026-03-11T06:38:00Z,running,7838.8,2518,158.3,,,,,,,,,2518,321.2,garmin 3113
ana-ramp,2026-03-12-run.fit,2026-03-12T06:11:00Z,running,7324.6,2242,158.3,,,,,,,,,2242,306.1,garmin 3113
ana-ramp,2026-03-17-run.fit,2026-03-17T07:09:00Z,running,7385.4,2248,156.0,,,,,,,,,2248,304.4,garmin 3113
ana-ramp,2026-03-18-run.fit,2026-03-18T07:23:00Z,running,7557.4,2440,159.5,,,,,,,,,2440,322.9,garmin 3113
ana-ramp,2026-03-21-run.fit,2026-03-21T06:42:00Z,running,6504.2,2003,157.4,,,,,,,,,2003,308.0,garmin 3113
ana-ramp,2026-03-22-run.fit,2026-03-22T08:24:00Z,running,7192.1,2367,157.2,,,,,,,,,2367,329.1,garmin 3113
ana-ramp,2026-03-25-run.fit,2026-03-25T07:48:00Z,running,7283.0,2338,158.8,,,,,,,,,2338,321.0,garmin 3113
ana-ramp,2026-03-26-run.fit,2026-03-26T06:01:00Z,running,6836.9,2222,156.0,,,,,,,,,2222,325.0,garmin 3113
ana-ramp,2026-03-28-run.fit,2026-03-28T06:33:00Z,running,7534.0,2274,157.4,,,,,,,,,2274,301.8,garmin 3113
ana-ramp,2026-03-29-run.fit,2026-03-29T06:07:00Z,running,6683.0,2126,156.0,,,,,,,,,2126,318.1,garmin 3113
ana-ramp,2026-03-30-run.fit,2026-03-30T06:40:00Z,running,7341.5,2325,158.1,,,,,,,,,2325,316.7,garmin 3113
ana-ramp,2026-04-02-run.fit,2026-04-02T07:56:00Z,running,7189.8,2217,158.0,,,,,,,,,2217,308.4,garmin 3113
ana-ramp,2026-04-03-run.fit,2026-04-03T07:20:00Z,running,7998.6,2534,156.2,,,,,,,,,2534,316.8,garmin 3113
ana-ramp,2026-04-04-run.fit,2026-04-04T07:47:00Z,running,7282.5,2279,159.0,,,,,,,,,2279,312.9,garmin 3113
ana-ramp,2026-04-05-run.fit,2026-04-05T06:46:00Z,running,7580.7,2311,158.0,,,,,,,,,2311,304.9,garmin 3113
ana-ramp,2026-04-06-run.fit,2026-04-06T06:32:00Z,running,6851.7,2102,156.3,,,,,,,,,2102,306.8,garmin 3113
ana-ramp,2026-04-07-run.fit,2026-04-07T07:51:00Z,running,7346.9,2345,159.1,,,,,,,,,2345,319.2,garmin 3113
ana-ramp,2026-04-08-run.fit,2026-04-08T07:15:00Z,running,7580.9,2399,158.6,,,,,,,,,2399,316.5,garmin 3113
ana-ramp,2026-04-11-run.fit,2026-04-11T07:30:00Z,running,6818.7,2137,157.4,,,,,,,,,2137,313.4,garmin 3113
ana-ramp,2026-04-13-run.fit,2026-04-13T06:10:00Z,running,7172.7,2286,158.5,,,,,,,,,2286,318.7,garmin 3113
ana-ramp,2026-04-14-run.fit,2026-04-14T06:45:00Z,running,7841.8,2469,159.4,,,,,,,,,2469,314.9,garmin 3113
ana-ramp,2026-04-15-run.fit,2026-04-15T08:19:00Z,running,6940.0,2180,158.8,,,,,,,,,2180,314.1,garmin 3113
ana-ramp,2026-04-18-run.fit,2026-04-18T07:30:00Z,running,6902.7,2117,157.2,,,,,,,,,2117,306.7,garmin 3113
ana-ramp,2026-04-19-run.fit,2026-04-19T08:17:00Z,running,6805.0,2175,156.7,,,,,,,,,2175,319.6,garmin 3113
ana-ramp,2026-04-20-run.fit,2026-04-20T08:07:00Z,running,6625.8,2116,155.9,,,,,,,,,2116,319.4,garmin 3113
ana-ramp,2026-04-21-run.fit,2026-04-21T06:14:00Z,running,7369.7,2384,156.3,,,,,,,,,2384,323.5,garmin 3113
ana-ramp,2026-04-23-run.fit,2026-04-23T08:10:00Z,running,6696.6,2022,157.5,,,,,,,,,2022,301.9,garmin 3113
ana-ramp,2026-04-24-run.fit,2026-04-24T06:57:00Z,running,7835.9,2537,155.8,,,,,,,,,2537,323.8,garmin 3113
ana-ramp,2026-04-26-run.fit,2026-04-26T08:29:00Z,running,6939.1,2120,157.5,,,,,,,,,2120,305.5,garmin 3113
ana-ramp,2026-04-30-run.fit,2026-04-30T07:01:00Z,running,7797.3,2459,156.7,,,,,,,,,2459,315.4,garmin 3113
ana-ramp,2026-05-01-run.fit,2026-05-01T07:01:00Z,running,6843.8,2079,155.7,,,,,,,,,2079,303.8,garmin 3113
ana-ramp,2026-05-02-run.fit,2026-05-02T07:51:00Z,running,7997.5,2481,158.0,,,,,,,,,2481,310.2,garmin 3113
ana-ramp,2026-05-03-run.fit,2026-05-03T06:38:00Z,running,6552.4,1997,156.6,,,,,,,,,1997,304.8,garmin 3113
ana-ramp,2026-05-05-run.fit,2026-05-05T06:23:00Z,running,7804.6,2400,158.5,,,,,,,,,2400,307.5,garmin 3113
ana-ramp,2026-05-08-run.fit,2026-05-08T06:00:00Z,running,7992.2,2457,156.0,,,,,,,,,2457,307.4,garmin 3113
ana-ramp,2026-05-09-run.fit,2026-05-09T07:24:00Z,running,7158.0,2208,158.1,,,,,,,,,2208,308.5,garmin 3113
ana-ramp,2026-05-10-run.fit,2026-05-10T06:58:00Z,running,7945.1,2562,159.2,,,,,,,,,2562,322.5,garmin 3113
ana-ramp,2026-05-11-run.fit,2026-05-11T08:25:00Z,running,6658.7,2104,156.2,,,,,,,,,2104,316.0,garmin 3113
ana-ramp,2026-05-13-run.fit,2026-05-13T06:34:00Z,running,6957.0,2227,158.3,,,,,,,,,2227,320.1,garmin 3113
ana-ramp,2026-05-16-run.fit,2026-05-16T06:38:00Z,running,7418.8,2346,158.3,,,,,,,,,2346,316.2,garmin 3113
ana-ramp,2026-05-17-run.fit,2026-05-17T08:29:00Z,running,6779.9,2074,157.3,,,,,,,,,2074,305.9,garmin 3113
ana-ramp,2026-05-21-run.fit,2026-05-21T07:42:00Z,running,7767.9,2492,159.6,,,,,,,,,2492,320.8,garmin 3113
ana-ramp,2026-05-22-run.fit,2026-05-22T08:10:00Z,running,6859.3,2089,155.5,,,,,,,,,2089,304.6,garmin 3113
ana-ramp,2026-05-23-run.fit,2026-05-23T07:36:00Z,running,17594.2,5252,157.2,,,,,,,,,5252,298.5,garmin 3113
ana-ramp,2026-05-24-run.fit,2026-05-24T07:43:00Z,running,7733.5,2424,155.7,,,,,,,,,2424,313.4,garmin 3113
ana-ramp,2026-05-25-run.fit,2026-05-25T06:56:00Z,running,6658.9,2037,158.6,,,,,,,,,2037,305.9,garmin 3113
ana-ramp,2026-05-26-run.fit,2026-05-26T07:10:00Z,running,7022.0,2187,156.3,,,,,,,,,2187,311.4,garmin 3113
ana-ramp,2026-05-27-run.fit,2026-05-27T08:14:00Z,running,7080.1,2302,158.5,,,,,,,,,2302,325.1,garmin 3113
ana-ramp,2026-05-29-run.fit,2026-05-29T08:18:00Z,running,6823.7,2157,158.8,,,,,,,,,2157,316.1,garmin 3113
ana-ramp,2026-06-01-run.fit,2026-06-01T08:03:00Z,running,7188.0,2325,156.7,,,,,,,,,2325,323.5,garmin 3113
ana-ramp,2026-06-02-run.fit,2026-06-02T06:00:00Z,running,7312.7,2318,157.1,,,,,,,,,2318,317.0,garmin 3113
ana-ramp,2026-06-05-run.fit,2026-06-05T08:03:00Z,running,7340.6,2336,158.1,,,,,,,,,2336,318.2,garmin 3113
ana-ramp,2026-06-06-run.fit,2026-06-06T08:12:00Z,running,6754.5,2148,157.6,,,,,,,,,2148,318.0,garmin 3113
ana-ramp,2026-06-07-run.fit,2026-06-07T07:21:00Z,running,7718.5,2364,156.6,,,,,,,,,2364,306.3,garmin 3113
ana-ramp,2026-06-08-run.fit,2026-06-08T07:52:00Z,running,7521.5,2378,157.9,,,,,,,,,2378,316.2,garmin 3113
ana-ramp,2026-06-10-run.fit,2026-06-10T07:32:00Z,running,6937.8,2180,159.1,,,,,,,,,2180,314.2,garmin 3113
ana-ramp,2026-06-13-run.fit,2026-06-13T06:55:00Z,running,7281.3,2253,158.2,,,,,,,,,2253,309.4,garmin 3113
ana-ramp,2026-06-14-run.fit,2026-06-14T07:21:00Z,running,7911.0,2513,157.2,,,,,,,,,2513,317.7,garmin 3113
ana-ramp,2026-06-16-run.fit,2026-06-16T06:59:00Z,running,6549.6,1971,157.5,,,,,,,,,1971,300.9,garmin 3113
ana-ramp,2026-06-17-run.fit,2026-06-17T07:28:00Z,running,6783.9,2054,156.5,,,,,,,,,2054,302.8,garmin 3113
ana-ramp,2026-06-18-run.fit,2026-06-18T06:28:00Z,running,7214.3,2231,156.5,,,,,,,,,2231,309.2,garmin 3113
ana-ramp,2026-06-21-run.fit,2026-06-21T07:39:00Z,running,7847.0,2530,157.9,,,,,,,,,2530,322.4,garmin 3113
ana-ramp,2026-06-23-run.fit,2026-06-23T08:28:00Z,running,7179.8,2219,158.6,,,,,,,,,2219,309.1,garmin 3113
ana-ramp,2026-06-25-run.fit,2026-06-25T07:07:00Z,running,7530.6,2345,157.3,,,,,,,,,2345,311.4,garmin 3113
ana-ramp,2026-06-27-run.fit,2026-06-27T07:09:00Z,running,7717.7,2435,158.8,,,,,,,,,2435,315.5,garmin 3113
ana-ramp,2026-06-28-run.fit,2026-06-28T06:28:00Z,running,7635.1,2340,158.1,,,,,,,,,2340,306.5,garmin 3113
ana-ramp,2026-06-29-run.fit,2026-06-29T06:20:00Z,running,6837.2,2113,158.9,,,,,,,,,2113,309.0,garmin 3113
ana-ramp,2026-06-30-run.fit,2026-06-30T06:15:00Z,running,7402.9,2243,156.4,,,,,,,,,2243,303.0,garmin 3113
ana-ramp,2026-07-02-run.fit,2026-07-02T07:25:00Z,running,6880.4,2228,158.8,,,,,,,,,2228,323.8,garmin 3113
ana-ramp,2026-07-04-run.fit,2026-07-04T07:24:00Z,running,7919.0,2557,157.6,,,,,,,,,2557,322.9,garmin 3113
ana-ramp,2026-07-05-run.fit,2026-07-05T06:12:00Z,running,6623.5,2103,159.6,,,,,,,,,2103,317.5,garmin 3113
’

	weeks.csv«
athlete,week,week_start,coverage_days,distance_km,runs,pfp_level,pfp_points,pfp_rules,itbs_level,itbs_points,itbs_rules,patellar_tendinopathy_level,patellar_tendinopathy_points,patellar_tendinopathy_rules
ana-ramp,2026-W10,2026-03-02,5,35.67,5,none,0,,none,0,,none,0,
ana-ramp,2026-W11,2026-03-09,4,29.19,4,none,0,,none,0,,none,0,
ana-ramp,2026-W12,2026-03-16,4,28.64,4,none,0,,none,0,,none,0,
ana-ramp,2026-W13,2026-03-23,4,28.34,4,none,0,,none,0,,none,0,
ana-ramp,2026-W14,2026-03-30,5,37.39,5,none,0,,none,0,,none,0,
ana-ramp,2026-W15,2026-04-06,4,28.60,4,none,0,,none,0,,none,0,
ana-ramp,2026-W16,2026-04-13,5,35.66,5,none,0,,none,0,,none,0,
ana-ramp,2026-W17,2026-04-20,5,35.47,5,none,0,,none,0,,none,0,
ana-ramp,2026-W18,2026-04-27,4,29.19,4,none,0,,none,0,,none,0,
ana-ramp,2026-W19,2026-05-04,4,30.90,4,none,0,,none,0,,none,0,
ana-ramp,2026-W20,2026-05-11,4,27.81,4,none,0,,none,0,,none,0,
ana-ramp,2026-W21,2026-05-18,4,39.95,4,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W22,2026-05-25,4,27.58,4,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W23,2026-06-01,5,36.31,5,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W24,2026-06-08,4,29.65,4,low,1,L1,low,1,L1,low,1,L1
ana-ramp,2026-W25,2026-06-15,4,28.39,4,none,0,,none,0,,none,0,
ana-ramp,2026-W26,2026-06-22,4,30.06,4,none,0,,none,0,,none,0,
ana-ramp,2026-W27,2026-06-29,5,35.66,5,none,0,,none,0,,none,0,
ª
ana-ramp
2026-07-05nonenonenone"êƒGƒîH÷A@‡π˜p…1=@j}ë–ñ£<@ÿ∂(≥AV<@ âvR≤B@ä‡+ô<@‚;1Î≈‘A@ù.ãâÕªA@‘+e‚0=@Æ,gÊ>@ézàFw–;@_ÕÇ9˙C@!%Ã¥ï;@?xÓ=(B@uÄ‘¶=@∞…ıe<@Äe•I)>@Tr3‹‘A@