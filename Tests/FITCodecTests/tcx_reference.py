#!/usr/bin/env python3
"""TCX files written from the FIT corpus's Garmin-SDK reference decodings, and what tcxreader (the test
virtual environment's) reads from them, for TCXConformanceTests and `make bench-fit`. tcxreader ships
no sample TCX, so the samples come from real devices' records as Garmin's own SDK decoded them.

    tcx_reference.py write REFERENCE_DIR OUT_DIR [NAME...] [--gpx]
        writes OUT_DIR/NAME.tcx (and with --gpx a Garmin-style OUT_DIR/NAME.gpx) for every
        REFERENCE_DIR/NAME.json.gz with timestamped records; prints, per file, the activities, laps and
        track point counts written, from the SDK's sessions and laps (JSON)
    tcx_reference.py read FILE.tcx [...]
        tcxreader's reading of each file (JSON, floats as exact text): every trackpoint, the laps,
        the activity type
    tcx_reference.py bench REPEATS FILE.tcx|FILE.gpx [...]
        best-of-REPEATS seconds for tcxreader (.tcx) or gpxpy (.gpx) to read each file (JSON lines)

The TCX is what Garmin Connect exports: TrainingCenterDatabase v2, one Activity per FIT session
(Sport Running/Biking/Other), its laps (StartTime, TotalTimeSeconds = the timer time, DistanceMeters,
Calories, heart rate), Trackpoints with Time, Position, AltitudeMeters, DistanceMeters, HeartRateBpm,
Cadence (not running) and the ActivityExtension TPX (ns3:Speed, ns3:RunCadence for running, ns3:Watts).
"""
import datetime
import gzip
import json
import math
import os
import sys
import time

FIT_EPOCH = 631065600
SPORTS = {"running": "Running", "cycling": "Biking"}


def num(value):
    """A finite number from the SDK's JSON, else None (it writes NaN/inf as strings)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if math.isfinite(value) else None


def unix(stamp):
    return stamp["fit"] + FIT_EPOCH if isinstance(stamp, dict) and isinstance(stamp.get("fit"), int) else None


def iso(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def degrees(semicircles):
    value = num(semicircles)
    return None if value is None else value * 180.0 / 2**31


def sample(record, running):
    """What a trackpoint carries: the SDK's record fields in TCX units."""
    return {
        "time": unix(record.get("timestamp")),
        "lat": degrees(record.get("position_lat")), "lon": degrees(record.get("position_long")),
        "alt": num(record.get("enhanced_altitude", record.get("altitude"))),
        "distance": num(record.get("distance")), "hr": num(record.get("heart_rate")),
        "cadence": num(record.get("cadence")), "speed": num(record.get("enhanced_speed", record.get("speed"))),
        "power": num(record.get("power")), "running": running,
    }


def split(reference):
    """The SDK's sessions as activities, each with its laps and each lap with its records."""
    records = [r for r in reference.get("record", []) if unix(r.get("timestamp")) is not None]
    sessions = [s for s in reference.get("session", []) if unix(s.get("start_time")) is not None]
    if not sessions:
        first = unix(records[0]["timestamp"]) if records else None
        sessions = [{"sport": None, "start_time": {"fit": first - FIT_EPOCH}}] if records else []
    sessions.sort(key=lambda s: unix(s["start_time"]))
    laps = sorted((l for l in reference.get("lap", []) if unix(l.get("start_time")) is not None),
                  key=lambda l: unix(l["start_time"]))

    def owner(starts, t):
        index = 0
        for i, start in enumerate(starts):
            if t >= start:
                index = i
        return index

    starts = [unix(s["start_time"]) for s in sessions]
    activities = []
    for s in sessions:
        activities.append({"sport": s.get("sport"), "session": s, "laps": []})
    for lap in laps:
        activities[owner(starts, unix(lap["start_time"]))]["laps"].append({"lap": lap, "records": []})
    for a in activities:
        if not a["laps"]:
            a["laps"].append({"lap": {"start_time": a["session"]["start_time"],
                                      "total_timer_time": a["session"].get("total_timer_time"),
                                      "total_distance": a["session"].get("total_distance")}, "records": []})
    for r in records:
        t = unix(r["timestamp"])
        a = activities[owner(starts, t)]
        a["laps"][owner([unix(l["lap"]["start_time"]) for l in a["laps"]], t)]["records"].append(r)
    for a in activities:
        a["laps"] = [l for l in a["laps"] if l["records"]]  # tcxreader drops a lap without trackpoints
    return [a for a in activities if a["laps"]]


