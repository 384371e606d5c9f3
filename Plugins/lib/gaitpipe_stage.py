"""The replica side of PROTOCOL.md for a gaitpipe stage written in Python (pyzmq and the classes
Debian's protoc generates from gaitpipe.proto — nothing from the Swift side). A stage module gives
its `--describe` JSON and two functions; this module does the sockets, heartbeats and messages:

    configure(params: dict[str, str]) -> str | None     None, or why the params are refused
    process(payload_type: str, payload: bytes, task) -> (outputs, skipped_reason, warnings[, problems])
        outputs: [(wire type, bytes)]; problems: damage in the input itself (PROTOCOL.md RESULT);
        an exception becomes a non-retryable ERROR for that task

Plugins/run-filter (Activity → Activity) and Plugins/level-digest (a report stage) use it.
"""
import json
import os
import sys
import time

import zmq

import gaitpipe_pb2 as pb

PROTOCOL_VERSION = 1


def control(**body):
    """A Control frame with exactly one body field set."""
    message = pb.Control()
    for field, value in body.items():
        getattr(message, field).CopyFrom(value)
    return message.SerializeToString()


def serve(endpoint, description, configure, process, credit=1):
    """HELLO, CONFIG, READY, then TASK -> RESULT or ERROR until SHUTDOWN; the exit status."""
    name = description["name"]
    context = zmq.Context()
    socket = context.socket(zmq.DEALER)
    socket.setsockopt(zmq.LINGER, 0)
    socket.connect(endpoint)
    socket.send(control(hello=pb.Hello(protocol_version=PROTOCOL_VERSION, stage=name,
                                       version=description["version"], input_type=description["input"],
                                       output_type=description["output"], pid=os.getpid())))
    heartbeat = 1.0
    last_heard = last_sent = time.monotonic()
    while True:
        if socket.poll(100):
            frames = socket.recv_multipart()
            last_heard = time.monotonic()
            message = pb.Control()
            try:
                message.ParseFromString(frames[0])
            except Exception:  # a malformed frame must not kill the stage
                print(f"{name}: dropped a malformed message", file=sys.stderr)
                continue
            kind = message.WhichOneof("body")
            if kind == "config":
                heartbeat = max(message.config.heartbeat_ms, 100) / 1000.0
                problem = configure({p.key: p.value for p in message.config.params})
                if problem:
                    socket.send(control(error=pb.Error(item_id=0, retryable=False, message=f"bad params: {problem}")))
                    return 2
                socket.send(control(ready=pb.Ready(credit=credit)))
            elif kind == "task":
                task = message.task
                try:
                    outputs, skipped, warnings, *problems = process(task.payload_type, frames[1], task)
                    result = pb.Result(item_id=task.item_id, output_types=[t for t, _ in outputs],
                                       skipped_reason=skipped, warnings=warnings,
                                       problems=problems[0] if problems else [])
                    socket.send_multipart([control(result=result)] + [b for _, b in outputs])
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
            print(f"{name}: no word from the runner for {3 * heartbeat:.0f} s; exiting", file=sys.stderr)
            return 1


def main(argv, description, configure, process, usage, credit=1):
    """`--describe` prints the description; `--connect ENDPOINT` serves; anything else: usage."""
    if argv == ["--describe"]:
        print(json.dumps(description, indent=2, sort_keys=True))
        return 0
    if len(argv) == 2 and argv[0] == "--connect":
        return serve(argv[1], description, configure, process, credit)
    print(usage, file=sys.stderr)
    return 2
