"""run-filter: drops runs shorter than `min_minutes` and records why. A gaitpipe stage in Python.

It implements Sources/CGaitpipeWire/PROTOCOL.md with pyzmq and the classes Debian's protoc
generates from gaitpipe.proto — nothing from the Swift side; the protocol loop is
Plugins/lib/gaitpipe_stage.py, this file is the stage:

    run-filter --describe            print the stage description (JSON) and exit
    run-filter --connect ENDPOINT    serve tasks: HELLO, CONFIG, READY, then TASK -> RESULT
"""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import gaitpipe_stage as stage  # noqa: E402  (the protocol loop, shared by the Python stages)
from gaitpipe_stage import PROTOCOL_VERSION, pb  # noqa: E402

# Tasks asked for at once (READY credit). This stage computes them one at a time, in order.
CREDIT = 1
min_minutes = 10.0
NAME = "run-filter"
VERSION = "0.1.0"
DESCRIPTION = {
    "name": NAME,
    "version": VERSION,
    "protocol_version": PROTOCOL_VERSION,
    "summary": "Drops runs shorter than min_minutes, listing each as skipped with the reason",
    "input": "Activity",
    "output": "Activity",
    "grouping": "none",
    "params": [
        {
            "name": "min_minutes",
            "kind": "number",
            "defaultValue": "10",
            "minimum": 0,
            "maximum": 600,
            "choices": [],
            "summary": "Runs shorter than this many minutes (first to last sample) are dropped",
        }
    ],
}


def filter_activity(payload, min_minutes):
    """Returns (outputs, skipped_reason) for one Activity payload."""
    activity = pb.Activity()
    activity.ParseFromString(payload)
    stamps = activity.samples.timestamp
    minutes = (stamps[-1] - stamps[0]) / 60.0 if len(stamps) >= 2 else 0.0
    if activity.sport == "running" and minutes < min_minutes:
        return [], f"run of {minutes:.1f} min is shorter than min_minutes {min_minutes:g}"
    return [payload], ""


def configure(params):
    """None, or why `min_minutes` is refused."""
    global min_minutes
    try:
        value = float(params.get("min_minutes", DESCRIPTION["params"][0]["defaultValue"]))
    except ValueError:
        return f"min_minutes {params.get('min_minutes')!r} is not a number"
    if not math.isfinite(value) or value < 0:
        return f"min_minutes {value}"
    min_minutes = value
    return None


def process(payload_type, payload, task):
    outputs, skipped = filter_activity(payload, min_minutes)
    return [("Activity", b) for b in outputs], skipped, []


def main(argv):
    # CREDIT and filter_activity are looked up when called: a test may replace them.
    return stage.main(argv, DESCRIPTION, configure, lambda t, p, task: process(t, p, task), __doc__, credit=CREDIT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
