# shellcheck shell=bash
# cli-env.sh: what every CLI test script sets up first, sourced by each: the CLI, the
# fixtures and the source tree from the environment meson gives, a private temporary
# folder removed at exit, empty data folders (no questionnaire found by chance), and
# LIVC_CLI_WRAP, which runs every call through a checker, e.g. valgrind with
# --error-exitcode=99: any memory error then shows up as a wrong exit status; and the
# checks every script uses, check_status and contains.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
CLI=${LIVC_SCAN_CLI:?}
FILES=${LIVC_TEST_FILES:?}
SRC=${LIVC_SOURCE_ROOT:?}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME="$TMP/none-home" XDG_DATA_DIRS="$TMP/none-dirs"
if [ -n "${LIVC_CLI_WRAP:-}" ]; then
  printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$LIVC_CLI_WRAP" "$CLI" >"$TMP/cli"
  chmod +x "$TMP/cli"
  CLI="$TMP/cli"
fi
# shellcheck source=tests/tap.sh
. "$(dirname "${BASH_SOURCE[0]}")/../tap.sh"

# check DESCRIPTION EXPECTED_STATUS COMMAND…: runs it, keeps stdout and stderr
check_status () {
  local desc=$1 want=$2
  shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    ok "$desc"
  else
    not_ok "$desc" "exit $got, wanted $want" "$(head -5 "$TMP/err")"
  fi
}

contains () {
  local desc=$1 file=$2 text=$3
  if grep -qF -- "$text" "$file"; then
    ok "$desc"
  else
    not_ok "$desc" "missing: $text" "$(head -5 "$file")"
  fi
}
