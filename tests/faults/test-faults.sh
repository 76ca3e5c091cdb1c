#!/usr/bin/env bash
# test-faults.sh: saving on a broken disk. Each write path (the CLI's merge, report,
# compare and export-csv outputs, the core's livc_assessment_save and the app's recovery
# copies) meets each failure a disk can give; the failure must be reported with the file's name, the
# file it would have replaced must stay byte for byte as it was, no temporary file may be
# left behind. Also a read-only folder and a really full disk.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
CLI=${LIVC_SCAN_CLI:?}
SAVE=${LIVC_FAULT_SAVE:?}
LIB=${LIVC_FAULTS_LIB:?}
FILES=${LIVC_TEST_FILES:?}
SRC=${LIVC_SOURCE_ROOT:?}
TMP=$(mktemp -d)
trap 'chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/none-home" XDG_DATA_DIRS="$TMP/none-dirs" XDG_STATE_HOME="$TMP/state"
# LIVC_CLI_WRAP runs every program under test through a checker (valgrind with
# --error-exitcode=99): the error paths that only faults reach are checked for memory
# errors too. The preload reaches the program through the checker's own environment.
if [ -n "${LIVC_CLI_WRAP:-}" ]; then
  printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$LIVC_CLI_WRAP" "$CLI" >"$TMP/cli"
  printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$LIVC_CLI_WRAP" "$SAVE" >"$TMP/save"
  chmod +x "$TMP/cli" "$TMP/save"
  CLI="$TMP/cli"
  SAVE="$TMP/save"
fi
# shellcheck source=tests/tap.sh
. "$(dirname "$0")/../tap.sh"
injected=0

# The message g_strerror gives for each errno name, in the C locale.
declare -A strerror=( [EIO]="Input/output error" [ENOSPC]="No space left on device"
                      [EXDEV]="Invalid cross-device link" [EACCES]="Permission denied"
                      [EROFS]="Read-only file system" [EFBIG]="File too large" )

Q="$FILES/scoring-q.xml"
T24="$SRC/data/samples/town-2024.xml"
T26="$SRC/data/samples/town-2026.xml"
OUT="$TMP/out"

# Each producer: NAME OUTPUT-NAME COMMAND-FOR-THE-OLD-FILE COMMAND-FOR-THE-NEW-ONE; %o
# stands for the output path. The new file must differ from the old one, or a replaced
# file could not be told from an intact one.
MEMBERS="$FILES/merge/member-coordinator.xml $FILES/merge/member-police.xml"
TEAMS="$FILES/merge/team-1.xml $FILES/merge/team-2.xml"
SA="$FILES/scoring-a.xml"
SB="$FILES/scoring-b.xml"
producers=(
  "merge|team.xml|$CLI merge $MEMBERS -o %o|$CLI merge $TEAMS -o %o"
  "report PDF|report.pdf|$CLI report $T24 --lang en -o %o|$CLI report $T26 --lang en -o %o"
  "report PNG|radar.png|$CLI report $T24 --format png -o %o|$CLI report $T26 --format png -o %o"
  "compare CSV|compare.csv|$CLI compare $T24 -o %o|$CLI compare $T24 $T26 -o %o"
  "export-csv|long.csv|$CLI export-csv $SA -o %o|$CLI export-csv $SA $SB -o %o"
  "livc_assessment_save|saved.xml|$SAVE save $SB %o|$SAVE save $SA %o"
)

# Each fault: NAME LIVC_FAULT ERRNO [LIVC_FAULT_AFTER]. enospc lets 100 bytes through:
# a short write first, as a disk that fills up midway gives.
faults=(
  "open fails|open|EACCES|0"
  "open on a read-only file system|open|EROFS|0"
  "write fails|write|EIO|0"
  "the disk fills up midway|enospc|ENOSPC|100"
  "fsync fails|fsync|EIO|0"
  "close fails after closing|close|EIO|0"
  "rename fails|rename|EXDEV|0"
  "rename is refused|rename|EACCES|0"
)
# Under a checker each call is slow: one fault at each step of the writer then, before
# the temporary file exists, while writing, after closing, at the rename.
if [ -n "${LIVC_CLI_WRAP:-}" ]; then
  faults=("${faults[0]}" "${faults[3]}" "${faults[5]}" "${faults[6]}")
  echo "# under $(echo "$LIVC_CLI_WRAP" | cut -d' ' -f1): ${#faults[@]} faults for each writer"
