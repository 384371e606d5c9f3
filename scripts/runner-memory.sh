#!/bin/sh
# The runner's peak memory and wall time, this tree against an earlier commit, side by side.
#
#   scripts/runner-memory.sh [BASE_REV] [ATHLETES] [WEEKS] [ROUNDS]
#   scripts/runner-memory.sh d4aea2d 50 26 3        # issue 19's baseline, its 50 × 26 season
#
# Builds BASE_REV (default: HEAD~1) in a worktree under /tmp and this tree, both release; writes a
# synthesized season (once, kept in /tmp/gaitpipe-runner-memory); then, ROUNDS times and alternating
# the two builds, runs the season with --no-cache, with an empty cache (first run) and again (cached
# rerun), each under /usr/bin/time. Prints per mode the median peak RSS (MiB) and wall seconds of
# each build and their ratio. Each build runs its own stages (cache keys hold their digests).
set -eu
base=${1:-HEAD~1}
athletes=${2:-50}
weeks=${3:-26}
rounds=${4:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
work=/tmp/gaitpipe-runner-memory
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

rev=$(git -C "$here" rev-parse --short "$base")
if [ ! -d "$work/base-$rev" ]; then
    git -C "$here" worktree add --detach "$work/base-$rev" "$rev" >/dev/null
fi
echo "building $rev and this tree (release)…" >&2
(cd "$work/base-$rev" && swift build -c release --scratch-path .build-bench >/dev/null)
(cd "$here" && swift build -c release --scratch-path .build-bench >/dev/null)

season="$work/season-${athletes}x$weeks"
[ -d "$season" ] || "$here/.build-bench/release/gaitpipe" synth --athletes "$athletes" --weeks "$weeks" --out "$season" >/dev/null

# run BUILD_ROOT MODE -> "rss_kib seconds"
run() {
    root=$1 mode=$2 tag=$3
    case $mode in
        no-cache) set -- --no-cache ;;
        first) rm -rf "$work/cache-$tag"; set -- --cache-dir "$work/cache-$tag" ;;
        rerun) set -- --cache-dir "$work/cache-$tag" ;;
    esac
    /usr/bin/time -f "%M %e" -o "$work/time" "$root/.build-bench/release/gaitpipe" run "$root/Pipelines/season.yaml" \
        --input "$season" --out "$work/out-$tag" "$@" >/dev/null 2>&1
    cat "$work/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: > "$work/results"
i=0
while [ $i -lt "$rounds" ]; do
    for mode in no-cache first rerun; do
        for which in base this; do
            root=$here
            [ $which = base ] && root="$work/base-$rev"
            echo "$mode $which $(run "$root" $mode $which)" >> "$work/results"
        done
    done
    i=$((i + 1))
done

printf '%s × %s weeks, %s rounds, medians: %s against this tree\n' "$athletes" "$weeks" "$rounds" "$rev"
printf '| %-8s | %-14s | %-14s | %-5s | %-9s | %-9s |\n' mode "$rev RSS MiB" "this RSS MiB" ratio "$rev s" "this s"
for mode in no-cache first rerun; do
    b=$(awk -v m=$mode '$1 == m && $2 == "base" { print $3 }' "$work/results" | median)
    t=$(awk -v m=$mode '$1 == m && $2 == "this" { print $3 }' "$work/results" | median)
    bs=$(awk -v m=$mode '$1 == m && $2 == "base" { print $4 }' "$work/results" | median)
    ts=$(awk -v m=$mode '$1 == m && $2 == "this" { print $4 }' "$work/results" | median)
    awk -v m=$mode -v b="$b" -v t="$t" -v bs="$bs" -v ts="$ts" \
        'BEGIN { printf "| %-8s | %14.1f | %14.1f | %5.2f | %9.2f | %9.2f |\n", m, b / 1024, t / 1024, t / b, bs, ts }'
done
