"""run-filter: drops runs shorter than `min_minutes` and records why. A gaitpipe stage in Python.

It implements Sources/CGaitpipeWire/PROTOCOL.md with pyzmq and the classes Debian's protoc
generates from gaitpipe.proto — nothing from the Swift side — so it doubles as the reference for
writing a stage in any language:

    run-filter --describe            print the stage description (JSON) and exit
    run-filter --connect ENDPOINT    serve tasks: HELLO, CONFIG, READY, then TASK -> RESULT
"""
import json
import math
import os
import sys
import time

import zmq

import gaitpipe_pb2 as pb

PROTOCOL_VERSION = 1
# Tasks asked for at once (READY credit). This stage computes them one at a time, in order.
CREDIT = 1
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


def control(**body):
    """A Control frame with exactly one body field set."""
    message = pb.Control()
    for field, value in body.items():
        getattr(message, field).CopyFrom(value)
    return message.SerializeToString()


def filter_activity(payload, min_minutes):
    """Returns (outputs, skipped_reason) for one Activity payload."""
    activity = pb.Activity()
    activity.ParseFromString(payload)
    stamps = activity.samples.timestamp
    minutes = (stamps[-1] - stamps[0]) / 60.0 if len(stamps) >= 2 else 0.0
    if activity.sport == "running" and minutes < min_minutes:
        return [], f"run of {minutes:.1f} min is shorter than min_minutes {min_minutes:g}"
    return [payload], ""


def serve(endpoint):
    context = zmq.Context()
    socket = context.socket(zmq.DEALER)
    socket.setsockopt(zmq.LINGER, 0)
    socket.connect(endpoint)
    socket.send(control(hello=pb.Hello(protocol_version=PROTOCOL_VERSION, stage=NAME, version=VERSION,
                                       input_type="Activity", output_type="Activity", pid=os.getpid())))
    heartbeat = 1.0
    min_minutes = float(DESCRIPTION["params"][0]["defaultValue"])
    last_heard = last_sent = time.monotonic()
    while True:
        if socket.poll(100):
            frames = socket.recv_multipart()
            last_heard = time.monotonic()
            message = pb.Control()
            try:
                message.ParseFromString(frames[0])
            except Exception:  # a malformed frame must not kill the stage
                print(f"{NAME}: dropped a malformed message", file=sys.stderr)
                continue
            kind = message.WhichOneof("body")
            if kind == "config":
                heartbeat = max(message.config.heartbeat_ms, 100) / 1000.0
                params = {p.key: p.value for p in message.config.params}
                value = float(params.get("min_minutes", min_minutes))
                if not math.isfinite(value) or value < 0:
                    socket.send(control(error=pb.Error(item_id=0, retryable=False,
                                                       message=f"bad params: min_minutes {value}")))
                    return 2
                min_minutes = value
                socket.send(control(ready=pb.Ready(credit=CREDIT)))
            elif kind == "task":
                task = message.task
                try:
                    outputs, skipped = filter_activity(frames[1], min_minutes)
                    result = pb.Result(item_id=task.item_id, output_types=["Activity"] * len(outputs),
                                       skipped_reason=skipped)
                    socket.send_multipart([control(result=result)] + outputs)
                except Exception as error:  # report, don't crash: the runner lists the input as skipped
                    socket.send(control(error=pb.Error(item_id=task.item_id, retryable=False,
                                                       message=f"{type(error).__name__}: {error}")))
                last_sent = time.monotonic()
            elif kind == "shutdown":
                return 0
        now = time.monotonic()
        if now - last_sent >= heartbeat:
            socket.send(control(heartbeat=pb.Heartbeat()))
            last_sent = now
        if now - last_heard > 3 * heartbeat:
            print(f"{NAME}: no word from the runner for {3 * heartbeat:.0f} s; exiting", file=sys.stderr)
            return 1


def main(argv):
    if argv == ["--describe"]:
        print(json.dumps(DESCRIPTION, indent=2, sort_keys=True))
        return 0
    if len(argv) == 2 and argv[0] == "--connect":
        return serve(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