fi
cases=0

run () {
  local cmd=$1 out=$2
  # shellcheck disable=SC2086 # the command lines are split on purpose
  ${cmd//%o/$out} >"$TMP/stdout" 2>"$TMP/stderr"
}

listing () {
  ls -A "$1" | sort
}

# check_intact DESC DIR FILE COPY: the failure left FILE as COPY and nothing else in DIR.
check_intact () {
  local desc=$1 dir=$2 file=$3 copy=$4
  if cmp -s "$file" "$copy"; then
    ok "$desc: the old file is intact"
  else
    not_ok "$desc: the old file is intact" "$(cmp "$file" "$copy" 2>&1)"
  fi
  listing "$dir" >"$TMP/after.ls"
  if diff -q "$TMP/before.ls" "$TMP/after.ls" >/dev/null; then
    ok "$desc: no temporary file is left"
  else
    not_ok "$desc: no temporary file is left" \
      "$(diff "$TMP/before.ls" "$TMP/after.ls" | tr '\n' ' ')"
  fi
}

# check_reported DESC STATUS FILE ERRNO-NAME: exit 1, the message names the file and why.
check_reported () {
  local desc=$1 status=$2 file=$3 err=$4
  if [ "$status" -eq 1 ]; then
    ok "$desc: the command fails"
  else
    not_ok "$desc: the command fails" "exit $status" "$(head -3 "$TMP/stderr")"
  fi
  if grep -F -- "$file" "$TMP/stderr" | grep -qF -- "${strerror[$err]}"; then
    ok "$desc: the message names the file and says “${strerror[$err]}”"
  else
    not_ok "$desc: the message names the file and says “${strerror[$err]}”" \
      "$(head -3 "$TMP/stderr")"
  fi
}

for producer in "${producers[@]}"; do
  IFS='|' read -r pname oname old new <<<"$producer"
  rm -rf "$OUT"
  mkdir -p "$OUT"
  file="$OUT/$oname"
  run "$old" "$file"
  status=$?
  if [ "$status" -eq 0 ] && [ -s "$file" ]; then
    ok "$pname writes the old file"
  else
    not_ok "$pname writes the old file" "exit $status" "$(head -3 "$TMP/stderr")"; continue
  fi
  cp -p "$file" "$TMP/old.copy"
  listing "$OUT" >"$TMP/before.ls"
  for fault in "${faults[@]}"; do
    IFS='|' read -r fname kind err after <<<"$fault"
    desc="$pname, $fname ($kind, $err)"
    rm -f "$TMP/fault.log"
    LD_PRELOAD=$LIB LIVC_FAULT=$kind LIVC_FAULT_PATH="$oname" LIVC_FAULT_ERRNO=$err \
      LIVC_FAULT_AFTER=$after LIVC_FAULT_LOG="$TMP/fault.log" run "$new" "$file"
    status=$?
    hits=0
    [ -f "$TMP/fault.log" ] && hits=$(wc -l <"$TMP/fault.log")
    if [ "$hits" -ge 1 ]; then
      ok "$desc: the fault was injected"
    else
      not_ok "$desc: the fault was injected" "no call was hit"
    fi
    injected=$((injected + hits))
    cases=$((cases + 1))
    check_reported "$desc" "$status" "$file" "$err"
    if [ "$pname" = livc_assessment_save ]; then
      if grep -q "^livc-writer-error-quark 0: " "$TMP/stderr"; then
        ok "$desc: a LIVC_WRITER_ERROR comes back"
      else
        not_ok "$desc: a LIVC_WRITER_ERROR comes back" "$(head -2 "$TMP/stderr")"
      fi
    fi
    check_intact "$desc" "$OUT" "$file" "$TMP/old.copy"
  done
  # Without a fault the same command does replace the file: the checks above could fail.
  run "$new" "$file"
  if [ $? -eq 0 ] && ! cmp -s "$file" "$TMP/old.copy"; then
    ok "$pname replaces the file when nothing fails"
  else
    not_ok "$pname replaces the file when nothing fails"
  fi
  mode=$(stat -c %a "$file")
  if [ "$mode" = 600 ]; then
    ok "$pname leaves the replaced file private (0600)"
  else
    not_ok "$pname leaves the replaced file private (0600)" "mode $mode"
  fi
done

# The app's recovery copies: the same writer, inside the private state folder.
RDIR="$XDG_STATE_HOME/livc-scan/recovery"
RID=0123abcd-faul-7000-8000-000000000001
# Written with the most permissive umask: the folder and its files are private anyway.
if (umask 000; exec "$SAVE" recovery "$FILES/scoring-b.xml" "$RID") 2>"$TMP/stderr" &&
   [ -s "$RDIR/$RID.xml" ]; then
  ok "a recovery copy is written"
  for f in "$RDIR:700" "$RDIR/$RID.xml:600" "$RDIR/$RID.ini:600"; do
    mode=$(stat -c %a "${f%:*}")
    if [ "$mode" = "${f##*:}" ]; then
      ok "${f%:*} is ${f##*:} under umask 000"
    else
      not_ok "${f%:*} is ${f##*:} under umask 000" "mode $mode"
    fi
  done
  cp "$RDIR/$RID.xml" "$TMP/old.copy"
  cp "$RDIR/$RID.ini" "$TMP/old-ini.copy"
  listing "$RDIR" >"$TMP/before.ls"
  for fault in "${faults[@]}"; do
    IFS='|' read -r fname kind err after <<<"$fault"
    desc="recovery copy, $fname ($kind, $err)"
    rm -f "$TMP/fault.log"
    LD_PRELOAD=$LIB LIVC_FAULT=$kind LIVC_FAULT_PATH="$RID.xml" LIVC_FAULT_ERRNO=$err \
      LIVC_FAULT_AFTER=$after LIVC_FAULT_LOG="$TMP/fault.log" \
      "$SAVE" recovery "$FILES/scoring-a.xml" "$RID" \
      >"$TMP/stdout" 2>"$TMP/stderr"
    status=$?
    hits=0
    [ -f "$TMP/fault.log" ] && hits=$(wc -l <"$TMP/fault.log")
    if [ "$hits" -ge 1 ]; then
      ok "$desc: the fault was injected"
    else
      not_ok "$desc: the fault was injected" "no call was hit"
    fi
    injected=$((injected + hits))
    cases=$((cases + 1))
    check_reported "$desc" "$status" "$RDIR/$RID.xml" "$err"
    check_intact "$desc" "$RDIR" "$RDIR/$RID.xml" "$TMP/old.copy"
    if cmp -s "$RDIR/$RID.ini" "$TMP/old-ini.copy"; then
      ok "$desc: its key file is intact"
    else
      not_ok "$desc: its key file is intact"
    fi
  done
else
  not_ok "a recovery copy is written" "$(head -3 "$TMP/stderr")"
fi

# A read-only folder. As root, permissions do not stop a write: a read-only bind mount
# in a mount namespace of its own does; without root, a folder without write permission.
# The preload's EROFS on every open for writing in the folder runs in both cases.
RO="$TMP/ro"
mkdir -p "$RO"
"$CLI" merge "$FILES/merge/member-coordinator.xml" "$FILES/merge/member-police.xml" \
  -o "$RO/team.xml" 2>/dev/null
cp "$RO/team.xml" "$TMP/old.copy"
listing "$RO" >"$TMP/before.ls"
rorun () {
  "$@" merge "$FILES/merge/team-1.xml" "$FILES/merge/team-2.xml" -o "$RO/team.xml" \
    >"$TMP/stdout" 2>"$TMP/stderr"
}
# ro_mount COMMAND…: runs it with the folder mounted read-only in a namespace of its own.
ro_mount () {
  # shellcheck disable=SC2016 # expanded by the inner shell
  unshare -m sh -c 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"' "$RO" "$@"
}
if [ "$(id -u)" -ne 0 ]; then
  echo "# read-only folder: a folder without write permission"
  chmod a-w "$RO"
  rorun "$CLI"
  status=$?
  chmod u+w "$RO"
  check_reported "read-only folder (no write permission)" $status "$RO/team.xml" EACCES
  check_intact "read-only folder (no write permission)" "$RO" "$RO/team.xml" "$TMP/old.copy"
elif ro_mount true 2>/dev/null; then
  echo "# read-only folder: a read-only bind mount (unshare -m)"
  rorun ro_mount "$CLI"
  check_reported "read-only folder (read-only bind mount)" $? "$RO/team.xml" EROFS
  check_intact "read-only folder (read-only bind mount)" "$RO" "$RO/team.xml" "$TMP/old.copy"
else
  echo "# read-only folder: root without mount namespaces, so the preload only"
fi
rm -f "$TMP/fault.log"
LD_PRELOAD=$LIB LIVC_FAULT=open LIVC_FAULT_ERRNO=EROFS LIVC_FAULT_PATH="$RO/" \
  LIVC_FAULT_LOG="$TMP/fault.log" rorun "$CLI"
status=$?
injected=$((injected + $(cat "$TMP/fault.log" 2>/dev/null | wc -l)))
check_reported "read-only folder (preload, EROFS)" $status "$RO/team.xml" EROFS
check_intact "read-only folder (preload, EROFS)" "$RO" "$RO/team.xml" "$TMP/old.copy"

# A full disk: a real 64 KiB tmpfs when this may mount one; otherwise the file size limit
# (RLIMIT_FSIZE, with SIGXFSZ ignored so that write fails with EFBIG), which the kernel
# enforces as it would a full disk. Either way the new file is too big and the old one
# fits: the stress assessment (190 KB) replaces a small one.
FULL="$TMP/full"
mkdir -p "$FULL"
# full_disk: the old file, its copy and the folder's listing, the failing save, the same
# again; run inside the namespace when the tmpfs is there.
full_disk () {
  "$SAVE" save "$FILES/scoring-b.xml" "$FULL/saved.xml" >/dev/null 2>&1 || return 2
  cp "$FULL/saved.xml" "$TMP/full-old.copy"
  listing "$FULL" >"$TMP/full-before.ls"
  "$@" "$SAVE" save "$FILES/stress-a.xml" "$FULL/saved.xml" >"$TMP/stdout" 2>"$TMP/stderr"
  local status=$?
  cp "$FULL/saved.xml" "$TMP/full-after.copy"
  listing "$FULL" >"$TMP/full-after.ls"
  return $status
}
# limit_fsize COMMAND…: SIGXFSZ ignored (and so for the command too), 64 KiB at most.
limit_fsize () {
  (trap '' XFSZ; ulimit -f 64; exec "$@")
}
if unshare -m sh -c "mount -t tmpfs -o size=64k tmpfs '$FULL'" 2>/dev/null; then
  method="a 64 KiB tmpfs (unshare -m)"
  err=ENOSPC
  export -f full_disk listing
  export FULL TMP SAVE FILES
  # shellcheck disable=SC2016 # expanded by the inner shell
  unshare -m bash -c 'mount -t tmpfs -o size=64k,mode=0700 tmpfs "$FULL" && full_disk'
  status=$?
  if [ ! -e "$TMP/full-before.ls" ]; then
    # The tmpfs could be mounted but not used as expected: fall back rather than skip.
    method="the file size limit (ulimit -f 64, RLIMIT_FSIZE), after the tmpfs failed"
    err=EFBIG
    full_disk limit_fsize
    status=$?
  fi
else
  method="the file size limit (ulimit -f 64, RLIMIT_FSIZE)"
  err=EFBIG
  full_disk limit_fsize
  status=$?
fi
echo "# full disk: $method"
check_reported "full disk ($method)" $status "$FULL/saved.xml" $err
if cmp -s "$TMP/full-old.copy" "$TMP/full-after.copy"; then
  ok "full disk: the old file is intact"
else
  not_ok "full disk: the old file is intact"
fi
if diff -q "$TMP/full-before.ls" "$TMP/full-after.ls" >/dev/null; then
  ok "full disk: no temporary file is left"
else
  not_ok "full disk: no temporary file is left" \
    "$(diff "$TMP/full-before.ls" "$TMP/full-after.ls" | tr '\n' ' ')"
fi

echo "# $injected faults injected"
cases=$((cases + 1)) # the read-only folder's
if [ "$injected" -ge "$cases" ]; then
  ok "$injected faults were injected in $cases cases"
else
  not_ok "every case injected its fault" "$injected faults in $cases cases"
fi
tap_done
