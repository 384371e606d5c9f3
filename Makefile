# gaitpipe — two commands on a fresh Debian machine with Swift:
#   make demo   install what is missing, build, write the sample season, run Pipelines/season.yaml
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
APT_PACKAGES := libzmq3-dev libprotobuf-c-dev protobuf-c-compiler protobuf-compiler libssl-dev libxml2-dev pkg-config
# Only the tests need these: iproute2 for the network-namespace test of remote workers; Debian's
# chromium and its chromedriver for the real-browser test of the reports (selenium is in .venv);
# slurm-wlm and munge for the one-node Slurm cluster of SlurmClusterTests; systemd for
# `systemd-analyze verify` of contrib/systemd (a slim image has no systemd).
TEST_APT_PACKAGES := iproute2 chromium chromium-driver slurm-wlm munge systemd
SWIFT_BUILD_FLAGS ?=
SAMPLE := sample-season
OUT := out

.PHONY: demo test deps test-deps apt-install build versions clean fixtures venv bench-gait bench-pipeline

deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_APT_PACKAGES)"

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

versions: deps test-deps venv
	@for p in $(APT_PACKAGES) $(TEST_APT_PACKAGES); do printf '%-22s %s\n' $$p "$$(dpkg-query -W -f='$${Version}' $$p)"; done
	@$(VENV)/bin/pip freeze --disable-pip-version-check | sed 's/==/  /' | awk '{printf "%-22s %s (PyPI)\n", $$1, $$2}'
	@swift --version 2>&1 | head -1

build: deps
	swift build $(SWIFT_BUILD_FLAGS)

demo: build
	swift run $(SWIFT_BUILD_FLAGS) gaitpipe synth --out $(SAMPLE)
	swift run $(SWIFT_BUILD_FLAGS) gaitpipe run Pipelines/season.yaml --input $(SAMPLE) --out $(OUT)

# The tests' temporary folders and the runs' job folders go to one short scratch folder (ipc
# paths are limited to ~107 bytes), removed afterwards; the last lines say what it held, which
# tests were skipped and why, then repeat the test runner's closing line.
test: build venv test-deps
	swift build --build-tests $(SWIFT_BUILD_FLAGS)
	@scratch=$$(mktemp -d /tmp/gptest.XXXXXX); \
	TMPDIR=$$scratch GAITPIPE_JOB_ROOT=$$scratch swift test --skip-build $(SWIFT_BUILD_FLAGS) 2>&1 | tee $$scratch.log; \
	rc=$${PIPESTATUS[0]}; \
	echo "test scratch: $$(du -sh $$scratch | cut -f1) in $$(find $$scratch -mindepth 1 -maxdepth 1 | wc -l) folders, removed"; \
	rm -rf $$scratch; \
	skipped=$$(grep -E "Test [^ ]+\) skipped" $$scratch.log | sed -E 's/^.*Test //' | sort -u); \
	echo "skipped tests: $$(printf '%s' "$$skipped" | grep -c . || true)"; \
	[ -z "$$skipped" ] || printf '  %s\n' "$$skipped"; \
	grep -E "Test run with [0-9]+ tests" $$scratch.log | tail -1; \
	rm -f $$scratch.log; \
	exit $$rc

