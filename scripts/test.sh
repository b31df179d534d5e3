#!/usr/bin/env bash
# The one test command (README): installs what a fresh machine lacks, then
# runs every test. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages a fresh machine may lack: Mesa's CPU renderers let the GUI
# snapshot tests draw without a GPU; Chromium renders the HTML report; git
# drives the difftool test.
missing=()
ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || missing+=(mesa-vulkan-drivers libegl1 libgl1)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v git >/dev/null 2>&1 || missing+=(git)
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "warning: missing ${missing[*]} and cannot install them here; some tests will fail" >&2
  fi
fi

# A CI run builds once: incremental caches would only fill its disk.
if [ "${CI:-}" = true ]; then
  export CARGO_INCREMENTAL=0
fi

echo "== engine and CLI alone (no GUI toolkit)"
cargo build --locked --no-default-features --quiet
echo "== all tests"
cargo test --locked
echo "== fuzzing each target for ${FUZZ_SECONDS:=30}s (FUZZ_SECONDS=0 skips)"
if [ "$FUZZ_SECONDS" -gt 0 ]; then
  # A CI run is a fresh clone that needs the test build no more: dropping it
  # makes room for the fuzzers' build (a run once ran out of disk here).
  if [ "${CI:-}" = true ]; then
    cargo clean --profile dev --quiet
    echo "== disk free for the fuzz build: $(df -h --output=avail . | tail -1 | tr -d ' ')"
  fi
  bash scripts/fuzz.sh "$FUZZ_SECONDS"
fi
