#!/usr/bin/env bash
# screenshots.sh: takes the app's main screens in Dutch and French under Xvfb, into
# docs/screenshots/app-<screen>-<lang>.png. Run after a build: build-aux/screenshots.sh
# Another screen, other languages or folder: SIZE=1024x768 LANGS="en fr" OUT=/tmp/shots
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-_build}   # another build folder: BUILD=_build-x build-aux/screenshots.sh
APP=$BUILD/src/gui/livc-scan
OUT=${OUT:-docs/screenshots}
SIZE=${SIZE:-1280x800}   # the screen, and the windows' size on it
LANGS=${LANGS:-nl fr}
W=${SIZE%x*}
H=${SIZE#*x}
SAMPLE=data/samples/town-2026.xml

shoot () { # lang name: one screen, after the keys already sent
  sleep 1.5
  import -window root "$OUT/app-$2-$1.png"
}

shoot_1024 () { # lang name: the top left 1024×768, a projector's screen
  sleep 1.5
  import -window root -crop 1024x768+0+0 +repage "$OUT/app-$2-$1.png"
}

session () { # lang: runs inside xvfb-run
  local lang=$1 state pid win
  state=$(mktemp -d)
  export LANGUAGE=$lang LC_ALL=C.UTF-8 GSETTINGS_BACKEND=memory GDK_BACKEND=x11
  export XDG_STATE_HOME=$state LIVC_SCAN_LOCALEDIR=$PWD/$BUILD/po GSETTINGS_SCHEMA_DIR=$PWD/$BUILD/data

  "$APP" & pid=$!
  win=$(xdotool search --sync --onlyvisible --name 'LIVC' | head -1)
  xdotool windowsize "$win" "$W" "$H" windowmove "$win" 0 0 windowfocus --sync "$win"
  shoot "$lang" welcome
  xdotool key ctrl+n
  shoot "$lang" new
  kill "$pid"; wait "$pid" 2>/dev/null || true

  "$APP" "$SAMPLE" & pid=$!
  sleep 1
  win=$(xdotool search --sync --onlyvisible --name 'Heuvelmolen' | head -1)
  xdotool windowsize "$win" "$W" "$H" windowmove "$win" 0 0 windowfocus --sync "$win"
  xdotool mousemove $((W - 1)) $((H - 1))
  shoot "$lang" editor
  xdotool mousemove $((W - 1)) $((H - 1)) key ctrl+r
  shoot "$lang" results
  xdotool key ctrl+Next F5
  shoot "$lang" presentation
  kill "$pid"; wait "$pid" 2>/dev/null || true

  # A joint cell's team meeting: the individual round (Ctrl+T), then the agenda (Ctrl+D).
  "$APP" data/samples/joint-cell-individual.xml & pid=$!
  sleep 1
  win=$(xdotool search --sync --onlyvisible --name 'Heidebeek' | head -1)
  xdotool windowsize "$win" "$W" "$H" windowmove "$win" 0 0 windowfocus --sync "$win"
  xdotool mousemove $((W - 1)) $((H - 1))
  sleep 1.5
  xdotool key ctrl+t
  shoot "$lang" round
  xdotool key ctrl+d
  shoot "$lang" agenda
  kill "$pid"; wait "$pid" 2>/dev/null || true

  # The live round at the projector's 1024×768: the dialog (Ctrl+L, domain 3 open), then
  # the shared screen with its QR code, on the first network the dialog offers.
  "$APP" data/samples/joint-cell-individual.xml & pid=$!
  sleep 1
  win=$(xdotool search --sync --onlyvisible --name 'Heidebeek' | head -1)
  xdotool windowsize "$win" 1024 768 windowmove "$win" 0 0 windowfocus --sync "$win"
  xdotool mousemove 1023 767
  sleep 1.5
  # The window takes its size once it has settled: set it again before each shot.
  xdotool key ctrl+Next ctrl+Next
  sleep 1
  xdotool windowsize "$win" 1024 768 key ctrl+l
  shoot_1024 "$lang" live-dialog
  xdotool key Return
  sleep 1
  xdotool windowsize "$win" 1024 768
  shoot_1024 "$lang" live-round
  kill "$pid"; wait "$pid" 2>/dev/null || true

  # The compare window over 300 generated assessments: overview, trend, peers (Alt+1…3).
  local cells
  cells=$(mktemp -d)
  "$BUILD/tests/generate-assessments" --provinces 300 "$cells" 2026
  "$APP" --compare "$cells" & pid=$!
  win=$(xdotool search --sync --onlyvisible --name 'Compar|Vergelijk' | head -1)
  sleep 4
  xdotool windowsize "$win" "$W" "$H" windowmove "$win" 0 0 windowfocus --sync "$win"
  xdotool mousemove $((W - 1)) $((H - 1))
  shoot "$lang" compare-overview
  xdotool key alt+2
  shoot "$lang" compare-trend
  xdotool key alt+3
  shoot "$lang" compare-peers
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$state" "$cells"
}

if [ "${1:-}" = --inside ]; then
  session "$2"
  exit 0
fi
mkdir -p "$OUT"
for lang in $LANGS; do
  xvfb-run -a -s "-screen 0 ${SIZE}x24" "$0" --inside "$lang"
done
echo "Screenshots written to $OUT/app-*.png"