# A git-ignored virtual environment with the Python tools the tests need (requirements-test.txt) and
# the Python classes Debian's protoc generates from gaitpipe.proto (for Plugins/run-filter).
VENV := .venv
venv: $(VENV)/.stamp
$(VENV)/.stamp: requirements-test.txt Sources/CGaitpipeWire/gaitpipe.proto | deps
	@python3 -m venv $(VENV) 2>/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq python3-venv >/dev/null && python3 -m venv $(VENV); }
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-test.txt
	mkdir -p $(VENV)/generated
	protoc --proto_path=Sources/CGaitpipeWire --python_out=$(VENV)/generated gaitpipe.proto
	rm -rf $(VENV)/sdist $(VENV)/gpxpy-test-files && mkdir -p $(VENV)/sdist $(VENV)/gpxpy-test-files
	$(VENV)/bin/pip download -q --disable-pip-version-check --no-deps --no-binary :all: -d $(VENV)/sdist \
	  "$$(grep -E '^gpxpy==' requirements-test.txt)"
	tar -xzf $(VENV)/sdist/gpxpy-*.tar.gz -C $(VENV)/sdist
	cp $(VENV)/sdist/gpxpy-*/test_files/*.gpx $(VENV)/gpxpy-test-files/
	touch $@

clean:
	rm -rf .build $(SAMPLE) $(OUT) $(VENV)

# Re-record the built-in stages' test-stage fixtures (Tests/StageFixtures/<stage>/) from a run over
# a small synthesized season: inputs captured from the real pipeline, answers from the stages.
# Captured fixtures are replaced; those named in a stage folder's hand-made.txt (gait-metrics'
# Vicon CSV and OpenSim .mot kinematics files) are kept, and every answer is re-recorded.
FIXTURE_STAGES := activity-import gait-metrics injury-scoring load-report
fixtures: build
	@bin=$$(swift build --show-bin-path $(SWIFT_BUILD_FLAGS)); tmp=$$(mktemp -d); \
	set -e; $$bin/gaitpipe synth --out $$tmp/season --seed 11 --kinematics >/dev/null; \
	$$bin/gaitpipe run Pipelines/season.yaml --input $$tmp/season --out $$tmp/out \
	  --capture $$tmp/captured --capture-limit 2 --no-cache >/dev/null; \
	for s in $(FIXTURE_STAGES); do \
	  mkdir -p Tests/StageFixtures/$$s; \
	  for f in Tests/StageFixtures/$$s/*.pb; do \
	    n=$$(basename $$f); n=$${n%.in.pb}; n=$${n%.out.pb}; \
	    grep -qxF "$$n" Tests/StageFixtures/$$s/hand-made.txt 2>/dev/null || rm -f $$f; \
	  done; \
	  cp $$tmp/captured/$$s/* Tests/StageFixtures/$$s/; \
	  $$bin/gaitpipe test-stage $$s Tests/StageFixtures/$$s --record; \
	done; \
	rm -rf $$tmp

# The multi-process pipeline vs the same libraries in one process (wall, CPU, samples/s, peak RSS,
# import replicas 1 vs 2) on synthesized 1×52 and 50×26 seasons; release build.
bench-pipeline: deps
	swift build -c release --scratch-path .build-bench $(SWIFT_BUILD_FLAGS)
	.build-bench/release/pipeline-benchmark --work /tmp/gaitpipe-bench

# gait-metrics throughput (runs/s, samples/s) over a synthesized 52-week season, release build.
bench-gait: deps
	swift run -c release $(SWIFT_BUILD_FLAGS) gait-benchmark --athletes 20 --weeks 52

# --- FIT decoder tooling (issue 3) -----------------------------------------------------------
PYTHON ?= python3
FUZZ_SECONDS ?= 600
.PHONY: fit-profile bench-fit fuzz fuzz-build

# Regenerate Sources/CFITProfile from garmin-fit-sdk's profile.
fit-profile: venv
	.venv/bin/python scripts/fit-profile/generate.py

# Release-build benchmark: ours vs garmin-fit-sdk and fitdecode (MB/s, records/s, ratios), and our
# GPX/TCX import vs gpxpy and tcxreader on files tcx_reference.py writes from the corpus.
bench-fit: deps venv
	swift build -c release --scratch-path .build-fit --product gaitpipe
	swift build -c release --scratch-path .build-fit --product fit-benchmark
	.build-fit/release/fit-benchmark ../shared/fit-corpus .venv/bin/python .build-fit/release/gaitpipe

# libFuzzer on the decoder, in its own scratch path; crashers land in Fuzz/FITDecoderFuzz/crashers
# (replayed by FITCodecTests). Seeds: the shared corpus, read in place.
fuzz-build: deps
	swift build -c release --scratch-path .build-fuzz --product fit-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library
fuzz: fuzz-build
	mkdir -p .build-fuzz/corpus Fuzz/FITDecoderFuzz/crashers
	.build-fuzz/release/fit-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -print_final_stats=1 \
	  -artifact_prefix=Fuzz/FITDecoderFuzz/crashers/ .build-fuzz/corpus ../shared/fit-corpus ../shared/fit-corpus/garmin-sdk
