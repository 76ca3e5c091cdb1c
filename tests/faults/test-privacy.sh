#!/usr/bin/env bash
# test-privacy.sh: LIVC Scan never touches the network. Every CLI command and the desktop
# app (start, open a file, close) run under strace; any socket other than a local one
# (AF_UNIX, AF_NETLINK) or any address of the Internet families fails the test. Then the
# same runs without any network at all (unshare -n) must still work.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
CLI=${LIVC_SCAN_CLI:?}
APP=${LIVC_SCAN_APP:-}
FILES=${LIVC_TEST_FILES:?}
SRC=${LIVC_SOURCE_ROOT:?}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/data" XDG_DATA_DIRS="$TMP/none-dirs" XDG_STATE_HOME="$TMP/state"
export XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache"
export GSETTINGS_BACKEND=memory GDK_BACKEND=x11 GTK_A11Y=none
# No session bus: GIO would otherwise start one (dbus-launch) that outlives the test and
# keeps strace waiting; the app then runs alone, as it does when the bus is missing.
export DBUS_SESSION_BUS_ADDRESS="unix:path=$TMP/no-session-bus"
# LeakSanitizer cannot run under ptrace: in a sanitized build, leaks are checked by the
# other suites, memory errors here still fail.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
# shellcheck source=tests/tap.sh
. "$(dirname "$0")/../tap.sh"

if ! command -v strace >/dev/null; then
  echo "Bail out! strace is not installed (build-aux/dev.sh installs it)"
  exit 1
fi

Q="$FILES/scoring-q.xml"
T24="$SRC/data/samples/town-2024.xml"
T26="$SRC/data/samples/town-2026.xml"
mkdir -p "$XDG_DATA_HOME/livc-scan/questionnaires"
cp "$Q" "$XDG_DATA_HOME/livc-scan/questionnaires/"

# network_calls LOG: the calls of LOG that leave the machine or could: sockets of any
# family but AF_UNIX/AF_LOCAL/AF_NETLINK, and any Internet address given to connect,
# sendto, sendmsg or bind.
network_calls () {
  grep -E '(socket|socketpair)\(' "$1" |
    grep -vE '(socket|socketpair)\((AF_UNIX|AF_LOCAL|AF_NETLINK),'
  grep -E 'sa_family=AF_INET6?[,}]' "$1"
}

# traced DESC STATUS COMMAND…: runs COMMAND under strace, wants STATUS and no network.
traced () {
  local desc=$1 want=$2
  shift 2
  strace -f -qq -e trace=network -o "$TMP/strace.log" "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    ok "$desc runs under strace"
  else
    not_ok "$desc runs under strace" "exit $got, wanted $want" "$(head -3 "$TMP/err")"
  fi
  network_calls "$TMP/strace.log" >"$TMP/net"
  if [ ! -s "$TMP/net" ]; then
    ok "$desc opens no network socket"
  else
    not_ok "$desc opens no network socket" "$(head -5 "$TMP/net")"
  fi
}

# The check can fail: a connection attempt to the loopback's discard port is caught.
strace -f -qq -e trace=network -o "$TMP/strace.log" \
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null
network_calls "$TMP/strace.log" >"$TMP/net"
if grep -q AF_INET "$TMP/net"; then
  ok "a TCP connection under strace is caught"
else
  not_ok "a TCP connection under strace is caught" "$(cat "$TMP/strace.log")"
fi

traced "validate" 0 "$CLI" validate "$T24" "$Q" "$FILES/scoring-a.xml"
traced "score" 0 "$CLI" score "$FILES/scoring-a.xml" --format csv
traced "report" 0 "$CLI" report "$T24" --lang nl+fr -o "$TMP/report.pdf"
traced "report of several" 0 "$CLI" report "$T24" "$T26" -o "$TMP/both.pdf"
traced "compare" 0 "$CLI" compare "$T24" "$T26" -o "$TMP/compare.pdf"
traced "merge" 0 "$CLI" merge "$FILES/merge/member-coordinator.xml" \
  "$FILES/merge/member-police.xml" -o "$TMP/team.xml"
