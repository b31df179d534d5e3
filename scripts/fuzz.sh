#!/usr/bin/env bash
# Runs both cargo-fuzz targets for SECONDS each (default 60), starting from a
# corpus built from seeds/. Crashes land in fuzz/artifacts/TARGET/.
#   bash scripts/fuzz.sh 600      # ten minutes per target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus/load fuzz/corpus/compare
cp seeds/*.txt tests/fixtures/*.html tests/fixtures/office/*.docx tests/fixtures/office/*.odt tests/fixtures/pdf/seed000-two.pdf tests/fixtures/pdf/fuzz-cmap-panic.pdf fuzz/corpus/load/
seeds=(seeds/*.txt)
for a in "${seeds[@]}"; do
  for b in "${seeds[@]}"; do
    name="$(basename "$a" .txt)-$(basename "$b" .txt)"
    { printf '\000'; cat "$a"; printf '\000'; cat "$b"; } > "fuzz/corpus/compare/$name"
  done
done
for target in load compare; do
  echo "== fuzzing $target for ${seconds}s"
  RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 -print_final_stats=1
done
