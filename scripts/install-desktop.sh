#!/usr/bin/env bash
# Puts syndiff in the desktop's application menu for the current user: a
# .desktop entry and the icon under the XDG data directory
# ($XDG_DATA_HOME, else ~/.local/share). Never needs root; safe to run
# again (it overwrites its own two files and nothing else).
#
#   cargo install --path .            # the binary, into ~/.cargo/bin
#   bash scripts/install-desktop.sh   # the menu entry and icon
#   bash scripts/install-desktop.sh --uninstall
#
# The entry runs the binary by its full path (found on PATH, else in
# $CARGO_HOME/bin), so the menu works even where the desktop session's PATH
# lacks ~/.cargo/bin. SYNDIFF_BIN names another binary.
set -euo pipefail
cd "$(dirname "$0")/.."

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data_home/applications"
icons="$data_home/icons/hicolor/64x64/apps"
entry="$apps/syndiff.desktop"
icon="$icons/syndiff.png"

refresh() {
  # Menus re-read these caches; where the tools are missing the desktop
  # still finds the files at its next start.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$entry" "$icon"
  refresh
  echo "removed $entry and $icon"
  exit 0
fi

bin="${SYNDIFF_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(command -v syndiff || true)"
fi
if [ -z "$bin" ] && [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/syndiff" ]; then
  bin="${CARGO_HOME:-$HOME/.cargo}/bin/syndiff"
fi
if [ -z "$bin" ]; then
  echo "syndiff is not installed: run 'cargo install --path .' first (or set SYNDIFF_BIN)" >&2
  exit 1
fi

mkdir -p "$apps" "$icons"
install -m 644 assets/icon.png "$icon"
# Written to a temporary file and moved, so a menu never reads half an entry.
cat >"$entry.tmp" <<EOF
[Desktop Entry]
Type=Application
Name=syndiff
GenericName=Article comparison
Comment=Compare versions of a news article: aligned paragraphs, word-level changes
Exec="$bin" %F
Icon=syndiff
Terminal=false
Categories=Utility;TextTools;
MimeType=text/plain;text/html;text/markdown;application/pdf;application/vnd.openxmlformats-officedocument.wordprocessingml.document;application/vnd.oasis.opendocument.text;
StartupWMClass=syndiff
EOF
chmod 644 "$entry.tmp"
mv "$entry.tmp" "$entry"
refresh
echo "installed $entry (runs $bin) and $icon"
