#!/usr/bin/env python3
"""Times garmin-fit-sdk and fitdecode on FIT files for `fit-benchmark` (in-process decode only).

    python_decoders.py REPEATS FILE...   -> one JSON line per (decoder, file): seconds per decode, records
"""
import json
import sys
import time

import fitdecode
from garmin_fit_sdk import Decoder, Stream


def garmin(data):
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read(merge_heart_rates=False)
    return len(messages.get('record_mesgs', []))


def fitdecode_records(data):
    count = 0
    with fitdecode.FitReader(data, check_crc=fitdecode.CrcCheck.DISABLED) as reader:
        for frame in reader:
            if frame.frame_type == fitdecode.FIT_FRAME_DATA and frame.name == 'record':
                count += 1
    return count


def main():
    repeats = int(sys.argv[1])
    for path in sys.argv[2:]:
        with open(path, 'rb') as fh:
            data = fh.read()
        for name, decode in (('garmin-fit-sdk', garmin), ('fitdecode', fitdecode_records)):
            best = float('inf')
            records = 0
            for _ in range(repeats):
                start = time.perf_counter()
                records = decode(data)
                best = min(best, time.perf_counter() - start)
            print(json.dumps({'decoder': name, 'file': path, 'seconds': best, 'records': records}), flush=True)


if __name__ == '__main__':
    sys.exit(main())
