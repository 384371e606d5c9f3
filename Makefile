# gaitpipe — two commands on a fresh Debian machine with Swift:
#   make demo   install what is missing, build, write the sample season, run Pipelines/season.yaml
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
APT_PACKAGES := libzmq3-dev libprotobuf-c-dev protobuf-c-compiler protobuf-compiler
SWIFT_BUILD_FLAGS ?=
SAMPLE := sample-season
OUT := out

.PHONY: demo test deps build versions clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

versions: deps
	@for p in $(APT_PACKAGES); do printf '%-22s %s\n' $$p "$$(dpkg-query -W -f='$${Version}' $$p)"; done
	@swift --version 2>&1 | head -1

build: deps
	swift build $(SWIFT_BUILD_FLAGS)

demo: build
	swift run $(SWIFT_BUILD_FLAGS) gaitpipe synth --out $(SAMPLE)
	swift run $(SWIFT_BUILD_FLAGS) gaitpipe run Pipelines/season.yaml --input $(SAMPLE) --out $(OUT)

test: build
	swift build --build-tests $(SWIFT_BUILD_FLAGS)
	swift test --skip-build $(SWIFT_BUILD_FLAGS)

clean:
	rm -rf .build $(SAMPLE) $(OUT)
