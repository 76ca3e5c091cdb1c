#!/usr/bin/env bash
# run-long.sh: fuzzes one target for a long time, on every core, in a writable copy of its
# corpus that grows from run to run; inputs that crash are kept beside it.
# Usage: tests/fuzz/run-long.sh TARGET [SECONDS]   (TARGET: questionnaire, assessment,
# report or merge; SECONDS: 3600 by default)
# Environment: LIVC_FUZZ_BUILD, the build folder (default _build-fuzz, configured with
# -Dfuzzing=true and CC=clang); LIVC_FUZZ_JOBS, parallel jobs (default: the cores).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: run-long.sh questionnaire|assessment|report|merge [SECONDS]}
seconds=${2:-3600}
build=${LIVC_FUZZ_BUILD:-_build-fuzz}
jobs=${LIVC_FUZZ_JOBS:-$(nproc)}
exe=$PWD/$build/tests/fuzz/fuzz-$target
if [ ! -x "$exe" ]; then
  echo "No $exe: build it first, e.g." >&2
  echo "  CC=clang meson setup $build -Dfuzzing=true -Dgui=false -Db_lundef=false &&" \
       "ninja -C $build" >&2
  exit 2
fi
work=$PWD/$build/tests/fuzz/long/$target
mkdir -p "$work/corpus" "$work/crashes"
# The committed seeds and regressions join the corpus that earlier runs grew.
cp -n tests/fuzz/corpus/"$target"/* "$work/corpus/"
for f in tests/fuzz/regressions/"$target"/*; do
  if [ -f "$f" ]; then cp -n "$f" "$work/corpus/"; fi
done
rm -f "$work"/fuzz-*.log
echo "Fuzzing $target for $seconds s with $jobs jobs; corpus $work/corpus, crashes in $work/crashes"
cd "$work"
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$OLDPWD/tests/lsan.supp}
status=0
"$exe" -jobs="$jobs" -workers="$jobs" -max_total_time="$seconds" -print_final_stats=1 \
  -rss_limit_mb=2048 -timeout=10 -dict="$OLDPWD/tests/fuzz/livc.dict" \
  -artifact_prefix="$work/crashes/" "$work/corpus" || status=$?
total=0
for log in fuzz-*.log; do
  [ -f "$log" ] || continue
  n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "$log: ${n:-?} executions"
  total=$((total + ${n:-0}))
done
crashes=$(find "$work/crashes" -type f | wc -l)
echo "$target: $total executions in $seconds s; $crashes crashing inputs in $work/crashes"
exit "$status"
