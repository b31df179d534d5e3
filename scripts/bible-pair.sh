#!/usr/bin/env bash
# Writes the real-text benchmark pair to target/bible/ (or $1): the King
# James and World English Bibles, one verse per paragraph, whole and Genesis
# only. Installs Debian's sword-text-kjv / sword-text-web and the pysword
# reader when missing. Used by `cargo bench --bench real_text`.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/bible}"
if [ ! -d /usr/share/sword/modules/texts/ztext/engKJV2006eb ] || [ ! -d /usr/share/sword/modules/texts/ztext/engWEB2015eb ]; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sword-text-kjv sword-text-web >/dev/null
fi
python3 -c 'import pysword' 2>/dev/null || python3 -m pip install -q pysword
python3 scripts/bible_pair.py "$out"
