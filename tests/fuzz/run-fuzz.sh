#!/usr/bin/env bash
# run-fuzz.sh: the test of one fuzz target: fuzzes a copy of its seed corpus for a bounded
# time, then replays every committed corpus and regression input once. TAP output; the
# fuzzer's final statistics (executions, coverage) go to the log as comments.
# Usage: run-fuzz.sh TARGET CORPUS_DIR REGRESSIONS_DIR DICT SECONDS CRASH_DIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
target=$1 corpus=$2 regressions=$3 dict=$4 seconds=$5 crashes=$6
name=$(basename "$target")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
options=(-rss_limit_mb=2048 -timeout=10 -dict="$dict" -print_final_stats=1)
echo "1..2"

# show_crash LOG: the end of the fuzzer's log and each input it kept, so that the CI log
# alone is enough to reproduce it.
show_crash () {
  tail -n 60 "$1" | sed 's/^/# /'
  for f in "$crashes"/*; do
    [ -f "$f" ] || continue
    echo "# kept $f; base64:"
    base64 -w 76 "$f" | head -n 200 | sed 's/^/#   /'
  done
}

mkdir -p "$tmp/corpus" "$crashes"
cp "$corpus"/* "$tmp/corpus/"
"$target" "${options[@]}" -max_total_time="$seconds" -artifact_prefix="$crashes/" \
  "$tmp/corpus" >"$tmp/fuzz.log" 2>&1
status=$?
grep '^stat::' "$tmp/fuzz.log" | sed "s/^/# $name: /"
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$tmp/fuzz.log")
if [ "$status" -eq 0 ] && [ -n "$execs" ] && [ "$execs" -gt 0 ]; then
  echo "ok 1 - $name: $execs executions in $seconds s, no crash"
else
  echo "not ok 1 - $name: fuzzing failed (exit $status)"
  show_crash "$tmp/fuzz.log"
fi

inputs=()
for f in "$corpus"/* "$regressions"/*; do
  [ -f "$f" ] && inputs+=("$f")
done
"$target" "${options[@]}" "${inputs[@]}" >"$tmp/replay.log" 2>&1
status=$?
ran=$(grep -c '^Executed ' "$tmp/replay.log")
if [ "$status" -eq 0 ] && [ "$ran" -eq "${#inputs[@]}" ]; then
  echo "ok 2 - $name replays its ${#inputs[@]} corpus and regression inputs"
else
  echo "not ok 2 - $name replays its corpus and regression inputs" \
       "(exit $status, $ran of ${#inputs[@]} ran)"
  tail -n 60 "$tmp/replay.log" | sed 's/^/# /'
fi
