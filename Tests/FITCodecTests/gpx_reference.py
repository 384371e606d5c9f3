#!/usr/bin/env python3
"""What gpxpy (the test virtual environment's) reads from GPX files, as JSON for GPXConformanceTests:
per file, its track points in order (lat, lon, ele, time as Unix seconds, and the hr, cad and power
that gpxpy's extension elements hold, by local name) and gpxpy's own 2-D track length.

    gpx_reference.py FILE.gpx [...] > reference.json
"""
import json
import sys

import gpxpy


def local(tag):
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def extensions(point):
    found = {}
    stack = list(point.extensions)
    while stack:
        element = stack.pop()
        name = local(element.tag)
        if name in ("hr", "cad", "power") and element.text and element.text.strip():
            found.setdefault(name, float(element.text))
        stack.extend(list(element))
    return found


out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8-sig") as f:
        gpx = gpxpy.parse(f)
    points = []
    for track in gpx.tracks:
        for segment in track.segments:
            for p in segment.points:
                points.append({"lat": p.latitude, "lon": p.longitude, "ele": p.elevation,
                               "time": p.time.timestamp() if p.time else None, **extensions(p)})
    out[path.rsplit("/", 1)[-1]] = {"points": points, "length_2d": gpx.length_2d(),
                                     "type": gpx.tracks[0].type if gpx.tracks else None}
json.dump(out, sys.stdout)