traced "export-csv" 0 "$CLI" export-csv "$FILES/scoring-a.xml" -o "$TMP/long.csv"
traced "questionnaires" 0 "$CLI" questionnaires
traced "a hostile file" 1 "$CLI" validate "$FILES/hostile/external-entity.xml"

# app_session [PREFIX…]: the app opens a file, shows it, and closes on Ctrl+W.
app_session () {
  local pid xid status
  cp "$T26" "$TMP/open-me.xml"
  "$@" "$APP" "$TMP/open-me.xml" >/dev/null 2>"$TMP/app.err" &
  pid=$!
  xid=$(timeout 60 xdotool search --sync --onlyvisible --name Heuvelmolen | head -1)
  if [ -z "$xid" ]; then
    kill "$pid" 2>/dev/null
    wait "$pid"
    echo "the window never showed: $(head -3 "$TMP/app.err")" >"$TMP/app.why"
    return 1
  fi
  xdotool windowfocus --sync "$xid" && sleep 0.5 && xdotool key ctrl+w
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid"
    echo "it did not close on Ctrl+W" >"$TMP/app.why"
    return 1
  fi
  wait "$pid"
  status=$?
  echo "exit status $status: $(head -3 "$TMP/app.err")" >"$TMP/app.why"
  return $status
}

if [ -z "$APP" ] || [ -z "${DISPLAY:-}" ]; then
  skip "the app under strace" "no app built or no X server"
else
  if app_session strace -f -qq -e trace=network -o "$TMP/strace-app.log"; then
    ok "the app opens a file and closes under strace"
  else
    not_ok "the app opens a file and closes under strace" "$(cat "$TMP/app.why")"
  fi
  network_calls "$TMP/strace-app.log" >"$TMP/net"
  if [ ! -s "$TMP/net" ]; then
    ok "the app opens no network socket"
  else
    not_ok "the app opens no network socket" "$(head -5 "$TMP/net")"
  fi
  # Its X connection shows the trace saw the app's sockets at all.
  local_sockets=$(grep -cE 'socket\(AF_(UNIX|LOCAL),' "$TMP/strace-app.log")
  if [ "$local_sockets" -ge 1 ]; then
    ok "the trace saw the app's $local_sockets local sockets"
  else
    not_ok "the trace saw the app's local sockets" "$(head -5 "$TMP/strace-app.log")"
  fi
fi

# Without any network: a namespace with only a loopback that is down.
if unshare -n true 2>/dev/null; then
  check_offline () {
    local desc=$1
    shift
    if unshare -n "$@" >"$TMP/out" 2>"$TMP/err"; then
      ok "$desc works without a network"
    else
      not_ok "$desc works without a network" "$(head -3 "$TMP/err")"
    fi
  }
  check_offline "validate" "$CLI" validate "$T24"
  check_offline "report" "$CLI" report "$T24" -o "$TMP/offline.pdf"
  "$CLI" report "$T24" -o "$TMP/online.pdf"
  if cmp -s <(pdftotext "$TMP/offline.pdf" -) <(pdftotext "$TMP/online.pdf" -); then
    ok "the report offline reads as the one online"
  else
    not_ok "the report offline reads as the one online"
  fi
  check_offline "compare" "$CLI" compare "$T24" "$T26" -o "$TMP/offline.csv"
  check_offline "merge" "$CLI" merge "$FILES/merge/member-coordinator.xml" \
    "$FILES/merge/member-police.xml" -o "$TMP/offline.xml"
  if [ -z "$APP" ] || [ -z "${DISPLAY:-}" ]; then
    skip "the app without a network" "no app built or no X server"
  elif app_session unshare -n; then
    ok "the app opens a file and closes without a network"
  else
    not_ok "the app opens a file and closes without a network" "$(cat "$TMP/app.why")"
  fi
else
  skip "the commands without a network" "unshare -n is not permitted here"
fi

tap_done