def trackpoint(out, p):
    out.append("<Trackpoint><Time>%s</Time>" % iso(p["time"]))
    if p["lat"] is not None and p["lon"] is not None:
        out.append("<Position><LatitudeDegrees>%r</LatitudeDegrees><LongitudeDegrees>%r</LongitudeDegrees></Position>"
                   % (p["lat"], p["lon"]))
    if p["alt"] is not None:
        out.append("<AltitudeMeters>%r</AltitudeMeters>" % p["alt"])
    if p["distance"] is not None:
        out.append("<DistanceMeters>%r</DistanceMeters>" % p["distance"])
    if p["hr"] is not None:
        out.append("<HeartRateBpm><Value>%d</Value></HeartRateBpm>" % p["hr"])
    if p["cadence"] is not None and not p["running"]:
        out.append("<Cadence>%d</Cadence>" % p["cadence"])
    tpx = []
    if p["speed"] is not None:
        tpx.append("<ns3:Speed>%r</ns3:Speed>" % p["speed"])
    if p["cadence"] is not None and p["running"]:
        tpx.append("<ns3:RunCadence>%d</ns3:RunCadence>" % p["cadence"])
    if p["power"] is not None:
        tpx.append("<ns3:Watts>%d</ns3:Watts>" % p["power"])
    if tpx:
        out.append("<Extensions><ns3:TPX>%s</ns3:TPX></Extensions>" % "".join(tpx))
    out.append("</Trackpoint>\n")


