#!/bin/sh
# Regenerates the committed protoc-c output from gaitpipe.proto (Debian: protobuf-c-compiler).
#   Sources/CGaitpipeWire/generate.sh            rewrite gaitpipe.pb-c.c and include/gaitpipe.pb-c.h
#   Sources/CGaitpipeWire/generate.sh --to DIR   write them to DIR instead (the test compares)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here"
if [ "${1:-}" = "--to" ]; then out="$2"; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
protoc-c --proto_path="$here" --c_out="$tmp" "$here/gaitpipe.proto"
mkdir -p "$out/include"
cp "$tmp/gaitpipe.pb-c.c" "$out/gaitpipe.pb-c.c"
cp "$tmp/gaitpipe.pb-c.h" "$out/include/gaitpipe.pb-c.h"
