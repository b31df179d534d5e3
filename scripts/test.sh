#!/usr/bin/env bash
# The one test command (README): installs what a fresh machine lacks, then
# runs every test. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Mesa's CPU renderers let the GUI snapshot tests draw without a GPU.
if ! ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "== installing Mesa (CPU rendering for the GUI snapshot tests)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mesa-vulkan-drivers libegl1 libgl1 >/dev/null
  else
    echo "warning: Mesa's lavapipe is missing and cannot be installed here; GUI snapshot tests may fail" >&2
  fi
fi

echo "== engine and CLI alone (no GUI toolkit)"
cargo build --locked --no-default-features --quiet
echo "== all tests"
cargo test --locked