def write_tcx(activities, path):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
           'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" '
           'xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">\n<Activities>\n']
    summary = []
    for a in activities:
        sport = SPORTS.get(a["sport"], "Other")
        running = a["sport"] == "running"
        out.append('<Activity Sport="%s"><Id>%s</Id>\n' % (sport, iso(unix(a["session"]["start_time"]))))
        laps = []
        for entry in a["laps"]:
            lap = entry["lap"]
            start = unix(lap["start_time"])
            timer = num(lap.get("total_timer_time", lap.get("total_elapsed_time")))
            out.append('<Lap StartTime="%s"><TotalTimeSeconds>%r</TotalTimeSeconds>' % (iso(start), float(timer or 0)))
            distance = num(lap.get("total_distance"))
            if distance is not None:
                out.append("<DistanceMeters>%r</DistanceMeters>" % float(distance))
            calories = num(lap.get("total_calories"))
            if calories is not None:
                out.append("<Calories>%d</Calories>" % calories)
            hr, hr_max = num(lap.get("avg_heart_rate")), num(lap.get("max_heart_rate"))
            if hr is not None:
                out.append("<AverageHeartRateBpm><Value>%d</Value></AverageHeartRateBpm>" % hr)
            if hr_max is not None:
                out.append("<MaximumHeartRateBpm><Value>%d</Value></MaximumHeartRateBpm>" % hr_max)
            out.append("<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod>\n<Track>\n")
            for r in entry["records"]:
                trackpoint(out, sample(r, running))
            out.append("</Track></Lap>\n")
            laps.append({"start": start, "timer": float(timer or 0), "distance": distance, "calories": calories,
                         "avg_hr": hr, "points": len(entry["records"])})
        out.append("</Activity>\n")
        summary.append({"sport": a["sport"], "tcx_sport": sport, "start": unix(a["session"]["start_time"]), "laps": laps})
    out.append("</Activities>\n</TrainingCenterDatabase>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))
    return summary


def write_gpx(activities, path):
    """The same records as a Garmin Connect GPX (TrackPointExtension hr and cad), for the benchmark."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="tcx_reference.py" '
           'xmlns="http://www.topografix.com/GPX/1/1" '
           'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n']
    for a in activities:
        out.append("<trk><type>%s</type><trkseg>\n" % (a["sport"] or "other"))
        for entry in a["laps"]:
            for r in entry["records"]:
                p = sample(r, False)
                if p["lat"] is None or p["lon"] is None:
                    continue
                out.append('<trkpt lat="%r" lon="%r">' % (p["lat"], p["lon"]))
                if p["alt"] is not None:
                    out.append("<ele>%r</ele>" % p["alt"])
                out.append("<time>%s</time>" % iso(p["time"]))
                ext = ""
                if p["hr"] is not None:
                    ext += "<gpxtpx:hr>%d</gpxtpx:hr>" % p["hr"]
                if p["cadence"] is not None:
                    ext += "<gpxtpx:cad>%d</gpxtpx:cad>" % p["cadence"]
                if ext:
                    out.append("<extensions><gpxtpx:TrackPointExtension>%s</gpxtpx:TrackPointExtension></extensions>" % ext)
                out.append("</trkpt>\n")
        out.append("</trkseg></trk>\n")
    out.append("</gpx>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def exact(value):
    """Floats as their shortest round-trip text: Foundation's JSONSerialization on Linux parses some
    doubles one unit in the last place off (40.07877996191384 came back as 40.078779961913824)."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {k: exact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [exact(v) for v in value]
    return value


def write(args):
    gpx = "--gpx" in args
    args = [a for a in args if a != "--gpx"]
    reference_dir, out_dir, names = args[0], args[1], args[2:]
    if not names:
        names = sorted(n[:-len(".json.gz")] for n in os.listdir(reference_dir) if n.endswith(".json.gz"))
    os.makedirs(out_dir, exist_ok=True)
    written = {}
    for name in names:
        with gzip.open(os.path.join(reference_dir, name + ".json.gz"), "rt", encoding="utf-8") as f:
            activities = split(json.load(f))
        if sum(len(l["records"]) for a in activities for l in a["laps"]) < 2:
            continue
        written[name + ".tcx"] = write_tcx(activities, os.path.join(out_dir, name + ".tcx"))
        if gpx:
            write_gpx(activities, os.path.join(out_dir, name + ".gpx"))
    json.dump(exact(written), sys.stdout)


def read_one(path):
    from tcxreader.tcxreader import TCXReader
    exercise = TCXReader().read(path, only_gps=False)

    def point(p):
        t = p.time
        if t is not None and t.tzinfo is None:  # "...Z" is parsed without a zone: it is UTC
            t = t.replace(tzinfo=datetime.timezone.utc)
        return {"time": t.timestamp() if t else None, "lat": p.latitude, "lon": p.longitude, "alt": p.elevation,
                "distance": p.distance, "hr": p.hr_value, "cadence": p.cadence, "tpx": p.tpx_ext}

    return {"activity_type": exercise.activity_type, "points": [point(p) for p in exercise.trackpoints],
            "laps": [{"distance": l.distance, "calories": l.calories, "points": len(l.trackpoints)} for l in exercise.laps],
            "distance": exercise.distance, "calories": exercise.calories}


def read(paths):
    json.dump(exact({path.rsplit("/", 1)[-1]: read_one(path) for path in paths}), sys.stdout)


def bench(args):
    from tcxreader.tcxreader import TCXReader
    import gpxpy
    repeats = int(args[0])
    for path in args[1:]:
        best, points = float("inf"), 0
        for _ in range(repeats):
            start = time.perf_counter()
            if path.endswith(".tcx"):
                points = len(TCXReader().read(path, only_gps=False).trackpoints)
            else:
                with open(path, encoding="utf-8") as f:
                    points = sum(len(s.points) for t in gpxpy.parse(f).tracks for s in t.segments)
            best = min(best, time.perf_counter() - start)
        print(json.dumps({"decoder": "tcxreader" if path.endswith(".tcx") else "gpxpy", "file": path,
                          "seconds": best, "records": points}), flush=True)


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    {"write": write, "read": read, "bench": bench}[mode](rest)
